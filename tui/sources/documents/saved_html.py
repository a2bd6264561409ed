"""A saved web page (.html): the article text, found by trafilatura as for a URL."""

from __future__ import annotations

import re

from tui.sources.documents.document import Document, DocumentError, TextBuilder


def read_html(data: bytes, where: str) -> Document:
    import trafilatura

    text = trafilatura.extract(data, output_format="txt", include_comments=False,
                               include_tables=False, favor_precision=True)
    if not text or not text.strip():
        raise DocumentError(f"{where}: no article text found in this web page")
    out = TextBuilder()
    for line in re.split(r"\n+", text.strip()):  # trafilatura gives one paragraph a line
        out.paragraph(line)
    meta = trafilatura.extract_metadata(data)
    title = meta.title if meta is not None and meta.title else None
    return Document(out.text(), title, "html")
