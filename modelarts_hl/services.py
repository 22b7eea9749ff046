"""Services: ``Predictor`` (real-time) and ``Transformer`` (batch), and their configuration classes.

Usage as documented by the official SDK::

    from modelarts_hl.model import Model, Predictor
    from modelarts_hl.config.model_config import ServiceConfig, TransformerConfig, Schedule

    predictor = Model(session, model_id="...").deploy_predictor(
        service_name="digits", configs=[ServiceConfig(model_id="...", weight="100",
        specification="modelarts.vm.cpu.2u", instance_count=1)])
    predictor.predict(data={"data": {"req_data": [...]}})
    predictor.predict(data="/home/ma-user/work/test.png", data_type="images")
    predictor.update_service_config(status="stopped")
    predictor.delete_service()

Deploying waits until the service runs (a batch service: until it has processed its inputs), logging the
deployment progress, and raises :class:`DeploymentError` with the service's ``error_msg`` when it fails.
"""

from __future__ import annotations

import json
import logging
import mimetypes
import os
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from modelarts_client.api.models import show_model
from modelarts_client.api.services import (
    create_service,
    delete_service,
    list_service_update_logs,
    list_services,
    show_service,
    show_service_monitor,
    update_service,
)
from modelarts_client.models import (
    CreateServiceRequest,
    CreateServiceResponse,
    DeleteServiceResponse,
    ListServiceLogsResponse,
    ListServicesOrder,
    ListServicesResponse,
    ListServicesSortBy,
    ModelDetail,
    ServiceDetail,
    ServiceEnvs,
    ServiceInferType,
    ServiceMonitorResponse,
    ServiceSchedule,
    ServiceScheduleTimeUnit,
    ServiceScheduleType,
    UpdateServiceRequest,
    UpdateServiceRequestStatus,
    UpdateServiceResponse,
)
from modelarts_client.models import ServiceConfig as GeneratedServiceConfig
from modelarts_client.types import UNSET, Unset

from .checks import check_flag, check_int, check_session, check_text, check_timeout, optional_text
from .errors import InvalidArgumentError, ModelArtsError
from .fields import or_unset
from .model_checks import (
    ORDERS,
    check_choice,
    check_description,
    check_envs,
    check_mapping,
    check_name,
    check_objects,
    file_parameter,
    obs_location,
    paging_query,
    text_query,
)
from .polling import Backoff, wait_until
from .results import Result
from .transport import expect

if TYPE_CHECKING:
    from .session import Session

__all__ = [
    "DeploymentError",
    "Predictor",
    "Schedule",
    "ServiceConfig",
    "ServiceError",
    "Transformer",
    "TransformerConfig",
    "deploy",
]

log = logging.getLogger("modelarts_hl.services")

INFER_TYPES = ("real-time", "batch")
SERVICE_STATUSES = ("running", "deploying", "concerning", "failed", "stopped", "finished")
MAPPING_TYPES = ("file", "csv")
DATA_TYPES = ("json", "files", "images")
# ModelArts refuses prediction bodies above 12 MB.
MAX_PREDICT_BYTES = 12 * 1024 * 1024
MAX_INSTANCES = 5
DEFAULT_DEPLOY_TIMEOUT = 1800.0
POLL = Backoff(initial=0.2, factor=1.5, maximum=5.0)


class ServiceError(ModelArtsError):
    """A service cannot do what was asked (a batch service has no prediction API, ...)."""


class DeploymentError(ServiceError):
    """A service ended ``failed`` (or stopped) instead of running; ``error_msg`` is the service's reason."""

    def __init__(self, service_id: str, status: str, error_msg: str) -> None:
        super().__init__(f"service {service_id} is {status}: {error_msg or 'no reason given'}")
        self.service_id = service_id
        self.status = status
        self.error_msg = error_msg


# -- configuration classes ---------------------------------------------------------------------------------


