"""Benchmark of the local backend: how long it takes to start, and the demo's steps (its batch step first).

Each round runs, in fresh processes, ``python -c "LocalBackend().start()"`` (import and start, the way a test
session or ``python -m modelarts_hl.local`` pays it) and the whole demo, whose report times every step. With
``--baseline DIR`` (a source tree of another commit, e.g. ``git archive <commit> | tar -x -C DIR``) the same
runs of that tree are interleaved with this one's, so both meet the same load; medians and the ratios are
printed with the load average.

Usage:
    .venv/bin/python scripts/bench_local.py [--baseline DIR] [--repeat 3] [--no-demo]
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
START = (
    "import time; t = time.perf_counter(); from modelarts_hl.local import LocalBackend; "
    "i = time.perf_counter(); b = LocalBackend().start(); s = time.perf_counter(); b.stop(); "
    "print(f'STARTED {i - t:.3f} {s - i:.3f}')"
)
_STEP = re.compile(r"^==> (.*)$")
_DONE = re.compile(r"^\s+done in ([0-9.]+) s$")


def _env(tree: Path) -> dict[str, str]:
    paths = [str(tree), str(tree / "generated")]
    return {**os.environ, "PYTHONPATH": os.pathsep.join(paths), "PYTHONDONTWRITEBYTECODE": "1"}


def start_time(tree: Path) -> tuple[float, float]:
    """Seconds to import the backend and to start it, in a fresh process."""
    out = subprocess.run(
        [sys.executable, "-c", START], cwd=tree, env=_env(tree), capture_output=True, text=True, check=True
    ).stdout
    imported, started = out.split("STARTED ", 1)[1].split()[:2]
    return float(imported), float(started)


def demo_steps(tree: Path) -> dict[str, float]:
    out = subprocess.run(
        [sys.executable, "-m", "modelarts_hl.demo"],
        cwd=tree,
        env=_env(tree),
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    steps: dict[str, float] = {}
    current = ""
    for line in out.splitlines():
        if step := _STEP.match(line):
            current = step.group(1)
        elif (done := _DONE.match(line)) and current:
            steps[current] = float(done.group(1))
    return steps


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--baseline", type=Path, help="source tree to compare with (interleaved runs)")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--no-demo", action="store_true", help="time the start only")
    args = parser.parse_args()
    trees = {"this": ROOT, **({"baseline": args.baseline.resolve()} if args.baseline else {})}
    imports: dict[str, list[float]] = {name: [] for name in trees}
    starts: dict[str, list[float]] = {name: [] for name in trees}
    steps: dict[str, dict[str, list[float]]] = {name: {} for name in trees}
    print(f"load average before: {os.getloadavg()}")
    for round_ in range(args.repeat):
        for name, tree in trees.items():
            imported, started = start_time(tree)
            imports[name].append(imported)
            starts[name].append(started)
            if not args.no_demo:
                for step, seconds in demo_steps(tree).items():
                    steps[name].setdefault(step, []).append(seconds)
        print(f"round {round_ + 1}/{args.repeat} done at {time.strftime('%H:%M:%S')}", file=sys.stderr)
    print(f"load average after: {os.getloadavg()}")
    rows = [
        ("backend import (fresh process)", {n: imports[n] for n in trees}),
        ("backend start (LocalBackend().start())", {n: starts[n] for n in trees}),
    ]
    for step in steps["this"]:
        rows.append((f"demo: {step}", {n: steps[n].get(step, []) for n in trees}))
    for label, values in rows:
        medians = {name: statistics.median(found) for name, found in values.items() if found}
        line = f"{label}: " + ", ".join(f"{name} {value:.2f} s" for name, value in medians.items())
        if "baseline" in medians and medians["this"]:
            line += f" (baseline/this = {medians['baseline'] / medians['this']:.2f}x)"
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
