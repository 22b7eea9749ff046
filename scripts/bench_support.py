"""What the benchmark scripts share: how they split the cores between clients and servers, and the load they
print beside their figures. Imported by the scripts beside it (``scripts/`` is their ``sys.path[0]``).
"""

from __future__ import annotations

import os
import shutil

__all__ = ["cpu_split", "load_average"]


def cpu_split(pin: bool) -> tuple[set[int] | None, set[int] | None]:
    """(client CPUs, server CPUs): the last core for the server, the others for the clients; None, None when
    not pinning (asked not to, one core, or no taskset)."""
    if not pin or not hasattr(os, "sched_getaffinity") or shutil.which("taskset") is None:
        return None, None
    cpus = sorted(os.sched_getaffinity(0))
    if len(cpus) < 2:
        return None, None
    return set(cpus[:-1]), {cpus[-1]}


def load_average() -> str:
    """The machine's load averages over 1, 5 and 15 minutes."""
    return " ".join(f"{value:.2f}" for value in os.getloadavg())
