"""Exports: the Markdown digest, W3C Web Annotation JSON-LD, and NER spans after corrections."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli.cli_support import call_byline
from tui.core.correction_records import change_kind
from tui.core.article import Article
from tui.sources import load_one
from tui.core.model import GROUP, ORG, PERSON, Actor, Analysis, Mention
from tui.export import FORMATS, entity_spans, export
from tui.storage.annotation_store import AnnotationStore
from tui.storage.database import connect

TEXT = ("Officials in Geneva warned on Monday that the outbreak could spread. "
        "\u201cWe are worried,\u201d said Dr Amina Yusuf, who leads the response team. "
        "The ministry said supplies would arrive within days.\n\n"
        "Aid groups said the warning came too late. The ministry did not reply.")
W3C = "http://www.w3.org/ns/anno.jsonld"
MOTIVATIONS = {"highlighting", "commenting", "tagging", "bookmarking", "editing"}


def span(text: str, words: str) -> tuple[int, int]:
    start = text.index(words)
    return start, start + len(words)


@pytest.fixture
def home(tmp_path, monkeypatch) -> Path:
    path = tmp_path / "home"
    path.mkdir()
    monkeypatch.setenv("BYLINE_HOME", str(path))
    return path


@pytest.fixture
def conn(home):
    c = connect()
    yield c
    c.close()


@pytest.fixture
def article(tmp_path) -> Article:
    path = tmp_path / "outbreak.txt"
    path.write_text(TEXT, encoding="utf-8")
    return Article(str(path), "Outbreak warning", TEXT)


def hand_analysis(text: str) -> Analysis:
    """An analysis of TEXT with one mistake: Dr Amina Yusuf taken for an organisation."""
    def m(words, label, actor):
        return Mention(*span(text, words), words, label, actor)
    geneva, yusuf, ministry = m("Geneva", "GPE", "a1"), m("Dr Amina Yusuf", "ORG", "a2"), m("ministry", "ORG", "a3")
    actors = [Actor("a1", "Geneva", "place", [], [geneva]), Actor("a2", "Amina Yusuf", ORG, [], [yusuf]),
              Actor("a3", "ministry", ORG, [], [ministry])]
    return Analysis(len(text), "test", "1", "t", entities=[geneva, yusuf, ministry], actors=actors)


@pytest.fixture
def annotated(conn, article):
    """The article with one annotation of each kind, a correction, and an orphan-to-be."""
    store = AnnotationStore(conn)
    anns = {
        "highlight": store.add_highlight(article, *span(TEXT, "the outbreak could spread"), colour="pink"),
        "note": store.add_note(article, *span(TEXT, "We are worried,"), "Who else said this?",
                               tags="quotes, follow-up"),
        "tag": store.add_tags(article, *span(TEXT, "supplies would arrive within days"), "claims"),
        "bookmark": store.add_bookmark(article, TEXT.index("Aid groups")),
    }
    analysis = hand_analysis(TEXT)
    anns["correction"] = store.add_correction(article, change_kind(TEXT, analysis.actor("a2"), PERSON))
    return store, anns, analysis


def edit(article: Article, new_text: str) -> Article:
    Path(article.source).write_text(new_text, encoding="utf-8")
    return Article(article.source, article.title, new_text)


# ---------------------------------------------------------------- Markdown


def test_markdown_digest_has_title_source_quotes_notes_and_tags(conn, article, annotated):
    md = export(conn, [article], "md")
    lines = md.splitlines()
    assert lines[0] == "# Outbreak warning"
    assert f"Source: `{Path(article.source).resolve()}`" in lines
    assert "> the outbreak could spread" in lines
    note_at = lines.index("> We are worried,")
    assert lines[note_at + 2] == "Who else said this?"
    assert lines[note_at + 4] == "Tags: `quotes`, `follow-up`"
    # In text order, the bookmark last, then the corrections.
    order = [md.index(s) for s in ("the outbreak", "We are worried", "supplies would", "**Bookmark**",
                                   "## Corrections")]
    assert order == sorted(order)
    assert "- Amina Yusuf: kind org → person" in lines
    assert "Orphaned" not in md


def test_markdown_lists_orphans_at_the_end(conn, article, annotated):
    edited = edit(article, TEXT.replace("We are worried,", "We are not concerned at all,"))
    md = export(conn, [edited], "md")
    head, orphans = md.split("## Orphaned annotations")
    assert "We are worried" not in head
    assert "> We are worried," in orphans and "Who else said this?" in orphans


def test_markdown_quotes_multiline_text_line_by_line(conn, article):
    store = AnnotationStore(conn)
    store.add_highlight(article, *span(TEXT, "within days.\n\nAid groups"))
    assert "> within days.\n>\n> Aid groups" in export(conn, [article], "md")


def test_an_article_without_annotations_says_so(conn, article):
    assert "*No annotations.*" in export(conn, [article], "md")


# ---------------------------------------------------------------- W3C Web Annotation JSON-LD


def check_web_annotation(item: dict, text: str | None) -> None:
    """The shape the W3C Web Annotation Data Model requires of one annotation."""
    assert item["@context"] == W3C
    assert item["type"] == "Annotation"
    assert item["id"].startswith("urn:uuid:") and len(item["id"]) == len("urn:uuid:") + 36
    assert item["motivation"] in MOTIVATIONS
    assert item["created"].endswith("Z") and item["modified"].endswith("Z")
    for body in item.get("body", []):
        assert body["type"] == "TextualBody" and isinstance(body["value"], str)
        assert body["purpose"] in MOTIVATIONS
    target = item["target"]
    assert target["source"].startswith(("file://", "http://", "https://", "urn:"))
    quote, position = target["selector"]
    assert quote["type"] == "TextQuoteSelector" and set(quote) == {"type", "exact", "prefix", "suffix"}
    assert position["type"] == "TextPositionSelector" and set(position) == {"type", "start", "end"}
    assert 0 <= position["start"] < position["end"]
    if text is not None and not item.get("byline:orphan"):
        assert text[position["start"]:position["end"]] == quote["exact"]
        assert text[:position["start"]].endswith(quote["prefix"])
        assert text[position["end"]:].startswith(quote["suffix"])


def test_json_is_a_w3c_annotation_collection(conn, article, annotated):
    _, anns, _ = annotated
    doc = json.loads(export(conn, [article], "json"))
    assert doc["@context"] == W3C and doc["type"] == "AnnotationCollection"
    page = doc["first"]
    assert page["type"] == "AnnotationPage" and doc["total"] == len(page["items"]) == 5
    for item in page["items"]:
        check_web_annotation(item, TEXT)
    by_motivation = {item["motivation"]: item for item in page["items"]}
    assert set(by_motivation) == MOTIVATIONS
    assert by_motivation["highlighting"]["target"]["styleClass"] == "pink"
    assert "pink" in by_motivation["highlighting"]["stylesheet"]["value"]
    assert "body" not in by_motivation["highlighting"]
    comment = by_motivation["commenting"]["body"]
    assert comment[0] == {"type": "TextualBody", "value": "Who else said this?", "format": "text/plain",
                          "purpose": "commenting"}
    assert [b["value"] for b in comment[1:]] == ["quotes", "follow-up"]
    assert [b["purpose"] for b in by_motivation["tagging"]["body"]] == ["tagging"]
    assert by_motivation["editing"]["byline:correction"]["op"] == "change_kind"
    assert by_motivation["bookmarking"]["target"]["source"] == Path(article.source).resolve().as_uri()
    assert {item["id"] for item in page["items"]} == {
        f"urn:uuid:{a.id[:8]}-{a.id[8:12]}-{a.id[12:16]}-{a.id[16:20]}-{a.id[20:]}" for a in anns.values()}


def test_json_selectors_follow_the_edited_text_and_orphans_keep_theirs(conn, article, annotated):
    _, anns, _ = annotated
    new_text = "Updated.\n\n" + TEXT.replace("We are worried,", "We are not concerned at all,")
    edited = edit(article, new_text)
    items = json.loads(export(conn, [edited], "json"))["first"]["items"]
    for item in items:
        check_web_annotation(item, new_text)
    orphans = [i for i in items if i.get("byline:orphan")]
    assert [o["target"]["selector"][0]["exact"] for o in orphans] == ["We are worried,"]
    assert orphans[0]["target"]["selector"][1]["start"] == anns["note"].anchor.start  # as made
    highlight = next(i for i in items if i["motivation"] == "highlighting")
    assert highlight["target"]["selector"][1]["start"] == new_text.index("the outbreak could spread")


def test_every_annotated_article_is_exported_when_none_is_named(conn, article, annotated, tmp_path):
    other_path = tmp_path / "other.txt"
    other_path.write_text("A second story about Geneva.", encoding="utf-8")
    other = load_one(str(other_path))
    store, _, _ = annotated
    store.add_highlight(other, 0, 8)
    # A third article whose file is gone: exported from what was stored, with a warning.
    gone_path = tmp_path / "gone.txt"
    gone_path.write_text("Words that will vanish from the disk.", encoding="utf-8")
    gone = load_one(str(gone_path))
    store.add_note(gone, 0, 5, "kept anyway")
    gone_path.unlink()
    warnings: list[str] = []
    doc = json.loads(export(conn, None, "json", warn=warnings.append))
    sources = {i["target"]["source"] for i in doc["first"]["items"]}
    assert sources == {Path(p).resolve().as_uri() for p in (article.source, other_path, gone_path)}
    for item in doc["first"]["items"]:
        check_web_annotation(item, None)
    assert len(warnings) == 1 and "gone.txt" in warnings[0]
    md = export(conn, None, "md")
    assert md.count("\n# ") + md.startswith("# ") == 3
    assert "> Words" in md and "kept anyway" in md


# ---------------------------------------------------------------- NER spans (jsonl)


def test_jsonl_spans_include_the_users_corrections(conn, article, annotated):
    _, _, analysis = annotated
    out = export(conn, [article], "jsonl", analyses={article.source: analysis})
    (line,) = out.splitlines()
    row = json.loads(line)
    assert row["text"] == TEXT and row["source"] == article.source
    labels = {TEXT[s["start"]:s["end"]]: s["label"] for s in row["spans"]}
    assert labels == {"Geneva": "GPE", "Dr Amina Yusuf": "PERSON", "ministry": "ORG"}  # ORG corrected


def test_jsonl_one_line_per_article_from_the_real_model(conn, tmp_path):
    paths = []
    for name in ("a.txt", "b.txt"):
        p = tmp_path / name
        p.write_text("Angela Merkel met Emmanuel Macron in Paris on Friday. "
                     "The United Nations welcomed the meeting.", encoding="utf-8")
        paths.append(p)
    articles = [load_one(str(p)) for p in paths]
    analysis_store = AnnotationStore(conn)
    from tui.services.analysis import analyse

    first = analyse(conn, articles[0])
    un = next(a for a in first.actors if "United Nations" in a.name)
    analysis_store.add_correction(articles[0], change_kind(articles[0].text, un, GROUP))
    rows = [json.loads(line) for line in export(conn, articles, "jsonl").splitlines()]
    assert [r["source"] for r in rows] == [str(p) for p in paths]
    for row in rows:
        spans = row["spans"]
        assert spans == sorted(spans, key=lambda s: s["start"])
        assert all(a["end"] <= b["start"] for a, b in zip(spans, spans[1:]))  # no overlaps
        assert all(row["text"][s["start"]:s["end"]].strip() for s in spans)
    label = {r["source"]: {r["text"][s["start"]:s["end"]]: s["label"] for s in r["spans"]} for r in rows}
    un_span = next(k for k in label[str(paths[0])] if "United Nations" in k)
    assert label[str(paths[0])][un_span] == "NORP"  # corrected to a group
    assert label[str(paths[1])][un_span] == "ORG"  # the same words, uncorrected, elsewhere
    assert label[str(paths[0])]["Angela Merkel"] == "PERSON"


def test_entity_spans_drop_pronouns_and_overlaps():
    text = "Dr Amina Yusuf said she would go."
    full = Mention(0, 14, "Dr Amina Yusuf", "PERSON", "a1")
    part = Mention(3, 8, "Amina", "ORG", None)
    she = Mention(20, 23, "she", "PERSON", "a1", inferred=True)
    a = Analysis(len(text), "m", "1", "t", entities=[full, part],
                 actors=[Actor("a1", "Amina Yusuf", PERSON, [], [full, she])])
    assert entity_spans(a) == [{"start": 0, "end": 14, "label": "PERSON"}]


def test_unknown_format_is_refused(conn):
    with pytest.raises(ValueError, match="unknown export format"):
        export(conn, [], "csv")
    assert FORMATS == ("md", "json", "jsonl")


# ---------------------------------------------------------------- through the command line


def test_byline_export_writes_a_file(home, conn, article, annotated, tmp_path):
    out = tmp_path / "out.json"
    proc = call_byline(home, "export", article.source, "--format", "json", "-o", str(out))  # in-process
    assert proc.returncode == 0, proc.stderr
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert doc["total"] == 5


# ---------------------------------------------------------------- issue 9: user text is literal


def test_markdown_escapes_notes_and_keeps_their_line_breaks(conn, article):
    """Item 15: a note "# Not a heading" became a heading; a two-line note collapsed."""
    from markdown_it import MarkdownIt

    store = AnnotationStore(conn)
    store.add_note(article, *span(TEXT, "We are worried,"), "# Not a heading\nsecond *line* [x](y)")
    md = export(conn, [article], "md")
    html = MarkdownIt("commonmark").render(md)
    assert "<h1>Not a heading" not in html
    assert "<p># Not a heading<br />\nsecond *line* [x](y)</p>" in html
    assert "<em>" not in html and "<a " not in html


def test_jsonl_after_a_split_lists_the_span_once_as_its_own_actor(conn, article):
    """Item 13: the split mention and the export agree."""
    from tui.core.correction_records import split_mention

    analysis = hand_analysis(TEXT)
    store = AnnotationStore(conn)
    yusuf = analysis.actor("a2").mentions[0]
    store.add_correction(article, split_mention(TEXT, yusuf))
    [row] = [json.loads(line) for line in
             export(conn, [article], "jsonl", analyses={article.source: analysis}).splitlines()]
    assert [(s["start"], s["end"]) for s in row["spans"]].count((yusuf.start, yusuf.end)) == 1
