"""The documented training methods as planners (:mod:`modelarts_hl._core.documented`): each has the method's
signature and docstring, checks the arguments and returns the plan it runs. :mod:`.operations` makes the
methods of ``Estimator`` and ``TrainingJob`` (synchronous, and ``modelarts_hl.aio``'s) from them, on these
bases.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from modelarts_hl._core.calls import Plan
from modelarts_hl._core.checks import check_flag
from modelarts_hl._core.pages import Listing, Page
from modelarts_hl._core.polling import Backoff
from modelarts_hl._core.results import Result
from modelarts_hl.errors import InvalidArgumentError

from . import calls
from . import validation as check
from .config import FitConfig, JobConfig
from .framework import Framework
from .mapping import create_request, search_request
from .params import InputData, OutputData, TrainingFiles

if TYPE_CHECKING:
    from modelarts_client.models import (
        FlavorResponse,
        JobLogPreview,
        JobMetrics,
        JobResponse,
        ListTrainingJobsResponse,
    )

__all__ = [
    "EstimatorBase",
    "JobBase",
    "control_job",
    "control_job_by_id",
    "delete_job",
    "delete_job_by_id",
    "fit",
    "get_framework_list",
    "get_job_info",
    "get_job_list",
    "get_job_log",
    "get_job_metrics",
    "get_train_instance_types",
    "iter_jobs",
    "update_job_configs",
    "wait",
]


SessionT = TypeVar("SessionT")
JobT = TypeVar("JobT")


class JobBase(Generic[SessionT]):
    """One job, by its id; ``session`` is a ``Session`` or an ``AsyncSession``."""

    session: SessionT
    job_id: str | None

    def _require_job_id(self) -> str:
        if self.job_id is None:
            raise InvalidArgumentError(
                "job_id", "a job: create the Estimator with job_id=... or call fit() first", got=None
            )
        return self.job_id


class EstimatorBase(JobBase[SessionT], Generic[SessionT, JobT]):
    """Describes training jobs to create with :meth:`fit`, or (with ``job_id``) one existing job.

    A job runs either a preset engine (``framework_type`` + ``framework_version``, with ``training_files``)
    or a custom image (``user_image_url`` + ``user_command``, ``training_files`` optional). Beyond the
    documented arguments, ``auto_stop`` (keyword only) stops each job after that many hours of running.
    """

    # The job class that fit() returns, and the check of the session argument (each API its own).
    _job_class: Callable[[SessionT, str, str | None], JobT]
    _check_session: Callable[[object], SessionT]

    def __init__(
        self,
        session: SessionT,
        training_files: TrainingFiles | None = None,
        outputs: list[OutputData] | None = None,
        parameters: list[dict[str, str | int]] | None = None,
        train_instance_type: str | None = None,
        train_instance_count: int | None = None,
        framework_type: str | None = None,
        framework_version: str | None = None,
        user_image_url: str | None = None,
        user_command: str | None = None,
        log_url: str | None = None,
        job_description: str | None = None,
        volumes: list[dict[str, Any]] | None = None,
        env_variables: dict[str, str] | None = None,
        pool_id: str | None = None,
        job_id: str | None = None,
        *,
        auto_stop: int | None = None,
    ) -> None:
        self.session = type(self)._check_session(session)
        self.job_id = None if job_id is None else check.job_id(job_id)
        self.job_name: str | None = None
        settings = {
            "training_files": training_files,
            "outputs": outputs,
            "parameters": parameters,
            "train_instance_type": train_instance_type,
            "train_instance_count": train_instance_count,
            "framework_type": framework_type,
            "framework_version": framework_version,
            "user_image_url": user_image_url,
            "user_command": user_command,
            "log_url": log_url,
            "job_description": job_description,
            "volumes": volumes,
            "env_variables": env_variables,
            "pool_id": pool_id,
            "auto_stop": auto_stop,
        }
        self._config: JobConfig | None = None
        if job_id is None or any(value is not None for value in settings.values()):
            # Estimator(session, job_id=...) only manages that job; anything else must describe a job fully.
            self._config = JobConfig.build(**settings)

    def __repr__(self) -> str:
        name = type(self).__name__
        if self._config is None:
            return f"{name}(job_id={self.job_id!r})"
        engine = (
            f"framework={self._config.framework_type}/{self._config.framework_version}"
            if self._config.framework_type
            else f"user_image_url={self._config.user_image_url!r}"
        )
        return (
            f"{name}({engine}, train_instance_type={self._config.train_instance_type!r}, "
            f"train_instance_count={self._config.train_instance_count}, job_id={self.job_id!r})"
        )

    def _created(self, job_id: str) -> None:
        # Known as soon as the job exists, so that a wait that fails still leaves it reachable.
        self.job_id = job_id


# -- one job ------------------------------------------------------------------------------------------------


def get_job_info(job: JobBase[Any]) -> Plan[Result[JobResponse]]:
    """The job's details (``info.status.phase`` or ``info["status"]["phase"]``)."""
    return calls.show_job(job._require_job_id())


def update_job_configs(job: JobBase[Any], description: str) -> Plan[None]:
    """Change the job's description (at most 256 characters)."""
    text = check.description("description", description)
    return calls.update_description(job._require_job_id(), text)


def delete_job(job: JobBase[Any]) -> Plan[None]:
    """Delete the job (a running job is stopped first)."""
    return calls.delete_job(job._require_job_id())


def control_job(job: JobBase[Any]) -> Plan[Result[JobResponse]]:
    """Terminate the job (only jobs that are creating, pending or running can be terminated)."""
    return calls.terminate_job(job._require_job_id())


