"""How clients reach a local backend: ``Session`` arguments, or the ``MODELARTS_*`` variables giving them.

A running backend answers them (``backend.settings()``, ``backend.environment()``); a state directory answers
them without a running backend (:func:`state_environment`), from the identity and ports its backend recorded:
what a command line prints for ``eval``-ing in a shell, or a test hands to a subprocess.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any, Literal

from modelarts_hl._core.credentials import environment_name

from .state_file import read_identity, read_ports

__all__ = ["Auth", "session_settings", "settings_environment", "state_environment"]

Auth = Literal["aksk", "password"]


def session_settings(
    identity: Mapping[str, str], *, endpoint: str, obs_endpoint: str, auth: Auth = "aksk"
) -> dict[str, Any]:
    """The ``Session`` arguments of a backend with this identity, listening at these endpoints."""
    if auth == "aksk":
        credentials = {"access_key": identity["access_key"], "secret_key": identity["secret_key"]}
    elif auth == "password":
        credentials = {
            "username": identity["username"],
            "password": identity["password"],
            "account": identity["account"],
        }
    else:
        raise ValueError(f"auth: expected 'aksk' or 'password', got {auth!r}")
    return {
        **credentials,
        "project_id": identity["project_id"],
        "region_name": identity["region_name"],
        "iam_endpoint": endpoint,
        "modelarts_endpoint": endpoint,
        "obs_endpoint": obs_endpoint,
        "obs_signature": "v4",
        "obs_path_style": True,
    }


def settings_environment(settings: Mapping[str, Any]) -> dict[str, str]:
    """The environment variables with which ``Session()`` takes these arguments."""
    return {
        environment_name(name): ("true" if value else "false") if isinstance(value, bool) else str(value)
        for name, value in settings.items()
    }


def state_environment(state_dir: Path, auth: Auth = "aksk", host: str = "127.0.0.1") -> dict[str, str]:
    """The variables of the backend that last ran on ``state_dir`` (it listens there again when restarted)."""
    state_dir = state_dir.expanduser()
    identity, ports = read_identity(state_dir), read_ports(state_dir)
    if "port" not in ports or "obs_port" not in ports or not identity:
        raise FileNotFoundError(
            f"{state_dir} holds no local backend (start one with --state-dir {state_dir})"
        )
    settings = session_settings(
        identity,
        endpoint=f"http://{host}:{ports['port']}",
        obs_endpoint=f"http://{host}:{ports['obs_port']}",
        auth=auth,
    )
    return settings_environment(settings)
