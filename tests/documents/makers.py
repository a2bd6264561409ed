"""Real documents written by real libraries, for the extraction tests and the benchmark.

``write_report`` lays out a report the way publishing tools do: justified lines whose words are
placed one by one, words hyphenated at line ends, a running header, a footer with the page
number, headings set larger, optionally two columns.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from pathlib import Path

from fpdf import FPDF

PAGE_W, PAGE_H, MARGIN = 210.0, 297.0, 20.0  # A4 in mm
BODY_SIZE, LEADING = 10.5, 5.2
HEADER = "Institute for Regional Security – Annual Report 2026"

WORDS = ("analysts government ministers international relationship negotiations security border "
         "agreement economic sanctions delegation committee observers parliament infrastructure "
         "investment cooperation provinces officials statement regional development authorities "
         "spokesperson administration assessment settlement humanitarian organisation").split()
SMALL = "the of and a to in that is was for on with as by at from".split()


@dataclass
class Laid:
    """What was written, to compare the extraction with."""

    paragraphs: list[str] = field(default_factory=list)  # headings included, in order
    headings: list[str] = field(default_factory=list)
    hyphenated: list[tuple[str, str]] = field(default_factory=list)  # ("inter", "national") splits
    pages: int = 0


class _Report(FPDF):
    running_header = HEADER
    footer_style = "number"
    notes: dict[int, str] = {}

    def _note(self) -> None:
        """The page's footnote in small type between the text and the footer."""
        note = self.notes.get(self.page_no())
        if not note:
            return
        self.set_font("Times", "", 8)
        y = PAGE_H - 29
        for words in _break(self, note, PAGE_W - 2 * MARGIN, None):
            self.text(MARGIN, y, " ".join(words))
            y += 3.6

    def header(self) -> None:
        if self.page_no() > 1 and self.running_header:
            self.set_font("Helvetica", "I", 8)
            self.set_xy(MARGIN, 10)
            self.cell(PAGE_W - 2 * MARGIN, 5, self.running_header, align="C")

    def footer(self) -> None:
        self._note()
        self.set_font("Helvetica", "", 8)
        self.set_xy(MARGIN, PAGE_H - 14)
        label = {"number": str(self.page_no()), "page-of": f"Page {self.page_no()} of {{nb}}"}[self.footer_style]
        self.cell(PAGE_W - 2 * MARGIN, 5, label, align="C")


def write_report(path: Path, blocks: list[tuple[str, str]], *, title: str | None = None,
                 columns: int = 1, footer_style: str = "number", header: str | None = HEADER,
                 hyphenate: bool = True, notes: dict[int, str] | None = None) -> Laid:
    """``blocks`` are ("h", text) headings and ("p", text) paragraphs. ``title`` goes in the metadata;
    ``notes`` are footnotes by page number."""
    pdf = _Report(unit="mm", format="A4")
    pdf.core_fonts_encoding = "windows-1252"
    pdf.running_header = header
    pdf.footer_style = footer_style
    pdf.notes = notes or {}
    pdf.set_auto_page_break(False)
    if title:
        pdf.set_title(title)
    laid = Laid()
    gutter = 8.0
    col_w = (PAGE_W - 2 * MARGIN - (columns - 1) * gutter) / columns
    state = {"col": 0, "y": 0.0}
    top, bottom = 24.0, PAGE_H - (36.0 if notes else 22.0)

    def new_column() -> None:
        state["col"] += 1
        if state["col"] >= columns or pdf.page == 0:
            pdf.add_page()
            state["col"] = 0
        state["y"] = top

    def x0() -> float:
        return MARGIN + state["col"] * (col_w + gutter)

    new_column()
    for kind, text in blocks:
        laid.paragraphs.append(text)
        if kind == "h":
            laid.headings.append(text)
            pdf.set_font("Helvetica", "B", 15)
            if state["y"] + 14 > bottom:
                new_column()
            state["y"] += 3
            pdf.text(x0(), state["y"] + 5, text)
            state["y"] += 11
            continue
        pdf.set_font("Times", "", BODY_SIZE)
        lines = _break(pdf, text, col_w, laid.hyphenated if hyphenate else None)
        for i, words in enumerate(lines):
            if state["y"] + LEADING > bottom:
                new_column()
            state["y"] += LEADING
            last = i == len(lines) - 1
            _set_line(pdf, words, x0(), state["y"], col_w, justify=not last)
        state["y"] += LEADING * 0.8  # space between paragraphs
    laid.pages = pdf.page
    pdf.output(str(path))
    return laid