@dataclass
class ServiceConfig:
    """Running configuration of one model of a real-time service (Table 8-3).

    ``weight`` is the model's share of the traffic in percent (the weights of a service sum to 100);
    ``instance_count`` is 1 to 5. ``weight="70"`` as in the SDK's samples is accepted.
    """

    model_id: str | None = None
    weight: int | str | None = None
    specification: str | None = None
    instance_count: int | str | None = None
    envs: Mapping[str, str] | None = None

    def __post_init__(self) -> None:
        self.model_id = check_text("model_id", self.model_id)
        self.specification = check_text("specification", self.specification)
        self.instance_count = check_int("instance_count", self.instance_count, 1, MAX_INSTANCES, digits=True)
        if self.weight is not None:
            self.weight = check_int("weight", self.weight, 1, 100, digits=True)
        self.envs = check_envs("envs", self.envs)

    def to_request(self, where: str) -> GeneratedServiceConfig:
        if self.weight is None:
            raise InvalidArgumentError(f"{where}.weight", "an integer from 1 to 100 (the weights sum to 100)")
        config = GeneratedServiceConfig(
            model_id=str(self.model_id),
            specification=str(self.specification),
            instance_count=int(self.instance_count or 1),
            weight=int(self.weight),
        )
        return _with_envs(config, self.envs)


@dataclass
class TransformerConfig:
    """Running configuration of the model of a batch service (Table 8-4).

    ``src_path`` and ``dest_path`` are OBS folders (``/bucket/path/``); ``req_uri`` the model API each input
    is sent to (``/`` for the built-in runtimes); ``mapping_type`` ``file`` (one request per file) or ``csv``
    (one request per CSV row, placed by ``mapping_rule``).
    """

    model_id: str | None = None
    specification: str | None = None
    instance_count: int | str | None = None
    src_path: str | None = None
    dest_path: str | None = None
    req_uri: str | None = None
    mapping_type: str | None = None
    mapping_rule: Mapping[str, Any] | None = None
    envs: Mapping[str, str] | None = None
    src_type: str | None = None

    def __post_init__(self) -> None:
        self.model_id = check_text("model_id", self.model_id)
        self.specification = check_text("specification", self.specification)
        self.instance_count = check_int("instance_count", self.instance_count, 1, MAX_INSTANCES, digits=True)
        self.src_path = obs_location("src_path", self.src_path, folder=True)
        self.dest_path = obs_location("dest_path", self.dest_path, folder=True)
        self.req_uri = check_text("req_uri", self.req_uri)
        if not self.req_uri.startswith("/"):
            raise InvalidArgumentError(
                "req_uri", "an API path starting with '/', such as /", got=self.req_uri
            )
        self.mapping_type = check_choice("mapping_type", self.mapping_type, MAPPING_TYPES)
        if self.mapping_type == "csv" and self.mapping_rule is None:
            raise InvalidArgumentError("mapping_rule", "the CSV mapping rule (needed with mapping_type csv)")
        if self.mapping_rule is not None:
            self.mapping_rule = check_mapping("mapping_rule", self.mapping_rule)
        self.envs = check_envs("envs", self.envs)
        self.src_type = optional_text("src_type", self.src_type)

    def to_request(self, where: str) -> GeneratedServiceConfig:
        config = GeneratedServiceConfig.from_dict(
            {
                "model_id": self.model_id,
                "specification": self.specification,
                "instance_count": self.instance_count,
                "src_path": self.src_path,
                "dest_path": self.dest_path,
                "req_uri": self.req_uri,
                "mapping_type": self.mapping_type,
                **({"mapping_rule": self.mapping_rule} if self.mapping_rule is not None else {}),
                **({"src_type": self.src_type} if self.src_type is not None else {}),
            }
        )
        return _with_envs(config, self.envs)


def _with_envs(config: GeneratedServiceConfig, envs: Mapping[str, str] | None) -> GeneratedServiceConfig:
    if envs is not None:
        config.envs = ServiceEnvs.from_dict(dict(envs))
    return config


@dataclass
class Schedule:
    """Scheduled action of a real-time service (Table 8-6): stop it after ``duration`` ``time_unit``."""

    op_type: str = "stop"
    time_unit: str | None = None
    duration: int | str | None = None

    def __post_init__(self) -> None:
        self.op_type = check_choice("op_type", self.op_type, ("stop",))
        self.time_unit = check_choice("time_unit", self.time_unit, ("DAYS", "HOURS", "MINUTES"))
        self.duration = check_int("duration", self.duration, 1, digits=True)

    def to_request(self) -> ServiceSchedule:
        return ServiceSchedule(
            type_=ServiceScheduleType(self.op_type),
            time_unit=ServiceScheduleTimeUnit(str(self.time_unit)),
            duration=int(self.duration or 1),
        )


AnyConfig = ServiceConfig | TransformerConfig


def _config_objects(configs: object, kind: type[AnyConfig]) -> list[AnyConfig]:
    objects: list[AnyConfig] = list(check_objects("configs", configs, kind))
    if not objects:
        raise InvalidArgumentError("configs", f"a non-empty list of {kind.__name__}", got=configs)
    return objects


