"""What happens after an API call: training jobs run, models are imported, services serve.

The protocols a runtime implements (:mod:`.protocols`), the context it is built from (:mod:`.context`), the
runtimes that run nothing (:mod:`.null`), and this machine's runtimes: :mod:`.training`, :mod:`.models` and
:mod:`.inference`. A runtime reads and writes the state store; it never calls back into the API server.
"""

from .context import BackendContext, RuntimeFactory
from .null import NullInferenceRuntime, NullModelRuntime, NullTrainingRuntime
from .protocols import InferenceResult, InferenceRuntime, ModelRuntime, TrainingRuntime

__all__ = [
    "BackendContext",
    "InferenceResult",
    "InferenceRuntime",
    "ModelRuntime",
    "NullInferenceRuntime",
    "NullModelRuntime",
    "NullTrainingRuntime",
    "RuntimeFactory",
    "TrainingRuntime",
]
