"""Settings of a local backend: identity, credentials, lifetimes and where state lives."""

from __future__ import annotations

import secrets
import string
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

__all__ = ["LocalConfig", "ObsEndpoint", "utcnow"]

_AK_ALPHABET = string.ascii_uppercase + string.digits


def utcnow() -> datetime:
    return datetime.now(UTC)


def _new_access_key() -> str:
    # Huawei access keys are 20 upper-case letters and digits.
    return "".join(secrets.choice(_AK_ALPHABET) for _ in range(20))


def _new_secret_key() -> str:
    return secrets.token_urlsafe(30)[:40]


def _new_project_id() -> str:
    # Project ids are 32 lower-case hex digits.
    return uuid.uuid4().hex


@dataclass(frozen=True)
class ObsEndpoint:
    """An existing S3-compatible endpoint used instead of the built-in store."""

    url: str
    access_key: str = field(repr=False)
    secret_key: str = field(repr=False)
    region_name: str = "us-east-1"


@dataclass(frozen=True)
class LocalConfig:
    """Everything a local backend needs to know; the defaults give a fresh, private identity.

    ``token_ttl`` and ``temporary_credential_ttl`` are configurable so that clients' renewal logic can be
    exercised in seconds rather than hours. ``clock`` is the time tokens, temporary keys and signature dates
    are checked against (tests move a manual clock instead of sleeping).
    """

    project_id: str = field(default_factory=_new_project_id)
    region_name: str = "local-1"
    account: str = "local-account"
    username: str = "local-user"
    password: str = field(default_factory=lambda: secrets.token_urlsafe(18), repr=False)
    access_key: str = field(default_factory=_new_access_key)
    secret_key: str = field(default_factory=_new_secret_key, repr=False)
    token_ttl: timedelta = timedelta(hours=24)
    temporary_credential_ttl: timedelta | None = None
    signature_max_skew: timedelta = timedelta(minutes=15)
    host: str = "127.0.0.1"
    port: int = 0
    obs_port: int = 0
    obs: ObsEndpoint | None = None
    state_dir: Path | None = None
    # How long a job created with spec.retention.policy enabled is kept once it is over; None: forever.
    job_retention: timedelta | None = timedelta(days=30)
    validate_responses: bool = False
    clock: Callable[[], datetime] = field(default=utcnow, repr=False, compare=False)

    def __post_init__(self) -> None:
        if not self.project_id or not all(c.isalnum() or c in "-_" for c in self.project_id):
            raise ValueError(f"project_id: expected letters, digits, '-' or '_', got {self.project_id!r}")
        if self.token_ttl <= timedelta(0):
            raise ValueError("token_ttl: expected a positive duration")
        if self.job_retention is not None and self.job_retention <= timedelta(0):
            raise ValueError("job_retention: expected a positive duration or None")
        if self.temporary_credential_ttl is not None and self.temporary_credential_ttl <= timedelta(0):
            raise ValueError("temporary_credential_ttl: expected a positive duration or None")
        if not 0 <= self.port < 65536 or not 0 <= self.obs_port < 65536:
            raise ValueError("port/obs_port: expected 0 (any free port) or a TCP port number")
