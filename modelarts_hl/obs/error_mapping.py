"""From an OBS answer (status, OBS error code) to the typed :class:`~modelarts_hl.errors.ObsError`."""

from __future__ import annotations

from modelarts_hl.errors import (
    BucketAlreadyExistsError,
    NoSuchBucketError,
    NoSuchKeyError,
    NoSuchUploadError,
    ObsAuthenticationError,
    ObsBadRequestError,
    ObsConflictError,
    ObsError,
    ObsNotFoundError,
    ObsPermissionDeniedError,
    ObsPreconditionFailedError,
    ObsServerError,
)

__all__ = ["obs_error", "source_changed"]


def source_changed(operation: str, bucket: str, key: str, message: str) -> ObsPreconditionFailedError:
    """The error for an object found changed in the middle of reading it (412, as OBS would answer)."""
    return ObsPreconditionFailedError(
        status_code=412,
        error_code="PreconditionFailed",
        error_msg=message,
        operation=operation,
        bucket=bucket,
        key=key,
    )


_BY_CODE: dict[str, type[ObsError]] = {
    "NoSuchBucket": NoSuchBucketError,
    "NoSuchKey": NoSuchKeyError,
    "NoSuchUpload": NoSuchUploadError,
    "AccessDenied": ObsPermissionDeniedError,
    "InvalidAccessKeyId": ObsAuthenticationError,
    "SignatureDoesNotMatch": ObsAuthenticationError,
    "ExpiredToken": ObsAuthenticationError,
    "InvalidToken": ObsAuthenticationError,
    "TokenRefreshRequired": ObsAuthenticationError,
    "BucketAlreadyExists": BucketAlreadyExistsError,
    "PreconditionFailed": ObsPreconditionFailedError,
}

_BY_STATUS: dict[int, type[ObsError]] = {
    400: ObsBadRequestError,
    401: ObsAuthenticationError,
    403: ObsPermissionDeniedError,
    404: ObsNotFoundError,
    409: ObsConflictError,
    412: ObsPreconditionFailedError,
}


def obs_error(
    *,
    status_code: int,
    error_code: str | None,
    error_msg: str | None,
    request_id: str | None,
    operation: str,
    bucket: str | None,
    key: str | None,
) -> ObsError:
    """The typed error for an OBS answer; answers without a body (HEAD) are typed from the status."""
    if not error_code and status_code == 404:
        error_code = "NoSuchKey" if key else "NoSuchBucket"
    cls = _BY_CODE.get(error_code or "") or _BY_STATUS.get(status_code)
    if cls is None:
        cls = ObsServerError if status_code >= 500 else ObsError
    return cls(
        status_code=status_code,
        error_code=error_code or None,
        error_msg=error_msg or "",
        request_id=request_id,
        operation=operation,
        bucket=bucket,
        key=key,
    )
