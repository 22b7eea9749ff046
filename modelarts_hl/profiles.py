"""The profile file ``Session()`` reads: where it is, what a profile holds, and writing one.

The file is ``MODELARTS_CONFIG_FILE`` or ``~/.modelarts/config``, INI with one section per profile and keys
named like the ``Session`` arguments (see :mod:`modelarts_hl._core.credentials`)::

    from modelarts_hl.profiles import read_profile, write_profile

    write_profile("default", {"access_key": "...", "secret_key": "...", "project_id": "...",
                              "region_name": "cn-north-4"})
    Session()                      # finds it
    Session(profile="default")     # names it

``write_profile`` replaces one profile and keeps the others; the file holds secrets, so it is written with
mode 600 (its folder 700 when created), through a temporary file renamed into place: a reader never sees a
half-written file, and a failed write leaves the old one.
"""

from __future__ import annotations

import configparser
import io
import os
import tempfile
from collections.abc import Mapping
from dataclasses import fields
from pathlib import Path

from modelarts_hl._core import credentials
from modelarts_hl.errors import InvalidArgumentError

__all__ = ["PROFILE_KEYS", "SECRET_KEYS", "profile_path", "read_profile", "write_profile"]

PROFILE_KEYS: tuple[str, ...] = tuple(f.name for f in fields(credentials.Settings) if f.name != "source")
SECRET_KEYS = frozenset({"secret_key", "security_token", "password"})
_PAIRS = (("access_key", "secret_key"), ("username", "password"))


def profile_path(environ: Mapping[str, str] | None = None) -> Path:
    """The profile file: ``MODELARTS_CONFIG_FILE``, else ``~/.modelarts/config``."""
    return credentials.config_file_path(os.environ if environ is None else environ)


def _profile_name(profile: object) -> str:
    if (
        not isinstance(profile, str)
        or not profile.strip()
        or profile != profile.strip()
        or any(c in profile for c in "[]\r\n")
        or profile == configparser.DEFAULTSECT
    ):
        raise InvalidArgumentError("profile", "a profile name without brackets or line breaks", got=profile)
    return profile


def read_profile(profile: str, path: Path | None = None) -> dict[str, str]:
    """The settings of one profile (``{}`` when the file or the profile does not exist)."""
    settings = credentials.from_profile(path or profile_path(), _profile_name(profile), required=False)
    return {name: value for name in PROFILE_KEYS if (value := getattr(settings, name)) is not None}


def _checked(values: Mapping[str, str]) -> dict[str, str]:
    unknown = sorted(set(values) - set(PROFILE_KEYS))
    if unknown:
        raise InvalidArgumentError("values", f"keys among {list(PROFILE_KEYS)}", got=unknown)
    checked = {}
    for key, value in values.items():
        if not isinstance(value, str) or not value.strip() or any(c in value for c in "\r\n"):
            shown = "***" if key in SECRET_KEYS else value
            raise InvalidArgumentError(key, "a non-empty value on one line", got=shown)
        checked[key] = value.strip()
    complete = [pair for pair in _PAIRS if all(name in checked for name in pair)]
    partial = [name for pair in _PAIRS for name in pair if name in checked and pair not in complete]
    if partial or len(complete) != 1:
        raise InvalidArgumentError(
            partial[0] if partial else "access_key",
            "either access_key and secret_key, or username and password (one pair, complete)",
        )
    return checked


def write_profile(profile: str, values: Mapping[str, str], path: Path | None = None) -> Path:
    """Write ``values`` as the profile ``profile`` (replacing it; other profiles are kept); returns the file.

    ``values`` holds exactly one complete pair of credentials (``access_key`` + ``secret_key`` or
    ``username`` + ``password``) and any other settings named in :data:`PROFILE_KEYS`.
    """
    name = _profile_name(profile)
    section = _checked(values)
    target = path or profile_path()
    parser = configparser.ConfigParser(interpolation=None)
    try:
        with target.open(encoding="utf-8") as handle:
            parser.read_file(handle)
    except FileNotFoundError:
        pass
    except configparser.Error as error:
        raise InvalidArgumentError(
            "path", f"a readable INI file at {target} ({error.__class__.__name__})"
        ) from None
    if parser.has_section(name):
        parser.remove_section(name)
    parser[name] = section
    text = io.StringIO()
    parser.write(text)
    if not target.parent.exists():
        target.parent.mkdir(mode=0o700, parents=True)
    descriptor, temporary = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
    try:
        with os.fdopen(descriptor, "w", encoding="utf-8") as handle:  # mkstemp creates it with mode 600
            handle.write(text.getvalue())
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return target
