"""What running a training job means here: its channels, notes for the job log, and each task's command.

A preset-engine job runs ``python <boot file> --<param>=<value> ... --<input>=<dir>/ --<output>=<dir>/`` with
this machine's Python (the engine's image cannot run here). A custom-image job runs its command through
``/bin/sh`` with the same options appended, ``/home/ma-user`` pointed at the work area and Python interpreters
named in it replaced by this machine's. Tasks see ModelArts' environment (``MA_JOB_DIR``, ``VC_TASK_INDEX``,
``VC_WORKER_NUM``, ``MA_NUM_HOSTS``...) plus ``RANK``/``WORLD_SIZE``/``MASTER_ADDR``/``MASTER_PORT``, the
job's environment variables, and no credentials of the backend's process.
"""

from __future__ import annotations

import os
import re
import shlex
import sys
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from ...store.catalog import LOCAL_FLAVOR_ID
from ...store.state import Document
from ..obs_locations import LocationError, parse_location
from ..process_env import without_credentials
from .layout import JobLayout

__all__ = [
    "Channel",
    "JobPlan",
    "PlanError",
    "plan_job",
    "task_command",
    "task_environment",
    "unsupported_reason",
]

SERVICE_PREFIX = "[ModelArts Service Log]"
# A Python interpreter named in a custom command: python, python3, python3.7, /opt/conda/bin/python3 ...
_PYTHON = re.compile(r"(?<![\w./-])(?:/[\w.+-]+)*/?python(?:\d+(?:\.\d+)*)?(?![\w./-])")
_CHANNEL_NAME = re.compile(r"^(?!\.{1,2}$)[A-Za-z0-9_.-]+$")


class PlanError(Exception):
    """The job cannot run: the message goes to the task status and the job log."""


@dataclass(frozen=True)
class Channel:
    name: str
    obs_url: str
    local_dir: Path
    # parameter: passed as --name=<dir>/ (the default); env: only as the environment variable of its name.
    access_method: str = "parameter"

    @property
    def argument(self) -> str:
        return f"--{self.name}={self.local_dir}/"


@dataclass(frozen=True)
class JobPlan:
    job_id: str
    node_count: int
    code_dir: str | None
    boot_file: str | None
    command: str | None
    parameters: list[tuple[str, str]]
    inputs: list[Channel]
    outputs: list[Channel]
    environments: dict[str, str]
    log_url: str | None
    # Running time after which the job is stopped (spec.auto_stop), in seconds.
    auto_stop_seconds: float | None = None
    custom_metrics: list[Document] = field(default_factory=list)
    # Where the job's model is saved (spec.output_model): uploaded like an output channel.
    output_model: Channel | None = None
    notes: list[str] = field(default_factory=list)


def to_obs_url(path: str, *, folder: bool) -> str:
    """``/bucket/dir/`` or ``obs://bucket/dir/`` -> ``obs://bucket/dir/`` (ending with '/' if a folder)."""
    try:
        location = parse_location(path)
    except LocationError as error:
        raise PlanError(str(error)) from None
    return str(location.folder() if folder else location)


def unsupported_reason(job: Document) -> tuple[str, str] | None:
    """The request field and the reason why a job can never run here (a 400 at creation), or None."""
    algorithm = job.get("algorithm") or {}
    for index, channel in enumerate(algorithm.get("inputs") or []):
        if "dataset" in (channel.get("remote") or {}):
            return (
                f"algorithm.inputs[{index}].remote.dataset",
                "datasets do not exist in the local backend; put the data in OBS and pass it as an input "
                "(InputData) instead",
            )
    if algorithm.get("id") or algorithm.get("subscription_id"):
        return (
            "algorithm.id" if algorithm.get("id") else "algorithm.subscription_id",
            "algorithms of algorithm management or subscriptions do not exist in the local backend; give "
            "code_dir and boot_file (or a custom image command) instead",
        )
    return None


