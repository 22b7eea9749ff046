"""Offset/limit paging: which windows are fetched, and when a list has ended."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from modelarts_hl._core.pages import Page, Paging
from modelarts_hl.errors import InvalidArgumentError


class Listing:
    def __init__(self, count: int, *, report_total: bool) -> None:
        self.items = [f"item-{index}" for index in range(count)]
        self.report_total = report_total
        self.calls: list[tuple[int, int]] = []

    def __call__(self, offset: int, limit: int) -> Page[str]:
        self.calls.append((offset, limit))
        total = len(self.items) if self.report_total else None
        return Page(self.items[offset : offset + limit], total)


def read_all(listing: Listing, paging: Paging) -> Iterator[str]:
    while (window := paging.next_window()) is not None:
        page = listing(*window)
        paging.record(page)
        yield from page.items


def test_paging_stops_when_the_total_is_reached() -> None:
    listing = Listing(100, report_total=True)
    assert list(read_all(listing, Paging(50, 50))) == listing.items
    assert listing.calls == [(0, 50), (50, 50)]


def test_paging_stops_on_a_short_or_empty_page() -> None:
    short = Listing(7, report_total=False)
    assert list(read_all(short, Paging(3, 50, start=2))) == short.items[2:]
    assert short.calls == [(2, 3), (5, 3)]
    exact = Listing(6, report_total=False)
    assert list(read_all(exact, Paging(3, 50))) == exact.items
    assert exact.calls == [(0, 3), (3, 3), (6, 3)]


def test_paging_validates_its_arguments() -> None:
    for bad in (0, 51, True, 2.0):
        with pytest.raises(InvalidArgumentError) as caught:
            Paging(bad, 50)  # type: ignore[arg-type]
        assert caught.value.argument == "page_size"
    with pytest.raises(InvalidArgumentError, match="start"):
        Paging(10, 50, start=-1)
