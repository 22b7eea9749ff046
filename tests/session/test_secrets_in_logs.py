"""No credential in any log record of any library that sees the client's traffic, however logging is set up.

The flows are real: IAM tokens, AK/SK signing, temporary OBS credentials and OBS transfers against the local
backend, with every logger of the process at DEBUG (the OBS SDK's own log switched on too). Every record any
logger makes is captured where it is made, so no handler, level or propagation setting can hide one.
"""

from __future__ import annotations

import json
import logging
import re
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx
import pytest
from obs.ilog import LogConf

from modelarts_client.api.training import list_training_job_flavors
from modelarts_hl._core.redaction import MASK, mask_record
from modelarts_hl.estimatorV2 import Estimator
from modelarts_hl.local import LocalBackend
from modelarts_hl.obs import client as obs_client
from modelarts_hl.session import Session

ROOT = Path(__file__).resolve().parents[2]
# A signature left readable: AK/SK and S3 ``Signature=<hex>``, OBS ``<access key>:<signature>``.
SHOWN_SIGNATURE = re.compile(
    r"Signature=(?!\*\*\*\*)[0-9a-fA-F]{16,}|\b(?:OBS|AWS) \w{8,}:(?!\*\*\*\*)\S{20,}"
)


@contextmanager
def every_record() -> Iterator[list[logging.LogRecord]]:
    """Every record made in the process, of every logger, each logger (and the root) at DEBUG meanwhile."""
    records: list[logging.LogRecord] = []
    made = logging.getLogRecordFactory()

    def capture(*args: Any, **kwargs: Any) -> logging.LogRecord:
        record = made(*args, **kwargs)
        records.append(record)
        return record

    loggers = [
        logging.getLogger(),
        *(logging.getLogger(name) for name in list(logging.root.manager.loggerDict)),
    ]
    levels = [(logger, logger.level, logger.disabled) for logger in loggers]
    for logger in loggers:
        logger.setLevel(logging.DEBUG)
        logger.disabled = False
    logging.setLogRecordFactory(capture)
    try:
        yield records
    finally:
        logging.setLogRecordFactory(made)
        for logger, level, disabled in levels:
            logger.setLevel(level)
            logger.disabled = disabled


def shown(record: logging.LogRecord) -> str:
    """What any handler could show of ``record``: its formatted message and exception, and its arguments."""
    return logging.Formatter("%(name)s %(message)s").format(record) + " " + repr(record.args)


@pytest.fixture(scope="module")
def backend(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LocalBackend]:
    with LocalBackend(state_dir=tmp_path_factory.mktemp("state")) as running:
        yield running


@pytest.fixture
def sdk_logging(monkeypatch: pytest.MonkeyPatch) -> None:
    """The OBS SDK logs through its own logger once a log configuration is given: give one to every client."""
    build = obs_client._build

    def build_logging(*args: Any) -> Any:
        client = build(*args)
        client.initLog(LogConf())
        return client

    monkeypatch.setattr(obs_client, "_build", build_logging)


def sent_authorizations(session: Session) -> list[str]:
    """The Authorization headers the session's ModelArts transport sends from now on."""
    sent: list[str] = []

    def keep(request: httpx.Request) -> None:
        if "Authorization" in request.headers:
            sent.append(request.headers["Authorization"])

    session.transport.httpx_client.event_hooks["request"].append(keep)
    return sent


def use(session: Session, folder: Path, bucket: str) -> None:
    """Calls of every kind: a GET, a POST search, a bucket, an upload, a listing and a download."""
    session.call(list_training_job_flavors)
    Estimator.get_job_list(session)
    session.obs.create_bucket(bucket)
    source = folder / "data.txt"
    source.write_text("some data", encoding="utf-8")
    session.obs.upload_file(str(source), f"obs://{bucket}/logs/")
    assert [item.key for item in session.obs.list_objects(f"obs://{bucket}/logs/")] == ["logs/data.txt"]
    session.obs.download_file(f"obs://{bucket}/logs/data.txt", f"{folder / 'back'}/")


