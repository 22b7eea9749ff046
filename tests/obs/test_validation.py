"""Argument checks: every bad path is refused with InvalidArgumentError before any request is made."""

from __future__ import annotations

from pathlib import Path

import pytest

from modelarts_hl.errors import InvalidArgumentError
from modelarts_hl.obs import OBS, ObsCredentials, ObsSettings, UnsafeObjectKeyError
from modelarts_hl.obs.paths import local_relative_path

MIB = 1024 * 1024


@pytest.fixture
def local_file(tmp_path: Path) -> str:
    path = tmp_path / "file1.txt"
    path.write_text("data")
    return str(path)


@pytest.mark.parametrize(
    "dst",
    [
        "bucket/dir1/",
        "s3://bucket/dir1/",
        "obs://bucket/dir1",
        "obs://Bucket/dir1/",
        "obs://b/",
        "obs://bucket//x/",
        7,
    ],
)
def test_upload_file_refuses_bad_destination(offline: OBS, local_file: str, dst: object) -> None:
    with pytest.raises(InvalidArgumentError) as info:
        offline.upload_file(local_file, dst)  # type: ignore[arg-type]
    assert info.value.argument == "dst_obs_dir"
    assert isinstance(info.value, ValueError)


def test_upload_file_refuses_missing_source(offline: OBS, tmp_path: Path) -> None:
    with pytest.raises(InvalidArgumentError, match="src_local_file"):
        offline.upload_file(str(tmp_path / "missing.txt"), "obs://bucket/dir1/")
    with pytest.raises(InvalidArgumentError, match="src_local_file"):
        offline.upload_file(str(tmp_path), "obs://bucket/dir1/")


def test_upload_dir_refuses_bad_arguments(offline: OBS, tmp_path: Path, local_file: str) -> None:
    with pytest.raises(InvalidArgumentError, match="src_local_dir"):
        offline.upload_dir(local_file, "obs://bucket/dir1/")
    with pytest.raises(InvalidArgumentError, match="src_local_dir"):
        offline.upload_dir(str(tmp_path / "missing"), "obs://bucket/dir1/")
    with pytest.raises(InvalidArgumentError, match="dst_obs_dir"):
        offline.upload_dir(str(tmp_path), "obs://bucket/dir1")


@pytest.mark.parametrize(
    ("src", "dst", "argument"),
    [
        ("obs://bucket/dir1/", "/tmp/x/", "src_obs_file"),
        ("obs://bucket", "/tmp/x/", "src_obs_file"),
        ("/local/file1.txt", "/tmp/x/", "src_obs_file"),
        ("obs://bucket/dir1/file1.txt", "/tmp/x", "dst_local_dir"),
        ("obs://bucket/dir1/file1.txt", "", "dst_local_dir"),
        ("obs://bucket/dir1/..", "/tmp/x/", "src_obs_file"),
    ],
)
def test_download_file_refuses_bad_arguments(offline: OBS, src: str, dst: str, argument: str) -> None:
    error = UnsafeObjectKeyError if src.endswith("..") else InvalidArgumentError
    with pytest.raises(error) as info:
        offline.download_file(src, dst)
    if isinstance(info.value, InvalidArgumentError):
        assert info.value.argument == argument


def test_download_dir_refuses_bad_arguments(offline: OBS, local_file: str) -> None:
    with pytest.raises(InvalidArgumentError, match="src_obs_dir"):
        offline.download_dir("obs://bucket/dir1", "/tmp/x/")
    with pytest.raises(InvalidArgumentError, match="dst_local_dir"):
        offline.download_dir("obs://bucket/dir1/", "/tmp/x")
    with pytest.raises(InvalidArgumentError, match="dst_local_dir"):
        offline.download_dir("obs://bucket/dir1/", local_file + "/")


def test_helpers_refuse_bad_paths(offline: OBS) -> None:
    with pytest.raises(InvalidArgumentError, match="obs_path"):
        offline.delete("obs://bucket/dir/")
    with pytest.raises(InvalidArgumentError, match="obs_prefix"):
        offline.delete_prefix("obs://bucket/dir")
    with pytest.raises(InvalidArgumentError, match="confirm"):
        offline.delete_prefix("obs://bucket/")
    with pytest.raises(InvalidArgumentError, match="name"):
        offline.create_bucket("Not_A_Bucket")
    with pytest.raises(InvalidArgumentError, match="data"):
        offline.write_bytes("obs://bucket/key", "text")  # type: ignore[arg-type]
    with pytest.raises(InvalidArgumentError, match="obs_prefix"):
        offline.list_objects("bucket/key")


@pytest.mark.parametrize(
    "key",
    [
        "../x",
        "a/../../x",
        "a/..",
        "/etc/passwd",
        "a//b",
        "./a",
        "a\\..\\b",
        "C:/Windows/x",
        "c:x",
        "a/\x01b",
        "",
    ],
)
def test_escaping_keys_are_refused(key: str) -> None:
    with pytest.raises(UnsafeObjectKeyError):
        local_relative_path(key, "prefix/" + key)


def test_ordinary_keys_are_accepted() -> None:
    assert local_relative_path("a b/ü/文件 1.txt", "x") == ("a b", "ü", "文件 1.txt")
    assert local_relative_path("..hidden/x..y", "x") == ("..hidden", "x..y")


def test_settings_are_checked() -> None:
    with pytest.raises(InvalidArgumentError) as info:
        ObsSettings(endpoint="http://127.0.0.1:1", part_size=MIB)
    assert info.value.argument == "part_size"
    with pytest.raises(InvalidArgumentError, match="endpoint"):
        ObsSettings(endpoint="127.0.0.1:1")
    with pytest.raises(InvalidArgumentError, match="signature"):
        ObsSettings(endpoint="http://127.0.0.1:1", signature="v2")  # type: ignore[arg-type]
    with pytest.raises(InvalidArgumentError, match="concurrency"):
        ObsSettings(endpoint="http://127.0.0.1:1", concurrency=0)


def test_credentials_repr_hides_secrets() -> None:
    credentials = ObsCredentials("AKEXAMPLE", "secret-key-value", "security-token-value")
    for text in (repr(credentials), str(credentials)):
        assert "AKEXAMPLE" in text
        assert "secret-key-value" not in text
        assert "security-token-value" not in text


@pytest.mark.filterwarnings("ignore:ssl.PROTOCOL_TLS is deprecated:DeprecationWarning")
def test_tls_verification_checks_certificates_and_host_names(tmp_path: Path) -> None:
    import ssl

    from modelarts_hl.obs.client import _build

    credentials = ObsCredentials("AK", "SK-not-used")
    verified = _build(ObsSettings(endpoint="https://127.0.0.1:1"), credentials)
    assert verified.context.verify_mode == ssl.CERT_REQUIRED
    assert verified.context.check_hostname
    assert verified.context.cert_store_stats()["x509_ca"] > 0 or ssl.get_default_verify_paths().capath
    unverified = _build(ObsSettings(endpoint="https://127.0.0.1:1", verify=False), credentials)
    assert unverified.context.verify_mode == ssl.CERT_NONE


def test_region_comes_from_the_endpoint_when_not_given() -> None:
    from modelarts_hl.obs.client import region_of

    assert region_of(ObsSettings(endpoint="https://obs.cn-north-4.myhuaweicloud.com")) == "cn-north-4"
    assert region_of(ObsSettings(endpoint="http://127.0.0.1:9000")) == "us-east-1"
    assert region_of(ObsSettings(endpoint="http://127.0.0.1:9000", region="eu-west-101")) == "eu-west-101"
