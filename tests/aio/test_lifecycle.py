"""The whole lifecycle through the asyncio API against a local backend that really trains and serves:
training with wait/show_log, job details, lists, a LOCAL_SOURCE model, a real-time service (predictions,
update, monitor, logs), a batch service, deletion.
"""

from __future__ import annotations

import asyncio
import json
import logging
import textwrap
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from modelarts_hl._core.polling import Backoff
from modelarts_hl.aio import (
    Estimator,
    InputData,
    Model,
    OutputData,
    Predictor,
    ServiceConfig,
    TrainingFiles,
    Transformer,
    TransformerConfig,
)
from modelarts_hl.local import LocalBackend
from modelarts_hl.local.runtime import BackendContext
from modelarts_hl.local.runtime.training import LocalTrainingRuntime

from ..inference.packages import expected, linear_package
from .conftest import async_session

pytestmark = pytest.mark.anyio

FAST = Backoff(initial=0.1, factor=1.5, maximum=0.5)
TRAIN = """
import argparse, os
parser = argparse.ArgumentParser()
parser.add_argument("--data_url")
parser.add_argument("--train_url")
parser.add_argument("--epochs", type=int, default=2)
args, _ = parser.parse_known_args()
for epoch in range(args.epochs):
    print(f"epoch {epoch}", flush=True)
os.makedirs(args.train_url, exist_ok=True)
with open(os.path.join(args.train_url, "done.txt"), "w") as handle:
    handle.write(open(os.path.join(args.data_url, "numbers.txt")).read())
print("training done", flush=True)
"""


def _fast_runtime(context: BackendContext) -> LocalTrainingRuntime:
    return LocalTrainingRuntime(context, sample_interval=0.2)


@pytest.fixture(scope="module")
def backend() -> Iterator[LocalBackend]:
    logging.getLogger("werkzeug").setLevel(logging.ERROR)
    with LocalBackend(training_runtime=_fast_runtime, validate_responses=True) as running:
        yield running


async def test_training_through_the_asyncio_api(
    backend: LocalBackend, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bucket = f"aio-{uuid.uuid4().hex[:10]}"
    code = tmp_path / "code"
    code.mkdir()
    (code / "train.py").write_text(textwrap.dedent(TRAIN))
    data = tmp_path / "data"
    data.mkdir()
    (data / "numbers.txt").write_text("1 2 3\n")
    async with async_session(backend) as session:
        await session.obs.create_bucket(bucket)
        await asyncio.gather(
            session.obs.upload_dir(str(code), f"obs://{bucket}/"),
            session.obs.upload_dir(str(data), f"obs://{bucket}/"),
        )
        estimator = Estimator(
            session=session,
            training_files=TrainingFiles(code_dir=f"obs://{bucket}/code/", boot_file="train.py"),
            outputs=[OutputData(obs_path=f"obs://{bucket}/output/", name="train_url")],
            parameters=[{"name": "epochs", "value": 3}],
            framework_type="PyTorch",
            framework_version="PyTorch-1.8.0-python3.7",
            train_instance_type="modelarts.local.cpu",
            train_instance_count=1,
        )
        name = f"aio-{uuid.uuid4().hex[:6]}"
        job = await estimator.fit(
            inputs=[InputData(obs_path=f"obs://{bucket}/data/", name="data_url")],
            wait=True,
            show_log=True,
            job_name=name,
            backoff=FAST,
        )
        printed = capsys.readouterr().out.splitlines()
        assert [line for line in printed if line.startswith("epoch ")] == ["epoch 0", "epoch 1", "epoch 2"]
        assert printed.count("training done") == 1
        assert estimator.job_id == job.job_id and job.job_name == name
        info, log, metrics = await asyncio.gather(
            job.get_job_info(), job.get_job_log(), job.get_job_metrics()
        )
        assert info["status"]["phase"] == "Completed"
        assert "training done" in log["content"]
        assert metrics.model is not None
        assert await session.obs.read_bytes(f"obs://{bucket}/output/done.txt") == b"1 2 3\n"
        listed = await Estimator.get_job_list(session, filters=[{"key": "name", "value": [name]}])
        assert [item["metadata"]["id"] for item in listed["items"]] == [job.job_id]
        found = [found.metadata.id async for found in Estimator.iter_jobs(session, page_size=1)]
        assert job.job_id in found and len(found) == len(set(found))
        await job.update_job_configs("asyncio")
        assert (await job.get_job_info())["metadata"]["description"] == "asyncio"
        await job.delete_job()


async def test_models_and_services_through_the_asyncio_api(backend: LocalBackend, tmp_path: Path) -> None:
    package = linear_package(tmp_path / "linear")
    async with async_session(backend) as session:
        model = await Model(
            session,
            model_name="aio-linear",
            model_version="1.0.0",
            source_location_type="LOCAL_SOURCE",
            source_location=str(package),
            model_type="PyTorch",
        )
        assert (await model.get_model_info()).model_status == "published"
        [same] = await Model.get_model_object_list(session, model_name="aio-linear")
        assert isinstance(same, Model) and same.model_id == model.model_id
        config = ServiceConfig(
            model_id=model.model_id, weight=100, specification="modelarts.vm.cpu.2u", instance_count=1
        )
        predictor = await model.deploy_predictor(service_name="aio-linear-svc", configs=[config])
        assert isinstance(predictor, Predictor)
        rows = [[1.0, 2.0, float(n)] for n in range(20)]
        replies = await asyncio.gather(*(predictor.predict(data={"inputs": [row]}) for row in rows))
        wanted = [pytest.approx(expected(row)) for row in rows]
        assert [reply["predictions"][0] for reply in replies] == wanted
        numbers = tmp_path / "row.txt"
        numbers.write_text("4 5 6\n")
        reply = await predictor.predict(data=str(numbers), data_type="files")
        assert reply["predictions"] == [pytest.approx(expected([4, 5, 6]))]
        request = tmp_path / "request.json"
        request.write_text(json.dumps({"inputs": [[0, 0, 1]]}))
        reply = await predictor.predict(data=str(request))
        assert reply["predictions"] == [pytest.approx(expected([0, 0, 1]))]
        await predictor.update_service_config(description="served from asyncio")
        info = await predictor.get_service_info()
        assert info.description == "served from asyncio" and info.status == "running"
        monitor, logs = await predictor.get_service_monitor(), await predictor.get_service_logs()
        assert monitor.model is not None and logs.model is not None
        listed = await Predictor.get_service_object_list(
            session, is_show=False, service_name="aio-linear-svc"
        )
        assert [service.service_id for service in listed] == [predictor.service_id]
        await predictor.delete_service()

        bucket = f"aio-batch-{uuid.uuid4().hex[:8]}"
        await session.obs.create_bucket(bucket)
        await session.obs.write_bytes(f"obs://{bucket}/in/one.txt", b"1 2 3")
        batch = TransformerConfig(
            model_id=model.model_id,
            specification="modelarts.vm.cpu.2u",
            instance_count=1,
            src_path=f"/{bucket}/in/",
            dest_path=f"/{bucket}/out/",
            req_uri="/",
            mapping_type="file",
        )
        transformer = await model.deploy_transformer(service_name="aio-batch", configs=[batch])
        assert isinstance(transformer, Transformer)
        assert (await transformer.get_service_info()).status == "finished"
        assert any(
            item.key.startswith("out/") for item in await session.obs.list_objects(f"obs://{bucket}/out/")
        )
        await transformer.delete_service()
        await model.delete_model()
