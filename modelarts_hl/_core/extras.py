"""Optional parts of the package (the local backend, the demo) and the extras that install what they need."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from modelarts_hl.errors import MissingExtraError

__all__ = ["requiring_extra"]

# Modules of this distribution: a missing one is a broken installation, not a missing extra.
_OWN = frozenset({"modelarts_hl", "modelarts_client"})


@contextmanager
def requiring_extra(extra: str, what: str) -> Iterator[None]:
    """Imports inside this block that fail for a third-party module raise :class:`MissingExtraError`
    naming ``extra`` (``what`` says which part needs it), so that a person reads one line saying what to
    install instead of a traceback."""
    try:
        yield
    except ModuleNotFoundError as error:
        if error.name is None or error.name.partition(".")[0] in _OWN:
            raise
        raise MissingExtraError(extra, what, error.name) from error
