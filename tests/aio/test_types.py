"""``mypy --strict`` on user code sees what each documented call returns, on both APIs: the API's own
``TrainingJob``, ``Model``, ``Predictor`` and ``Transformer`` classes (an awaitable of them on the asyncio
API), typed results and lists, never ``Any`` or ``object``."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).parents[2]

ASYNC_USER_CODE = """
from collections.abc import AsyncIterator
from typing import Any, assert_type

from modelarts_client.models import (
    DeleteServiceResponse, JobResponse, ListModelsResponse, ListServicesResponse, ListTrainingJobsResponse,
    ModelDetail, ServiceDetail, UpdateServiceResponse,
)
from modelarts_hl._core.results import Result
from modelarts_hl.aio import AsyncSession, Estimator, Model, Predictor, TrainingJob, Transformer


async def use(session: AsyncSession, estimator: Estimator) -> None:
    job = await estimator.fit(wait=True, show_log=True)
    assert_type(job, TrainingJob)
    assert_type(await job.get_job_info(), Result[JobResponse])
    assert_type(await job.wait(), Result[JobResponse])
    assert_type(await Estimator.get_job_list(session), Result[ListTrainingJobsResponse])
    assert_type(Estimator.iter_jobs(session), AsyncIterator[Result[JobResponse]])
    model = await Model(session, model_name="m", model_version="1.0.0", source_location="/b/p/")
    assert_type(model, Model)
    assert_type(await model.get_model_info(), Result[ModelDetail])
    assert_type(await Model.get_model_list(session), Result[ListModelsResponse])
    assert_type(await Model.get_model_object_list(session), list[Model])
    predictor = await model.deploy_predictor(service_name="s", configs=[])
    assert_type(predictor, Predictor)
    assert_type(await model.deploy_transformer(service_name="b", configs=[]), Transformer)
    assert_type(await Predictor.get_service_list(session), Result[ListServicesResponse])
    assert_type(await Predictor.get_service_object_list(session), list[Predictor])
    assert_type(await predictor.get_service_info(), Result[ServiceDetail])
    assert_type(await predictor.update_service_config(status="stopped"), Result[UpdateServiceResponse])
    assert_type(await predictor.delete_service(), Result[DeleteServiceResponse])
    assert_type(await predictor.predict({"inputs": [[1, 2]]}), Any)  # the service's own JSON
"""

SYNC_USER_CODE = """
from collections.abc import Iterator
from typing import assert_type

from modelarts_client.models import JobResponse, ListTrainingJobsResponse, ServiceDetail
from modelarts_hl._core.results import Result
from modelarts_hl.estimatorV2 import Estimator, TrainingJob
from modelarts_hl.model import Model, Predictor, Transformer
from modelarts_hl.session import Session


def use(session: Session, estimator: Estimator) -> None:
    job = estimator.fit(wait=True)
    assert_type(job, TrainingJob)
    assert_type(job.get_job_info(), Result[JobResponse])
    assert_type(Estimator.get_job_list(session), Result[ListTrainingJobsResponse])
    assert_type(Estimator.iter_jobs(session), Iterator[Result[JobResponse]])
    model = Model(session, model_id="m")
    assert_type(Model.get_model_object_list(session), list[Model])
    predictor = model.deploy_predictor(service_name="s", configs=[])
    assert_type(predictor, Predictor)
    assert_type(model.deploy_transformer(service_name="b", configs=[]), Transformer)
    assert_type(Predictor.get_service_object_list(session), list[Predictor])
    assert_type(predictor.get_service_info(), Result[ServiceDetail])
"""

MISTAKES = """
from modelarts_hl.aio import AsyncSession, Estimator, Model


async def use(session: AsyncSession, estimator: Estimator) -> None:
    job = estimator.fit()
    job.job_id  # a coroutine, not yet a job
    model = Model(session, model_id="m")
    (await model.deploy_predictor(service_name="s")).no_such_method()
"""


def run_mypy(code: str, tmp_path: Path) -> tuple[int, str]:
    api = pytest.importorskip("mypy.api")
    user_code = tmp_path / "user_code.py"
    user_code.write_text(code)
    out, err, status = api.run(
        ["--strict", "--cache-dir", str(ROOT / ".mypy_cache"), "--config-file", "", str(user_code)]
    )
    return status, out + err


@pytest.mark.xdist_group("mypy")
@pytest.mark.parametrize("code", [ASYNC_USER_CODE, SYNC_USER_CODE], ids=["asyncio", "sync"])
def test_documented_calls_return_precise_types(code: str, tmp_path: Path) -> None:
    status, output = run_mypy(code, tmp_path)
    assert status == 0, output


@pytest.mark.xdist_group("mypy")
def test_misuse_is_caught_by_the_types(tmp_path: Path) -> None:
    status, output = run_mypy(MISTAKES, tmp_path)
    assert status == 1
    assert '"Coroutine[Any, Any, TrainingJob]" has no attribute "job_id"' in output
    assert '"Predictor" has no attribute "no_such_method"' in output
