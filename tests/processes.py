"""Whether processes started by a test still run."""

from __future__ import annotations

import psutil

from .waiting import wait_for


def alive(pid: int) -> bool:
    """Whether the process runs: a dead one may stay a zombie until whoever inherited it reaps it."""
    try:
        return psutil.Process(pid).status() != psutil.STATUS_ZOMBIE
    except psutil.NoSuchProcess:
        return False


def gone(pids: list[int]) -> bool:
    """True once none of ``pids`` runs; fails if one still runs after the hang bound."""
    return wait_for(lambda: not any(alive(pid) for pid in pids), f"the end of processes {pids}")
