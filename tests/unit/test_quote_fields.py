"""The Quote fields added for issue 7 read and write JSON without breaking older consumers."""

from tui.core.model import DIRECT, EVIDENCE, MIXED, SPEECH, Analysis, Quote


def test_old_quote_json_reads_as_speech_without_verbatim():
    old = {"start": 0, "end": 5, "text": "Hello", "kind": "direct", "speaker": None,
           "speaker_text": None, "speaker_span": None, "cue": "said"}
    q = Quote.from_dict(old)
    assert q.kind == DIRECT and q.source_class == SPEECH and q.verbatim == ()


def test_mixed_evidence_quote_round_trips():
    q = Quote(10, 40, "x" * 30, MIXED, None, "the poll", (0, 8), "shows",
              source_class=EVIDENCE, verbatim=((20, 30),))
    d = q.to_dict()
    assert d["kind"] == "mixed" and d["source_class"] == "evidence" and d["verbatim"] == [[20, 30]]
    assert Quote.from_dict(d) == q


def test_plain_quote_json_has_no_verbatim_key():
    d = Quote(0, 5, "Hello").to_dict()
    assert "verbatim" not in d and d["source_class"] == "speech"


def test_analysis_from_an_older_cache_keeps_its_quotes():
    d = {"text_length": 5, "model": {"name": "m", "version": "1"}, "analyser_version": "7",
         "quotes": [{"start": 0, "end": 5, "text": "Hello", "kind": "indirect"}]}
    assert Analysis.from_dict(d).quotes[0].source_class == SPEECH
