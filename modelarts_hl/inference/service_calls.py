"""The documented service calls as plans (:mod:`modelarts_hl._core.calls`): deploy (and wait until deployed),
list, show, update, monitor, logs, delete. :class:`~modelarts_hl.inference.Predictor` and
:class:`~modelarts_hl.inference.Model` run them; arguments are checked before a plan is made.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from modelarts_client import models
from modelarts_client.api import services as services_api
from modelarts_hl._core.calls import Plan, call
from modelarts_hl._core.checks import check_timeout
from modelarts_hl._core.creates import create_once
from modelarts_hl._core.polling import Backoff, wait_until
from modelarts_hl._core.results import Result
from modelarts_hl.errors import DeploymentError

if TYPE_CHECKING:
    from modelarts_client.models import (
        CreateServiceRequest,
        DeleteServiceResponse,
        ListServiceLogsResponse,
        ListServicesResponse,
        ServiceDetail,
        ServiceMonitorResponse,
        UpdateServiceRequest,
        UpdateServiceResponse,
    )

__all__ = [
    "DEFAULT_DEPLOY_TIMEOUT",
    "POLL",
    "deploy",
    "done_statuses",
    "find_service",
    "list_service_page",
    "remove_service",
    "service_logs",
    "service_monitor",
    "show_service_info",
    "update_service_config",
    "wait_for_deployment",
]

log = logging.getLogger("modelarts_hl.services")

DEFAULT_DEPLOY_TIMEOUT = 1800.0
POLL = Backoff(initial=0.2, factor=1.5, maximum=5.0)


def done_statuses(infer_type: object) -> tuple[str, ...]:
    """The statuses a deployed service reaches: a batch service has ``finished`` its inputs."""
    return ("finished",) if infer_type == "batch" else ("running",)


def deploy(body: CreateServiceRequest, *, wait: bool, timeout: float | None) -> Plan[str]:
    """Create the service, exactly once (after a failure where the service may have acted, the service is
    looked for by name before the create is sent again); with ``wait``, wait until it is deployed. Returns
    its id."""
    timeout = check_timeout("timeout", timeout)  # before the service exists
    name = body.service_name
    service_id = yield from create_once(
        lambda: _created(body), lambda since: find_service(name, since), what=f"service {name}"
    )
    log.info("service %s (%s) created: %s", name, body.infer_type, service_id)
    if wait:
        yield from wait_for_deployment(service_id, done_statuses(body.infer_type), timeout)
    return service_id


def _created(body: CreateServiceRequest) -> Plan[str]:
    return (yield from call(services_api.create_service, models.CreateServiceResponse, body=body)).service_id


def find_service(name: str, since: float) -> Plan[str | None]:
    """The id of service ``name`` if it was published at or after ``since`` (epoch seconds)."""
    # The name query matches parts of names: the exact name is picked here.
    page = yield from call(services_api.list_services, models.ListServicesResponse, service_name=name)
    for service in page.services:
        published = service.publish_at
        if service.service_name == name and isinstance(published, int) and published >= since * 1000:
            return service.service_id
    return None


def list_service_page(query: dict[str, Any]) -> Plan[Result[ListServicesResponse]]:
    return Result((yield from call(services_api.list_services, models.ListServicesResponse, **query)))


def show_service_info(service_id: str) -> Plan[Result[ServiceDetail]]:
    return Result((yield from call(services_api.show_service, models.ServiceDetail, service_id=service_id)))


def update_service_config(
    service_id: str,
    body: UpdateServiceRequest,
    *,
    wait_for: tuple[str, ...] | None,
    timeout: float | None,
) -> Plan[Result[UpdateServiceResponse]]:
    """Update the service; then, when ``wait_for`` names the statuses of a deployed service, wait for one."""
    timeout = check_timeout("timeout", timeout)  # before the service changes
    result = yield from call(
        services_api.update_service, models.UpdateServiceResponse, service_id=service_id, body=body
    )
    if wait_for is not None:
        yield from wait_for_deployment(service_id, wait_for, timeout)
    return Result(result)


def service_monitor(service_id: str) -> Plan[Result[ServiceMonitorResponse]]:
    return Result(
        (
            yield from call(
                services_api.show_service_monitor, models.ServiceMonitorResponse, service_id=service_id
            )
        )
    )


def service_logs(service_id: str) -> Plan[Result[ListServiceLogsResponse]]:
    return Result(
        (
            yield from call(
                services_api.list_service_update_logs, models.ListServiceLogsResponse, service_id=service_id
            )
        )
    )


def remove_service(service_id: str) -> Plan[Result[DeleteServiceResponse]]:
    response = yield from call(
        services_api.delete_service, models.DeleteServiceResponse, service_id=service_id
    )
    log.info("service %s deleted", service_id)
    return Result(response)


def wait_for_deployment(
    service_id: str, done: tuple[str, ...], timeout: float | None
) -> Plan[Result[ServiceDetail]]:
    """Wait until the service reaches one of ``done``, logging its progress; :class:`DeploymentError` when
    it fails (or stops) instead.
    """
    seen: list[tuple[str, int | None]] = []

    def report(info: Result[ServiceDetail]) -> None:
        state = (str(info.status), info.progress)
        if not seen or seen[-1] != state:
            seen.append(state)
            progress = f" {state[1]}%" if state[0] == "deploying" and state[1] is not None else ""
            log.info("service %s: %s%s", service_id, state[0], progress)

    def deployed(info: Result[ServiceDetail]) -> bool:
        if info.status in done:
            return True
        if info.status in ("failed", "stopped") or (info.status == "finished" and "finished" not in done):
            raise DeploymentError(service_id, str(info.status), str(info.error_msg or ""))
        return False

    return wait_until(
        lambda: show_service_info(service_id),
        deployed,
        what=f"deployment of service {service_id}",
        timeout=timeout,
        backoff=POLL,
        on_update=report,
    )
