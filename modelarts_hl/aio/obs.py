"""``AsyncSession.obs``: the OBS transfers of ``session.obs`` as awaitables.

Each call runs the synchronous transfer on a worker thread (the OBS SDK blocks). Cancelling the awaiting
task stops the transfer: nothing more starts, parts already under way finish and are recorded in the
checkpoint, temporary files that no checkpoint holds are removed, and only then does the cancellation reach
the caller. The next call of the same transfer resumes from the checkpoint.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Coroutine
from typing import Any, Concatenate, ParamSpec, TypeVar

from modelarts_hl._core.cancel import run_blocking
from modelarts_hl.obs import OBS, ObjectInfo

__all__ = ["AsyncOBS"]

P = ParamSpec("P")
T = TypeVar("T")


def _in_thread(
    method: Callable[Concatenate[OBS, P], T],
) -> Callable[Concatenate[AsyncOBS, P], Coroutine[Any, Any, T]]:
    @functools.wraps(method)
    async def run(self: AsyncOBS, /, *args: P.args, **kwargs: P.kwargs) -> T:
        return await run_blocking(functools.partial(method, self.blocking, *args, **kwargs))

    return run


def _all_objects(obs: OBS, obs_prefix: str) -> list[ObjectInfo]:
    """Every object under ``obs_prefix`` (``obs://bucket/prefix``), all pages read."""
    return list(obs.list_objects(obs_prefix))


class AsyncOBS:
    """Awaitable OBS transfers; ``blocking`` is the synchronous client they run on."""

    def __init__(self, blocking: OBS) -> None:
        self.blocking = blocking

    def __repr__(self) -> str:
        return f"AsyncOBS({self.blocking!r})"

    upload_file = _in_thread(OBS.upload_file)
    upload_dir = _in_thread(OBS.upload_dir)
    download_file = _in_thread(OBS.download_file)
    download_dir = _in_thread(OBS.download_dir)
    copy = _in_thread(OBS.copy)
    sync = _in_thread(OBS.sync)
    list_objects = _in_thread(_all_objects)
    exists = _in_thread(OBS.exists)
    delete = _in_thread(OBS.delete)
    delete_prefix = _in_thread(OBS.delete_prefix)
    create_bucket = _in_thread(OBS.create_bucket)
    bucket_exists = _in_thread(OBS.bucket_exists)
    read_bytes = _in_thread(OBS.read_bytes)
    write_bytes = _in_thread(OBS.write_bytes)

    def close(self) -> None:
        self.blocking.close()