def config_requests(configs: object, infer_type: str) -> list[GeneratedServiceConfig]:
    """Checks ``configs`` for a service of ``infer_type`` and turns them into request objects."""
    batch = infer_type == "batch"
    objects = _config_objects(configs, TransformerConfig if batch else ServiceConfig)
    if batch and len(objects) != 1:
        raise InvalidArgumentError(
            "configs", "exactly one TransformerConfig for a batch service", got=configs
        )
    requests = [config.to_request(f"configs[{index}]") for index, config in enumerate(objects)]
    if batch:
        return requests
    total = sum(int(request.weight) for request in requests if not isinstance(request.weight, Unset))
    if total != 100:
        raise InvalidArgumentError("configs", f"weights that sum to 100 (they sum to {total})")
    model_ids = [request.model_id for request in requests]
    if len(set(model_ids)) != len(model_ids):
        raise InvalidArgumentError("configs", "each model (version) at most once", got=model_ids)
    return requests


def _schedules(schedule: object) -> list[ServiceSchedule] | Unset:
    if schedule is None:
        return UNSET
    return [item.to_request() for item in check_objects("schedule", schedule, Schedule)]


# -- deployment --------------------------------------------------------------------------------------------


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
    description = check_description("description", description)
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
    schedules = _schedules(schedule)
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
    service = _service(session, created.service_id, infer_type)
    if wait:
        service.wait_for_deployment(timeout=timeout)
    return service


def _generated_name() -> str:
    return f"service-{uuid.uuid4().hex[:8]}"


# -- services ----------------------------------------------------------------------------------------------

_LIST_SORTS = ("publish_at", "service_name")


