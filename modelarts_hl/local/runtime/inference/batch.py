"""Batch services (transformers): every input under ``src_path`` goes through the model's ``req_uri`` once.

``mapping_type: file`` sends each object as the single file field of the API; ``csv`` sends each row of each
CSV object as JSON built from ``mapping_rule`` (the API's input schema whose scalar fields carry the column
``index``; -1 leaves a field out). Results go to ``dest_path`` as ModelArts writes them: a manifest
``infer-result-<task id>.manifest`` (one JSON line per input: ``source``, ``result`` SUCCESSFUL or FAILED,
``inference-loc`` or ``error_message``) and ``infer-result/<input name>_result.txt`` with each reply.
"""

from __future__ import annotations

import csv
import io
import json
import logging
from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any

import httpx

from modelarts_hl.inference.apis import file_parameter
from modelarts_hl.obs import OBS, ObjectInfo

from ..context import BackendContext
from ..obs_locations import parse_location, runtime_obs
from .instances import Instance, forward

__all__ = ["BatchError", "BatchSummary", "build_csv_request", "run_batch"]

log = logging.getLogger("modelarts_hl.local.batch")

RESULT_FOLDER = "infer-result/"
_DEFAULT_FILE_FIELD = "images"


class BatchError(Exception):
    """The batch cannot run at all (unreadable input location, unsupported option); the message says why."""


class _RowError(ValueError):
    pass


@dataclass(frozen=True)
class BatchSummary:
    inputs: int
    failed: int
    manifest: str


@dataclass(frozen=True)
class _Outcome:
    source: str
    result_path: str | None
    reply: bytes
    error: str | None


_SKIP = object()


def _convert(raw: str, kind: object, column: int) -> Any:
    try:
        if kind == "number":
            return float(raw)
        if kind == "integer":
            return int(raw)
    except ValueError:
        raise _RowError(f"column {column} ({raw!r}) is not a {kind}") from None
    if kind == "boolean":
        return raw.strip().lower() in ("true", "1", "yes")
    return raw


def _fill(schema: object, row: Sequence[str]) -> Any:
    if not isinstance(schema, Mapping):
        return _SKIP
    kind = schema.get("type")
    if "index" in schema and kind not in ("object", "array"):
        column = int(schema["index"])
        if column < 0:
            return _SKIP
        if column >= len(row):
            raise _RowError(f"the row has no column {column}")
        return _convert(row[column], kind, column)
    if kind == "array":
        items = schema.get("items")
        parts = items if isinstance(items, list) else [items]
        return [value for value in (_fill(part, row) for part in parts) if value is not _SKIP]
    if kind == "object" or "properties" in schema:
        properties = schema.get("properties") or {}
        filled = {name: _fill(sub, row) for name, sub in properties.items()}
        return {name: value for name, value in filled.items() if value is not _SKIP}
    return _SKIP


def build_csv_request(mapping_rule: Mapping[str, Any], row: Sequence[str]) -> Any:
    """The JSON body for one CSV row (``5.1,3.5`` → ``{"data": {"req_data": [{"input_1": 5.1, ...}]}}``)."""
    body = _fill(mapping_rule, row)
    return {} if body is _SKIP else body


def _file_field(model: Mapping[str, Any], req_uri: str) -> str:
    """The API's file parameter, which each input file is sent as."""
    return file_parameter(model.get("apis"), req_uri) or _DEFAULT_FILE_FIELD


def _multipart(field: str, filename: str, content: bytes) -> tuple[bytes, str]:
    request = httpx.Request("POST", "http://localhost/", files={field: (filename, content)})
    return request.read(), request.headers["Content-Type"]


