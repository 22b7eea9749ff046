"""Following a training log through the log preview API, which only ever returns the log's tail.

Each preview holds the last ``current_size`` bytes of a log that is ``full_size`` bytes long, so it covers
bytes ``[full_size - current_size, full_size)``. :class:`LogFollower` remembers up to which byte of the full
log it has emitted lines and aligns each new tail on that position: lines the previous tails already gave are
not repeated, lines still inside the tail are never skipped, and a line is only emitted once it is complete
(its newline has arrived), except for the last one when the job has ended. If the log grew by more than the
preview holds between two polls, the lost part is reported by one marker line.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from modelarts_hl._core.calls import Plan
from modelarts_hl.errors import APIError

__all__ = ["LogFollower", "LogPrinter"]

log = logging.getLogger("modelarts_hl.training.logs")


def _lines(data: bytes) -> list[str]:
    text = data.decode("utf-8", errors="replace")
    parts = text.split("\n")
    if parts and parts[-1] == "":
        parts.pop()
    return [part[:-1] if part.endswith("\r") else part for part in parts]


_REPLACEMENT = "\ufffd"


class LogFollower:
    """Turns successive log previews into new lines, each line of the log at most once."""

    def __init__(self) -> None:
        self._offset = 0
        # The start of a line whose newline has not arrived yet (kept, as the tail may lose it later).
        self._pending = b""
        self.skipped_bytes = 0

    @property
    def offset(self) -> int:
        """Bytes of the full log read so far."""
        return self._offset

    def feed(
        self, content: str, current_size: int | None, full_size: int | None, *, final: bool = False
    ) -> list[str]:
        """The lines that ``content`` adds; with ``final`` also an unterminated last line."""
        data = content.encode("utf-8")
        # Sizes count the bytes of the log file; without them (a non-conforming server) the content is taken
        # to be the whole log.
        window = current_size if isinstance(current_size, int) and current_size >= 0 else len(data)
        full = full_size if isinstance(full_size, int) and full_size >= window else window
        if full < self._offset:
            # The log shrank: it was started again (a restarted task); follow the new one from its start.
            self._offset, self._pending = 0, b""
        lines: list[str] = []
        unseen = full - self._offset
        if unseen > window:
            gap = unseen - window + len(self._pending)
            self.skipped_bytes += gap
            lines.append(
                f"[... {gap} bytes of the log were not shown: the log grew faster than it was read ...]"
            )
            self._offset, self._pending, unseen = full - window, b"", window
        # A tail cut inside a character at either end decodes to a replacement character of another byte
        # length, so positions are counted from the end that is whole.
        start_cut = full > window and content.startswith(_REPLACEMENT)
        end_cut = not final and content.endswith(_REPLACEMENT)
        if start_cut and end_cut:
            return lines  # the writer is inside a character: read this part at the next poll
        new = data[len(data) - unseen :] if start_cut else data[window - unseen :]
        if end_cut:
            # Only up to the last newline: the cut character after it is read again, whole, next time.
            new = new[: new.rfind(b"\n") + 1]
            self._offset += len(new)
        else:
            self._offset = full
        buffer = self._pending + new
        cut = len(buffer) if final else buffer.rfind(b"\n") + 1
        self._pending = buffer[cut:]
        lines.extend(_lines(buffer[:cut]))
        return lines


Preview = tuple[str, int | None, int | None]


class LogPrinter:
    """Reads a task's log preview with ``fetch`` (a plan); hands each new line to ``emit`` (``print``)."""

    def __init__(self, fetch: Callable[[], Plan[Preview]], emit: Callable[[str], None] | None = None) -> None:
        self._fetch = fetch
        self._emit = emit or _print
        self.follower = LogFollower()

    def poll(self, *, final: bool = False) -> Plan[None]:
        try:
            content, current_size, full_size = yield from self._fetch()
        except APIError as error:
            # The log may not exist yet (the task has not started); the job status decides when to stop.
            log.debug("log preview not available yet: %s", error)
            return
        for line in self.follower.feed(content, current_size, full_size, final=final):
            self._emit(line)


def _print(line: str) -> None:
    # The documented show_log output of fit(): the job's log lines on standard output.
    print(line, flush=True)
