"""The four documented transfers against a real S3 server, cross-checked with boto3."""

from __future__ import annotations

import hashlib
import io
import os
from pathlib import Path
from typing import Any

from boto3.s3.transfer import TransferConfig  # type: ignore[import-untyped]

from modelarts_hl.obs import OBS

from .support import MIB, tree, write_tree

DEEP = "/".join(f"level{i}" for i in range(12))
FILES = {
    "file1.txt": b"hello",
    "with space/name with spaces.txt": b"spaces",
    "ünïcödé/文件 名.bin": os.urandom(3000),
    f"{DEEP}/deep.txt": b"deep",
    "empty.bin": b"",
}


def keys(s3: Any, bucket: str, prefix: str = "") -> set[str]:
    pages = s3.get_paginator("list_objects").paginate(Bucket=bucket, Prefix=prefix)
    return {item["Key"] for page in pages for item in page.get("Contents", [])}


def body(s3: Any, bucket: str, key: str) -> bytes:
    data: bytes = s3.get_object(Bucket=bucket, Key=key)["Body"].read()
    return data


def test_upload_file_lands_in_the_folder_under_its_name(
    obs: OBS, bucket: str, s3: Any, tmp_path: Path
) -> None:
    source = tmp_path / "file1.txt"
    source.write_bytes(b"content of file1")
    summary = obs.upload_file(str(source), f"obs://{bucket}/dir1/")
    assert keys(s3, bucket) == {"dir1/file1.txt"}
    assert body(s3, bucket, "dir1/file1.txt") == b"content of file1"
    assert (summary.files, summary.bytes, summary.skipped) == (1, 16, 0)
    assert "upload: 1 files" in repr(summary)


def test_upload_dir_puts_the_folder_itself_under_the_destination(
    obs: OBS, bucket: str, s3: Any, tmp_path: Path
) -> None:
    source = tmp_path / "ma-user"
    write_tree(source, FILES)
    (source / "empty folder" / "nested empty").mkdir(parents=True)
    summary = obs.upload_dir(f"{source}/", f"obs://{bucket}/dir1/")
    assert keys(s3, bucket) == {f"dir1/ma-user/{name}" for name in FILES}
    for name, content in FILES.items():
        assert body(s3, bucket, f"dir1/ma-user/{name}") == content
    assert summary.files == len(FILES)
    assert summary.bytes == sum(len(c) for c in FILES.values())
    # The trailing slash of the source is optional; the bucket root is a valid destination.
    obs.upload_dir(str(source), f"obs://{bucket}/")
    assert f"ma-user/{DEEP}/deep.txt" in keys(s3, bucket)


def test_download_file_lands_in_the_folder_under_its_name(
    obs: OBS, bucket: str, s3: Any, tmp_path: Path
) -> None:
    s3.put_object(Bucket=bucket, Key="dir1/file1.txt", Body=b"written by boto3")
    destination = tmp_path / "home" / "ma-user"
    obs.download_file(f"obs://{bucket}/dir1/file1.txt", f"{destination}/")
    assert tree(destination) == {"file1.txt": b"written by boto3"}


def test_download_dir_creates_the_folder_itself_under_the_destination(
    obs: OBS, bucket: str, s3: Any, tmp_path: Path
) -> None:
    for name, content in FILES.items():
        s3.put_object(Bucket=bucket, Key=f"data/dir1/{name}", Body=content)
    s3.put_object(Bucket=bucket, Key="data/dir1/marker only/", Body=b"")
    s3.put_object(Bucket=bucket, Key="data/dir10/not-mine.txt", Body=b"x")
    destination = tmp_path / "ma-user"
    summary = obs.download_dir(f"obs://{bucket}/data/dir1/", f"{destination}/")
    assert tree(destination) == {f"dir1/{name}": content for name, content in FILES.items()}
    assert not (destination / "dir1" / "marker only").exists()
    assert summary.files == len(FILES)
    # Nothing but the files: no temporary names left behind.
    assert sorted(p.name for p in (destination / "dir1").iterdir()) == sorted(
        {name.split("/")[0] for name in FILES}
    )


