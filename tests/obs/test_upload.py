"""Bodies above 1 MiB are streamed from the file: retried from the start, refused when the file changes."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path
from typing import Any

import obs as sdk
import pytest

from modelarts_hl.obs import OBS, IntegrityError

from .support import MIB


def test_a_streamed_body_is_sent_again_from_the_start_after_a_dropped_connection(
    obs: OBS, bucket: str, s3: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = tmp_path / "weights.bin"
    content = os.urandom(3 * MIB + 7)
    source.write_bytes(content)
    original = sdk.ObsClient.putContent
    attempts: list[int] = []

    def drop_first(self: Any, *args: Any, **kwargs: Any) -> Any:
        attempts.append(1)
        if len(attempts) == 1:
            kwargs["content"].read(MIB)
            raise ConnectionResetError("connection dropped mid-body")
        return original(self, *args, **kwargs)

    monkeypatch.setattr(sdk.ObsClient, "putContent", drop_first)
    obs.upload_file(str(source), f"obs://{bucket}/models/")
    assert len(attempts) == 2
    stored = s3.get_object(Bucket=bucket, Key="models/weights.bin")
    assert stored["Body"].read() == content
    assert stored["ETag"].strip('"') == hashlib.md5(content).hexdigest()


@pytest.mark.parametrize(("size", "operation"), [(3 * MIB, "putContent"), (12 * MIB, "uploadPart")])
def test_a_file_cut_short_while_it_is_sent_raises_and_stores_nothing(
    obs: OBS,
    bucket: str,
    s3: Any,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    size: int,
    operation: str,
) -> None:
    source = tmp_path / "growing.log"
    source.write_bytes(os.urandom(size))
    original = getattr(sdk.ObsClient, operation)

    def truncate_then_send(self: Any, *args: Any, **kwargs: Any) -> Any:
        os.truncate(source, MIB // 2)
        return original(self, *args, **kwargs)

    monkeypatch.setattr(sdk.ObsClient, operation, truncate_then_send)
    with pytest.raises(IntegrityError, match="changed while it was being uploaded"):
        obs.upload_file(str(source), f"obs://{bucket}/logs/")
    assert "Contents" not in s3.list_objects(Bucket=bucket)