class Predictor:
    """A deployed service (``Predictor(session, service_id=...)``); real-time services answer ``predict``."""

    def __init__(self, session: Session, service_id: str) -> None:
        check_session(session)
        self.session = session
        self.service_id = check_text("service_id", service_id)
        self._access_address: str | None = None
        self._file_fields: dict[str, str] = {}

    def __repr__(self) -> str:
        return f"{type(self).__name__}(service_id={self.service_id!r})"

    # -- lists ----------------------------------------------------------------------------------------------

    @classmethod
    def get_service_list(
        cls,
        session: Session,
        service_id: str | None = None,
        service_name: str | None = None,
        infer_type: str | None = None,
        offset: int | str | None = None,
        limit: int | str | None = None,
        service_status: str | None = None,
        sort_by: str | None = None,
        order: str | None = None,
        model_id: str | None = None,
    ) -> Result[ListServicesResponse]:
        """The services of the project that match (``GET /v1/{project_id}/services``); Tables 8-10 to 8-12."""
        check_session(session)
        query = _list_query(
            service_id, service_name, infer_type, offset, limit, service_status, sort_by, order, model_id
        )
        return Result(expect(session.call(list_services, **query), ListServicesResponse, "listServices"))

    @classmethod
    def get_service_object_list(
        cls,
        session: Session,
        is_show: bool = True,
        service_id: str | None = None,
        service_name: str | None = None,
        infer_type: str | None = None,
        offset: int | str | None = None,
        limit: int | str | None = None,
        sort_by: str | None = None,
        order: str | None = None,
        model_id: str | None = None,
        service_status: str | None = None,
    ) -> list[Predictor]:
        """The matching services as objects (:class:`Transformer` for batch ones); ``is_show`` prints them."""
        is_show = check_flag("is_show", is_show)
        listing = cls.get_service_list(
            session,
            service_id,
            service_name,
            infer_type,
            offset,
            limit,
            service_status,
            sort_by,
            order,
            model_id,
        )
        objects = [
            _service(session, summary["service_id"], summary.get("infer_type"))
            for summary in listing["services"]
        ]
        if is_show:
            print(listing)
        return objects

    # -- one service ----------------------------------------------------------------------------------------

    def get_service_info(self) -> Result[ServiceDetail]:
        """Details of the service (``GET /v1/{project_id}/services/{service_id}``); Tables 8-7 to 8-9."""
        info = Result(
            expect(self.session.call(show_service, service_id=self.service_id), ServiceDetail, "showService")
        )
        address = info.get("access_address")
        if isinstance(address, str) and address:
            self._access_address = address
        return info

    def update_service_config(
        self,
        description: str | None = None,
        status: str | None = None,
        configs: object = None,
        *,
        wait: bool = False,
        timeout: float | None = DEFAULT_DEPLOY_TIMEOUT,
    ) -> Result[UpdateServiceResponse]:
        """Changes the description, starts (``running``) or stops (``stopped``) the service, or replaces its
        model configurations; ``status`` wins over ``configs`` (only the status changes when both are given).

        With ``wait``, waits until a start or a new configuration is deployed.
        """
        description = check_description("description", description)
        if status is not None:
            status = check_choice("status", status, ("running", "stopped"))
        wait = check_flag("wait", wait)
        timeout = check_timeout("timeout", timeout)
        requests: list[GeneratedServiceConfig] | Unset = UNSET
        if configs is not None and status is not None:
            log.warning("status and configs given: only the status of service %s changes", self.service_id)
        elif configs is not None:
            requests = config_requests(configs, _infer_type_of(configs))
        if description is None and status is None and isinstance(requests, Unset):
            raise InvalidArgumentError(
                "description", "at least one of description, status or configs to change"
            )
        body = UpdateServiceRequest(
            description=or_unset(description),
            status=UpdateServiceRequestStatus(status) if status is not None else UNSET,
            config=requests,
        )
        result = expect(
            self.session.call(update_service, service_id=self.service_id, body=body),
            UpdateServiceResponse,
            "updateService",
        )
        if wait and (status == "running" or not isinstance(requests, Unset)):
            self.wait_for_deployment(timeout=timeout)
        return Result(result)

    def get_service_monitor(self) -> Result[ServiceMonitorResponse]:
        """Calls, failures and resource use per model (``GET .../services/{id}/monitor``); Table 8-21."""
        response = self.session.call(show_service_monitor, service_id=self.service_id)
        return Result(expect(response, ServiceMonitorResponse, "showServiceMonitor"))

    def get_service_logs(self) -> Result[ListServiceLogsResponse]:
        """The update logs of the service (``GET .../services/{service_id}/logs``); Tables 8-22 to 8-25."""
        response = self.session.call(list_service_update_logs, service_id=self.service_id)
        return Result(expect(response, ListServiceLogsResponse, "listServiceUpdateLogs"))

    def delete_service(self) -> Result[DeleteServiceResponse]:
        """Deletes the service (``DELETE /v1/{project_id}/services/{service_id}``)."""
        response = self.session.call(delete_service, service_id=self.service_id)
        log.info("service %s deleted", self.service_id)
        return Result(expect(response, DeleteServiceResponse, "deleteService"))

    # -- waiting --------------------------------------------------------------------------------------------

    _done_statuses: tuple[str, ...] = ("running",)

    def wait_for_deployment(self, timeout: float | None = DEFAULT_DEPLOY_TIMEOUT) -> Result[ServiceDetail]:
        """Waits until the service is deployed, logging its progress; :class:`DeploymentError` if it fails.

        :class:`~modelarts_hl.polling.WaitTimeoutError` after ``timeout`` seconds.
        """
        timeout = check_timeout("timeout", timeout)
        seen: list[tuple[str, int | None]] = []

        def report(info: Result[ServiceDetail]) -> None:
            state = (str(info.status), info.progress)
            if not seen or seen[-1] != state:
                seen.append(state)
                progress = f" {state[1]}%" if state[0] == "deploying" and state[1] is not None else ""
                log.info("service %s: %s%s", self.service_id, state[0], progress)

        def done(info: Result[ServiceDetail]) -> bool:
            if info.status in self._done_statuses:
                return True
            if info.status in ("failed", "stopped") or (
                info.status == "finished" and "finished" not in self._done_statuses
            ):
                raise DeploymentError(self.service_id, str(info.status), str(info.error_msg or ""))
            return False

        return wait_until(
            self.get_service_info,
            done,
            what=f"deployment of service {self.service_id}",
            timeout=timeout,
            backoff=POLL,
            on_update=report,
        )

    # -- prediction -----------------------------------------------------------------------------------------

    def predict(self, data: Any, data_type: str = "json", path: str = "/") -> Any:
        """Sends one prediction request to the real-time service and returns its (JSON-decoded) reply.

        ``data_type`` ``json``: ``data`` is a dict (or list), or the path of a local ``.json`` file.
        ``files`` / ``images``: ``data`` is the path of a local file, sent as multipart/form-data in the
        model's file parameter (``images``/``files`` when its APIs name none). ``path`` is the API path inside
        the service (default ``/``).
        """
        kind = check_choice(
            "data_type", data_type.lower() if isinstance(data_type, str) else data_type, DATA_TYPES
        )
        path = check_text("path", path)
        if not path.startswith("/"):
            raise InvalidArgumentError("path", "an API path starting with '/'", got=path)
        request: dict[str, Any]
        if kind == "json":
            request = {"content": _json_body(data), "headers": {"Content-Type": "application/json"}}
        else:
            part = _file_part(data)
            request = {"files": {self._file_field(path, kind): part}}
        address = self._access_address or self._address()
        url = address if path == "/" else address.rstrip("/") + path
        response = self.session.transport.request("POST", url, **request)
        if "json" in response.headers.get("content-type", "") or response.content[:1] in (b"{", b"["):
            try:
                return response.json()
            except ValueError:
                pass
        return response.text

    def _address(self) -> str:
        info = self.get_service_info()
        if info.infer_type != "real-time" or not self._access_address:
            raise ServiceError(
                f"service {self.service_id} is a {info.infer_type} service without an access address"
            )
        return self._access_address

    def _file_field(self, path: str, data_type: str) -> str:
        """The model's file parameter for ``path`` (from its APIs), ``data_type`` when it names none."""
        if path not in self._file_fields:
            field_name = data_type
            info = self.get_service_info()
            configs = info.get("config")
            if configs:
                model = expect(
                    self.session.call(show_model, model_id=configs[0]["model_id"]), ModelDetail, "showModel"
                )
                field_name = file_parameter(model.apis, path) or data_type
            self._file_fields[path] = field_name
        return self._file_fields[path]