def _break(pdf: FPDF, text: str, width: float, hyphenated: list | None) -> list[list[str]]:
    """Greedy line breaking; a long word that does not fit is split with a hyphen if allowed."""
    lines: list[list[str]] = [[]]
    space = pdf.get_string_width(" ")

    def used(words: list[str]) -> float:
        return sum(pdf.get_string_width(w) for w in words) + space * max(len(words) - 1, 0)

    for word in text.split():
        line = lines[-1]
        if not line or used(line + [word]) <= width:
            line.append(word)
            continue
        if hyphenated is not None and word.isalpha() and word.islower() and len(word) >= 8:
            for cut in range(len(word) - 4, 3, -1):
                if used(line + [word[:cut] + "-"]) <= width:
                    line.append(word[:cut] + "-")
                    lines.append([word[cut:]])
                    hyphenated.append((word[:cut], word[cut:]))
                    break
            else:
                lines.append([word])
            continue
        lines.append([word])
    return lines


def _set_line(pdf: FPDF, words: list[str], x: float, y: float, width: float, justify: bool) -> None:
    """Justified lines place each word on its own, as typesetting tools do; the last line is one run."""
    if not justify or len(words) == 1:
        pdf.text(x, y, " ".join(words))
        return
    widths = [pdf.get_string_width(w) for w in words]
    gap = (width - sum(widths)) / (len(words) - 1)
    for word, w in zip(words, widths):
        pdf.text(x, y, word)
        x += w + gap


def sample_blocks(text: str) -> list[tuple[str, str]]:
    return [("p", " ".join(p.split())) for p in text.split("\n\n") if p.strip()]


def generated_blocks(pages: int, seed: int = 12) -> list[tuple[str, str]]:
    """Enough report-like paragraphs (with a heading every few) to fill about ``pages`` pages."""
    rng = random.Random(seed)
    blocks: list[tuple[str, str]] = []
    for i in range(int(pages * 8.3)):
        if i % 6 == 0:
            blocks.append(("h", f"{i // 6 + 1}. {rng.choice(WORDS).capitalize()} and {rng.choice(WORDS)}"))
        sentences = []
        for _ in range(rng.randint(3, 6)):
            words = [rng.choice(WORDS if rng.random() < 0.5 else SMALL) for _ in range(rng.randint(8, 18))]
            sentence = " ".join(words)
            if rng.random() < 0.3:
                sentence = f"“{sentence},” said {rng.choice(['Anna Kovacs', 'Li Wei', 'James Okafor'])}"
            sentences.append(sentence[0].upper() + sentence[1:] + ".")
        blocks.append(("p", " ".join(sentences)))
    return blocks


def scanned_pdf(path: Path, pages: int = 2) -> None:
    """Pages that hold only pictures of text (rectangles here), as a scanner makes: no text layer."""
    pdf = FPDF()
    for _ in range(pages):
        pdf.add_page()
        for row in range(30):
            pdf.rect(20, 20 + row * 8, 170 - (row % 3) * 20, 3, style="F")
    pdf.output(str(path))


def encrypted_pdf(path: Path) -> None:
    pdf = FPDF()
    pdf.set_encryption(owner_password="owner-secret", user_password="reader-secret")
    pdf.add_page()
    pdf.set_font("Helvetica", size=12)
    pdf.multi_cell(0, 6, "A confidential report that needs a password to be read. " * 10)
    pdf.output(str(path))
