"""``configure`` writes the profile Session() reads; the secret is never shown, and the file is private."""

from __future__ import annotations

import configparser
import stat
from pathlib import Path

import pytest

from modelarts_hl.local import LocalBackend

from .conftest import EXECUTABLE, Cli, clean_environment
from .terminal import run_in_terminal


def _profile(path: Path, name: str) -> dict[str, str]:
    parser = configparser.ConfigParser(interpolation=None)
    parser.read(path, encoding="utf-8")
    return dict(parser[name])


def _endpoint_options(backend: LocalBackend) -> list[str]:
    return [
        "--iam-endpoint",
        backend.endpoint,
        "--endpoint",
        backend.endpoint,
        "--obs-endpoint",
        backend.obs_endpoint,
        "--obs-signature",
        "v4",
        "--obs-path-style",
    ]


@pytest.fixture
def bare(tmp_path: Path) -> Cli:
    """The command with no credentials in its environment: only the profile file can give them."""
    home = tmp_path / "home"
    home.mkdir()
    return Cli(clean_environment(home), tmp_path)


def test_a_piped_secret_is_written_privately_and_never_shown(bare: Cli, backend: LocalBackend) -> None:
    ran = bare(
        "configure",
        "--profile",
        "local",
        "--access-key",
        backend.access_key,
        "--project-id",
        backend.project_id,
        "--region",
        backend.region_name,
        *_endpoint_options(backend),
        "-o",
        "json",
        input=backend.secret_key + "\n",
    )
    config = Path(bare.env["HOME"]) / ".modelarts" / "config"
    assert ran.json() == {
        "profile": "local",
        "path": str(config),
        "keys": sorted(
            [
                "access_key",
                "secret_key",
                "project_id",
                "region_name",
                "iam_endpoint",
                "modelarts_endpoint",
                "obs_endpoint",
                "obs_signature",
                "obs_path_style",
            ]
        ),
    }
    assert backend.secret_key not in ran.out + ran.err
    assert stat.S_IMODE(config.stat().st_mode) == 0o600
    assert stat.S_IMODE(config.parent.stat().st_mode) == 0o700
    assert _profile(config, "local")["secret_key"] == backend.secret_key
    assert not [p for p in config.parent.iterdir() if p.name != "config"], "no temporary file is left"

    # Session(profile="local") reads it: the command reaches the backend with nothing else configured.
    flavors = bare("jobs", "flavors", "--profile", "local").json()
    assert "modelarts.local.cpu" in [flavor["flavor_id"] for flavor in flavors]
    # MODELARTS_PROFILE selects it as Session() does; another profile name is refused.
    bare("jobs", "engines", env={"MODELARTS_PROFILE": "local"})
    assert "profile" in bare("jobs", "flavors", "--profile", "other", expect=2).err


def test_other_profiles_are_kept_and_an_empty_secret_keeps_the_current_one(bare: Cli) -> None:
    base = ["--project-id", "p" * 32, "--region", "cn-north-4"]
    bare("configure", "--access-key", "AK1", *base, input="first-secret\n")
    bare("configure", "--profile", "two", "--access-key", "AK2", *base, input="second-secret\n")
    bare("configure", "--access-key", "AK3", input="\n")  # a new key, the secret kept
    config = Path(bare.env["HOME"]) / ".modelarts" / "config"
    assert _profile(config, "default") == {
        "access_key": "AK3",
        "secret_key": "first-secret",
        "project_id": "p" * 32,
        "region_name": "cn-north-4",
    }
    assert _profile(config, "two")["secret_key"] == "second-secret"
    # Switching to a password drops the key pair of that profile.
    bare("configure", "--profile", "two", "--username", "alice", input="pw-secret\n")
    assert set(_profile(config, "two")) == {"username", "password", "project_id", "region_name"}


def test_no_secret_is_a_usage_error_and_writes_nothing(bare: Cli) -> None:
    ran = bare("configure", "--access-key", "AK", "--region", "r", expect=2, input="")
    assert "secret key" in ran.err
    assert not (Path(bare.env["HOME"]) / ".modelarts").exists()


@pytest.mark.slow
def test_at_a_terminal_it_asks_and_the_secret_prompt_does_not_echo(bare: Cli, backend: LocalBackend) -> None:
    secret = backend.secret_key
    code, shown = run_in_terminal(
        [str(EXECUTABLE), "configure", "--profile", "tty", *_endpoint_options(backend)],
        bare.env,
        answers=[
            ("Access key", backend.access_key),
            ("Project id", backend.project_id),
            ("Region", backend.region_name),
            ("Secret key", secret),
        ],
    )
    assert code == 0, shown
    assert secret not in shown, "the secret was echoed or printed"
    assert backend.access_key in shown, "other answers are echoed as typed"
    assert "Wrote profile [tty]" in shown, "a person at a terminal reads text, not JSON"
    config = Path(bare.env["HOME"]) / ".modelarts" / "config"
    assert _profile(config, "tty")["secret_key"] == secret
    assert bare("jobs", "flavors", "--profile", "tty").json()
