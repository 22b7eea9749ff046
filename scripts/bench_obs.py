#!/usr/bin/env python3
"""Benchmark of OBS transfers against a local S3-compatible server (not a test).

Moves (a) many small files and (b) one large file, up and down, with
  - ours:   modelarts_hl.obs.OBS upload_dir/download_dir/upload_file/download_file,
  - naive:  a sequential loop of esdk-obs-python ``ObsClient.putFile`` / ``getObject(downloadPath=...)``,
  - awscli: ``aws s3 cp --recursive`` / ``aws s3 cp`` (when the ``aws`` command is installed),
and prints the median time of each and our speed-up ratios.

The server is s3rver (``npx --yes s3rver``, needs node) or moto's server (``python -m moto.server``), each in
its own process on 127.0.0.1 and stopped at the end. Data and the server's storage go to /dev/shm when it
exists (RAM, so that disk write-back does not blur the comparison), else to the system's temporary folder.
Each round's objects are deleted after it (not timed). Untimed warm-up rounds come first: node compiles
s3rver's request handling during its first few thousand requests, which would otherwise slow whichever tool
runs first. The load average is printed before and after, as other work on the machine skews timings. Where
/proc exists, the CPU time the server's processes spend on each transfer is printed too: on a machine of few
cores the server's own work bounds what any client can reach. Usage:
    .venv/bin/python scripts/bench_obs.py [--server auto|s3rver|moto] [--repeat 3] [--warmup 1]
        [--large-mib 256]
"""

from __future__ import annotations

import argparse
import contextlib
import os
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

from obs import ObsClient

from modelarts_hl.obs import OBS, ObsCredentials, ObsSettings

BUCKET = "bench"
MIB = 1024 * 1024
REGION = "us-east-1"


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


@contextmanager
def running_server(kind: str, s3rver_cmd: str, workdir: Path) -> Iterator[Server]:
    """Start the server in a process group of its own."""
    port = free_port()
    if kind == "s3rver":
        data = workdir / "s3rver-data"
        data.mkdir()
        command = [*shlex.split(s3rver_cmd), "-d", str(data), "-a", "127.0.0.1", "-p", str(port), "--silent"]
        keys = ("S3RVER", "S3RVER")
    else:
        command = [sys.executable, "-m", "moto.server", "-H", "127.0.0.1", "-p", str(port)]
        keys = ("bench-access-key", "bench-secret-key")
    log = open(workdir / "server.log", "wb")  # noqa: SIM115 - closed below
    process = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    try:
        wait_for_port(port, process)
        yield Server(f"http://127.0.0.1:{port}", *keys, process_group=process.pid)
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
    server_cpu: float | None


def timed(server: Server, work: Callable[[], object]) -> Sample:
    cpu = server.cpu_seconds()
    start = time.perf_counter()
    work()
    seconds = time.perf_counter() - start
    after = server.cpu_seconds()
    return Sample(seconds, None if cpu is None or after is None else after - cpu)


class Tools:
    """The three ways to move the data; each method moves one scenario one way."""

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

    # awscli
    def _aws(self, *args: str) -> None:
        assert self.aws is not None
        command = [self.aws, "s3", "cp", *args, "--endpoint-url", self.endpoint, "--quiet", "--no-progress"]
        subprocess.run(command, env=self.aws_env, check=True)

    def aws_up_dir(self, src: Path, prefix: str) -> None:
        self._aws(str(src), f"s3://{BUCKET}/{prefix}{src.name}/", "--recursive")

    def aws_down_dir(self, prefix: str, dest: Path) -> None:
        self._aws(f"s3://{BUCKET}/{prefix}", f"{dest}/", "--recursive")

    def aws_up_file(self, src: Path, prefix: str) -> None:
        self._aws(str(src), f"s3://{BUCKET}/{prefix}{src.name}")

    def aws_down_file(self, key: str, dest: Path) -> None:
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


