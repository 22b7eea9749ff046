"""The real ``modelarts-hl`` console script, run in a subprocess against a local backend on loopback."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import uuid
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from modelarts_hl.local import LocalBackend

from ..waiting import HANG

# The console script pip installed beside this interpreter (from pyproject.toml's [project.scripts]).
EXECUTABLE = Path(sys.executable).with_name("modelarts-hl")
_SETTINGS_PREFIXES = ("MODELARTS_", "HUAWEICLOUD_SDK_")


@dataclass(frozen=True)
class Ran:
    """One finished run of the command: exit code and what it wrote."""

    args: tuple[str, ...]
    code: int
    out: str
    err: str

    def json(self) -> Any:
        return json.loads(self.out)

    def error(self) -> dict[str, Any]:
        """The JSON error document written on stderr."""
        document: dict[str, Any] = json.loads(self.err)["error"]
        return document


def clean_environment(home: Path, extra: Mapping[str, str] | None = None) -> dict[str, str]:
    """This process's environment without any ModelArts setting, with its own home (profile file, caches)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(_SETTINGS_PREFIXES)}
    env.update(HOME=str(home), PYTHONUNBUFFERED="1", COLUMNS="200", **(extra or {}))
    return env


class Cli:
    """Runs ``modelarts-hl ARGS`` and checks its exit code."""

    def __init__(self, env: Mapping[str, str], cwd: Path) -> None:
        self.env = dict(env)
        self.cwd = cwd

    def __call__(
        self,
        *args: str,
        expect: int = 0,
        input: str | None = None,
        env: Mapping[str, str] | None = None,
        command: Sequence[str] = (str(EXECUTABLE),),
    ) -> Ran:
        completed = subprocess.run(
            [*command, *args],
            input=input if input is not None else "",
            capture_output=True,
            text=True,
            env={**self.env, **(env or {})},
            cwd=self.cwd,
            timeout=HANG,
        )
        ran = Ran(tuple(args), completed.returncode, completed.stdout, completed.stderr)
        assert ran.code == expect, (
            f"modelarts-hl {' '.join(args)} exited {ran.code}, expected {expect}\n"
            f"--- stdout\n{ran.out}\n--- stderr\n{ran.err}"
        )
        return ran


@pytest.fixture(scope="session")
def home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("home")


@pytest.fixture(scope="session")
def backend() -> Iterator[LocalBackend]:
    """A local backend whose jobs train, models serve and services answer, as in a terminal session."""
    with LocalBackend(validate_responses=True) as running:
        yield running


@pytest.fixture
def cli(backend: LocalBackend, home: Path, tmp_path: Path) -> Cli:
    """The command, pointed at ``backend`` by the environment lines ``local env`` prints."""
    return Cli(clean_environment(home, backend.environment()), tmp_path)


@pytest.fixture
def bucket(cli: Cli) -> str:
    name = f"cli-{uuid.uuid4().hex[:12]}"
    cli("obs", "mb", f"obs://{name}")
    return name
