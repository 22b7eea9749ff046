"""Every exception modelarts-hl raises, in one hierarchy; all derive from :class:`ModelArtsError`.

::

    ModelArtsError
    ├── InvalidArgumentError (also ValueError)   an argument was refused before any request
    ├── CredentialsNotFoundError                 no credentials given or found
    ├── SignatureError                           an AK/SK signature is missing or wrong (servers verifying)
    ├── APIError                                 the server answered with an error status
    │   ├── BadRequestError                400
    │   ├── AuthenticationError            401
    │   ├── PermissionDeniedError          403
    │   ├── NotFoundError                  404
    │   ├── ConflictError                  409
    │   ├── RateLimitError                 429
    │   ├── ServerError                    5xx
    │   ├── UnexpectedStatusError          any other status
    │   └── ObsError                       OBS answered with an error (``error_code`` is OBS's code)
    │       ├── ObsBadRequestError             (also BadRequestError)
    │       ├── ObsAuthenticationError         (also AuthenticationError)
    │       ├── ObsPermissionDeniedError       (also PermissionDeniedError)
    │       ├── ObsNotFoundError               (also NotFoundError)
    │       │   ├── NoSuchBucketError
    │       │   ├── NoSuchKeyError
    │       │   └── NoSuchUploadError
    │       ├── ObsConflictError               (also ConflictError)
    │       │   └── BucketAlreadyExistsError
    │       ├── ObsPreconditionFailedError     412
    │       └── ObsServerError                 (also ServerError)
    ├── APIConnectionError                       no answer (connection refused or dropped, TLS)
    │   ├── APITimeoutError                      a connect, read, write or pool timeout
    │   └── ObsConnectionError                   no answer from OBS
    ├── IntegrityError                           transferred data does not match its checksum
    ├── UnsafeObjectKeyError                     an object key would be written outside its folder
    │   └── UnusableObjectKeysError              keys that cannot become files here, all found before writing
    ├── WaitTimeoutError (also TimeoutError)     a wait for a state ran out of time
    ├── JobFailedError                           a training job ended Failed or Abnormal
    ├── ModelPublishError                        a model ended failed instead of published
    ├── ModelDeletionError                       the registry kept a model it was asked to delete
    ├── ServiceError                             a service cannot do what was asked
    │   └── DeploymentError                      a service failed (or stopped) instead of running
    └── MissingExtraError (also ImportError)     an optional part needs an extra that is not installed

A server's error body becomes the fields ``error_code``, ``error_msg``, ``error_solution`` and ``request_id``
of the :class:`APIError` (see :mod:`modelarts_hl._core.error_mapping`). No message, repr or field holds a
secret.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from http import HTTPStatus
from typing import Any

from modelarts_hl._core.redaction import mask_secrets, redact_url

BODY_LIMIT = 2000


def _restore(cls: type[ModelArtsError], args: tuple[Any, ...], state: dict[str, Any]) -> ModelArtsError:
    error = cls.__new__(cls)
    Exception.__init__(error, *args)
    error.__dict__.update(state)
    return error


class ModelArtsError(Exception):
    """Base class of every exception raised by modelarts-hl."""

    def __reduce__(self) -> tuple[Any, ...]:
        # Subclasses take keyword arguments; rebuild from the stored state so errors cross process boundaries.
        return (_restore, (type(self), self.args, dict(self.__dict__)))


_UNSET: Any = object()


def _describe(value: object) -> str:
    text = repr(value)
    return text if len(text) <= 80 else text[:77] + "..."


class InvalidArgumentError(ModelArtsError, ValueError):
    """An argument was rejected before any network call; ``argument`` names it.

    Pass ``got`` only for values that are not secrets: it is shown in the message.
    """

    def __init__(self, argument: str, expected: str, *, got: object = _UNSET) -> None:
        message = f"invalid {argument}: expected {expected}"
        if got is not _UNSET:
            message += f", got {_describe(got)}"
        super().__init__(message)
        self.argument = argument
        self.expected = expected


class CredentialsNotFoundError(ModelArtsError):
    """No credentials were given and none could be found in the environment."""


def shorten(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 3] + "..."


class APIError(ModelArtsError):
    """The server answered with an error status; fields come from the ModelArts/IAM error body if any."""

    def __init__(
        self,
        *,
        status_code: int,
        error_code: str | None = None,
        error_msg: str = "",
        error_solution: str | None = None,
        request_id: str | None = None,
        method: str | None = None,
        url: str | None = None,
        body: str = "",
        retry_after: float | None = None,
    ) -> None:
        self.status_code = status_code
        self.error_code = error_code
        self.error_msg = mask_secrets(error_msg)
        self.error_solution = mask_secrets(error_solution) if error_solution else error_solution
        self.request_id = request_id
        self.method = method
        self.url = redact_url(url) if url else url
        self.body = shorten(mask_secrets(body), BODY_LIMIT)
        # Seconds the server asked to wait before retrying (429/503 ``Retry-After``), if it said.
        self.retry_after = retry_after
        super().__init__(self._message())

    def _message(self) -> str:
        head = " ".join(str(part) for part in (self.status_code, self.error_code) if part)
        if self.method and self.url:
            head += f" on {self.method} {self.url}"
        message = f"{head}: {self.error_msg or status_phrase(self.status_code)}"
        if self.error_solution:
            message += f". Solution: {self.error_solution}"
        if self.request_id:
            message += f" (request id {self.request_id})"
        return message

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(status_code={self.status_code}, error_code={self.error_code!r}, "
            f"error_msg={self.error_msg!r}, request_id={self.request_id!r}, method={self.method!r}, "
            f"url={self.url!r})"
        )


class BadRequestError(APIError):
    """400: the request was malformed or a parameter was rejected."""


class AuthenticationError(APIError):
    """401: missing, expired or wrong credentials."""


class PermissionDeniedError(APIError):
    """403: the credentials may not perform this operation."""


class NotFoundError(APIError):
    """404: the resource (job, model, service, ...) does not exist."""


class ConflictError(APIError):
    """409: the request conflicts with the resource's current state (duplicate name, wrong status)."""


