"""Instances of deployed models: one inference server process each, started from the model's imported folder.

A process runs ``python -m modelarts_server`` (``serving/`` on its ``PYTHONPATH``, so that inference scripts
find ``model_service`` and ``log``), loads ``customize_service.py``, and writes its port to a ready file once
it listens. Requests reach it over loopback HTTP; its output is the instance log.
"""

from __future__ import annotations

import importlib.metadata
import json
import logging
import os
import sys
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import psutil

from ...store.documents import SERVICE_KIND
from ..context import BackendContext
from ..models.runtime import model_folder
from ..process_env import without_credentials
from ..protocols import InferenceResult
from ..runners import ProcessHandle

__all__ = [
    "SERVING_PATH",
    "Instance",
    "InstanceError",
    "error_result",
    "forward",
    "log_tail",
    "start_instance",
    "stop_instances",
]

log = logging.getLogger("modelarts_hl.local.inference")

SERVING_PATH = Path(__file__).resolve().parents[2] / "serving"
# ModelArts limits one prediction to 40 s.
PREDICTION_TIMEOUT = 40.0
_TAIL_LINES = 15
_TAIL_CHARS = 1500
_JSON = {"Content-Type": "application/json"}


class InstanceError(Exception):
    """An instance could not be started; the message says why (with the end of its log)."""


@dataclass
class Instance:
    """A running inference server process."""

    handle: ProcessHandle
    port: int
    log_path: Path
    process: psutil.Process | None = field(default=None, repr=False)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def usage(self) -> tuple[float, float]:
        """CPU cores in use (since the previous call) and resident memory in MB."""
        try:
            if self.process is None:
                self.process = psutil.Process(self.handle.pid)
                self.process.cpu_percent(None)
            with self.process.oneshot():
                return self.process.cpu_percent(None) / 100.0, self.process.memory_info().rss / 2**20
        except psutil.Error:
            return 0.0, 0.0


def log_tail(path: Path) -> str:
    try:
        lines = [
            line for line in path.read_text(encoding="utf-8", errors="replace").splitlines() if line.strip()
        ]
    except OSError:
        return ""
    return "\n".join(lines[-_TAIL_LINES:])[-_TAIL_CHARS:]


def _check_dependencies(model: Mapping[str, Any], log_path: Path) -> None:
    """Packages of the model that this environment lacks are reported in the log (nothing is installed)."""
    notes = []
    for dependency in model.get("dependencies") or []:
        for package in dependency.get("packages") or []:
            name = package.get("package_name", "")
            try:
                installed = importlib.metadata.version(name)
            except importlib.metadata.PackageNotFoundError:
                notes.append(f"WARNING: the model needs package {name}, which is not installed here")
                continue
            wanted, restraint = package.get("package_version"), package.get("restraint")
            if wanted and restraint == "EXACT" and installed != wanted:
                notes.append(f"WARNING: the model needs {name}=={wanted}; {installed} is installed here")
    if notes:
        with log_path.open("a", encoding="utf-8") as handle:
            handle.write("\n".join(notes) + "\n")


def start_instance(
    context: BackendContext,
    service_id: str,
    config: Mapping[str, Any],
    model: Mapping[str, Any],
    number: int,
    on_exit: Callable[[ProcessHandle, int], None],
    ready_timeout: float,
) -> Instance:
    """Starts instance ``number`` of one model of a service and waits until it listens."""
    model_id = model["model_id"]
    model_dir = model_folder(context, model_id)
    if not model_dir.is_dir():
        raise InstanceError(f"the files of model {model_id} are missing from the local backend")
    log_path = context.store.log_path(SERVICE_KIND, service_id, f"{model_id}-{number}.log")
    ready_file = log_path.with_suffix(".port")
    ready_file.unlink(missing_ok=True)
    _check_dependencies(model, log_path)
    env = without_credentials(os.environ)
    env.update({str(key): str(value) for key, value in (config.get("envs") or {}).items()})
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(SERVING_PATH), os.environ.get("PYTHONPATH")]))
    env["PYTHONUNBUFFERED"] = "1"
    argv = [
        sys.executable,
        "-m",
        "modelarts_server",
        "--model-dir",
        str(model_dir),
        "--model-name",
        str(model["model_name"]),
        "--model-type",
        str(model["model_type"]),
        "--ready-file",
        str(ready_file),
        "--apis",
        _apis_argument(model.get("apis")),
    ]
    handle = context.runner.start(
        f"service {service_id} model {model_id} #{number}",
        argv,
        cwd=model_dir,
        env=env,
        log_path=log_path,
        on_exit=on_exit,
    )
    deadline = time.monotonic() + ready_timeout
    while not ready_file.exists():
        if not handle.running:
            handle.wait(5)
            raise InstanceError(
                f"model {model['model_name']} {model['model_version']} failed to start "
                f"(exit code {handle.returncode}): {log_tail(log_path)}"
            )
        if time.monotonic() > deadline:
            context.runner.stop(handle)
            raise InstanceError(
                f"model {model['model_name']} {model['model_version']} was not ready after "
                f"{ready_timeout:g} s: {log_tail(log_path)}"
            )
        time.sleep(0.02)
    return Instance(handle=handle, port=int(ready_file.read_text(encoding="ascii")), log_path=log_path)


def _apis_argument(apis: object) -> str:
    # The registry keeps a model's apis as JSON text (showModel answers them so).
    return apis if isinstance(apis, str) else json.dumps(apis or [])


def stop_instances(context: BackendContext, instances: list[Instance]) -> None:
    for instance in instances:
        if instance.handle.running:
            context.runner.stop(instance.handle)


def forward(
    client: httpx.Client,
    instance: Instance,
    path: str,
    method: str,
    headers: Mapping[str, str],
    body: bytes,
    *,
    timeout: float = PREDICTION_TIMEOUT,
) -> InferenceResult:
    """Sends one request to an instance; unreachable or slow instances become ModelArts-style errors."""
    sent = {name: value for name, value in headers.items() if name.lower() in ("content-type", "accept")}
    try:
        response = client.request(method, instance.url + path, content=body, headers=sent, timeout=timeout)
    except httpx.TimeoutException:
        return error_result(504, "ModelArts.4503", f"the model did not answer within {timeout:g} s")
    except httpx.HTTPError as exc:
        return error_result(503, "ModelArts.4502", f"the model instance is not reachable: {exc}")
    return InferenceResult(
        status=response.status_code,
        body=response.content,
        headers={"Content-Type": response.headers.get("content-type", "application/json")},
    )


def error_result(status: int, code: str, message: str) -> InferenceResult:
    return InferenceResult(
        status=status, body=json.dumps({"error_code": code, "error_msg": message}).encode(), headers=_JSON
    )
