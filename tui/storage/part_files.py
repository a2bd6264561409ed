"""The parsed parts of a long text whose analysis is not finished, so that an interrupted analysis
resumes where it stopped. One folder per text, model and analyser version under ``parts/`` in the
data folder, one file per part; the folder goes once the whole analysis is in the cache.

Files rather than SQLite rows: parts are written by the analysing thread or process as they
arrive, are large (compressed, some 30 bytes a token) and are thrown away soon after.
"""

from __future__ import annotations

import os
import re
import shutil
from pathlib import Path

from tui.storage.paths import data_dir


class PartFiles:
    """What ``nlp.streaming.parse_parts`` takes as its part store: ``load(key)`` and ``save(key, data)``."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    @classmethod
    def of(cls, text_hash: str, model: str, model_version: str, analyser_version: str) -> "PartFiles":
        name = re.sub(r"[^\w.-]", "_", f"{text_hash}-{model}-{model_version}-{analyser_version}")
        return cls(data_dir() / "parts" / name)

    def load(self, key: str) -> bytes | None:
        try:
            return (self.folder / key).read_bytes()
        except OSError:
            return None

    def save(self, key: str, data: bytes) -> None:
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            partial = self.folder / f".{key}.tmp"
            partial.write_bytes(data)
            os.replace(partial, self.folder / key)  # a part is there whole or not at all
        except OSError:
            pass  # a full or read-only disk costs a re-parse after an interruption, nothing more

    def keys(self) -> list[str]:
        try:
            return sorted(p.name for p in self.folder.iterdir() if not p.name.startswith("."))
        except OSError:
            return []

    def discard(self) -> None:
        shutil.rmtree(self.folder, ignore_errors=True)
