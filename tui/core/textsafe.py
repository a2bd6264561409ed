"""Untrusted text made safe to draw, one character for one character.

The reader keeps character offsets into the article exactly as read, so nothing here may
change the length of the text: every character that a terminal would obey rather than
show (C0/C1 controls, escape sequences, bidi overrides) is replaced by a visible
stand-in of its own. Markup such as ``[bold]`` is left as it is: the UI never parses
article text as markup, it draws it as literal text.
"""

from __future__ import annotations

import re

SPACE_LIKE = "\t\r\v\f\u2028\u2029\x85"  # whitespace that must not move the cursor: drawn as a space
REPLACEMENT = "\ufffd"
DELETE_PICTURE = "\u2421"

# Invisible characters that reorder or hide text (bidi overrides and isolates, "Trojan source").
BIDI_CONTROLS = frozenset("\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u061c")


def _build_table() -> dict[int, str]:
    table: dict[int, str] = {}
    for code in range(0x20):
        table[code] = chr(0x2400 + code)  # U+2400.. CONTROL PICTURES: ␀ ␁ … ␛ …
    table[0x7F] = DELETE_PICTURE
    for code in range(0x80, 0xA0):
        table[code] = REPLACEMENT
    for ch in SPACE_LIKE:
        table[ord(ch)] = " "
    for ch in BIDI_CONTROLS:
        table[ord(ch)] = REPLACEMENT
    table[ord("\n")] = "\n"
    return table


_TABLE = _build_table()
# The characters the table replaces: replacing only those is far quicker than ``str.translate``,
# which is slow on non-ASCII text (0.25 s on a 2 MB text with one character to replace).
_NEEDS_TABLE = re.compile("[" + "".join(f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"
                                        for code in sorted(_TABLE) if code != ord("\n")) + "]")


def _replacement(match: re.Match) -> str:
    return _TABLE[ord(match.group())]


def neutralise(text: str, keep_newlines: bool = True) -> str:
    """``text`` with every control character replaced by a visible stand-in, length unchanged.

    Lone surrogates (text decoded with ``surrogateescape``) become U+FFFD too, so the result can
    always be encoded. With ``keep_newlines=False`` a newline is drawn as a space, for text
    shown on one line.
    """
    out = _NEEDS_TABLE.sub(_replacement, text)
    if not keep_newlines:
        out = out.replace("\n", " ")
    if _has_surrogates(out):
        out = "".join(REPLACEMENT if "\ud800" <= ch <= "\udfff" else ch for ch in out)
    return out


def _has_surrogates(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def one_line(text: str, limit: int | None = None) -> str:
    """Whitespace collapsed and controls neutralised: a label for a list or the palette."""
    line = " ".join(neutralise(text, keep_newlines=False).split())
    if limit is not None and len(line) > limit:
        line = line[: max(limit - 1, 0)].rstrip() + "…"
    return line
