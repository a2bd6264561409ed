"""Block text out of XHTML (EPUB chapters): headings and paragraphs, in document order."""

from __future__ import annotations

from lxml import etree, html

BLOCKS = {"p", "div", "li", "blockquote", "pre", "dd", "dt", "figcaption", "td", "th", "caption",
          "address", "section", "article", "aside", "header", "footer", "h1", "h2", "h3", "h4", "h5", "h6",
          "ul", "ol", "dl", "table", "thead", "tbody", "tfoot", "tr", "figure", "main", "hgroup",
          "details", "summary", "center", "hr"}
HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
SKIP = {"script", "style", "head", "title", "noscript", "svg", "math", "nav"}


def parse_xml(data: bytes):
    """An XML tree parsed safely (no entities expanded, no network, no huge trees); None if there
    is nothing to parse."""
    parser = etree.XMLParser(resolve_entities=False, no_network=True, recover=True)
    try:
        return etree.fromstring(data, parser)
    except etree.LxmlError:
        return None


def parse_xhtml(data: bytes):
    """A chapter's tree, parsed leniently as HTML; None if it is empty."""
    parser = html.HTMLParser(no_network=True, remove_comments=True)
    try:
        return html.document_fromstring(data, parser=parser)
    except etree.LxmlError:
        return None


def local(tag) -> str:
    return etree.QName(tag).localname.lower() if isinstance(tag, str) else ""


def blocks(root) -> list[tuple[int, str]]:
    """(heading level or 0, text) of each block of the page; nested blocks come out on their own."""
    found: list[tuple[int, str]] = []
    if root is None:
        return found
    body = next((el for el in root.iter() if local(el.tag) == "body"), root)
    _walk(body, found)
    return [(level, " ".join(text.split())) for level, text in found if text.strip()]


def _walk(element, found: list[tuple[int, str]]) -> None:
    """Text directly in ``element`` (and its inline children) forms blocks between its block children."""
    pending: list[str] = [element.text or ""]
    level = HEADINGS.get(local(element.tag), 0)
    for child in element:
        name = local(child.tag)
        if name in SKIP or not isinstance(child.tag, str):
            pending.append(child.tail or "")
            continue
        if name in BLOCKS:
            found.append((level, "".join(pending)))
            pending = []
            _walk(child, found)
        elif name == "br":
            pending.append(" ")
        else:
            pending.append(_inline_text(child))
        pending.append(child.tail or "")
    found.append((level, "".join(pending)))


def _inline_text(element) -> str:
    parts = [element.text or ""]
    for child in element:
        if isinstance(child.tag, str) and local(child.tag) not in SKIP:
            parts.append(" " if local(child.tag) == "br" else _inline_text(child))
        parts.append(child.tail or "")
    return "".join(parts)
