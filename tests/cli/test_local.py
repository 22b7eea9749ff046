"""``local start`` runs the backend in the foreground, ``local env`` prints how to reach it, and a missing
[local] extra is one line wherever the backend is needed."""

from __future__ import annotations

import signal
import socket
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from ..waiting import HANG
from .conftest import EXECUTABLE, Cli, clean_environment

EXPORTED = 9  # MODELARTS_*: project, region, three endpoints, OBS signature and path style, two keys


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def _exports(lines: list[str]) -> dict[str, str]:
    found = {}
    for line in lines:
        name, _, value = line.removeprefix("export ").partition("=")
        found[name] = value
    return found


@pytest.mark.slow
def test_start_prints_the_environment_env_prints_it_again_and_sigterm_stops(tmp_path: Path) -> None:
    env = clean_environment(tmp_path)
    state, port, obs_port = tmp_path / "state", str(_free_port()), str(_free_port())
    settings = ["--state-dir", str(state), "--port", port, "--obs-port", obs_port]
    process = subprocess.Popen(
        [str(EXECUTABLE), "local", "start", *settings],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        assert process.stdout is not None and process.stderr is not None
        lines = [process.stdout.readline() for _ in range(EXPORTED)]
        assert all(line.startswith("export MODELARTS_") for line in lines), lines
        exported = _exports([line.rstrip("\n") for line in lines])
        assert exported["MODELARTS_ENDPOINT"] == f"http://127.0.0.1:{port}"
        assert exported["MODELARTS_OBS_ENDPOINT"] == f"http://127.0.0.1:{obs_port}"

        cli = Cli(env, tmp_path)
        # The state directory remembers the ports: it alone is enough.
        located = ["--state-dir", str(state)]
        assert _exports(cli("local", "env", *located).out.splitlines()) == exported, (
            "shell lines, in a pipe too"
        )
        described = cli("local", "env", *located, "-o", "json").json()
        assert described == {
            "endpoint": exported["MODELARTS_ENDPOINT"],
            "obs_endpoint": exported["MODELARTS_OBS_ENDPOINT"],
            "state_dir": str(state),
            "environment": exported,
        }
        # The lines point the command (and Session()) at the backend.
        assert Cli({**env, **exported}, tmp_path)("jobs", "flavors").json()

        process.send_signal(signal.SIGTERM)
        assert process.wait(HANG) == 0
        assert "stopping" in process.stderr.read()
    finally:
        if process.poll() is None:
            process.kill()
            process.wait(10)


def test_env_needs_a_backend_that_ran_there(tmp_path: Path) -> None:
    cli = Cli(clean_environment(tmp_path), tmp_path)
    never = tmp_path / "never"
    assert f"{never} holds no local backend" in cli("local", "env", "--state-dir", str(never), expect=2).err
    assert "--state-dir" in cli("local", "env", expect=2).err


@pytest.fixture
def without_the_extra(tmp_path: Path) -> dict[str, str]:
    """An environment where the local backend's server (uvicorn) cannot be imported, as without [local]."""
    fake = tmp_path / "blocked" / "uvicorn"
    fake.mkdir(parents=True)
    (fake / "__init__.py").write_text(
        textwrap.dedent(
            """
            raise ModuleNotFoundError("No module named 'uvicorn'", name="uvicorn")
            """
        )
    )
    return clean_environment(tmp_path, {"PYTHONPATH": str(fake.parent)})


@pytest.mark.parametrize(
    "command",
    [
        (str(EXECUTABLE), "local", "start", "-o", "table"),
        (sys.executable, "-m", "modelarts_hl.local"),
        (sys.executable, "-m", "modelarts_hl.demo"),
    ],
    ids=["modelarts-hl local start", "python -m modelarts_hl.local", "python -m modelarts_hl.demo"],
)
def test_a_missing_extra_is_one_line(
    without_the_extra: dict[str, str], tmp_path: Path, command: tuple[str, ...]
) -> None:
    ran = Cli(without_the_extra, tmp_path)(command=command, expect=1)
    [line] = ran.err.strip().splitlines()
    assert "pip install 'modelarts-hl[local]'" in line and "uvicorn" in line
    assert "Traceback" not in ran.err
