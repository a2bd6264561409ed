"""Analysis entry point (placeholder baseline; being replaced by the component pipeline)."""

from __future__ import annotations

import re

from tui.core.model import Actor, Analysis, Mention, Quote, kind_of_label
from tui.nlp import models
from tui.nlp.version import ANALYSER_VERSION


def analyse_text(text: str, info: models.ModelInfo) -> Analysis:
    nlp = models.load(info)
    doc = nlp(text)
    groups: dict[str, list] = {}
    entities = []
    for ent in doc.ents:
        kind = kind_of_label(ent.label_)
        if kind is None:
            continue
        groups.setdefault(ent.text, []).append(ent)
    actors = []
    for i, (name, ents) in enumerate(groups.items()):
        aid = f"a{i}"
        ms = [Mention(e.start_char, e.end_char, e.text, e.label_, aid) for e in ents]
        entities.extend(ms)
        actors.append(Actor(aid, name, kind_of_label(ents[0].label_), [name], ms))
    quotes = [Quote(m.start(1), m.end(1), m.group(1)) for m in re.finditer(r'[“"]([^”"“]+)[”"“]', text)]
    return Analysis(len(text), info.name, info.version, ANALYSER_VERSION, entities, actors, quotes)
