"""A per-request cost of esdk-obs-python removed from this package's calls, with the same results.

Every streamed GET builds a ``ResponseWrapper`` that builds an ``obs.util.Crc64``, which computes a 256-entry
CRC-64 table in pure Python (about 0.2 ms of CPU, holding the GIL) although the table is always the same and
is used only when a CRC-64 check was asked for: about a third of the client's CPU time per small download.
After :func:`install`, a ``Crc64`` built inside :func:`calls` copies a table computed once (crcmod's
``Crc.new``); anywhere else (other code of the process using the SDK) it is built as before.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any

__all__ = ["calls", "install"]

log = logging.getLogger("modelarts_hl.obs")
_lock = threading.Lock()
_installed = False
_inside: ContextVar[bool] = ContextVar("modelarts_hl_obs_sdk_call", default=False)


@contextmanager
def calls() -> Iterator[None]:
    """Mark SDK calls made by this package (in this thread or task)."""
    token = _inside.set(True)
    try:
        yield
    finally:
        _inside.reset(token)


def install() -> None:
    """Install the cached CRC-64 tables (once per process; not if the SDK has another layout)."""
    global _installed
    with _lock:
        if _installed:
            return
        _installed = True
        from obs import util

        original: Any = util.Crc64
        try:
            sample = original(0)
            usable = callable(getattr(sample.crc64, "new", None)) and callable(sample.crc64_combineFun)
        except Exception as exc:  # an SDK version with another layout: leave it as it is
            log.debug("esdk-obs-python Crc64 left unchanged: %s", exc)
            return
        if not usable:
            log.debug("esdk-obs-python Crc64 left unchanged: unknown layout")
            return
        util.Crc64 = _cached_crc64(original)


def _cached_crc64(original: Any) -> Any:
    templates: dict[int, Any] = {}
    templates_lock = threading.Lock()

    class CachedCrc64(original):  # type: ignore[misc]  # the SDK is untyped
        def __init__(self, init_crc: int = 0) -> None:
            if not _inside.get():
                super().__init__(init_crc)
                return
            with templates_lock:
                template = templates.get(init_crc)
                if template is None:
                    template = templates[init_crc] = original(init_crc)
            # A fresh CRC state on the shared table; the combine function is stateless.
            self.crc64 = template.crc64.new()
            self.crc64_combineFun = template.crc64_combineFun

    CachedCrc64.__name__ = CachedCrc64.__qualname__ = original.__name__
    return CachedCrc64
