"""The collector held while the command line starts (tui.services.startup)."""

from __future__ import annotations

import gc

import pytest

from tui.cli import main
from tui.services.startup import hold_collection, release_collection


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
