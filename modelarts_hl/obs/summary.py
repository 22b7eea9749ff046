"""What a transfer did: files, bytes moved, time, and how many files were skipped or resumed."""

from __future__ import annotations

import time
from typing import Literal

import attrs

from modelarts_hl.errors import RefusedKey

__all__ = ["SummaryCounter", "TransferSummary", "format_bytes"]


def format_bytes(count: float) -> str:
    for unit in ("B", "KiB", "MiB", "GiB"):
        if abs(count) < 1024 or unit == "GiB":
            return f"{count:.0f} {unit}" if unit == "B" else f"{count:.1f} {unit}"
        count /= 1024
    raise AssertionError("unreachable")


@attrs.frozen(repr=False)
class TransferSummary:
    """Outcome of one transfer call.

    ``files`` counts every file handled (transferred or skipped), ``bytes`` the bytes sent or received in
    this call, ``skipped`` files already identical at the destination, ``resumed`` files continued from a
    checkpoint. ``refused`` lists the object keys left out because they cannot become files here (only
    when the call was asked to skip them).
    """

    operation: Literal["upload", "download", "copy"]
    files: int
    bytes: int
    seconds: float
    skipped: int = 0
    resumed: int = 0
    refused: tuple[RefusedKey, ...] = ()

    @property
    def bytes_per_second(self) -> float:
        return self.bytes / self.seconds if self.seconds > 0 else 0.0

    def __repr__(self) -> str:
        return (
            f"<TransferSummary {self.operation}: {self.files} files ({self.skipped} skipped, "
            f"{self.resumed} resumed), {format_bytes(self.bytes)} in {self.seconds:.2f} s "
            f"({format_bytes(self.bytes_per_second)}/s)"
            + (f", {len(self.refused)} keys refused" if self.refused else "")
            + ">"
        )

    __str__ = __repr__


class SummaryCounter:
    """Counts as a transfer goes; only the thread that runs the transfer updates it."""

    def __init__(self, operation: Literal["upload", "download", "copy"]) -> None:
        self._operation: Literal["upload", "download", "copy"] = operation
        self._start = time.perf_counter()
        self.files = 0
        self.bytes = 0
        self.skipped = 0
        self.resumed = 0

    def summary(self) -> TransferSummary:
        return TransferSummary(
            operation=self._operation,
            files=self.files,
            bytes=self.bytes,
            seconds=time.perf_counter() - self._start,
            skipped=self.skipped,
            resumed=self.resumed,
        )