def _boot_file(code_dir: str, boot_file: str) -> str:
    """The boot file relative to the code directory (it may be given relative, or as a full OBS path)."""
    if boot_file.startswith(("/", "obs://")):
        full = to_obs_url(boot_file, folder=False)
        if not full.startswith(code_dir):
            raise PlanError(f"boot file {boot_file} is not inside the code directory {code_dir}")
        relative = full[len(code_dir) :]
    else:
        relative = boot_file
    if not relative or any(part in ("", ".", "..") for part in relative.split("/")):
        raise PlanError(f"boot file {boot_file!r} does not name a file inside the code directory {code_dir}")
    return relative


def _channels(entries: list[Document], layout: JobLayout, *, outputs: bool) -> list[Channel]:
    channels = []
    for entry in entries:
        url = ((entry.get("remote") or {}).get("obs") or {}).get("obs_url")
        if not url:
            raise PlanError(f"channel {entry.get('name')!r} has no OBS path")
        name = entry["name"]
        if not _CHANNEL_NAME.match(name):
            raise PlanError(f"channel name {name!r} cannot name a folder (letters, digits, '_', '-', '.')")
        access = entry.get("access_method", "parameter")
        if outputs:
            channels.append(Channel(name, to_obs_url(url, folder=True), layout.output_dir(name), access))
        else:
            channels.append(Channel(name, to_obs_url(url, folder=False), layout.input_dir(name), access))
    return channels


def _output_model(spec: Document, layout: JobLayout) -> Channel | None:
    location = (spec.get("output_model") or {}).get("obs") or {}
    if not location.get("obs_path") or not location.get("local_path"):
        return None
    local = Path(layout.to_local(str(location["local_path"])))
    if not local.is_relative_to(layout.home):
        raise PlanError(f"output_model.obs.local_path {location['local_path']} is outside /home/ma-user")
    return Channel("output_model", to_obs_url(str(location["obs_path"]), folder=True), local)


def plan_job(job: Document, layout: JobLayout) -> JobPlan:
    """Read a stored job document; :class:`PlanError` if there is nothing that could run."""
    algorithm = job.get("algorithm") or {}
    spec = job.get("spec") or {}
    resource = spec.get("resource") or {}
    engine = algorithm.get("engine") or {}
    code_dir = to_obs_url(algorithm["code_dir"], folder=True) if algorithm.get("code_dir") else None
    boot_file = algorithm.get("boot_file")
    command = algorithm.get("command") or None
    if command is None and (code_dir is None or not boot_file):
        raise PlanError("the job has neither code_dir + boot_file nor a command of a custom image to run")
    relative_boot = _boot_file(code_dir, boot_file) if code_dir is not None and boot_file else None
    log_url = (spec.get("log_export_path") or {}).get("obs_url")
    plan = JobPlan(
        job_id=job["metadata"]["id"],
        node_count=int(resource.get("node_count", 1)),
        code_dir=code_dir,
        boot_file=relative_boot,
        command=command,
        parameters=[(str(p["name"]), str(p.get("value", ""))) for p in algorithm.get("parameters") or []],
        inputs=_channels(algorithm.get("inputs") or [], layout, outputs=False),
        outputs=_channels(algorithm.get("outputs") or [], layout, outputs=True),
        environments={str(k): str(v) for k, v in (algorithm.get("environments") or {}).items()},
        log_url=to_obs_url(log_url, folder=True) if log_url else None,
        auto_stop_seconds=_auto_stop(spec),
        custom_metrics=list(spec.get("custom_metrics") or []),
        output_model=_output_model(spec, layout),
    )
    plan.notes.extend(_notes(plan, engine, resource, spec))
    return plan


def _auto_stop(spec: Document) -> float | None:
    auto_stop = spec.get("auto_stop")
    if not auto_stop:
        return None
    # HOURS is the only unit the document allows.
    return float(auto_stop["duration"]) * 3600.0


