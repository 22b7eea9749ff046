"""What a session is, apart from how it sends: its arguments checked, its settings discovered, its endpoints
resolved, and the IAM requests and answers of password authentication. ``Session`` and ``AsyncSession`` both
stand on :class:`SessionBase`.
"""

from __future__ import annotations

import functools
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any, ClassVar, Generic, Literal, Protocol, TypeVar

import httpx

from modelarts_hl._core import credentials as _credentials
from modelarts_hl._core.auth import AkSkAuth
from modelarts_hl._core.cache import DEFAULT_REFRESH_MARGIN, Expiring, Renewal, utc_now
from modelarts_hl._core.endpoints import Endpoints, process_defaults
from modelarts_hl._core.redaction import MASK, register_secret
from modelarts_hl._core.transport import RetryPolicy, Timeouts, takes_project_id
from modelarts_hl.errors import AuthenticationError, InvalidArgumentError

if TYPE_CHECKING:
    from modelarts_client.models import PasswordTokenRequest, SecurityTokenRequest, SecurityTokenResponse

__all__ = ["TEMPORARY_CREDENTIALS_SECONDS", "ObsSignature", "SessionBase", "SessionParts", "SessionSettings"]

ObsSignature = Literal["obs", "v4"]

# Temporary OBS credentials are asked for this long; they are renewed before they expire.
TEMPORARY_CREDENTIALS_SECONDS = 3600

_SECRET_ARGS = frozenset({"secret_key", "password", "security_token"})


def _text(argument: str, value: object) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str) or not value.strip():
        raise InvalidArgumentError(
            argument, "a non-empty string or None", got=MASK if argument in _SECRET_ARGS else value
        )
    return value.strip()


@dataclass(frozen=True)
class SessionSettings:
    """The arguments of a session, checked and completed from the environment or a profile."""

    auth_mode: Literal["aksk", "password"]
    source: str
    region_name: str | None
    iam_endpoint: str
    modelarts_endpoint: str
    obs_endpoint: str
    obs_signature: ObsSignature
    obs_path_style: bool
    verify: bool | str
    project_id: str | None
    access_key: str | None
    secret_key: str
    security_token: str | None
    username: str | None
    password: str
    account: str | None
    retry: RetryPolicy | None
    timeout: Timeouts | None
    http_transport: Any
    token_refresh_margin: timedelta
    clock: Callable[[], datetime]

    @classmethod
    def resolve(
        cls,
        *,
        access_key: str | None,
        secret_key: str | None,
        project_id: str | None,
        region_name: str | None,
        username: str | None,
        password: str | None,
        security_token: str | None,
        account: str | None,
        profile: str | None,
        iam_endpoint: str | None,
        modelarts_endpoint: str | None,
        obs_endpoint: str | None,
        obs_signature: ObsSignature | None,
        obs_path_style: bool | None,
        verify: bool | str,
        retry: RetryPolicy | None,
        timeout: Timeouts | None,
        http_transport: Any,
        token_refresh_margin: timedelta,
        clock: Callable[[], datetime],
    ) -> SessionSettings:
        explicit = _credentials.Settings(
            access_key=_text("access_key", access_key),
            secret_key=_text("secret_key", secret_key),
            security_token=_text("security_token", security_token),
            username=_text("username", username),
            password=_text("password", password),
            account=_text("account", account),
            project_id=_text("project_id", project_id),
            region_name=_text("region_name", region_name),
            iam_endpoint=_text("iam_endpoint", iam_endpoint),
            modelarts_endpoint=_text("modelarts_endpoint", modelarts_endpoint),
            obs_endpoint=_text("obs_endpoint", obs_endpoint),
        )
        if not callable(clock):
            raise InvalidArgumentError("clock", "a callable returning the current aware datetime", got=clock)
        if profile is not None and not (isinstance(profile, str) and profile.strip()):
            raise InvalidArgumentError("profile", "a profile name", got=profile)
        if obs_path_style is not None and not isinstance(obs_path_style, bool):
            raise InvalidArgumentError("obs_path_style", "a bool", got=obs_path_style)
        settings = _credentials.discover(explicit, profile)
        signature = obs_signature if obs_signature is not None else settings.obs_signature or "obs"
        if signature not in ("obs", "v4"):
            raise InvalidArgumentError(
                "obs_signature",
                f"'obs' (Huawei OBS) or 'v4' (S3-compatible) ({settings.source})",
                got=signature,
            )
        path_style = obs_path_style if obs_path_style is not None else _flag(settings.obs_path_style)
        auth_mode = _auth_mode(settings)
        resolved = (
            Endpoints(
                iam_endpoint=settings.iam_endpoint,
                obs_endpoint=settings.obs_endpoint,
                modelarts_endpoint=settings.modelarts_endpoint,
                region_name=settings.region_name,
            )
            .merged_over(process_defaults.get())
            .resolved()
        )
        return cls(
            auth_mode=auth_mode,
            source=settings.source,
            region_name=resolved.region_name,
            iam_endpoint=resolved.iam_endpoint or "",
            modelarts_endpoint=resolved.modelarts_endpoint or "",
            obs_endpoint=resolved.obs_endpoint or "",
            obs_signature="v4" if signature == "v4" else "obs",
            obs_path_style=path_style,
            verify=verify,
            project_id=settings.project_id,
            access_key=settings.access_key,
            secret_key=settings.secret_key or "",
            security_token=settings.security_token,
            username=settings.username,
            password=settings.password or "",
            account=settings.account or settings.username,
            retry=retry,
            timeout=timeout,
            http_transport=http_transport,
            token_refresh_margin=token_refresh_margin,
            clock=clock,
        )

    def transport_options(self) -> dict[str, Any]:
        """The keyword arguments of every transport of the session."""
        return {
            "retry": self.retry,
            "timeout": self.timeout,
            "verify": self.verify,
            "transport": self.http_transport,
            "clock": self.clock,
        }

    def aksk_auth(self) -> AkSkAuth:
        """The request signer of an access key session (which needs its project id)."""
        register_secret(self.secret_key)
        register_secret(self.security_token)
        if self.project_id is None:
            raise InvalidArgumentError(
                "project_id", "the project id of the region (console: My Credentials > Projects)"
            )
        return AkSkAuth(
            self.access_key or "", self.secret_key, self.security_token, self.project_id, clock=self.clock
        )

    def __repr__(self) -> str:
        return f"SessionSettings(auth_mode={self.auth_mode!r}, source={self.source!r})"


