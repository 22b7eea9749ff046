"""What a prediction request sends, checked before anything is sent: JSON data or a local file within the size
ModelArts accepts, and an API path that stays inside the service's address.
"""

from __future__ import annotations

import json
import mimetypes
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import unquote

from modelarts_hl._core.checks import json_text
from modelarts_hl.errors import InvalidArgumentError

__all__ = [
    "DATA_TYPES",
    "MAX_PREDICT_BYTES",
    "FileUpload",
    "JsonData",
    "api_path",
    "file_upload",
    "json_data",
]

DATA_TYPES = ("json", "files", "images")
# ModelArts refuses prediction bodies above 12 MB.
MAX_PREDICT_BYTES = 12 * 1024 * 1024

_ESCAPE = re.compile(r"%(?![0-9A-Fa-f]{2})|%([0-9A-Fa-f]{2})")
# Characters that would let a path leave the API it names (or be read differently by a proxy), also when
# percent-encoded: separators and dots are refused encoded, since only their plain forms are checked below.
_NEVER = frozenset("?#\\") | {chr(code) for code in (*range(32), 127)}
_NEVER_ENCODED = _NEVER | frozenset("%./")
_PATH_EXPECTED = (
    "an API path of the service starting with '/', such as / or /v2/predict, without '.' or '..' segments, "
    "'//', '?', '#', backslashes, control characters or their percent-encoded forms"
)


@dataclass(frozen=True, slots=True)
class JsonData:
    """A JSON request body: an object or an array."""

    value: dict[str, Any] | list[Any]


@dataclass(frozen=True, slots=True)
class FileUpload:
    """A local file sent as a form field: the model's file parameter, ``data_type`` when it names none."""

    data_type: str
    file_name: str
    content: bytes
    mime_type: str


def json_data(data: Any) -> JsonData:
    """``data`` (a dict, a list, or the path of a local JSON file) as a request body of at most 12 MB."""
    if isinstance(data, str | os.PathLike):
        if not os.path.isfile(data):
            raise InvalidArgumentError("data", "a dict, or the path of an existing local JSON file", got=data)
        with open(data, "rb") as handle:
            content = handle.read()
        try:
            data = json.loads(content)
        except ValueError:
            raise InvalidArgumentError("data", "a file holding JSON", got=os.fspath(data)) from None
        if not isinstance(data, dict | list):
            raise InvalidArgumentError(
                "data", "a file holding a JSON object or array", got=type(data).__name__
            )
    elif isinstance(data, Mapping):
        data = dict(data)
    elif not isinstance(data, list):
        raise InvalidArgumentError(
            "data", "a dict, a list, or the path of a local JSON file", got=type(data).__name__
        )
    _check_size(len(json_text("data", data).encode("utf-8")))
    return JsonData(data)


def file_upload(data: Any, data_type: str) -> FileUpload:
    """The local file ``data`` (at most 12 MB) as a form field of the prediction request."""
    if not isinstance(data, str | os.PathLike) or not os.path.isfile(data):
        raise InvalidArgumentError("data", "the path of an existing local file", got=data)
    _check_size(os.path.getsize(data))
    with open(data, "rb") as handle:
        content = handle.read()
    name = os.path.basename(os.fspath(data))
    return FileUpload(data_type, name, content, mimetypes.guess_type(name)[0] or "application/octet-stream")


def api_path(value: object) -> str:
    """The API path ``value`` (``/``, ``/v2/predict``) as the generated operations take it: ``""`` for ``/``,
    else decoded and without its leading ``/`` (``v2/predict``); refused when it could leave the service.
    """
    if not isinstance(value, str) or not value.startswith("/"):
        raise InvalidArgumentError("path", _PATH_EXPECTED, got=value)
    for escape in _ESCAPE.finditer(value):
        if escape.group(1) is None or chr(int(escape.group(1), 16)) in _NEVER_ENCODED:
            raise InvalidArgumentError("path", _PATH_EXPECTED, got=value)
    decoded = unquote(value)
    segments = decoded[1:].split("/")
    if _NEVER & set(decoded) or "//" in decoded or any(segment in (".", "..") for segment in segments):
        raise InvalidArgumentError("path", _PATH_EXPECTED, got=value)
    return decoded[1:]


def _check_size(size: int) -> None:
    if size > MAX_PREDICT_BYTES:
        raise InvalidArgumentError(
            "data", "at most 12 MB (the limit of one prediction request)", got=f"{size} bytes"
        )
