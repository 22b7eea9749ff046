"""scripts/bench_async.py still runs end to end (a tiny run: the local backend recorded, the canned server in
a process of its own, each client in a process of its own) and prints its medians, ratios and the load."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from ..waiting import HANG

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_the_benchmark_runs_and_prints_its_figures() -> None:
    command = [sys.executable, str(ROOT / "scripts" / "bench_async.py")]
    command += ["--calls", "6", "--rounds", "1", "--warm-up", "1", "--threads", "3", "--no-httpx"]
    done = subprocess.run(command, capture_output=True, text=True, timeout=5 * HANG, check=False, cwd=ROOT)
    assert done.returncode == 0, done.stderr
    out = done.stdout
    assert re.search(r"^load average before: [\d.]+ [\d.]+ [\d.]+", out, re.MULTILINE)
    assert re.search(r"^load average after: [\d.]+ [\d.]+ [\d.]+", out, re.MULTILINE)
    headers = re.findall(r"^6 concurrent (\w+) \((\w+) session; threads: a pool of 3\)", out, re.MULTILINE)
    assert headers == [(kind, auth) for kind in ("get_job_info", "predict") for auth in ("aksk", "password")]
    rates = re.findall(r"^ +(asyncio|threads): +([\d.]+) calls/s +([\d.]+) CPU ms/call", out, re.MULTILINE)
    assert [client for client, *_ in rates] == ["asyncio", "threads"] * 4
    assert all(float(rate) > 0 for _, rate, _ in rates)
    ratios = re.findall(r"^  asyncio / threads: throughput ([\d.]+)x", out, re.MULTILINE)
    assert len(ratios) == 4 and all(float(ratio) > 0 for ratio in ratios)
