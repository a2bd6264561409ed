"""Issue 9 (what a new user hit), the command-line items: each run as a user would, in a subprocess."""

from __future__ import annotations

import subprocess

import pytest

from cli_support import SAMPLES, byline_command, byline_env, run_byline

pytestmark = pytest.mark.slow

MERKEL = "Angela Merkel met Emmanuel Macron in Berlin.\n"


def test_one_mention_count_in_the_table_and_the_json(warm_home):
    """Item 7: China was 13 in --json and the sidebar, 8 in the table."""
    record = run_byline(warm_home, "analyze", "--json", "--no-library", str(SAMPLES[0])).json_lines[0]
    table = run_byline(warm_home, "analyze", "--no-library", str(SAMPLES[0])).stdout
    china = next(a for a in record["actors"] if a["name"] == "China")
    counted = [m for m in china["mentions"] if not m.get("inferred")]
    assert china["mention_count"] == len(counted) > 8  # names and "Chinese", not pronouns
    row = next(line.split() for line in table.splitlines() if line.split()[:2] == ["China", "place"])
    assert int(row[2]) == china["mention_count"]
    for actor in record["actors"]:
        assert actor["mention_count"] >= 1  # no "France place 0"


def test_a_utf8_byte_order_mark_is_not_part_of_the_text(home):
    """Item 8: ``printf '\\xef\\xbb\\xbfAngela Merkel…'`` gave text_length 46 and missed Merkel."""
    result = run_byline(home, "analyze", "--json", "--no-library", "-", stdin=b"\xef\xbb\xbf" + MERKEL.encode())
    [record] = result.json_lines
    assert record["text_length"] == len(MERKEL)
    assert "Angela Merkel" in [a["name"] for a in record["actors"]]


def test_bidi_and_c1_controls_are_escaped_in_tables_and_json(home, tmp_path):
    """Item 9: U+202E and U+009B reached the terminal raw."""
    story = tmp_path / "story.txt"
    story.write_text("Angela Merkel met Emmanuel Macron in Paris.\n\n"
                     "\"We agree \u202eon\u009b everything,\" Angela Merkel said.\n", encoding="utf-8")
    table = run_byline(home, "analyze", "--no-library", str(story))
    assert table.returncode == 0, table.stderr_lines
    assert "\u202e" not in table.stdout and "\u009b" not in table.stdout
    assert "\\u202e" in table.stdout and "\\x9b" in table.stdout
    raw = run_byline(home, "analyze", "--json", "--text", "--no-library", str(story))
    assert "\u202e" not in raw.stdout and "\u009b" not in raw.stdout
    assert "\\u202e" in raw.stdout and "\\u009b" in raw.stdout
    [record] = raw.json_lines  # still the same text once parsed
    assert "\u202eon\u009b" in record["text"]


@pytest.mark.parametrize("json", [False, True])
def test_a_reader_that_goes_away_ends_with_141(warm_home, json):
    """Item 10: ``byline analyze … | head -1`` exited 1 silently for tables, 141 for --json."""
    args = ["analyze", *(["--json"] if json else []), "--no-library", *map(str, SAMPLES * 20)]
    proc = subprocess.Popen(byline_command(*args), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            stdin=subprocess.DEVNULL, env=byline_env(warm_home))
    proc.stdout.readline()
    proc.stdout.close()  # as head does after its line
    assert proc.wait(timeout=120) == 141
    assert proc.stderr.read() == b""


def test_analyze_applies_the_readers_corrections(home, monkeypatch):
    """Item 14: Biden stayed an organisation in ``analyze`` though corrected in the reader."""
    monkeypatch.setenv("BYLINE_HOME", str(home))
    from tui.core.correction_records import change_kind
    from tui.core.model import Analysis
    from tui.services.connection import open_database
    from tui.sources import load_one
    from tui.storage.annotation_store import AnnotationStore

    source = str(SAMPLES[0])
    before = run_byline(home, "analyze", "--json", source).json_lines[0]
    biden = next(a for a in before["actors"] if a["name"] == "Biden")
    assert biden["kind"] == "org"  # the model's mistake this test corrects
    article = load_one(source)
    conn = open_database()
    actor = next(a for a in Analysis.from_dict(before).actors if a.name == "Biden")
    AnnotationStore(conn).add_correction(article, change_kind(article.text, actor, "person"))
    conn.commit()
    conn.close()

    after = run_byline(home, "analyze", "--json", source).json_lines[0]
    assert next(a for a in after["actors"] if a["name"] == "Biden")["kind"] == "person"
    assert "Biden" in [row.split()[0] for row in run_byline(home, "analyze", source).stdout.splitlines()
                       if row.split()[1:2] == ["person"]]
    own = run_byline(home, "analyze", "--json", "--no-corrections", source).json_lines[0]
    assert next(a for a in own["actors"] if a["name"] == "Biden")["kind"] == "org"


def test_latin1_is_read_detected_or_named_and_nuls_replaced(home, tmp_path):
    """Item 29: one NUL byte rejected a whole file; latin-1 could not be read at all."""
    latin = tmp_path / "latin.txt"
    latin.write_bytes("Angela Merkel a rencontré François Hollande à Paris, a déclaré le porte-parole "
                      "du gouvernement français.\n".encode("latin-1"))
    detected = run_byline(home, "analyze", "--json", "--text", "--no-library", str(latin))
    assert detected.returncode == 0, detected.stderr_lines
    assert "François" in detected.json_lines[0]["text"]
    assert any("not UTF-8; read as" in line for line in detected.stderr_lines)
    named = run_byline(home, "analyze", "--json", "--text", "--no-library", "--encoding", "latin-1", str(latin))
    assert named.returncode == 0 and named.stderr_lines == []
    assert "François Hollande" in named.json_lines[0]["text"]
    assert run_byline(home, "analyze", "--encoding", "klingon", str(latin)).returncode == 2

    nul = tmp_path / "nul.txt"
    nul.write_bytes(MERKEL.replace("met", "m\x00et").encode() * 3)
    result = run_byline(home, "analyze", "--json", "--text", "--no-library", str(nul))
    assert result.returncode == 0, result.stderr_lines
    assert result.stderr_lines == [f"byline: {nul}: 3 NUL bytes replaced with \ufffd"]
    assert "\x00" not in result.json_lines[0]["text"]


def test_piped_markdown_is_plain_text_with_its_heading_as_title(home):
    """Item 26: piped Markdown was titled "Standard input" and its markup analysed as text."""
    markdown = b"# Merkel in Berlin\n\n**Angela Merkel** met [Emmanuel Macron](https://example.org) in Berlin.\n"
    [record] = run_byline(home, "analyze", "--json", "--text", "--no-library", "-", stdin=markdown).json_lines
    assert record["title"] == "Merkel in Berlin"
    assert record["text"] == "Merkel in Berlin\n\nAngela Merkel met Emmanuel Macron in Berlin.\n"
    for actor in record["actors"]:
        for m in actor["mentions"]:
            assert record["text"][m["start"]:m["end"]] == m["text"]


def test_actor_output_says_1_mention_and_1_quote(home, tmp_path):
    """Item 27: "1 mentions", "1 quotes"."""
    story = tmp_path / "story.txt"
    story.write_text("\"We will not give in,\" said Volodymyr Zelensky on Monday in Kyiv.\n", encoding="utf-8")
    assert run_byline(home, "analyze", str(story)).returncode == 0
    out = run_byline(home, "actor", "Volodymyr Zelensky").stdout
    assert "1 mention in 1 article" in out and "1 mention, 1 quote" in out
    assert "1 mentions" not in out and "1 quotes" not in out
