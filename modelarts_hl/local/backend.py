"""LocalBackend: a ModelArts-compatible platform on this machine (API + IAM server, object store, state)."""

from __future__ import annotations

import contextlib
import dataclasses
import errno
import logging
import os
import shutil
import signal
import socket
import tempfile
import threading
import time
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any, Self

import uvicorn

from .config import LocalConfig, ObsEndpoint
from .environment import Auth, session_settings, settings_environment
from .runtime.context import BackendContext, RuntimeFactory
from .runtime.inference import LocalInferenceRuntime
from .runtime.models import LocalModelRuntime
from .runtime.runners import ProcessRunner
from .runtime.training import LocalTrainingRuntime
from .server.app import build_app
from .server.faults import FaultInjector
from .server.spec import OperationIndex, find_spec_path, load_spec
from .state_file import IDENTITY_FIELDS, read_identity, read_ports, write_identity, write_ports
from .store.iam import CredentialStore
from .store.obs_store import MotoObsStore, ObsStore, RemoteObsStore
from .store.state import Store

if TYPE_CHECKING:
    from modelarts_hl.session import Session

__all__ = ["LocalBackend"]

log = logging.getLogger("modelarts_hl.local")

_START_TIMEOUT = 30.0
_STOP_SIGNALS = (signal.SIGINT, signal.SIGTERM)


class LocalBackend:
    """Runs the ModelArts and IAM APIs on a loopback port with an S3-compatible object store beside them.

    ``with LocalBackend() as backend:`` starts everything on free ports with a fresh identity and a temporary
    state directory; ``backend.session()`` returns a :class:`modelarts_hl.session.Session` connected to it.
    With ``state_dir`` everything survives restarts: jobs, models and services, the objects of the store, the
    generated identity and the ports (a backend started again on the directory listens where the previous one
    did unless ``port``/``obs_port`` say otherwise), so clients configured for it keep working.
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
        job_retention: float | timedelta | None = None,
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
            "job_retention": _duration("job_retention", job_retention),
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
            # A state directory remembers its identity and ports: the clients of earlier runs keep working.
            explicit = {**read_identity(persistent_dir), **read_ports(persistent_dir), **explicit}
        if obs is not None:
            # One key pair serves both the API and an external store, so a single Session reaches both.
            explicit.setdefault("access_key", obs.access_key)
            explicit.setdefault("secret_key", obs.secret_key)
        self.config = dataclasses.replace(base, **explicit)
        self.spec_path = Path(spec_path) if spec_path is not None else find_spec_path()
        # The document the package ships is validated by its tests; one given here is validated at start.
        self._own_document = spec_path is None
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
        write_identity(state_dir, {name: getattr(config, name) for name in IDENTITY_FIELDS})
        sock = self._socket = _listen(config.host, config.port, "port")
        port = sock.getsockname()[1]
        self.endpoint = f"http://{config.host}:{port}"
        if config.obs is not None:
            self._obs = RemoteObsStore(config.obs)
        else:
            _check_free(config.host, config.obs_port, "obs_port")
            self._obs = MotoObsStore(config.host, config.obs_port, state_dir=config.state_dir)
        self._obs.start()
        self.obs_endpoint = self._obs.endpoint
        if config.state_dir is not None:
            write_ports(state_dir, port=port, obs_port=self._obs.port or None)
        self._runner = ProcessRunner()
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
            context,
            self.spec,
            self.spec_path,
            self.faults,
            validate_responses=config.validate_responses,
            check_document=not self._own_document,
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

    def settings(self, auth: Auth = "aksk") -> dict[str, Any]:
        """The ``Session`` arguments that reach this backend (they contain the credentials)."""
        if not self._started:
            raise RuntimeError("the local backend is not running; call start() or use it in a with block")
        identity = {name: getattr(self.config, name) for name in IDENTITY_FIELDS}
        return session_settings(identity, endpoint=self.endpoint, obs_endpoint=self.obs_endpoint, auth=auth)

    def session(self, auth: Auth = "aksk", **overrides: Any) -> Session:
        """A :class:`modelarts_hl.session.Session` connected to this backend (keyword arguments override)."""
        from modelarts_hl.session import Session

        return Session(**{**self.settings(auth), **overrides})

    def serve_forever(
        self,
        on_started: Callable[[LocalBackend], object] | None = None,
        on_stopping: Callable[[], object] | None = None,
    ) -> None:
        """Runs the backend in the foreground until SIGINT (Ctrl-C) or SIGTERM, then stops it.

        ``on_started`` is called once the backend runs (to tell a person how to reach it), ``on_stopping``
        when a signal asked it to stop. Call it from the main thread: it installs the signal handlers for its
        duration.
        """
        stop = threading.Event()
        previous = {sig: signal.signal(sig, lambda _signum, _frame: stop.set()) for sig in _STOP_SIGNALS}
        try:
            with self:
                if on_started is not None:
                    on_started(self)
                while not stop.wait(0.5):
                    pass
                if on_stopping is not None:
                    on_stopping()
        finally:
            for sig, handler in previous.items():
                signal.signal(sig, handler)

    def session_example(self, auth: Auth = "aksk") -> str:
        """The Python line that builds an equivalent Session (it contains the credentials)."""
        arguments = ", ".join(f"{name}={value!r}" for name, value in self.settings(auth).items())
        return f"Session({arguments})"

    def environment(self, auth: Auth = "aksk") -> dict[str, str]:
        """The ``MODELARTS_*`` variables with which ``Session()`` reaches this backend (``export`` them in a
        shell, or pass them to a process); they contain the credentials."""
        return settings_environment(self.settings(auth))


def _duration(name: str, value: float | timedelta | None) -> timedelta | None:
    if value is None or isinstance(value, timedelta):
        return value
    if isinstance(value, bool) or not isinstance(value, int | float) or value <= 0:
        raise ValueError(f"{name}: expected seconds > 0 or a timedelta, got {value!r}")
    return timedelta(seconds=value)


def _listen(host: str, port: int, setting: str) -> socket.socket:
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host, port))
    except OSError as error:
        sock.close()
        if error.errno == errno.EADDRINUSE:
            raise _port_in_use(host, port, setting) from error
        raise
    return sock


def _check_free(host: str, port: int, setting: str) -> None:
    """A port the object store is about to listen on: taken, it fails here with a clear message."""
    if port:
        _listen(host, port, setting).close()


def _port_in_use(host: str, port: int, setting: str) -> RuntimeError:
    return RuntimeError(
        f"{host}:{port} is in use ({setting}; a state directory remembers the ports of its previous run): "
        f"stop what listens there, or give another {setting} (0 for any free port)"
    )


@contextlib.contextmanager
def _logged(what: str) -> Any:
    try:
        yield
    except Exception:
        log.exception("error while %s", what)
