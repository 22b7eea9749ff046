"""Cancelling an awaited OBS transfer stops it: no thread goes on writing, no stray temporary file, and a
checkpoint from which the next call resumes with the missing parts only.
"""

from __future__ import annotations

import asyncio
import os
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import obs as sdk
import pytest

from modelarts_hl.aio import AsyncOBS
from modelarts_hl.obs import OBS, transfer

from ..obs.support import CREDENTIALS, MIB, make_settings
from ..waiting import HANG

pytestmark = pytest.mark.anyio

PARTS = 4


@pytest.fixture
def async_obs(moto_server: str, tmp_path: Path) -> Iterator[AsyncOBS]:
    client = OBS(make_settings(moto_server, tmp_path / "checkpoints", concurrency=1), lambda: CREDENTIALS)
    yield AsyncOBS(client)
    client.close()


def transfer_threads() -> list[threading.Thread]:
    return [thread for thread in threading.enumerate() if thread.name.startswith("modelarts-hl-obs")]


class Held:
    """Holds the SDK's ``name`` requests after ``free`` of them until released; counts them all."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, name: str, free: int) -> None:
        self.sent = 0
        self.free = free
        self.arrived = threading.Event()
        self.release = threading.Event()
        original = getattr(sdk.ObsClient, name)

        def held(client: Any, *args: Any, **kwargs: Any) -> Any:
            self.sent += 1
            if self.sent > self.free:
                self.arrived.set()
                self.release.wait(HANG)
            return original(client, *args, **kwargs)

        monkeypatch.setattr(sdk.ObsClient, name, held)

    async def cancel_when_held(self, task: asyncio.Task[Any]) -> None:
        assert await asyncio.to_thread(self.arrived.wait, HANG), "the transfer never reached the held request"
        task.cancel()
        await asyncio.sleep(0.2)
        assert not task.done(), "the cancellation did not wait for the request under way"
        self.release.set()
        with pytest.raises(asyncio.CancelledError):
            await task


async def test_a_cancelled_upload_stops_and_resumes(
    async_obs: AsyncOBS, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(transfer, "_SAVE_INTERVAL", 0.0)
    bucket = "aio-cancel-up"
    await async_obs.create_bucket(bucket)
    source = tmp_path / "model.bin"
    content = os.urandom(PARTS * 5 * MIB)
    source.write_bytes(content)
    held = Held(monkeypatch, "uploadPart", free=1)
    upload = asyncio.create_task(async_obs.upload_file(str(source), f"obs://{bucket}/models/"))
    await held.cancel_when_held(upload)
    assert not transfer_threads()
    assert list((tmp_path / "checkpoints").glob("*.json"))
    assert not await async_obs.exists(f"obs://{bucket}/models/model.bin")

    sent = held.sent
    held.free = 100
    summary = await async_obs.upload_file(str(source), f"obs://{bucket}/models/")
    assert summary.resumed == 1 and held.sent - sent == PARTS - 2  # the held part finished and was kept
    assert await async_obs.read_bytes(f"obs://{bucket}/models/model.bin") == content
    assert not list((tmp_path / "checkpoints").glob("*.json"))


async def test_a_cancelled_download_keeps_only_its_checkpointed_file(
    async_obs: AsyncOBS, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(transfer, "_SAVE_INTERVAL", 0.0)
    bucket = "aio-cancel-down"
    await async_obs.create_bucket(bucket)
    content = os.urandom(PARTS * 5 * MIB)
    await async_obs.write_bytes(f"obs://{bucket}/model.bin", content)
    small = b"small file"
    await async_obs.write_bytes(f"obs://{bucket}/small/one.txt", small)
    destination = tmp_path / "out"
    destination.mkdir()

    held = Held(monkeypatch, "getObject", free=2)
    download = asyncio.create_task(async_obs.download_file(f"obs://{bucket}/model.bin", f"{destination}/"))
    await held.cancel_when_held(download)
    assert not transfer_threads()
    [partial] = destination.iterdir()  # the file the checkpoint continues, under its temporary name
    assert partial.name.startswith(".model.bin.")
    assert list((tmp_path / "checkpoints").glob("*.json"))

    sent = held.sent
    held.free = 1000
    summary = await async_obs.download_file(f"obs://{bucket}/model.bin", f"{destination}/")
    assert summary.resumed == 1 and held.sent - sent == PARTS - 3
    assert [path.name for path in destination.iterdir()] == ["model.bin"]
    assert (destination / "model.bin").read_bytes() == content

    # A whole-object download cancelled while its request is held leaves no temporary file.
    held.sent, held.free = 0, 0
    held.arrived.clear()
    held.release.clear()
    small_dir = tmp_path / "small"
    small_dir.mkdir()
    download = asyncio.create_task(async_obs.download_file(f"obs://{bucket}/small/one.txt", f"{small_dir}/"))
    await held.cancel_when_held(download)
    assert not transfer_threads()
    assert [path.name for path in small_dir.iterdir()] in ([], ["one.txt"])
