"""Runtime metrics of training tasks, sampled from their real process trees.

ModelArts reports one average per minute: ``cpuUsage`` (percent of the node's CPUs) and ``memUsage``
(percent of the node's memory). Here the node is this machine: each sample sums the task's processes (the
started one and every descendant) and the values of the current minute are averaged as samples arrive, so a
job of a few seconds already shows one value. A minute without a value (CPU use needs two samples of a
process) shows -1, as on ModelArts.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable

import psutil

__all__ = ["PerMinute", "TaskSampler"]

_SECONDS_PER_VALUE = 60.0


class _Average:
    def __init__(self) -> None:
        self.total = 0.0
        self.count = 0

    def add(self, value: float) -> float:
        self.total += value
        self.count += 1
        return round(self.total / self.count, 3)


class PerMinute:
    """Series of one value per minute since the start, each the average of the minute's samples; a minute
    without a sample is -1, as on ModelArts."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._start = clock()
        self._averages: dict[str, list[_Average]] = {}
        self.values: dict[str, list[float]] = {}

    def record(self, name: str, value: float | None) -> None:
        """Adds a sample to the current minute of ``name`` (None: the minute stays without a value)."""
        minute = int((self._clock() - self._start) // _SECONDS_PER_VALUE)
        averages = self._averages.setdefault(name, [])
        values = self.values.setdefault(name, [])
        while len(averages) <= minute:
            averages.append(_Average())
            values.append(-1.0)
        if value is not None:
            values[minute] = averages[minute].add(value)

    def snapshot(self) -> dict[str, list[float]]:
        return {name: list(values) for name, values in self.values.items()}


class TaskSampler:
    """Samples one task; :meth:`sample` returns ``{"cpuUsage": [...], "memUsage": [...]}`` so far."""

    def __init__(self, pid: int, clock: Callable[[], float] = time.monotonic) -> None:
        self._pid = pid
        self._procs: dict[int, psutil.Process] = {}
        self._cpus = os.cpu_count() or 1
        self._memory = psutil.virtual_memory().total
        self._series = PerMinute(clock)

    def _tree(self) -> list[tuple[psutil.Process, bool]]:
        """The task's processes, each with whether it was seen before (its CPU use is measurable)."""
        try:
            root = self._procs.get(self._pid) or psutil.Process(self._pid)
            current = [root, *root.children(recursive=True)]
        except psutil.Error:
            return []
        # Keep the Process objects between samples: cpu_percent measures since the previous call on one.
        tree = [(self._procs.get(proc.pid, proc), proc.pid in self._procs) for proc in current]
        self._procs = {proc.pid: proc for proc, _ in tree}
        return tree

    def sample(self) -> dict[str, list[float]]:
        cpu = memory = 0.0
        measured = False
        for proc, seen in self._tree():
            try:
                # The first call on a process only starts its measurement (and answers 0).
                percent = proc.cpu_percent(interval=None)
                memory += proc.memory_info().rss
            except psutil.Error:
                continue
            if seen:
                cpu += percent
                measured = True
        self._series.record("cpuUsage", cpu / self._cpus if measured else None)
        self._series.record("memUsage", 100.0 * memory / self._memory)
        return self._series.snapshot()
