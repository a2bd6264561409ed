"""The user's keymap file: ``binding_id = "keys"`` lines in TOML, applied with ``App.set_keymap``.

Example (``byline`` looks for it at ``storage.paths.keymap_path()``)::

    next-mention = "]"
    next-same-actor = "*,ctrl+n"
    quit = "q,ctrl+q"

A file that cannot be used is reported as one line for an in-app notice; the default keys stay.
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable


def load_keymap(path: Path, known_ids: Callable[[], set[str]]) -> tuple[dict[str, str], list[str]]:
    """The usable entries of the keymap at ``path`` and one message per problem found;
    ``known_ids`` is asked for only when there is a file (not on every start)."""
    try:
        raw = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return {}, []
    except (OSError, UnicodeDecodeError) as exc:
        return {}, [f"{path}: the keymap cannot be read ({exc}); using the default keys"]
    import tomllib  # only when there is a keymap: not on every start

    try:
        data = tomllib.loads(raw)
    except tomllib.TOMLDecodeError as exc:
        return {}, [f"{path}: the keymap is not valid TOML ({exc}); using the default keys"]
    keymap: dict[str, str] = {}
    problems: list[str] = []
    known = known_ids()
    for binding_id, keys in data.items():
        if binding_id not in known:
            problems.append(f"{path}: unknown binding id {binding_id!r} (the help screen, ? or F1, lists them)")
        elif not isinstance(keys, str) or not keys.strip() or any(not k.strip() for k in keys.split(",")):
            problems.append(f"{path}: {binding_id} must be a string of keys such as \"ctrl+n\" or \"n,down\"")
        else:
            keymap[binding_id] = ",".join(k.strip() for k in keys.split(","))
    return keymap, problems


def conflicts(keymap: dict[str, str], scopes) -> list[str]:
    """One message per key that two bindings active at the same time now share (after the
    user's keymap): ``scopes`` are lists of bindings that are active together."""
    from textual.binding import Binding

    problems: list[str] = []
    for scope in scopes:
        owners: dict[str, list[str]] = {}
        for binding in Binding.make_bindings(scope):
            if not binding.id:
                continue
            keys = keymap.get(binding.id, binding.key)
            for key in (k.strip() for k in keys.split(",")):
                if binding.id not in owners.setdefault(key, []):
                    owners[key].append(binding.id)
        for key, ids in owners.items():
            if len(ids) > 1 and any(i in keymap for i in ids):
                problems.append(f"The key {key!r} is bound to both {ids[0]} and {ids[1]}: "
                                f"only one of them works; change one in the keymap")
    return problems
