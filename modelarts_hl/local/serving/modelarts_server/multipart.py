"""multipart/form-data bodies as ModelArts hands them to inference scripts.

A file field becomes ``{"<field>": {"<file name>": <file-like>}}`` and a plain field a string, so
``data["images"]["test.png"].read()`` works as on ModelArts.
"""

from __future__ import annotations

import io
from email.message import Message
from email.parser import BytesHeaderParser
from typing import Any

__all__ = ["MultipartError", "boundary_of", "parse_form"]


class MultipartError(ValueError):
    """The body is not well-formed multipart/form-data."""


def boundary_of(content_type: str) -> str:
    message = Message()
    message["Content-Type"] = content_type
    boundary = message.get_param("boundary")
    if not isinstance(boundary, str) or not boundary:
        raise MultipartError("the multipart/form-data Content-Type has no boundary")
    return boundary


def parse_form(body: bytes, content_type: str) -> dict[str, Any]:
    delimiter = b"--" + boundary_of(content_type).encode("latin-1")
    chunks = body.split(delimiter)
    if len(chunks) < 3 or not chunks[-1].startswith(b"--"):
        raise MultipartError("the body does not end with the closing boundary")
    form: dict[str, Any] = {}
    for chunk in chunks[1:-1]:
        if not chunk.startswith(b"\r\n"):
            raise MultipartError("a part does not start on a new line")
        head, separator, content = chunk[2:].partition(b"\r\n\r\n")
        if not separator or not content.endswith(b"\r\n"):
            raise MultipartError("a part has no header block or is not followed by a line break")
        headers = BytesHeaderParser().parsebytes(head + b"\r\n\r\n")
        name = headers.get_param("name", header="content-disposition")
        if not isinstance(name, str) or not name:
            raise MultipartError("a part has no name in its Content-Disposition")
        value = content[:-2]
        filename = headers.get_filename()
        if filename is None:
            form[name] = value.decode("utf-8", errors="replace")
        else:
            files = form.setdefault(name, {})
            if not isinstance(files, dict):
                raise MultipartError(f"field {name!r} holds both text and files")
            files[filename] = io.BytesIO(value)
    return form
