"""The inference runtime of the local backend: real-time services as inference server processes, batch
services as one pass over their inputs.

Real-time: every model configuration of a service runs ``instance_count`` server processes
(:mod:`.instances`); requests to the access address are spread over the configurations by weight
(smooth weighted round robin, so 70/30 gives exactly 7 of 10) and over a configuration's instances in turn.
Deployment reports ``progress`` while instances start, then ``running`` (or ``failed`` with the cause and the
end of the instance log in ``error_msg``); an instance that dies later makes the service ``concerning``, or
``failed`` once none is left. Stopping ends the processes, starting deploys again, a configuration change
replaces the instances, and a ``stop`` schedule stops the service after its duration. Each change appends to
the update logs.

Batch: one pass of :func:`.batch.run_batch`, then ``finished`` and the processes end.
"""

from __future__ import annotations

import copy
import logging
import threading
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import httpx
import psutil

from ...errors import SERVICE_NOT_RUNNING, ApiError
from ...store.documents import MODEL_KIND, SCHEDULE_UNIT_SECONDS, SERVICE_KIND, access_address, now_ms
from ...store.state import Document
from ..context import BackendContext
from ..protocols import InferenceResult
from ..runners import ProcessHandle
from .batch import BatchError, run_batch
from .instances import (
    Instance,
    InstanceError,
    error_result,
    forward,
    log_tail,
    start_instance,
    stop_instances,
)

__all__ = ["MAX_BODY_BYTES", "LocalInferenceRuntime"]

log = logging.getLogger("modelarts_hl.local.inference")

# ModelArts refuses prediction bodies above 12 MB.
MAX_BODY_BYTES = 12 * 1024 * 1024
_ACTIVE = ("deploying", "running", "concerning")
# What a configuration is made of; a change of any of these replaces its instances.
_CONFIG_KEYS = (
    "model_id",
    "weight",
    "specification",
    "instance_count",
    "envs",
    "src_path",
    "dest_path",
    "req_uri",
    "mapping_type",
    "mapping_rule",
)


@dataclass
class _Group:
    """The instances of one model configuration and its share of the traffic."""

    config: Document
    instances: list[Instance] = field(default_factory=list)
    turn: int = 0
    credit: int = 0

    @property
    def weight(self) -> int:
        return int(self.config.get("weight") or 0)


@dataclass
class _Service:
    service_id: str
    generation: int = 0
    configs: list[Document] = field(default_factory=list)
    groups: list[_Group] = field(default_factory=list)
    # Calls and failed calls per model id; kept across stops and configuration changes.
    calls: dict[str, list[int]] = field(default_factory=dict)
    timer: threading.Timer | None = None
    armed: list[Document] | None = None
    stopped: bool = False
    lock: threading.Lock = field(default_factory=threading.Lock)

    def instances(self) -> list[Instance]:
        return [instance for group in self.groups for instance in group.instances]


def _shape(configs: list[Document]) -> list[Document]:
    return [{key: config.get(key) for key in _CONFIG_KEYS} for config in configs]


