"""Actors on GUM's biographies, interviews and speeches (../shared/data/gum-dev), scored with the
shared scorer: every named mention found, and mentions grouped into the right actors. Floors sit a
little under today's figures so a regression fails the build; the test skips where the
development data is not beside the repository."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.nlp.test_quality import ROOT, SCORER, score

GUM = ROOT.parent / "shared" / "data" / "gum-dev"
GUM_FLOORS = {"mention_recall": 0.935, "link_b3_f1": 0.945}


@pytest.mark.skipif(not (SCORER.exists() and (GUM / "gold.json").exists()),
                    reason="../shared/data/gum-dev is not beside the repo")
def test_gum_actors_stay_above_their_floors(tmp_path: Path, capsys):
    figures = score(GUM / "gold.json", sorted(GUM.glob("*.txt")), tmp_path, capsys)
    assert {k: figures[k] for k in GUM_FLOORS if figures[k] < GUM_FLOORS[k]} == {}
