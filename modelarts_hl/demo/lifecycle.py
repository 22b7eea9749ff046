"""The whole ModelArts lifecycle in one run: data to OBS, training, a model, a real-time and a batch service.

Everything goes through the documented API (``Session``, ``session.obs``, ``Estimator``, ``Model``,
``Predictor``); only the session differs between the local backend and the cloud.
"""

from __future__ import annotations

import json
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO, TypeVar

import numpy as np

from .._core.checks import check_flag
from ..config.model_config import ServiceConfig, TransformerConfig
from ..estimatorV2 import Estimator
from ..model import Model
from ..session import Session
from ..train_params import InputData, OutputData, TrainingFiles
from . import dataset

PROJECT = Path(__file__).with_name("project")
MIN_ACCURACY = 0.85
T = TypeVar("T")


class DemoFailure(Exception):
    """A result of the run is wrong (not an API error: those keep their own types)."""


@dataclass(frozen=True)
class Settings:
    """What differs between the local backend and a real account."""

    bucket: str
    prefix: str = "modelarts-hl-demo"
    train_instance_type: str = "modelarts.local.cpu"
    framework_type: str = "PyTorch"
    framework_version: str | None = None
    specification: str = "modelarts.vm.cpu.2u"
    timeout: float = 600.0

    def obs(self, *parts: str) -> str:
        return "obs://" + "/".join([self.bucket, self.prefix, *parts]) + "/"


@dataclass
class Report:
    """Progress for a person: one line per step with its duration, indented details under it."""

    out: TextIO
    started: float = field(default_factory=time.monotonic)

    @contextmanager
    def step(self, title: str) -> Iterator[None]:
        print(f"==> {title}", file=self.out, flush=True)
        begin = time.monotonic()
        yield
        print(f"    done in {time.monotonic() - begin:.1f} s", file=self.out, flush=True)

    def detail(self, text: str) -> None:
        print(f"    {text}", file=self.out, flush=True)

    def total(self) -> float:
        return time.monotonic() - self.started


@dataclass
class Cleanup:
    """Deletes what the run created, newest first, even when a later step failed."""

    actions: list[tuple[str, Callable[[], object]]] = field(default_factory=list)

    def add(self, what: str, action: Callable[[], object]) -> None:
        self.actions.append((what, action))

    def run(self, report: Report) -> list[str]:
        failures = []
        for what, action in reversed(self.actions):
            try:
                action()
                report.detail(f"deleted {what}")
            except Exception as error:
                failures.append(f"{what}: {error}")
                report.detail(f"could not delete {what}: {error}")
        self.actions.clear()
        return failures


def run(session: Session, settings: Settings, report: Report, *, keep: bool = False) -> None:
    """Runs every step; raises on the first failure after cleaning up what was created (unless ``keep``)."""
    # Cleaning up deletes: only an explicit False may mean it ("no" must not be taken for a keep).
    keep = check_flag("keep", keep)
    cleanup = Cleanup()
    try:
        with tempfile.TemporaryDirectory(prefix="modelarts-hl-demo-") as work:
            _lifecycle(session, settings, report, cleanup, Path(work))
    finally:
        if not keep:
            with report.step("Cleaning up"):
                cleanup.run(report)


