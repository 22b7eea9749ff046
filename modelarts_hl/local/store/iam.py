"""Identities of the local backend: one configured user, its permanent access key, issued tokens and
temporary credentials.

Tokens and temporary credentials live in memory only: after a restart clients authenticate again, as they
would after a token expired.
"""

from __future__ import annotations

import secrets
import threading
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from ..config import LocalConfig

__all__ = ["CredentialStore", "Principal", "TemporaryCredential", "Token"]


@dataclass(frozen=True)
class Principal:
    """Who a request acts for."""

    user: str
    project_id: str
    method: str  # "token", "aksk" or "temporary-aksk"


@dataclass(frozen=True)
class Token:
    value: str = field(repr=False)
    user: str
    project_id: str
    issued_at: datetime
    expires_at: datetime


@dataclass(frozen=True)
class TemporaryCredential:
    access: str
    secret: str = field(repr=False)
    security_token: str = field(repr=False)
    user: str
    project_id: str
    expires_at: datetime


class CredentialStore:
    """Issues and checks tokens and keys; thread-safe."""

    def __init__(self, config: LocalConfig) -> None:
        self._config = config
        self._lock = threading.Lock()
        self._tokens: dict[str, Token] = {}
        self._temporary: dict[str, TemporaryCredential] = {}

    def now(self) -> datetime:
        """The backend's current time (``LocalConfig.clock``)."""
        return self._config.clock()

    @property
    def user_name(self) -> str:
        return self._config.username

    @property
    def project_id(self) -> str:
        return self._config.project_id

    @property
    def user_id(self) -> str:
        return f"user-{self._config.username}"

    @property
    def domain_id(self) -> str:
        return f"domain-{self._config.account}"

    def check_password(self, account: str, username: str, password: str) -> bool:
        config = self._config
        # Signing in as the account itself uses the account name as user name.
        user_ok = username in {config.username, config.account}
        return (
            account == config.account
            and user_ok
            and secrets.compare_digest(password.encode(), config.password.encode())
        )

    def issue_token(self, user: str) -> Token:
        now = self.now().replace(microsecond=0)
        token = Token(
            value="MIIL" + secrets.token_urlsafe(96),
            user=user,
            project_id=self._config.project_id,
            issued_at=now,
            expires_at=now + self._config.token_ttl,
        )
        with self._lock:
            self._prune(now)
            self._tokens[token.value] = token
        return token

    def check_token(self, value: str) -> Token | None:
        """The token if it exists and has not expired."""
        with self._lock:
            token = self._tokens.get(value)
        if token is None or token.expires_at <= self.now():
            return None
        return token

    def issue_temporary(self, user: str, duration: timedelta) -> TemporaryCredential:
        ttl = self._config.temporary_credential_ttl or duration
        now = self.now().replace(microsecond=0)
        credential = TemporaryCredential(
            access="".join(secrets.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") for _ in range(20)),
            secret=secrets.token_urlsafe(30)[:40],
            security_token="gQ" + secrets.token_urlsafe(180),
            user=user,
            project_id=self._config.project_id,
            expires_at=now + ttl,
        )
        with self._lock:
            self._prune(now)
            self._temporary[credential.access] = credential
        return credential

    def permanent_secret(self, access_key: str) -> str | None:
        if secrets.compare_digest(access_key.encode(), self._config.access_key.encode()):
            return self._config.secret_key
        return None

    def temporary(self, access_key: str) -> TemporaryCredential | None:
        """The temporary credential of an access key if it has not expired."""
        with self._lock:
            credential = self._temporary.get(access_key)
        if credential is None or credential.expires_at <= self.now():
            return None
        return credential

    def _prune(self, now: datetime) -> None:
        for value in [v for v, t in self._tokens.items() if t.expires_at <= now]:
            del self._tokens[value]
        for access in [a for a, c in self._temporary.items() if c.expires_at <= now]:
            del self._temporary[access]
