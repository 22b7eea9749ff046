"""``modelarts-hl completion bash|zsh|fish``: the shell completion script (click's), to source in a shell's
start-up file::

    eval "$(modelarts-hl completion bash)"     # ~/.bashrc
    eval "$(modelarts-hl completion zsh)"      # ~/.zshrc
"""

from __future__ import annotations

import click

__all__ = ["COMPLETE_VARIABLE", "completion"]

COMPLETE_VARIABLE = "_MODELARTS_HL_COMPLETE"


@click.command("completion")
@click.argument("shell", type=click.Choice(["bash", "zsh", "fish"]))
def completion(shell: str) -> None:
    """Print the completion script of SHELL (eval "$(modelarts-hl completion bash)" in ~/.bashrc)."""
    from click.shell_completion import get_completion_class

    context = click.get_current_context()
    root = context.find_root()
    complete = get_completion_class(shell)
    assert complete is not None  # one of the shells click knows
    click.echo(complete(root.command, {}, root.info_name or "modelarts-hl", COMPLETE_VARIABLE).source())