class Transformer(Predictor):
    """A batch service: it processes the inputs of its configuration once and then is ``finished``."""

    _done_statuses = ("finished",)

    def predict(self, data: Any, data_type: str = "json", path: str = "/") -> Any:
        raise ServiceError(f"service {self.service_id} is a batch service; it has no prediction API")


def _service(session: Session, service_id: str, infer_type: object) -> Predictor:
    cls = Transformer if infer_type == "batch" else Predictor
    return cls(session, service_id)


def _infer_type_of(configs: object) -> str:
    items = configs if isinstance(configs, Sequence) and not isinstance(configs, str) else [configs]
    return "batch" if any(isinstance(item, TransformerConfig) for item in items) else "real-time"


def _list_query(
    service_id: object,
    service_name: object,
    infer_type: object,
    offset: object,
    limit: object,
    service_status: object,
    sort_by: object,
    order: object,
    model_id: object,
) -> dict[str, Any]:
    query = text_query(service_id=service_id, service_name=service_name, model_id=model_id)
    if infer_type is not None:
        query["infer_type"] = ServiceInferType(check_choice("infer_type", infer_type, INFER_TYPES))
    if service_status is not None:
        query["status"] = check_choice("service_status", service_status, SERVICE_STATUSES)
    query.update(paging_query(offset, limit))
    if sort_by is not None:
        query["sort_by"] = ListServicesSortBy(check_choice("sort_by", sort_by, _LIST_SORTS))
    if order is not None:
        query["order"] = ListServicesOrder(check_choice("order", order, ORDERS))
    return query


def _json_body(data: Any) -> bytes:
    if isinstance(data, str | os.PathLike):
        if not os.path.isfile(data):
            raise InvalidArgumentError("data", "a dict, or the path of an existing local JSON file", got=data)
        with open(data, "rb") as handle:
            content = handle.read()
        try:
            json.loads(content)
        except ValueError:
            raise InvalidArgumentError("data", "a file holding JSON", got=data) from None
    elif isinstance(data, Mapping | list):
        try:
            content = json.dumps(data, ensure_ascii=False).encode("utf-8")
        except (TypeError, ValueError) as exc:
            raise InvalidArgumentError("data", f"JSON-serializable data ({exc})") from None
    else:
        raise InvalidArgumentError(
            "data", "a dict, a list, or the path of a local JSON file", got=type(data).__name__
        )
    _check_size(len(content))
    return content


def _file_part(data: Any) -> tuple[str, bytes, str]:
    if not isinstance(data, str | os.PathLike) or not os.path.isfile(data):
        raise InvalidArgumentError("data", "the path of an existing local file", got=data)
    _check_size(os.path.getsize(data))
    with open(data, "rb") as handle:
        content = handle.read()
    name = os.path.basename(os.fspath(data))
    return name, content, mimetypes.guess_type(name)[0] or "application/octet-stream"


def _check_size(size: int) -> None:
    if size > MAX_PREDICT_BYTES:
        raise InvalidArgumentError(
            "data", "at most 12 MB (the limit of one prediction request)", got=f"{size} bytes"
        )
