"""Help, version, shell completion and ``python -m modelarts_hl``: they load click and the command tree only.

How fast ``--help`` is gets measured (interleaved runs against ``python -c "import httpx"``), not asserted:
what a test can hold is the import boundary that keeps it fast.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import EXECUTABLE, Cli, clean_environment

GROUPS = ("configure", "jobs", "models", "services", "obs", "local", "completion")
# What a command imports when it runs; none of it may load for help or completion.
HEAVY = (
    "httpx",
    "modelarts_client",
    "modelarts_hl._core",
    "modelarts_hl.errors",
    "modelarts_hl.session",
    "modelarts_hl.training",
    "modelarts_hl.inference",
    "modelarts_hl.obs",
    "modelarts_hl.local",
    "modelarts_hl.profiles",
    "obs",
    "yaml",
    "tqdm",
    "attrs",
    "dateutil",
    "numpy",
    "uvicorn",
    "starlette",
)

_PROBE = """
import json, os, sys
from modelarts_hl.cli.main import main
for argv in json.loads(sys.argv[1]):
    assert main(argv) == 0, argv
os.environ.update(_MODELARTS_HL_COMPLETE="bash_complete", COMP_WORDS="modelarts-hl jobs su", COMP_CWORD="2")
try:
    main([])
except SystemExit:
    pass
print(json.dumps(sorted(sys.modules)), file=sys.stderr)
"""


@pytest.fixture
def bare(tmp_path: Path) -> Cli:
    return Cli(clean_environment(tmp_path), tmp_path)


def test_help_and_completion_load_no_library_module(tmp_path: Path) -> None:
    argvs = [
        ["--help"],
        *([group, "--help"] for group in GROUPS),
        ["jobs", "submit", "--help"],
        ["--version"],
    ]
    probe = subprocess.run(
        [sys.executable, "-c", _PROBE, json.dumps(argvs)],
        capture_output=True,
        text=True,
        env=clean_environment(tmp_path),
        timeout=120,
        check=True,
    )
    loaded = json.loads(probe.stderr.strip().splitlines()[-1])
    assert "modelarts_hl.cli.jobs" in loaded and "click" in loaded, "the probe ran the command tree"
    assert "submit" in probe.stdout, "and completed 'jobs su'"
    heavy = [name for name in loaded if any(name == h or name.startswith(f"{h}.") for h in HEAVY)]
    assert heavy == []


def test_help_lists_every_command_and_exits_0(bare: Cli) -> None:
    top = bare("--help").out
    for group in GROUPS:
        assert f"  {group} " in top
    jobs = bare("jobs", "-h").out
    for command in ("list", "show", "logs", "metrics", "stop", "delete", "flavors", "engines", "submit"):
        assert f"  {command} " in jobs
    for group, commands in {
        "models": ("list", "show", "create", "delete"),
        "services": ("list", "show", "deploy", "update", "monitor", "logs", "delete", "predict"),
        "obs": ("ls", "cp", "sync", "rm", "mb"),
        "local": ("start", "env"),
    }.items():
        shown = bare(group, "--help").out
        assert all(f"  {command} " in shown for command in commands), group
    assert "--output [table|json]" in bare("jobs", "list", "--help").out
    assert "--profile NAME" in bare("obs", "sync", "--help").out
    assert "modelarts-hl, version" in bare("--version").out


def test_python_m_runs_the_same_command(bare: Cli) -> None:
    ran = bare("--help", command=(sys.executable, "-m", "modelarts_hl"))
    assert ran.out == bare("--help").out
    assert "Usage: modelarts-hl" in ran.out
    assert bare("nonsense", command=(sys.executable, "-m", "modelarts_hl"), expect=2).err


@pytest.mark.parametrize(
    ("shell", "words", "cword", "expected"),
    [
        ("bash", "modelarts-hl jo", "1", "plain,jobs"),
        ("bash", "modelarts-hl obs s", "2", "plain,sync"),
        ("zsh", "modelarts-hl services pr", "2", "plain\npredict\n"),
    ],
)
def test_completion_answers_the_shells(bare: Cli, shell: str, words: str, cword: str, expected: str) -> None:
    ran = bare(env={"_MODELARTS_HL_COMPLETE": f"{shell}_complete", "COMP_WORDS": words, "COMP_CWORD": cword})
    assert ran.out.startswith(expected)


@pytest.mark.parametrize("shell", ["bash", "zsh"])
def test_completion_scripts(bare: Cli, shell: str) -> None:
    script = bare("completion", shell).out
    assert f"_MODELARTS_HL_COMPLETE={shell}_complete" in script


def test_bash_registers_the_completion(bare: Cli) -> None:
    registered = subprocess.run(
        ["bash", "-c", f'eval "$({EXECUTABLE} completion bash)" && complete -p modelarts-hl'],
        capture_output=True,
        text=True,
        env=bare.env,
        timeout=120,
        check=True,
    )
    assert "modelarts-hl" in registered.stdout and "-F" in registered.stdout
