#!/usr/bin/env python3
"""Benchmark of cold imports, each in a fresh interpreter, bytecode cached, rounds interleaved (not a test).

Cases:
  - httpx + attrs:              the two libraries every call needs (the floor)
  - modelarts_hl.session:       what a script that makes one call imports
  - entry points:               the documented modules ``modelarts_hl.session``, ``.estimatorV2``, ``.model``,
                                ``.train_params`` and ``.config.model_config``
  - huaweicloudsdkmodelarts.v1: the peer (when installed)

Each run times the import statement inside the child (interpreter start-up left out) as wall and CPU time,
and counts the modules it loaded. Prints medians and ratios to the peer (or to the entry points without
it), then a ``-X importtime`` breakdown of the entry points: the top-level packages and the slowest modules by
their own time. With ``--baseline DIR`` (a source tree of another commit: ``git worktree add DIR <commit>``
or ``git archive <commit> | tar -x -C DIR``) the entry points of that tree are one more case, run in the same
interleaved rounds (its ``modelarts_hl`` and ``generated/`` first on the path; the installed libraries are
this environment's). The load average is printed before and after. Usage:
    .venv/bin/python scripts/bench_import.py [--rounds 15] [--top 15] [--baseline DIR]
"""

from __future__ import annotations

import importlib.util
import os
import statistics
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

from bench_support import arguments, load

CASES = {
    "httpx + attrs": ["httpx", "attrs"],
    "modelarts_hl.session": ["modelarts_hl.session"],
    "entry points": [
        "modelarts_hl.session",
        "modelarts_hl.estimatorV2",
        "modelarts_hl.model",
        "modelarts_hl.train_params",
        "modelarts_hl.config.model_config",
    ],
    "huaweicloudsdkmodelarts.v1": ["huaweicloudsdkmodelarts.v1"],
}
PEER = "huaweicloudsdkmodelarts.v1"
BASELINE = "entry points (baseline)"

CHILD = """
import sys, time
before = len(sys.modules)
wall, cpu = time.perf_counter(), time.process_time()
{imports}
print(time.perf_counter() - wall, time.process_time() - cpu, len(sys.modules) - before)
"""


def child_env(tree: Path | None = None) -> dict[str, str]:
    """The environment of a child: bytecode caching on (no PYTHON* variable), and ``tree``'s sources first."""
    env = {key: value for key, value in os.environ.items() if not key.startswith("PYTHON")}
    if tree is not None:
        env["PYTHONPATH"] = os.pathsep.join([str(tree), str(tree / "generated")])
    return env


def run_case(modules: list[str], tree: Path | None = None) -> tuple[float, float, int]:
    code = CHILD.format(imports="\n".join(f"import {module}" for module in modules))
    output = subprocess.run(
        # Run from the root directory: the current directory, first on a child's path, holds no package.
        [sys.executable, "-c", code],
        check=True,
        capture_output=True,
        text=True,
        env=child_env(tree),
        cwd="/",
    ).stdout.split()
    return float(output[0]), float(output[1]), int(output[2])


def importtime(modules: list[str], top: int) -> None:
    code = "\n".join(f"import {module}" for module in modules)
    stderr = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", code],
        check=True,
        capture_output=True,
        text=True,
        env=child_env(),
        cwd="/",
    ).stderr
    own: dict[str, int] = {}
    for line in stderr.splitlines():
        if not line.startswith("import time:") or "self [us]" in line:
            continue
        self_us, _cumulative, name = (part.strip() for part in line[len("import time:") :].split("|"))
        own[name.strip()] = int(self_us)
    by_package: dict[str, int] = defaultdict(int)
    for name, micros in own.items():
        by_package[name.split(".")[0]] += micros
    total = sum(own.values())
    print(f"\n-X importtime of the entry points: {len(own)} modules, {total / 1000:.1f} ms of own time")
    print("top-level packages by own time (ms):")
    for package, micros in sorted(by_package.items(), key=lambda item: -item[1])[:top]:
        print(f"  {package:<40}{micros / 1000:>8.1f}")
    print("slowest modules by own time (ms):")
    for name, micros in sorted(own.items(), key=lambda item: -item[1])[:top]:
        print(f"  {name:<60}{micros / 1000:>8.1f}")


def main() -> None:
    parser = arguments(__doc__, server=False)
    parser.add_argument("--rounds", type=int, default=15)
    parser.add_argument("--top", type=int, default=15, help="lines of each -X importtime table")
    parser.add_argument("--baseline", type=Path, help="source tree whose entry points are one more case")
    args = parser.parse_args()
    cases = {
        name: modules
        for name, modules in CASES.items()
        if importlib.util.find_spec(modules[0].split(".")[0]) is not None
    }
    trees: dict[str, Path] = {}
    if args.baseline is not None:
        cases[BASELINE] = CASES["entry points"]
        trees[BASELINE] = args.baseline.resolve()
    print(f"python {sys.version.split()[0]}; before: {load()}")
    if PEER not in cases:
        print(f"{PEER} is not installed: its case is left out")
    baseline = PEER if PEER in cases else "entry points"
    # Warm-up: writes the bytecode caches and fills the page cache.
    for name, modules in cases.items():
        run_case(modules, trees.get(name))
    samples: dict[str, list[tuple[float, float, int]]] = {name: [] for name in cases}
    names = list(cases)
    for number in range(args.rounds):
        shift = number % len(names)
        for name in [*names[shift:], *names[:shift]]:
            samples[name].append(run_case(cases[name], trees.get(name)))
    base_wall = statistics.median(sample[0] for sample in samples[baseline])
    base_cpu = statistics.median(sample[1] for sample in samples[baseline])
    print(f"cold import, {args.rounds} interleaved runs each, medians (x: / {baseline})")
    columns = ("wall ms", "cpu ms", "min ms", "max ms")
    print(f"{'case':<30}" + "".join(f"{c:>10}" for c in columns) + f"{'wall x':>9}{'cpu x':>9}{'modules':>9}")
    for name in names:
        walls = [sample[0] for sample in samples[name]]
        wall, cpu = statistics.median(walls), statistics.median(sample[1] for sample in samples[name])
        print(
            f"{name:<30}{wall * 1e3:>10.1f}{cpu * 1e3:>10.1f}"
            f"{min(walls) * 1e3:>10.1f}{max(walls) * 1e3:>10.1f}"
            f"{wall / base_wall:>9.2f}{cpu / base_cpu:>9.2f}{samples[name][0][2]:>9}"
        )
    importtime(cases["entry points"], args.top)
    print(f"after: {load()}")


if __name__ == "__main__":
    main()
