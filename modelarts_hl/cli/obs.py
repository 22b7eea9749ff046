"""``modelarts-hl obs``: OBS transfers, over ``session.obs`` (``copy``, ``sync``, ``list_objects``,
``delete``, ``delete_prefix``, ``create_bucket``).

Transfers show progress bars when stderr is a terminal (the library's own), never in a pipe or a log.
JSON output: ``ls`` an array of ``{"path", "bucket", "key", "size", "etag", "last_modified"}``; ``cp`` the
transfer summary ``{"operation", "files", "bytes", "seconds", "skipped", "resumed", "refused"}``; ``sync``
``{"source", "destination", "dry_run", "copied", "skipped", "deleted", "refused", "transfer"}`` (paths
relative to the folders; ``transfer`` is null in a dry run); ``rm`` ``{"path", "deleted"}`` (objects
deleted); ``mb`` ``{"bucket", "created"}``.
"""

from __future__ import annotations

import dataclasses
import itertools
import os
from typing import Any

import click

from .context import command, current
from .output import Column, emit, emit_list

__all__ = ["group"]

group = click.Group("obs", help="OBS objects: ls, cp, sync, rm, mb (obsutil's daily commands).")

_SCHEME = "obs://"


def _plain(value: Any) -> Any:
    """A result object of the library (attrs classes, dataclasses, tuples) as JSON-ready values."""
    import attrs

    if attrs.has(type(value)):
        return {f.name: _plain(getattr(value, f.name)) for f in attrs.fields(type(value))}
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, tuple | list):
        return [_plain(item) for item in value]
    return value


@command(group, "ls")
@click.argument("prefix")
@click.option("--limit", type=click.IntRange(min=1), help="Show at most this many objects.")
def ls(prefix: str, limit: int | None) -> None:
    """List the objects under PREFIX (obs://bucket/dir/), in key order, subfolders included."""
    objects = current().session().obs.list_objects(prefix)
    found = [
        {
            **_plain(info),
            "path": info.path,
            "last_modified": info.last_modified.isoformat() if info.last_modified else None,
        }
        for info in itertools.islice(objects, limit)
    ]
    emit_list(
        found,
        (
            Column("SIZE", "size"),
            Column("MODIFIED", lambda item: (item.get("last_modified") or "")[:19].replace("T", " ")),
            Column("PATH", "path"),
        ),
    )


@command(group, "mb")
@click.argument("bucket")
def mb(bucket: str) -> None:
    """Create a bucket (obs://name or name); one this account owns already is fine."""
    name = bucket.removeprefix(_SCHEME).rstrip("/")
    current().session().obs.create_bucket(name)
    emit({"bucket": name, "created": True}, text=f"Bucket {_SCHEME}{name} is ready")


def _is_folder(path: str) -> bool:
    """Whether a copy source is a folder: a local directory, or an OBS path that is a bucket, ends with '/',
    or names no object but has objects under it."""
    if not path.startswith(_SCHEME):
        return os.path.isdir(path)
    if path.endswith("/") or "/" not in path[len(_SCHEME) :]:
        return True
    obs = current().session().obs
    return not obs.exists(path) and obs.exists(path + "/")


@command(group, "cp")
@click.argument("source")
@click.argument("destination")
@click.option("-r", "--recursive", is_flag=True, help="Copy a folder and everything under it.")
@click.option(
    "--flat", is_flag=True, help="Copy a folder's contents, not the folder itself, into DESTINATION."
)
def cp(source: str, destination: str, recursive: bool, flat: bool) -> None:
    """Copy a file or (with -r) a folder: local to OBS, OBS to local, or inside OBS (the server copies).

    A file goes to DESTINATION, or into it under its own name when DESTINATION ends with '/' or is a local
    folder. A folder lands in DESTINATION/<its name>/ (with --flat: DESTINATION/). Unchanged files are
    skipped; an interrupted copy resumes.
    """
    if not recursive and _is_folder(source):
        raise click.UsageError(f"{source} is a folder: copy it with -r")
    summary = current().session().obs.copy(source, destination, keep_last_dir=not flat)
    lines = [f"refused {refused.key}: {refused.reason}" for refused in summary.refused]
    lines.append(
        f"{summary.operation}: {summary.files - summary.skipped} of {summary.files} files transferred "
        f"({summary.skipped} unchanged, {summary.resumed} resumed), {summary.bytes} bytes in "
        f"{summary.seconds:.2f} s"
    )
    emit(_plain(summary), text="\n".join(lines))


@command(group, "sync")
@click.argument("source")
@click.argument("destination")
@click.option("--delete", is_flag=True, help="Also delete destination files the source lacks.")
@click.option(
    "--include", multiple=True, metavar="GLOB", help="Sync only matching paths (relative). Repeatable."
)
@click.option("--exclude", multiple=True, metavar="GLOB", help="Leave matching paths out. Repeatable.")
@click.option("--dry-run", is_flag=True, help="Print what would be done; change nothing.")
@click.option(
    "--compare",
    type=click.Choice(["size_mtime", "size", "content"]),
    default="size_mtime",
    show_default=True,
    help="What makes a file differ.",
)
def sync(
    source: str,
    destination: str,
    delete: bool,
    include: tuple[str, ...],
    exclude: tuple[str, ...],
    dry_run: bool,
    compare: str,
) -> None:
    """Make the folder DESTINATION hold what the folder SOURCE holds (one local, one in OBS), transferring
    only what differs. Patterns match the path relative to the folder; '*' also matches '/'."""
    result = (
        current()
        .session()
        .obs.sync(
            source,
            destination,
            delete=delete,
            include=list(include),
            exclude=list(exclude),
            dry_run=dry_run,
            compare=compare,  # type: ignore[arg-type]
        )
    )
    prefix = "would " if dry_run else ""
    lines = [f"{prefix}copy    {path}" for path in result.copied]
    lines += [f"{prefix}delete  {path}" for path in result.deleted]
    lines += [f"refused {refused.key}: {refused.reason}" for refused in result.refused]
    counts = f"{len(result.copied)} copied, {len(result.skipped)} unchanged, {len(result.deleted)} deleted"
    lines.append(counts + (" (dry run: nothing was changed)" if dry_run else ""))
    emit(_plain(result), text="\n".join(lines))


@command(group, "rm")
@click.argument("path")
@click.option("-r", "--recursive", is_flag=True, help="Delete every object under the folder PATH.")
@click.option("-y", "--yes", is_flag=True, help="Really delete (rm refuses without it).")
def rm(path: str, recursive: bool, yes: bool) -> None:
    """Delete an object, or (with -r) every object under a folder. Refuses without --yes."""
    if not yes:
        what = f"every object under {path}" if recursive else path
        raise click.UsageError(f"refusing to delete {what} without --yes")
    obs = current().session().obs
    if recursive:
        deleted = obs.delete_prefix(path if path.endswith("/") else path + "/", confirm=True)
    else:
        deleted = 1 if obs.exists(path) else 0  # deleting an absent object is no error, and no deletion
        obs.delete(path)
    emit({"path": path, "deleted": deleted}, text=f"Deleted {deleted} object(s) at {path}")
