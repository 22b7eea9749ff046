"""Parts of the local model and inference runtimes that need no backend: OBS locations, CSV rules, forms."""

from __future__ import annotations

import os

import httpx
import pytest

from modelarts_hl.local.runtime.inference.batch import build_csv_request
from modelarts_hl.local.runtime.obs_locations import LocationError, ObsLocation, parse_location
from modelarts_hl.local.serving.modelarts_server.multipart import MultipartError, parse_form


@pytest.mark.parametrize(
    ("text", "bucket", "key"),
    [
        ("obs://bucket/dir/file.txt", "bucket", "dir/file.txt"),
        ("s3://bucket/dir/", "bucket", "dir/"),
        ("/bucket/dir/", "bucket", "dir/"),
        ("/bucket", "bucket", ""),
        (
            "https://infers-data.obs.cn-north-4.myhuaweicloud.com/xgboosterdata/",
            "infers-data",
            "xgboosterdata/",
        ),
        ("http://127.0.0.1:9000/bucket/a%20b/", "bucket", "a b/"),
    ],
)
def test_obs_locations(text: str, bucket: str, key: str) -> None:
    assert parse_location(text, "http://127.0.0.1:9000") == ObsLocation(bucket, key)


@pytest.mark.parametrize("text", ["bucket/dir/", "https://example.com/dir/", "obs:///dir/", ""])
def test_not_obs_locations(text: str) -> None:
    with pytest.raises(LocationError):
        parse_location(text, "http://127.0.0.1:9000")


def test_location_helpers() -> None:
    location = parse_location("/bucket/dir")
    assert location.folder() == ObsLocation("bucket", "dir/")
    assert location.child("model/x.py") == ObsLocation("bucket", "dir/model/x.py")
    assert location.name == "dir" and str(location) == "obs://bucket/dir"


def test_csv_mapping_rule_places_columns() -> None:
    rule = {
        "type": "object",
        "properties": {
            "data": {
                "type": "object",
                "properties": {
                    "req_data": {
                        "type": "array",
                        "items": [
                            {
                                "type": "object",
                                "properties": {
                                    "input_1": {"type": "number", "index": 0},
                                    "input_2": {"type": "integer", "index": 1},
                                    "flag": {"type": "boolean", "index": 2},
                                    "name": {"type": "string", "index": 3},
                                    "unused": {"type": "number", "index": -1},
                                },
                            }
                        ],
                    }
                },
            }
        },
    }
    body = build_csv_request(rule, ["5.1", "3", "true", "setosa"])
    assert body == {"data": {"req_data": [{"input_1": 5.1, "input_2": 3, "flag": True, "name": "setosa"}]}}
    with pytest.raises(ValueError, match="column 1"):
        build_csv_request(rule, ["5.1", "three", "true", "x"])
    with pytest.raises(ValueError, match="no column 3"):
        build_csv_request(rule, ["5.1", "3", "true"])


def test_multipart_forms_become_modelarts_data() -> None:
    content = os.urandom(4096) + b"\r\n--not-the-boundary\r\n"
    request = httpx.Request(
        "POST", "http://x/", files={"images": ("a.png", content, "image/png")}, data={"threshold": "0.5"}
    )
    form = parse_form(request.read(), request.headers["Content-Type"])
    assert form["threshold"] == "0.5"
    assert list(form["images"]) == ["a.png"] and form["images"]["a.png"].read() == content


@pytest.mark.parametrize(
    ("body", "content_type"),
    [
        (b"--b\r\nContent-Disposition: form-data; name=x\r\n\r\n1\r\n", "multipart/form-data; boundary=b"),
        (b"", "multipart/form-data"),
        (b"--b\r\nContent-Disposition: form-data\r\n\r\n1\r\n--b--\r\n", "multipart/form-data; boundary=b"),
    ],
    ids=["unterminated", "no-boundary", "no-name"],
)
def test_malformed_forms(body: bytes, content_type: str) -> None:
    with pytest.raises(MultipartError):
        parse_form(body, content_type)