def _notes(plan: JobPlan, engine: Document, resource: Document, spec: Document) -> list[str]:
    """What differs from ModelArts, said in the job log."""
    python = f"this machine's Python {sys.version.split()[0]} ({sys.executable})"
    notes = []
    if engine.get("image_url"):
        notes.append(
            f"the custom image {engine['image_url']} cannot be pulled on this machine: its command runs with "
            f"/bin/sh in the job's work area, with {python}"
        )
    elif engine.get("engine_name"):
        notes.append(
            f"engine {engine.get('engine_name')} {engine.get('engine_version', '')}: the boot file runs with "
            f"{python} and the packages installed there"
        )
    flavor = resource.get("flavor_id", LOCAL_FLAVOR_ID)
    if resource.get("pool_id"):
        notes.append(
            f"dedicated resource pool {resource['pool_id']} is not available here: "
            "the job runs on this machine"
        )
    if flavor != LOCAL_FLAVOR_ID:
        flavor_type = (resource.get("flavor_detail") or {}).get("flavor_type", "")
        accelerator = " without its accelerators" if flavor_type in ("GPU", "Ascend") else ""
        notes.append(f"flavor {flavor} is simulated: the job runs on this machine's CPUs{accelerator}")
    if plan.node_count > 1:
        notes.append(f"{plan.node_count} nodes run as {plan.node_count} processes of this machine")
    for volume in spec.get("volumes") or []:
        for kind, source_key in (("nfs", "nfs_server_path"), ("pfs", "pfs_path"), ("obs", "obs_path")):
            if kind in volume:
                mount = volume[kind]
                notes.append(
                    f"{kind.upper()} volume {mount.get(source_key)} -> {mount.get('local_path')} "
                    "cannot be mounted here; skipped"
                )
    if spec.get("notification"):
        notes.append("SMN notifications are not sent by the local backend")
    if spec.get("schedule_policy"):
        notes.append("the scheduling policy (affinity, priority, preemption) has no effect on one machine")
    if plan.auto_stop_seconds is not None:
        notes.append(
            f"the job is stopped after {plan.auto_stop_seconds / 3600:g} hours of running (auto_stop)"
        )
    return notes


def _options(plan: JobPlan) -> list[str]:
    channels = [
        channel.argument for channel in (*plan.inputs, *plan.outputs) if channel.access_method == "parameter"
    ]
    return [f"--{name}={value}" for name, value in plan.parameters] + channels


def task_command(plan: JobPlan, layout: JobLayout, code_root: Path | None) -> tuple[list[str], Path]:
    """The command line of every task of the job and the folder it runs in."""
    options = _options(plan)
    if plan.command is not None:
        python = shlex.quote(sys.executable)
        command = layout.to_local(_PYTHON.sub(lambda _match: python, plan.command))
        line = " ".join([command, *(shlex.quote(option) for option in options)])
        return ["/bin/sh", "-c", line], layout.home
    if code_root is None or plan.boot_file is None:
        raise PlanError("the job has no boot file to run")
    return [sys.executable, str(code_root / plan.boot_file), *options], code_root


def task_environment(
    plan: JobPlan, layout: JobLayout, index: int, master_port: int, base: Mapping[str, str]
) -> dict[str, str]:
    env = without_credentials(base)
    python_dir = os.path.dirname(sys.executable)
    env["PATH"] = os.pathsep.join(filter(None, [python_dir, env.get("PATH", "")]))
    workers = str(plan.node_count)
    env.update(
        {
            "PYTHONUNBUFFERED": "1",
            "MA_JOB_DIR": str(layout.job_dir),
            "MA_LOG_DIR": str(layout.log_dir),
            "MA_NUM_HOSTS": workers,
            "VC_WORKER_NUM": workers,
            "VC_TASK_INDEX": str(index),
            "VC_WORKER_HOSTS": ",".join(["127.0.0.1"] * plan.node_count),
            "MA_TASK_NAME": "worker",
            "MA_CURRENT_IP": "127.0.0.1",
            "MA_NUM_GPUS": "0",
            "RANK": str(index),
            "WORLD_SIZE": workers,
            "LOCAL_RANK": "0",
            "MASTER_ADDR": "127.0.0.1",
            "MASTER_PORT": str(master_port),
        }
    )
    # Channels may also be read from environment variables of their name.
    env.update({channel.name: f"{channel.local_dir}/" for channel in (*plan.inputs, *plan.outputs)})
    env.update(plan.environments)
    return env
