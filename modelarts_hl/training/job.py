"""``TrainingJob``: one training job, and the operations on a job shared with ``Estimator(job_id=...)``."""

from __future__ import annotations

import logging

from modelarts_client.api.training import (
    delete_training_job,
    show_training_job,
    show_training_job_log,
    show_training_job_metrics,
    terminate_training_job,
    update_training_job,
)
from modelarts_client.models import (
    JobActionRequest,
    JobActionRequestActionType,
    JobLogPreview,
    JobMetrics,
    JobResponse,
    UpdateTrainingJobRequest,
)
from modelarts_client.types import Unset
from modelarts_hl._core.checks import check_flag
from modelarts_hl._core.polling import Backoff, wait_until
from modelarts_hl._core.results import Result
from modelarts_hl._core.transport import expect
from modelarts_hl.errors import APIError, InvalidArgumentError, JobFailedError
from modelarts_hl.session import Session

from . import validation as check
from .logs import LogPrinter, Preview

__all__ = [
    "FAILED_PHASES",
    "TERMINAL_PHASES",
    "JobOperations",
    "TrainingJob",
    "delete_job",
    "job_phase",
    "show_job",
    "terminate_job",
]

log = logging.getLogger("modelarts_hl.training")

TERMINAL_PHASES = frozenset({"Completed", "Failed", "Terminated", "Abnormal"})
FAILED_PHASES = frozenset({"Failed", "Abnormal"})
DEFAULT_TASK = "worker-0"


def show_job(session: Session, job_id: str) -> Result[JobResponse]:
    return Result(
        expect(session.call(show_training_job, training_job_id=job_id), JobResponse, "showTrainingJob")
    )


def delete_job(session: Session, job_id: str) -> None:
    session.call(delete_training_job, training_job_id=job_id)


def terminate_job(session: Session, job_id: str) -> Result[JobResponse]:
    body = JobActionRequest(action_type=JobActionRequestActionType.TERMINATE)
    return Result(
        expect(
            session.call(terminate_training_job, training_job_id=job_id, body=body),
            JobResponse,
            "terminateTrainingJob",
        )
    )


def job_log(session: Session, job_id: str, task_id: str) -> Result[JobLogPreview]:
    preview = session.call(show_training_job_log, training_job_id=job_id, task_id=task_id)
    return Result(expect(preview, JobLogPreview, "showTrainingJobLog"))


def job_phase(job: Result[JobResponse]) -> str | None:
    status = job.model.status
    if isinstance(status, Unset) or isinstance(status.phase, Unset):
        return None
    return status.phase


def _preview(session: Session, job_id: str, task_id: str) -> Preview:
    model = job_log(session, job_id, task_id).model
    return (
        model.content if isinstance(model.content, str) else "",
        model.current_size if isinstance(model.current_size, int) else None,
        model.full_size if isinstance(model.full_size, int) else None,
    )


def wait_for_job(
    session: Session,
    job_id: str,
    *,
    show_log: bool,
    timeout: float | None,
    backoff: Backoff | None,
    task_id: str = DEFAULT_TASK,
) -> Result[JobResponse]:
    """Poll until the job reaches a terminal phase; print its log on the way with ``show_log``.

    A job that ends ``Failed`` or ``Abnormal`` raises :class:`JobFailedError`; ``Terminated`` (someone
    stopped it) and ``Completed`` return the job.
    """
    printer = LogPrinter(lambda: _preview(session, job_id, task_id)) if show_log else None
    final = wait_until(
        lambda: show_job(session, job_id),
        lambda job: job_phase(job) in TERMINAL_PHASES,
        what=f"training job {job_id}",
        timeout=timeout,
        backoff=backoff,
        on_update=None if printer is None else lambda _job: printer.poll(),
    )
    if printer is not None:
        printer.poll(final=True)
    phase = job_phase(final)
    if phase in FAILED_PHASES:
        raise _failure(session, final)
    if phase == "Terminated":
        log.warning("training job %s was terminated before it finished", job_id)
    return final


