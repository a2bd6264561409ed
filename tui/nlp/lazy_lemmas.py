"""Lemmas on demand: the model's lemmatizer runs for the few words a rule asks about, not for
every token of every text.

spaCy's rule lemmatizer is plain Python over each token (a tenth of a parse); the speech rules
read the lemma of verbs, nouns and heads only. ``defer`` takes the lemmatizer out of the
pipeline (kept, disabled) and ``lemma_of(token)`` gives what it would have written: the lemma
already set (by the attribute rules, or in a Doc made with lemmas) else the lemmatizer's first
answer for the token, the same function on the same part of speech and morphology."""

from __future__ import annotations

from typing import Callable

# id of a pipeline's Vocab -> its deferred lemmatizer's ``lemmatize``: a Token knows its Vocab.
_DEFERRED: dict[int, Callable] = {}


def defer(nlp) -> None:
    """Leave ``nlp``'s rule lemmatizer out of its pipeline; ``lemma_of`` calls it when asked."""
    if "lemmatizer" not in nlp.pipe_names:
        return
    lemmatizer = nlp.get_pipe("lemmatizer")
    if getattr(lemmatizer, "overwrite", False) or not hasattr(lemmatizer, "lemmatize"):
        return  # one that overwrites earlier lemmas, or not spaCy's: it stays in the pipeline
    if not lemmatizer._validated:
        lemmatizer._validate_tables()  # what its first call would check
    _DEFERRED[id(nlp.vocab)] = lemmatizer.lemmatize
    nlp.disable_pipe("lemmatizer")


def lemma_of(tok) -> str:
    """``tok.lemma_`` as the model's full pipeline would have set it; computed once per token
    (kept on it, as the lemmatizer would have), however many rules read it."""
    known = tok.lemma_
    if known:
        return known
    lemmatize = _DEFERRED.get(id(tok.vocab))
    if lemmatize is None:
        return known
    tok.lemma_ = lemma = lemmatize(tok)[0]
    return lemma
