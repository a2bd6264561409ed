"""Fixtures of the document tests: real files written by real libraries in tmp_path."""

from __future__ import annotations

from pathlib import Path

import pytest

from makers import Laid, generated_blocks, write_report


@pytest.fixture(scope="module")
def report(tmp_path_factory) -> tuple[Path, Laid]:
    """A 6-page report with a metadata title, running header, page numbers and hyphenated words."""
    path = tmp_path_factory.mktemp("report") / "report.pdf"
    laid = write_report(path, generated_blocks(6), title="Annual Report 2026")
    return path, laid