@dataclass(frozen=True)
class SessionParts:
    """What a kind of session (the synchronous or the asyncio one) is made of."""

    # Its transports' class, and the ``http_transport`` (network layer) they accept.
    transport: Callable[..., Any]
    http_transport: type[Any]
    # With password authentication: the holder of the IAM token, and the auth that sends it.
    token_holder: Callable[..., Renewal[str, Any]]
    token_auth: Callable[[Any, str | None], httpx.Auth]
    # With access keys: the OBS credentials, from the session's settings.
    key_credentials: Callable[[SessionSettings], Any]


class _HostTransport(Protocol):
    base_url: str


TransportT = TypeVar("TransportT", bound=_HostTransport)


class SessionBase(Generic[TransportT]):
    """The arguments, settings, endpoints and IAM exchanges that ``Session`` and ``AsyncSession`` share.

    Exactly one way of authenticating is used: ``access_key`` + ``secret_key`` (optionally temporary, with
    ``security_token``), or ``username`` + ``password`` (``account`` is the account/domain name when it
    differs from the user name). Without either, settings come from ``MODELARTS_*`` environment variables or a
    profile of ``~/.modelarts/config`` (see :mod:`modelarts_hl._core.credentials`).
    """

    def __init__(
        self,
        access_key: str | None = None,
        secret_key: str | None = None,
        project_id: str | None = None,
        region_name: str | None = None,
        username: str | None = None,
        password: str | None = None,
        *,
        security_token: str | None = None,
        account: str | None = None,
        profile: str | None = None,
        iam_endpoint: str | None = None,
        modelarts_endpoint: str | None = None,
        obs_endpoint: str | None = None,
        obs_signature: ObsSignature | None = None,
        obs_path_style: bool | None = None,
        verify: bool | str = True,
        retry: RetryPolicy | None = None,
        timeout: Timeouts | None = None,
        http_transport: httpx.BaseTransport | httpx.AsyncBaseTransport | None = None,
        token_refresh_margin: timedelta = DEFAULT_REFRESH_MARGIN,
        clock: Callable[[], datetime] = utc_now,
    ) -> None:
        settings = SessionSettings.resolve(
            access_key=access_key,
            secret_key=secret_key,
            project_id=project_id,
            region_name=region_name,
            username=username,
            password=password,
            security_token=security_token,
            account=account,
            profile=profile,
            iam_endpoint=iam_endpoint,
            modelarts_endpoint=modelarts_endpoint,
            obs_endpoint=obs_endpoint,
            obs_signature=obs_signature,
            obs_path_style=obs_path_style,
            verify=verify,
            retry=retry,
            timeout=timeout,
            http_transport=http_transport,
            token_refresh_margin=token_refresh_margin,
            clock=clock,
        )
        self._settings = settings
        self.region_name: str | None = settings.region_name
        self.iam_endpoint: str = settings.iam_endpoint
        self.modelarts_endpoint: str = settings.modelarts_endpoint
        self.obs_endpoint: str = settings.obs_endpoint
        self.obs_signature: ObsSignature = settings.obs_signature
        self.obs_path_style = settings.obs_path_style
        self.verify = settings.verify
        self.settings_source = settings.source
        self._project_id = settings.project_id
        if settings.auth_mode == "password":
            register_secret(settings.password)
        self._connect(settings)

    # What this kind of session is made of (the synchronous or the asyncio parts).
    _parts: ClassVar[SessionParts]

    transport: TransportT
    _hosts: dict[str, TransportT]

    def _connect(self, settings: SessionSettings) -> None:
        """Make the transports and, with password authentication, the holders of the token and of the
        temporary OBS credentials.
        """
        options = settings.transport_options()
        parts = self._parts
        given = options["transport"]
        if given is not None and not isinstance(given, parts.http_transport):
            expected = f"an httpx.{parts.http_transport.__name__}"
            raise InvalidArgumentError("http_transport", expected, got=type(given).__name__)
        make = functools.partial(parts.transport, **options)
        self._iam_public: TransportT = make(self.iam_endpoint, None)
        auth: httpx.Auth
        if settings.auth_mode == "aksk":
            auth = settings.aksk_auth()
            self._obs_credentials: Callable[[], Any] = functools.partial(parts.key_credentials, settings)
        else:
            self._token = parts.token_holder(
                self._fetch_token,
                refresh_margin=settings.token_refresh_margin,
                clock=settings.clock,
                name="IAM token",
            )
            auth = parts.token_auth(self._token, self._project_id)
            # Asked for by OBS transfers, which block their thread.
            temporary: Expiring[Any] = Expiring(
                self._blocking_temporary_credentials,
                refresh_margin=settings.token_refresh_margin,
                clock=settings.clock,
                name="temporary OBS credentials",
            )
            self._obs_credentials = temporary.get
        self._iam: TransportT = make(self.iam_endpoint, auth)
        self.transport = make(self.modelarts_endpoint, auth)
        # One transport per other host an operation is served by (real-time services' gateways), made alike.
        self._host_transport: Callable[[str], TransportT] = lambda host: make(host, auth)
        self._hosts = {self.transport.base_url: self.transport}
        self._hosts_lock = threading.Lock()
        self._closed = False

    def transport_for(self, host: str | None) -> TransportT:
        """The transport of ``host`` (a base URL; ``None``: the ModelArts endpoint), made on first use with
        this session's authentication, retries, timeouts and TLS verification; closing the session closes it.
        """
        if host is None:
            return self.transport
        base_url = str(httpx.URL(host))
        with self._hosts_lock:
            transport = self._hosts.get(base_url)
            if transport is None:
                if self._closed:
                    raise RuntimeError("the session is closed")
                transport = self._hosts[base_url] = self._host_transport(base_url)
            return transport

    def _closing(self) -> list[TransportT]:
        """Mark the session closed and give every transport it made, to close."""
        with self._hosts_lock:
            self._closed = True
            return [*self._hosts.values(), self._iam, self._iam_public]

    def _fetch_token(self) -> Any:
        """Ask IAM for a token: ``(token, expires_at)``, or an awaitable of it (the token holder's fetch)."""
        raise NotImplementedError

    def _blocking_temporary_credentials(self) -> tuple[Any, datetime]:
        """Ask IAM for temporary OBS credentials, blocking this thread: ``(credentials, expires_at)``."""
        raise NotImplementedError

    @classmethod
    def set_endpoint(
        cls,
        iam_endpoint: str | None = None,
        obs_endpoint: str | None = None,
        modelarts_endpoint: str | None = None,
        region_name: str | None = None,
    ) -> None:
        """Set the endpoints every later session of this process uses unless it is given its own."""
        process_defaults.update(
            iam_endpoint=iam_endpoint,
            obs_endpoint=obs_endpoint,
            modelarts_endpoint=modelarts_endpoint,
            region_name=_text("region_name", region_name),
        )

    @property
    def auth_mode(self) -> Literal["aksk", "password"]:
        return self._settings.auth_mode

    def _known_project_id(self) -> str:
        if self._project_id is None:
            raise AuthenticationError(
                status_code=401, error_msg="IAM did not say which project the token is for"
            )
        return self._project_id

    @staticmethod
    def _needs_project(operation: Any, kwargs: Mapping[str, Any]) -> bool:
        return "project_id" not in kwargs and takes_project_id(operation)

    # -- password authentication: what IAM is asked, and what its answers give --------------------------

    def _token_request(self) -> PasswordTokenRequest:
        from modelarts_client.models import (
            AuthScope,
            DomainRef,
            PasswordAuth,
            PasswordCredentials,
            PasswordIdentity,
            PasswordIdentityMethodsItem,
            PasswordTokenRequest,
            PasswordUser,
            ProjectRef,
        )

        settings = self._settings
        if self._project_id:
            project = ProjectRef(id=self._project_id)
        else:
            project = ProjectRef(name=self.region_name or "")
        return PasswordTokenRequest(
            auth=PasswordAuth(
                identity=PasswordIdentity(
                    methods=[PasswordIdentityMethodsItem.PASSWORD],
                    password=PasswordCredentials(
                        user=PasswordUser(
                            name=settings.username or "",
                            password=settings.password,
                            domain=DomainRef(name=settings.account or ""),
                        )
                    ),
                ),
                scope=AuthScope(project=project),
            )
        )

    def _token_answer(self, status: int, headers: Mapping[str, str], parsed: object) -> tuple[str, datetime]:
        """The token and its expiry from IAM's answer; the project id too, when the session had none."""
        from modelarts_client.models import TokenResponse

        token = headers.get("X-Subject-Token")
        if not token or not isinstance(parsed, TokenResponse):
            raise AuthenticationError(
                status_code=status, error_msg="IAM answered without an X-Subject-Token header"
            )
        register_secret(token)
        info = parsed.token
        if self._project_id is None and info.project and isinstance(info.project.id, str):
            self._project_id = info.project.id
        return token, info.expires_at

    @staticmethod
    def _temporary_credentials_request() -> SecurityTokenRequest:
        from modelarts_client.models import (
            SecurityTokenRequest,
            TokenDuration,
            TokenIdentity,
            TokenIdentityMethodsItem,
        )
        from modelarts_client.models import TokenAuth as TokenAuthBody

        return SecurityTokenRequest(
            auth=TokenAuthBody(
                identity=TokenIdentity(
                    methods=[TokenIdentityMethodsItem.TOKEN],
                    token=TokenDuration(duration_seconds=TEMPORARY_CREDENTIALS_SECONDS),
                )
            )
        )

    @staticmethod
    def _temporary_credentials(parsed: object) -> SecurityTokenResponse:
        from modelarts_client.models import SecurityTokenResponse

        if not isinstance(parsed, SecurityTokenResponse):
            raise AuthenticationError(status_code=500, error_msg="IAM answered without temporary credentials")
        for secret in (parsed.credential.secret, parsed.credential.securitytoken):
            register_secret(secret)
        return parsed

    def __repr__(self) -> str:
        settings = self._settings
        who = (
            f"access_key={_masked_key(settings.access_key)!r}"
            if settings.auth_mode == "aksk"
            else f"username={settings.username!r}"
        )
        return (
            f"{type(self).__name__}(auth={settings.auth_mode!r}, {who}, project_id={self._project_id!r}, "
            f"region_name={self.region_name!r}, modelarts_endpoint={self.modelarts_endpoint!r})"
        )

    __str__ = __repr__


def _auth_mode(settings: _credentials.Settings) -> Literal["aksk", "password"]:
    has_keys = bool(settings.access_key or settings.secret_key)
    has_password = bool(settings.username or settings.password)
    if has_keys and has_password:
        raise InvalidArgumentError(
            "access_key", f"either access_key/secret_key or username/password, not both ({settings.source})"
        )
    if has_keys:
        for name in ("access_key", "secret_key"):
            if not getattr(settings, name):
                raise InvalidArgumentError(name, f"a value together with the other key ({settings.source})")
        return "aksk"
    for name in ("username", "password"):
        if not getattr(settings, name):
            raise InvalidArgumentError(name, f"a value together with the {name} pair ({settings.source})")
    return "password"


def _flag(value: str | None) -> bool:
    if value is None or value.strip().lower() in ("", "0", "false", "no"):
        return False
    if value.strip().lower() in ("1", "true", "yes"):
        return True
    raise InvalidArgumentError("obs_path_style", "true or false", got=value)


def _masked_key(access_key: str | None) -> str:
    # An access key id is not secret, but its tail is enough to tell keys apart in logs.
    if not access_key:
        return ""
    return f"{MASK}{access_key[-4:]}" if len(access_key) > 8 else MASK
