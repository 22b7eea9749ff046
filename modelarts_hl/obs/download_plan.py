"""Where each object of a download goes, decided for all of them before the first byte is written.

A key that cannot become a file at the destination is found here, together with every other such key, so
that a download either writes nothing or (when asked to skip them) leaves them out and says which:
keys that would leave the destination, control characters, names or paths longer than the file system
allows, a key that is both a file and a folder (``a`` and ``a/b``), a file where something that is not a
folder is in the way (or the reverse), and symbolic links in the destination that lead outside it.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

import attrs

from modelarts_hl.errors import RefusedKey, UnusableObjectKeysError

from .paths import relative_key_problem

__all__ = ["PlannedFile", "plan_files"]

_DEFAULT_NAME_MAX = 255
_DEFAULT_PATH_MAX = 4096


@attrs.frozen
class PlannedFile:
    """An object key and the file it becomes."""

    key: str
    dest: Path


def _limit(path: Path, name: str, default: int) -> int:
    """A file system limit (``PC_NAME_MAX``, ``PC_PATH_MAX``) where ``path`` is, or where it will be."""
    for candidate in (path, *path.parents):
        if candidate.exists():
            try:
                return os.pathconf(candidate, name)
            except (OSError, ValueError):
                return default
    return default


def plan_files(
    root: Path, entries: Iterable[tuple[str, str]], *, skip_unusable: bool
) -> tuple[list[PlannedFile], tuple[RefusedKey, ...]]:
    """The file under ``root`` for each ``(key, key relative to root)``, and the keys refused.

    Unless ``skip_unusable``, any refused key raises :class:`UnusableObjectKeysError` listing all of them.
    """
    root = Path(os.path.abspath(root))
    name_max = _limit(root, "PC_NAME_MAX", _DEFAULT_NAME_MAX)
    path_max = _limit(root, "PC_PATH_MAX", _DEFAULT_PATH_MAX)
    problems: dict[str, str] = {}
    candidates: list[tuple[str, tuple[str, ...]]] = []
    for key, relative in entries:
        reason = relative_key_problem(relative)
        parts = tuple(relative.split("/"))
        if reason is None and any(len(os.fsencode(part)) > name_max for part in parts):
            reason = f"a name in it is longer than the file system allows ({name_max} bytes)"
        if reason is None and len(os.fsencode(root.joinpath(*parts))) >= path_max:
            reason = f"the file's path would be longer than the file system allows ({path_max} bytes)"
        if reason is not None:
            problems[key] = reason
        else:
            candidates.append((key, parts))

    folders = {parts[:end] for _, parts in candidates for end in range(1, len(parts))}
    folder_state: dict[tuple[str, ...], str | None] = {}
    planned: list[PlannedFile] = []
    for key, parts in candidates:
        reason = None
        if parts in folders:
            reason = "it is both a file and a folder (other keys lie under it)"
        else:
            reason = _local_obstacle(root, parts, folder_state)
        if reason is not None:
            problems[key] = reason
        else:
            planned.append(PlannedFile(key, root.joinpath(*parts)))
    refused = tuple(RefusedKey(key, reason) for key, reason in sorted(problems.items()))
    if refused and not skip_unusable:
        raise UnusableObjectKeysError(str(root), refused)
    return planned, refused


def _local_obstacle(
    root: Path, parts: tuple[str, ...], folder_state: dict[tuple[str, ...], str | None]
) -> str | None:
    """What already at the destination keeps this file from being written there (checked once per folder)."""
    for end in range(0, len(parts)):
        folder = parts[:end]
        if folder not in folder_state:
            folder_state[folder] = _folder_obstacle(root, folder)
        if folder_state[folder] is not None:
            return folder_state[folder]
    target = root.joinpath(*parts)
    if target.is_dir():
        return f"a folder is in the way at {target}"
    return None


def _folder_obstacle(root: Path, folder: tuple[str, ...]) -> str | None:
    path = root.joinpath(*folder)
    if not os.path.lexists(path):
        return None
    if not path.is_dir():
        return f"a file that is not a folder is in the way at {path}"
    real_root = os.path.realpath(root)
    if os.path.commonpath([real_root, os.path.realpath(path)]) != real_root:
        return "a symbolic link in the destination leads outside it"
    return None
