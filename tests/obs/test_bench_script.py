"""scripts/bench_obs.py still runs end to end (a tiny run on moto's server with boto3, without awscli)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from ..waiting import HANG

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_the_benchmark_runs_and_prints_its_tables(tmp_path: Path) -> None:
    command = [sys.executable, str(ROOT / "scripts" / "bench_obs.py"), "--servers", "moto", "--no-awscli"]
    command += ["--repeat", "1", "--warmup", "0", "--small-count", "5", "--large-mib", "1"]
    command += ["--workdir", str(tmp_path)]
    done = subprocess.run(command, capture_output=True, text=True, timeout=5 * HANG, check=False, cwd=ROOT)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    rows = [line.split() for line in lines if line.startswith(("small ", "large "))]
    # Wall time, client CPU and server CPU, four scenarios each, with ratios against the loop and boto3.
    assert [" ".join(row[:2]) for row in rows] == ["small up", "small down", "large up", "large down"] * 3
    assert all(row[-1].endswith("x") and row[-2].endswith("x") for row in rows[:4])
    assert "=== server: moto ===" in lines
    assert list(tmp_path.iterdir()) == []
