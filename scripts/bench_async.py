#!/usr/bin/env python3
"""Many concurrent calls: the asyncio API against a 16-thread pool of the synchronous client.

Against the local backend (one process, loopback): N concurrent ``get_job_info`` and N concurrent ``predict``
(a real-time service of a tiny model). Each round runs both clients, interleaved, the order alternating;
prints the machine's load, the medians over the rounds of throughput (calls/s) and of peak memory (the
growth of this process's peak RSS during the run, sampled), and the ratios asyncio / threads.

    .venv/bin/python scripts/bench_async.py                 # 500 calls, 5 rounds
    .venv/bin/python scripts/bench_async.py --calls 20 --rounds 1
"""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import os
import statistics
import tempfile
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import psutil

from modelarts_hl import aio
from modelarts_hl.estimatorV2 import Estimator
from modelarts_hl.local import LocalBackend
from modelarts_hl.local.runtime import NullTrainingRuntime
from modelarts_hl.model import Model, Predictor
from modelarts_hl.session import Session

THREADS = 16
SERVICE = """
from model_service.model_service import SingleNodeService


class SumService(SingleNodeService):
    def _preprocess(self, data):
        return data

    def _inference(self, data):
        return {"predictions": [sum(row) for row in data["inputs"]]}

    def _postprocess(self, data):
        return data
"""


class PeakMemory:
    """The highest RSS of this process while running, sampled every 5 ms on a thread."""

    def __init__(self) -> None:
        self._process = psutil.Process()
        self._stop = threading.Event()
        self.start = self.peak = self._process.memory_info().rss
        self._thread = threading.Thread(target=self._sample, daemon=True)

    def _sample(self) -> None:
        while not self._stop.wait(0.005):
            self.peak = max(self.peak, self._process.memory_info().rss)

    def __enter__(self) -> PeakMemory:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()
        self.peak = max(self.peak, self._process.memory_info().rss)

    @property
    def growth_mib(self) -> float:
        return (self.peak - self.start) / 2**20


def async_settings(backend: LocalBackend) -> dict[str, Any]:
    return {
        "access_key": backend.access_key,
        "secret_key": backend.secret_key,
        "project_id": backend.project_id,
        "region_name": backend.region_name,
        "iam_endpoint": backend.endpoint,
        "modelarts_endpoint": backend.endpoint,
        "obs_endpoint": backend.obs_endpoint,
        "obs_signature": "v4",
        "obs_path_style": True,
    }


def deploy(session: Session, root: Path) -> tuple[str, str]:
    """A training job record and a running real-time service of a tiny model: their ids."""
    job = Estimator(
        session=session,
        user_image_url="example.com/trainer:1",
        user_command="python train.py",
        train_instance_type="modelarts.vm.cpu.2u",
        train_instance_count=1,
    ).fit()
    package = root / "package" / "model"
    package.mkdir(parents=True)
    (package / "customize_service.py").write_text(SERVICE)
    (package / "config.json").write_text(
        json.dumps({"model_type": "PyTorch", "model_algorithm": "predict_analysis", "runtime": "python3.7"})
    )
    model = Model(
        session,
        model_name="bench",
        model_version="1.0.0",
        source_location_type="LOCAL_SOURCE",
        source_location=str(root / "package"),
        model_type="PyTorch",
    )
    config = {
        "model_id": model.model_id,
        "weight": 100,
        "specification": "modelarts.vm.cpu.2u",
        "instance_count": 1,
    }
    predictor = model.deploy_predictor(service_name="bench", configs=[config])
    return job.job_id, predictor.service_id


def threaded(session: Session, calls: int, work: Callable[[int], object]) -> None:
    with ThreadPoolExecutor(THREADS) as pool:
        for _ in pool.map(work, range(calls)):
            pass


def run_threads(
    backend: LocalBackend, kind: str, job_id: str, service_id: str, calls: int
) -> tuple[float, float]:
    with backend.session() as session:
        job = Estimator(session=session, job_id=job_id)
        predictor = Predictor(session, service_id)
        predictor.get_service_info()  # the access address, learnt once as in steady use
        job.get_job_info()
        work: Callable[[int], object] = (
            (lambda n: job.get_job_info())
            if kind == "get_job_info"
            else (lambda n: predictor.predict({"inputs": [[n, 1]]}))
        )
        with PeakMemory() as memory:
            started = time.perf_counter()
            threaded(session, calls, work)
            elapsed = time.perf_counter() - started
    return calls / elapsed, memory.growth_mib


def run_async(
    backend: LocalBackend, kind: str, job_id: str, service_id: str, calls: int
) -> tuple[float, float]:
    async def main() -> tuple[float, float]:
        async with aio.AsyncSession(**async_settings(backend)) as session:
            job = aio.Estimator(session=session, job_id=job_id)
            predictor = aio.Predictor(session, service_id)
            await predictor.get_service_info()
            await job.get_job_info()
            with PeakMemory() as memory:
                started = time.perf_counter()
                if kind == "get_job_info":
                    await asyncio.gather(*(job.get_job_info() for _ in range(calls)))
                else:
                    await asyncio.gather(*(predictor.predict({"inputs": [[n, 1]]}) for n in range(calls)))
                elapsed = time.perf_counter() - started
        return calls / elapsed, memory.growth_mib

    return asyncio.run(main())


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--calls", type=int, default=500)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    logging.getLogger("werkzeug").setLevel(logging.ERROR)
    load = " ".join(f"{value:.2f}" for value in os.getloadavg())
    print(f"load average before: {load} on {os.cpu_count()} cores")
    with tempfile.TemporaryDirectory() as work, LocalBackend(training_runtime=NullTrainingRuntime) as backend:
        with backend.session() as session:
            job_id, service_id = deploy(session, Path(work))
        runners = {"asyncio": run_async, f"{THREADS} threads": run_threads}
        for kind in ("get_job_info", "predict"):
            results: dict[str, list[tuple[float, float]]] = {name: [] for name in runners}
            for round_number in range(args.rounds):
                order = list(runners) if round_number % 2 == 0 else list(reversed(runners))
                for name in order:
                    results[name].append(runners[name](backend, kind, job_id, service_id, args.calls))
            print(f"\n{args.calls} concurrent {kind}, medians of {args.rounds} rounds:")
            medians = {}
            for name, rows in results.items():
                rate = statistics.median(row[0] for row in rows)
                memory = statistics.median(row[1] for row in rows)
                medians[name] = (rate, memory)
                print(f"  {name:>12}: {rate:8.1f} calls/s   peak memory growth {memory:7.1f} MiB")
            (rate_a, mem_a), (rate_t, mem_t) = medians["asyncio"], medians[f"{THREADS} threads"]
            print(
                f"  ratio asyncio / threads: throughput {rate_a / rate_t:.2f}x   peak memory growth "
                f"{(mem_a / mem_t) if mem_t > 0 else float('nan'):.2f}x"
            )
    print(f"\nload average after: {' '.join(f'{value:.2f}' for value in os.getloadavg())}")


if __name__ == "__main__":
    main()
