"""``modelarts-hl``: the command line over the library (``python -m modelarts_hl`` runs the same).

The command tree is built from click alone; each command imports the library when it runs, so ``--help`` and
shell completion stay fast.
"""

from __future__ import annotations

from collections.abc import Sequence

import click

from . import completion, configure, jobs, local, models, obs, services
from .context import Options, global_options
from .failures import report, report_usage

__all__ = ["cli", "main"]

PROG = "modelarts-hl"


@click.group(
    name=PROG,
    context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 110},
)
@click.version_option(package_name="modelarts-hl", prog_name=PROG)
@global_options
def cli() -> None:
    """ModelArts and OBS from the terminal: training jobs, models, services, object transfers, and a local
    backend to try them on.

    Credentials and endpoints come as Session() finds them: MODELARTS_* environment variables, then a profile
    of ~/.modelarts/config (write one with `modelarts-hl configure`).
    """


for command in (
    configure.configure,
    jobs.group,
    models.group,
    services.group,
    obs.group,
    local.group,
    completion.completion,
):
    cli.add_command(command)


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; returns its exit code (0 success, 1 failure, 2 usage error)."""
    options = Options()
    try:
        try:
            result = cli.main(
                args=list(argv) if argv is not None else None,
                prog_name=PROG,
                standalone_mode=False,
                obj=options,
            )
        finally:
            options.close()
    except click.exceptions.Exit as done:
        return done.exit_code
    except click.ClickException as error:
        return report_usage(error, options)
    except (click.Abort, KeyboardInterrupt):
        click.echo("Aborted.", err=True)
        return 130
    except Exception as error:
        return report(error, options)
    return result if isinstance(result, int) else 0
