"""Who said what on real political news: polnear-dev (../shared/data, PolNeAR's dev compartment)
scored with the shared scorer. Floors sit just under the figures reached for issue 7, so a
regression in the speech rules fails the build. Skips when ../shared/data is not beside the repo."""

from __future__ import annotations

import contextlib
import io
from types import SimpleNamespace

import pytest

from tests.nlp.test_quality import ROOT, SCORER, score

POLNEAR = ROOT.parent / "shared" / "data" / "polnear-dev"
FLOORS = {"direct_recall": 0.98, "quote_precision": 0.97, "indirect_recall": 0.60,
          "indirect_precision": 0.93, "speaker_acc": 0.615}

pytestmark = pytest.mark.skipif(not (SCORER.exists() and (POLNEAR / "gold.json").exists()),
                                reason="../shared/data/polnear-dev or the scorer is not beside the repo")


class _Stdout:
    """What ``score`` reads back from pytest's capsys, for a run whose stdout is redirected."""

    def __init__(self, buffer: io.StringIO):
        self.buffer = buffer

    def readouterr(self):
        return SimpleNamespace(out=self.buffer.getvalue())


def test_polnear_dev_stays_above_its_floors(tmp_path):
    """One test for every floor: the analysis of the set is computed once, on one xdist worker
    (five tests over a module fixture could each pay for it on a different worker)."""
    buffer = io.StringIO()
    with contextlib.redirect_stdout(buffer):
        figures = score(POLNEAR / "gold.json", sorted(POLNEAR.glob("*.txt")), tmp_path, _Stdout(buffer))
    print(" ".join(f"{k}={v:.3f}" for k, v in figures.items()))
    below = {figure: f"{figures[figure]:.3f} < {floor}" for figure, floor in sorted(FLOORS.items())
             if not figures[figure] >= floor}
    assert below == {}
