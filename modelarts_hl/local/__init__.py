"""A ModelArts-compatible platform on this machine, for tests and offline development.

The ModelArts and IAM APIs of ``spec/modelarts.yaml`` are served on a loopback port (every request
authenticated and validated against the document), objects live in an S3-compatible store (moto, or an
existing endpoint), and jobs, models and services are kept in SQLite under a state directory.

Three ways to run one::

    with LocalBackend() as backend:              # free ports, fresh identity, temporary state
        session = backend.session()              # or backend.session(auth="password")
        ...

    backend = LocalBackend(state_dir="~/.modelarts-local").start()   # state and identity survive restarts
    ...
    backend.stop()

    $ python -m modelarts_hl.local --state-dir ~/.modelarts-local   # foreground; prints a Session(...) line

``backend.faults`` injects errors, dropped connections and delays, and counts requests per operation.
Training jobs, models and services are records only until a runtime is plugged in (``training_runtime=``,
``model_runtime=``, ``inference_runtime=``; see :mod:`modelarts_hl.local.runtime`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from modelarts_hl._core.extras import requiring_extra
from modelarts_hl._core.lazy import lazy_exports

if TYPE_CHECKING:
    from .backend import LocalBackend
    from .config import LocalConfig, ObsEndpoint
    from .runtime import InferenceRuntime, ModelRuntime, TrainingRuntime
    from .server.faults import Fault, FaultInjector

# Imported on first use, so that a missing extra is reported in one line (``python -m modelarts_hl.local``
# included) instead of failing the package's import.
_EXPORTS = {
    "Fault": ".server.faults",
    "FaultInjector": ".server.faults",
    "InferenceRuntime": ".runtime",
    "LocalBackend": ".backend",
    "LocalConfig": ".config",
    "ModelRuntime": ".runtime",
    "ObsEndpoint": ".config",
    "TrainingRuntime": ".runtime",
}
__all__ = [
    "Fault",
    "FaultInjector",
    "InferenceRuntime",
    "LocalBackend",
    "LocalConfig",
    "ModelRuntime",
    "ObsEndpoint",
    "TrainingRuntime",
]


__getattr__ = lazy_exports(__name__, _EXPORTS, lambda: requiring_extra("local", "the local backend"))
