#!/usr/bin/env python3
"""Many concurrent calls: the asyncio API against a pool of threads (16 unless ``--threads``) of the
synchronous client.

What is measured is the client. The answers come from a canned server in a process of its own
(``scripts/canned_server.py``), replaying what the local backend answered to ``showTrainingJob``, to
``showService`` and to a prediction of a real-time service of a tiny model (and, for password sessions,
to IAM's token request). Where ``taskset`` exists and there are two cores or more, the server runs on the
last core and the clients on the others.

For each call (``get_job_info``, ``predict``) and each authentication (AK/SK signatures, an IAM token of a
password session), every round runs both clients, each in a fresh process, the order alternating: N
concurrent calls (``asyncio.gather`` on one ``AsyncSession``; ``ThreadPoolExecutor(16).map`` on one
``Session``) after a warm-up. Printed: the machine's load, the medians over the rounds of throughput
(calls/s), of the client's CPU time per call, of the growth of the client's peak RSS during the calls and
of the peak of Python allocations (tracemalloc, in a separate untimed pass), and the ratios asyncio /
threads.

    .venv/bin/python scripts/bench_async.py                 # 500 calls, 5 rounds
    .venv/bin/python scripts/bench_async.py --calls 20 --rounds 1
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import logging
import os
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Awaitable, Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx
from bench_support import cpu_split, load_average

THREADS = 16
# Ours, and plain httpx doing the same exchanges: asyncio first, a pool of threads second, in pairs.
CLIENTS = ("asyncio", "threads", "httpx asyncio", "httpx threads")
KINDS = ("get_job_info", "predict")
AUTHS = ("aksk", "password")
SERVER = Path(__file__).with_name("canned_server.py")
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

# -- recording what the local backend answers ---------------------------------------------------------------


class Recorder(httpx.BaseTransport):
    """Sends through a real HTTP transport and keeps each answer, the backend address made ``{endpoint}``."""

    # Set by the canned server for the body it replays, or meaningless there.
    _DROPPED = frozenset({"content-length", "content-encoding", "transfer-encoding", "connection", "date"})

    def __init__(self, endpoint: str) -> None:
        self._endpoint = endpoint
        self._inner = httpx.HTTPTransport()
        self.records: dict[tuple[str, str], dict[str, Any]] = {}

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = self._inner.handle_request(request)
        body = response.read().decode()
        headers = {name: value for name, value in response.headers.items() if name not in self._DROPPED}
        self.records[(request.method, request.url.path)] = {
            "method": request.method,
            "path": request.url.path,
            "status": response.status_code,
            "headers": headers,
            "body": body.replace(self._endpoint, "{endpoint}"),
        }
        return response

    def close(self) -> None:
        self._inner.close()


def record(work: Path) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """A training job and a running real-time service on a local backend, and the answers to the benchmark's
    calls: (the settings of a session, the ids), the recordings.
    """
    from modelarts_hl.estimatorV2 import Estimator
    from modelarts_hl.local import LocalBackend
    from modelarts_hl.local.runtime import NullTrainingRuntime
    from modelarts_hl.model import Model, Predictor
    from modelarts_hl.session import Session

    logging.getLogger("werkzeug").setLevel(logging.ERROR)
    with LocalBackend(training_runtime=NullTrainingRuntime) as backend:
        with backend.session() as session:
            job_id, service_id = deploy(session, work, Estimator, Model)
        recorder = Recorder(backend.endpoint)
        with Session(**backend.settings("password"), http_transport=recorder) as session:
            Estimator(session=session, job_id=job_id).get_job_info()
            Predictor(session, service_id).predict({"inputs": [[1, 2]]})
        settings = {auth: backend.settings(auth) for auth in AUTHS}
    paths = {
        "job": f"/v2/{settings['aksk']['project_id']}/training-jobs/{job_id}",
        "prediction": f"/v1/infers/{service_id}",
    }
    spec = {"settings": settings, "job_id": job_id, "service_id": service_id, "paths": paths}
    return spec, list(recorder.records.values())


def deploy(session: Any, root: Path, estimator: Any, model_class: Any) -> tuple[str, str]:
    """A training job record and a running real-time service of a tiny model: their ids."""
    job = estimator(
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
    model = model_class(
        session,
        model_name="bench",
        model_version="1.0.0",
        source_location_type="LOCAL_SOURCE",
        source_location=str(root / "package"),
        model_type="PyTorch",
    )
    config = {"model_id": model.model_id, "weight": 100, "specification": "modelarts.vm.cpu.2u"}
    predictor = model.deploy_predictor(service_name="bench", configs=[{**config, "instance_count": 1}])
    return job.job_id, predictor.service_id


# -- one measurement, in a process of its own ---------------------------------------------------------------


def memory_status(field: str) -> int:
    """A figure of this process's memory (``VmRSS``: resident now, ``VmHWM``: resident at the most), bytes."""
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith(field + ":"):
                return int(line.split()[1]) * 1024
    raise RuntimeError(f"/proc/self/status has no {field}")


