"""Ranged downloads: retried ranges, and resumed ones checked again (whole-content MD5 hashed while the ranges
arrive, or the CRC-32 an upload made here recorded)."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path
from typing import Any

import obs as sdk
import pytest

from modelarts_hl.obs import OBS, IntegrityError, ObsConnectionError
from modelarts_hl.obs import transfer as transfer_module

from .support import CREDENTIALS, MIB, make_settings

# Three ranges of 5 MiB (the test settings' part size), the last one short.
SIZE = 13 * MIB + 5


class BrokenBody:
    """A response body that fails after ``limit`` bytes, as a dropped connection does."""

    def __init__(self, response: Any, limit: int) -> None:
        self._response = response
        self._left = limit

    def readinto(self, buffer: memoryview) -> int:
        if self._left <= 0:
            raise ConnectionResetError("connection dropped mid-body")
        got: int = self._response.readinto(buffer[: self._left])
        self._left -= got
        return got

    def __getattr__(self, name: str) -> Any:
        return getattr(self._response, name)


def ranges_from(monkeypatch: pytest.MonkeyPatch, break_at: int | None = None, times: int = 0) -> list[int]:
    """Record the start of every ranged GET; the first ``times`` GETs from ``break_at`` break mid-body."""
    starts: list[int] = []
    original = sdk.ObsClient.getObject

    def get(self: Any, *args: Any, **kwargs: Any) -> Any:
        header = kwargs.get("headers")
        start = int(header.range.split("-")[0]) if header is not None and header.range else 0
        starts.append(start)
        result = original(self, *args, **kwargs)
        if start == break_at and starts.count(start) <= times:
            # The SDK's models are dicts that refuse attributes of another type.
            result.body["response"] = BrokenBody(result.body.response, MIB)
        return result

    monkeypatch.setattr(sdk.ObsClient, "getObject", get)
    return starts


@pytest.fixture
def plain_object(bucket: str, s3: Any) -> bytes:
    content = os.urandom(SIZE)
    s3.put_object(Bucket=bucket, Key="plain/data.bin", Body=content)
    assert s3.head_object(Bucket=bucket, Key="plain/data.bin")["ETag"].strip('"') == (
        hashlib.md5(content).hexdigest()
    )
    return content


def test_a_range_cut_short_is_fetched_again_and_the_file_verified(
    obs: OBS, bucket: str, plain_object: bytes, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    starts = ranges_from(monkeypatch, break_at=5 * MIB, times=1)
    summary = obs.download_file(f"obs://{bucket}/plain/data.bin", f"{tmp_path / 'out'}/")
    assert sorted(starts) == [0, 5 * MIB, 5 * MIB, 10 * MIB]
    assert (tmp_path / "out" / "data.bin").read_bytes() == plain_object
    assert os.listdir(tmp_path / "out") == ["data.bin"]
    assert summary.files == 1
    assert list((tmp_path / "checkpoints").glob("*.json")) == []


def interrupted(moto_endpoint: str, tmp_path: Path, bucket: str, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Download with one request at a time until the third range fails for good; the hidden file."""
    monkeypatch.setattr(transfer_module, "_ATTEMPTS", 1)
    ranges_from(monkeypatch, break_at=10 * MIB, times=1)
    settings = make_settings(moto_endpoint, tmp_path / "checkpoints", concurrency=1)
    with OBS(settings, lambda: CREDENTIALS) as client, pytest.raises(ObsConnectionError):
        client.download_file(f"obs://{bucket}/plain/data.bin", f"{tmp_path / 'out'}/")
    monkeypatch.undo()
    [partial] = list((tmp_path / "out").iterdir())
    assert partial.name.startswith(".data.bin.")
    return partial


def test_a_resumed_download_hashes_the_ranges_it_already_had(
    obs: OBS,
    bucket: str,
    plain_object: bytes,
    moto_endpoint: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    interrupted(moto_endpoint, tmp_path, bucket, monkeypatch)
    starts = ranges_from(monkeypatch)
    summary = obs.download_file(f"obs://{bucket}/plain/data.bin", f"{tmp_path / 'out'}/")
    assert starts == [10 * MIB]
    assert (summary.resumed, summary.bytes) == (1, SIZE - 10 * MIB)
    assert (tmp_path / "out" / "data.bin").read_bytes() == plain_object
    assert list((tmp_path / "checkpoints").glob("*.json")) == []


def damage(path: Path, offset: int) -> None:
    with open(path, "r+b") as handle:
        handle.seek(offset)
        byte = handle.read(1)
        handle.seek(offset)
        handle.write(bytes([byte[0] ^ 0xFF]))


def test_a_damaged_resumed_range_of_a_checksummed_object_is_fetched_again(
    obs: OBS, bucket: str, moto_endpoint: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = tmp_path / "src" / "data.bin"
    source.parent.mkdir()
    content = os.urandom(SIZE)
    source.write_bytes(content)
    obs.upload_file(str(source), f"obs://{bucket}/plain/")
    partial = interrupted(moto_endpoint, tmp_path, bucket, monkeypatch)
    damage(partial, 3 * MIB)
    starts = ranges_from(monkeypatch)
    summary = obs.download_file(f"obs://{bucket}/plain/data.bin", f"{tmp_path / 'out'}/")
    # The first range lost its recorded content: fetched again with the one never fetched; the second kept.
    assert sorted(starts) == [0, 10 * MIB]
    assert (summary.resumed, summary.bytes) == (1, SIZE - 5 * MIB)
    assert (tmp_path / "out" / "data.bin").read_bytes() == content


def test_a_damaged_resumed_range_fails_the_whole_file_check(
    obs: OBS,
    bucket: str,
    plain_object: bytes,
    moto_endpoint: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    partial = interrupted(moto_endpoint, tmp_path, bucket, monkeypatch)
    damage(partial, 3 * MIB)
    with pytest.raises(IntegrityError, match="differs from the object's ETag"):
        obs.download_file(f"obs://{bucket}/plain/data.bin", f"{tmp_path / 'out'}/")
    assert os.listdir(tmp_path / "out") == []
    assert list((tmp_path / "checkpoints").glob("*.json")) == []
