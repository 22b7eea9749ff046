#!/usr/bin/env python3
"""Benchmark of a long listing: 1k, 5k and 10k training jobs (about 7 KiB each) from a canned server.

Cases, all in one run, interleaved (not a test):
  - raw page loop: a signed httpx POST of ``/training-job-searches`` per page of 50, ``.json()``, each item's
                   ``["metadata"]["id"]`` read, until a short page
  - iter_jobs:     ``Estimator.iter_jobs(session)``, each job's ``.metadata.id`` read

Prints the median wall and CPU time per job (CPU: this process only) and the ratio to the raw loop for each
job count, then the peak traced heap (tracemalloc, in a separate untimed pass) of each: a lazy listing keeps
it flat in the job count. The load average is printed before and after. Usage:
    .venv/bin/python scripts/bench_list.py [--rounds 5] [--jobs 1000,5000,10000] [--no-pin]
        [--profile 10000]
"""

from __future__ import annotations

import cProfile
import pstats
import sys
import tracemalloc
from collections.abc import Callable, Iterator

import httpx
from bench_support import (
    ACCESS_KEY,
    PROJECT_ID,
    SECRET_KEY,
    Case,
    arguments,
    bench_session,
    canned_server,
    interleave,
    load,
    report,
)

from modelarts_hl._core.auth import AkSkAuth

PAGE = 50


def raw_jobs(client: httpx.Client) -> Iterator[dict[str, object]]:
    offset = 0
    while True:
        response = client.post(
            f"/v2/{PROJECT_ID}/training-job-searches", json={"offset": offset, "limit": PAGE}
        )
        response.raise_for_status()
        items = response.json()["items"]
        yield from items
        offset += len(items)
        if len(items) < PAGE:
            return


def raw_loop(client: httpx.Client) -> int:
    seen = 0
    for job in raw_jobs(client):
        seen += bool(job["metadata"]["id"])  # type: ignore[index]
    return seen


def high_level_loop(session: object) -> int:
    from modelarts_hl.estimatorV2 import Estimator

    seen = 0
    for job in Estimator.iter_jobs(session, page_size=PAGE):  # type: ignore[arg-type]
        seen += bool(job.metadata.id)
    return seen


def peak_heap(loop: Callable[[], int]) -> float:
    """MiB of the traced heap's peak above where it stood when the loop started."""
    tracemalloc.start()
    start = tracemalloc.get_traced_memory()[0]
    tracemalloc.reset_peak()
    loop()
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return (peak - start) / 2**20


def main() -> None:
    parser = arguments(__doc__)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--jobs", default="1000,5000,10000", help="job counts, comma-separated")
    parser.add_argument("--profile", type=int, metavar="JOBS", help="profile iter_jobs over JOBS jobs")
    args = parser.parse_args()
    counts = [int(count) for count in args.jobs.split(",")]
    with canned_server(pin=not args.no_pin) as base_url:
        client = httpx.Client(base_url=base_url, auth=AkSkAuth(ACCESS_KEY, SECRET_KEY, None, PROJECT_ID))
        session = bench_session(base_url)
        loops: dict[str, Callable[[], int]] = {
            "raw page loop": lambda: raw_loop(client),
            "iter_jobs": lambda: high_level_loop(session),
        }

        def set_total(count: int) -> None:
            client.put(f"/bench/jobs/{count}").raise_for_status()

        if args.profile:
            set_total(args.profile)
            loops["iter_jobs"]()
            cProfile.runctx("loop()", {"loop": loops["iter_jobs"]}, {}, "/tmp/bench_list.prof")
            pstats.Stats("/tmp/bench_list.prof").sort_stats("tottime").print_stats(30)
            return
        print(f"python {sys.version.split()[0]}, httpx {httpx.__version__}; before: {load()}")
        heaps: dict[tuple[str, int], float] = {}
        for count in counts:
            set_total(count)
            for name, loop in loops.items():
                assert loop() == count, f"{name} did not see {count} jobs"
                heaps[name, count] = peak_heap(loop)

            def timed(loop: Callable[[], int], count: int = count) -> Callable[[int], object]:
                def run(n: int) -> object:
                    set_total(count)
                    return [loop() for _ in range(n)]

                return run

            cases = [Case(name, timed(loop)) for name, loop in loops.items()]
            interleave(cases, args.rounds, 1, warmup=0)
            # Seconds per loop to seconds per job.
            for case in cases:
                case.wall = [value / count for value in case.wall]
                case.cpu = [value / count for value in case.cpu]
            print(f"\n{count} jobs in pages of {PAGE}, {args.rounds} rounds, medians per job")
            report(cases, "raw page loop")
        print("\npeak traced heap while listing, MiB")
        print(f"{'case':<34}" + "".join(f"{count:>10}" for count in counts))
        for name in loops:
            print(f"{name:<34}" + "".join(f"{heaps[name, count]:>10.2f}" for count in counts))
        print(f"after: {load()}")


if __name__ == "__main__":
    main()