def test_bucket_root_downloads_into_a_folder_named_after_the_bucket(
    obs: OBS, bucket: str, s3: Any, tmp_path: Path
) -> None:
    s3.put_object(Bucket=bucket, Key="a/b.txt", Body=b"b")
    obs.download_dir(f"obs://{bucket}/", f"{tmp_path}/")
    assert tree(tmp_path / bucket) == {"a/b.txt": b"b"}


def test_large_files_round_trip_in_parts(obs: OBS, bucket: str, s3: Any, tmp_path: Path) -> None:
    files = {
        "at-threshold.bin": os.urandom(6 * MIB),  # exactly the threshold: one request
        "part-boundary.bin": os.urandom(10 * MIB),  # exactly two parts
        "odd.bin": os.urandom(12 * MIB + 123),  # three parts, the last one short
    }
    write_tree(tmp_path / "big", files)
    obs.upload_dir(f"{tmp_path / 'big'}/", f"obs://{bucket}/")
    etags = {name: s3.head_object(Bucket=bucket, Key=f"big/{name}")["ETag"].strip('"') for name in files}
    assert etags["at-threshold.bin"] == hashlib.md5(files["at-threshold.bin"]).hexdigest()
    assert etags["part-boundary.bin"].endswith("-2")
    assert etags["odd.bin"].endswith("-3")
    for name, content in files.items():
        assert body(s3, bucket, f"big/{name}") == content
    summary = obs.download_dir(f"obs://{bucket}/big/", f"{tmp_path / 'back'}/")
    assert tree(tmp_path / "back" / "big") == files
    assert summary.bytes == sum(len(c) for c in files.values())
    assert list((tmp_path / "checkpoints").glob("*.json")) == []


def test_objects_written_by_other_tools_download_and_verify(
    obs: OBS, bucket: str, s3: Any, tmp_path: Path
) -> None:
    # boto3's multipart layout (8 MiB parts) differs from ours and carries no part-size metadata.
    content = os.urandom(17 * MIB)
    config = TransferConfig(multipart_threshold=8 * MIB, multipart_chunksize=8 * MIB)
    s3.upload_fileobj(io.BytesIO(content), bucket, "foreign/model.bin", Config=config)
    assert s3.head_object(Bucket=bucket, Key="foreign/model.bin")["ETag"].strip('"').endswith("-3")
    obs.download_file(f"obs://{bucket}/foreign/model.bin", f"{tmp_path}/")
    assert (tmp_path / "model.bin").read_bytes() == content


def test_large_single_request_object_downloads_in_ranges(
    obs: OBS, bucket: str, s3: Any, tmp_path: Path
) -> None:
    # Above the threshold but written in one request: a plain MD5 ETag, checked over the whole file.
    content = os.urandom(13 * MIB + 5)
    s3.put_object(Bucket=bucket, Key="plain/data.bin", Body=content)
    summary = obs.download_file(f"obs://{bucket}/plain/data.bin", f"{tmp_path}/")
    assert (tmp_path / "data.bin").read_bytes() == content
    assert summary.bytes == len(content)


def test_unchanged_files_are_skipped(obs: OBS, bucket: str, tmp_path: Path) -> None:
    source = tmp_path / "src"
    write_tree(source, {"small.txt": b"small", "large.bin": os.urandom(7 * MIB)})
    obs.upload_dir(f"{source}/", f"obs://{bucket}/")
    again = obs.upload_dir(f"{source}/", f"obs://{bucket}/")
    assert (again.files, again.skipped, again.bytes) == (2, 2, 0)
    (source / "small.txt").write_bytes(b"SMALL")
    changed = obs.upload_dir(f"{source}/", f"obs://{bucket}/")
    assert (changed.skipped, changed.bytes) == (1, 5)

    first = obs.download_dir(f"obs://{bucket}/src/", f"{tmp_path / 'out'}/")
    assert first.skipped == 0
    second = obs.download_dir(f"obs://{bucket}/src/", f"{tmp_path / 'out'}/")
    assert (second.skipped, second.bytes) == (2, 0)
