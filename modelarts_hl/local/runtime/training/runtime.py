"""The local training runtime: training jobs really run on this machine.

A job goes ``Creating`` -> ``Pending`` (``Queuing``) -> ``Running`` -> ``Completed`` / ``Failed`` /
``Terminated``, as on ModelArts. While ``Running``, the code directory and the inputs are downloaded from the
backend's object store into the job's work area (:mod:`.layout`), then each of the job's
``node_count`` tasks (``worker-0``, ``worker-1``...) runs as a process tree of the backend's process runner
(:mod:`.plan` says how), its stdout and stderr appended to the task log the log preview API reads.
Lines starting with ``[ModelArts Service Log]`` in that log tell what the platform did, and where this machine
differs from ModelArts (no images, no accelerators, no NFS). When one task fails the others are stopped. When
the tasks have ended, the output channels are uploaded to their OBS paths and the task logs to the job's
``log_url``; the final status carries each task's exit code (``128 + n`` for a task killed by signal ``n``,
as a container reports it) and, on failure, a message. CPU and memory use of each task are sampled from its
process tree (:mod:`.metrics`).

Jobs that need what cannot exist here (datasets, algorithms of algorithm management) are refused with a 400
when they are created. Jobs that were running when a previous backend on the same state directory stopped
are marked ``Abnormal`` (``Lost``).
"""

from __future__ import annotations

import logging
import os
import shutil
import socket
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ...errors import INTERNAL_ERROR, PARAMETER_ERROR, ApiError
from ...store.documents import JOB_KIND, METRICS_KIND, epoch_ms, task_log_path
from ...store.state import Document
from ..context import BackendContext
from ..obs_locations import runtime_obs
from ..runners import ProcessHandle
from .custom_metrics import CustomMetrics
from .layout import JobLayout
from .metrics import TaskSampler
from .plan import (
    SERVICE_PREFIX,
    JobPlan,
    PlanError,
    plan_job,
    task_command,
    task_environment,
    unsupported_reason,
)
from .staging import Staging

__all__ = ["LocalTrainingRuntime"]

log = logging.getLogger("modelarts_hl.local.training")

_ACTIVE_PHASES = ("Creating", "Pending", "Running")
_STOPPING_PHASES = ("Terminating", "Terminated")
# A task that fails to start, or a job that fails before its tasks start, reports this exit code.
_SETUP_EXIT_CODE = 1
# Jobs stopping for the backend's shutdown get this long to end before their driver is left behind.
_JOIN_TIMEOUT = 30.0
# Custom metrics are collected this often (a command or an HTTP request per task), and once when it ends.
_CUSTOM_METRICS_INTERVAL = 5.0
_AUTO_STOPPED = "the job ran for its auto_stop time"


@dataclass
class _Run:
    """One job being driven: its driver thread, task processes and stop request."""

    job: Document
    stop: threading.Event = field(default_factory=threading.Event)
    handles: dict[str, ProcessHandle] = field(default_factory=dict)
    thread: threading.Thread | None = None
    deleted: bool = False
    started_ms: int = 0
    auto_stopped: bool = False

    @property
    def job_id(self) -> str:
        job_id: str = self.job["metadata"]["id"]
        return job_id

    @property
    def tasks(self) -> list[str]:
        tasks: list[str] = self.job["status"]["tasks"]
        return tasks


def _exit_code(returncode: int | None) -> int:
    """A container's exit code: a process killed by signal n (Popen's -n) reports 128 + n."""
    if returncode is None:
        return -1
    return 128 - returncode if returncode < 0 else returncode


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


