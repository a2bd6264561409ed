"""Bytes to text: UTF-8 (a byte-order mark dropped), UTF-16 with a BOM, an encoding the user
names (``--encoding``), else the one charset-normalizer finds. Each liberty taken (stray NUL bytes
replaced, a guessed encoding) is returned as a notice to show, never hidden."""

from __future__ import annotations

import codecs

from tui.core.article import ArticleError

UTF8_BOM = codecs.BOM_UTF8
NUL_STAND_IN = "\ufffd"
# A text file may carry a few stray NULs and other control bytes (a bad copy, a log, an escape
# sequence); a binary file has many more.
MAX_CONTROL_SHARE = 0.01
MAX_STRAY_CONTROLS = 8  # up to this many, a short text with NULs is still text
CONTROL_BYTES = bytes([*range(0x00, 0x09), 0x0B, *range(0x0E, 0x20)])
HEAD = 8192


def check_encoding(name: str) -> str:
    """``name`` if Python knows the encoding, else ``ArticleError`` naming it (for ``--encoding``)."""
    try:
        return codecs.lookup(name).name
    except LookupError:
        raise ArticleError(f"unknown encoding {name!r} (try utf-8, latin-1, cp1252, utf-16)") from None


def decode_text(data: bytes, where: str, encoding: str | None = None,
                declared_by: str = "the server") -> tuple[str, list[str]]:
    """The text in ``data`` and the notices about how it was read. ``encoding`` is the one the
    user or the server named (``declared_by`` says which, for the message)."""
    if not data.strip():
        raise ArticleError(f"{where}: the file is empty")
    if encoding and _canonical(encoding) not in ("utf-8", "utf-8-sig"):
        try:
            return _without_nuls(data.decode(encoding), where)
        except (LookupError, UnicodeDecodeError):
            raise ArticleError(f"{where}: not {encoding} text as {declared_by} says") from None
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return _without_nuls(data.decode("utf-16"), where)
        except UnicodeDecodeError as exc:
            raise ArticleError(f"{where}: not valid UTF-16 text (byte {exc.start})") from None
    if data.startswith(UTF8_BOM):
        data = data[len(UTF8_BOM):]  # a mark, not a character of the article
    head = data[:HEAD]
    controls = len(head) - len(head.translate(None, CONTROL_BYTES))
    if head.count(0) and controls > max(MAX_STRAY_CONTROLS, MAX_CONTROL_SHARE * len(head)):
        raise ArticleError(f"{where}: this is a binary file, not text")
    try:
        return _without_nuls(data.decode("utf-8"), where)
    except UnicodeDecodeError as exc:
        if encoding:  # the user said UTF-8: no guessing
            raise ArticleError(f"{where}: not UTF-8 text (undecodable byte 0x{data[exc.start]:02x} "
                               f"at offset {exc.start})") from None
        mostly = _mostly_utf8(data, where)
        if mostly is not None:
            return mostly
        guessed = _guess(data)
        if guessed is None:
            raise ArticleError(
                f"{where}: not UTF-8 text (undecodable byte 0x{data[exc.start]:02x} at offset "
                f"{exc.start}); name its encoding with --encoding") from None
        text, notices = _without_nuls(data.decode(guessed, errors="replace"), where)
        return text, [f"{where}: not UTF-8; read as {guessed} (detected; --encoding to choose)",
                      *notices]


def _mostly_utf8(data: bytes, where: str) -> tuple[str, list[str]] | None:
    """UTF-8 with a few damaged bytes (a bad copy, a cut in a character): the valid UTF-8
    around them says the encoding better than a guess would."""
    text = data.decode("utf-8", errors="replace")
    damaged = text.count(NUL_STAND_IN) - data.count(NUL_STAND_IN.encode())
    readable = sum(1 for ch in text if ord(ch) > 0x7F and ch != NUL_STAND_IN)
    if not readable or damaged > max(MAX_STRAY_CONTROLS, readable // 10):
        return None
    clean, notices = _without_nuls(text, where)
    return clean, [f"{where}: {damaged} byte{'s that are' if damaged != 1 else ' that is'} not UTF-8 "
                   f"replaced with {NUL_STAND_IN}", *notices]


def _canonical(name: str) -> str | None:
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None  # decoding with it fails below, with the message that names it


def _guess(data: bytes) -> str | None:
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None or best.encoding in ("utf_8", "utf-8"):
        return None
    return codecs.lookup(best.encoding).name


def _without_nuls(text: str, where: str) -> tuple[str, list[str]]:
    count = text.count("\x00")
    if not count:
        return text, []
    # One stand-in for one NUL: the offsets of everything after stay those of the decoded text.
    return text.replace("\x00", NUL_STAND_IN), [
        f"{where}: {count} NUL byte{'s' if count != 1 else ''} replaced with {NUL_STAND_IN}"]