class _Batch:
    def __init__(
        self,
        context: BackendContext,
        obs: OBS,
        config: Mapping[str, Any],
        model: Mapping[str, Any],
        instances: Sequence[Instance],
        client: httpx.Client,
        stale: Callable[[], bool],
    ) -> None:
        endpoint = context.obs_endpoint
        self.obs = obs
        self.config = config
        self.model = model
        self.instances = instances
        self.client = client
        self.stale = stale
        self.source = parse_location(config["src_path"], endpoint).folder()
        self.dest = parse_location(config["dest_path"], endpoint).folder()
        self.req_uri = config.get("req_uri") or "/"
        if not self.req_uri.startswith("/"):
            self.req_uri = "/" + self.req_uri

    def inputs(self) -> list[ObjectInfo]:
        if self.config.get("src_type") == "ManifestFile":
            raise BatchError("src_type ManifestFile is not supported by the local backend; name a folder")
        objects = [obj for obj in self.obs.list_objects(str(self.source)) if not obj.key.endswith("/")]
        if self.config.get("mapping_type") == "csv":
            return [obj for obj in objects if obj.key.lower().endswith(".csv")]
        return objects

    def _send(self, number: int, body: bytes, content_type: str) -> tuple[bytes, str | None]:
        instance = self.instances[number % len(self.instances)]
        result = forward(self.client, instance, self.req_uri, "POST", {"Content-Type": content_type}, body)
        if result.status >= 400:
            return result.body, f"status {result.status}: {result.body.decode('utf-8', errors='replace')}"
        return result.body, None

    def process(self, number: int, obj: ObjectInfo) -> _Outcome:
        source = f"obs://{obj.bucket}/{obj.key}"
        relative = obj.key[len(self.source.key) :]
        if self.stale():
            return _Outcome(source, None, b"", "the service was stopped")
        content = self.obs.read_bytes(source)
        if self.config.get("mapping_type") == "csv":
            reply, error = self._csv(number, content)
        else:
            body, content_type = _multipart(
                _file_field(self.model, self.req_uri), relative.rsplit("/", 1)[-1], content
            )
            reply, error = self._send(number, body, content_type)
        if error is not None and self.config.get("mapping_type") != "csv":
            return _Outcome(source, None, reply, error)
        target = self.dest.child(f"{RESULT_FOLDER}{relative}_result.txt")
        self.obs.write_bytes(str(target), reply)
        return _Outcome(source, str(target), reply, error)

    def _csv(self, number: int, content: bytes) -> tuple[bytes, str | None]:
        rule = self.config.get("mapping_rule") or {}
        lines: list[str] = []
        errors: list[str] = []
        rows = csv.reader(io.StringIO(content.decode("utf-8-sig", errors="replace")))
        for index, row in enumerate(rows):
            if not row or self.stale():
                continue
            try:
                body = json.dumps(build_csv_request(rule, row)).encode()
            except _RowError as exc:
                errors.append(f"row {index}: {exc}")
                lines.append(json.dumps({"error_msg": str(exc)}))
                continue
            reply, error = self._send(number + index, body, "application/json")
            if error is not None:
                errors.append(f"row {index}: {error}")
            lines.append(reply.decode("utf-8", errors="replace"))
        return ("\n".join(lines) + "\n").encode(), "; ".join(errors) or None


def run_batch(
    context: BackendContext,
    task_id: str,
    config: Mapping[str, Any],
    model: Mapping[str, Any],
    instances: Sequence[Instance],
    client: httpx.Client,
    stale: Callable[[], bool],
) -> BatchSummary:
    """Runs every input through the instances and writes the results; :class:`BatchError` if it cannot."""
    with runtime_obs(context) as obs:
        try:
            batch = _Batch(context, obs, config, model, instances, client, stale)
            objects = batch.inputs()
        except ValueError as exc:
            raise BatchError(str(exc)) from None
        with ThreadPoolExecutor(
            max_workers=len(instances), thread_name_prefix="modelarts-local-batch"
        ) as pool:
            outcomes = list(pool.map(batch.process, range(len(objects)), objects))
        manifest = batch.dest.child(f"infer-result-{task_id}.manifest")
        obs.write_bytes(str(manifest), _manifest(outcomes))
    failed = sum(1 for outcome in outcomes if outcome.error is not None)
    log.info("batch %s: %d inputs, %d failed, manifest %s", task_id, len(outcomes), failed, manifest)
    return BatchSummary(inputs=len(outcomes), failed=failed, manifest=str(manifest))


def _manifest(outcomes: list[_Outcome]) -> bytes:
    lines = []
    for outcome in outcomes:
        entry: dict[str, Any] = {"source": outcome.source}
        if outcome.error is None:
            entry.update({"result": "SUCCESSFUL", "inference-loc": outcome.result_path})
        else:
            entry.update({"result": "FAILED", "error_message": outcome.error})
            if outcome.result_path is not None:
                entry["inference-loc"] = outcome.result_path
        lines.append(json.dumps(entry, ensure_ascii=False))
    return ("\n".join(lines) + "\n").encode() if lines else b""
