"""The model registry's runtime: importing a model copies its package from the object store into the state
directory, checks it and reads its ``config.json``; the model then goes from ``publishing`` to
``published``, or to ``failed`` with the reason in ``error_msg``.

The copy under ``<state_dir>/models/<model_id>/model/`` is what services run, so a model keeps working when
its source in OBS changes or disappears, as on ModelArts.
"""

from __future__ import annotations

import logging
import shutil
import threading
from pathlib import Path

from modelarts_hl.obs import OBS, ObsError, ObsNotFoundError

from ...store.documents import MODEL_KIND
from ...store.state import Document
from ..context import BackendContext
from ..obs_locations import LocationError, ObsLocation, parse_location, runtime_obs
from .package import SCRIPT_FILE, PackageError, inspect_package

__all__ = ["LocalModelRuntime", "model_folder"]

log = logging.getLogger("modelarts_hl.local.models")

# Models that name a container image rather than a package: nothing to copy.
_IMAGE_TYPES = frozenset({"Image", "Template"})


def model_folder(context: BackendContext, model_id: str) -> Path:
    """Where the imported package of a model lives (its ``model/`` folder)."""
    return context.store.state_dir / "models" / model_id / "model"


class LocalModelRuntime:
    """Imports models in background threads; ``close()`` waits for imports under way."""

    def __init__(self, context: BackendContext) -> None:
        self._context = context
        self._lock = threading.Lock()
        self._threads: set[threading.Thread] = set()
        for model in context.store.documents(MODEL_KIND):
            # Imports a previous run of a persistent backend left unfinished.
            if model.get("model_status") == "publishing":
                self.publish(model)

    def publish(self, model: Document) -> None:
        thread = threading.Thread(
            target=self._run, args=(model,), name=f"modelarts-local-import-{model['model_id']}", daemon=True
        )
        with self._lock:
            self._threads.add(thread)
        thread.start()

    def delete(self, model_id: str) -> None:
        shutil.rmtree(model_folder(self._context, model_id).parent, ignore_errors=True)

    def close(self) -> None:
        with self._lock:
            threads = list(self._threads)
        for thread in threads:
            thread.join(timeout=30)

    def _run(self, model: Document) -> None:
        model_id = model["model_id"]
        try:
            fields = self._import(model)
        except (PackageError, LocationError) as exc:
            self._finish(model_id, {"model_status": "failed", "error_msg": str(exc)})
        except ValueError as exc:
            # An OBS location the object store refuses (a bucket name it does not allow, say).
            message = f"source_location {model['source_location']} cannot be read: {exc}"
            self._finish(model_id, {"model_status": "failed", "error_msg": message})
        except ObsError as exc:
            self._finish(
                model_id, {"model_status": "failed", "error_msg": f"reading the model from OBS failed: {exc}"}
            )
        except Exception as exc:
            log.exception("importing model %s failed", model_id)
            self._finish(model_id, {"model_status": "failed", "error_msg": f"internal error: {exc}"})
        else:
            self._finish(model_id, {"model_status": "published", **fields})
        finally:
            with self._lock:
                self._threads.discard(threading.current_thread())

    def _finish(self, model_id: str, fields: Document) -> None:
        def change(doc: Document) -> Document:
            doc.update(fields)
            if fields["model_status"] == "published":
                doc.pop("error_msg", None)
            return doc

        if self._context.store.update(MODEL_KIND, model_id, change) is None:
            # Deleted while importing.
            self.delete(model_id)
            return
        log.info("model %s: %s %s", model_id, fields["model_status"], fields.get("error_msg", ""))

    def _import(self, model: Document) -> Document:
        if model["model_type"] in _IMAGE_TYPES:
            return {}
        context = self._context
        source = parse_location(model["source_location"], context.obs_endpoint).folder()
        target = model_folder(context, model["model_id"])
        staging = target.parent.with_name(target.parent.name + ".partial")
        shutil.rmtree(staging, ignore_errors=True)
        staging.mkdir(parents=True)
        try:
            with runtime_obs(context) as obs:
                try:
                    obs.download_dir(str(source.child("model/")), f"{staging}/")
                except ObsNotFoundError:
                    raise PackageError(
                        f"no model/ folder under {model['source_location']}: a model package is a folder "
                        f"model/ holding the model files, {SCRIPT_FILE} and config.json"
                    ) from None
                _fetch_execution_code(obs, model, source, staging / "model", context.obs_endpoint)
            fields = inspect_package(staging / "model", model)
            shutil.rmtree(target.parent, ignore_errors=True)
            staging.rename(target.parent)
        finally:
            shutil.rmtree(staging, ignore_errors=True)
        return fields


def _fetch_execution_code(
    obs: OBS, model: Document, source: ObsLocation, model_dir: Path, endpoint: str
) -> None:
    """An ``execution_code`` outside the package is copied into it (ModelArts expects it inside)."""
    code = model.get("execution_code")
    if not code:
        return
    location = parse_location(code, endpoint)
    if location == source.child(f"model/{SCRIPT_FILE}"):
        return
    if location.name != SCRIPT_FILE:
        raise PackageError(f"execution_code must name a {SCRIPT_FILE} file, got {code}")
    try:
        obs.download_file(str(location), f"{model_dir}/")
    except ObsNotFoundError:
        raise PackageError(f"execution_code {code} does not exist") from None
