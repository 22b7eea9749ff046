"""Exceptions of OBS operations: typed server errors with OBS's error code; integrity and key safety."""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from modelarts_hl.errors import (
    APIConnectionError,
    APIError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    ModelArtsError,
    NotFoundError,
    PermissionDeniedError,
    ServerError,
)

__all__ = [
    "BucketAlreadyExistsError",
    "IntegrityError",
    "NoSuchBucketError",
    "NoSuchKeyError",
    "NoSuchUploadError",
    "ObsAuthenticationError",
    "ObsBadRequestError",
    "ObsConflictError",
    "ObsConnectionError",
    "ObsError",
    "ObsNotFoundError",
    "ObsPermissionDeniedError",
    "ObsPreconditionFailedError",
    "ObsServerError",
    "RefusedKey",
    "UnsafeObjectKeyError",
    "UnusableObjectKeysError",
    "obs_error",
    "source_changed",
]


class ObsError(APIError):
    """OBS answered with an error. ``error_code`` is OBS's code (``NoSuchKey``, ``AccessDenied``, ...)."""

    def __init__(
        self,
        *,
        status_code: int,
        error_code: str | None = None,
        error_msg: str = "",
        request_id: str | None = None,
        operation: str | None = None,
        bucket: str | None = None,
        key: str | None = None,
    ) -> None:
        self.operation = operation
        self.bucket = bucket
        self.key = key
        super().__init__(
            status_code=status_code, error_code=error_code, error_msg=error_msg, request_id=request_id
        )

    def _message(self) -> str:
        where = f"obs://{self.bucket}/{self.key or ''}" if self.bucket else ""
        context = " ".join(part for part in (self.operation, where) if part)
        message = super()._message()
        return f"{context}: {message}" if context else message


class ObsBadRequestError(ObsError, BadRequestError):
    """400: OBS rejected the request."""


class ObsAuthenticationError(ObsError, AuthenticationError):
    """The access key is unknown, the signature wrong, or the temporary credentials expired."""


class ObsPermissionDeniedError(ObsError, PermissionDeniedError):
    """403 ``AccessDenied``: the credentials may not do this."""


class ObsNotFoundError(ObsError, NotFoundError):
    """404: the bucket, object or upload does not exist."""


class NoSuchBucketError(ObsNotFoundError):
    """The bucket does not exist."""


class NoSuchKeyError(ObsNotFoundError):
    """The object does not exist."""


class NoSuchUploadError(ObsNotFoundError):
    """The multipart upload does not exist (completed or aborted)."""


class ObsConflictError(ObsError, ConflictError):
    """409: the request conflicts with the bucket's state."""


class BucketAlreadyExistsError(ObsConflictError):
    """The bucket name is taken by another account."""


class ObsPreconditionFailedError(ObsError):
    """412: the object changed while it was being read."""


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


class ObsServerError(ObsError, ServerError):
    """5xx: OBS failed (the SDK already retried)."""


class ObsConnectionError(APIConnectionError):
    """No answer from OBS (connection refused or dropped, TLS failure, timeout)."""


class IntegrityError(ModelArtsError):
    """Transferred data does not match its checksum; the destination was left untouched."""

    def __init__(self, where: str, problem: str) -> None:
        super().__init__(f"{where}: {problem}")
        self.where = where
        self.problem = problem


class UnsafeObjectKeyError(ModelArtsError):
    """An object key would be written outside the destination folder, so the download was refused."""

    def __init__(self, key: str, reason: str) -> None:
        super().__init__(f"refusing object key {key!r}: {reason}")
        self.key = key
        self.reason = reason


@attrs.frozen
class RefusedKey:
    """An object key that cannot become a file at the destination, and why."""

    key: str
    reason: str


_LISTED = 10


class UnusableObjectKeysError(UnsafeObjectKeyError):
    """Object keys that cannot become files at the destination (leaving it, too long for the file system, a
    file that is also a folder, control characters, ...), all found before anything was written.

    ``problems`` lists every such key; ``key`` and ``reason`` are the first one's.
    """

    def __init__(self, destination: str, problems: Sequence[RefusedKey]) -> None:
        self.problems = tuple(problems)
        self.destination = destination
        first = self.problems[0]
        listed = "; ".join(f"{p.key!r}: {p.reason}" for p in self.problems[:_LISTED])
        more = f"; and {len(self.problems) - _LISTED} more" if len(self.problems) > _LISTED else ""
        ModelArtsError.__init__(
            self,
            f"refusing {len(self.problems)} object key(s) that cannot become files in {destination} "
            f"(nothing was written; skip_unusable_keys=True downloads the others): {listed}{more}",
        )
        self.key = first.key
        self.reason = first.reason


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
