"""``Session``: authentication, endpoints and the shared transports every documented call goes through.

Usage as documented by the official SDK::

    from modelarts_hl.session import Session
    Session.set_endpoint(iam_endpoint="...", obs_endpoint="...", modelarts_endpoint="...", region_name="...")
    session = Session(username="...", password="...", region_name="...", project_id="...")
    session = Session(access_key="...", secret_key="...", project_id="...", region_name="...")
    session = Session()   # from MODELARTS_* environment variables or ~/.modelarts/config
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator, Mapping
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any, Literal, TypeVar

import httpx

from modelarts_hl._core import credentials as _credentials
from modelarts_hl._core.auth import AkSkAuth, TokenAuth
from modelarts_hl._core.cache import DEFAULT_REFRESH_MARGIN, Expiring, utc_now
from modelarts_hl._core.calls import Call, Pause, Plan, Step, checked, drive
from modelarts_hl._core.endpoints import Endpoints, process_defaults
from modelarts_hl._core.pages import Page, Paging
from modelarts_hl._core.redaction import MASK, register_secret
from modelarts_hl._core.rules import parameter_rule
from modelarts_hl._core.transport import (
    DetailedResponse,
    Operation,
    RetryPolicy,
    Timeouts,
    Transport,
    takes_project_id,
)

from .errors import AuthenticationError, InvalidArgumentError

if TYPE_CHECKING:
    from modelarts_client.models import ErrorResponse

    from .obs import OBS, ObsCredentials

T = TypeVar("T")
ObsSignature = Literal["obs", "v4"]

# Temporary OBS credentials are asked for this long; they are renewed before they expire.
TEMPORARY_CREDENTIALS_SECONDS = 3600


def _text(argument: str, value: object) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str) or not value.strip():
        raise InvalidArgumentError(
            argument, "a non-empty string or None", got=MASK if argument in _SECRET_ARGS else value
        )
    return value.strip()


_SECRET_ARGS = frozenset({"secret_key", "password", "security_token"})


class Session:
    """Authenticated access to ModelArts, IAM and OBS for one project of one region.

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
        http_transport: httpx.BaseTransport | None = None,
        token_refresh_margin: timedelta = DEFAULT_REFRESH_MARGIN,
        clock: Callable[[], datetime] = utc_now,
    ) -> None:
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
        if not isinstance(token_refresh_margin, timedelta) or token_refresh_margin < timedelta(0):
            raise InvalidArgumentError("token_refresh_margin", "a timedelta >= 0", got=token_refresh_margin)
        if http_transport is not None and not isinstance(http_transport, httpx.BaseTransport):
            raise InvalidArgumentError("http_transport", "an httpx.BaseTransport or None", got=http_transport)
        if profile is not None and not (isinstance(profile, str) and profile.strip()):
            raise InvalidArgumentError("profile", "a profile name", got=profile)
        if obs_path_style is not None and not isinstance(obs_path_style, bool):
            raise InvalidArgumentError("obs_path_style", "a bool", got=obs_path_style)
        settings = _credentials.discover(explicit, profile)
        if settings.project_id is not None:
            # Every ModelArts operation shares the project_id path parameter (and its rule).
            parameter_rule("createTrainingJob", "project_id").text("project_id", settings.project_id)
        signature = obs_signature if obs_signature is not None else settings.obs_signature or "obs"
        if signature not in ("obs", "v4"):
            raise InvalidArgumentError(
                "obs_signature",
                f"'obs' (Huawei OBS) or 'v4' (S3-compatible) ({settings.source})",
                got=signature,
            )
        path_style = obs_path_style if obs_path_style is not None else _flag(settings.obs_path_style)
        self._auth_mode = _auth_mode(settings)
        endpoints = Endpoints(
            iam_endpoint=settings.iam_endpoint,
            obs_endpoint=settings.obs_endpoint,
            modelarts_endpoint=settings.modelarts_endpoint,
            region_name=settings.region_name,
        ).merged_over(process_defaults.get())
        resolved = endpoints.resolved()
        self.region_name: str | None = resolved.region_name
        self.iam_endpoint: str = resolved.iam_endpoint or ""
        self.modelarts_endpoint: str = resolved.modelarts_endpoint or ""
        self.obs_endpoint: str = resolved.obs_endpoint or ""
        self.obs_signature: ObsSignature = "v4" if signature == "v4" else "obs"
        self.obs_path_style = path_style
        self.verify = verify
        self.settings_source = settings.source
        self._project_id = settings.project_id
        self._access_key = settings.access_key
        self._username = settings.username
        self._account = settings.account or settings.username
        transport_options: dict[str, Any] = {
            "retry": retry,
            "timeout": timeout,
            "verify": verify,
            "transport": http_transport,
            "clock": clock,
        }
        # Asking IAM for a token or temporary credentials twice does no harm: those POSTs are retried.
        self._iam_public = Transport(self.iam_endpoint, None, repeatable_posts=True, **transport_options)
        self._obs: OBS | None = None
        # Waits between polls; replaced in tests that must not depend on the machine's speed.
        self._sleep: Callable[[float], None] = time.sleep
        self._lock = threading.Lock()
        if self._auth_mode == "aksk":
            secret = settings.secret_key or ""
            token = settings.security_token
            register_secret(secret)
            register_secret(token)
            if self._project_id is None:
                raise InvalidArgumentError(
                    "project_id", "the project id of the region (console: My Credentials > Projects)"
                )
            auth: httpx.Auth = AkSkAuth(
                settings.access_key or "", secret, token, self._project_id, clock=clock
            )
            self._iam = Transport(self.iam_endpoint, auth, repeatable_posts=True, **transport_options)
            static = (settings.access_key or "", secret, token)
            self._obs_credentials: Callable[[], ObsCredentials] = lambda: _obs_credentials(*static, None)
        else:
            password = settings.password or ""
            register_secret(password)
            self._token = Expiring(
                lambda: self._fetch_token(password),
                refresh_margin=token_refresh_margin,
                clock=clock,
                name="IAM token",
            )
            auth = TokenAuth(self._token, self._project_id)
            self._iam = Transport(self.iam_endpoint, auth, repeatable_posts=True, **transport_options)
            temporary = Expiring(
                self._fetch_temporary_credentials,
                refresh_margin=token_refresh_margin,
                clock=clock,
                name="temporary OBS credentials",
            )
            self._obs_credentials = temporary.get
        self.transport = Transport(self.modelarts_endpoint, auth, **transport_options)
        # One transport per other host an operation is served by (real-time services' gateways), made alike.
        self._host_transport: Callable[[str], Transport] = lambda host: Transport(
            host, auth, **transport_options
        )
        self._hosts: dict[str, Transport] = {self.transport.base_url: self.transport}
        self._hosts_lock = threading.Lock()
        self._closed = False

    @classmethod
    def set_endpoint(
        cls,
        iam_endpoint: str | None = None,
        obs_endpoint: str | None = None,
        modelarts_endpoint: str | None = None,
        region_name: str | None = None,
    ) -> None:
        """Set the endpoints every later ``Session`` of this process uses unless it is given its own."""
        process_defaults.update(
            iam_endpoint=iam_endpoint,
            obs_endpoint=obs_endpoint,
            modelarts_endpoint=modelarts_endpoint,
            region_name=_text("region_name", region_name),
        )

    @property
    def auth_mode(self) -> Literal["aksk", "password"]:
        return self._auth_mode

    @property
    def project_id(self) -> str:
        """The project id; for a password session without one, the id of the region's project from IAM."""
        if self._project_id is None:
            self._token.get()
        if self._project_id is None:
            raise AuthenticationError(
                status_code=401, error_msg="IAM did not say which project the token is for"
            )
        return self._project_id

    def call(self, operation: Operation[T], /, **kwargs: Any) -> T:
        """Run any generated ModelArts operation with this session's auth, retries and typed errors; returns
        its parsed success body (``mypy`` sees the operation's response model). ``project_id`` is filled in
        when the operation takes one::

            from modelarts_client.api.training import list_training_job_flavors
            flavors = session.call(list_training_job_flavors)   # a ListFlavorsResponse
        """
        return self.transport.call(operation, **self._with_project(operation, kwargs))

    def call_raw(self, operation: Operation[T], /, **kwargs: Any) -> DetailedResponse[ErrorResponse | T]:
        """Like :meth:`call`, returning the generated response object (status, headers, content, parsed)."""
        return self.transport.call_raw(operation, **self._with_project(operation, kwargs))

    def run(self, plan: Plan[T]) -> T:
        """Run a documented call's plan (see :mod:`modelarts_hl._core.calls`) in this thread."""
        return drive(plan, self._perform)

    def paginate(
        self, fetch: Callable[[int, int], Plan[Page[T]]], page_size: int, maximum: int
    ) -> Iterator[T]:
        """Every item of an offset/limit list; ``fetch(offset, limit)`` reads one page, lazily."""
        return self._pages(fetch, Paging(page_size, maximum))

    def _pages(self, fetch: Callable[[int, int], Plan[Page[T]]], paging: Paging) -> Iterator[T]:
        while (window := paging.next_window()) is not None:
            page = self.run(fetch(*window))
            paging.record(page)
            yield from page.items

    def transport_for(self, host: str | None) -> Transport:
        """The transport of ``host`` (a base URL; ``None``: the ModelArts endpoint), made on first use with
        this session's authentication, retries, timeouts and TLS verification; :meth:`close` closes it.
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

    def _perform(self, step: Step) -> object:
        if isinstance(step, Call):
            transport = self.transport_for(step.host)
            parsed = transport.call(step.operation, **self._with_project(step.operation, step.arguments))
            return checked(step, parsed)
        if isinstance(step, Pause):
            self._sleep(step.seconds)
            return None
        return step.function()

    def _with_project(self, operation: Operation[Any], kwargs: Mapping[str, Any]) -> dict[str, Any]:
        if "project_id" not in kwargs and takes_project_id(operation):
            return {"project_id": self.project_id, **kwargs}
        return dict(kwargs)

    @property
    def obs(self) -> OBS:
        """OBS transfers (``upload_file``, ``upload_dir``, ``download_file``, ``download_dir`` and more)."""
        with self._lock:
            if self._obs is None:
                from .obs import OBS, ObsSettings

                settings = ObsSettings(
                    endpoint=self.obs_endpoint,
                    signature=self.obs_signature,
                    region=self.region_name,
                    path_style=self.obs_path_style,
                    verify=self.verify,
                )
                self._obs = OBS(settings, self._obs_credentials)
            return self._obs

    def _fetch_token(self, password: str) -> tuple[str, datetime]:
        from modelarts_client.api.iam import create_user_token
        from modelarts_client.models import (
            AuthScope,
            CreateUserTokenNocatalog,
            DomainRef,
            PasswordAuth,
            PasswordCredentials,
            PasswordIdentity,
            PasswordIdentityMethodsItem,
            PasswordTokenRequest,
            PasswordUser,
            ProjectRef,
            TokenResponse,
        )

        if self._project_id:
            project = ProjectRef(id=self._project_id)
        else:
            project = ProjectRef(name=self.region_name or "")
        body = PasswordTokenRequest(
            auth=PasswordAuth(
                identity=PasswordIdentity(
                    methods=[PasswordIdentityMethodsItem.PASSWORD],
                    password=PasswordCredentials(
                        user=PasswordUser(
                            name=self._username or "",
                            password=password,
                            domain=DomainRef(name=self._account or ""),
                        )
                    ),
                ),
                scope=AuthScope(project=project),
            )
        )
        response = self._iam_public.call_raw(
            create_user_token, body=body, nocatalog=CreateUserTokenNocatalog.TRUE
        )
        token = response.headers.get("X-Subject-Token")
        parsed = response.parsed
        if not token or not isinstance(parsed, TokenResponse):
            raise AuthenticationError(
                status_code=int(response.status_code),
                error_msg="IAM answered without an X-Subject-Token header",
            )
        register_secret(token)
        info = parsed.token
        if self._project_id is None and info.project and isinstance(info.project.id, str):
            self._project_id = info.project.id
        return token, info.expires_at

    def _fetch_temporary_credentials(self) -> tuple[ObsCredentials, datetime]:
        from modelarts_client.api.iam import create_temporary_credentials
        from modelarts_client.models import (
            SecurityTokenRequest,
            SecurityTokenResponse,
            TokenDuration,
            TokenIdentity,
            TokenIdentityMethodsItem,
        )
        from modelarts_client.models import TokenAuth as TokenAuthBody

        body = SecurityTokenRequest(
            auth=TokenAuthBody(
                identity=TokenIdentity(
                    methods=[TokenIdentityMethodsItem.TOKEN],
                    token=TokenDuration(duration_seconds=TEMPORARY_CREDENTIALS_SECONDS),
                )
            )
        )
        parsed = self._iam.call(create_temporary_credentials, body=body)
        if not isinstance(parsed, SecurityTokenResponse):
            raise AuthenticationError(status_code=500, error_msg="IAM answered without temporary credentials")
        credential = parsed.credential
        for secret in (credential.secret, credential.securitytoken):
            register_secret(secret)
        expires_at = credential.expires_at
        return _obs_credentials(
            credential.access, credential.secret, credential.securitytoken, expires_at
        ), expires_at

    def close(self) -> None:
        with self._hosts_lock:
            self._closed = True
            hosts = list(self._hosts.values())
        for transport in (*hosts, self._iam, self._iam_public):
            transport.close()
        with self._lock:
            if self._obs is not None:
                self._obs.close()
                self._obs = None

    def __enter__(self) -> Session:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def __repr__(self) -> str:
        who = (
            f"access_key={_masked_key(self._access_key)!r}"
            if self._auth_mode == "aksk"
            else f"username={self._username!r}"
        )
        return (
            f"Session(auth={self._auth_mode!r}, {who}, project_id={self._project_id!r}, "
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


def _obs_credentials(
    access_key: str, secret_key: str, security_token: str | None, expires_at: datetime | None
) -> ObsCredentials:
    from .obs import ObsCredentials

    return ObsCredentials(
        access_key=access_key, secret_key=secret_key, security_token=security_token, expires_at=expires_at
    )


def check_session(value: object) -> Session:
    """``value`` if it is a :class:`Session` (the ``session`` argument of every documented call)."""
    if not isinstance(value, Session):
        raise InvalidArgumentError("session", "a modelarts_hl.session.Session", got=type(value).__name__)
    return value
