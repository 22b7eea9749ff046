"""``modelarts-hl configure``: write the profile of ``~/.modelarts/config`` that ``Session()`` reads.

The secret (secret key or password) is prompted without echo at a terminal, or read from the first line of
standard input otherwise (``printf '%s\\n' "$SK" | modelarts-hl configure ...``); it is never printed, logged
or passed as an option (options show in the process list and the shell history). Enter nothing to keep the
profile's current secret. The file is written with ``modelarts_hl.profiles.write_profile``: mode 600, atomic.

JSON output: ``{"profile", "path", "keys"}`` (the keys written; never their values).
"""

from __future__ import annotations

import os
import sys
from typing import Any

import click

from .context import command, current
from .output import emit

__all__ = ["configure"]

_AKSK = ("access_key", "secret_key", "security_token")
_PASSWORD = ("username", "password", "account")
_LABELS = {
    "access_key": "Access key",
    "username": "IAM user name",
    "account": "Account (domain) name, if not the user name",
    "project_id": "Project id",
    "region_name": "Region (cn-north-4, ...)",
}


def _interactive() -> bool:
    isatty = getattr(sys.stdin, "isatty", None)
    return bool(isatty and isatty())


def _secret(label: str, current_value: str | None, interactive: bool) -> str:
    if interactive:
        hint = " (Enter keeps the current one)" if current_value else ""
        given = click.prompt(f"{label}{hint}", hide_input=True, default="", show_default=False)
    else:
        given = sys.stdin.readline().strip()
    if given:
        return str(given)
    if current_value:
        return current_value
    where = "at the prompt" if interactive else "on the first line of standard input"
    raise click.UsageError(f"no {label.lower()} given {where}")


@command(None, "configure")
@click.option(
    "--auth", type=click.Choice(["aksk", "password"]), help="Access keys or an IAM user's password."
)
@click.option("--access-key", help="Access key id (the secret key is prompted).")
@click.option("--username", help="IAM user name (the password is prompted).")
@click.option("--account", help="Account (domain) name, when it differs from the user name.")
@click.option("--project-id", help="Project id of the region.")
@click.option("--region", "region_name", help="Region id (cn-north-4, ...).")
@click.option("--iam-endpoint", help="IAM endpoint (default: derived from the region).")
@click.option(
    "--endpoint", "modelarts_endpoint", help="ModelArts endpoint (default: derived from the region)."
)
@click.option("--obs-endpoint", help="OBS endpoint (default: derived from the region).")
@click.option("--obs-signature", type=click.Choice(["obs", "v4"]), help="v4 for S3-compatible stores.")
@click.option("--obs-path-style/--no-obs-path-style", default=None, help="Path-style bucket addressing.")
def configure(auth: str | None, obs_path_style: bool | None, **flags: Any) -> None:
    """Write a profile of ~/.modelarts/config (MODELARTS_CONFIG_FILE) for Session() and this command.

    Asks for what the options do not give at a terminal; the secret is prompted without echo, or read from the
    first line of standard input in a script.
    """
    from modelarts_hl.profiles import read_profile, write_profile

    name = current().profile or os.environ.get("MODELARTS_PROFILE") or "default"
    values = read_profile(name)
    given = {key: value for key, value in flags.items() if value is not None}
    if obs_path_style is not None:
        given["obs_path_style"] = "true" if obs_path_style else "false"
    if auth is None:
        # The kind of credentials given now, else the profile's.
        if "access_key" in given or "username" in given:
            auth = "aksk" if "access_key" in given else "password"
        else:
            auth = "password" if "username" in values and "access_key" not in values else "aksk"
    for key in _PASSWORD if auth == "aksk" else _AKSK:
        values.pop(key, None)
    values.update(given)
    interactive = _interactive()
    asked = (
        ("access_key", "project_id", "region_name")
        if auth == "aksk"
        else ("username", "account", "project_id", "region_name")
    )
    if interactive:
        for key in asked:
            if key not in given:
                answer = click.prompt(
                    _LABELS[key], default=values.get(key, ""), show_default=bool(values.get(key))
                )
                if str(answer).strip():
                    values[key] = str(answer).strip()
                else:
                    values.pop(key, None)
    secret_key = "secret_key" if auth == "aksk" else "password"
    values[secret_key] = _secret(
        "Secret key" if auth == "aksk" else "Password", values.get(secret_key), interactive
    )
    path = write_profile(name, values)
    emit(
        {"profile": name, "path": str(path), "keys": sorted(values)},
        text=f"Wrote profile [{name}] to {path} ({', '.join(sorted(values))})",
    )
