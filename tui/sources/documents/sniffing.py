"""Which format a file holds, judged by its bytes (magic numbers, zip members), not its name."""

from __future__ import annotations

import io
import re
from pathlib import Path
from typing import BinaryIO, Callable

HEAD_BYTES = 8192
ZIP_HEAD_BYTES = 65536
EPUB_MIMETYPE = b"mimetypeapplication/epub+zip"  # the first zip member, stored, at offset 30
HTML_START = re.compile(rb"\s*(<!--.*?-->\s*)*<(!doctype\s+html|html|head|body|meta|title)\b",
                        re.IGNORECASE | re.DOTALL)

# Kinds of files people mistake for documents: what a refusal calls them.
OTHER_KINDS = (
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old-style Office file (.doc, or a password-protected .docx)"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"Rar!", "a RAR archive"),
    (b"7z\xbc\xaf", "a 7-Zip archive"),
    (b"{\\rtf", "an RTF document"),
)
SUFFIX_FORMATS = {".pdf": "pdf", ".epub": "epub", ".docx": "docx", ".html": "html", ".htm": "html",
                  ".xhtml": "html"}
# What a server sends them as (a URL's content type), for the loader's table of readers.
MEDIA_TYPES = {"application/pdf": "pdf", "application/epub+zip": "epub",
               "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "docx"}
FORMAT_NAMES = {"pdf": "a PDF", "epub": "an EPUB book", "docx": "a Word (.docx) document",
                "html": "a web page (HTML)"}


def sniff_bytes(data: bytes) -> str | None:
    """"pdf", "epub", "docx" or "html" by content; None for anything else (text, images…)."""
    return _sniff(data[:ZIP_HEAD_BYTES], lambda: io.BytesIO(data))


def sniff(path: Path) -> str | None:
    """The format of the file at ``path`` by its content (reads only its head, or a zip's directory)."""
    try:
        with path.open("rb") as stream:
            return _sniff(stream.read(ZIP_HEAD_BYTES), lambda: stream)
    except OSError:
        return None


def _sniff(head: bytes, stream: Callable[[], BinaryIO]) -> str | None:
    if b"%PDF-" in head[:1024]:  # the header may follow a little junk
        return "pdf"
    if head.startswith(b"PK\x03\x04"):
        return _zip_kind(head, stream)
    if HTML_START.match(head[:HEAD_BYTES].lstrip(b"\xef\xbb\xbf")):
        return "html"
    return None


def _zip_kind(head: bytes, stream: Callable[[], BinaryIO]) -> str | None:
    if head[30:30 + len(EPUB_MIMETYPE)] == EPUB_MIMETYPE:
        return "epub"
    import zipfile  # imported for a file that starts like an archive, not for every text file

    try:
        with zipfile.ZipFile(stream()) as archive:
            names = set(archive.namelist())
    except (zipfile.BadZipFile, OSError, ValueError, NotImplementedError, EOFError):
        # A truncated zip has no directory; its local headers still name the first members.
        if b"word/" in head:
            return "docx"
        return "epub" if b"META-INF/container.xml" in head else None
    if "word/document.xml" in names:
        return "docx"
    if "META-INF/container.xml" in names:
        return "epub"
    return None


def describe(data: bytes) -> str:
    """What the bytes look like, for a message: "a PNG image", "plain text", "a zip archive"…"""
    kind = sniff_bytes(data)
    if kind is not None:
        return FORMAT_NAMES[kind]
    for magic, name in OTHER_KINDS:
        if data.startswith(magic):
            return name
    if data.startswith(b"PK\x03\x04"):
        return "a zip archive of another kind"
    if not data.strip():
        return "an empty file"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "plain text (UTF-16)"
    if b"\x00" not in data[:HEAD_BYTES]:
        try:
            data[:HEAD_BYTES].decode("utf-8")
            return "plain text"
        except UnicodeDecodeError as exc:
            if exc.start > HEAD_BYTES - 4:  # a character cut by the slice
                return "plain text"
    return "binary data of an unknown kind"
