"""Markdown to the plain text the reader shows and the analysis indexes, with the structure kept
aside as styled spans (headings, emphasis, links, list items, code, block quotes).

The markup is not part of the article: ``**Merkel**`` is the name ``Merkel``, drawn bold, and a
link is its words. Every offset (mentions, quotes, annotations, ``analyze --json``) indexes the
plain text, which ``byline analyze --json --text`` prints. Parsed with markdown-it-py (CommonMark).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from tui.core.article import (BLOCK_QUOTE, CODE, EMPHASIS, HEADING, LINK, LIST_ITEM, STRONG, Heading,
                              Styled)

BULLET = "• "
INLINE_STYLES = {"em": EMPHASIS, "strong": STRONG, "s": EMPHASIS}

# What makes piped text Markdown rather than text that happens to hold a "*": a heading first,
# or a link, or emphasis with stars, or a run of list items.
_MARKDOWN_SIGNS = re.compile(r"\A\s*#{1,6} \S|\[[^\]\n]+\]\([^)\s]+\)|\*\*[^*\n]+\*\*|(^[ \t]*[-*+] \S.*\n){2}",
                             re.MULTILINE)


def looks_like_markdown(text: str) -> bool:
    return _MARKDOWN_SIGNS.search(text) is not None


@dataclass
class Rendered:
    text: str
    styles: tuple[Styled, ...]
    headings: tuple[Heading, ...]
    title: str | None


@dataclass
class _Builder:
    parts: list[str] = field(default_factory=list)
    length: int = 0
    styles: list[Styled] = field(default_factory=list)
    headings: list[Heading] = field(default_factory=list)
    pending_prefix: str = ""  # a list item's marker, written before its first block
    tight_after: bool = False  # the last block was a tight list item's paragraph

    def add(self, text: str) -> None:
        self.parts.append(text)
        self.length += len(text)

    def start_block(self, tight: bool = False) -> int:
        if self.parts:
            self.add("\n" if tight and self.tight_after else "\n\n")
        self.tight_after = tight
        start = self.length
        if self.pending_prefix:
            self.add(self.pending_prefix)
            self.pending_prefix = ""
        return start


def render_markdown(source: str) -> Rendered:
    """The plain text of the Markdown ``source``, its styled spans and headings, and its title
    (the first heading when the text starts with one, else the first level-1 heading)."""
    from markdown_it import MarkdownIt

    tokens = MarkdownIt("commonmark").parse(source)
    out = _Builder()
    lists: list[list[int]] = []  # per open list: [next number or -1 for bullets]
    items: list[int] = []  # start of each open list item
    quotes: list[int] = []
    heading_level = 0
    first_block_heading: str | None = None
    blocks = 0
    for index, token in enumerate(tokens):
        kind = token.type
        if kind == "bullet_list_open":
            lists.append([-1])
        elif kind == "ordered_list_open":
            lists.append([int(token.attrGet("start") or 1)])
        elif kind in ("bullet_list_close", "ordered_list_close"):
            lists.pop()
        elif kind == "list_item_open":
            number = lists[-1][0] if lists else -1
            indent = "  " * (len(lists) - 1)  # nested lists stay indented in the plain text
            out.pending_prefix = indent + (BULLET if number < 0 else f"{number}. ")
            if lists and number >= 0:
                lists[-1][0] += 1
            items.append(-1)
        elif kind == "list_item_close":
            start = items.pop()
            if out.pending_prefix:  # an empty item: its marker alone
                start = out.start_block(tight=True)
            if start >= 0:
                out.styles.append(Styled(start, out.length, LIST_ITEM, level=len(lists)))
        elif kind == "blockquote_open":
            quotes.append(-1)
        elif kind == "blockquote_close":
            start = quotes.pop()
            if start >= 0:
                out.styles.append(Styled(start, out.length, BLOCK_QUOTE))
        elif kind == "heading_open":
            heading_level = int(token.tag[1:])
        elif kind == "heading_close":
            heading_level = 0
        elif kind == "inline":
            start = out.start_block(tight=bool(items) and _hidden_paragraph(tokens, index))
            _mark_containers(items, quotes, start)
            first_part = len(out.parts)
            _inline(out, token.children or [])
            blocks += 1
            if heading_level:
                words = " ".join("".join(out.parts[first_part:]).split())
                if words:
                    out.headings.append(Heading(start, heading_level, words))
                    out.styles.append(Styled(start, out.length, HEADING, level=heading_level))
                    if blocks == 1:
                        first_block_heading = words
        elif kind in ("fence", "code_block", "html_block"):
            content = token.content.rstrip("\n")
            if not content.strip():
                continue
            start = out.start_block()
            _mark_containers(items, quotes, start)
            out.add(content)
            blocks += 1
            if kind != "html_block":
                out.styles.append(Styled(start, out.length, CODE))
    text = "".join(out.parts)
    title = first_block_heading or next((h.text for h in out.headings if h.level == 1), None)
    return Rendered(text + ("\n" if text else ""), tuple(sorted(out.styles, key=lambda s: (s.start, -s.end))),
                    tuple(out.headings), title)


def _hidden_paragraph(tokens: list, index: int) -> bool:
    """The paragraph of a tight list item (markdown-it hides it): items one line apart."""
    return index > 0 and tokens[index - 1].type == "paragraph_open" and tokens[index - 1].hidden


def _mark_containers(items: list[int], quotes: list[int], start: int) -> None:
    """Containers opened since the last block start at this one."""
    for stack in (items, quotes):
        for i, value in enumerate(stack):
            if value < 0:
                stack[i] = start


def _inline(out: _Builder, children: list) -> None:
    open_at: list[tuple[str, int, str | None]] = []
    for child in children:
        kind = child.type
        if kind in ("text", "html_inline"):
            out.add(child.content)
        elif kind == "code_inline":
            start = out.length
            out.add(child.content)
            out.styles.append(Styled(start, out.length, CODE))
        elif kind == "softbreak":
            out.add(" ")
        elif kind == "hardbreak":
            out.add("\n")
        elif kind == "image":
            out.add(child.content or "")
        elif kind.endswith("_open"):
            name = kind[:-5]
            open_at.append((name, out.length, child.attrGet("href") if name == "link" else None))
        elif kind.endswith("_close"):
            name = kind[:-6]
            for i in range(len(open_at) - 1, -1, -1):
                if open_at[i][0] == name:
                    _, start, href = open_at.pop(i)
                    style = LINK if name == "link" else INLINE_STYLES.get(name)
                    if style and out.length > start:
                        out.styles.append(Styled(start, out.length, style,
                                                 target=str(href) if href else None))
                    break
