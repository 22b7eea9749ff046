"""Progress bars for transfers (bytes and files), shown only when asked or when stderr is a terminal."""

from __future__ import annotations

import sys
import threading
from typing import Any

__all__ = ["Progress", "progress_enabled"]


def progress_enabled(setting: bool | None) -> bool:
    if setting is not None:
        return setting
    isatty = getattr(sys.stderr, "isatty", None)
    return bool(isatty and isatty())


class Progress:
    """Two tqdm bars, updated from any thread; does nothing when disabled."""

    def __init__(self, enabled: bool, description: str, total_files: int, total_bytes: int) -> None:
        self._lock = threading.Lock()
        self._bytes: Any = None
        self._files: Any = None
        if enabled:
            from tqdm import tqdm

            self._bytes = tqdm(
                total=total_bytes, desc=description, unit="B", unit_scale=True, unit_divisor=1024, position=0
            )
            self._files = tqdm(total=total_files, desc="files", unit="file", position=1)

    def add_bytes(self, count: int) -> None:
        if self._bytes is not None and count:
            with self._lock:
                self._bytes.update(count)

    def add_file(self) -> None:
        if self._files is not None:
            with self._lock:
                self._files.update(1)

    def close(self) -> None:
        with self._lock:
            for bar in (self._bytes, self._files):
                if bar is not None:
                    bar.close()
            self._bytes = self._files = None

    def __enter__(self) -> Progress:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
