"""obs:// paths, and the checks every argument and every object key goes through before it is used."""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import TypeGuard

import attrs

from modelarts_hl.errors import InvalidArgumentError, UnsafeObjectKeyError

__all__ = [
    "ObsPath",
    "bucket_name",
    "ensure_inside",
    "existing_local_dir",
    "existing_local_file",
    "is_bucket_name",
    "local_dir_destination",
    "local_relative_path",
    "obs_destination",
    "obs_dir",
    "obs_file",
    "obs_path",
    "relative_key_problem",
    "segment_problem",
]

SCHEME = "obs://"
_BUCKET = re.compile(r"[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]")
_DRIVE = re.compile(r"^[A-Za-z]:")
# C0 controls, DEL and C1 controls: not valid in a file name everywhere, and misleading in a terminal.
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")


@attrs.frozen
class ObsPath:
    """A bucket and a key (possibly empty: the bucket root)."""

    bucket: str
    key: str

    def __str__(self) -> str:
        return f"{SCHEME}{self.bucket}/{self.key}"

    @property
    def name(self) -> str:
        """The last component of the key, ignoring a trailing slash; the bucket name at the root."""
        stripped = self.key.rstrip("/")
        return stripped.rsplit("/", 1)[-1] if stripped else self.bucket

    def child(self, relative: str) -> ObsPath:
        return ObsPath(self.bucket, self.key + relative)


def is_bucket_name(value: object) -> TypeGuard[str]:
    """Whether ``value`` is a valid bucket name: 3 to 63 lowercase letters, digits, '-' or '.'."""
    return isinstance(value, str) and _BUCKET.fullmatch(value) is not None and ".." not in value


def bucket_name(value: object, argument: str) -> str:
    if not is_bucket_name(value):
        raise InvalidArgumentError(
            argument, "a bucket name of 3-63 lowercase letters, digits, '-' or '.'", got=value
        )
    return value


def obs_path(value: object, argument: str) -> ObsPath:
    """Parse ``obs://bucket/key``; the key may be empty."""
    if not isinstance(value, str) or not value.startswith(SCHEME):
        raise InvalidArgumentError(argument, f"a path starting with {SCHEME}", got=value)
    bucket, _, key = value[len(SCHEME) :].partition("/")
    if not is_bucket_name(bucket):
        raise InvalidArgumentError(argument, f"{SCHEME}<bucket>/... with a valid bucket name", got=value)
    if "\x00" in key:
        raise InvalidArgumentError(argument, "an object key without NUL characters", got=value)
    return ObsPath(bucket, key)


def obs_dir(value: object, argument: str) -> ObsPath:
    """An OBS folder: ``obs://bucket/`` or ``obs://bucket/dir/``, ending with a slash."""
    path = obs_path(value, argument)
    if not str(value).endswith("/"):
        raise InvalidArgumentError(argument, "an OBS folder ending with '/'", got=value)
    if "//" in path.key or path.key.startswith("/"):
        raise InvalidArgumentError(argument, "an OBS folder without empty components", got=value)
    return path


def obs_destination(value: object, argument: str, *, folder: bool) -> ObsPath:
    """Where something is written in OBS: a folder (``folder``) or an object path, without empty, ``.`` or
    ``..`` components (a later download would refuse such keys; a reader could take them for a parent)."""
    path = obs_dir(value, argument) if folder else obs_file(value, argument)
    components = path.key.split("/")[:-1] if folder else path.key.split("/")
    if path.key and any(part in ("", ".", "..") for part in components):
        raise InvalidArgumentError(argument, "an OBS path without empty, '.' or '..' components", got=value)
    return path


def obs_file(value: object, argument: str) -> ObsPath:
    """An OBS object: a non-empty key that does not end with a slash."""
    path = obs_path(value, argument)
    if not path.key or path.key.endswith("/"):
        raise InvalidArgumentError(argument, "the path of an object, not ending with '/'", got=value)
    return path


def local_dir_destination(value: object, argument: str) -> Path:
    """A local destination folder: must end with a slash; need not exist yet (it is created)."""
    if not isinstance(value, str) or not value.endswith(("/", os.sep)):
        raise InvalidArgumentError(argument, "a local folder path ending with '/'", got=value)
    path = Path(value)
    if path.exists() and not path.is_dir():
        raise InvalidArgumentError(argument, "a folder (this path exists and is not one)", got=value)
    return path


def existing_local_file(value: object, argument: str) -> Path:
    if not isinstance(value, str | os.PathLike) or not os.path.isfile(value):
        raise InvalidArgumentError(argument, "an existing local file", got=value)
    return Path(value)


def existing_local_dir(value: object, argument: str) -> Path:
    if not isinstance(value, str | os.PathLike) or not os.path.isdir(value):
        raise InvalidArgumentError(argument, "an existing local folder", got=value)
    path = Path(os.path.abspath(value))
    if path.name == "":
        raise InvalidArgumentError(argument, "a folder other than the file system root", got=value)
    return path


def relative_key_problem(relative_key: str) -> str | None:
    """Why a key relative to a download root cannot name a file inside the root, or None when it can.

    Refused: empty or ``.``/``..`` components (also what a leading or doubled slash makes), backslashes
    (separators on Windows), drive letters, and control characters (C0, DEL and C1).
    """
    if not relative_key:
        return "it names no file"
    if "\\" in relative_key:
        return "it contains a backslash"
    if _CONTROL.search(relative_key):
        return "it contains a control character"
    if _DRIVE.match(relative_key):
        return "it starts with a drive letter"
    return segment_problem(relative_key)


def segment_problem(relative_key: str) -> str | None:
    """Why a relative key cannot be appended to a folder (in OBS or on disk), or None when it can."""
    if any(part in ("", ".", "..") for part in relative_key.split("/")):
        return "it has an empty, '.' or '..' component (or is absolute)"
    return None


def local_relative_path(relative_key: str, full_key: str) -> tuple[str, ...]:
    """The components of a key relative to a download root; raises for a key :func:`relative_key_problem`
    refuses."""
    reason = relative_key_problem(relative_key)
    if reason is not None:
        raise UnsafeObjectKeyError(full_key, reason)
    return tuple(relative_key.split("/"))


def ensure_inside(root: Path, target: Path, full_key: str) -> None:
    """Refuse ``target`` when an existing symbolic link would take it outside ``root``."""
    real_root = os.path.realpath(root)
    real_parent = os.path.realpath(target.parent)
    if os.path.commonpath([real_root, real_parent]) != real_root:
        raise UnsafeObjectKeyError(full_key, "a symbolic link in the destination leads outside it")