def get_job_log(job: JobBase[Any], task_id: str = calls.DEFAULT_TASK) -> Plan[Result[JobLogPreview]]:
    """The log of one task (``worker-0``, ``worker-1``, ...): all of it, or its latest part if large."""
    return calls.job_log(job._require_job_id(), check.task_id(task_id))


def get_job_metrics(job: JobBase[Any], task_id: str = calls.DEFAULT_TASK) -> Plan[Result[JobMetrics]]:
    """Runtime metrics of one task (cpuUsage, memUsage, ...; one average value per minute)."""
    return calls.job_metrics(job._require_job_id(), check.task_id(task_id))


def wait(
    job: JobBase[Any],
    show_log: bool = False,
    *,
    timeout: float | None = None,
    backoff: Backoff | None = None,
    task_id: str = calls.DEFAULT_TASK,
) -> Plan[Result[JobResponse]]:
    """Wait until the job ends, printing its log with ``show_log``; returns the job's final details.

    A job that ends ``Failed`` or ``Abnormal`` raises :class:`~modelarts_hl.errors.JobFailedError`.
    """
    return calls.wait_for_job(
        job._require_job_id(),
        show_log=check_flag("show_log", show_log),
        timeout=timeout,
        backoff=backoff,
        task_id=check.task_id(task_id),
    )


# -- creating a job -----------------------------------------------------------------------------------------


def fit(
    estimator: EstimatorBase[Any, JobT],
    inputs: list[InputData] | None = None,
    wait: bool = False,
    job_name: str | None = None,
    show_log: bool = False,
    dataset_id: str | None = None,
    dataset_version_id: str | None = None,
    *,
    timeout: float | None = None,
    backoff: Backoff | None = None,
) -> Plan[JobT]:
    """Create a training job; with ``wait`` return once it has ended, printing its log with ``show_log``.

    ``inputs`` (OBS data) and ``dataset_id`` + ``dataset_version_id`` exclude each other. Without
    ``job_name`` a unique name ``<boot file>-<UTC time>-<random>`` is used. ``timeout`` (seconds) and
    ``backoff`` bound the waiting; a job that fails raises :class:`~modelarts_hl.training.JobFailedError`.
    Returns the job (a ``TrainingJob``).
    """
    config = estimator._config
    if config is None:
        raise InvalidArgumentError(
            "train_instance_type",
            "an Estimator describing a job (this one only manages job_id)",
            got=None,
        )
    wait, show_log = check_flag("wait", wait), check_flag("show_log", show_log)
    described = FitConfig.build(
        config,
        inputs=inputs,
        job_name=job_name,
        dataset_id=dataset_id,
        dataset_version_id=dataset_version_id,
    )
    plan = calls.fit(
        create_request(config, described),
        wait=wait,
        show_log=show_log,
        timeout=timeout,
        backoff=backoff,
        on_created=estimator._created,
    )
    estimator.job_name = described.job_name
    return _job(estimator, plan, described.job_name)


def _job(estimator: EstimatorBase[Any, JobT], plan: Plan[str], job_name: str) -> Plan[JobT]:
    job_id = yield from plan
    return estimator._job_class(estimator.session, job_id, job_name)


# -- jobs of the project ------------------------------------------------------------------------------------


def get_job_list(
    session: Any,
    offset: int | None = None,
    limit: int | None = None,
    sort_by: str | None = None,
    order: str | None = None,
    group_by: str | None = None,
    filters: list[dict[str, Any]] | None = None,
) -> Plan[Result[ListTrainingJobsResponse]]:
    """One page of the project's training jobs: ``total``, ``count``, ``job_list["items"]``...

    (``job_list.items`` is the mapping method of the result; read the jobs as a key or from ``.model``.)
    """
    body = search_request(
        offset=None if offset is None else check.offset(offset),
        limit=None if limit is None else check.limit(limit),
        sort_by=check.optional_text("sort_by", sort_by),
        order=None if order is None else check.order(order),
        group_by=check.optional_text("group_by", group_by),
        filters=check.filters(filters),
    )
    return calls.search_jobs(body)


def iter_jobs(
    session: Any,
    filters: list[dict[str, Any]] | None = None,
    sort_by: str | None = None,
    order: str | None = None,
    page_size: int = check.MAX_LIMIT,
) -> Listing[Result[JobResponse]]:
    """Every job matching ``filters``, fetched lazily in pages of ``page_size`` (at most 50)."""
    criteria = check.filters(filters)
    sort = check.optional_text("sort_by", sort_by)
    direction = None if order is None else check.order(order)

    def fetch(offset: int, limit: int) -> Plan[Page[Result[JobResponse]]]:
        body = search_request(
            offset=offset, limit=limit, sort_by=sort, order=direction, group_by=None, filters=criteria
        )
        return calls.search_page(body)

    return Listing(fetch, page_size, check.MAX_LIMIT)


def delete_job_by_id(session: Any, job_id: str) -> Plan[None]:
    """Delete a training job."""
    return calls.delete_job(check.job_id(job_id))


def control_job_by_id(session: Any, job_id: str) -> Plan[Result[JobResponse]]:
    """Terminate a training job; returns the job (phase ``Terminating``)."""
    return calls.terminate_job(check.job_id(job_id))


def get_train_instance_types(session: Any) -> Plan[list[Result[FlavorResponse]]]:
    """The resource flavors for training jobs (``flavor_id`` is a ``train_instance_type``)."""
    return calls.flavors()


def get_framework_list(session: Any) -> Plan[list[Result[Framework]]]:
    """The preset engines: ``framework_type`` and ``framework_version`` values for the Estimator."""
    return calls.engines()