class LocalTrainingRuntime:
    """Runs the training jobs of a local backend as processes of this machine (see the module doc)."""

    def __init__(self, context: BackendContext, *, sample_interval: float = 1.0) -> None:
        self._context = context
        self._store = context.store
        self._sample_interval = sample_interval
        self._lock = threading.Lock()
        self._runs: dict[str, _Run] = {}
        self._closed = False
        self._obs = runtime_obs(context)
        self._staging = Staging(self._obs)
        self._recover()

    # -- the TrainingRuntime protocol ---------------------------------------------------------------------

    def start(self, job: Document) -> None:
        job_id = job["metadata"]["id"]
        refused = unsupported_reason(job)
        if refused is not None:
            # Refused before anyone could see the job: the record the handler stored goes again.
            self._store.delete(JOB_KIND, job_id)
            field_name, problem = refused
            raise ApiError(400, PARAMETER_ERROR, f"Invalid request field '{field_name}': {problem}")
        run = _Run(job)
        run.thread = threading.Thread(
            target=self._drive, args=(run,), name=f"modelarts-local-job-{job_id[:8]}", daemon=True
        )
        with self._lock:
            if self._closed:
                raise ApiError(500, INTERNAL_ERROR, "The local backend is stopping")
            self._runs[job_id] = run
        run.thread.start()

    def terminate(self, job_id: str) -> None:
        with self._lock:
            run = self._runs.get(job_id)
        if run is not None:
            run.stop.set()
            return
        # Not driven by this runtime (any more): nothing runs, so the job has stopped.
        self._finish_status(job_id, "Terminated", "Terminated", None, None)

    def delete(self, job_id: str) -> None:
        with self._lock:
            run = self._runs.pop(job_id, None)
        if run is not None:
            run.deleted = True
            run.stop.set()
            if run.thread is not None:
                run.thread.join(_JOIN_TIMEOUT)
        job = self._store.get(JOB_KIND, job_id)
        tasks = job["status"].get("tasks", []) if job else (run.tasks if run else [])
        for task in tasks:
            self._store.delete(METRICS_KIND, f"{job_id}:{task}")
        JobLayout.of(self._store.state_dir, job_id).remove()
        shutil.rmtree(self._store.log_path(JOB_KIND, job_id, "job.log").parent, ignore_errors=True)

    def close(self) -> None:
        with self._lock:
            self._closed = True
            runs = list(self._runs.values())
        for run in runs:
            run.stop.set()
        for run in runs:
            if run.thread is not None:
                run.thread.join(_JOIN_TIMEOUT)
        self._obs.close()

    # -- driving one job ----------------------------------------------------------------------------------

    def _log_file(self, job_id: str, task: str) -> Path:
        return task_log_path(self._store, job_id, task)

    def _service_log(self, run: _Run, message: str, tasks: list[str] | None = None) -> None:
        for task in tasks if tasks is not None else run.tasks:
            with self._log_file(run.job_id, task).open("a", encoding="utf-8") as handle:
                handle.write(f"{SERVICE_PREFIX} {message}\n")

    def _drive(self, run: _Run) -> None:
        job_id = run.job_id
        layout = JobLayout.of(self._store.state_dir, job_id)
        plan: JobPlan | None = None
        try:
            self._advance(job_id, "Pending", "Queuing")
            plan = plan_job(run.job, layout)
            if not run.stop.is_set():
                self._run(run, plan, layout)
        except PlanError as error:
            self._service_log(run, f"the job failed: {error}")
            statuses = [
                {"task": task, "exit_code": _SETUP_EXIT_CODE, "message": str(error)} for task in run.tasks
            ]
            self._end(run, plan, "Failed", statuses)
        except Exception as error:
            log.exception("training job %s failed in the local runtime", job_id)
            message = f"the local training runtime failed: {type(error).__name__}: {error}"
            self._service_log(run, message)
            statuses = [
                {"task": task, "exit_code": _SETUP_EXIT_CODE, "message": message} for task in run.tasks
            ]
            self._end(run, plan, "Failed", statuses)
        finally:
            for handle in run.handles.values():
                if handle.running:
                    self._context.runner.stop(handle)
            with self._lock:
                if self._runs.get(job_id) is run:
                    del self._runs[job_id]
        if run.stop.is_set() and not run.deleted:
            # Stopped before a final status was written (terminated while Pending, or the backend stops).
            self._finish_status(job_id, "Terminated", "Terminated", None, None)

    def _run(self, run: _Run, plan: JobPlan, layout: JobLayout) -> None:
        layout.create()
        run.started_ms = self._now_ms()
        self._advance(
            run.job_id,
            "Running",
            "Running",
            start_time=run.started_ms,
            node_count_metrics=[[run.started_ms, plan.node_count]],
            running_records=[{"start_at": run.started_ms // 1000, "start_type": "init_or_rescheduled"}],
        )
        for note in plan.notes:
            self._service_log(run, note)
        code_root = None
        if plan.code_dir is not None:
            code_root, done = self._staging.download_code(plan.code_dir, layout)
            self._service_log(run, f"downloaded the code directory {plan.code_dir} to {code_root} ({done})")
        for channel in plan.inputs:
            done = self._staging.download_input(channel, layout)
            self._service_log(
                run, f"downloaded input {channel.name} {channel.obs_url} to {channel.local_dir} ({done})"
            )
        outputs = [*plan.outputs, *([plan.output_model] if plan.output_model is not None else [])]
        for channel in outputs:
            channel.local_dir.mkdir(parents=True, exist_ok=True)
        if run.stop.is_set():
            return
        argv, cwd = task_command(plan, layout, code_root)
        master_port = _free_port()
        collectors: dict[str, CustomMetrics] = {}
        for index, task in enumerate(run.tasks):
            self._service_log(run, f"starting {task}: {' '.join(argv)}", [task])
            env = task_environment(plan, layout, index, master_port, os.environ)
            run.handles[task] = self._context.runner.start(
                f"training {run.job_id} {task}",
                argv,
                cwd=cwd,
                env=env,
                log_path=self._log_file(run.job_id, task),
            )
            collectors[task] = CustomMetrics(plan.custom_metrics, cwd=cwd, env=env, to_local=layout.to_local)
        statuses = self._supervise(run, plan, collectors)
        failed = any(status["exit_code"] != 0 for status in statuses)
        if run.deleted:
            return
        for channel in outputs:
            try:
                done = self._staging.upload_output(channel)
            except PlanError as error:
                failed = True
                statuses[0]["message"] = str(error)
                self._service_log(run, str(error))
                continue
            self._service_log(
                run, f"uploaded output {channel.name} {channel.local_dir} to {channel.obs_url} ({done})"
            )
        stopped = run.stop.is_set() or run.auto_stopped
        phase = "Terminated" if stopped else "Failed" if failed else "Completed"
        self._end(run, plan, phase, statuses)

    def _supervise(self, run: _Run, plan: JobPlan, collectors: dict[str, CustomMetrics]) -> list[Document]:
        """Wait for the tasks, sampling metrics; stop them all on a terminate request, a failed task or when
        the job has run for its auto_stop time (by the backend's clock)."""
        samplers = {task: TaskSampler(handle.pid) for task, handle in run.handles.items()}
        custom: dict[str, dict[str, list[float]]] = {task: {} for task in run.handles}
        clock = self._context.config.clock
        started = clock()
        collected_at: float | None = None
        failed_task: str | None = None
        stopped_by: str | None = None
        while any(handle.running for handle in run.handles.values()):
            if failed_task is None:
                failed_task = next(
                    (task for task, h in run.handles.items() if not h.running and h.returncode != 0), None
                )
            if plan.auto_stop_seconds is not None and not run.auto_stopped:
                run.auto_stopped = (clock() - started).total_seconds() >= plan.auto_stop_seconds
            if run.stop.is_set() or failed_task is not None or run.auto_stopped:
                stopped_by = (
                    "the job was terminated"
                    if run.stop.is_set()
                    else _AUTO_STOPPED
                    if run.auto_stopped
                    else f"{failed_task} failed"
                )
                if run.auto_stopped:
                    self._service_log(run, f"stopping the job: {_AUTO_STOPPED}")
                for handle in run.handles.values():
                    if handle.running:
                        self._context.runner.stop(handle)
                break
            due = collected_at is None or time.monotonic() - collected_at >= _CUSTOM_METRICS_INTERVAL
            if due and any(collectors.values()):
                collected_at = time.monotonic()
                custom = {task: collectors[task].collect() for task in run.handles}
            for task, sampler in samplers.items():
                if run.handles[task].running:
                    self._store.put(
                        METRICS_KIND, f"{run.job_id}:{task}", {**sampler.sample(), **custom[task]}
                    )
            self._advance(run.job_id, "Running", "Running", duration=self._now_ms() - run.started_ms)
            run.stop.wait(self._sample_interval)
        if any(collectors.values()) and not run.deleted:
            # What the job wrote last (its final loss, say) counts too.
            for task, collector in collectors.items():
                values = collector.collect()

                def merge(doc: Document, values: dict[str, list[float]] = values) -> Document:
                    return {**doc, **values}

                if self._store.update(METRICS_KIND, f"{run.job_id}:{task}", merge) is None:
                    self._store.put(METRICS_KIND, f"{run.job_id}:{task}", values)
        statuses = []
        for task, handle in run.handles.items():
            code = _exit_code(handle.wait())
            status: Document = {"task": task, "exit_code": code}
            if code != 0:
                stopped = handle.stop_requested and stopped_by is not None
                status["message"] = (
                    f"stopped: {stopped_by}" if stopped else f"the process exited with code {code}"
                )
            statuses.append(status)
            if not run.deleted:
                self._service_log(run, f"{task} exited with code {code}", [task])
        return statuses

    def _end(self, run: _Run, plan: JobPlan | None, phase: str, statuses: list[Document]) -> None:
        if run.deleted:
            return
        if plan is not None and plan.log_url is not None:
            for task in run.tasks:
                try:
                    self._staging.upload_log(self._log_file(run.job_id, task), plan.log_url)
                except PlanError as error:
                    log.warning("training job %s, %s: %s", run.job_id, task, error)
        self._finish_status(run.job_id, phase, phase, statuses, run.started_ms)

    # -- status records -----------------------------------------------------------------------------------

    def _now_ms(self) -> int:
        """Job timestamps by the backend's clock: the one auto stop and retention reckon with."""
        return epoch_ms(self._context.config.clock())

    def _update(self, job_id: str, change: Callable[[Document], None]) -> None:
        def apply(job: Document) -> Document:
            change(job["status"])
            return job

        self._store.update(JOB_KIND, job_id, apply)

    def _advance(self, job_id: str, phase: str, secondary_phase: str, **fields: Any) -> None:
        """Move an active job on; a terminate request (``Terminating``) is never overwritten."""

        def change(status: Document) -> None:
            if status["phase"] in _ACTIVE_PHASES:
                status.update(phase=phase, secondary_phase=secondary_phase, **fields)

        self._update(job_id, change)

    def _finish_status(
        self,
        job_id: str,
        phase: str,
        secondary_phase: str,
        task_statuses: list[Document] | None,
        started_ms: int | None,
    ) -> None:
        """The final status; a job asked to terminate ends ``Terminated`` whatever its tasks did."""

        def change(status: Document) -> None:
            if status["phase"] not in (*_ACTIVE_PHASES, "Terminating"):
                return
            stopped = status["phase"] == "Terminating"
            status["phase"] = "Terminated" if stopped else phase
            status["secondary_phase"] = "Terminated" if stopped else secondary_phase
            if task_statuses is not None:
                status["task_statuses"] = task_statuses
            if started_ms:
                ended = self._now_ms()
                status["duration"] = ended - started_ms
                status.setdefault("node_count_metrics", []).append([ended, 0])
                for record in status.get("running_records") or []:
                    if record.get("end_at") is None:
                        record["end_at"] = ended // 1000
                        record["end_reason"] = status["phase"]

        self._update(job_id, change)

    def _recover(self) -> None:
        """Jobs left active by a backend that stopped without finishing them cannot be running any more."""
        for job in self._store.documents(JOB_KIND):
            phase = job.get("status", {}).get("phase")
            if phase in _ACTIVE_PHASES:
                self._update(job["metadata"]["id"], _mark_lost)
            elif phase == "Terminating":
                self._finish_status(job["metadata"]["id"], "Terminated", "Terminated", None, None)


def _mark_lost(status: Document) -> None:
    status["phase"], status["secondary_phase"] = "Abnormal", "Lost"
    message = "the local backend stopped while the job was active"
    status["task_statuses"] = [
        {"task": task, "exit_code": -1, "message": message} for task in status.get("tasks", [])
    ]
