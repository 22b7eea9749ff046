"""LocalBackend: a ModelArts-compatible platform on this machine (API + IAM server, object store, state)."""

from __future__ import annotations

import contextlib
import dataclasses
import json
import logging
import os
import shutil
import socket
import tempfile
import threading
import time
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any, Literal, Self

import uvicorn

from .config import LocalConfig, ObsEndpoint
from .runtime.context import BackendContext, RuntimeFactory
from .runtime.inference import LocalInferenceRuntime
from .runtime.models import LocalModelRuntime
from .runtime.runners import ProcessRunner
from .runtime.training import LocalTrainingRuntime
from .server.app import build_app
from .server.faults import FaultInjector
from .server.spec import OperationIndex, find_spec_path, load_spec
from .store.iam import CredentialStore
from .store.obs_store import MotoObsStore, ObsStore, RemoteObsStore
from .store.state import Store

if TYPE_CHECKING:
    from modelarts_hl.session import Session

__all__ = ["LocalBackend"]

log = logging.getLogger("modelarts_hl.local")

_IDENTITY_FILE = "identity.json"
_IDENTITY_FIELDS = (
    "project_id",
    "region_name",
    "account",
    "username",
    "password",
    "access_key",
    "secret_key",
)
_START_TIMEOUT = 30.0