def _lifecycle(session: Session, settings: Settings, report: Report, cleanup: Cleanup, work: Path) -> None:
    train, held_out = dataset.make()

    with report.step(f"Uploading the training project and data to {settings.obs()}"):
        if not session.obs.bucket_exists(settings.bucket):
            session.obs.create_bucket(settings.bucket)
        data_dir = work / "data"
        data_dir.mkdir()
        dataset.write_training_csv(train, data_dir / "train.csv")
        batch_dir = work / "batch-input"
        batch_dir.mkdir()
        dataset.write_batch_csv(held_out, batch_dir / "held_out.csv")
        code = session.obs.upload_dir(src_local_dir=str(PROJECT), dst_obs_dir=settings.obs())
        data = session.obs.upload_dir(src_local_dir=str(data_dir), dst_obs_dir=settings.obs())
        session.obs.upload_dir(src_local_dir=str(batch_dir), dst_obs_dir=settings.obs())
        cleanup.add(settings.obs(), lambda: session.obs.delete_prefix(settings.obs(), confirm=True))
        report.detail(f"{code.files} code files, {data.files} data file ({len(train.labels)} rows)")

    with report.step("Training with Estimator.fit(wait=True, show_log=True)"):
        version = settings.framework_version or _framework_version(session, settings.framework_type)
        estimator = Estimator(
            session=session,
            training_files=TrainingFiles(code_dir=settings.obs("project"), boot_file="train.py"),
            outputs=[OutputData(obs_path=settings.obs("output"), name="train_url")],
            parameters=[{"name": "epochs", "value": 300}, {"name": "learning_rate", "value": "0.5"}],
            framework_type=settings.framework_type,
            framework_version=version,
            train_instance_type=settings.train_instance_type,
            train_instance_count=1,
            log_url=settings.obs("logs"),
            job_description="modelarts-hl demo: softmax regression on an iris-like data set",
        )
        job = estimator.fit(
            inputs=[InputData(obs_path=settings.obs("data"), name="data_url")],
            wait=True,
            show_log=True,
            job_name=f"demo-{int(time.time())}",
        )
        cleanup.add(f"training job {job.job_id}", job.delete_job)

    with report.step("Inspecting the job: list, details, metrics"):
        jobs = Estimator.get_job_list(session=session, limit=5, order="desc")
        info = job.get_job_info()
        metrics = job.get_job_metrics()
        report.detail(
            f"{jobs['count']} job(s) listed; this one is {info['status']['phase']} "
            f"after {info['status']['duration'] / 1000:.1f} s"
        )
        report.detail("metrics: " + ", ".join(m["metric"] for m in metrics["metrics"]))

    with report.step("Creating a Model from the job's output"):
        model = Model(
            session,
            model_name="demo-iris",
            model_version="1.0.0",
            source_location=settings.obs("output"),
            model_type="PyTorch",
            model_algorithm="predict_analysis",
            source_job_id=job.job_id,
        )
        cleanup.add(f"model {model.model_id}", model.delete_model)
        model_info = model.get_model_info()
        report.detail(f"model {model.model_id} is {model_info['model_status']}")

    with report.step("Deploying a real-time service with deploy_predictor"):
        predictor = model.deploy_predictor(
            service_name=f"demo-iris-{int(time.time())}",
            configs=[
                ServiceConfig(
                    model_id=model.model_id,
                    weight="100",
                    specification=settings.specification,
                    instance_count=1,
                )
            ],
        )
        cleanup.add(f"service {predictor.service_id}", predictor.delete_service)

    with report.step(f"Predicting the {len(held_out.labels)} held-out rows"):
        reply = predictor.predict(data={"data": {"req_data": held_out.records()}})
        predicted = np.array([item["predict_label"] for item in reply["data"]["resp_data"]])
        accuracy = float((predicted == held_out.labels).mean())
        report.detail(f"accuracy {accuracy:.3f} (needs >= {MIN_ACCURACY})")
        if accuracy < MIN_ACCURACY:
            raise DemoFailure(f"held-out accuracy {accuracy:.3f} is below {MIN_ACCURACY}")

    with report.step("Reading the service's monitor and update logs"):
        monitor = predictor.get_service_monitor()
        logs = predictor.get_service_logs()
        service = predictor.get_service_info()
        report.detail(f"{service['invocation_times']} invocation(s), {service['failed_times']} failed")
        for figures in monitor["monitors"]:
            report.detail(
                f"{figures['model_name']} {figures['model_version']}: "
                f"CPU {figures['cpu_core_usage']:.2f} of {figures['cpu_core_total']} cores, "
                f"memory {figures['cpu_memory_usage']} of {figures['cpu_memory_total']} MB"
            )
        report.detail(f"{len(logs['logs'])} update log entr{'y' if len(logs['logs']) == 1 else 'ies'}")

    with report.step("Scoring a CSV with a batch service (deploy_transformer)"):
        transformer = model.deploy_transformer(
            service_name=f"demo-iris-batch-{int(time.time())}",
            configs=[
                TransformerConfig(
                    model_id=model.model_id,
                    specification=settings.specification,
                    instance_count=1,
                    src_path=settings.obs("batch-input"),
                    dest_path=settings.obs("batch-output"),
                    req_uri="/",
                    mapping_type="csv",
                    mapping_rule=dataset.mapping_rule(),
                )
            ],
        )
        cleanup.add(f"batch service {transformer.service_id}", transformer.delete_service)
        batch_accuracy = _batch_accuracy(session, settings, held_out, work / "batch-output")
        report.detail(f"batch results agree with the labels for {batch_accuracy:.1%} of rows")
        if batch_accuracy < MIN_ACCURACY:
            raise DemoFailure(f"batch accuracy {batch_accuracy:.3f} is below {MIN_ACCURACY}")


def _framework_version(session: Session, framework_type: str) -> str:
    versions = [
        f["framework_version"]
        for f in Estimator.get_framework_list(session=session)
        if f["framework_type"] == framework_type
    ]
    if not versions:
        raise DemoFailure(f"no {framework_type} engine in this region's engine list")
    return str(versions[0])


def _batch_accuracy(session: Session, settings: Settings, held_out: dataset.Split, local: Path) -> float:
    local.mkdir(parents=True, exist_ok=True)
    session.obs.download_dir(src_obs_dir=settings.obs("batch-output"), dst_local_dir=f"{local}/")
    results = sorted((local / "batch-output").rglob("*_result.txt"))
    if not results:
        raise DemoFailure("the batch service wrote no result files")
    labels: list[int] = []
    for path in results:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                labels.extend(_labels(json.loads(line)))
    if len(labels) != len(held_out.labels):
        raise DemoFailure(f"the batch service answered {len(labels)} of {len(held_out.labels)} rows")
    return float((np.array(labels) == held_out.labels).mean())


def _labels(reply: Any) -> list[int]:
    return [int(item["predict_label"]) for item in reply["data"]["resp_data"]]
