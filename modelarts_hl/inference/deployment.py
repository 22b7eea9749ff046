"""Deploying models as services (``Model.deploy_predictor`` / ``deploy_transformer``)."""

from __future__ import annotations

import logging
import uuid
from typing import TYPE_CHECKING

from modelarts_client.api.services import (
    create_service,
)
from modelarts_client.models import (
    CreateServiceRequest,
    CreateServiceResponse,
    ServiceInferType,
)
from modelarts_hl._core.checks import (
    check_flag,
    check_timeout,
    optional_text,
)
from modelarts_hl._core.fields import or_unset
from modelarts_hl._core.transport import expect
from modelarts_hl.errors import (
    InvalidArgumentError,
)

from .config import INFER_TYPES, config_requests, schedule_requests
from .service import DEFAULT_DEPLOY_TIMEOUT, Predictor, service_object
from .validation import (
    check_choice,
    check_description,
    check_name,
)

if TYPE_CHECKING:
    from modelarts_hl.session import Session

__all__ = ["deploy"]

log = logging.getLogger("modelarts_hl.services")


def deploy(
    session: Session,
    *,
    infer_type: str,
    configs: object,
    service_name: str | None = None,
    description: str | None = None,
    vpc_id: str | None = None,
    subnet_network_id: str | None = None,
    security_group_id: str | None = None,
    schedule: object = None,
    cluster_id: str | None = None,
    wait: bool = True,
    timeout: float | None = DEFAULT_DEPLOY_TIMEOUT,
) -> Predictor:
    """Creates a service (``POST /v1/{project_id}/services``); with ``wait``, waits until it is deployed."""
    infer_type = check_choice("infer_type", infer_type, INFER_TYPES)
    name = check_name("service_name", service_name) if service_name is not None else _generated_name()
    description = check_description("description", description, "CreateServiceRequest")
    vpc_id = optional_text("vpc_id", vpc_id)
    subnet_network_id = optional_text("subnet_network_id", subnet_network_id)
    security_group_id = optional_text("security_group_id", security_group_id)
    if vpc_id is not None:
        for argument, value in (
            ("subnet_network_id", subnet_network_id),
            ("security_group_id", security_group_id),
        ):
            if value is None:
                raise InvalidArgumentError(argument, "a value whenever vpc_id is given")
    elif subnet_network_id is not None or security_group_id is not None:
        raise InvalidArgumentError("vpc_id", "the VPC of subnet_network_id and security_group_id")
    requests = config_requests(configs, infer_type)
    if schedule is not None and infer_type != "real-time":
        raise InvalidArgumentError("schedule", "None: only real-time services take a schedule", got=schedule)
    schedules = schedule_requests(schedule)
    wait = check_flag("wait", wait)
    timeout = check_timeout("timeout", timeout)
    body = CreateServiceRequest(
        service_name=name,
        infer_type=ServiceInferType(infer_type),
        config=requests,
        description=or_unset(description),
        vpc_id=or_unset(vpc_id),
        subnet_network_id=or_unset(subnet_network_id),
        security_group_id=or_unset(security_group_id),
        cluster_id=or_unset(optional_text("cluster_id", cluster_id)),
        schedule=schedules,
    )
    created = expect(session.call(create_service, body=body), CreateServiceResponse, "createService")
    log.info("service %s (%s) created: %s", name, infer_type, created.service_id)
    service = service_object(session, created.service_id, infer_type)
    if wait:
        service.wait_for_deployment(timeout=timeout)
    return service


def _generated_name() -> str:
    return f"service-{uuid.uuid4().hex[:8]}"
