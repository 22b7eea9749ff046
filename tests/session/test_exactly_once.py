"""Creates happen exactly once although the answer is lost after the service acted.

The local backend carries each create out and then loses its answer (``after_handler=True``): a gateway's 503,
429 or 500, a dropped connection, or an answer later than the client waits. Jobs, models and services: the
documented call returns the resource the lost answer was about, and exactly one exists.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import pytest

from modelarts_hl import Timeouts
from modelarts_hl.config.model_config import ServiceConfig
from modelarts_hl.errors import ServerError
from modelarts_hl.estimatorV2 import Estimator
from modelarts_hl.local import LocalBackend
from modelarts_hl.model import Model, Predictor
from modelarts_hl.session import Session
from modelarts_hl.train_params import OutputData, TrainingFiles

from ..conftest import records_backend
from ..waiting import wait_for

JOB = {
    "training_files": TrainingFiles(code_dir="obs://bucket-a/code/", boot_file="train.py"),
    "outputs": [OutputData(obs_path="obs://bucket-a/out/", name="train_url")],
    "framework_type": "PyTorch",
    "framework_version": "PyTorch-1.8.0-python3.7",
    "train_instance_type": "modelarts.vm.cpu.8u",
    "train_instance_count": 1,
}
MODEL = {"model_version": "1.0.0", "source_location": "/bucket/model/", "model_type": "PyTorch"}
# How the answer to a create that was carried out gets lost.
LOST_ANSWERS = {
    "503": {"status": 503, "retry_after": 0},
    "429": {"status": 429, "retry_after": 0},
    "500": {"status": 500},
    "dropped": {"mode": "drop"},
    "late": {"mode": "delay", "delay": 2.0},
}
READ_TIMEOUT = 0.5


@pytest.fixture(scope="module")
def backend() -> Iterator[LocalBackend]:
    with records_backend() as running:
        yield running


@pytest.fixture
def session(backend: LocalBackend) -> Iterator[Session]:
    backend.faults.clear()
    backend.faults.reset_counts()
    # A short read timeout turns the late answer into a timeout after the request was sent.
    with backend.session(timeout=Timeouts(read=READ_TIMEOUT)) as opened:
        opened._sleep = lambda seconds: None
        yield opened
    backend.faults.clear()


def lose_the_answer(backend: LocalBackend, session: Session, operation_id: str, how: str) -> None:
    """The next create of ``operation_id`` is carried out and its answer lost as ``how`` says.

    The session's pause before it looks for the resource lasts until the backend has carried the create out:
    a client that timed out may look while a busy backend still works on it.
    """
    fault = backend.faults.add(count=1, operation_id=operation_id, after_handler=True, **LOST_ANSWERS[how])  # type: ignore[arg-type]
    session._sleep = lambda seconds: wait_for(lambda: fault.carried_out, f"{operation_id} carried out")


def unique(prefix: str) -> str:
    return f"{prefix}-{uuid.uuid4().hex[:6]}"


def jobs_named(session: Session, name: str) -> list[str]:
    jobs = Estimator.get_job_list(session, filters=[{"key": "name", "operator": "in", "value": [name]}])
    return [job["metadata"]["id"] for job in jobs["items"]]


def models_named(session: Session, name: str) -> list[str]:
    return [model["model_id"] for model in Model.get_model_list(session, model_name=name)["models"]]


def services_named(session: Session, name: str) -> list[str]:
    found = Predictor.get_service_list(session, service_name=name)["services"]
    return [service["service_id"] for service in found if service["service_name"] == name]


@pytest.mark.parametrize("how", list(LOST_ANSWERS))
@pytest.mark.parametrize("named", [True, False], ids=["given name", "default name"])
def test_a_job_whose_answer_was_lost_is_created_once(
    backend: LocalBackend, session: Session, how: str, named: bool
) -> None:
    lose_the_answer(backend, session, "createTrainingJob", how)
    name = unique("once") if named else None
    job = Estimator(session=session, **JOB).fit(job_name=name)
    assert jobs_named(session, job.job_name or "") == [job.job_id]
    assert backend.faults.count("createTrainingJob") == 1, "found, so not sent again"


@pytest.mark.parametrize("how", list(LOST_ANSWERS))
def test_a_model_whose_answer_was_lost_is_imported_once(
    backend: LocalBackend, session: Session, how: str
) -> None:
    lose_the_answer(backend, session, "createModel", how)
    name = unique("once")
    model = Model(session, model_name=name, **MODEL)
    assert models_named(session, name) == [model.model_id]
    assert backend.faults.count("createModel") == 1


@pytest.fixture(scope="module")
def model_id(backend: LocalBackend) -> str:
    with backend.session() as opened:
        return Model(opened, model_name=unique("served"), **MODEL).model_id


@pytest.mark.parametrize("how", list(LOST_ANSWERS))
@pytest.mark.parametrize("named", [True, False], ids=["given name", "default name"])
def test_a_service_whose_answer_was_lost_is_deployed_once(
    backend: LocalBackend, session: Session, model_id: str, how: str, named: bool
) -> None:
    lose_the_answer(backend, session, "createService", how)
    config = ServiceConfig(
        model_id=model_id, weight=100, specification="modelarts.vm.cpu.2u", instance_count=1
    )
    name = unique("once") if named else None
    predictor = Model(session, model_id=model_id).deploy_predictor(
        service_name=name, configs=[config], wait=False
    )
    shown = name or predictor.get_service_info()["service_name"]
    assert services_named(session, shown) == [predictor.service_id]
    assert backend.faults.count("createService") == 1


def test_a_create_the_service_did_not_carry_out_is_sent_again(
    backend: LocalBackend, session: Session
) -> None:
    """A 503 before the service acted: nothing is found, so the create is sent again, once."""
    backend.faults.add(status=503, count=1, operation_id="createModel", retry_after=0)
    name = unique("again")
    model = Model(session, model_name=name, **MODEL)
    assert models_named(session, name) == [model.model_id]
    assert backend.faults.count("createModel") == 2


def test_a_create_that_keeps_failing_raises_its_last_failure(backend: LocalBackend, session: Session) -> None:
    backend.faults.add(status=503, count=None, operation_id="createModel", retry_after=0)
    name = unique("never")
    with pytest.raises(ServerError) as caught:
        Model(session, model_name=name, **MODEL)
    assert caught.value.may_have_acted
    assert models_named(session, name) == []
    assert backend.faults.count("createModel") == 4, "the first attempt and the policy's three repeats"


def test_a_lookup_answered_503_is_repeated(backend: LocalBackend, session: Session) -> None:
    """The job search is a POST: after a 503 it is sent again, as a GET would be."""
    lose_the_answer(backend, session, "createTrainingJob", "503")
    backend.faults.add(status=503, count=1, operation_id="listTrainingJobs", retry_after=0)
    job = Estimator(session=session, **JOB).fit(job_name=unique("lookup"))
    assert jobs_named(session, job.job_name or "") == [job.job_id]
    assert backend.faults.count("createTrainingJob") == 1


def test_a_terminate_answered_503_is_sent_again(backend: LocalBackend, session: Session) -> None:
    """Terminating a job twice changes nothing: the action is repeated like a PUT."""
    job = Estimator(session=session, **JOB).fit(job_name=unique("stop"))
    backend.faults.add(status=503, count=1, operation_id="terminateTrainingJob", retry_after=0)
    assert job.control_job().status.phase in ("Terminating", "Terminated")
    assert backend.faults.count("terminateTrainingJob") == 2