class RateLimitError(APIError):
    """429: too many requests; ``retry_after`` holds the server's requested wait in seconds, if any."""


class ServerError(APIError):
    """5xx: the server or a gateway in front of it failed."""


class UnexpectedStatusError(APIError):
    """A status without a more specific class (for example 405, 413, or a non-2xx success code)."""


_STATUS_CLASSES: dict[int, type[APIError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    429: RateLimitError,
}


def api_error_class(status_code: int) -> type[APIError]:
    if status_code in _STATUS_CLASSES:
        return _STATUS_CLASSES[status_code]
    if 500 <= status_code <= 599:
        return ServerError
    return UnexpectedStatusError


class APIConnectionError(ModelArtsError):
    """No answer was received (connection refused or dropped, TLS failure, ...)."""

    def __init__(self, message: str, *, method: str | None = None, url: str | None = None) -> None:
        super().__init__(mask_secrets(message))
        self.method = method
        self.url = redact_url(url) if url else url


class APITimeoutError(APIConnectionError):
    """A connect, read, write or pool timeout expired."""


class SignatureFailure(StrEnum):
    """Why a request's signature was rejected (:attr:`SignatureError.reason`)."""

    MISSING_AUTHORIZATION = "missing_authorization"
    INVALID_AUTHORIZATION = "invalid_authorization"
    UNSIGNED_REQUIRED_HEADER = "unsigned_required_header"
    MISSING_DATE = "missing_date"
    MALFORMED_DATE = "malformed_date"
    STALE_DATE = "stale_date"
    UNKNOWN_ACCESS_KEY = "unknown_access_key"
    MISSING_SIGNED_HEADER = "missing_signed_header"
    SIGNATURE_MISMATCH = "signature_mismatch"


class SignatureError(ModelArtsError):
    """A request's SDK-HMAC-SHA256 signature is missing or wrong; ``reason`` says which check failed."""

    def __init__(self, reason: SignatureFailure, message: str) -> None:
        super().__init__(message)
        self.reason = reason


def status_phrase(status_code: int) -> str:
    """The reason phrase of an HTTP status (``Not Found``), or ``HTTP error`` for unknown codes."""
    try:
        return HTTPStatus(status_code).phrase
    except ValueError:
        return "HTTP error"


# -- OBS ---------------------------------------------------------------------------------------------------


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


# -- waiting and resources -------------------------------------------------------------------------------


@dataclass(frozen=True)
class RefusedKey:
    """An object key that cannot become a file at the destination, and why."""

    key: str
    reason: str


_LISTED_KEYS = 10


class UnusableObjectKeysError(UnsafeObjectKeyError):
    """Object keys that cannot become files at the destination (leaving it, too long for the file system, a
    file that is also a folder, control characters, ...), all found before anything was written.

    ``problems`` lists every such key; ``key`` and ``reason`` are the first one's.
    """

    def __init__(self, destination: str, problems: Sequence[RefusedKey]) -> None:
        self.problems = tuple(problems)
        self.destination = destination
        first = self.problems[0]
        listed = "; ".join(f"{p.key!r}: {p.reason}" for p in self.problems[:_LISTED_KEYS])
        extra = len(self.problems) - _LISTED_KEYS
        more = f"; and {extra} more" if extra > 0 else ""
        ModelArtsError.__init__(
            self,
            f"refusing {len(self.problems)} object key(s) that cannot become files in {destination} "
            f"(nothing was written; skip_unusable_keys=True downloads the others): {listed}{more}",
        )
        self.key = first.key
        self.reason = first.reason


class WaitTimeoutError(ModelArtsError, TimeoutError):
    """The resource did not reach the awaited state in time; ``last`` is what was seen last."""

    def __init__(self, what: str, timeout: float, last: object) -> None:
        super().__init__(f"{what} did not finish within {timeout:g} s")
        self.what = what
        self.timeout = timeout
        self.last = last


# Lines of the log tail shown in the message (the whole tail stays in ``log_tail``).
_MESSAGE_LOG_LINES = 20


class JobFailedError(ModelArtsError):
    """A training job ended in ``Failed`` or ``Abnormal``.

    ``exit_codes`` maps task names (``worker-0``) to their exit codes, ``messages`` to their error messages;
    ``log_tail`` is the end of the failing task's log.
    """

    def __init__(
        self,
        *,
        job_id: str,
        job_name: str | None,
        phase: str,
        secondary_phase: str | None,
        exit_codes: Mapping[str, int | None],
        messages: Mapping[str, str],
        log_task: str | None,
        log_tail: str,
    ) -> None:
        self.job_id = job_id
        self.job_name = job_name
        self.phase = phase
        self.secondary_phase = secondary_phase
        self.exit_codes = dict(exit_codes)
        self.messages = dict(messages)
        self.log_task = log_task
        self.log_tail = log_tail
        super().__init__(self._message())

    def _message(self) -> str:
        name = f"{self.job_name} ({self.job_id})" if self.job_name else self.job_id
        status = self.phase + (f"/{self.secondary_phase}" if self.secondary_phase else "")
        lines = [f"training job {name} ended {status}"]
        for task, code in self.exit_codes.items():
            message = self.messages.get(task)
            lines.append(f"  {task}: exit code {code}" + (f": {message}" if message else ""))
        tail = self.log_tail.rstrip("\n").splitlines()[-_MESSAGE_LOG_LINES:]
        if tail:
            lines.append(f"  last lines of the log of {self.log_task}:")
            lines.extend(f"    {line}" for line in tail)
        return "\n".join(lines)


class ModelPublishError(ModelArtsError):
    """The model ended ``failed``; ``error_msg`` is the registry's reason."""

    def __init__(self, model_id: str, status: str, error_msg: str) -> None:
        super().__init__(f"model {model_id} is {status}: {error_msg or 'no reason given'}")
        self.model_id = model_id
        self.status = status
        self.error_msg = error_msg


class ModelDeletionError(ModelArtsError):
    """The registry kept the model (for example ModelArts.3009: a service still uses it)."""

    def __init__(self, model_id: str, error_code: str | None, error_msg: str) -> None:
        super().__init__(f"model {model_id} was not deleted: {error_code or ''} {error_msg}".strip())
        self.model_id = model_id
        self.error_code = error_code
        self.error_msg = error_msg


class ServiceError(ModelArtsError):
    """A service cannot do what was asked (a batch service has no prediction API, ...)."""


class DeploymentError(ServiceError):
    """A service ended ``failed`` (or stopped) instead of running; ``error_msg`` is the service's reason."""

    def __init__(self, service_id: str, status: str, error_msg: str) -> None:
        super().__init__(f"service {service_id} is {status}: {error_msg or 'no reason given'}")
        self.service_id = service_id
        self.status = status
        self.error_msg = error_msg


class MissingExtraError(ModelArtsError, ImportError):
    """An optional part of modelarts-hl needs an extra that is not installed (``pip install
    'modelarts-hl[local]'``); ``extra`` names it, ``missing`` the module that could not be imported."""

    def __init__(self, extra: str, what: str, missing: str | None) -> None:
        super().__init__(
            f"{what} needs the '{extra}' extra: pip install 'modelarts-hl[{extra}]'"
            + (f" (module {missing!r} is not installed)" if missing else ""),
            name=missing,
        )
        self.extra = extra
        self.what = what
        self.missing = missing
