"""What a state directory remembers between runs of a local backend: its identity and its ports.

``identity.json`` keeps the generated project, user and keys, ``ports.json`` the ports the API and the object
store listened on. A backend started again on the directory takes both back (unless told otherwise), so
clients configured for the earlier run, a pasted ``Session(...)`` line or exported ``MODELARTS_*`` variables,
keep working. The files are written owner-only: they hold the keys.
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any

__all__ = ["IDENTITY_FIELDS", "read_identity", "read_ports", "write_identity", "write_ports"]

IDENTITY_FIELDS = (
    "project_id",
    "region_name",
    "account",
    "username",
    "password",
    "access_key",
    "secret_key",
)
_IDENTITY_FILE = "identity.json"
_PORTS_FILE = "ports.json"
_PORT_FIELDS = ("port", "obs_port")


def read_identity(state_dir: Path) -> dict[str, str]:
    """The identity a previous run generated in this state directory (empty for a new directory)."""
    loaded = _read(state_dir / _IDENTITY_FILE)
    return {name: loaded[name] for name in IDENTITY_FIELDS if isinstance(loaded.get(name), str)}


def write_identity(state_dir: Path, identity: Mapping[str, str]) -> None:
    _write(state_dir / _IDENTITY_FILE, {name: identity[name] for name in IDENTITY_FIELDS})


def read_ports(state_dir: Path) -> dict[str, int]:
    """The ports a previous run listened on (``port``, ``obs_port``), those it recorded."""
    loaded = _read(state_dir / _PORTS_FILE)
    return {
        name: value
        for name in _PORT_FIELDS
        if isinstance(value := loaded.get(name), int) and not isinstance(value, bool) and 0 < value < 65536
    }


def write_ports(state_dir: Path, *, port: int, obs_port: int | None) -> None:
    ports = {"port": port, **({"obs_port": obs_port} if obs_port is not None else {})}
    _write(state_dir / _PORTS_FILE, ports)


def _read(path: Path) -> dict[str, Any]:
    if not path.is_file():
        return {}
    try:
        loaded = json.loads(path.read_text(encoding="utf-8"))
    except ValueError:
        return {}
    return loaded if isinstance(loaded, dict) else {}


def _write(path: Path, content: Mapping[str, Any]) -> None:
    # Written beside and renamed into place: a backend stopped mid-write leaves the previous file.
    partial = path.with_name(path.name + ".partial")
    descriptor = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
        json.dump(dict(content), handle)
    os.replace(partial, path)