def run(args: argparse.Namespace) -> None:
    kind = args.server
    if kind == "auto":
        kind = "s3rver" if shutil.which("node") and shutil.which(shlex.split(args.s3rver_cmd)[0]) else "moto"
    workdir = Path(tempfile.mkdtemp(prefix="bench-obs-", dir=args.workdir or default_workdir()))
    try:
        print(f"machine: {os.cpu_count()} cores; data in {workdir.parent}")
        print(f"preparing {args.small_count} x {args.small_size} B and 1 x {args.large_mib} MiB")
        small, large = make_data(workdir / "data", args.small_count, args.small_size, args.large_mib)
        with running_server(kind, args.s3rver_cmd, workdir) as server:
            tools = Tools(server.endpoint, server.access_key, server.secret_key, workdir)
            try:
                tools.ours.create_bucket(BUCKET)
                names = ["ours", "naive"] + (["awscli"] if tools.aws and not args.no_awscli else [])
                if kind == "s3rver":
                    print("s3rver:", version_of([*shlex.split(args.s3rver_cmd), "--version"]))
                if tools.aws:
                    print("awscli:", version_of([tools.aws, "--version"]))
                print(f"load average before: {load()}")
                for warmup in range(args.warmup):
                    for name in names:
                        measure_one(server, tools, name, f"w{warmup}", small, large, workdir, {})
                        tools.ours.delete_prefix(f"obs://{BUCKET}/w{warmup}/{name}/")
                    print(f"  warm-up round {warmup + 1}/{args.warmup}: done", flush=True)
                times: dict[tuple[str, str], list[Sample]] = {}
                for repeat in range(args.repeat):
                    for name in names:
                        measure_one(server, tools, name, f"r{repeat}", small, large, workdir, times)
                        tools.ours.delete_prefix(f"obs://{BUCKET}/r{repeat}/{name}/")
                        print(f"  round {repeat + 1}/{args.repeat} {name}: done", flush=True)
                print(f"load average after: {load()}")
                report(times, names, args, kind)
            finally:
                tools.close()
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


def load() -> str:
    return " ".join(f"{value:.2f}" for value in os.getloadavg())


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
    tool = "aws" if name == "awscli" else name
    up_dir: Callable[[Path, str], None] = getattr(tools, f"{tool}_up_dir")
    down_dir: Callable[[str, Path], None] = getattr(tools, f"{tool}_down_dir")
    up_file: Callable[[Path, str], None] = getattr(tools, f"{tool}_up_file")
    down_file: Callable[[str, Path], None] = getattr(tools, f"{tool}_down_file")

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


SCENARIOS = ("small up", "small down", "large up", "large down")


def report(
    times: dict[tuple[str, str], list[Sample]], names: list[str], args: argparse.Namespace, kind: str
) -> None:
    small = f"{args.small_count} x {args.small_size} B"
    print(
        f"\nmedian of {args.repeat} runs on {kind}, in seconds (small: {small}; large: {args.large_mib} MiB)"
    )
    print("speed-up = other tool's time / our time")
    header = f"{'scenario':<12}" + "".join(f"{name:>10}" for name in names)
    header += "".join(f"{'speed-up vs ' + other:>22}" for other in names[1:])
    print(header)
    for scenario in SCENARIOS:
        medians = {name: statistics.median(s.seconds for s in times[(scenario, name)]) for name in names}
        line = f"{scenario:<12}" + "".join(f"{medians[name]:>10.2f}" for name in names)
        line += "".join(f"{medians[other] / medians['ours']:>21.1f}x" for other in names[1:])
        print(line)
    if any(s.server_cpu is None for samples in times.values() for s in samples):
        return
    print(f"\nCPU seconds the {kind} server spent per run (median; it shares the cores with the client)")
    print(f"{'scenario':<12}" + "".join(f"{name:>10}" for name in names))
    for scenario in SCENARIOS:
        cpu = [statistics.median(s.server_cpu or 0.0 for s in times[(scenario, name)]) for name in names]
        print(f"{scenario:<12}" + "".join(f"{value:>10.2f}" for value in cpu))


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--server", choices=("auto", "s3rver", "moto"), default="auto")
    parser.add_argument("--s3rver-cmd", default="npx --yes s3rver", help="command that runs s3rver")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--warmup", type=int, default=1, help="untimed rounds before the timed ones")
    parser.add_argument("--small-count", type=int, default=1000)
    parser.add_argument("--small-size", type=int, default=4096)
    parser.add_argument("--large-mib", type=int, default=256)
    parser.add_argument("--no-awscli", action="store_true", help="leave awscli out even if installed")
    parser.add_argument("--workdir", default=None, help="folder for temporary data (default: /dev/shm)")
    run(parser.parse_args())


if __name__ == "__main__":
    main()
