"""One HTTP(S) GET with a size limit, a timeout and one clear message per failure."""

from __future__ import annotations

import socket
import urllib.error
import urllib.request
from dataclasses import dataclass
from email.message import Message

from tui import __version__
from tui.core.article import ArticleError
from tui.sources.documents import MAX_DOCUMENT_BYTES, MEDIA_TYPES
from tui.sources.formats import MAX_BYTES

TIMEOUT = 20
ACCEPT = ("text/html, application/xhtml+xml, application/rss+xml, application/atom+xml, "
          "application/xml;q=0.9, text/plain;q=0.9, text/markdown;q=0.9, application/pdf;q=0.8, "
          "application/epub+zip;q=0.8, */*;q=0.5")


@dataclass(frozen=True, slots=True)
class Fetched:
    url: str  # after redirects
    content_type: str
    charset: str | None
    data: bytes


def fetch(url: str, timeout: float = TIMEOUT) -> Fetched:
    request = urllib.request.Request(url, headers={"User-Agent": f"byline/{__version__}",
                                                   "Accept": ACCEPT})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            headers: Message = response.headers
            limit = MAX_DOCUMENT_BYTES if headers.get_content_type() in MEDIA_TYPES else MAX_BYTES
            data = response.read(limit + 1)
            final = response.geturl()
    except urllib.error.HTTPError as exc:
        raise ArticleError(f"{url}: the server answered {exc.code} {exc.reason}") from None
    except urllib.error.URLError as exc:
        reason = exc.reason
        if isinstance(reason, socket.timeout | TimeoutError):
            raise ArticleError(f"{url}: no answer within {timeout:g} s") from None
        detail = getattr(reason, "strerror", None) or str(reason)
        raise ArticleError(f"{url}: cannot be reached ({detail})") from None
    except (TimeoutError, socket.timeout):
        raise ArticleError(f"{url}: no answer within {timeout:g} s") from None
    except (ValueError, OSError) as exc:
        raise ArticleError(f"{url}: cannot be fetched ({exc})") from None
    if len(data) > limit:
        raise ArticleError(f"{url}: too large (over {limit // (1024 * 1024)} MB)")
    return Fetched(final, headers.get_content_type(), headers.get_content_charset(), data)
