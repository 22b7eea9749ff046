"""The CRC-32 that multipart uploads record: checked against the parts before completing, and on download."""

from __future__ import annotations

import os
import signal
import time
import zlib
from pathlib import Path
from typing import Any

import obs as sdk
import pytest
from hypothesis import given
from hypothesis import strategies as st

from modelarts_hl.obs import OBS, IntegrityError
from modelarts_hl.obs.integrity import CRC32_METADATA, combined_crc32, crc32_combine, file_crc32, parse_crc32

from .support import CREDENTIALS, MIB, make_settings


@given(st.binary(max_size=3000), st.binary(max_size=3000))
def test_combining_two_crcs_gives_the_crc_of_the_concatenation(first: bytes, second: bytes) -> None:
    assert crc32_combine(zlib.crc32(first), zlib.crc32(second), len(second)) == zlib.crc32(first + second)


@given(st.lists(st.binary(max_size=500), max_size=12))
def test_crcs_of_consecutive_pieces_combine_in_order(pieces: list[bytes]) -> None:
    assert combined_crc32((zlib.crc32(p), len(p)) for p in pieces) == zlib.crc32(b"".join(pieces))


def test_a_gigabyte_apart_still_combines() -> None:
    # A long run of zero bytes, whose CRC is known in closed form through zlib itself.
    zeros = bytes(MIB)
    crc = 0
    for _ in range(64):
        crc = zlib.crc32(zeros, crc)
    assert crc32_combine(zlib.crc32(b"head"), crc, 64 * MIB) == zlib.crc32(zeros * 64, zlib.crc32(b"head"))


@pytest.mark.parametrize(
    ("raw", "value"),
    [
        ("0a1b2c3d", 0x0A1B2C3D),
        (" 0A1B2C3D ", 0x0A1B2C3D),
        ("", None),
        (None, None),
        ("123", None),
        ("xyzxyzxy", None),
    ],
)
def test_only_eight_hex_digits_are_a_recorded_crc(raw: str | None, value: int | None) -> None:
    assert parse_crc32(raw) == value


def test_a_multipart_upload_records_the_crc_of_the_file(
    obs: OBS, bucket: str, s3: Any, tmp_path: Path
) -> None:
    source = tmp_path / "model.bin"
    content = os.urandom(13 * MIB + 7)
    source.write_bytes(content)
    obs.upload_file(str(source), f"obs://{bucket}/models/")
    metadata = s3.head_object(Bucket=bucket, Key="models/model.bin")["Metadata"]
    assert metadata[CRC32_METADATA] == f"{zlib.crc32(content):08x}"
    assert metadata["modelarts-hl-part-size"] == str(5 * MIB)


def test_a_file_rewritten_during_its_upload_is_not_stored_as_a_mix(
    moto_endpoint: str, bucket: str, s3: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Same size, new content after the first part: every part is what the file held when it was read,
    yet the object would be half old, half new."""
    source = tmp_path / "model.bin"
    source.write_bytes(os.urandom(3 * 5 * MIB))
    original = sdk.ObsClient.uploadPart

    def rewrite_after_first(self: Any, *args: Any, **kwargs: Any) -> Any:
        result = original(self, *args, **kwargs)
        if args[2] == 1:
            source.write_bytes(os.urandom(3 * 5 * MIB))
        return result

    monkeypatch.setattr(sdk.ObsClient, "uploadPart", rewrite_after_first)
    checkpoints = tmp_path / "checkpoints"
    settings = make_settings(moto_endpoint, checkpoints, concurrency=1)
    with (
        OBS(settings, lambda: CREDENTIALS) as client,
        pytest.raises(IntegrityError, match="the file changed while it was being uploaded"),
    ):
        client.upload_file(str(source), f"obs://{bucket}/models/")
    assert "Contents" not in s3.list_objects(Bucket=bucket)
    assert "Uploads" not in s3.list_multipart_uploads(Bucket=bucket)
    assert list(checkpoints.glob("*.json")) == []


@pytest.mark.parametrize("size", [MIB, 7 * MIB], ids=["one-request", "ranged"])
def test_the_recorded_crc_is_checked_even_when_the_etag_matches(
    obs: OBS, bucket: str, s3: Any, tmp_path: Path, size: int
) -> None:
    content = os.urandom(size)
    wrong = {CRC32_METADATA: f"{zlib.crc32(content) ^ 1:08x}"}
    s3.put_object(Bucket=bucket, Key="models/model.bin", Body=content, Metadata=wrong)
    destination = tmp_path / "out"
    with pytest.raises(IntegrityError, match="recorded when it was uploaded"):
        obs.download_file(f"obs://{bucket}/models/model.bin", f"{destination}/")
    assert not destination.exists() or os.listdir(destination) == []

    s3.put_object(
        Bucket=bucket,
        Key="models/model.bin",
        Body=content,
        Metadata={CRC32_METADATA: f"{zlib.crc32(content):08x}"},
    )
    obs.download_file(f"obs://{bucket}/models/model.bin", f"{destination}/")
    assert (destination / "model.bin").read_bytes() == content


def test_an_unchanged_large_file_is_recognised_by_its_recorded_crc(
    obs: OBS, bucket: str, s3: Any, tmp_path: Path
) -> None:
    source = tmp_path / "model.bin"
    content = os.urandom(7 * MIB)
    source.write_bytes(content)
    assert obs.upload_file(str(source), f"obs://{bucket}/models/").skipped == 0
    assert obs.upload_file(str(source), f"obs://{bucket}/models/").skipped == 1

    # Same size and a matching plain-MD5 ETag, but a different recorded CRC: only the CRC can tell.
    wrong = {CRC32_METADATA: f"{zlib.crc32(content) ^ 1:08x}"}
    s3.put_object(Bucket=bucket, Key="models/model.bin", Body=content, Metadata=wrong)
    again = obs.upload_file(str(source), f"obs://{bucket}/models/")
    assert (again.skipped, again.bytes) == (0, len(content))
    metadata = s3.head_object(Bucket=bucket, Key="models/model.bin")["Metadata"]
    assert metadata[CRC32_METADATA] == f"{zlib.crc32(content):08x}"


def test_a_large_file_read_in_parallel_regions_has_the_crc_of_its_content(tmp_path: Path) -> None:
    content = os.urandom(70 * MIB + 3)
    path = tmp_path / "big.bin"
    path.write_bytes(content)
    assert file_crc32(path) == (zlib.crc32(content), len(content))


def test_a_forked_child_computes_crcs_with_threads_of_its_own(tmp_path: Path) -> None:
    content = os.urandom(70 * MIB)
    path = tmp_path / "big.bin"
    path.write_bytes(content)
    file_crc32(path)  # the parent's reader threads exist now
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child reports through its exit status
        os._exit(0 if file_crc32(path) == (zlib.crc32(content), len(content)) else 1)
    deadline = time.monotonic() + 30
    while (done := os.waitpid(pid, os.WNOHANG)) == (0, 0) and time.monotonic() < deadline:
        time.sleep(0.05)
    if done == (0, 0):
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        pytest.fail("the child waited forever for reader threads it does not have")
    assert os.waitstatus_to_exitcode(done[1]) == 0
