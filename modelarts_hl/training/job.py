"""``TrainingJob``: one training job, and the operations on a job shared with ``Estimator(job_id=...)``."""

from __future__ import annotations

from modelarts_client.models import JobLogPreview, JobMetrics, JobResponse
from modelarts_hl._core.checks import check_flag
from modelarts_hl._core.polling import Backoff
from modelarts_hl._core.results import Result
from modelarts_hl.errors import InvalidArgumentError
from modelarts_hl.session import Session

from . import calls
from . import validation as check

__all__ = ["JobOperations", "TrainingJob"]


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
        return self.session.run(calls.show_job(self._require_job_id()))

    def update_job_configs(self, description: str) -> None:
        """Change the job's description (at most 256 characters)."""
        text = check.description("description", description)
        self.session.run(calls.update_description(self._require_job_id(), text))

    def delete_job(self) -> None:
        """Delete the job (a running job is stopped first)."""
        self.session.run(calls.delete_job(self._require_job_id()))

    def control_job(self) -> Result[JobResponse]:
        """Terminate the job (only jobs that are creating, pending or running can be terminated)."""
        return self.session.run(calls.terminate_job(self._require_job_id()))

    def get_job_log(self, task_id: str = calls.DEFAULT_TASK) -> Result[JobLogPreview]:
        """The log of one task (``worker-0``, ``worker-1``, ...): all of it, or its latest part if large."""
        return self.session.run(calls.job_log(self._require_job_id(), check.task_id(task_id)))

    def get_job_metrics(self, task_id: str = calls.DEFAULT_TASK) -> Result[JobMetrics]:
        """Runtime metrics of one task (cpuUsage, memUsage, ...; one average value per minute)."""
        return self.session.run(calls.job_metrics(self._require_job_id(), check.task_id(task_id)))

    def wait(
        self,
        show_log: bool = False,
        *,
        timeout: float | None = None,
        backoff: Backoff | None = None,
        task_id: str = calls.DEFAULT_TASK,
    ) -> Result[JobResponse]:
        """Wait until the job ends, printing its log with ``show_log``; returns the job's final details.

        A job that ends ``Failed`` or ``Abnormal`` raises :class:`~modelarts_hl.errors.JobFailedError`.
        """
        plan = calls.wait_for_job(
            self._require_job_id(),
            show_log=check_flag("show_log", show_log),
            timeout=timeout,
            backoff=backoff,
            task_id=check.task_id(task_id),
        )
        return self.session.run(plan)


class TrainingJob(JobOperations):
    """A training job created by :meth:`Estimator.fit` (or looked up by id): ``job_instance.job_id``."""

    def __init__(self, session: Session, job_id: str, job_name: str | None = None) -> None:
        self.session = check.check_session(session)
        self.job_id: str = check.job_id(job_id)
        self.job_name = job_name

    def __repr__(self) -> str:
        return f"TrainingJob(job_id={self.job_id!r}, job_name={self.job_name!r})"