@pytest.mark.usefixtures("sdk_logging")
@pytest.mark.parametrize("auth", ["password", "aksk"])
def test_no_credential_in_any_record_of_any_logger(backend: LocalBackend, tmp_path: Path, auth: str) -> None:
    with every_record() as records:
        session = backend.session(auth=auth)  # type: ignore[arg-type]
        signatures = sent_authorizations(session)
        use(session, tmp_path, f"logs-{auth}")
        session.close()
    secrets = [backend.password, backend.secret_key]
    if auth == "password":
        credentials = session._obs_credentials()
        secrets += [session._token.get(), credentials.secret_key, credentials.security_token or ""]
    else:
        secrets += [value.rpartition("Signature=")[2] for value in signatures]
        assert signatures and all("Signature=" in value for value in signatures)
    loggers = {record.name.partition(".")[0] for record in records}
    # The libraries did log the traffic, including the places that carry credentials.
    assert {"httpcore", "httpx", "modelarts_hl", "OBS_LOGGER"} <= loggers, loggers
    text = "\n".join(shown(record) for record in records)
    assert "receive_response_headers" in text
    if auth == "password":
        assert f"(b'x-subject-token', b'{MASK}')" in text
    for secret in secrets:
        assert secret and secret not in text
    assert not SHOWN_SIGNATURE.search(text), SHOWN_SIGNATURE.search(text)


def test_a_record_without_credentials_is_left_as_it_was() -> None:
    record = logging.LogRecord("httpx", logging.INFO, __file__, 1, "HTTP Request: %s %s", ("GET", "/x"), None)
    mask_record(record)
    assert (record.msg, record.args) == ("HTTP Request: %s %s", ("GET", "/x"))


def test_credentials_in_arguments_or_exceptions_are_masked() -> None:
    headers = [(b"content-type", b"application/json"), (b"x-subject-token", b"MIIsecret-token-value")]
    record = logging.LogRecord("httpcore.http11", logging.DEBUG, __file__, 1, "headers %s", (headers,), None)
    mask_record(record)
    assert (
        record.getMessage()
        == f"headers [(b'content-type', b'application/json'), (b'x-subject-token', b'{MASK}')]"
    )
    try:
        raise RuntimeError("X-Auth-Token: MIIsecret-token-value")
    except RuntimeError:
        failed = logging.LogRecord("urllib3", logging.ERROR, __file__, 1, "failed", (), sys.exc_info())
    mask_record(failed)
    assert "MIIsecret-token-value" not in logging.Formatter().format(failed)


def password_settings(backend: LocalBackend) -> dict[str, Any]:
    return {
        "username": backend.username,
        "password": backend.password,
        "account": backend.account,
        "project_id": backend.project_id,
        "region_name": backend.region_name,
        "iam_endpoint": backend.endpoint,
        "modelarts_endpoint": backend.endpoint,
        "obs_endpoint": backend.obs_endpoint,
        "obs_signature": "v4",
        "obs_path_style": True,
    }


@pytest.mark.parametrize(
    "config",
    [
        pytest.param("basicConfig", id="basicConfig(level=DEBUG) before the import"),
        pytest.param("handler", id="a root handler added after the import"),
        pytest.param("dictConfig", id="dictConfig after the import, httpcore with a handler of its own"),
    ],
)
def test_no_credential_in_the_log_whatever_the_configuration(backend: LocalBackend, config: str) -> None:
    probe = subprocess.run(
        [sys.executable, "-m", "tests.session.logging_probe", config, json.dumps(password_settings(backend))],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert probe.returncode == 0, probe.stderr[-3000:]
    log = probe.stderr
    assert "x-subject-token" in log.lower(), "httpcore logged the token response's headers"
    seen: dict[str, str] = json.loads(probe.stdout)
    for name, secret in [*seen.items(), ("password", backend.password)]:
        assert secret and secret not in log, name
