"""EPUB: the chapters in spine order, each chapter's title as a heading.

Read with zipfile and lxml (already installed) rather than EbookLib, whose AGPL licence
does not suit an MIT application.
"""

from __future__ import annotations

import posixpath
from urllib.parse import unquote, urldefrag

from tui.sources.documents.archive import DAMAGED, open_zip, read_member
from tui.sources.documents.document import Document, DocumentError, TextBuilder
from tui.sources.documents.markup import blocks, local, parse_xhtml, parse_xml

KIND = "EPUB"
# Fonts are "obfuscated" by these algorithms in ordinary, DRM-free books: the text stays readable.
FONT_OBFUSCATION = {"http://www.idpf.org/2008/embedding", "http://ns.adobe.com/pdf/enc#RC"}
DRM_MARKERS = ("META-INF/rights.xml", "META-INF/sinf.xml")  # Adobe ADEPT, Apple FairPlay
XHTML_TYPES = {"application/xhtml+xml", "text/html", "application/x-dtbook+xml"}


def read_epub(data: bytes, where: str) -> Document:
    archive = open_zip(data, where, KIND)
    try:
        with archive:
            return _read(archive, where)
    except (SyntaxError, *DAMAGED):  # SyntaxError: lxml's XML errors
        raise DocumentError(f"{where}: the EPUB file is damaged and cannot be read") from None


def _read(archive, where: str) -> Document:
    names = set(archive.namelist())
    if _has_drm(archive, names, where):
        raise DocumentError(f"{where}: the EPUB book is protected by DRM; Byline cannot read it")
    opf_path = _rootfile(archive, where)
    opf = parse_xml(read_member(archive, opf_path, where, KIND))
    if opf is None:
        raise DocumentError(f"{where}: the EPUB file is damaged (its package file cannot be read)")
    base = posixpath.dirname(opf_path)
    manifest = {}
    nav_href = ncx_href = None
    for item in (el for el in opf.iter() if local(el.tag) == "item"):
        href = posixpath.normpath(posixpath.join(base, unquote(item.get("href", ""))))
        manifest[item.get("id")] = (href, item.get("media-type", ""), item.get("properties", ""))
        if "nav" in item.get("properties", "").split():
            nav_href = href
        if item.get("media-type") == "application/x-dtbncx+xml":
            ncx_href = href
    labels = _toc_labels(archive, nav_href, ncx_href, where)
    out = TextBuilder()
    for ref in (el for el in opf.iter() if local(el.tag) == "itemref"):
        entry = manifest.get(ref.get("idref"))
        if entry is None or entry[1] not in XHTML_TYPES or entry[0] == nav_href or entry[0] not in names:
            continue
        chapter = blocks(parse_xhtml(read_member(archive, entry[0], where, KIND)))
        if chapter and chapter[0][0] == 0 and entry[0] in labels:
            out.heading(labels[entry[0]], 1)
        for level, text in chapter:
            if level:
                out.heading(text, level)
            else:
                out.paragraph(text)
    text = out.text()
    if not text.strip():
        raise DocumentError(f"{where}: the EPUB book has no text to read")
    title = _dc_title(opf) or (out.headings[0].text if out.headings else None)
    return Document(text, title, "epub", (), tuple(out.headings))


def _has_drm(archive, names: set[str], where: str) -> bool:
    if any(marker in names for marker in DRM_MARKERS):
        return True
    if "META-INF/encryption.xml" not in names:
        return False
    root = parse_xml(read_member(archive, "META-INF/encryption.xml", where, KIND))
    if root is None:
        return True
    methods = [el.get("Algorithm", "") for el in root.iter() if local(el.tag) == "encryptionmethod"]
    return any(method not in FONT_OBFUSCATION for method in methods)


def _rootfile(archive, where: str) -> str:
    container = parse_xml(read_member(archive, "META-INF/container.xml", where, KIND))
    for el in container.iter() if container is not None else ():
        if local(el.tag) == "rootfile" and el.get("full-path"):
            return unquote(el.get("full-path"))
    raise DocumentError(f"{where}: the EPUB file is damaged (its container names no book)")


def _dc_title(opf) -> str | None:
    for el in opf.iter():
        if local(el.tag) == "title" and etree_text(el):
            return etree_text(el)
    return None


def etree_text(el) -> str:
    return " ".join("".join(el.itertext()).split())


def _toc_labels(archive, nav_href: str | None, ncx_href: str | None, where: str) -> dict[str, str]:
    """The table of contents' label of each chapter file (its first entry)."""
    labels: dict[str, str] = {}
    if nav_href:
        root = parse_xhtml(read_member(archive, nav_href, where, KIND))
        base = posixpath.dirname(nav_href)
        for a in root.iter("a") if root is not None else ():
            _add_label(labels, base, a.get("href"), etree_text(a))
    elif ncx_href:
        root = parse_xml(read_member(archive, ncx_href, where, KIND))
        base = posixpath.dirname(ncx_href)
        for point in (el for el in root.iter() if local(el.tag) == "navpoint") if root is not None else ():
            label = next((etree_text(el) for el in point.iter() if local(el.tag) == "navlabel"), "")
            src = next((el.get("src") for el in point.iter() if local(el.tag) == "content"), None)
            _add_label(labels, base, src, label)
    return labels


def _add_label(labels: dict[str, str], base: str, href: str | None, label: str) -> None:
    if href and label:
        path = posixpath.normpath(posixpath.join(base, unquote(urldefrag(href)[0])))
        labels.setdefault(path, label)