class LocalInferenceRuntime:
    """Serves the services of one backend. ``schedule_unit_seconds`` shortens schedules (tests)."""

    def __init__(
        self,
        context: BackendContext,
        *,
        ready_timeout: float = 120.0,
        schedule_unit_seconds: Mapping[str, float] | None = None,
    ) -> None:
        self._context = context
        self._ready_timeout = ready_timeout
        self._units = {**SCHEDULE_UNIT_SECONDS, **(schedule_unit_seconds or {})}
        self._lock = threading.Lock()
        self._services: dict[str, _Service] = {}
        self._threads: set[threading.Thread] = set()
        self._closed = False
        self._client = httpx.Client(limits=httpx.Limits(max_connections=64, max_keepalive_connections=16))
        for service in context.store.documents(SERVICE_KIND):
            # Services a previous run of a persistent backend left active come back up.
            if service.get("status") in _ACTIVE:
                self._launch(service, append_event=False)
            elif service.get("status") == "stopped":
                self._state(service["service_id"]).stopped = True

    # -- the runtime protocol --------------------------------------------------------------------------------

    def deploy(self, service: Document) -> None:
        self._launch(service, append_event=False)

    def update(self, service: Document) -> None:
        service_id = service["service_id"]
        state = self._state(service_id)
        status = service.get("status")
        if status == "stopped":
            if not state.stopped:
                self._halt(state)
                state.stopped = True
                self._event(service_id, "SUCCESS", service.get("config") or [])
                self._set_config_status(service_id, "notReady")
        elif status == "deploying":
            # The API appended an update log for a new configuration; a plain start needs one of its own.
            started = _shape(service.get("config") or []) == _shape(state.configs)
            self._launch(service, append_event=started)
        elif status in ("running", "concerning") and (service.get("schedule") or []) != state.armed:
            # A new schedule starts a new period; other changes (the description, say) leave it running.
            self._schedule(service_id, state.generation, service)

    def delete(self, service_id: str) -> None:
        with self._lock:
            state = self._services.pop(service_id, None)
        if state is not None:
            self._halt(state)

    def infer(
        self, service: Document, path: str, method: str, headers: Mapping[str, str], body: bytes
    ) -> InferenceResult:
        if len(body) > MAX_BODY_BYTES:
            return error_result(413, "ModelArts.4501", "the request body is larger than 12 MB")
        state = self._state(service["service_id"])
        with state.lock:
            group = self._pick(state)
            if group is None:
                raise ApiError(
                    409, SERVICE_NOT_RUNNING, f"Service {service['service_id']} has no running instance"
                )
            instance = group.instances[group.turn % len(group.instances)]
            group.turn += 1
        result = forward(self._client, instance, path, method, headers, body)
        with state.lock:
            counts = state.calls.setdefault(group.config["model_id"], [0, 0])
            counts[0] += 1
            if result.status >= 400:
                counts[1] += 1
        return result

    def monitor(self, service: Document) -> list[Document]:
        """Per model: calls, failures and the CPU and memory its processes use now (psutil)."""
        state = self._state(service["service_id"])
        cores, memory_mb = psutil.cpu_count() or 1, psutil.virtual_memory().total // 2**20
        with state.lock:
            groups = {group.config["model_id"]: group for group in state.groups}
            calls = {model_id: tuple(counts) for model_id, counts in state.calls.items()}
        monitors = []
        for config in service.get("config") or []:
            group = groups.get(config["model_id"])
            instances = list(group.instances) if group is not None else []
            invocations, failures = calls.get(config["model_id"], (0, 0))
            usage = [instance.usage() for instance in instances if instance.handle.running]
            monitors.append(
                {
                    "model_id": config["model_id"],
                    "model_name": config.get("model_name", ""),
                    "model_version": config.get("model_version", ""),
                    "invocation_times": invocations,
                    "failed_times": failures,
                    "cpu_core_usage": round(sum(cpu for cpu, _ in usage), 3),
                    "cpu_core_total": float(cores),
                    "cpu_memory_usage": int(sum(memory for _, memory in usage)),
                    "cpu_memory_total": int(memory_mb),
                    "gpu_usage": 0.0,
                    "gpu_total": 0.0,
                    "model_running_instance_count": len(usage),
                    "model_instance_count": int(config.get("instance_count") or 1),
                }
            )
        return monitors

    def close(self) -> None:
        with self._lock:
            self._closed = True
            states = list(self._services.values())
            self._services.clear()
        for state in states:
            self._halt(state)
        for thread in list(self._threads):
            thread.join(timeout=30)
        self._client.close()

    # -- state --------------------------------------------------------------------------------------------

    def _state(self, service_id: str) -> _Service:
        with self._lock:
            return self._services.setdefault(service_id, _Service(service_id))

    def _current(self, state: _Service, generation: int) -> bool:
        with self._lock:
            return (
                not self._closed
                and self._services.get(state.service_id) is state
                and state.generation == generation
            )

    def _halt(self, state: _Service) -> bool:
        """Stops what runs for the service (deployments under way notice it); True if anything ran."""
        with state.lock:
            state.generation += 1
            instances = state.instances()
            state.groups = []
            timer, state.timer, state.armed = state.timer, None, None
        if timer is not None:
            timer.cancel()
        stop_instances(self._context, instances)
        return bool(instances)

    def _pick(self, state: _Service) -> _Group | None:
        """Smooth weighted round robin over the configurations that have instances."""
        groups = [group for group in state.groups if group.instances]
        if not groups:
            return None
        total = sum(max(group.weight, 1) for group in groups)
        for group in groups:
            group.credit += max(group.weight, 1)
        chosen = max(groups, key=lambda group: group.credit)
        chosen.credit -= total
        return chosen

    # -- records ------------------------------------------------------------------------------------------

    def _update(self, service_id: str, **fields: Any) -> Document | None:
        def change(doc: Document) -> Document:
            for name, value in fields.items():
                if value is None:
                    doc.pop(name, None)
                else:
                    doc[name] = value
            return doc

        return self._context.store.update(SERVICE_KIND, service_id, change)

    def _set_config_status(self, service_id: str, status: str, **config_fields: Any) -> None:
        def change(doc: Document) -> Document:
            for config in doc.get("config") or []:
                if doc.get("infer_type") == "real-time":
                    config["status"] = status
                config.update(config_fields)
            return doc

        self._context.store.update(SERVICE_KIND, service_id, change)

    def _event(self, service_id: str, result: str, configs: list[Document]) -> None:
        entry = {"update_time": now_ms(), "result": result, "config": copy.deepcopy(configs)}
        self._context.store.append_event(SERVICE_KIND, service_id, entry)

    def _finish_event(self, service_id: str, result: str) -> None:
        def change(entry: Document) -> Document:
            if entry.get("result") == "RUNNING":
                entry["result"] = result
            return entry

        self._context.store.update_last_event(SERVICE_KIND, service_id, change)

    # -- deployment ---------------------------------------------------------------------------------------

    def _launch(self, service: Document, *, append_event: bool) -> None:
        service_id = service["service_id"]
        state = self._state(service_id)
        self._halt(state)
        with state.lock:
            generation = state.generation
            state.stopped = False
            state.configs = copy.deepcopy(service.get("config") or [])
        if append_event:
            self._event(service_id, "RUNNING", state.configs)
        fields: dict[str, Any] = {"status": "deploying", "progress": 0, "error_msg": None}
        if service.get("infer_type") == "real-time":
            # A persistent backend may listen on another port than when the service was created.
            fields["access_address"] = access_address(self._context.endpoint, service_id)
        self._update(service_id, **fields)
        target = self._run_batch if service.get("infer_type") == "batch" else self._deploy
        thread = threading.Thread(
            target=self._guarded,
            args=(target, state, generation),
            name=f"modelarts-local-deploy-{service_id}",
            daemon=True,
        )
        with self._lock:
            self._threads.add(thread)
        thread.start()

    def _guarded(self, target: Any, state: _Service, generation: int) -> None:
        try:
            target(state, generation)
        except Exception as exc:
            log.exception("deploying service %s failed", state.service_id)
            self._fail(state, generation, f"internal error of the local backend: {exc}")
        finally:
            with self._lock:
                self._threads.discard(threading.current_thread())

    def _fail(self, state: _Service, generation: int, reason: str) -> None:
        if not self._current(state, generation):
            return
        self._halt(state)
        log.info("service %s failed: %s", state.service_id, reason)
        self._update(state.service_id, status="failed", error_msg=reason, progress=None)
        self._set_config_status(state.service_id, "notReady")
        self._finish_event(state.service_id, "FAIL")

    def _model(self, config: Document) -> Document:
        model = self._context.store.get(MODEL_KIND, config["model_id"])
        if model is None:
            raise InstanceError(f"model {config['model_id']} does not exist")
        if model.get("model_status") != "published":
            raise InstanceError(
                f"model {model['model_name']} {model['model_version']} is {model.get('model_status')}, "
                "not published"
            )
        if model.get("model_type") in ("Image", "Template"):
            raise InstanceError(
                f"model {model['model_name']} runs a container image; the local backend runs model "
                "packages only"
            )
        return model

    def _start_group(
        self, state: _Service, generation: int, config: Document, started: list[Instance]
    ) -> _Group:
        """Starts a configuration's instances, reporting progress; each is added to ``started`` at once."""
        model = self._model(config)
        group = _Group(copy.deepcopy(config))
        total = sum(int(c.get("instance_count") or 1) for c in state.configs) or 1
        for number in range(int(config.get("instance_count") or 1)):
            if not self._current(state, generation):
                break
            instance = start_instance(
                self._context,
                state.service_id,
                config,
                model,
                number,
                self._exit_handler(state, generation),
                self._ready_timeout,
            )
            started.append(instance)
            group.instances.append(instance)
            if self._current(state, generation):
                self._update(state.service_id, progress=min(99, len(started) * 100 // total))
        return group

    def _deploy(self, state: _Service, generation: int) -> None:
        started: list[Instance] = []
        groups = []
        try:
            for config in state.configs:
                groups.append(self._start_group(state, generation, config, started))
        except InstanceError as exc:
            stop_instances(self._context, started)
            self._fail(state, generation, str(exc))
            return
        with state.lock:
            current = self._current(state, generation)
            if current:
                state.groups = groups
        if not current:
            stop_instances(self._context, started)
            return
        document = self._update(state.service_id, status="running", progress=100, error_msg=None)
        self._set_config_status(state.service_id, "ready")
        self._finish_event(state.service_id, "SUCCESS")
        log.info("service %s running (%d instances)", state.service_id, len(started))
        if document is not None:
            self._schedule(state.service_id, generation, document)

    def _run_batch(self, state: _Service, generation: int) -> None:
        config = state.configs[0]
        started: list[Instance] = []
        try:
            group = self._start_group(state, generation, config, started)
            model = self._model(config)
        except InstanceError as exc:
            stop_instances(self._context, started)
            self._fail(state, generation, str(exc))
            return
        with state.lock:
            if self._current(state, generation):
                state.groups = [group]
        started_at = now_ms()
        self._update(state.service_id, status="running", progress=100, start_time=started_at)
        self._set_config_status(state.service_id, "ready", start_time=started_at)
        try:
            summary = run_batch(
                self._context,
                state.service_id,
                config,
                model,
                group.instances,
                self._client,
                lambda: not self._current(state, generation),
            )
        except BatchError as exc:
            self._fail(state, generation, str(exc))
            return
        if not self._current(state, generation):
            return
        self._halt(state)
        finished = now_ms()
        self._update(state.service_id, status="finished", finished_time=finished)
        self._set_config_status(state.service_id, "ready", finished_time=finished)
        self._finish_event(state.service_id, "SUCCESS")
        log.info(
            "batch service %s finished: %d inputs, %d failed",
            state.service_id,
            summary.inputs,
            summary.failed,
        )

    def _exit_handler(self, state: _Service, generation: int) -> Any:
        def exited(handle: ProcessHandle, returncode: int) -> None:
            if handle.stop_requested:
                return
            with state.lock:
                current = state.generation == generation and bool(state.groups)
                for group in state.groups:
                    group.instances = [i for i in group.instances if i.handle is not handle]
                left = len(state.instances())
            if not current or not self._current(state, generation):
                return
            reason = f"an instance exited with code {returncode}: {_tail(handle)}"
            if left == 0:
                self._fail(state, generation, reason)
            else:
                self._update(state.service_id, status="concerning", error_msg=reason)

        return exited

    # -- schedules ----------------------------------------------------------------------------------------

    def _schedule(self, service_id: str, generation: int, service: Document) -> None:
        """Arms the service's ``stop`` schedule, counted from now (each start begins a new period)."""
        stops = [entry for entry in service.get("schedule") or [] if entry.get("type", "stop") == "stop"]
        state = self._state(service_id)
        with state.lock:
            if state.generation != generation:
                return
            old, state.timer = state.timer, None
            state.armed = copy.deepcopy(service.get("schedule") or [])
        if old is not None:
            old.cancel()
        if not stops:
            return
        seconds = float(stops[0]["duration"]) * self._units.get(str(stops[0]["time_unit"]), 60.0)
        timer = threading.Timer(seconds, self._scheduled_stop, args=(state, generation))
        timer.daemon = True
        with state.lock:
            if state.generation != generation:
                return
            state.timer = timer
        self._update(service_id, due_time=now_ms() + int(seconds * 1000))
        timer.start()

    def _scheduled_stop(self, state: _Service, generation: int) -> None:
        if not self._current(state, generation):
            return
        with state.lock:
            state.timer = None
            state.stopped = True
        self._halt(state)
        log.info("service %s stopped by its schedule", state.service_id)
        document = self._update(state.service_id, status="stopped", transition_at=now_ms())
        self._set_config_status(state.service_id, "notReady")
        if document is not None:
            self._event(state.service_id, "SUCCESS", document.get("config") or [])


def _tail(handle: ProcessHandle) -> str:
    return log_tail(handle.log_path) if handle.log_path is not None else ""
