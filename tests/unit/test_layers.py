"""The layers stay apart: the pure core imports neither Textual nor spaCy, and neither does
the path a warm start takes through the NLP layer and the CLI."""

from __future__ import annotations

import json
import pkgutil
import subprocess
import sys

import pytest

import tui.core

HEAVY = ("textual", "spacy", "thinc")

PROBE = """
import importlib, json, sys
for name in sys.argv[1:]:
    importlib.import_module(name)
print(json.dumps(sorted({m.split(".")[0] for m in sys.modules})))
"""


def top_level_modules_after_importing(*modules: str) -> set[str]:
    proc = subprocess.run([sys.executable, "-c", PROBE, *modules], capture_output=True, text=True,
                          timeout=120, stdin=subprocess.DEVNULL)
    assert proc.returncode == 0, proc.stderr
    return set(json.loads(proc.stdout))


def core_modules() -> list[str]:
    return sorted(info.name for info in pkgutil.walk_packages(tui.core.__path__, "tui.core."))


def test_core_modules_are_found():
    modules = core_modules()
    assert {"tui.core.article", "tui.core.model"} <= set(modules)


def test_pure_core_imports_neither_textual_nor_spacy():
    loaded = top_level_modules_after_importing(*core_modules())
    assert "tui" in loaded  # the probe really imported the package
    assert not loaded & set(HEAVY), loaded & set(HEAVY)


@pytest.mark.parametrize("module", ["tui.nlp.models", "tui.services.analysis", "tui.storage.database",
                                    "tui.storage.analysis_cache", "tui.sources", "tui.cli"])
def test_warm_path_modules_do_not_import_spacy_or_textual(module):
    loaded = top_level_modules_after_importing(module)
    assert module.split(".")[0] in loaded
    assert not loaded & set(HEAVY), loaded & set(HEAVY)


@pytest.mark.parametrize("module", ["tui.sources", "tui.cli"])
def test_reading_files_does_not_import_the_web_stack(module):
    """trafilatura (lxml) and feedparser are imported for a URL, not for every start."""
    loaded = top_level_modules_after_importing(module)
    assert not loaded & {"trafilatura", "feedparser", "lxml"}, loaded


def test_probe_sees_a_heavy_import():
    """The check above can fail: importing spaCy does show up."""
    assert "spacy" in top_level_modules_after_importing("spacy")
