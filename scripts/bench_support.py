"""What the benchmark scripts share (not a benchmark itself; ``scripts/`` is their ``sys.path[0]``).

- How they split the cores between clients and servers (``cpu_split``) and the load they print beside their
  figures (``load_average``, ``load``).
- A canned ModelArts server for loopback, run in a process of its own (``python scripts/bench_support.py
  serve``): ``GET /v2/{project}/training-jobs/{id}`` answers the reference sample job (about 7 KiB of JSON),
  ``POST /v2/{project}/training-job-searches`` a page of ``limit`` copies of it from ``offset``, out of a
  total set by ``PUT /bench/jobs/{n}``. Answers are prepared bytes, so that the server costs little and the
  same for every client; it reads requests with asyncio and keeps connections alive.
- Timing helpers: interleaved rounds, medians of wall and CPU time, ratios.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import shutil
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from modelarts_hl.session import Session

ROOT = Path(__file__).resolve().parent.parent
SAMPLE_JOB = ROOT / "tests" / "data" / "samples" / "training" / "JobResponse.json"
PROJECT_ID = "0123456789abcdef0123456789abcdef"
JOB_ID = "425b7087-83de-49ed-9e40-5bb642be956f"
ACCESS_KEY = "BENCHACCESSKEY00000000"
SECRET_KEY = "bench-secret-key-not-a-real-one"
REGION = "bench-region-1"


# -- the canned server ---------------------------------------------------------------------------------------


def sample_job() -> bytes:
    """The reference sample of a training job, compact as a server sends it."""
    return json.dumps(json.loads(SAMPLE_JOB.read_bytes()), separators=(",", ":")).encode()


class _Canned(asyncio.Protocol):
    job = b""
    total = 0
    pages: dict[tuple[int, int], bytes] = {}  # noqa: RUF012 - shared by every connection on purpose

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self.transport = transport
        self.buffer = b""

    def data_received(self, data: bytes) -> None:
        self.buffer += data
        while True:
            head_end = self.buffer.find(b"\r\n\r\n")
            if head_end < 0:
                return
            head = self.buffer[:head_end].decode("latin-1")
            length = 0
            for line in head.split("\r\n")[1:]:
                name, _, value = line.partition(":")
                if name.strip().lower() == "content-length":
                    length = int(value)
            end = head_end + 4 + length
            if len(self.buffer) < end:
                return
            body = self.buffer[head_end + 4 : end]
            self.buffer = self.buffer[end:]
            method, path, _ = head.split("\r\n", 1)[0].split(" ", 2)
            self.transport.write(self.answer(method, path.split("?", 1)[0], body))

    def answer(self, method: str, path: str, body: bytes) -> bytes:
        if method == "GET" and "/training-jobs/" in path:
            return _response(200, self.job)
        if method == "POST" and path.endswith("/training-job-searches"):
            query = json.loads(body or b"{}")
            offset, limit = int(query.get("offset", 0)), int(query.get("limit", 10))
            return _response(200, self.page(offset, limit))
        if method == "PUT" and path.startswith("/bench/jobs/"):
            type(self).total = int(path.rsplit("/", 1)[1])
            type(self).pages = {}
            return _response(204, b"")
        return _response(404, b'{"error_code":"ModelArts.0404","error_msg":"not found"}')

    def page(self, offset: int, limit: int) -> bytes:
        key = (offset, limit)
        if key not in self.pages:
            count = max(0, min(limit, self.total - offset))
            head = (
                f'{{"total":{self.total},"count":{self.total},"limit":{limit},"offset":{offset},'
                f'"sort_by":"create_time","order":"desc","items":['
            ).encode()
            self.pages[key] = head + b",".join([self.job] * count) + b"]}"
        return self.pages[key]


def _response(status: int, body: bytes) -> bytes:
    reason = {200: "OK", 204: "No Content", 404: "Not Found"}[status]
    head = (
        f"HTTP/1.1 {status} {reason}\r\nContent-Type: application/json\r\nContent-Length: {len(body)}\r\n"
        f"X-Request-Id: bench\r\n\r\n"
    )
    return head.encode() + body


async def _serve() -> None:
    _Canned.job = sample_job()
    server = await asyncio.get_running_loop().create_server(_Canned, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    print(port, flush=True)
    async with server:
        await server.serve_forever()


@contextmanager
def canned_server(pin: bool = True) -> Iterator[str]:
    """Start the canned server in a process of its own; yields its base URL, stops it at the end.

    With ``pin`` and two cores or more, the server runs on the last core and this process on the others.
    """
    command = [sys.executable, __file__, "serve"]
    clients, servers = cpu_split(pin)
    if servers is not None:
        command = ["taskset", "-c", ",".join(map(str, sorted(servers))), *command]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, text=True)
    try:
        assert process.stdout is not None
        port = int(process.stdout.readline())
        if clients is not None:
            os.sched_setaffinity(0, clients)
        yield f"http://127.0.0.1:{port}"
    finally:
        process.terminate()
        process.wait(10)


def bench_session(base_url: str) -> Session:
    """A modelarts_hl Session whose every endpoint is the canned server (imported here, inside the timing)."""
    from modelarts_hl.session import Session

    return Session(
        access_key=ACCESS_KEY,
        secret_key=SECRET_KEY,
        project_id=PROJECT_ID,
        region_name=REGION,
        iam_endpoint=base_url,
        modelarts_endpoint=base_url,
        obs_endpoint=base_url,
    )


# -- timing --------------------------------------------------------------------------------------------------


def arguments(doc: str | None, server: bool = True) -> argparse.ArgumentParser:
    """A command line parser showing the benchmark's docstring; with ``server``, it takes ``--no-pin``."""
    parser = argparse.ArgumentParser(description=doc, formatter_class=argparse.RawDescriptionHelpFormatter)
    if server:
        parser.add_argument("--no-pin", action="store_true", help="do not pin processes to cores")
    return parser


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


