"""The body of a prediction request: JSON data or a local file, within the size ModelArts accepts."""

from __future__ import annotations

import json
import mimetypes
import os
from collections.abc import Mapping
from typing import Any

from modelarts_hl.errors import (
    InvalidArgumentError,
)

__all__ = ["DATA_TYPES", "MAX_PREDICT_BYTES", "file_part", "json_body"]

DATA_TYPES = ("json", "files", "images")
# ModelArts refuses prediction bodies above 12 MB.
MAX_PREDICT_BYTES = 12 * 1024 * 1024


def json_body(data: Any) -> bytes:
    if isinstance(data, str | os.PathLike):
        if not os.path.isfile(data):
            raise InvalidArgumentError("data", "a dict, or the path of an existing local JSON file", got=data)
        with open(data, "rb") as handle:
            content = handle.read()
        try:
            json.loads(content)
        except ValueError:
            raise InvalidArgumentError("data", "a file holding JSON", got=data) from None
    elif isinstance(data, Mapping | list):
        try:
            content = json.dumps(data, ensure_ascii=False).encode("utf-8")
        except (TypeError, ValueError) as exc:
            raise InvalidArgumentError("data", f"JSON-serializable data ({exc})") from None
    else:
        raise InvalidArgumentError(
            "data", "a dict, a list, or the path of a local JSON file", got=type(data).__name__
        )
    check_size(len(content))
    return content


def file_part(data: Any) -> tuple[str, bytes, str]:
    if not isinstance(data, str | os.PathLike) or not os.path.isfile(data):
        raise InvalidArgumentError("data", "the path of an existing local file", got=data)
    check_size(os.path.getsize(data))
    with open(data, "rb") as handle:
        content = handle.read()
    name = os.path.basename(os.fspath(data))
    return name, content, mimetypes.guess_type(name)[0] or "application/octet-stream"


def check_size(size: int) -> None:
    if size > MAX_PREDICT_BYTES:
        raise InvalidArgumentError(
            "data", "at most 12 MB (the limit of one prediction request)", got=f"{size} bytes"
        )
