"""``byline library`` and ``byline actor`` against what ``byline analyze`` stored of the samples
and of texts from ../shared/data, and ``analyze --no-library``."""

from __future__ import annotations

import hashlib
from datetime import datetime, timezone
from pathlib import Path

import pytest

from cli_support import SAMPLES, assert_one_error_line, run_byline

REPO = Path(__file__).resolve().parents[2]
DATA = REPO.parent / "shared" / "data"
LIBRARY_KEYS = ["source", "title", "date", "digest", "actors", "quotes", "annotations", "last_read"]

pytestmark = pytest.mark.slow


def shared_texts() -> list[Path]:
    found = sorted((DATA / "polnear-dev").glob("*.txt"))[:6] + sorted((DATA / "gum-dev").glob("*.txt"))[:3]
    return found


@pytest.fixture(scope="module")
def analysed(tmp_path_factory) -> tuple[Path, dict[str, dict]]:
    """A home whose library holds the samples and some shared texts, and their analyses by source."""
    home = tmp_path_factory.mktemp("library-home")
    paths = [*SAMPLES, *shared_texts()]
    result = run_byline(home, "analyze", "--json", *map(str, paths))
    assert result.returncode == 0, result.stderr_lines
    return home, {str(Path(r["source"]).resolve()): r for r in result.json_lines}


def names_of(actor: dict) -> set[str]:
    return {n.casefold() for n in (actor["name"], *actor["aliases"])}


def test_library_lists_every_article_analysed(analysed):
    home, records = analysed
    result = run_byline(home, "library", "--json")
    assert result.returncode == 0 and result.stderr == ""
    lines = result.json_lines
    assert len(result.stdout.splitlines()) == len(lines) == len(records)
    assert [line["date"] for line in lines] == sorted((line["date"] for line in lines), reverse=True)
    for line in lines:
        assert list(line)[:len(LIBRARY_KEYS)] == LIBRARY_KEYS
        path = Path(line["source"])
        record = records[line["source"]]
        text = path.read_bytes().decode("utf-8")
        assert line["title"] == record["title"]
        assert line["digest"] == hashlib.sha256(text.encode("utf-8")).hexdigest()
        assert line["date"] == datetime.fromtimestamp(path.stat().st_mtime, timezone.utc).date().isoformat()
        assert (line["actors"], line["quotes"]) == (len(record["actors"]), len(record["quotes"]))
        assert line["annotations"] == 0 and line["last_read"] is None  # analysed, never read


def test_library_filtered_by_text_and_by_actor(analysed):
    home, records = analysed
    result = run_byline(home, "library", "--json", "--filter", "Pyongyang")
    expected = {s for s, r in records.items() if "pyongyang" in Path(s).read_text(encoding="utf-8").lower()}
    assert expected and {line["source"] for line in result.json_lines} == expected

    by_actor = run_byline(home, "library", "--json", "--actor", "PUTIN")
    assert by_actor.returncode == 0, by_actor.stderr_lines
    naming = {s for s, r in records.items() if any("putin" in names_of(a) for a in r["actors"])}
    assert naming and naming <= {line["source"] for line in by_actor.json_lines}

    nobody = run_byline(home, "library", "--actor", "Nobody Atall")
    assert nobody.returncode == 1
    assert_one_error_line(nobody, "no article in the library mentions", "Nobody Atall")


def most_quoted(records: dict[str, dict]) -> str:
    """The name of the actor with the most quotes in the analyses."""
    counts = {}
    for record in records.values():
        names = {a["id"]: a["name"] for a in record["actors"]}
        for quote in record["quotes"]:
            if quote["speaker"] in names:
                counts[names[quote["speaker"]]] = counts.get(names[quote["speaker"]], 0) + 1
    return max(counts, key=counts.get)


@pytest.mark.parametrize("who", ["trump", "most quoted"])
def test_actor_lines_agree_with_analyze(analysed, who):
    home, records = analysed
    name = most_quoted(records) if who == "most quoted" else who
    result = run_byline(home, "actor", name, "--json")
    assert result.returncode == 0, result.stderr_lines
    lines = result.json_lines
    naming = {s for s, r in records.items() if any(name.casefold() in names_of(a) for a in r["actors"])}
    assert naming and naming <= {line["source"] for line in lines}
    for line in lines:
        assert list(line)[:5] == ["source", "title", "actor", "mentions", "quotes"]
        assert {"id", "name", "kind"} <= set(line["actor"])
        record = records[line["source"]]
        ids = set(line["actor"].get("ids", [line["actor"]["id"]]))
        actors = [a for a in record["actors"] if a["id"] in ids]
        assert actors, line["actor"]
        expected = sorted((m for a in actors for m in a["mentions"]), key=lambda m: m["start"])
        assert line["mentions"] == expected
        assert line["quotes"] == [q for q in record["quotes"] if q["speaker"] in ids]
    if who == "most quoted":
        assert any(line["quotes"] for line in lines)


def test_actor_unknown_is_one_clear_line(analysed):
    home, _ = analysed
    result = run_byline(home, "actor", "Nobody Atall")
    assert result.returncode == 1 and result.stdout == ""
    assert_one_error_line(result, "no article in the library mentions 'Nobody Atall'")


def test_tables_for_people(analysed):
    home, records = analysed
    listing = run_byline(home, "library")
    assert listing.returncode == 0 and "Library" in listing.stdout and "China stuck" in listing.stdout
    actor = run_byline(home, "actor", "Kim Jong Un")
    assert actor.returncode == 0 and "Kim Jong Un" in actor.stdout and "mentions" in actor.stdout


def test_no_library_opts_out(warm_home, tmp_path):
    home = tmp_path / "fresh"
    home.mkdir()
    result = run_byline(home, "analyze", "--json", "--no-library", str(SAMPLES[0]))
    assert result.returncode == 0 and result.json_lines
    assert run_byline(home, "library", "--json").stdout == ""
    assert "The library is empty" in run_byline(home, "library").stdout


def test_titles_shown_literally(home, tmp_path):
    story = tmp_path / "markup.md"
    story.write_text("# [bold]Breaking[/] \x1b[31mnews\n\nAngela Merkel met Emmanuel Macron in Paris.\n",
                     encoding="utf-8")
    assert run_byline(home, "analyze", str(story)).returncode == 0
    out = run_byline(home, "library").stdout
    assert "[bold]Breaking[/]" in out and "\x1b" not in out
