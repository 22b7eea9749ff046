"""The documented training calls as plans (:mod:`modelarts_hl._core.calls`): what each sends, how its answer
maps, and how a job is waited for. :class:`~modelarts_hl.training.Estimator` and
:class:`~modelarts_hl.training.TrainingJob` run them; arguments are checked before a plan is made.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from modelarts_client import models
from modelarts_client.api import training as training_api
from modelarts_client.types import Unset
from modelarts_hl._core.calls import Plan, call
from modelarts_hl._core.checks import check_timeout
from modelarts_hl._core.creates import create_once, repeated
from modelarts_hl._core.pages import Page
from modelarts_hl._core.polling import Backoff, check_backoff, wait_until
from modelarts_hl._core.results import Result
from modelarts_hl.errors import APIError, JobFailedError, ModelArtsError

from .framework import Framework
from .logs import LogPrinter, Preview

if TYPE_CHECKING:
    from modelarts_client.models import (
        CreateTrainingJobRequest,
        FlavorResponse,
        JobLogPreview,
        JobMetrics,
        JobResponse,
        ListTrainingJobsRequest,
        ListTrainingJobsResponse,
    )

__all__ = [
    "DEFAULT_TASK",
    "FAILED_PHASES",
    "TERMINAL_PHASES",
    "Page",
    "Plan",
    "create_job",
    "delete_job",
    "engines",
    "find_job",
    "fit",
    "flavors",
    "job_log",
    "job_metrics",
    "job_phase",
    "search_jobs",
    "search_page",
    "show_job",
    "terminate_job",
    "update_description",
    "wait_for_job",
]

log = logging.getLogger("modelarts_hl.training")

TERMINAL_PHASES = frozenset({"Completed", "Failed", "Terminated", "Abnormal"})
FAILED_PHASES = frozenset({"Failed", "Abnormal"})
DEFAULT_TASK = "worker-0"


# -- one job ------------------------------------------------------------------------------------------------


def show_job(job_id: str) -> Plan[Result[JobResponse]]:
    return Result(
        (yield from call(training_api.show_training_job, models.JobResponse, training_job_id=job_id))
    )


def delete_job(job_id: str) -> Plan[None]:
    yield from call(training_api.delete_training_job, None, training_job_id=job_id)


def terminate_job(job_id: str) -> Plan[Result[JobResponse]]:
    body = models.JobActionRequest(action_type=models.JobActionRequestActionType.TERMINATE)
    # Terminating a job that is stopping or stopped changes nothing: the POST is sent again like a PUT.
    terminated = yield from repeated(
        lambda: call(
            training_api.terminate_training_job, models.JobResponse, training_job_id=job_id, body=body
        )
    )
    return Result(terminated)


def update_description(job_id: str, description: str) -> Plan[None]:
    body = models.UpdateTrainingJobRequest(description=description)
    yield from call(training_api.update_training_job, None, training_job_id=job_id, body=body)


def job_log(job_id: str, task_id: str) -> Plan[Result[JobLogPreview]]:
    preview = yield from call(
        training_api.show_training_job_log, models.JobLogPreview, training_job_id=job_id, task_id=task_id
    )
    return Result(preview)


def job_metrics(job_id: str, task_id: str) -> Plan[Result[JobMetrics]]:
    metrics = yield from call(
        training_api.show_training_job_metrics, models.JobMetrics, training_job_id=job_id, task_id=task_id
    )
    return Result(metrics)


def job_phase(job: Result[JobResponse]) -> str | None:
    status = job.model.status
    if isinstance(status, Unset) or isinstance(status.phase, Unset):
        return None
    return status.phase


def _preview(job_id: str, task_id: str) -> Plan[Preview]:
    model = (yield from job_log(job_id, task_id)).model
    return (
        model.content if isinstance(model.content, str) else "",
        model.current_size if isinstance(model.current_size, int) else None,
        model.full_size if isinstance(model.full_size, int) else None,
    )


def wait_for_job(
    job_id: str,
    *,
    show_log: bool,
    timeout: float | None,
    backoff: Backoff | None,
    task_id: str = DEFAULT_TASK,
) -> Plan[Result[JobResponse]]:
    """Poll until the job reaches a terminal phase; print its log on the way with ``show_log``.

    A job that ends ``Failed`` or ``Abnormal`` raises :class:`~modelarts_hl.errors.JobFailedError`;
    ``Terminated`` (someone stopped it) and ``Completed`` return the job.
    """
    printer = LogPrinter(lambda: _preview(job_id, task_id)) if show_log else None
    final = yield from wait_until(
        lambda: show_job(job_id),
        lambda job: job_phase(job) in TERMINAL_PHASES,
        what=f"training job {job_id}",
        timeout=timeout,
        backoff=backoff,
        on_update=None if printer is None else lambda _job: printer.poll(),
    )
    if printer is not None:
        yield from printer.poll(final=True)
    phase = job_phase(final)
    if phase in FAILED_PHASES:
        raise (yield from _failure(final))
    if phase == "Terminated":
        log.warning("training job %s was terminated before it finished", job_id)
    return final


def _failure(job: Result[JobResponse]) -> Plan[JobFailedError]:
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
        tail = (yield from _preview(job_id, failing))[0]
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


# -- jobs of the project ------------------------------------------------------------------------------------


def create_job(body: CreateTrainingJobRequest) -> Plan[str]:
    """Create the job described by ``body``, exactly once (:func:`~modelarts_hl._core.creates.create_once`:
    after a failure where the service may have acted, the job is looked for by its name before the create is
    sent again); returns its id."""
    name = body.metadata.name
    job_id = yield from create_once(
        lambda: _created_job(body), lambda since: find_job(name, since), what=f"training job {name}"
    )
    log.info("created training job %s (%s)", name, job_id)
    return job_id


def _created_job(body: CreateTrainingJobRequest) -> Plan[str]:
    created = yield from call(training_api.create_training_job, models.JobResponse, body=body)
    job_id = created.metadata.id
    if not isinstance(job_id, str):
        raise ModelArtsError("the service created a training job but sent no metadata.id")
    return job_id


def find_job(name: str, since: float) -> Plan[str | None]:
    """The id of the newest job named ``name`` created at or after ``since`` (epoch seconds), if any."""
    body = models.ListTrainingJobsRequest(
        limit=50,
        sort_by="create_time",
        order=models.ListTrainingJobsRequestOrder.DESC,
        filters=[models.SearchFilter(key="name", operator=models.SearchFilterOperator.IN, value=[name])],
    )
    page = yield from search_page(body)
    for job in page.items:
        metadata = job.model.metadata
        created = metadata.create_time
        if metadata.name == name and isinstance(created, int) and created >= since * 1000:
            return metadata.id if isinstance(metadata.id, str) else None
    return None


def fit(
    body: CreateTrainingJobRequest,
    *,
    wait: bool,
    show_log: bool,
    timeout: float | None,
    backoff: Backoff | None,
    on_created: Callable[[str], None],
) -> Plan[str]:
    """Create the job (``on_created`` hears its id at once); with ``wait``, wait until it has ended.

    Returns the job's id.
    """
    # Checked before the job is created: a wait that cannot start must not leave a job behind.
    timeout = check_timeout("timeout", timeout)
    backoff = check_backoff("backoff", backoff)
    job_id = yield from create_job(body)
    on_created(job_id)
    if wait:
        yield from wait_for_job(job_id, show_log=show_log, timeout=timeout, backoff=backoff)
    return job_id


def _search(body: ListTrainingJobsRequest) -> Plan[ListTrainingJobsResponse]:
    # A search is a POST that changes nothing: sent again after the failures a GET would be.
    return repeated(lambda: call(training_api.list_training_jobs, models.ListTrainingJobsResponse, body=body))


def search_jobs(body: ListTrainingJobsRequest) -> Plan[Result[ListTrainingJobsResponse]]:
    return Result((yield from _search(body)))


def search_page(body: ListTrainingJobsRequest) -> Plan[Page[Result[JobResponse]]]:
    page = yield from _search(body)
    items = [] if isinstance(page.items, Unset) else [Result(item) for item in page.items]
    return Page(items, None if isinstance(page.count, Unset) else page.count)


def flavors() -> Plan[list[Result[FlavorResponse]]]:
    answer = yield from call(training_api.list_training_job_flavors, models.ListFlavorsResponse)
    return [] if isinstance(answer.flavors, Unset) else [Result(flavor) for flavor in answer.flavors]


def engines() -> Plan[list[Result[Framework]]]:
    answer = yield from call(training_api.list_training_job_engines, models.ListEnginesResponse)
    found: list[Any] = [] if isinstance(answer.items, Unset) else answer.items
    return [
        Result(Framework(engine.engine_name, engine.engine_version))
        for engine in found
        if isinstance(engine.engine_name, str) and isinstance(engine.engine_version, str)
    ]
