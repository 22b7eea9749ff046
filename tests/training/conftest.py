"""Local backends for the training tests: one running real jobs, one whose jobs never leave ``Creating``."""

from __future__ import annotations

import logging
import textwrap
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Protocol

import pytest

from modelarts_hl._core.polling import Backoff
from modelarts_hl.local import LocalBackend
from modelarts_hl.local.runtime import BackendContext, NullTrainingRuntime
from modelarts_hl.local.runtime.training import LocalTrainingRuntime
from modelarts_hl.session import Session
from modelarts_hl.training import TrainingJob

from ..waiting import wait_for

# Polls fast enough that tests of a few-second job do not wait for the next poll.
FAST = Backoff(initial=0.1, factor=1.5, maximum=0.5)


def _fast_runtime(context: BackendContext) -> LocalTrainingRuntime:
    return LocalTrainingRuntime(context, sample_interval=0.2)


@pytest.fixture(scope="session")
def training_backend() -> Iterator[LocalBackend]:
    """A backend whose training jobs run as processes of this machine."""
    logging.getLogger("werkzeug").setLevel(logging.ERROR)
    with LocalBackend(training_runtime=_fast_runtime, validate_responses=True) as backend:
        yield backend


@pytest.fixture(scope="session")
def records_backend() -> Iterator[LocalBackend]:
    """A backend that only keeps job records (jobs stay ``Creating``): listing and CRUD without processes."""
    with LocalBackend(training_runtime=NullTrainingRuntime, validate_responses=True) as backend:
        yield backend


@pytest.fixture
def session(training_backend: LocalBackend) -> Iterator[Session]:
    with training_backend.session() as client:
        yield client


@pytest.fixture
def records_session(records_backend: LocalBackend) -> Iterator[Session]:
    with records_backend.session() as client:
        yield client


@pytest.fixture
def bucket(session: Session) -> str:
    name = f"train-{uuid.uuid4().hex[:12]}"
    session.obs.create_bucket(name)
    return name


class CodeUploader(Protocol):
    def __call__(self, files: dict[str, str], name: str = "code") -> str: ...


@pytest.fixture
def upload_code(session: Session, bucket: str, tmp_path: Path) -> CodeUploader:
    """Uploads ``{relative path: source}`` as a code directory; returns its ``obs://bucket/<dir>/`` path."""

    def upload(files: dict[str, str], name: str = "code") -> str:
        root = tmp_path / name
        for relative, source in files.items():
            path = root / relative
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(textwrap.dedent(source), encoding="utf-8")
        session.obs.upload_dir(str(root), f"obs://{bucket}/")
        return f"obs://{bucket}/{name}/"

    return upload


def wait_for_log(job: TrainingJob, text: str, task_id: str = "worker-0") -> str:
    """The task's log once ``text`` appears in it."""

    def content() -> str:
        log: str = job.get_job_log(task_id=task_id)["content"]
        return log if text in log else ""

    return wait_for(content, f"{text!r} in the log of {task_id}", interval=0.1)
