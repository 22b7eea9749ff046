"""Object helpers (list, exists, delete, buckets, bytes), credential renewal and progress bars."""

from __future__ import annotations

import io
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from modelarts_hl.obs import OBS, ObsCredentials, ObsSettings
from modelarts_hl.obs.listing import iter_objects

from .support import CREDENTIALS, make_settings, tree, write_tree


def test_list_exists_delete(obs: OBS, bucket: str, s3: Any) -> None:
    for key in ("dir1/a.txt", "dir1/sub/b.txt", "dir10/c.txt"):
        s3.put_object(Bucket=bucket, Key=key, Body=key.encode())
    listed = list(obs.list_objects(f"obs://{bucket}/dir1/"))
    assert [o.key for o in listed] == ["dir1/a.txt", "dir1/sub/b.txt"]
    assert listed[0].path == f"obs://{bucket}/dir1/a.txt"
    assert listed[0].size == len("dir1/a.txt")
    assert listed[0].last_modified is not None
    assert abs((datetime.now(UTC) - listed[0].last_modified).total_seconds()) < 600
    assert obs.exists(f"obs://{bucket}/dir1/a.txt")
    assert not obs.exists(f"obs://{bucket}/dir1/missing.txt")
    assert obs.exists(f"obs://{bucket}/dir1/")
    assert not obs.exists(f"obs://{bucket}/nothing/")
    assert obs.exists(f"obs://{bucket}/")
    obs.delete(f"obs://{bucket}/dir1/a.txt")
    obs.delete(f"obs://{bucket}/dir1/a.txt")
    assert not obs.exists(f"obs://{bucket}/dir1/a.txt")
    assert obs.delete_prefix(f"obs://{bucket}/dir1/") == 1
    assert [o.key for o in obs.list_objects(f"obs://{bucket}/")] == ["dir10/c.txt"]
    assert obs.delete_prefix(f"obs://{bucket}/", confirm=True) == 1
    assert list(obs.list_objects(f"obs://{bucket}/")) == []


def test_many_small_files_and_listing_pages(obs: OBS, bucket: str, tmp_path: Path) -> None:
    files = {f"{index % 7}/{index:04d}.txt": str(index).encode() for index in range(150)}
    write_tree(tmp_path / "many", files)
    up = obs.upload_dir(f"{tmp_path / 'many'}/", f"obs://{bucket}/")
    assert (up.files, up.skipped) == (150, 0)
    # Pages of 7 keys walk the listing markers as pages of 1000 would on a large folder.
    paged = list(iter_objects(obs._provider, bucket, "many/", page=7))
    assert [o.key for o in paged] == sorted(f"many/{name}" for name in files)
    obs.download_dir(f"obs://{bucket}/many/", f"{tmp_path / 'back'}/")
    assert tree(tmp_path / "back" / "many") == files


def test_buckets(obs: OBS) -> None:
    assert not obs.bucket_exists("created-by-test-helpers")
    obs.create_bucket("created-by-test-helpers")
    obs.create_bucket("created-by-test-helpers")
    assert obs.bucket_exists("created-by-test-helpers")


def test_bytes_round_trip_and_cross_check(obs: OBS, bucket: str, s3: Any) -> None:
    obs.write_bytes(f"obs://{bucket}/x/config.json", b'{"a": 1}')
    assert s3.get_object(Bucket=bucket, Key="x/config.json")["Body"].read() == b'{"a": 1}'
    s3.upload_fileobj(io.BytesIO(b"from boto3"), bucket, "x/other.txt")
    assert obs.read_bytes(f"obs://{bucket}/x/other.txt") == b"from boto3"
    obs.write_bytes(f"obs://{bucket}/x/empty", b"")
    assert obs.read_bytes(f"obs://{bucket}/x/empty") == b""


def test_renewed_credentials_refresh_the_shared_client(
    moto_endpoint: str, tmp_path: Path, bucket: str
) -> None:
    current = [ObsCredentials("AK1", "SK-first-0001", "token-1", datetime(2030, 1, 1, tzinfo=UTC))]
    calls = []

    def credentials() -> ObsCredentials:
        calls.append(current[0])
        return current[0]

    client = OBS(make_settings(moto_endpoint, tmp_path), credentials)
    try:
        client.write_bytes(f"obs://{bucket}/a", b"1")
        sdk_client = client._provider.client()
        assert sdk_client.securityProvider.access_key_id == "AK1"
        current[0] = ObsCredentials("AK2", "SK-second-0002", "token-2")
        assert client.read_bytes(f"obs://{bucket}/a") == b"1"
        assert client._provider.client() is sdk_client
        assert sdk_client.securityProvider.access_key_id == "AK2"
        assert sdk_client.securityProvider.security_token == "token-2"
        assert len(calls) >= 3
    finally:
        client.close()


def test_client_is_rebuilt_after_a_pause(obs: OBS, bucket: str) -> None:
    # Kept-alive connections idle for long are closed by servers; a paused client must not reuse them.
    provider = obs._provider
    first = provider.client()
    assert provider.client() is first
    provider._last_used -= 60
    second = provider.client()
    assert second is not first
    assert first.connHolder is None
    obs.write_bytes(f"obs://{bucket}/after-pause", b"ok")
    assert obs.read_bytes(f"obs://{bucket}/after-pause") == b"ok"


def test_progress_bars_report_bytes_and_files(
    moto_endpoint: str, bucket: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "src").mkdir()
    (tmp_path / "src" / "a.bin").write_bytes(b"a" * 2048)
    (tmp_path / "src" / "b.bin").write_bytes(b"b" * 2048)
    settings: ObsSettings = make_settings(moto_endpoint, tmp_path / "ck", progress=True)
    with OBS(settings, lambda: CREDENTIALS) as client:
        client.upload_dir(f"{tmp_path / 'src'}/", f"obs://{bucket}/")
    err = capsys.readouterr().err
    assert "4.00k/4.00k" in err
    assert "2/2" in err


def test_progress_is_off_without_a_terminal(
    moto_endpoint: str, bucket: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    settings = make_settings(moto_endpoint, tmp_path / "ck", progress=None)
    (tmp_path / "f.txt").write_text("x")
    with OBS(settings, lambda: CREDENTIALS) as client:
        client.upload_file(str(tmp_path / "f.txt"), f"obs://{bucket}/")
    assert capsys.readouterr().err == ""
