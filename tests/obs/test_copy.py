"""``copy``: the official SDK's recommended transfer, both directions, files and folders, and inside OBS."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path
from typing import Any

import obs as sdk
import pytest
from boto3.s3.transfer import TransferConfig  # type: ignore[import-untyped]

from modelarts_hl.errors import InvalidArgumentError, ObsPreconditionFailedError
from modelarts_hl.obs import OBS, IntegrityError, NoSuchKeyError, UnsafeObjectKeyError

from .support import MIB, tree, write_tree
from .test_resume import count_calls
from .test_transfers import body, keys

FOLDER = {"a.txt": b"a", "sub/b.txt": b"bb", "sub/deeper/c.bin": os.urandom(2000)}


def test_local_file_to_a_named_object_and_into_a_folder(
    obs: OBS, bucket: str, s3: Any, tmp_path: Path
) -> None:
    source = tmp_path / "file1.txt"
    source.write_bytes(b"content")
    summary = obs.copy(str(source), f"obs://{bucket}/dir1/renamed.txt")
    obs.copy(str(source), f"obs://{bucket}/dir2/")
    assert keys(s3, bucket) == {"dir1/renamed.txt", "dir2/file1.txt"}
    assert body(s3, bucket, "dir1/renamed.txt") == b"content"
    assert (summary.operation, summary.files, summary.bytes) == ("upload", 1, 7)


@pytest.mark.parametrize(("keep", "prefix"), [(True, "dir1/ma-user/"), (False, "dir1/")])
def test_local_folder_to_obs_keeps_its_last_dir_when_asked(
    obs: OBS, bucket: str, s3: Any, tmp_path: Path, keep: bool, prefix: str
) -> None:
    source = tmp_path / "ma-user"
    write_tree(source, FOLDER)
    # The official SDK's example gives the destination folder without a trailing slash.
    obs.copy(str(source), f"obs://{bucket}/dir1", keep_last_dir=keep)
    assert keys(s3, bucket) == {prefix + name for name in FOLDER}
    assert body(s3, bucket, prefix + "sub/deeper/c.bin") == FOLDER["sub/deeper/c.bin"]


def test_obs_file_to_a_named_local_file_and_into_a_folder(
    obs: OBS, bucket: str, s3: Any, tmp_path: Path
) -> None:
    s3.put_object(Bucket=bucket, Key="dir1/file1.txt", Body=b"remote")
    target = tmp_path / "home" / "ma-user" / "local-name.txt"
    summary = obs.copy(f"obs://{bucket}/dir1/file1.txt", str(target))
    assert target.read_bytes() == b"remote"
    assert summary.operation == "download"
    obs.copy(f"obs://{bucket}/dir1/file1.txt", f"{tmp_path / 'folder'}/")
    assert (tmp_path / "folder" / "file1.txt").read_bytes() == b"remote"
    # An existing folder named as the destination receives the file under its own name.
    obs.copy(f"obs://{bucket}/dir1/file1.txt", str(tmp_path / "folder"))
    assert tree(tmp_path / "folder") == {"file1.txt": b"remote"}


@pytest.mark.parametrize(("keep", "sub"), [(True, "dir1/"), (False, "")])
def test_obs_folder_to_local_keeps_its_last_dir_when_asked(
    obs: OBS, bucket: str, s3: Any, tmp_path: Path, keep: bool, sub: str
) -> None:
    for name, content in FOLDER.items():
        s3.put_object(Bucket=bucket, Key=f"data/dir1/{name}", Body=content)
    s3.put_object(Bucket=bucket, Key="data/dir10/not-mine.txt", Body=b"x")
    destination = tmp_path / "ma-user"
    # Without a trailing slash: not an object, so the folder of that name.
    obs.copy(f"obs://{bucket}/data/dir1", str(destination), keep_last_dir=keep)
    assert tree(destination) == {sub + name: content for name, content in FOLDER.items()}


@pytest.mark.parametrize(("keep", "prefix"), [(True, "copy/src/"), (False, "copy/")])
def test_obs_folder_to_obs_is_copied_by_the_server(
    obs: OBS, bucket: str, s3: Any, tmp_path: Path, keep: bool, prefix: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    write_tree(tmp_path / "src", FOLDER)
    obs.upload_dir(f"{tmp_path / 'src'}/", f"obs://{bucket}/")
    gets = count_calls(monkeypatch, "getObject")
    puts = count_calls(monkeypatch, "putContent")
    summary = obs.copy(f"obs://{bucket}/src/", f"obs://{bucket}/copy", keep_last_dir=keep)
    assert (gets, puts) == ([], [])
    assert (summary.operation, summary.files) == ("copy", len(FOLDER))
    assert keys(s3, bucket, "copy/") == {prefix + name for name in FOLDER}
    for name, content in FOLDER.items():
        assert body(s3, bucket, prefix + name) == content
    again = obs.copy(f"obs://{bucket}/src/", f"obs://{bucket}/copy", keep_last_dir=keep)
    assert (again.skipped, again.bytes) == (len(FOLDER), 0)


def test_obs_file_to_obs_in_one_request_keeps_the_etag(obs: OBS, bucket: str, s3: Any) -> None:
    s3.put_object(Bucket=bucket, Key="one/file.bin", Body=b"x" * 1000)
    obs.copy(f"obs://{bucket}/one/file.bin", f"obs://{bucket}/two/renamed.bin")
    obs.copy(f"obs://{bucket}/one/file.bin", f"obs://{bucket}/three/")
    assert body(s3, bucket, "two/renamed.bin") == b"x" * 1000
    assert (
        s3.head_object(Bucket=bucket, Key="three/file.bin")["ETag"].strip('"')
        == hashlib.md5(b"x" * 1000).hexdigest()
    )


def test_large_object_is_copied_in_parts_with_the_sources_layout(
    obs: OBS, bucket: str, s3: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = tmp_path / "model.bin"
    content = os.urandom(12 * MIB + 7)
    source.write_bytes(content)
    obs.upload_file(str(source), f"obs://{bucket}/models/")
    parts = count_calls(monkeypatch, "copyPart")
    summary = obs.copy(f"obs://{bucket}/models/model.bin", f"obs://{bucket}/backup/model.bin")
    assert len(parts) == 3
    assert summary.bytes == len(content)
    original = s3.head_object(Bucket=bucket, Key="models/model.bin")
    copied = s3.head_object(Bucket=bucket, Key="backup/model.bin")
    # The same part boundaries give the same ETag: the copy holds the same bytes.
    assert copied["ETag"] == original["ETag"]
    assert copied["Metadata"] == original["Metadata"]
    assert body(s3, bucket, "backup/model.bin") == content
    # The copy downloads and passes its recorded CRC-32.
    obs.download_file(f"obs://{bucket}/backup/model.bin", f"{tmp_path / 'out'}/")
    assert (tmp_path / "out" / "model.bin").read_bytes() == content
    assert list((tmp_path / "checkpoints").glob("*.json")) == []


def test_foreign_multipart_object_is_copied_with_its_layout(
    obs: OBS, bucket: str, s3: Any, tmp_path: Path
) -> None:
    source = tmp_path / "foreign.bin"
    source.write_bytes(os.urandom(17 * MIB))
    config = TransferConfig(multipart_threshold=8 * MIB, multipart_chunksize=8 * MIB)
    s3.upload_file(str(source), bucket, "in/foreign.bin", Config=config)
    obs.copy(f"obs://{bucket}/in/foreign.bin", f"obs://{bucket}/out/foreign.bin")
    etag = s3.head_object(Bucket=bucket, Key="in/foreign.bin")["ETag"]
    assert etag.endswith('-3"')
    assert s3.head_object(Bucket=bucket, Key="out/foreign.bin")["ETag"] == etag


def test_interrupted_multipart_copy_resumes_with_the_missing_parts(
    obs: OBS, bucket: str, s3: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = tmp_path / "model.bin"
    content = os.urandom(20 * MIB)
    source.write_bytes(content)
    obs.upload_file(str(source), f"obs://{bucket}/models/")
    original = sdk.ObsClient.copyPart
    calls: list[int] = []

    def fail_third(self: Any, *args: Any, **kwargs: Any) -> Any:
        calls.append(args[2])
        if len(calls) == 3:
            raise KeyboardInterrupt
        return original(self, *args, **kwargs)

    monkeypatch.setattr(sdk.ObsClient, "copyPart", fail_third)
    with pytest.raises(KeyboardInterrupt):
        obs.copy(f"obs://{bucket}/models/model.bin", f"obs://{bucket}/copy/model.bin")
    assert "copy/model.bin" not in keys(s3, bucket)
    monkeypatch.setattr(sdk.ObsClient, "copyPart", original)
    parts = count_calls(monkeypatch, "copyPart")
    summary = obs.copy(f"obs://{bucket}/models/model.bin", f"obs://{bucket}/copy/model.bin")
    assert summary.resumed == 1
    assert len(parts) == 4 - 2
    assert body(s3, bucket, "copy/model.bin") == content


def test_source_replaced_during_a_multipart_copy_is_not_mixed(
    obs: OBS, bucket: str, s3: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = tmp_path / "model.bin"
    source.write_bytes(os.urandom(11 * MIB))
    obs.upload_file(str(source), f"obs://{bucket}/models/")
    original = sdk.ObsClient.copyPart
    replaced: list[bool] = []

    def replace_first(self: Any, *args: Any, **kwargs: Any) -> Any:
        if not replaced:
            replaced.append(True)
            s3.put_object(Bucket=bucket, Key="models/model.bin", Body=os.urandom(11 * MIB))
        return original(self, *args, **kwargs)

    monkeypatch.setattr(sdk.ObsClient, "copyPart", replace_first)
    # A server that honours copy-source-if-match on part copies refuses them; one that does not (moto) lets
    # parts of two versions through, and the assembled ETag then differs from the source's.
    with pytest.raises((ObsPreconditionFailedError, IntegrityError), match=r"changed during the copy|ETag"):
        obs.copy(f"obs://{bucket}/models/model.bin", f"obs://{bucket}/copy/model.bin")
    assert "copy/model.bin" not in keys(s3, bucket)
    assert list((tmp_path / "checkpoints").glob("*.json")) == []


def test_copy_errors(obs: OBS, bucket: str, s3: Any, tmp_path: Path) -> None:
    with pytest.raises(NoSuchKeyError):
        obs.copy(f"obs://{bucket}/missing", f"{tmp_path}/x")
    with pytest.raises(InvalidArgumentError) as local_only:
        obs.copy(str(tmp_path), str(tmp_path / "other"))
    assert local_only.value.argument == "dst_path"
    with pytest.raises(InvalidArgumentError) as missing:
        obs.copy(str(tmp_path / "missing"), f"obs://{bucket}/x/")
    assert missing.value.argument == "src_path"
    with pytest.raises(InvalidArgumentError, match="keep_last_dir"):
        obs.copy(str(tmp_path), f"obs://{bucket}/x", keep_last_dir="no")  # type: ignore[arg-type]
    for destination in (f"obs://{bucket}/../u/", f"obs://{bucket}/a/./b", f"obs://{bucket}/a//b/"):
        with pytest.raises(InvalidArgumentError) as info:
            obs.copy(str(tmp_path), destination)
        assert info.value.argument == "dst_path"
    s3.put_object(Bucket=bucket, Key="evil/../escaped.txt", Body=b"payload")
    s3.put_object(Bucket=bucket, Key="evil/fine.txt", Body=b"fine")
    with pytest.raises(UnsafeObjectKeyError):
        obs.copy(f"obs://{bucket}/evil/", f"{tmp_path / 'out'}/")
    assert not (tmp_path / "out").exists()
    with pytest.raises(UnsafeObjectKeyError):
        obs.copy(f"obs://{bucket}/evil/", f"obs://{bucket}/copied/")
    assert keys(s3, bucket, "copied/") == set()
    summary = obs.copy(f"obs://{bucket}/evil/", f"obs://{bucket}/copied/", skip_unusable_keys=True)
    assert keys(s3, bucket, "copied/") == {"copied/evil/fine.txt"}
    assert [r.key for r in summary.refused] == ["evil/../escaped.txt"]


def test_corrupted_source_fails_a_local_copy(
    obs: OBS, bucket: str, s3: Any, corrupt: Any, tmp_path: Path
) -> None:
    s3.put_object(Bucket=bucket, Key="c/file.bin", Body=b"correct content")
    corrupt(bucket, "c/file.bin")
    with pytest.raises(IntegrityError):
        obs.copy(f"obs://{bucket}/c/file.bin", str(tmp_path / "file.bin"))
    assert list(tmp_path.iterdir()) == []
