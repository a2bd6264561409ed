"""``byline analyze``: the JSON Lines contract, the tables, and the cache that spares spaCy."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from cli_support import SAMPLES, run_byline

REPO = Path(__file__).resolve().parents[2]
SHARED = REPO.parent / "shared"

pytestmark = pytest.mark.slow


def spans_of(record: dict) -> list[tuple[str, dict]]:
    """Every span of a record that carries its text, labelled by where it came from."""
    found = [("entity", e) for e in record["entities"]]
    found += [(f"actor {a['id']}", m) for a in record["actors"] for m in a["mentions"]]
    found += [("quote", q) for q in record["quotes"]]
    return found


def test_json_lines_shape(cold_run):
    _, result = cold_run
    records = result.json_lines
    assert [r["source"] for r in records] == [str(p) for p in SAMPLES]
    assert len(result.stdout.splitlines()) == len(SAMPLES)  # one object per line, nothing else
    for record, path in zip(records, SAMPLES):
        text = path.read_text(encoding="utf-8")
        assert {"source", "title", "text_length", "model", "entities", "actors", "quotes"} <= set(record)
        assert record["text_length"] == len(text)
        assert isinstance(record["title"], str) and record["title"]
        assert set(record["model"]) >= {"name", "version"}
        assert record["model"]["name"] and record["model"]["version"]

        actor_ids = [a["id"] for a in record["actors"]]
        assert len(set(actor_ids)) == len(actor_ids)
        assert record["entities"] and record["actors"] and record["quotes"]
        for entity in record["entities"]:
            assert {"start", "end", "text", "label", "actor"} <= set(entity)
            assert entity["actor"] is None or entity["actor"] in actor_ids
        for actor in record["actors"]:
            assert {"id", "name", "kind", "aliases", "mentions"} <= set(actor)
            assert all(isinstance(alias, str) for alias in actor["aliases"])
            assert actor["mentions"]
        for quote in record["quotes"]:
            assert {"start", "end", "text", "kind", "speaker", "speaker_text", "speaker_span", "cue"} <= set(quote)
            assert quote["kind"] in ("direct", "indirect", "mixed")
            assert quote["source_class"] in ("speech", "evidence", "belief")
            for s, e in quote.get("verbatim", []):
                assert quote["start"] <= s < e <= quote["end"]
            assert quote["speaker"] is None or quote["speaker"] in actor_ids
            assert quote["speaker_text"] is None or isinstance(quote["speaker_text"], str)
            assert quote["cue"] is None or isinstance(quote["cue"], str)


def test_offsets_index_the_file_text_exactly(cold_run):
    _, result = cold_run
    for record, path in zip(result.json_lines, SAMPLES):
        text = path.read_bytes().decode("utf-8")  # as read: nothing normalised
        for where, span in spans_of(record):
            assert 0 <= span["start"] < span["end"] <= len(text), (where, span)
            assert text[span["start"]:span["end"]] == span["text"], (where, span)
        for quote in record["quotes"]:
            assert text[quote["start"]] not in "\"“”", quote  # the words, not the marks
            if quote["speaker_span"] is not None:
                start, end = quote["speaker_span"]
                assert 0 <= start < end <= len(text), quote
                assert text[start:end].strip() == text[start:end], quote


def test_warm_run_uses_the_cache_without_spacy(cold_run):
    home, cold = cold_run
    assert "spacy" in cold.imported(), "the cold run should have analysed with spaCy"
    warm = run_byline(home, "analyze", "--json", *map(str, SAMPLES), importtime=True)
    assert warm.returncode == 0, warm.stderr_lines
    imported = warm.imported()
    assert "tui.cli" in imported  # the detection itself works on this run
    assert "spacy" not in imported
    assert "textual" not in imported
    assert warm.json_lines == cold.json_lines


def test_standard_input_is_an_article(warm_home):
    text = SAMPLES[0].read_bytes()
    result = run_byline(warm_home, "analyze", "--json", "-", stdin=text)
    assert result.returncode == 0, result.stderr_lines
    [record] = result.json_lines
    assert record["source"] == "-"
    assert record["text_length"] == len(text.decode("utf-8"))
    assert record["actors"]


def test_folder_with_some_unreadable_files(warm_home, tmp_path):
    """The readable articles are processed, the others reported; exit 1 says something failed."""
    folder = tmp_path / "library"
    folder.mkdir()
    for sample in SAMPLES:
        shutil.copy(sample, folder / sample.name)
    (folder / "broken.txt").write_bytes(bytes(range(256)) * 4)  # binary (other encodings are read: issue 9)
    (folder / "notes.pdf").write_bytes(b"%PDF-1.7")  # a PDF joins the library; this one is cut short
    (folder / "cover.png").write_bytes(b"\x89PNG\r\n\x1a\n")  # not an article: left out
    result = run_byline(warm_home, "analyze", "--json", str(folder), str(tmp_path / "gone.md"))
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert [Path(r["source"]).name for r in result.json_lines] == sorted(p.name for p in SAMPLES)
    assert len(result.stderr_lines) == 3
    assert any("notes.pdf: the PDF is truncated" in line for line in result.stderr_lines)
    assert any("gone.md" in line and "no such file" in line for line in result.stderr_lines)
    assert any("broken.txt" in line for line in result.stderr_lines)


def test_tables(warm_home):
    result = run_byline(warm_home, "analyze", str(SAMPLES[0]))
    assert result.returncode == 0, result.stderr_lines
    assert result.stderr == ""
    out = result.stdout
    for heading in ("Actors", "Quotes", "Mentions", "Aliases", "Speaker"):
        assert heading in out
    assert "Putin" in out and "Kim Jong Un" in out


def test_tables_show_untrusted_text_literally(home, tmp_path):
    article = tmp_path / "markup.md"
    article.write_text("# [bold red]Breaking[/] \x1b[31mnews\x1b[0m\n\n"
                       "Angela Merkel met Emmanuel Macron in Paris on Monday. "
                       "\"We agree,\" Ms Merkel said.\n", encoding="utf-8")
    result = run_byline(home, "analyze", str(article))
    assert result.returncode == 0, result.stderr_lines
    assert "[bold red]Breaking[/]" in result.stdout
    assert "\x1b" not in result.stdout
    assert "\\x1b[31mnews" in result.stdout


def test_score_script_runs_on_the_output(cold_run, tmp_path):
    score = SHARED / "eval" / "score.py"
    gold = SHARED / "gold" / "seeds.json"
    if not score.exists() or not gold.exists():
        pytest.skip("shared/ is not beside this checkout")
    out = tmp_path / "out.jsonl"
    out.write_text(cold_run[1].stdout, encoding="utf-8")
    proc = subprocess.run([sys.executable, str(score), str(gold), str(out)], capture_output=True,
                          text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert "missing system output" not in proc.stderr
    figures = dict(item.split("=") for item in proc.stdout.split())
    assert {"mention_recall", "link_b3_f1", "quote_recall", "speaker_acc"} <= set(figures)
    assert float(figures["mention_recall"]) > 0.5  # the output is read as meant, not just parsed

