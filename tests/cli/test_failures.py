"""Failures: one line (or one JSON document) on stderr, exit codes 1 and 2, tracebacks only with --debug, and
never a secret."""

from __future__ import annotations

import json
from pathlib import Path

from modelarts_hl.local import LocalBackend

from .conftest import Cli, clean_environment

MISSING_JOB = "00000000-0000-0000-0000-000000000000"


def test_an_api_error_is_one_line_with_code_message_and_request_id(cli: Cli) -> None:
    ran = cli("jobs", "show", MISSING_JOB, "-o", "table", expect=1)
    [line] = ran.err.splitlines()
    assert line.startswith("error: NotFoundError: 404 ModelArts.") and MISSING_JOB in line
    assert "(request id " in line and ran.out == ""

    error = cli("jobs", "show", MISSING_JOB, "-o", "json", expect=1).error()
    assert error["type"] == "NotFoundError" and error["exit_code"] == 1
    assert error["status_code"] == 404 and error["error_code"].startswith("ModelArts.")
    assert error["request_id"] and error["request_id"] in error["message"]
    # In a pipe the output is JSON, and so are errors.
    assert cli("services", "show", MISSING_JOB, expect=1).error()["type"] == "NotFoundError"


def test_refused_arguments_and_wrong_command_lines_exit_2(cli: Cli) -> None:
    refused = cli("jobs", "show", "not an id!", "-o", "table", expect=2)
    assert (
        refused.err.startswith("error: InvalidArgumentError: invalid job_id")
        and "Traceback" not in refused.err
    )
    assert cli("jobs", "show", "not an id!", "-o", "json", expect=2).error()["argument"] == "job_id"
    assert "No such command" in cli("jobs", "lsit", expect=2).err
    assert "Missing argument" in cli("jobs", "show", expect=2).err
    usage = cli("jobs", "show", "-o", "json", expect=2).error()
    assert usage["type"] == "UsageError" and "JOB_ID" in usage["message"]
    assert "NAME=VALUE" in cli("jobs", "submit", "--param", "novalue", expect=2).err


def test_missing_credentials_are_one_line(tmp_path: Path) -> None:
    bare = Cli(clean_environment(tmp_path), tmp_path)
    [line] = bare("jobs", "list", "-o", "table", expect=1).err.splitlines()
    assert line.startswith("error: CredentialsNotFoundError: No ModelArts credentials found")


def test_debug_shows_the_traceback_and_the_requests_but_never_a_secret(
    cli: Cli, backend: LocalBackend
) -> None:
    quiet = cli("jobs", "show", MISSING_JOB, "-o", "table", expect=1)
    assert "Traceback" not in quiet.err
    loud = cli("jobs", "show", MISSING_JOB, "-o", "table", "--debug", expect=1)
    assert "Traceback (most recent call last)" in loud.err and "DEBUG" in loud.err
    same_line = quiet.err.rsplit("(request id", 1)[0]
    assert loud.err.rstrip().splitlines()[-1].startswith(same_line), "the same line closes it"
    assert backend.secret_key not in loud.out + loud.err

    wrong = "wrong-secret-0123456789abcdefghijklmnop"
    denied = cli("jobs", "list", "--debug", env={"MODELARTS_SECRET_KEY": wrong}, expect=1)
    assert "AuthenticationError" in denied.err and "Traceback" in denied.err
    assert wrong not in denied.out + denied.err
    assert json.loads(denied.err.splitlines()[-1])["error"]["status_code"] == 401
