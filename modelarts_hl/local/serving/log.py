"""The ``log`` module of ModelArts inference images: ``log.getLogger(__name__)`` logs to the service log."""

from __future__ import annotations

import logging
import sys

__all__ = ["getLogger"]

_FORMAT = "[%(asctime)s] [%(levelname)s] [%(name)s] %(message)s"
_configured = False


def getLogger(name: str | None = None) -> logging.Logger:
    global _configured
    root = logging.getLogger()
    # The server configures logging before it loads a script; a script run on its own gets it here.
    if not _configured and not root.handlers:
        handler = logging.StreamHandler(sys.stdout)
        handler.setFormatter(logging.Formatter(_FORMAT))
        root.addHandler(handler)
        root.setLevel(logging.INFO)
    _configured = True
    return logging.getLogger(name)
