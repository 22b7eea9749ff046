"""A transfer killed mid-way (SIGKILL, no cleanup) continues from its checkpoint on the next call."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import obs as sdk
import pytest

from modelarts_hl.obs import OBS

from ..waiting import wait_for
from .support import MIB

ROOT = Path(__file__).resolve().parents[2]
PARTS = 4


def listed(checkpoint_dir: Path, field: str) -> int:
    """How many parts (or chunks) the checkpoint lists; 0 before it exists."""
    for path in checkpoint_dir.glob("*.json"):
        try:
            return len(json.loads(path.read_text())[field])
        except (OSError, ValueError, KeyError):
            continue
    return 0


def kill_after(
    mode: str, endpoint: str, checkpoint_dir: Path, source: str, destination: str, done: int
) -> int:
    """Start the transfer held after ``done`` parts, SIGKILL it once its checkpoint lists them.

    Returns how many parts the checkpoint lists after the kill.
    """
    field = "parts" if mode == "upload" else "chunks"
    command = [sys.executable, "-m", "tests.obs.interrupted_transfer", mode, endpoint]
    command += [str(checkpoint_dir), source, destination, str(done)]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    process = subprocess.Popen(command, cwd=ROOT, env=env)

    def reached() -> bool:
        assert process.poll() is None, "the transfer ended before it could be interrupted"
        return listed(checkpoint_dir, field) >= done

    try:
        wait_for(reached, f"{done} {field} in the checkpoint", interval=0.01)
    finally:
        process.kill()
        process.wait()
    return listed(checkpoint_dir, field)


def count_calls(monkeypatch: pytest.MonkeyPatch, name: str) -> list[Any]:
    calls: list[Any] = []
    original = getattr(sdk.ObsClient, name)

    def counted(self: Any, *args: Any, **kwargs: Any) -> Any:
        calls.append(args)
        return original(self, *args, **kwargs)

    monkeypatch.setattr(sdk.ObsClient, name, counted)
    return calls


@pytest.mark.slow
def test_killed_upload_resumes_with_the_missing_parts_only(
    obs: OBS, bucket: str, s3: Any, moto_endpoint: str, checkpoint_dir: Path, tmp_path: Path, monkeypatch: Any
) -> None:
    source = tmp_path / "model.bin"
    content = os.urandom(PARTS * 5 * MIB)
    source.write_bytes(content)
    done = kill_after("upload", moto_endpoint, checkpoint_dir, str(source), f"obs://{bucket}/models/", 2)
    assert "Contents" not in s3.list_objects(Bucket=bucket)

    parts = count_calls(monkeypatch, "uploadPart")
    summary = obs.upload_file(str(source), f"obs://{bucket}/models/")
    assert done == 2
    assert len(parts) == PARTS - done
    assert (summary.resumed, summary.bytes) == (1, (PARTS - done) * 5 * MIB)
    assert s3.get_object(Bucket=bucket, Key="models/model.bin")["Body"].read() == content
    assert list(checkpoint_dir.glob("*.json")) == []


@pytest.mark.slow
def test_killed_download_resumes_with_the_missing_ranges_only(
    obs: OBS, bucket: str, moto_endpoint: str, checkpoint_dir: Path, tmp_path: Path, monkeypatch: Any
) -> None:
    source = tmp_path / "model.bin"
    content = os.urandom(PARTS * 5 * MIB)
    source.write_bytes(content)
    obs.upload_file(str(source), f"obs://{bucket}/models/")
    destination = tmp_path / "out"
    done = kill_after(
        "download", moto_endpoint, checkpoint_dir, f"obs://{bucket}/models/model.bin", f"{destination}/", 2
    )
    # Only the hidden temporary file exists; nothing under the final name.
    [partial] = list(destination.iterdir())
    assert partial.name.startswith(".model.bin.")

    ranges = count_calls(monkeypatch, "getObject")
    summary = obs.download_file(f"obs://{bucket}/models/model.bin", f"{destination}/")
    assert done == 2
    assert len(ranges) == PARTS - done
    assert summary.resumed == 1
    assert [p.name for p in destination.iterdir()] == ["model.bin"]
    assert (destination / "model.bin").read_bytes() == content
    assert list(checkpoint_dir.glob("*.json")) == []
