"""Downloads decide every destination before writing; upload destinations and destructive switches are
strict."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

from modelarts_hl.errors import InvalidArgumentError
from modelarts_hl.obs import OBS, UnsafeObjectKeyError, UnusableObjectKeysError
from modelarts_hl.obs.download_plan import plan_files

from .support import MIB, tree
from .test_transfers import keys

LONG_NAME = "n" * 300
# 90 four-byte characters: 90 characters but 360 bytes, over a 255-byte name limit.
LONG_UTF8 = "\U0001f600" * 90


def put_all(s3: Any, bucket: str, names: list[str], prefix: str = "d/") -> None:
    for name in names:
        s3.put_object(Bucket=bucket, Key=prefix + name, Body=b"payload " + name.encode("utf-8", "replace"))


@pytest.mark.parametrize(
    ("bad", "reason"),
    [
        (LONG_NAME, "longer than the file system allows"),
        (f"sub/{LONG_UTF8}.txt", "longer than the file system allows"),
        ("/".join(["deep" * 60] * 20) + "/x", "path would be longer"),
        ("tab\there.txt", "control character"),
        ("del\x7fhere.txt", "control character"),
        ("c1\x85here.txt", "control character"),
        ("a", "both a file and a folder"),
    ],
)
def test_keys_that_cannot_become_files_are_reported_together_before_writing(
    obs: OBS, bucket: str, s3: Any, tmp_path: Path, bad: str, reason: str
) -> None:
    # "a" and "a/b" cannot both exist; the other bad keys come with a good file and a second bad key.
    put_all(s3, bucket, ["good.txt", "a/b", "zz\x01.txt", bad])
    destination = tmp_path / "out"
    with pytest.raises(UnusableObjectKeysError) as info:
        obs.download_dir(f"obs://{bucket}/d/", f"{destination}/")
    problems = {p.key: p.reason for p in info.value.problems}
    assert set(problems) == {f"d/{bad}", "d/zz\x01.txt"}
    assert reason in problems[f"d/{bad}"]
    assert isinstance(info.value, UnsafeObjectKeyError)
    assert "nothing was written" in str(info.value)
    assert not destination.exists()


def test_unusable_keys_can_be_skipped_and_are_reported(
    obs: OBS, bucket: str, s3: Any, tmp_path: Path
) -> None:
    put_all(s3, bucket, ["good.txt", "a", "a/b", LONG_NAME, "bell\x07"])
    summary = obs.download_dir(f"obs://{bucket}/d/", f"{tmp_path}/", skip_unusable_keys=True)
    assert tree(tmp_path / "d") == {"good.txt": b"payload good.txt", "a/b": b"payload a/b"}
    assert sorted(r.key for r in summary.refused) == sorted(["d/a", f"d/{LONG_NAME}", "d/bell\x07"])
    assert "3 keys refused" in repr(summary)


def test_what_is_already_at_the_destination_is_checked_too(
    obs: OBS, bucket: str, s3: Any, tmp_path: Path
) -> None:
    put_all(s3, bucket, ["x/file.txt", "y"])
    destination = tmp_path / "out"
    (destination / "d").mkdir(parents=True)
    (destination / "d" / "x").write_bytes(b"a file where a folder must go")
    (destination / "d" / "y").mkdir()
    with pytest.raises(UnusableObjectKeysError) as info:
        obs.download_dir(f"obs://{bucket}/d/", f"{destination}/")
    assert {p.key for p in info.value.problems} == {"d/x/file.txt", "d/y"}
    assert tree(destination) == {"d/x": b"a file where a folder must go"}


def test_a_long_utf8_name_gets_a_temporary_name_that_fits(
    obs: OBS, bucket: str, s3: Any, tmp_path: Path
) -> None:
    # 63 four-byte characters: 252 bytes, within the limit, as the temporary name beside it must be.
    name = "\U0001f600" * 63
    s3.put_object(Bucket=bucket, Key=f"d/{name}", Body=b"small")
    s3.put_object(Bucket=bucket, Key="d/large.bin", Body=os.urandom(7 * MIB))
    obs.download_dir(f"obs://{bucket}/d/", f"{tmp_path}/")
    assert (tmp_path / "d" / name).read_bytes() == b"small"


def test_planning_is_independent_of_the_network(tmp_path: Path) -> None:
    planned, refused = plan_files(tmp_path, [("k/a", "a"), ("k/b/c", "b/c")], skip_unusable=False)
    assert [(p.key, p.dest) for p in planned] == [("k/a", tmp_path / "a"), ("k/b/c", tmp_path / "b" / "c")]
    assert refused == ()


@pytest.mark.parametrize(
    "destination", ["obs://b0b/../u/", "obs://b0b/a/./", "obs://b0b/a/../../", "obs://b0b/./"]
)
def test_upload_destinations_with_dot_segments_are_refused(
    offline: OBS, tmp_path: Path, destination: str
) -> None:
    (tmp_path / "f.txt").write_text("x")
    with pytest.raises(InvalidArgumentError) as file_error:
        offline.upload_file(str(tmp_path / "f.txt"), destination)
    assert file_error.value.argument == "dst_obs_dir"
    with pytest.raises(InvalidArgumentError) as dir_error:
        offline.upload_dir(str(tmp_path), destination)
    assert dir_error.value.argument == "dst_obs_dir"
    with pytest.raises(InvalidArgumentError) as copy_error:
        offline.copy(str(tmp_path / "f.txt"), destination + "f.txt")
    assert copy_error.value.argument == "dst_path"


@pytest.mark.parametrize("confirm", ["false", "False", 1, 0, None, "yes", [True]])
def test_delete_prefix_takes_exactly_a_bool(obs: OBS, bucket: str, s3: Any, confirm: object) -> None:
    s3.put_object(Bucket=bucket, Key="keep/me.txt", Body=b"x")
    with pytest.raises(InvalidArgumentError) as info:
        obs.delete_prefix(f"obs://{bucket}/", confirm=confirm)  # type: ignore[arg-type]
    assert info.value.argument == "confirm"
    with pytest.raises(InvalidArgumentError):
        obs.delete_prefix(f"obs://{bucket}/keep/", confirm=confirm)  # type: ignore[arg-type]
    assert keys(s3, bucket) == {"keep/me.txt"}
    assert obs.delete_prefix(f"obs://{bucket}/", confirm=True) == 1
    assert keys(s3, bucket) == set()
