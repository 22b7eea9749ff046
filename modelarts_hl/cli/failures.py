"""How a failure is told: one line on stderr (JSON with ``--output json``) and the exit code.

Exit codes: 0 success, 1 failure (an API error, a failed job or deployment, a missing file), 2 usage error
(a wrong option, or an argument the library refused before any request). A traceback only with ``--debug``;
messages come from the library's exceptions, which never hold a secret.

The JSON form is one line, ``{"error": {"type", "message", "exit_code", ...}}``, with ``status_code``,
``error_code``, ``error_msg``, ``error_solution`` and ``request_id`` for an API error, ``argument`` for a
refused argument, ``job_id`` and ``phase`` for a failed job.
"""

from __future__ import annotations

import json
import sys
import traceback
from typing import Any

import click

from .context import Options

__all__ = ["USAGE", "report", "report_usage"]

FAILURE = 1
USAGE = 2


def _api_line(error: Any) -> str:
    parts = [str(part) for part in (error.status_code, error.error_code) if part]
    line = " ".join(parts) + f": {error.error_msg or 'no message'}"
    if error.error_solution:
        line += f". Solution: {error.error_solution}"
    if error.request_id:
        line += f" (request id {error.request_id})"
    return line


def _describe(error: BaseException) -> tuple[str, dict[str, Any], int]:
    """The one-line message, the fields for JSON, and the exit code of an exception."""
    from modelarts_hl.errors import APIError, InvalidArgumentError, JobFailedError

    if isinstance(error, APIError):
        fields = {
            name: getattr(error, name)
            for name in ("status_code", "error_code", "error_msg", "error_solution", "request_id")
        }
        return _api_line(error), fields, FAILURE
    if isinstance(error, InvalidArgumentError):
        return str(error), {"argument": error.argument}, USAGE
    if isinstance(error, JobFailedError):
        # The log was streamed or is one `jobs logs` away; the line says how the job ended.
        codes = ", ".join(f"{task} exit code {code}" for task, code in error.exit_codes.items())
        secondary = error.secondary_phase
        status = error.phase + (f"/{secondary}" if secondary and secondary != error.phase else "")
        line = f"training job {error.job_id} ended {status}" + (f" ({codes})" if codes else "")
        return line, {"job_id": error.job_id, "phase": error.phase}, FAILURE
    first = str(error).strip().splitlines()
    return (first[0] if first else type(error).__name__), {}, FAILURE


def report(error: BaseException, options: Options) -> int:
    """Tell ``error`` on stderr; returns the exit code."""
    from modelarts_hl.errors import ModelArtsError

    if options.debug:
        traceback.print_exception(error, file=sys.stderr)
    line, fields, code = _describe(error)
    kind = type(error).__name__
    if not isinstance(error, ModelArtsError | OSError):
        line = f"{line} (an unexpected error; --debug shows where)" if not options.debug else line
    if options.json:
        payload = {"type": kind, "message": line, "exit_code": code, **fields}
        click.echo(json.dumps({"error": payload}, default=str), err=True)
    else:
        click.echo(f"error: {kind}: {line}", err=True)
    return code


def report_usage(error: click.ClickException, options: Options) -> int:
    """A wrong command line (click's own errors): click's text, or its JSON form."""
    if options.json and options.output is not None:
        payload = {"type": "UsageError", "message": error.format_message(), "exit_code": error.exit_code}
        click.echo(json.dumps({"error": payload}), err=True)
    else:
        error.show()
    return error.exit_code
