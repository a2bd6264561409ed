"""The two components done faster than spaCy does them (``nlp/attribute_rules``,
``nlp/lazy_lemmas``) give exactly what spaCy's own components give, token by token, on the
samples and on the spellings the English rules single out (ain't, y'all, nothin')."""

from __future__ import annotations

from spacy.attrs import LEMMA, MORPH, POS, TAG

from tui.nlp import attribute_rules, models, prepare
from tui.nlp.lazy_lemmas import lemma_of
from tui.sources import sample_paths

ODD = ("Y'all ain't seen nothin' yet, she said. They ain't got the money and it isn't there.\n\n"
       "\"I'd go,\" he said, \"but we won't.\" Can't, won't, shan't: the rules list them all. "
       "Whether or not  the minister -- who wasn't there -- spoke, the plans are done.")


def test_table_rules_and_lemmas_on_demand_match_spacys_components():
    nlp = models.load(models.resolve())
    assert attribute_rules.NAME in nlp.pipe_names, "the table rules replace spaCy's attribute ruler"
    assert "attribute_ruler" not in nlp.pipe_names and "lemmatizer" not in nlp.pipe_names
    texts = [prepare.for_model(p.read_text(encoding="utf-8")) for p in sample_paths()] + [ODD]
    with nlp.select_pipes(disable=[attribute_rules.NAME, "ner"]):
        parsed = list(nlp.pipe(texts))
    checked = 0
    for doc in parsed:
        theirs, ours = doc.copy(), doc.copy()
        nlp.get_pipe("attribute_ruler")(theirs)
        nlp.get_pipe(attribute_rules.NAME)(ours)
        assert (theirs.to_array([TAG, POS, MORPH, LEMMA]) == ours.to_array([TAG, POS, MORPH, LEMMA])).all()
        nlp.get_pipe("lemmatizer")(theirs)
        assert [t.lemma_ for t in theirs] == [lemma_of(t) for t in ours]
        checked += len(doc)
    assert checked > 1000
