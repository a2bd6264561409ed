"""Parsing a text of any length in bounded memory: paragraph-aligned parts through ``nlp.pipe``.

A story or a dev article (up to ``SINGLE_PART_CHARS``) is one part, parsed whole as before, so its
analysis cannot change. A longer text is cut at paragraph (else line, else space) boundaries into
parts of about ``PART_CHARS`` and parsed a few at a time: spaCy's working memory is that of one small
batch, whatever the length. Each part's tensor (the tok2vec output, ~400 bytes a token that no
component reads) is dropped as the part arrives, so what is kept grows by the token, not by the batch.
With a ``PartStore`` each parsed part is saved as it arrives: an interrupted analysis resumes there.
"""

from __future__ import annotations

import hashlib
from typing import Callable, Iterable, Iterator, Protocol

PART_CHARS = 10_000
SINGLE_PART_CHARS = 100_000  # spaCy's own max_length is 1,000,000: a story is parsed whole
BATCH_SIZE = 8

# Called after every part: (characters parsed so far, characters in all). It may raise to stop.
Progress = Callable[[int, int], None]


class PartStore(Protocol):
    """Where parsed parts are kept while a long analysis runs, so an interrupted one resumes."""

    def load(self, key: str) -> bytes | None: ...

    def save(self, key: str, data: bytes) -> None: ...


def part_key(index: int, piece: str) -> str:
    return f"{index:05d}-{hashlib.blake2b(piece.encode('utf-8'), digest_size=8).hexdigest()}"


def parts(text: str, size: int | None = None, always: bool = False) -> list[tuple[int, str]]:
    """``(offset, part)`` pairs whose parts join to ``text``; one part when the text is short
    (unless ``always``)."""
    size = size or PART_CHARS
    if len(text) <= SINGLE_PART_CHARS and not always:
        return [(0, text)]
    out, start = [], 0
    while len(text) - start > size:
        window = text[start:start + size]
        cut = max(window.rfind("\n\n"), window.rfind("\n"), window.rfind(" "))
        end = start + (cut + 1 if cut > 0 else size)
        out.append((start, text[start:end]))
        start = end
    out.append((start, text[start:]))
    return out


def _lean(doc):
    import numpy

    doc.tensor = numpy.zeros((0,), dtype="float32")
    return doc


def parse_parts(nlp, pieces: list[tuple[int, str]], progress: Progress | None = None,
                batch_size: int | None = None,
                store: PartStore | None = None) -> Iterator[tuple[int, object]]:
    """``(offset, doc)`` for each part, in order, as ``nlp.pipe`` yields them; parts in ``store``
    are read back rather than parsed, and parsed ones are saved there as they arrive."""
    total = sum(len(p) for _, p in pieces) or 1
    keys = [part_key(i, p) for i, (_, p) in enumerate(pieces)]
    kept = [store.load(k) if store is not None else None for k in keys]
    missing: Iterable[str] = (p for (_, p), data in zip(pieces, kept) if data is None)
    parsed = iter(nlp.pipe(missing, batch_size=batch_size or BATCH_SIZE))
    done = 0
    for (offset, piece), key, data in zip(pieces, keys, kept):
        if data is None:
            doc = _lean(next(parsed))
            if store is not None:
                store.save(key, doc.to_bytes(exclude=["tensor", "user_data"]))
        else:
            from spacy.tokens import Doc

            doc = Doc(nlp.vocab).from_bytes(data)
        done += len(piece)
        yield offset, doc
        if progress is not None:
            progress(done, total)


def parse(nlp, text: str, progress: Progress | None = None, store: PartStore | None = None):
    """One Doc for ``text`` (already prepared), every offset kept; parsed in parts when long."""
    pieces = parts(text)
    if len(pieces) == 1:
        doc = nlp(text)
        if progress is not None:
            progress(len(text), len(text) or 1)
        return doc
    from spacy.tokens import Doc

    docs = [doc for _, doc in parse_parts(nlp, pieces, progress, store=store)]
    doc = Doc.from_docs(docs, ensure_whitespace=False)
    assert doc.text == text
    return doc
