"""Offset/limit list APIs read page by page: where the next page starts, and when the list has ended."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

from modelarts_hl._core.calls import Plan
from modelarts_hl._core.checks import check_int

__all__ = ["Listing", "Page", "Paging"]

T = TypeVar("T")


@dataclass(frozen=True)
class Page(Generic[T]):
    """One page of an offset/limit list API; ``total`` is the server's total count when it reports one."""

    items: Sequence[T]
    total: int | None = None


class Paging:
    """The windows ``(offset, limit)`` to fetch, in order, until a short or empty page or ``total`` items.

    Drivers loop ``while (window := paging.next_window()) is not None``, fetch the page and :meth:`record` it.
    """

    __slots__ = ("_done", "_offset", "page_size")

    def __init__(self, page_size: int, maximum: int, start: int = 0) -> None:
        self.page_size = check_int("page_size", page_size, 1, maximum)
        self._offset = check_int("start", start, 0)
        self._done = False

    def next_window(self) -> tuple[int, int] | None:
        return None if self._done else (self._offset, self.page_size)

    def record(self, page: Page[T]) -> None:
        self._offset += len(page.items)
        short = len(page.items) < self.page_size
        self._done = short or (page.total is not None and self._offset >= page.total)


@dataclass(frozen=True)
class Listing(Generic[T]):
    """A whole list to read lazily: ``fetch(offset, limit)`` is the plan of one page; a session's
    ``paginate`` drives it (an iterator, or an async iterator for ``AsyncSession``).
    """

    fetch: Callable[[int, int], Plan[Page[T]]]
    page_size: int
    maximum: int

    def paging(self) -> Paging:
        return Paging(self.page_size, self.maximum)
