"""The regular files of a local folder, as uploads see them."""

from __future__ import annotations

import logging
import os
import stat
from collections.abc import Iterator
from pathlib import Path

from modelarts_hl.errors import InvalidArgumentError

from .upload import UploadItem

__all__ = ["walk"]

log = logging.getLogger("modelarts_hl.obs")


def _raise(error: OSError) -> None:
    raise error


def walk(root: Path, base_key: str, argument: str) -> Iterator[UploadItem]:
    """Regular files under ``root`` (following file links, not folder links), keyed ``base_key + rel``.

    A name that is not valid UTF-8 cannot be an object key: it is refused, naming ``argument``.
    """
    for dirpath, dirnames, filenames in os.walk(root, onerror=_raise):
        dirnames.sort()
        for name in sorted(filenames):
            path = Path(dirpath, name)
            try:
                info = path.stat()
            except FileNotFoundError:
                log.warning("skipping %s: broken symbolic link", path)
                continue
            if not stat.S_ISREG(info.st_mode):
                log.warning("skipping %s: not a regular file", path)
                continue
            relative = path.relative_to(root).as_posix()
            try:
                relative.encode("utf-8")
            except UnicodeEncodeError:
                raise InvalidArgumentError(
                    argument, "file names that are valid UTF-8 (object keys are UTF-8)", got=str(path)
                ) from None
            yield UploadItem(path, base_key + relative, info.st_size, info.st_mtime_ns)