class LocalBackend:
    """Runs the ModelArts and IAM APIs on a loopback port with an S3-compatible object store beside them.

    ``with LocalBackend() as backend:`` starts everything on free ports with a fresh identity and a temporary
    state directory; ``backend.session()`` returns a :class:`modelarts_hl.session.Session` connected to it.
    With ``state_dir`` the jobs, models and services (and the generated identity) survive restarts.
    Keyword arguments override single settings of :class:`LocalConfig`; ``config`` gives them all.
    """

    def __init__(
        self,
        state_dir: str | os.PathLike[str] | None = None,
        *,
        config: LocalConfig | None = None,
        project_id: str | None = None,
        region_name: str | None = None,
        account: str | None = None,
        username: str | None = None,
        password: str | None = None,
        access_key: str | None = None,
        secret_key: str | None = None,
        token_ttl: float | timedelta | None = None,
        temporary_credential_ttl: float | timedelta | None = None,
        port: int | None = None,
        obs_port: int | None = None,
        obs: ObsEndpoint | None = None,
        validate_responses: bool | None = None,
        clock: Callable[[], datetime] | None = None,
        spec_path: str | os.PathLike[str] | None = None,
        training_runtime: RuntimeFactory = LocalTrainingRuntime,
        model_runtime: RuntimeFactory = LocalModelRuntime,
        inference_runtime: RuntimeFactory = LocalInferenceRuntime,
    ) -> None:
        overrides: dict[str, Any] = {
            "project_id": project_id,
            "region_name": region_name,
            "account": account,
            "username": username,
            "password": password,
            "access_key": access_key,
            "secret_key": secret_key,
            "token_ttl": _duration("token_ttl", token_ttl),
            "temporary_credential_ttl": _duration("temporary_credential_ttl", temporary_credential_ttl),
            "port": port,
            "obs_port": obs_port,
            "obs": obs,
            "validate_responses": validate_responses,
            "clock": clock,
            "state_dir": None if state_dir is None else Path(state_dir).expanduser(),
        }
        explicit = {name: value for name, value in overrides.items() if value is not None}
        base = config or LocalConfig()
        persistent_dir: Path | None = explicit.get("state_dir") or base.state_dir
        if persistent_dir is not None and config is None:
            # A state directory remembers the identity it was created with, so its clients keep working.
            explicit = {**_read_identity(persistent_dir), **explicit}
        if obs is not None:
            # One key pair serves both the API and an external store, so a single Session reaches both.
            explicit.setdefault("access_key", obs.access_key)
            explicit.setdefault("secret_key", obs.secret_key)
        self.config = dataclasses.replace(base, **explicit)
        self.spec_path = Path(spec_path) if spec_path is not None else find_spec_path()
        self.spec = load_spec(self.spec_path)
        self.faults = FaultInjector(OperationIndex(self.spec).by_id)
        self._factories = (training_runtime, model_runtime, inference_runtime)
        self._lock = threading.Lock()
        self._started = False
        self._temporary_dir: Path | None = None
        self._obs: ObsStore | None = None
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None
        self._socket: socket.socket | None = None
        self._context: BackendContext | None = None
        self._runner: ProcessRunner | None = None
        self._store: Store | None = None
        self.endpoint = ""
        self.obs_endpoint = ""

    # Identity, as a client configures it.
    @property
    def project_id(self) -> str:
        return self.config.project_id

    @property
    def region_name(self) -> str:
        return self.config.region_name

    @property
    def account(self) -> str:
        return self.config.account

    @property
    def username(self) -> str:
        return self.config.username

    @property
    def password(self) -> str:
        return self.config.password

    @property
    def access_key(self) -> str:
        return self.config.access_key

    @property
    def secret_key(self) -> str:
        return self.config.secret_key

    @property
    def obs_region_name(self) -> str:
        return self._obs.region_name if self._obs is not None else "us-east-1"

    @property
    def state_dir(self) -> Path:
        return self.context.store.state_dir

    @property
    def context(self) -> BackendContext:
        if self._context is None:
            raise RuntimeError("the local backend is not running; call start() or use it in a with block")
        return self._context

    @property
    def running(self) -> bool:
        return self._started

    def __repr__(self) -> str:
        state = f"endpoint={self.endpoint!r}" if self._started else "stopped"
        return f"LocalBackend({state}, project_id={self.project_id!r})"

    def __enter__(self) -> Self:
        self.start()
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()

    def start(self) -> Self:
        with self._lock:
            if self._started:
                return self
            try:
                self._start()
            except BaseException:
                self._stop()
                raise
            self._started = True
        log.info("local ModelArts backend at %s, object store at %s", self.endpoint, self.obs_endpoint)
        return self

    def stop(self) -> None:
        with self._lock:
            self._stop()
            self._started = False

    def _start(self) -> None:
        config = self.config
        if config.state_dir is None:
            self._temporary_dir = Path(tempfile.mkdtemp(prefix="modelarts-local-"))
        state_dir = config.state_dir or self._temporary_dir
        assert state_dir is not None
        self._store = Store(state_dir)
        _write_identity(state_dir, config)
        self._obs = (
            RemoteObsStore(config.obs)
            if config.obs is not None
            else MotoObsStore(config.host, config.obs_port)
        )
        self._obs.start()
        self.obs_endpoint = self._obs.endpoint
        self._runner = ProcessRunner()
        # IPPROTO_TCP, not the default 0: asyncio turns Nagle's algorithm off only on sockets that say they
        # are TCP; with it on, each answer on a kept-alive connection waited 40 ms for the client's ACK.
        sock = self._socket = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((config.host, config.port))
        self.endpoint = f"http://{config.host}:{sock.getsockname()[1]}"
        context = BackendContext(
            config=config,
            store=self._store,
            credentials=CredentialStore(config),
            runner=self._runner,
            obs_endpoint=self.obs_endpoint,
            endpoint=self.endpoint,
        )
        training, models, inference = self._factories
        context.training = training(context)
        context.models = models(context)
        context.inference = inference(context)
        self._context = context
        app = build_app(
            context, self.spec, self.spec_path, self.faults, validate_responses=config.validate_responses
        )
        server_config = uvicorn.Config(
            app,
            log_level="warning",
            lifespan="off",
            proxy_headers=False,
            access_log=False,
            timeout_graceful_shutdown=2,
        )
        self._server = uvicorn.Server(server_config)
        self._thread = threading.Thread(
            target=self._server.run, kwargs={"sockets": [sock]}, name="modelarts-local-server", daemon=True
        )
        self._thread.start()
        deadline = time.monotonic() + _START_TIMEOUT
        while not self._server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError("the local backend's HTTP server did not start")
            time.sleep(0.01)

    def _stop(self) -> None:
        if self._server is not None:
            self._server.should_exit = True
        if self._thread is not None:
            self._thread.join(timeout=10)
        if self._socket is not None:
            self._socket.close()
        self._server = self._thread = self._socket = None
        if self._context is not None:
            for runtime in (self._context.training, self._context.models, self._context.inference):
                with _logged(f"closing {type(runtime).__name__}"):
                    runtime.close()
        if self._runner is not None:
            with _logged("stopping background processes"):
                self._runner.shutdown()
        if self._obs is not None:
            with _logged("stopping the object store"):
                self._obs.stop()
        if self._store is not None:
            self._store.close()
        if self._temporary_dir is not None:
            shutil.rmtree(self._temporary_dir, ignore_errors=True)
        self._context = self._runner = self._obs = self._store = self._temporary_dir = None

    def session(self, auth: Literal["aksk", "password"] = "aksk", **overrides: Any) -> Session:
        """A :class:`modelarts_hl.session.Session` connected to this backend (keyword arguments override)."""
        from modelarts_hl.session import Session

        if not self._started:
            raise RuntimeError("the local backend is not running; call start() or use it in a with block")
        settings: dict[str, Any] = {
            "project_id": self.project_id,
            "region_name": self.region_name,
            "iam_endpoint": self.endpoint,
            "modelarts_endpoint": self.endpoint,
            "obs_endpoint": self.obs_endpoint,
            "obs_signature": "v4",
            "obs_path_style": True,
        }
        if auth == "aksk":
            settings.update(access_key=self.access_key, secret_key=self.secret_key)
        elif auth == "password":
            settings.update(username=self.username, password=self.password, account=self.account)
        else:
            raise ValueError(f"auth: expected 'aksk' or 'password', got {auth!r}")
        settings.update(overrides)
        return Session(**settings)

    def session_example(self, auth: Literal["aksk", "password"] = "aksk") -> str:
        """The Python line that builds an equivalent Session (it contains the credentials)."""
        if auth == "aksk":
            identity = f"access_key={self.access_key!r}, secret_key={self.secret_key!r}"
        else:
            identity = f"username={self.username!r}, password={self.password!r}, account={self.account!r}"
        return (
            f"Session({identity}, project_id={self.project_id!r}, region_name={self.region_name!r}, "
            f"iam_endpoint={self.endpoint!r}, modelarts_endpoint={self.endpoint!r}, "
            f"obs_endpoint={self.obs_endpoint!r}, obs_signature='v4', obs_path_style=True)"
        )


def _duration(name: str, value: float | timedelta | None) -> timedelta | None:
    if value is None or isinstance(value, timedelta):
        return value
    if isinstance(value, bool) or not isinstance(value, int | float) or value <= 0:
        raise ValueError(f"{name}: expected seconds > 0 or a timedelta, got {value!r}")
    return timedelta(seconds=value)


def _read_identity(state_dir: Path) -> dict[str, Any]:
    """The identity a previous run generated in this state directory (so its clients keep working)."""
    path = state_dir / _IDENTITY_FILE
    if not path.is_file():
        return {}
    loaded = json.loads(path.read_text(encoding="utf-8"))
    return {name: loaded[name] for name in _IDENTITY_FIELDS if isinstance(loaded.get(name), str)}


def _write_identity(state_dir: Path, config: LocalConfig) -> None:
    path = state_dir / _IDENTITY_FILE
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
        json.dump({name: getattr(config, name) for name in _IDENTITY_FIELDS}, handle)


@contextlib.contextmanager
def _logged(what: str) -> Any:
    try:
        yield
    except Exception:
        log.exception("error while %s", what)
