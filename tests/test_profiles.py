"""The profile file: written privately and atomically, read back by Session()."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from modelarts_hl.errors import InvalidArgumentError
from modelarts_hl.profiles import PROFILE_KEYS, profile_path, read_profile, write_profile
from modelarts_hl.session import Session

KEYS = {"access_key": "AK", "secret_key": "SK-secret", "project_id": "p" * 32, "region_name": "cn-north-4"}


@pytest.fixture
def config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    for name in list(os.environ):
        if name.startswith(("MODELARTS_", "HUAWEICLOUD_SDK_")):
            monkeypatch.delenv(name)
    path = tmp_path / "dot-modelarts" / "config"
    monkeypatch.setenv("MODELARTS_CONFIG_FILE", str(path))
    return path


def test_a_written_profile_is_private_and_what_session_reads(config: Path) -> None:
    assert profile_path() == config
    assert write_profile("work", KEYS) == config
    assert stat.S_IMODE(config.stat().st_mode) == 0o600
    assert stat.S_IMODE(config.parent.stat().st_mode) == 0o700
    assert read_profile("work") == KEYS
    with Session(profile="work") as session:
        assert (session.project_id, session.region_name) == ("p" * 32, "cn-north-4")
        assert session.settings_source == f"profile [work] of {config}"


def test_writing_one_profile_keeps_the_others(config: Path) -> None:
    write_profile("default", KEYS)
    write_profile("other", {"username": "alice", "password": "pw", "region_name": "r1"})
    write_profile("default", {**KEYS, "access_key": "AK2"})
    assert read_profile("default")["access_key"] == "AK2"
    assert read_profile("other") == {"username": "alice", "password": "pw", "region_name": "r1"}
    assert read_profile("missing") == {}


def test_a_failed_write_leaves_the_old_file_and_no_temporary(
    config: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write_profile("default", KEYS)
    before = config.read_bytes()

    def broken_replace(source: object, target: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(OSError, match="disk full"):
        write_profile("default", {**KEYS, "secret_key": "new"})
    assert config.read_bytes() == before
    assert [p.name for p in config.parent.iterdir()] == ["config"]


@pytest.mark.parametrize(
    ("profile", "values", "argument"),
    [
        ("default", {"access_key": "AK"}, "access_key"),
        ("default", {**KEYS, "username": "u", "password": "p"}, "access_key"),
        ("default", {"username": "u"}, "username"),
        ("default", {**KEYS, "colour": "blue"}, "values"),
        ("default", {**KEYS, "region_name": "two\nlines"}, "region_name"),
        ("default", {**KEYS, "region_name": " "}, "region_name"),
        ("bad]name", KEYS, "profile"),
        ("", KEYS, "profile"),
        ("DEFAULT", KEYS, "profile"),
    ],
)
def test_bad_profiles_are_refused_before_writing(
    config: Path, profile: str, values: dict[str, str], argument: str
) -> None:
    with pytest.raises(InvalidArgumentError) as info:
        write_profile(profile, values)
    assert info.value.argument == argument
    assert "SK-secret" not in str(info.value)
    assert not config.exists()


def test_a_secret_is_never_in_the_refusal(config: Path) -> None:
    with pytest.raises(InvalidArgumentError) as info:
        write_profile("default", {**KEYS, "secret_key": "line\nbreak-secret"})
    assert "break-secret" not in str(info.value)


def test_every_session_setting_can_be_written() -> None:
    assert set(PROFILE_KEYS) >= {"access_key", "iam_endpoint", "obs_signature", "obs_path_style", "account"}
