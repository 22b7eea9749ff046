"""Session authentication, retries and secrecy over real HTTP against the local backend."""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from modelarts_client.api.training import (
    create_training_job,
    list_training_job_engines,
    list_training_job_flavors,
    show_training_job,
)
from modelarts_client.models import CreateTrainingJobRequest
from modelarts_hl._core.transport import RetryPolicy
from modelarts_hl.errors import AuthenticationError, NotFoundError, ServerError
from modelarts_hl.local import LocalBackend
from modelarts_hl.session import Session

from ..clock import ManualClock

FLAVORS = "listTrainingJobFlavors"
TOKENS = "createUserToken"


@pytest.fixture(scope="module")
def backend(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LocalBackend]:
    with LocalBackend(state_dir=tmp_path_factory.mktemp("state"), token_ttl=3600) as running:
        yield running


@pytest.fixture(autouse=True)
def fresh_counters(backend: LocalBackend) -> Iterator[None]:
    backend.faults.clear()
    backend.faults.reset_counts()
    yield
    backend.faults.clear()


def fast_retry() -> RetryPolicy:
    return RetryPolicy(max_retries=3, backoff_base=0.01, backoff_max=0.05)


def test_password_session_fetches_one_token_and_sends_it(backend: LocalBackend) -> None:
    session = backend.session(auth="password")
    for _ in range(3):
        assert session.call(list_training_job_flavors).total_count
    assert backend.faults.count(TOKENS) == 1
    assert backend.faults.count(FLAVORS) == 3