def reset_peak_rss() -> None:
    # Linux >= 4.0: the peak becomes the current resident size (VmHWM = VmRSS).
    with contextlib.suppress(OSError), open("/proc/self/clear_refs", "w") as clear_refs:
        clear_refs.write("5")


def measured(run: Callable[[], None], warm_up: Callable[[], None]) -> dict[str, float]:
    """Throughput figures of ``run`` (after ``warm_up``), then its peak of Python allocations."""
    warm_up()
    reset_peak_rss()
    before, cpu = memory_status("VmRSS"), time.process_time()
    started = time.perf_counter()
    run()
    elapsed = time.perf_counter() - started
    cpu = time.process_time() - cpu
    peak = memory_status("VmHWM")
    tracemalloc.start()
    baseline = tracemalloc.get_traced_memory()[0]
    run()
    traced = tracemalloc.get_traced_memory()[1] - baseline
    tracemalloc.stop()
    return {"elapsed": elapsed, "cpu": cpu, "rss": max(0, peak - before), "traced": traced}


def worker(spec: dict[str, Any]) -> dict[str, float]:
    """One run of one client: its figures."""
    if spec["client"].startswith("httpx"):
        return plain_worker(spec)
    settings = {**spec["settings"][spec["auth"]], **spec["endpoints"]}
    if spec["client"] == "asyncio":
        return async_worker(spec, settings)
    from modelarts_hl.estimatorV2 import Estimator
    from modelarts_hl.model import Predictor
    from modelarts_hl.session import Session

    with Session(**settings) as session:
        job = Estimator(session=session, job_id=spec["job_id"])
        predictor = Predictor(session, spec["service_id"])
        call: Callable[[int], object] = (
            (lambda n: job.get_job_info())
            if spec["kind"] == "get_job_info"
            else (lambda n: predictor.predict({"inputs": [[n, 1]]}))
        )
        return threaded(call, spec)


def async_worker(spec: dict[str, Any], settings: dict[str, Any]) -> dict[str, float]:
    from modelarts_hl import aio

    with asyncio.Runner() as runner:

        async def opened() -> aio.AsyncSession:
            return aio.AsyncSession(**settings)

        session = runner.run(opened())
        try:
            job = aio.Estimator(session=session, job_id=spec["job_id"])
            predictor = aio.Predictor(session, spec["service_id"])
            call: Callable[[int], Awaitable[object]] = (
                (lambda n: job.get_job_info())
                if spec["kind"] == "get_job_info"
                else (lambda n: predictor.predict({"inputs": [[n, 1]]}))
            )
            return gathered(runner, call, spec)
        finally:
            runner.run(session.aclose())


def plain_worker(spec: dict[str, Any]) -> dict[str, float]:
    """The same exchanges with plain httpx (no signature, no token, no parsing): what the HTTP stack costs."""
    endpoint = spec["endpoints"]["modelarts_endpoint"]
    if spec["kind"] == "get_job_info":
        request: dict[str, Any] = {"method": "GET", "url": endpoint + spec["paths"]["job"]}
    else:
        request = {"method": "POST", "url": endpoint + spec["paths"]["prediction"], "json": None}
    limits = httpx.Limits(max_connections=20, max_keepalive_connections=20)

    def arguments(n: int) -> dict[str, Any]:
        return {**request, "json": {"inputs": [[n, 1]]}} if "json" in request else request

    if spec["client"] == "httpx asyncio":
        with asyncio.Runner() as runner:
            client = httpx.AsyncClient(limits=limits)
            try:

                async def call(n: int) -> object:
                    return (await client.request(**arguments(n))).raise_for_status().json()

                return gathered(runner, call, spec)
            finally:
                runner.run(client.aclose())
    with httpx.Client(limits=limits) as sync_client:
        return threaded(lambda n: sync_client.request(**arguments(n)).raise_for_status().json(), spec)


def threaded(call: Callable[[int], object], spec: dict[str, Any]) -> dict[str, float]:
    with ThreadPoolExecutor(spec["threads"]) as pool:

        def concurrently(count: int) -> None:
            for _ in pool.map(call, range(count)):
                pass

        return measured(lambda: concurrently(spec["calls"]), lambda: concurrently(spec["warm_up"]))


def gathered(
    runner: asyncio.Runner, call: Callable[[int], Awaitable[object]], spec: dict[str, Any]
) -> dict[str, float]:
    async def concurrently(count: int) -> None:
        await asyncio.gather(*(call(n) for n in range(count)))

    return measured(
        lambda: runner.run(concurrently(spec["calls"])), lambda: runner.run(concurrently(spec["warm_up"]))
    )


# -- the rounds ---------------------------------------------------------------------------------------------


