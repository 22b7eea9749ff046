"""Integrity checks, refused keys, typed errors and atomic downloads."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import obs as sdk
import pytest
from boto3.s3.transfer import TransferConfig  # type: ignore[import-untyped]

from modelarts_hl.errors import NotFoundError, ObsPreconditionFailedError
from modelarts_hl.obs import (
    OBS,
    IntegrityError,
    NoSuchBucketError,
    NoSuchKeyError,
    ObsCredentials,
    UnsafeObjectKeyError,
)

from .support import MIB, make_settings


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.rglob("*")) if folder.exists() else []


def test_corrupted_small_object_raises_and_keeps_the_old_file(
    obs: OBS, bucket: str, s3: Any, corrupt: Callable[[str, str], None], tmp_path: Path
) -> None:
    s3.put_object(Bucket=bucket, Key="dir1/weights.bin", Body=b"correct content")
    corrupt(bucket, "dir1/weights.bin")
    destination = tmp_path / "out"
    destination.mkdir()
    (destination / "weights.bin").write_bytes(b"previous version")
    with pytest.raises(IntegrityError, match=r"weights\.bin"):
        obs.download_file(f"obs://{bucket}/dir1/weights.bin", f"{destination}/")
    assert leftovers(destination) == ["weights.bin"]
    assert (destination / "weights.bin").read_bytes() == b"previous version"


def test_corrupted_multipart_object_raises_and_leaves_nothing(
    obs: OBS, bucket: str, corrupt: Callable[[str, str], None], tmp_path: Path
) -> None:
    source = tmp_path / "model.bin"
    source.write_bytes(os.urandom(11 * MIB))
    obs.upload_file(str(source), f"obs://{bucket}/models/")
    corrupt(bucket, "models/model.bin")
    destination = tmp_path / "out"
    with pytest.raises(IntegrityError, match=r"CRC-32 [0-9a-f]{8} differs from the [0-9a-f]{8} recorded"):
        obs.download_dir(f"obs://{bucket}/models/", f"{destination}/")
    assert leftovers(destination) == ["models"]
    # Bad data is not kept for a resume either.
    assert list((tmp_path / "checkpoints").glob("*.json")) == []


def test_corrupted_multipart_object_of_another_tool_fails_its_etag(
    obs: OBS, bucket: str, s3: Any, corrupt: Callable[[str, str], None], tmp_path: Path
) -> None:
    source = tmp_path / "model.bin"
    source.write_bytes(os.urandom(11 * MIB))
    config = TransferConfig(multipart_threshold=5 * MIB, multipart_chunksize=5 * MIB)
    s3.upload_file(str(source), bucket, "models/model.bin", Config=config)
    assert s3.head_object(Bucket=bucket, Key="models/model.bin")["ETag"].endswith('-3"')
    corrupt(bucket, "models/model.bin")
    with pytest.raises(IntegrityError, match=r"ETag .*-3"):
        obs.download_dir(f"obs://{bucket}/models/", f"{tmp_path / 'out'}/")
    assert leftovers(tmp_path / "out") == ["models"]


def test_object_replaced_during_download_is_not_mixed(
    obs: OBS, bucket: str, s3: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    s3.put_object(Bucket=bucket, Key="v/data.bin", Body=os.urandom(7 * MIB))
    original = sdk.ObsClient.getObject
    replaced: list[bool] = []

    def replace_first(self: Any, *args: Any, **kwargs: Any) -> Any:
        if not replaced:
            replaced.append(True)
            s3.put_object(Bucket=bucket, Key="v/data.bin", Body=os.urandom(7 * MIB))
        return original(self, *args, **kwargs)

    monkeypatch.setattr(sdk.ObsClient, "getObject", replace_first)
    with pytest.raises(ObsPreconditionFailedError, match="changed during the download"):
        obs.download_file(f"obs://{bucket}/v/data.bin", f"{tmp_path / 'out'}/")
    assert not (tmp_path / "out" / "data.bin").exists()


@pytest.mark.parametrize(
    "evil", ["../escaped.txt", "sub/../../escaped.txt", "a\\..\\escaped.txt", "/abs.txt"]
)
def test_keys_leaving_the_destination_are_refused_before_writing(
    obs: OBS, bucket: str, s3: Any, tmp_path: Path, evil: str
) -> None:
    s3.put_object(Bucket=bucket, Key="dir1/good.txt", Body=b"fine")
    s3.put_object(Bucket=bucket, Key=f"dir1/{evil}", Body=b"payload")
    destination = tmp_path / "inside" / "dest"
    with pytest.raises(UnsafeObjectKeyError) as info:
        obs.download_dir(f"obs://{bucket}/dir1/", f"{destination}/")
    assert info.value.key == f"dir1/{evil}"
    assert leftovers(tmp_path) == []


def test_symbolic_link_in_destination_does_not_lead_outside(
    obs: OBS, bucket: str, s3: Any, tmp_path: Path
) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    destination = tmp_path / "dest"
    (destination / "dir1").mkdir(parents=True)
    (destination / "dir1" / "link").symlink_to(outside)
    s3.put_object(Bucket=bucket, Key="dir1/link/file.txt", Body=b"payload")
    with pytest.raises(UnsafeObjectKeyError, match="symbolic link"):
        obs.download_dir(f"obs://{bucket}/dir1/", f"{destination}/")
    assert leftovers(outside) == []


def test_missing_bucket_and_key_raise_typed_errors(obs: OBS, bucket: str, tmp_path: Path) -> None:
    source = tmp_path / "file1.txt"
    source.write_text("x")
    with pytest.raises(NoSuchBucketError) as bucket_error:
        obs.upload_file(str(source), "obs://no-such-bucket-here/dir1/")
    assert (bucket_error.value.status_code, bucket_error.value.error_code) == (404, "NoSuchBucket")
    with pytest.raises(NoSuchBucketError):
        obs.upload_dir(f"{tmp_path}/", "obs://no-such-bucket-here/")
    with pytest.raises(NoSuchBucketError):
        obs.download_dir("obs://no-such-bucket-here/dir1/", f"{tmp_path}/out/")
    with pytest.raises(NoSuchBucketError):
        obs.download_file("obs://no-such-bucket-here/dir1/file1.txt", f"{tmp_path}/out/")
    with pytest.raises(NoSuchKeyError) as key_error:
        obs.download_file(f"obs://{bucket}/dir1/missing.txt", f"{tmp_path}/out/")
    assert isinstance(key_error.value, NotFoundError)
    assert key_error.value.error_code == "NoSuchKey"
    assert "missing.txt" in str(key_error.value)
    with pytest.raises(NoSuchKeyError):
        obs.download_dir(f"obs://{bucket}/empty/", f"{tmp_path}/out/")
    with pytest.raises(NoSuchKeyError):
        obs.read_bytes(f"obs://{bucket}/missing")
    assert leftovers(tmp_path) == ["file1.txt"]


def test_credentials_never_appear_in_errors(moto_endpoint: str, tmp_path: Path) -> None:
    secret = "very-secret-key-0123456789"
    client = OBS(
        make_settings(moto_endpoint, tmp_path), lambda: ObsCredentials("AK", secret, "token-abcdefgh")
    )
    with pytest.raises(NoSuchBucketError) as info:
        client.read_bytes("obs://no-such-bucket-here/x")
    client.close()
    assert secret not in str(info.value) + repr(info.value)
    assert "token-abcdefgh" not in str(info.value) + repr(info.value)
