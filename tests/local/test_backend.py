"""LocalBackend as a whole: sessions connected to it, its object store, settings, and the command line."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import uuid
from datetime import timedelta
from pathlib import Path
from typing import Any

import boto3  # type: ignore[import-untyped]
import httpx
import psutil
import pytest

from modelarts_client.api.training import create_training_job, list_training_job_flavors, show_training_job
from modelarts_hl.local import LocalBackend, LocalConfig, ObsEndpoint
from modelarts_hl.session import Session

from ..waiting import HANG

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("auth", ["aksk", "password"])
def test_session_reaches_api_and_object_store(local_backend: LocalBackend, auth: str) -> None:
    with local_backend.session(auth=auth) as session:  # type: ignore[arg-type]
        flavors: Any = session.call(list_training_job_flavors)
        assert any(flavor.flavor_id == "modelarts.local.cpu" for flavor in flavors.flavors)
        bucket = f"bucket-{uuid.uuid4().hex[:8]}"
        session.obs.create_bucket(bucket)
        session.obs.write_bytes(f"obs://{bucket}/data/a.txt", b"hello")
        assert session.obs.read_bytes(f"obs://{bucket}/data/a.txt") == b"hello"


def test_session_needs_a_running_backend() -> None:
    with pytest.raises(RuntimeError, match="not running"):
        LocalBackend().session()


def test_session_auth_is_checked(local_backend: LocalBackend) -> None:
    with pytest.raises(ValueError, match="auth"):
        local_backend.session(auth="token")  # type: ignore[arg-type]


def test_object_store_is_s3_compatible(local_backend: LocalBackend) -> None:
    s3 = boto3.client(
        "s3",
        endpoint_url=local_backend.obs_endpoint,
        region_name="us-east-1",
        aws_access_key_id=local_backend.access_key,
        aws_secret_access_key=local_backend.secret_key,
    )
    bucket = f"bucket-{uuid.uuid4().hex[:8]}"
    s3.create_bucket(Bucket=bucket)
    s3.put_object(Bucket=bucket, Key="k", Body=b"v")
    assert s3.get_object(Bucket=bucket, Key="k")["Body"].read() == b"v"


def test_external_object_store_is_used_with_its_keys(moto_server: str) -> None:
    external = ObsEndpoint(moto_server, "EXTERNALKEY", "external-secret")
    with LocalBackend(obs=external) as backend:
        assert backend.obs_endpoint == moto_server
        assert (backend.access_key, backend.secret_key) == ("EXTERNALKEY", "external-secret")
    # The external store keeps running: the backend did not own it.
    assert httpx.get(moto_server, timeout=30).status_code < 500


def test_identity_and_repr_without_secrets() -> None:
    backend = LocalBackend(
        project_id="p1", username="alice", password="pw-123456", token_ttl=timedelta(hours=1)
    )
    assert (backend.project_id, backend.username, backend.password) == ("p1", "alice", "pw-123456")
    assert backend.config.token_ttl == timedelta(hours=1)
    for text in (repr(backend), repr(backend.config)):
        assert "pw-123456" not in text
        assert backend.secret_key not in text


@pytest.mark.parametrize(
    ("kwargs", "argument"),
    [
        ({"token_ttl": 0}, "token_ttl"),
        ({"token_ttl": "long"}, "token_ttl"),
        ({"project_id": "a/b"}, "project_id"),
        ({"port": 70000}, "port"),
    ],
)
def test_bad_settings_are_refused(kwargs: dict[str, object], argument: str) -> None:
    with pytest.raises(ValueError, match=argument):
        LocalBackend(**kwargs)  # type: ignore[arg-type]


def test_config_object(tmp_path: Path) -> None:
    config = LocalConfig(project_id="fromconfig", state_dir=tmp_path, validate_responses=True)
    with LocalBackend(config=config) as backend:
        assert backend.project_id == "fromconfig"
        assert backend.state_dir == tmp_path


def test_start_and_stop_are_idempotent() -> None:
    backend = LocalBackend()
    backend.start()
    endpoint = backend.endpoint
    backend.start()
    assert backend.endpoint == endpoint and backend.running
    backend.stop()
    backend.stop()
    assert not backend.running
    with pytest.raises(httpx.ConnectError):
        httpx.get(f"{endpoint}/openapi.yaml")


@pytest.mark.slow
def _command_line(state_dir: Path, *options: str) -> tuple[subprocess.Popen[str], dict[str, str]]:
    """``python -m modelarts_hl.local`` started on ``state_dir``, and what it announced (label: value)."""
    process = subprocess.Popen(
        [sys.executable, "-m", "modelarts_hl.local", "--state-dir", str(state_dir), *options],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        cwd=ROOT,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    assert process.stdout is not None
    lines: list[str] = []
    while not lines or "session = " not in lines[-1]:
        line = process.stdout.readline()
        if not line:
            process.wait(HANG)
            raise AssertionError("the backend exited early: " + "".join(lines))
        lines.append(line)
    announced = dict(line.strip().split(": ", 1) for line in lines if ": " in line)
    announced["session"] = lines[-1].split(" = ", 1)[1].strip()
    return process, announced


def _stop(process: subprocess.Popen[str]) -> str:
    process.send_signal(signal.SIGTERM)
    assert process.wait(HANG) == 0
    assert process.stdout is not None
    return process.stdout.read()


def test_command_line_runs_until_sigterm(tmp_path: Path) -> None:
    process, announced = _command_line(tmp_path, "--token-ttl", "60")
    try:
        assert announced["session"].startswith("Session(access_key=")
        endpoint = announced["ModelArts + IAM endpoint"]
        assert httpx.get(f"{endpoint}/openapi.yaml", timeout=30).status_code == 200
        children = psutil.Process(process.pid).children(recursive=True)
        assert "stopping" in _stop(process)
        assert all(not child.is_running() or child.status() == "zombie" for child in children)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait(10)


def test_environment_points_session_at_the_backend(
    local_backend: LocalBackend, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from modelarts_hl.session import Session

    for name in list(os.environ):
        if name.startswith(("MODELARTS_", "HUAWEICLOUD_SDK_")):
            monkeypatch.delenv(name)
    monkeypatch.setenv("MODELARTS_CONFIG_FILE", str(tmp_path / "no-profile"))
    for auth in ("aksk", "password"):
        environment = local_backend.environment(auth)  # type: ignore[arg-type]
        assert environment["MODELARTS_ENDPOINT"] == local_backend.endpoint
        with monkeypatch.context() as patched:
            for name, value in environment.items():
                patched.setenv(name, value)
            with Session() as session:
                assert session.auth_mode == auth
                flavors: Any = session.call(list_training_job_flavors)
                assert flavors.flavors
                bucket = f"env-{uuid.uuid4().hex[:8]}"
                session.obs.create_bucket(bucket)  # OBS through the v4, path-style settings
                assert session.obs.bucket_exists(bucket)
    with pytest.raises(ValueError, match="auth"):
        local_backend.environment("token")  # type: ignore[arg-type]


def test_command_line_restarts_where_it_stopped(tmp_path: Path) -> None:
    """Stopped and started again, it answers at the same endpoints with the same keys, and the objects, jobs,
    models and services are still there (each run is a process of its own: nothing is kept in memory)."""
    process, first = _command_line(tmp_path)
    try:
        settings = eval(first["session"], {"Session": dict})  # the printed line, as a user pastes it
        with Session(**settings) as session:
            session.obs.create_bucket("restart-objects")
            session.obs.write_bytes("obs://restart-objects/model/weights.bin", b"\x00weights")
            job = session.call_raw(create_training_job, body=_job_body()).parsed
        _stop(process)
        process, second = _command_line(tmp_path)
        assert second == first
        with Session(**settings) as session:
            assert session.obs.read_bytes("obs://restart-objects/model/weights.bin") == b"\x00weights"
            shown: Any = session.call(show_training_job, training_job_id=job.metadata.id)
            assert shown.metadata.name == "kept-across-restarts"
        _stop(process)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait(10)


def _job_body() -> Any:
    from modelarts_client.models import CreateTrainingJobRequest

    return CreateTrainingJobRequest.from_dict(
        {"kind": "job", "metadata": {"name": "kept-across-restarts"}, "algorithm": {"command": "true"}}
    )