def load() -> str:
    return f"load average {load_average()} on {os.cpu_count()} cores"


@dataclass
class Case:
    """A measured thing: ``run(n)`` does the work ``n`` times; samples are seconds per unit of work."""

    name: str
    run: Callable[[int], object]
    wall: list[float] = field(default_factory=list)
    cpu: list[float] = field(default_factory=list)

    def measure(self, n: int) -> None:
        wall, cpu = time.perf_counter(), time.process_time()
        self.run(n)
        self.wall.append((time.perf_counter() - wall) / n)
        self.cpu.append((time.process_time() - cpu) / n)


def interleave(cases: Sequence[Case], rounds: int, n: int, warmup: int = 1) -> None:
    """``rounds`` rounds of ``n`` units of every case, the order rotating each round; warm-up rounds first."""
    for case in cases:
        for _ in range(warmup):
            case.run(n)
    for number in range(rounds):
        shift = number % len(cases)
        for case in [*cases[shift:], *cases[:shift]]:
            case.measure(n)


def report(cases: Sequence[Case], baseline: str, unit: str = "µs", scale: float = 1e6) -> None:
    """Medians of wall and CPU time of every case, and their ratios to ``baseline``."""
    base = next(case for case in cases if case.name == baseline)
    base_wall, base_cpu = statistics.median(base.wall), statistics.median(base.cpu)
    print(f"{'case':<34}{'wall ' + unit:>12}{'cpu ' + unit:>12}{'wall x':>9}{'cpu x':>9}   (x: / {baseline})")
    for case in cases:
        wall, cpu = statistics.median(case.wall), statistics.median(case.cpu)
        print(
            f"{case.name:<34}{wall * scale:>12.1f}{cpu * scale:>12.1f}"
            f"{wall / base_wall:>9.2f}{cpu / base_cpu:>9.2f}"
        )


def main() -> None:
    if sys.argv[1:] == ["serve"]:
        asyncio.run(_serve())
    else:
        raise SystemExit("usage: bench_support.py serve   (the canned server; the benchmarks start it)")


if __name__ == "__main__":
    main()
