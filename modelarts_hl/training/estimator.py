"""``Estimator``: create training jobs and manage them, as ``modelarts.estimatorV2.Estimator`` documents.

::

    from modelarts_hl.estimatorV2 import Estimator
    from modelarts_hl.train_params import TrainingFiles, InputData, OutputData

    estimator = Estimator(session=session,
                          training_files=TrainingFiles(code_dir="obs://bucket/code/", boot_file="train.py"),
                          outputs=[OutputData(obs_path="obs://bucket/output/", name="train_url")],
                          parameters=[{"name": "epochs", "value": 10}],
                          framework_type="PyTorch", framework_version="PyTorch-1.8.0-python3.7",
                          train_instance_type="modelarts.vm.cpu.8u", train_instance_count=1)
    job = estimator.fit(inputs=[InputData(obs_path="obs://bucket/data/", name="data_url")], wait=True,
                        show_log=True)
    job.get_job_info()["status"]["phase"]

Every argument is checked before any request (:class:`~modelarts_hl.errors.InvalidArgumentError` names it).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from modelarts_client.models import FlavorResponse, JobResponse, ListTrainingJobsResponse
from modelarts_hl._core.calls import Plan
from modelarts_hl._core.checks import check_flag
from modelarts_hl._core.pages import Page
from modelarts_hl._core.polling import Backoff
from modelarts_hl._core.results import Result
from modelarts_hl.errors import InvalidArgumentError
from modelarts_hl.session import Session

from . import calls
from . import validation as check
from .config import FitConfig, JobConfig
from .framework import Framework
from .job import JobOperations, TrainingJob
from .mapping import create_request, search_request
from .params import InputData, OutputData, TrainingFiles

__all__ = ["Estimator", "Framework"]


class Estimator(JobOperations):
    """Describes training jobs to create with :meth:`fit`, or (with ``job_id``) one existing job.

    A job runs either a preset engine (``framework_type`` + ``framework_version``, with ``training_files``)
    or a custom image (``user_image_url`` + ``user_command``, ``training_files`` optional). Beyond the
    documented arguments, ``auto_stop`` (keyword only) stops each job after that many hours of running.
    """

    def __init__(
        self,
        session: Session,
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
        self.session = check.check_session(session)
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
        if self._config is None:
            return f"Estimator(job_id={self.job_id!r})"
        engine = (
            f"framework={self._config.framework_type}/{self._config.framework_version}"
            if self._config.framework_type
            else f"user_image_url={self._config.user_image_url!r}"
        )
        return (
            f"Estimator({engine}, train_instance_type={self._config.train_instance_type!r}, "
            f"train_instance_count={self._config.train_instance_count}, job_id={self.job_id!r})"
        )

    # -- creating a job -----------------------------------------------------------------------------------

    def fit(
        self,
        inputs: list[InputData] | None = None,
        wait: bool = False,
        job_name: str | None = None,
        show_log: bool = False,
        dataset_id: str | None = None,
        dataset_version_id: str | None = None,
        *,
        timeout: float | None = None,
        backoff: Backoff | None = None,
    ) -> TrainingJob:
        """Create a training job; with ``wait`` return once it has ended, printing its log with ``show_log``.

        ``inputs`` (OBS data) and ``dataset_id`` + ``dataset_version_id`` exclude each other. Without
        ``job_name`` a unique name ``<boot file>-<UTC time>-<random>`` is used. ``timeout`` (seconds) and
        ``backoff`` bound the waiting; a job that fails raises :class:`~modelarts_hl.training.JobFailedError`.
        """
        if self._config is None:
            raise InvalidArgumentError(
                "train_instance_type",
                "an Estimator describing a job (this one only manages job_id)",
                got=None,
            )
        wait, show_log = check_flag("wait", wait), check_flag("show_log", show_log)
        fit = FitConfig.build(
            self._config,
            inputs=inputs,
            job_name=job_name,
            dataset_id=dataset_id,
            dataset_version_id=dataset_version_id,
        )
        plan = calls.fit(
            create_request(self._config, fit),
            wait=wait,
            show_log=show_log,
            timeout=timeout,
            backoff=backoff,
            on_created=self._created,
        )
        self.job_name = fit.job_name
        return TrainingJob(self.session, self.session.run(plan), fit.job_name)

    def _created(self, job_id: str) -> None:
        # Known as soon as the job exists, so that a wait that fails still leaves it reachable.
        self.job_id = job_id

    # -- jobs of the project ------------------------------------------------------------------------------

    @staticmethod
    def get_job_list(
        session: Session,
        offset: int | None = None,
        limit: int | None = None,
        sort_by: str | None = None,
        order: str | None = None,
        group_by: str | None = None,
        filters: list[dict[str, Any]] | None = None,
    ) -> Result[ListTrainingJobsResponse]:
        """One page of the project's training jobs: ``total``, ``count``, ``job_list["items"]``...

        (``job_list.items`` is the mapping method of the result; read the jobs as a key or from ``.model``.)
        """
        session = check.check_session(session)
        body = search_request(
            offset=None if offset is None else check.offset(offset),
            limit=None if limit is None else check.limit(limit),
            sort_by=check.optional_text("sort_by", sort_by),
            order=None if order is None else check.order(order),
            group_by=check.optional_text("group_by", group_by),
            filters=check.filters(filters),
        )
        return session.run(calls.search_jobs(body))

    @staticmethod
    def iter_jobs(
        session: Session,
        filters: list[dict[str, Any]] | None = None,
        sort_by: str | None = None,
        order: str | None = None,
        page_size: int = check.MAX_LIMIT,
    ) -> Iterator[Result[JobResponse]]:
        """Every job matching ``filters``, fetched lazily in pages of ``page_size`` (at most 50)."""
        session = check.check_session(session)
        criteria = check.filters(filters)
        sort = check.optional_text("sort_by", sort_by)
        direction = None if order is None else check.order(order)

        def fetch(offset: int, limit: int) -> Plan[Page[Result[JobResponse]]]:
            body = search_request(
                offset=offset, limit=limit, sort_by=sort, order=direction, group_by=None, filters=criteria
            )
            return calls.search_page(body)

        return session.paginate(fetch, page_size, check.MAX_LIMIT)

    @staticmethod
    def delete_job_by_id(session: Session, job_id: str) -> None:
        """Delete a training job."""
        check.check_session(session).run(calls.delete_job(check.job_id(job_id)))

    @staticmethod
    def control_job_by_id(session: Session, job_id: str) -> Result[JobResponse]:
        """Terminate a training job; returns the job (phase ``Terminating``)."""
        return check.check_session(session).run(calls.terminate_job(check.job_id(job_id)))

    # -- catalogs -----------------------------------------------------------------------------------------

    @staticmethod
    def get_train_instance_types(session: Session) -> list[Result[FlavorResponse]]:
        """The resource flavors for training jobs (``flavor_id`` is a ``train_instance_type``)."""
        return check.check_session(session).run(calls.flavors())

    @staticmethod
    def get_framework_list(session: Session) -> list[Result[Framework]]:
        """The preset engines: ``framework_type`` and ``framework_version`` values for the Estimator."""
        return check.check_session(session).run(calls.engines())