def test_two_threads_never_both_fetch_a_token(backend: LocalBackend) -> None:
    session = backend.session(auth="password")
    backend.faults.add(mode="delay", delay=0.3, operation_id=TOKENS)
    errors: list[BaseException] = []

    def work() -> None:
        try:
            session.call(list_training_job_flavors)
        except BaseException as error:  # pragma: no cover - reported below
            errors.append(error)

    threads = [threading.Thread(target=work) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert backend.faults.count(TOKENS) == 1
    assert backend.faults.count(FLAVORS) == 6


def test_token_is_renewed_before_it_expires(tmp_path: Path) -> None:
    clock = ManualClock()  # one clock for both sides: the token lives an hour of it
    with LocalBackend(state_dir=tmp_path, token_ttl=3600, clock=clock) as backend:
        session = backend.session(auth="password", clock=clock)
        session.call(list_training_job_flavors)
        clock.advance(minutes=54)
        session.call(list_training_job_flavors)
        assert backend.faults.count(TOKENS) == 1
        clock.advance(minutes=2)  # within the last 5 minutes: renewed early, never sent expired
        session.call(list_training_job_flavors)
        assert backend.faults.count(TOKENS) == 2
        clock.advance(hours=2)  # long expired: fetched anew before the call, not after a 401
        session.call(list_training_job_flavors)
        assert backend.faults.count(TOKENS) == 3
        assert backend.faults.count(FLAVORS) == 4


def test_a_401_renews_the_token_once(backend: LocalBackend) -> None:
    session = backend.session(auth="password")
    session.call(list_training_job_flavors)
    backend.faults.add(status=401, count=1, operation_id=FLAVORS)
    assert session.call(list_training_job_flavors).total_count
    assert backend.faults.count(TOKENS) == 2
    backend.faults.add(status=401, count=None, operation_id=FLAVORS)
    with pytest.raises(AuthenticationError) as caught:
        session.call(list_training_job_flavors)
    assert caught.value.status_code == 401


def test_project_id_comes_from_iam_when_not_given(backend: LocalBackend) -> None:
    session = backend.session(auth="password", project_id=None)
    assert session.project_id == backend.project_id
    assert session.call(list_training_job_flavors).total_count


def test_wrong_password_and_wrong_secret_are_authentication_errors(backend: LocalBackend) -> None:
    with pytest.raises(AuthenticationError) as by_password:
        backend.session(auth="password", password="wrong-password-value").call(list_training_job_flavors)
    with pytest.raises(AuthenticationError) as by_keys:
        backend.session(auth="aksk", secret_key="wrong-secret-value").call(list_training_job_flavors)
    for error in (by_password.value, by_keys.value):
        assert error.status_code == 401
        assert "wrong-password-value" not in repr(error) and "wrong-secret-value" not in str(error)


def test_aksk_signed_calls_and_typed_not_found(backend: LocalBackend) -> None:
    session = backend.session(auth="aksk")
    assert session.call(list_training_job_flavors).total_count
    with pytest.raises(NotFoundError) as caught:
        session.call(show_training_job, training_job_id="00000000-0000-0000-0000-000000000000")
    assert caught.value.status_code == 404 and caught.value.error_code


def test_retries_on_503_with_retry_after_then_succeeds(backend: LocalBackend) -> None:
    session = backend.session(retry=fast_retry())
    backend.faults.add(status=503, count=2, operation_id=FLAVORS, retry_after=0)
    assert session.call(list_training_job_flavors).total_count
    assert backend.faults.count(FLAVORS) == 3


def test_retry_budget_is_bounded(backend: LocalBackend) -> None:
    session = backend.session(retry=fast_retry())
    backend.faults.add(status=500, count=None, operation_id=FLAVORS)
    with pytest.raises(ServerError) as caught:
        session.call(list_training_job_flavors)
    assert caught.value.status_code == 500
    assert backend.faults.count(FLAVORS) == 4


def _job_body(session: Session) -> CreateTrainingJobRequest:
    engine = session.call(list_training_job_engines).items[0]
    return CreateTrainingJobRequest.from_dict(
        {
            "kind": "job",
            "metadata": {"name": "no-duplicates"},
            "algorithm": {
                "code_dir": "/bucket/code/",
                "boot_file": "/bucket/code/train.py",
                "engine": {"engine_name": engine.engine_name, "engine_version": engine.engine_version},
            },
            "spec": {"resource": {"flavor_id": "modelarts.local.cpu", "node_count": 1}},
        }
    )


def test_a_post_that_may_have_reached_the_server_is_not_retried(backend: LocalBackend) -> None:
    session = backend.session(retry=fast_retry())
    backend.faults.add(status=500, count=1, operation_id="createTrainingJob")
    with pytest.raises(ServerError):
        session.call(create_training_job, body=_job_body(session))
    assert backend.faults.count("createTrainingJob") == 1
    backend.faults.add(mode="drop", count=1, operation_id="createTrainingJob")
    with pytest.raises(Exception, match=r"(?i)connection|disconnect|protocol"):
        session.call(create_training_job, body=_job_body(session))
    assert backend.faults.count("createTrainingJob") == 2


def test_a_post_answered_503_is_not_repeated_by_the_transport(backend: LocalBackend) -> None:
    """A gateway may answer 503 after the service created the job: a low-level call does not send it again
    (the documented calls look for the job first, see tests/session/test_exactly_once.py)."""
    session = backend.session(retry=fast_retry())
    backend.faults.add(status=503, count=1, operation_id="createTrainingJob", retry_after=0)
    with pytest.raises(ServerError) as caught:
        session.call(create_training_job, body=_job_body(session))
    assert caught.value.may_have_acted
    assert backend.faults.count("createTrainingJob") == 1


def test_iam_token_requests_are_repeated_after_503(backend: LocalBackend) -> None:
    backend.faults.add(status=503, count=1, operation_id=TOKENS, retry_after=0)
    session = backend.session(auth="password", retry=fast_retry())
    assert session.call(list_training_job_flavors).total_count
    assert backend.faults.count(TOKENS) == 2


def test_obs_from_a_password_session_uses_temporary_credentials(
    backend: LocalBackend, tmp_path: Path
) -> None:
    session = backend.session(auth="password")
    source = tmp_path / "hello.txt"
    source.write_text("hello obs", encoding="utf-8")
    session.obs.create_bucket("session-auth-test")
    session.obs.upload_file(src_local_file=str(source), dst_obs_dir="obs://session-auth-test/dir/")
    target = tmp_path / "back"
    target.mkdir()
    session.obs.download_file(
        src_obs_file="obs://session-auth-test/dir/hello.txt", dst_local_dir=f"{target}/"
    )
    assert (target / "hello.txt").read_text(encoding="utf-8") == "hello obs"
    assert backend.faults.count("createTemporaryCredentials") == 1


def test_no_secret_in_debug_logs(backend: LocalBackend, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    for auth in ("password", "aksk"):
        session = backend.session(auth=auth)  # type: ignore[arg-type]
        session.call(list_training_job_flavors)
        text = repr(session) + str(session)
        assert backend.password not in text and backend.secret_key not in text
    logged = "\n".join(record.getMessage() for record in caplog.records)
    assert "GET" in logged or "POST" in logged, "requests are logged at DEBUG"
    for secret in (backend.password, backend.secret_key):
        assert secret not in logged
    assert "X-Subject-Token" not in logged or "****" in logged
