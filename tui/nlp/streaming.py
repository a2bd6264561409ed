"""Parsing a text of any length in bounded memory: paragraph-aligned parts through ``nlp.pipe``.

A story or a dev article (up to ``SINGLE_PART_CHARS``) is one part, parsed whole as before, so its
analysis cannot change. A longer text is cut at paragraph (else line, else space) boundaries into
parts of about ``PART_CHARS`` and parsed a few at a time: spaCy's working memory is that of one small
batch, whatever the length. Each part's tensor (the tok2vec output, ~400 bytes a token that no
component reads) is dropped as the part arrives, and the part is padded (``padded``) so that its
tokens carry the whole text's offsets: every component reads a part as it reads a whole text.
Each parsed part is saved to a ``PartStore`` as it arrives, compressed (about 5 bytes a character,
where a lean Doc takes about 30): the second pass over the parts reads them back one at a time, and
with a store on disk an interrupted analysis resumes from them (without one: ``MemoryParts``).
"""

from __future__ import annotations

import hashlib
import zlib
from typing import Callable, Iterable, Iterator, Protocol

PART_CHARS = 10_000
SINGLE_PART_CHARS = 100_000  # spaCy's own max_length is 1,000,000: a story is parsed whole
BATCH_SIZE = 8
PAD_CHARS = 4096  # the widest padding token (see ``padded``)

# Called after every part: (characters parsed so far, characters in all). It may raise to stop.
Progress = Callable[[int, int], None]


class PartStore(Protocol):
    """Where parsed parts are kept while a long analysis runs, so an interrupted one resumes."""

    def load(self, key: str) -> bytes | None: ...

    def save(self, key: str, data: bytes) -> None: ...


class MemoryParts:
    """A store in memory, for an analysis with no cache: the parts wait there, compressed, for the
    second pass."""

    def __init__(self) -> None:
        self.saved: dict[str, bytes] = {}

    def load(self, key: str) -> bytes | None:
        return self.saved.get(key)

    def save(self, key: str, data: bytes) -> None:
        self.saved[key] = data


def part_key(index: int, piece: str) -> str:
    return f"{index:05d}-{hashlib.blake2b(piece.encode('utf-8'), digest_size=8).hexdigest()}"


def parts(text: str, size: int | None = None, always: bool = False) -> list[tuple[int, str]]:
    """``(offset, part)`` pairs whose parts join to ``text``; one part when the text is short
    (unless ``always``). A part ends after a blank line when there is one in the second half of
    its window, else after a line break, else after a space (a window with none of them in its
    second half is cut where it ends): a paragraph is only cut when it is longer than half a part,
    and never parted from the one before when that one ends with a colon (the speech rules read a
    quote's cue there)."""
    size = size or PART_CHARS
    if len(text) <= SINGLE_PART_CHARS and not always:
        return [(0, text)]
    out, start = [], 0
    while len(text) - start > size:
        window = text[start:start + size]
        end = start + size
        for sep in ("\n\n", "\n", " "):
            cut = window.rfind(sep)
            while sep != " " and cut >= size // 2 and window[:cut].rstrip().endswith(":"):
                cut = window.rfind(sep, 0, cut)  # "He added:" belongs with the quote it introduces
            if cut >= size // 2:
                end = start + cut + len(sep)
                break
        out.append((start, text[start:end]))
        start = end
    out.append((start, text[start:]))
    return out


def _lean(doc):
    import numpy

    doc.tensor = numpy.zeros((0,), dtype="float32")
    return doc


def padded(vocab, doc, offset: int):
    """``doc`` after ``offset`` characters of space tokens: its tokens, entities and spans carry
    the whole text's offsets, so the components read it with the whole text. The padding is
    ``offset // PAD_CHARS`` tokens of ``PAD_CHARS`` spaces and at most a dozen shorter ones (a
    fixed set of strings, whatever the offsets), made without the model."""
    if offset == 0:
        return doc
    from spacy.tokens import Doc

    words = [" " * PAD_CHARS] * (offset // PAD_CHARS)
    rest, width = offset % PAD_CHARS, 1
    while rest:
        if rest & width:
            words.append(" " * width)
            rest -= width
        width <<= 1
    n = len(words)
    pad = Doc(vocab, words=words, spaces=[False] * n, pos=["SPACE"] * n, tags=["_SP"] * n,
              deps=["dep"] * n, heads=list(range(n)), lemmas=words, ents=["O"] * n)
    return Doc.from_docs([pad, doc], ensure_whitespace=False)


def parse_parts(nlp, pieces: list[tuple[int, str]], progress: Progress | None = None,
                batch_size: int | None = None,
                store: PartStore | None = None) -> Iterator[tuple[int, object]]:
    """``(offset, doc)`` for each part, in order, as ``nlp.pipe`` yields them, each Doc padded to
    the part's offset; parts in ``store`` are read back rather than parsed, and parsed ones are
    saved there as they arrive."""
    total = sum(len(p) for _, p in pieces) or 1
    keys = [part_key(i, p) for i, (_, p) in enumerate(pieces)]
    kept = [store.load(k) if store is not None else None for k in keys]
    missing: Iterable[str] = (p for (_, p), data in zip(pieces, kept) if data is None)
    parsed = iter(nlp.pipe(missing, batch_size=batch_size or BATCH_SIZE))
    done = 0
    for (offset, piece), key, data in zip(pieces, keys, kept):
        if data is None:
            doc = padded(nlp.vocab, _lean(next(parsed)), offset)
            if store is not None:
                store.save(key, zlib.compress(doc.to_bytes(exclude=["tensor", "user_data"]), 1))
        else:
            doc = read_back(nlp, data)
        done += len(piece)
        yield offset, doc
        if progress is not None:
            progress(done, total)


def read_back(nlp, data: bytes):
    from spacy.tokens import Doc

    return Doc(nlp.vocab).from_bytes(zlib.decompress(data))


def reread(nlp, pieces: list[tuple[int, str]], store: PartStore) -> Iterator[tuple[int, object]]:
    """The parts again, read back from ``store`` one at a time (parsed again if the store lost one)."""
    for i, (offset, piece) in enumerate(pieces):
        data = store.load(part_key(i, piece))
        yield offset, (read_back(nlp, data) if data is not None else padded(nlp.vocab, _lean(nlp(piece)), offset))
