"""Benchmark: PDF extraction with PDFium (pypdfium2, what Byline uses) against pdfminer.six.

Not collected by pytest. Needs the bench extra (pdfminer.six). Run:
    .venv/bin/python tests/bench_documents.py [--pages 100] [--rounds 3] [real.pdf ...]
Writes generated reports (tests/documents/makers.py), then for each extractor prints the time
and how many of the written paragraphs come back exactly, both through Byline's own layout step
(same lines → paragraphs logic, only the extractor differs) and, for pdfminer, through its own
layout analysis (``extract_text``), which has no header/footer or hyphen handling.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE / "documents"))

from makers import generated_blocks, sample_blocks, write_report  # noqa: E402

from tui.sources.documents import read_document  # noqa: E402
from tui.sources.documents.pdf_layout import Line, Page, build  # noqa: E402


def pdfminer_document(path: Path):
    """pdfminer's lines (its own layout analysis groups them), laid out by Byline's step."""
    from pdfminer.high_level import extract_pages
    from pdfminer.layout import LAParams, LTChar, LTTextContainer, LTTextLine

    pages = []
    # Its default char_margin (2.0) splits justified lines at wide word gaps (51 of 116 paragraphs
    # exact on the two-column report); 6.0 is its best setting on these reports.
    for layout in extract_pages(str(path), laparams=LAParams(char_margin=6.0)):
        lines = []
        for box in layout:
            if isinstance(box, LTTextContainer):
                for line in box:
                    if isinstance(line, LTTextLine) and line.get_text().strip():
                        size = next((ch.size for ch in line if isinstance(ch, LTChar)), line.height)
                        lines.append(Line(line.get_text().strip(), *line.bbox, size))
        pages.append(Page(layout.width, layout.height, tuple(lines)))
    return build(pages, None)


def pdfminer_plain(path: Path) -> str:
    from pdfminer.high_level import extract_text

    return extract_text(str(path))


def exact(expected: list[str], paragraphs: list[str]) -> int:
    got = set(paragraphs)
    return sum(p in got for p in expected)


def found_in_plain(expected: list[str], text: str) -> int:
    """Paragraphs whose words come back in order with nothing between (pdfminer's plain text)."""
    flat = " ".join(text.split())
    return sum(p in flat for p in expected)


def timed(fn, path: Path, rounds: int):
    times, result = [], None
    for _ in range(rounds):
        start = time.perf_counter()
        result = fn(path)
        times.append(time.perf_counter() - start)
    return statistics.median(times), result


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--pages", type=int, default=100)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("pdfs", nargs="*", type=Path, help="real PDFs to time as well")
    args = ap.parse_args()
    for path in args.pdfs:
        t_pdfium, doc = timed(read_document, path, args.rounds)
        t_miner, _ = timed(pdfminer_document, path, args.rounds)
        print(f"{path.name}: {len(doc.pages)} pages, {len(doc.text)} characters: pypdfium2 {t_pdfium:.3f} s, "
              f"pdfminer {t_miner:.3f} s (x{t_miner / t_pdfium:.1f} the time)")
    sample = (Path(__file__).parents[1] / "tui" / "samples" / "china-dilemma-putin-kim.txt").read_text()
    with tempfile.TemporaryDirectory() as tmp:
        cases = {
            f"report, {args.pages} pages": dict(blocks=generated_blocks(args.pages), title="Annual Report"),
            "report, two columns": dict(blocks=generated_blocks(12, seed=3), columns=2, footer_style="page-of"),
            "news sample": dict(blocks=sample_blocks(sample)),
        }
        for name, spec in cases.items():
            path = Path(tmp) / "report.pdf"
            laid = write_report(path, **spec)
            want = laid.paragraphs
            t_pdfium, doc = timed(read_document, path, args.rounds)
            t_miner, mdoc = timed(pdfminer_document, path, args.rounds)
            _, plain = timed(pdfminer_plain, path, 1)
            print(f"{name}: {laid.pages} pages, {len(want)} paragraphs, {len(laid.hyphenated)} hyphenated words")
            print(f"  pypdfium2 + Byline layout : {t_pdfium:7.3f} s, {exact(want, doc.text.split(chr(10) * 2)):3d} paragraphs exact")
            print(f"  pdfminer  + Byline layout : {t_miner:7.3f} s, {exact(want, mdoc.text.split(chr(10) * 2)):3d} paragraphs exact"
                  f"  (x{t_miner / t_pdfium:.1f} the time)")
            print(f"  pdfminer extract_text     : {found_in_plain(want, plain):3d} paragraphs found whole"
                  f" (running headers and page numbers left in: {plain.count('Annual Report 2026')})")


if __name__ == "__main__":
    main()