def _failure(session: Session, job: Result[JobResponse]) -> JobFailedError:
    model = job.model
    status = model.status
    exit_codes: dict[str, int | None] = {}
    messages: dict[str, str] = {}
    secondary = None
    if not isinstance(status, Unset):
        secondary = status.secondary_phase if isinstance(status.secondary_phase, str) else None
        for task in status.task_statuses if isinstance(status.task_statuses, list) else []:
            if isinstance(task.task, str):
                exit_codes[task.task] = task.exit_code if isinstance(task.exit_code, int) else None
                if isinstance(task.message, str) and task.message:
                    messages[task.task] = task.message
    failing = next((task for task, code in exit_codes.items() if code), None) or DEFAULT_TASK
    job_id = model.metadata.id if isinstance(model.metadata.id, str) else ""
    try:
        tail = _preview(session, job_id, failing)[0]
    except APIError as error:
        log.debug("no log of %s for the failure report: %s", failing, error)
        tail = ""
    return JobFailedError(
        job_id=job_id,
        job_name=model.metadata.name,
        phase=job_phase(job) or "",
        secondary_phase=secondary,
        exit_codes=exit_codes,
        messages=messages,
        log_task=failing,
        log_tail=tail,
    )


class JobOperations:
    """The documented operations on one job (``get_job_info``, ``get_job_log``, ...)."""

    session: Session
    job_id: str | None

    def _require_job_id(self) -> str:
        if self.job_id is None:
            raise InvalidArgumentError(
                "job_id", "a job: create the Estimator with job_id=... or call fit() first", got=None
            )
        return self.job_id

    def get_job_info(self) -> Result[JobResponse]:
        """The job's details (``info.status.phase`` or ``info["status"]["phase"]``)."""
        return show_job(self.session, self._require_job_id())

    def update_job_configs(self, description: str) -> None:
        """Change the job's description (at most 256 characters)."""
        body = UpdateTrainingJobRequest(description=check.description("description", description))
        self.session.call(update_training_job, training_job_id=self._require_job_id(), body=body)

    def delete_job(self) -> None:
        """Delete the job (a running job is stopped first)."""
        delete_job(self.session, self._require_job_id())

    def control_job(self) -> Result[JobResponse]:
        """Terminate the job (only jobs that are creating, pending or running can be terminated)."""
        return terminate_job(self.session, self._require_job_id())

    def get_job_log(self, task_id: str = DEFAULT_TASK) -> Result[JobLogPreview]:
        """The log of one task (``worker-0``, ``worker-1``, ...): all of it, or its latest part if large."""
        return job_log(self.session, self._require_job_id(), check.task_id(task_id))

    def get_job_metrics(self, task_id: str = DEFAULT_TASK) -> Result[JobMetrics]:
        """Runtime metrics of one task (cpuUsage, memUsage, ...; one average value per minute)."""
        metrics = self.session.call(
            show_training_job_metrics, training_job_id=self._require_job_id(), task_id=check.task_id(task_id)
        )
        return Result(expect(metrics, JobMetrics, "showTrainingJobMetrics"))

    def wait(
        self,
        show_log: bool = False,
        *,
        timeout: float | None = None,
        backoff: Backoff | None = None,
        task_id: str = DEFAULT_TASK,
    ) -> Result[JobResponse]:
        """Wait until the job ends; see :func:`wait_for_job`. Returns the job's final details."""
        return wait_for_job(
            self.session,
            self._require_job_id(),
            show_log=check_flag("show_log", show_log),
            timeout=timeout,
            backoff=backoff,
            task_id=check.task_id(task_id),
        )


class TrainingJob(JobOperations):
    """A training job created by :meth:`Estimator.fit` (or looked up by id): ``job_instance.job_id``."""

    def __init__(self, session: Session, job_id: str, job_name: str | None = None) -> None:
        self.session = check.check_session(session)
        self.job_id: str = check.job_id(job_id)
        self.job_name = job_name

    def __repr__(self) -> str:
        return f"TrainingJob(job_id={self.job_id!r}, job_name={self.job_name!r})"
