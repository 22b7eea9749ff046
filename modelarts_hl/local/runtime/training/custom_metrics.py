"""Metrics of a training job's own (``spec.custom_metrics``): loss, throughput... read from the job's output.

Each entry says where the task's container answers its metrics in the Prometheus text format: ``exec`` runs a
command (a file the job writes, a script), ``http_get`` reads a path of a port of the container. Here the
container is the task's process on this machine: the command runs in the job's work area with the task's
environment (container paths under ``/home/ma-user`` pointed at the work area), the port is on loopback. Every
sample (``name value`` or ``name{labels} value`` lines) joins the task's per-minute metrics that
showTrainingJobMetrics reports beside cpuUsage and memUsage; a collection that fails (the job has not
written its metrics yet, the port is not open yet) adds nothing.
"""

from __future__ import annotations

import logging
import math
import subprocess
import time
import urllib.request
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

from ...store.state import Document
from .metrics import PerMinute

__all__ = ["CustomMetrics", "parse_exposition"]

log = logging.getLogger("modelarts_hl.local.training")

# A collection never holds up the job's supervision for longer.
_TIMEOUT = 5.0
_LOOPBACK = "127.0.0.1"


def parse_exposition(text: str) -> dict[str, float]:
    """The samples of a Prometheus text exposition: ``{"loss": 0.31, 'acc{split="val"}': 0.9}``."""
    samples: dict[str, float] = {}
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if "}" in line:
            name, _, rest = line.partition("}")
            name, fields = name + "}", rest.split()
        else:
            name, *fields = line.split()
        try:
            value = float(fields[0])
        except (IndexError, ValueError):
            continue
        if math.isfinite(value):
            samples[name] = value
    return samples


class CustomMetrics:
    """Collects the custom metrics of one task into per-minute series."""

    def __init__(
        self,
        specs: Sequence[Document],
        *,
        cwd: Path,
        env: Mapping[str, str],
        to_local: Callable[[str], str],
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._specs = list(specs)
        self._cwd = cwd
        self._env = dict(env)
        self._to_local = to_local
        self._series = PerMinute(clock)

    def __bool__(self) -> bool:
        return bool(self._specs)

    def collect(self) -> dict[str, list[float]]:
        """Reads every source once; returns every custom metric's series so far."""
        for spec in self._specs:
            text = self._read(spec)
            if text is not None:
                for name, value in parse_exposition(text).items():
                    self._series.record(name, value)
        return self._series.snapshot()

    def _read(self, spec: Document) -> str | None:
        try:
            if spec.get("exec"):
                argv = [self._to_local(str(arg)) for arg in spec["exec"]["command"]]
                done = subprocess.run(
                    argv, cwd=self._cwd, env=self._env, capture_output=True, timeout=_TIMEOUT, check=False
                )
                return done.stdout.decode("utf-8", errors="replace") if done.returncode == 0 else None
            if spec.get("http_get"):
                endpoint = spec["http_get"]
                url = f"http://{_LOOPBACK}:{int(endpoint['port'])}{endpoint['path']}"
                with urllib.request.urlopen(url, timeout=_TIMEOUT) as reply:
                    body: bytes = reply.read()
                return body.decode("utf-8", errors="replace")
        except (OSError, subprocess.SubprocessError) as error:
            log.debug("custom metrics of %s not read: %s", self._cwd, error)
        return None
