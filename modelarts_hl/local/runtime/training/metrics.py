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

__all__ = ["TaskSampler"]

_SECONDS_PER_VALUE = 60.0


class _Average:
    def __init__(self) -> None:
        self.total = 0.0
        self.count = 0

    def add(self, value: float) -> float:
        self.total += value
        self.count += 1
        return round(self.total / self.count, 3)


class TaskSampler:
    """Samples one task; :meth:`sample` returns ``{"cpuUsage": [...], "memUsage": [...]}`` so far."""

    def __init__(self, pid: int, clock: Callable[[], float] = time.monotonic) -> None:
        self._pid = pid
        self._clock = clock
        self._start = clock()
        self._procs: dict[int, psutil.Process] = {}
        self._cpus = os.cpu_count() or 1
        self._memory = psutil.virtual_memory().total
        self._minutes: list[tuple[_Average, _Average]] = []
        self.values: dict[str, list[float]] = {"cpuUsage": [], "memUsage": []}

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
        minute = int((self._clock() - self._start) // _SECONDS_PER_VALUE)
        while len(self._minutes) <= minute:
            self._minutes.append((_Average(), _Average()))
            self.values["cpuUsage"].append(-1.0)
            self.values["memUsage"].append(-1.0)
        cpu_average, memory_average = self._minutes[minute]
        if measured:
            self.values["cpuUsage"][minute] = cpu_average.add(cpu / self._cpus)
        self.values["memUsage"][minute] = memory_average.add(100.0 * memory / self._memory)
        return {name: list(values) for name, values in self.values.items()}