@contextmanager
def canned_server(recordings: Path, cpus: set[int] | None) -> Iterator[str]:
    command = [sys.executable, str(SERVER), str(recordings)]
    if cpus:
        command = ["taskset", "--cpu-list", ",".join(map(str, sorted(cpus))), *command]
    process = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert process.stdout is not None
        line = process.stdout.readline()
        if not line.startswith("port "):
            raise SystemExit(f"the canned server did not start (status {process.wait()})")
        yield f"http://127.0.0.1:{line.split()[1]}"
    finally:
        assert process.stdin is not None
        process.stdin.close()  # the server stops when its standard input closes
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def run_worker(spec: dict[str, Any]) -> dict[str, float]:
    command = [sys.executable, __file__, "--worker", json.dumps(spec)]
    done = subprocess.run(command, capture_output=True, text=True, timeout=600, check=False)
    if done.returncode != 0:
        raise SystemExit(f"a {spec['client']} run failed:\n{done.stderr}")
    figures: dict[str, float] = json.loads(done.stdout.splitlines()[-1])
    return figures


def report(calls: int, results: dict[str, list[dict[str, float]]]) -> None:
    medians: dict[str, dict[str, float]] = {}
    for client, rows in results.items():
        medians[client] = {
            "rate": statistics.median(calls / row["elapsed"] for row in rows),
            "cpu": statistics.median(1000 * row["cpu"] / calls for row in rows),
            "rss": statistics.median(row["rss"] / 2**20 for row in rows),
            "traced": statistics.median(row["traced"] / 2**20 for row in rows),
        }
        figures = medians[client]
        print(
            f"  {client:>16}: {figures['rate']:7.1f} calls/s  {figures['cpu']:6.3f} CPU ms/call  "
            f"peak RSS +{figures['rss']:5.1f} MiB  peak allocations {figures['traced']:5.1f} MiB"
        )
    for asynchronous, threads in zip(CLIENTS[::2], CLIENTS[1::2], strict=True):
        if asynchronous in medians:
            ours, theirs = medians[asynchronous], medians[threads]
            ratios = {name: ours[name] / theirs[name] if theirs[name] > 0 else float("nan") for name in ours}
            print(
                f"  {asynchronous} / {threads}: throughput {ratios['rate']:.2f}x  CPU per call "
                f"{ratios['cpu']:.2f}x  peak RSS {ratios['rss']:.2f}x  "
                f"peak allocations {ratios['traced']:.2f}x"
            )


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--calls", type=int, default=500, help="concurrent calls per run (default 500)")
    parser.add_argument("--rounds", type=int, default=5, help="runs of each client per case (default 5)")
    parser.add_argument("--warm-up", type=int, default=50, help="untimed calls before each run (default 50)")
    parser.add_argument(
        "--threads", type=int, default=THREADS, help=f"threads of the synchronous clients (default {THREADS})"
    )
    parser.add_argument("--no-pin", action="store_true", help="do not pin the server and clients to cores")
    parser.add_argument("--no-httpx", action="store_true", help="leave out the plain httpx clients")
    parser.add_argument("--worker", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        print(json.dumps(worker(json.loads(args.worker))))
        return
    client_cpus, server_cpus = cpu_split(not args.no_pin)
    print(f"load average before: {load_average()} on {os.cpu_count()} cores")
    if client_cpus and server_cpus:
        print(f"clients on CPU {sorted(client_cpus)}, canned server on CPU {sorted(server_cpus)} (taskset)")
    else:
        print("clients and canned server share the cores (not pinned)")
    with tempfile.TemporaryDirectory() as work:
        print("recording the local backend's answers ...", flush=True)
        spec, recordings = record(Path(work))
        (Path(work) / "recordings.json").write_text(json.dumps(recordings))
        if client_cpus:
            os.sched_setaffinity(0, client_cpus)  # the clients' processes inherit it
        with canned_server(Path(work) / "recordings.json", server_cpus) as endpoint:
            spec["endpoints"] = {"iam_endpoint": endpoint, "modelarts_endpoint": endpoint}
            spec.update(calls=args.calls, warm_up=args.warm_up, threads=args.threads)
            for kind in KINDS:
                for auth in (*AUTHS, None):
                    clients = CLIENTS[:2] if auth else CLIENTS[2:]
                    if auth is None and args.no_httpx:
                        continue
                    results: dict[str, list[dict[str, float]]] = {client: [] for client in clients}
                    for round_number in range(args.rounds):
                        for client in clients if round_number % 2 == 0 else clients[::-1]:
                            run = {**spec, "kind": kind, "auth": auth, "client": client}
                            results[client].append(run_worker(run))
                    what = f"{auth} session" if auth else "plain httpx, the same exchanges"
                    print(
                        f"\n{args.calls} concurrent {kind} ({what}; threads: a pool of {args.threads}), "
                        f"medians of {args.rounds} rounds:"
                    )
                    report(args.calls, results)
    print(f"\nload average after: {load_average()}")


if __name__ == "__main__":
    with contextlib.suppress(KeyboardInterrupt):
        main()
