"""``modelarts-hl local``: the local backend (``LocalBackend``) in the foreground, and the environment that
points ``Session()`` and this command at it. Needs the ``[local]`` extra.

``start`` and ``env`` print ``export`` lines for a shell (into a pipe too); with ``-o json``
``{"endpoint", "obs_endpoint", "state_dir", "environment"}`` (``environment``: the ``MODELARTS_*`` variables).
"""

from __future__ import annotations

import shlex
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from .context import command, current
from .output import emit

if TYPE_CHECKING:
    from modelarts_hl.local import LocalBackend

__all__ = ["group"]

group = click.Group(
    "local", help="The local backend: ModelArts, IAM and OBS on this machine ([local] extra)."
)

_STATE_DIR = click.option(
    "--state-dir",
    type=click.Path(file_okay=False),
    help="Where jobs, models, services and the generated credentials are kept across restarts.",
)


def _describe(state_dir: str | None, environment: dict[str, str]) -> None:
    document: dict[str, Any] = {
        "endpoint": environment["MODELARTS_ENDPOINT"],
        "obs_endpoint": environment["MODELARTS_OBS_ENDPOINT"],
        "state_dir": state_dir,
        "environment": environment,
    }
    if current().json_asked:
        emit(document)
    else:  # shell lines into a pipe too: eval "$(modelarts-hl local env ...)"
        click.echo("\n".join(f"export {name}={shlex.quote(value)}" for name, value in environment.items()))


@command(group, "start")
@_STATE_DIR
@click.option(
    "--port", type=click.IntRange(0, 65535), default=0, help="API port on 127.0.0.1 (default: any free)."
)
@click.option(
    "--obs-port", type=click.IntRange(0, 65535), default=0, help="Object store port (default: any free)."
)
def start(state_dir: str | None, port: int, obs_port: int) -> None:
    """Run the local backend in the foreground until Ctrl-C (or SIGTERM).

    Prints the environment lines that point Session() and modelarts-hl at it. Without --state-dir its state
    lives in a temporary folder, removed when it stops; with --state-dir it keeps jobs, models, services,
    objects and its ports there, and `local env --state-dir` prints the same lines again from another
    terminal.
    """
    from modelarts_hl.local import LocalBackend

    backend = LocalBackend(state_dir, port=port or None, obs_port=obs_port or None)

    def started(running: LocalBackend) -> None:
        click.echo(
            f"Local ModelArts backend at {running.endpoint}, OBS at {running.obs_endpoint}, state in "
            f"{running.state_dir}. Ctrl-C stops it. Point Session() and modelarts-hl at it with:",
            err=True,
        )
        state_dir = running.config.state_dir
        _describe(None if state_dir is None else str(state_dir), running.environment())

    backend.serve_forever(started, lambda: click.echo("stopping...", err=True))


@command(group, "env")
@click.option(
    "--state-dir", type=click.Path(file_okay=False), required=True, help="The state directory it runs with."
)
@click.option("--auth", type=click.Choice(["aksk", "password"]), default="aksk", show_default=True)
def env(state_dir: str, auth: str) -> None:
    """Print the environment lines for the backend that `local start --state-dir` runs (or ran) there:
    eval "$(modelarts-hl local env --state-dir D)". A restarted backend listens on the same ports."""
    from modelarts_hl.local.environment import state_environment

    try:
        environment = state_environment(Path(state_dir), "password" if auth == "password" else "aksk")
    except FileNotFoundError as error:
        raise click.UsageError(str(error)) from None
    _describe(state_dir, environment)
