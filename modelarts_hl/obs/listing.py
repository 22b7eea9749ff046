"""Listing objects under a prefix, one page of 1000 at a time."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import attrs

from .client import ClientProvider

__all__ = ["ObjectInfo", "iter_objects", "parse_sdk_time"]

_PAGE = 1000
# The SDK turns listing times into local time in this format (it drops the time zone).
_SDK_LOCAL_FORMAT = "%Y/%m/%d %H:%M:%S"
_HTTP_FORMAT = "%a, %d %b %Y %H:%M:%S GMT"


@attrs.frozen
class ObjectInfo:
    """One object: where it is, its size in bytes, ETag (quotes removed) and last modification (UTC)."""

    bucket: str
    key: str
    size: int
    etag: str | None
    last_modified: datetime | None

    @property
    def path(self) -> str:
        return f"obs://{self.bucket}/{self.key}"


def parse_sdk_time(value: str | None) -> datetime | None:
    """A time as the SDK reports it (listing: local ``%Y/%m/%d %H:%M:%S``; headers: HTTP date) in UTC."""
    if not value:
        return None
    try:
        return datetime.strptime(value, _HTTP_FORMAT).replace(tzinfo=UTC)
    except ValueError:
        pass
    try:
        return datetime.strptime(value, _SDK_LOCAL_FORMAT).astimezone(UTC)
    except ValueError:
        return None


def _object_info(bucket: str, content: Any) -> ObjectInfo:
    etag = content.etag.strip('"') if content.etag else None
    return ObjectInfo(bucket, content.key, int(content.size or 0), etag, parse_sdk_time(content.lastModified))


def iter_objects(
    provider: ClientProvider, bucket: str, prefix: str, page: int = _PAGE
) -> Iterator[ObjectInfo]:
    """Every object whose key starts with ``prefix``, in key order, fetched ``page`` at a time."""
    marker: str | None = None
    while True:
        result = provider.call(
            "listObjects", bucket, prefix=prefix or None, marker=marker, max_keys=page, encoding_type="url"
        )
        body = result.body
        contents = body.contents or []
        for content in contents:
            yield _object_info(bucket, content)
        if not body.is_truncated or not contents:
            return
        marker = body.next_marker or contents[-1].key
