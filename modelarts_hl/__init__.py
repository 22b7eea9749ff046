"""modelarts-hl: a high-level Python client for Huawei Cloud ModelArts and OBS.

The documented module paths work as in the official SDK (``modelarts_hl.session``, ``.estimatorV2``,
``.train_params``, ``.model``, ``.config.model_config``); the main names, the transport settings and every
exception (:mod:`modelarts_hl.errors`) are also importable from here.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

if TYPE_CHECKING:
    from ._core.auth import AkSkAuth
    from ._core.transport import RetryPolicy, Timeouts
    from .errors import (
        APIConnectionError,
        APIError,
        APITimeoutError,
        AuthenticationError,
        BadRequestError,
        BucketAlreadyExistsError,
        ConflictError,
        CredentialsNotFoundError,
        DeploymentError,
        IntegrityError,
        InvalidArgumentError,
        JobFailedError,
        ModelArtsError,
        ModelDeletionError,
        ModelPublishError,
        NoSuchBucketError,
        NoSuchKeyError,
        NoSuchUploadError,
        NotFoundError,
        ObsAuthenticationError,
        ObsBadRequestError,
        ObsConflictError,
        ObsConnectionError,
        ObsError,
        ObsNotFoundError,
        ObsPermissionDeniedError,
        ObsPreconditionFailedError,
        ObsServerError,
        PermissionDeniedError,
        RateLimitError,
        ServerError,
        ServiceError,
        SignatureError,
        UnexpectedStatusError,
        UnsafeObjectKeyError,
        UnusableObjectKeysError,
        WaitTimeoutError,
    )
    from .inference import (
        Dependencies,
        Model,
        Packages,
        Params,
        Predictor,
        Schedule,
        ServiceConfig,
        Transformer,
        TransformerConfig,
    )
    from .obs import ObsSettings
    from .session import Session
    from .training import Estimator, InputData, OutputData, TrainingFiles, TrainingJob

# Imported on first use, so that `import modelarts_hl` stays cheap for scripts that need one part.
_EXPORTS = {
    "APIConnectionError": ".errors",
    "APIError": ".errors",
    "APITimeoutError": ".errors",
    "AuthenticationError": ".errors",
    "BadRequestError": ".errors",
    "BucketAlreadyExistsError": ".errors",
    "ConflictError": ".errors",
    "CredentialsNotFoundError": ".errors",
    "DeploymentError": ".errors",
    "IntegrityError": ".errors",
    "InvalidArgumentError": ".errors",
    "JobFailedError": ".errors",
    "ModelArtsError": ".errors",
    "ModelDeletionError": ".errors",
    "ModelPublishError": ".errors",
    "NoSuchBucketError": ".errors",
    "NoSuchKeyError": ".errors",
    "NoSuchUploadError": ".errors",
    "NotFoundError": ".errors",
    "ObsAuthenticationError": ".errors",
    "ObsBadRequestError": ".errors",
    "ObsConflictError": ".errors",
    "ObsConnectionError": ".errors",
    "ObsError": ".errors",
    "ObsNotFoundError": ".errors",
    "ObsPermissionDeniedError": ".errors",
    "ObsPreconditionFailedError": ".errors",
    "ObsServerError": ".errors",
    "PermissionDeniedError": ".errors",
    "RateLimitError": ".errors",
    "ServerError": ".errors",
    "ServiceError": ".errors",
    "SignatureError": ".errors",
    "UnexpectedStatusError": ".errors",
    "UnsafeObjectKeyError": ".errors",
    "UnusableObjectKeysError": ".errors",
    "WaitTimeoutError": ".errors",
    "Session": ".session",
    "Estimator": ".training",
    "TrainingJob": ".training",
    "TrainingFiles": ".training",
    "InputData": ".training",
    "OutputData": ".training",
    "Model": ".inference",
    "Predictor": ".inference",
    "Transformer": ".inference",
    "ServiceConfig": ".inference",
    "TransformerConfig": ".inference",
    "Schedule": ".inference",
    "Params": ".inference",
    "Dependencies": ".inference",
    "Packages": ".inference",
    "AkSkAuth": "._core.auth",
    "RetryPolicy": "._core.transport",
    "Timeouts": "._core.transport",
    "ObsSettings": ".obs",
}
__all__ = [
    "APIConnectionError",
    "APIError",
    "APITimeoutError",
    "AkSkAuth",
    "AuthenticationError",
    "BadRequestError",
    "BucketAlreadyExistsError",
    "ConflictError",
    "CredentialsNotFoundError",
    "Dependencies",
    "DeploymentError",
    "Estimator",
    "InputData",
    "IntegrityError",
    "InvalidArgumentError",
    "JobFailedError",
    "Model",
    "ModelArtsError",
    "ModelDeletionError",
    "ModelPublishError",
    "NoSuchBucketError",
    "NoSuchKeyError",
    "NoSuchUploadError",
    "NotFoundError",
    "ObsAuthenticationError",
    "ObsBadRequestError",
    "ObsConflictError",
    "ObsConnectionError",
    "ObsError",
    "ObsNotFoundError",
    "ObsPermissionDeniedError",
    "ObsPreconditionFailedError",
    "ObsServerError",
    "ObsSettings",
    "OutputData",
    "Packages",
    "Params",
    "PermissionDeniedError",
    "Predictor",
    "RateLimitError",
    "RetryPolicy",
    "Schedule",
    "ServerError",
    "ServiceConfig",
    "ServiceError",
    "Session",
    "SignatureError",
    "Timeouts",
    "TrainingFiles",
    "TrainingJob",
    "Transformer",
    "TransformerConfig",
    "UnexpectedStatusError",
    "UnsafeObjectKeyError",
    "UnusableObjectKeysError",
    "WaitTimeoutError",
]


def __getattr__(name: str) -> Any:
    try:
        module = _EXPORTS[name]
    except KeyError:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}") from None
    value = getattr(import_module(module, __name__), name)
    globals()[name] = value
    return value
