"""Analyses cached by text hash, model, model version and analyser version."""

from __future__ import annotations

import json
import sqlite3

from tui.core.model import Analysis


def get(conn: sqlite3.Connection, text_hash: str, model: str, model_version: str,
        analyser_version: str) -> Analysis | None:
    row = conn.execute(
        "SELECT analysis FROM analyses WHERE text_hash=? AND model=? AND model_version=? "
        "AND analyser_version=?", (text_hash, model, model_version, analyser_version)).fetchone()
    if row is None:
        return None
    try:
        return Analysis.from_dict(json.loads(row[0]))
    except (ValueError, KeyError, TypeError):
        return None  # an unreadable entry is simply recomputed


def put(conn: sqlite3.Connection, text_hash: str, analysis: Analysis) -> None:
    conn.execute(
        "INSERT OR REPLACE INTO analyses (text_hash, model, model_version, analyser_version, analysis) "
        "VALUES (?, ?, ?, ?, ?)",
        (text_hash, analysis.model_name, analysis.model_version, analysis.analyser_version,
         json.dumps(analysis.to_dict(), ensure_ascii=False)))
