"""What every command shares: the global options (``--profile``, ``--output``, ``--debug``, ``--verbose``),
the session they select, and the decorator that gives a command those options.

Nothing of the library is imported here at module level: ``modelarts-hl --help`` and shell completion load
only click and this package; a command imports what it uses when it runs.
"""

from __future__ import annotations

import functools
import logging
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal, TypeVar

import click

if TYPE_CHECKING:
    from modelarts_hl.session import Session

__all__ = ["Options", "command", "current", "global_options"]

F = TypeVar("F", bound=Callable[..., Any])
Format = Literal["table", "json"]


@dataclass
class Options:
    """The global options of one run; a command's own ``--profile`` or ``--output`` wins over the root's."""

    profile: str | None = None
    output: Format | None = None
    debug: bool = False
    verbose: bool = False
    _session: Session | None = field(default=None, repr=False)

    @property
    def format(self) -> Format:
        """``--output``, else a table for a person at a terminal and JSON for a script or a pipe."""
        if self.output is not None:
            return self.output
        isatty = getattr(sys.stdout, "isatty", None)
        return "table" if isatty is not None and isatty() else "json"

    @property
    def json(self) -> bool:
        return self.format == "json"

    @property
    def json_asked(self) -> bool:
        """Whether ``--output json`` was given: commands whose text is the product (a log, shell lines) print
        text into a pipe too, and JSON only when asked."""
        return self.output == "json"

    def session(self) -> Session:
        """The session ``Session()`` finds (environment variables, then the profile file), made once."""
        if self._session is None:
            from modelarts_hl.session import Session

            self._session = Session(profile=self.profile)
        return self._session

    def start_logging(self) -> None:
        """Library warnings (and with ``--verbose``/``--debug`` its progress and requests) on stderr."""
        level = logging.DEBUG if self.debug else logging.INFO if self.verbose else logging.WARNING
        logger = logging.getLogger("modelarts_hl")
        logger.setLevel(level)
        if not any(getattr(handler, "modelarts_hl_cli", False) for handler in logger.handlers):
            handler = logging.StreamHandler(sys.stderr)
            handler.setFormatter(logging.Formatter("%(levelname)s: %(message)s"))
            handler.modelarts_hl_cli = True  # type: ignore[attr-defined]
            logger.addHandler(handler)

    def close(self) -> None:
        if self._session is not None:
            self._session.close()
            self._session = None


def current() -> Options:
    """The options of the running command."""
    options = click.get_current_context().find_object(Options)
    if options is None:  # a command invoked outside main() (never by the console script)
        options = click.get_current_context().find_root().ensure_object(Options)
    return options


def _setter(name: str) -> Callable[[click.Context, click.Parameter, Any], None]:
    def store(ctx: click.Context, param: click.Parameter, value: Any) -> None:
        # Unset (None) or a flag left off must not undo what the root options said.
        if value is not None and value is not False:
            setattr(ctx.find_root().ensure_object(Options), name, value)

    return store


def global_options(function: F) -> F:
    """``--profile``, ``--output``, ``--debug`` and ``--verbose``: on the root and on every command."""
    decorators = (
        click.option(
            "--profile",
            metavar="NAME",
            expose_value=False,
            callback=_setter("profile"),
            help="Profile of ~/.modelarts/config (default: MODELARTS_PROFILE, else 'default').",
        ),
        click.option(
            "-o",
            "--output",
            type=click.Choice(["table", "json"]),
            expose_value=False,
            callback=_setter("output"),
            help="table for people, json for scripts (default: table on a terminal, else json).",
        ),
        click.option(
            "--debug",
            is_flag=True,
            expose_value=False,
            callback=_setter("debug"),
            help="Log requests (secrets redacted) and show tracebacks.",
        ),
        click.option(
            "-v",
            "--verbose",
            is_flag=True,
            expose_value=False,
            callback=_setter("verbose"),
            help="Log what the library does (uploads, deployments).",
        ),
    )
    for decorate in reversed(decorators):
        function = decorate(function)
    return function


def command(group: click.Group | None, name: str, **settings: Any) -> Callable[[F], click.Command]:
    """A command (of ``group``, if given) with the global options; its function runs with logging set up."""

    def decorate(function: F) -> click.Command:
        @functools.wraps(function)
        def run(*args: Any, **kwargs: Any) -> Any:
            current().start_logging()
            return function(*args, **kwargs)

        # The global options come last in --help, after the command's own.
        own = list(getattr(run, "__click_params__", []))
        run.__click_params__ = []  # type: ignore[attr-defined]
        global_options(run)
        run.__click_params__ = run.__click_params__ + own  # type: ignore[attr-defined]
        make = click.command if group is None else group.command
        return make(name, **settings)(run)

    return decorate
