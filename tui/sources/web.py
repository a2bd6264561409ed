"""Articles from the web: a page's article text (trafilatura), or each entry of a feed.

Kept out of the file-only path because it imports trafilatura (lxml) and feedparser.
"""

from __future__ import annotations

import re
import time
from dataclasses import replace
from urllib.parse import urlparse

from tui.core.article import Article, ArticleError, is_url
from tui.sources.fetch import Fetched, fetch
from tui.sources.formats import Raw, to_article

FEED_TYPES = {"application/rss+xml", "application/atom+xml", "application/rdf+xml",
              "application/feed+json"}
MIN_ENTRY_CHARS = 600  # a feed entry shorter than this is a summary: the linked page has the article


def blank_lines_between(text: str) -> str:
    """trafilatura gives one paragraph a line; articles separate paragraphs by a blank line."""
    return re.sub(r"\n+", "\n\n", text.strip())


def article_from_html(url: str, html: str | bytes, title: str | None = None,
                      fallback_title: str | None = None, date: str | None = None) -> Article:
    import trafilatura

    text = trafilatura.extract(html, url=url, output_format="txt", include_comments=False,
                               include_tables=False, favor_precision=True)
    if not text or not text.strip():
        raise ArticleError(f"{url}: no article text found on this page")
    if title is None or date is None:
        meta = trafilatura.extract_metadata(html)
        if title is None:
            title = meta.title if meta is not None and meta.title else None
        if date is None:
            date = iso_day(meta.date if meta is not None else None)
    return Article(source=url, title=title or fallback_title or title_from_url(url),
                   text=blank_lines_between(text), date=date)


def iso_day(value: object) -> str | None:
    """``YYYY-MM-DD`` from what a page or feed gives (a string starting with a day, or a
    ``time.struct_time``), else None."""
    if isinstance(value, time.struct_time):
        return time.strftime("%Y-%m-%d", value)
    if isinstance(value, str) and re.match(r"\d{4}-\d{2}-\d{2}", value):
        return value[:10]
    return None


def title_from_url(url: str) -> str:
    path = urlparse(url).path.rstrip("/")
    return path.rsplit("/", 1)[-1] or urlparse(url).netloc or url


def _looks_like_feed(fetched: Fetched) -> bool:
    if fetched.content_type in FEED_TYPES:
        return True
    head = fetched.data[:512].lstrip().lower()
    return fetched.content_type in ("application/xml", "text/xml") and (
        b"<rss" in head or b"<feed" in head or b"<rdf" in head)


def _entries(url: str, fetched: Fetched) -> tuple[list[Article], list[str]]:
    import feedparser

    feed = feedparser.parse(fetched.data)
    articles: list[Article] = []
    problems: list[str] = []
    for entry in feed.entries:
        try:
            articles.append(_entry_article(url, entry))
        except ArticleError as exc:
            problems.append(str(exc))
    if not feed.entries:
        problems.append(f"{url}: the feed has no entries")
    return articles, problems


def _entry_article(url: str, entry) -> Article:
    """A feed entry's article: its full content when the feed carries it, else the linked page;
    when the page fails, whatever the feed has (its content whatever its length, else its
    summary), with a notice saying so."""
    link = entry.get("link") or url
    title = entry.get("title")
    date = iso_day(entry.get("published_parsed") or entry.get("updated_parsed"))
    content = (entry.get("content") or [{}])[0].get("value") or ""
    summary = entry.get("summary") or ""
    body = content or summary
    if len(body) >= MIN_ENTRY_CHARS:
        return _feed_article(link, body, title, date)
    if not is_url(link):
        raise ArticleError(f"{url}: an entry{f' ({title})' if title else ''} has no link and no text")
    try:
        return read_page(link, title, date)
    except ArticleError as exc:
        failure = str(exc)
    for text, what in ((content, "content"), (summary, "summary")):
        if text.strip():
            try:
                article = _feed_article(link, text, title, date)
            except ArticleError:
                continue
            return replace(article, notices=(f"{failure}; read the feed's {what} instead",))
    raise ArticleError(failure)


def _feed_article(link: str, body: str, title: str | None, date: str | None) -> Article:
    """The article in a feed's HTML (or plain) text: trafilatura's article text when it finds
    one, else every word of it (a short entry is too little for trafilatura's precision)."""
    try:
        return article_from_html(link, f"<html><body>{body}</body></html>", title, date=date)
    except ArticleError:
        pass
    from lxml import etree, html

    try:
        text = html.fromstring(f"<div>{body}</div>").text_content()
    except (ValueError, etree.ParserError):
        text = body
    text = "\n\n".join(" ".join(p.split()) for p in re.split(r"\n\s*\n", text) if p.strip())
    if not text:
        raise ArticleError(f"{link}: the feed entry has no text")
    return Article(source=link, title=title or title_from_url(link), text=text, date=date)


def _article(url: str, fetched: Fetched, title: str | None, date: str | None = None) -> Article:
    return to_article(Raw(url, url, fetched.data, fetched.content_type, title_from_url(url),
                          fetched.charset, title, date=date))


def read_page(url: str, title: str | None = None, date: str | None = None) -> Article:
    """The one article at ``url`` (a feed is not one article: it is read as a page would be)."""
    return _article(url, fetch(url), title, date)


def read_url(url: str) -> tuple[list[Article], list[str]]:
    """The article at ``url``, or each entry's article when it is a feed; and the problems met."""
    fetched = fetch(url)
    if _looks_like_feed(fetched):
        return _entries(url, fetched)
    return [_article(url, fetched, None)], []
