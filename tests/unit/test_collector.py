"""The collector held while the command line starts, and spared at exit (tui.services.collector)."""

from __future__ import annotations

import gc

import pytest

from tui.cli import main
from tui.services.collector import hold_collection, release_collection


@pytest.fixture
def collector():
    yield
    release_collection()
    gc.enable()


def test_held_then_released(collector):
    hold_collection()
    assert not gc.isenabled()
    release_collection()
    assert gc.isenabled()


def test_a_release_without_a_hold_leaves_a_stopped_collector_alone(collector):
    gc.disable()  # stopped by someone else (a profiler, a test harness): not ours to start
    release_collection()
    assert not gc.isenabled()


def test_other_commands_run_with_the_collector(collector, capsys, monkeypatch):
    """Only the reader's start is held: an analysis may run long and make garbage."""
    from tui.cli import library_command

    seen: list[bool] = []
    monkeypatch.setattr(library_command, "run_library", lambda args: seen.append(gc.isenabled()) or 0)
    assert main(["library"]) == 0
    assert seen == [True]


def _collected(obj: object) -> bool:
    """Whether the collector still looks at ``obj`` (frozen objects are in no generation)."""
    return any(o is obj for o in gc.get_objects())


def test_the_program_spares_its_objects_the_teardown_collections(monkeypatch):
    """``byline`` returns main's exit code, with every object made so far left out of the collections
    the interpreter runs at exit (about 0.15 s with the model loaded); ``main`` alone, as tests and
    scripts call it, freezes nothing."""
    from tui.cli import run

    made = ["an object made before the command"]
    monkeypatch.setattr(run, "dispatch", lambda argv: 3)
    assert run.main([]) == 3
    assert _collected(made)
    monkeypatch.setattr(run.sys, "argv", ["byline"])
    assert run.console() == 3
    assert not _collected(made)
