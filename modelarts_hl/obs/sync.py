"""What a sync does: which files of the source the destination lacks or holds differently, which files of the
destination the source lacks, and what the call reports.

Both sides are listed first and compared by relative path; nothing is written while deciding, so a dry run
is the same decision without the transfer. ``compare``:

- ``"size_mtime"`` (default, as obsutil and rclone): a file is copied when the sizes differ or the source is
  newer than the destination, to the second (object times are whole seconds; a download gives the file its
  object's time, so an unchanged object is not fetched again);
- ``"size"``: only when the sizes differ;
- ``"content"``: when the sizes differ or the content does, by the CRC-32 recorded in the object or else
  its ETag (the local file is read; the object never is).
"""

from __future__ import annotations

import fnmatch
import math
from collections.abc import Callable, Iterable, Mapping
from typing import Literal

import attrs

from modelarts_hl.errors import InvalidArgumentError, RefusedKey

from .summary import TransferSummary

__all__ = ["Compare", "Entry", "Filter", "SyncPlan", "SyncResult", "plan_sync"]

Compare = Literal["size_mtime", "size", "content"]
COMPARE_VALUES: tuple[Compare, ...] = ("size_mtime", "size", "content")


@attrs.frozen
class Entry:
    """One file of a side: size and modification time (seconds since the epoch)."""

    size: int
    mtime: float


@attrs.frozen
class SyncPlan:
    copy: tuple[str, ...]
    skip: tuple[str, ...]
    delete: tuple[str, ...]


@attrs.frozen(repr=False)
class SyncResult:
    """What a sync did (or, with ``dry_run``, would do), as paths relative to the synced folders.

    ``copied``: files transferred because the destination lacked them or held them differently; ``skipped``:
    files already the same; ``deleted``: destination files the source lacks (only with ``delete=True``);
    ``refused``: object keys that cannot become local files, left out (only with ``skip_unusable_keys``);
    ``transfer``: the transfer's summary (None in a dry run).
    """

    source: str
    destination: str
    dry_run: bool
    copied: tuple[str, ...]
    skipped: tuple[str, ...]
    deleted: tuple[str, ...]
    refused: tuple[RefusedKey, ...] = ()
    transfer: TransferSummary | None = None

    def __repr__(self) -> str:
        mode = " (dry run)" if self.dry_run else ""
        return (
            f"<SyncResult{mode} {self.source} -> {self.destination}: {len(self.copied)} copied, "
            f"{len(self.skipped)} skipped, {len(self.deleted)} deleted"
            + (f", {len(self.refused)} keys refused" if self.refused else "")
            + ">"
        )

    __str__ = __repr__


def _patterns(argument: str, value: object) -> tuple[str, ...]:
    # One string is one pattern (iterating it would give one pattern per character); None is none.
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,)
    if isinstance(value, Iterable) and not isinstance(value, Mapping | bytes):
        patterns = tuple(value)
        if all(isinstance(p, str) and p for p in patterns):
            return patterns
    raise InvalidArgumentError(argument, "a glob pattern or a list of glob patterns", got=value)


@attrs.frozen
class Filter:
    """include/exclude glob patterns, matched against the whole relative path (``*`` also matches ``/``)."""

    include: tuple[str, ...]
    exclude: tuple[str, ...]

    @classmethod
    def of(cls, include: object, exclude: object) -> Filter:
        return cls(_patterns("include", include), _patterns("exclude", exclude))

    def __call__(self, relative: str) -> bool:
        if self.include and not any(fnmatch.fnmatchcase(relative, p) for p in self.include):
            return False
        return not any(fnmatch.fnmatchcase(relative, p) for p in self.exclude)


def _newer(source: Entry, destination: Entry) -> bool:
    return math.floor(source.mtime) > math.floor(destination.mtime)


def plan_sync(
    source: Mapping[str, Entry],
    destination: Mapping[str, Entry],
    compare: Compare,
    same_content: Callable[[str], bool],
    *,
    delete: bool,
) -> SyncPlan:
    """Decide per relative path; ``same_content(relative)`` is asked only for files of equal size."""
    copy: list[str] = []
    skip: list[str] = []
    for relative in sorted(source):
        there = destination.get(relative)
        if there is None or there.size != source[relative].size:
            changed = True
        elif compare == "size_mtime":
            changed = _newer(source[relative], there)
        elif compare == "content":
            changed = not same_content(relative)
        else:
            changed = False
        (copy if changed else skip).append(relative)
    extraneous = sorted(set(destination) - set(source)) if delete else []
    return SyncPlan(tuple(copy), tuple(skip), tuple(extraneous))
