"""The documented model and service methods as planners (:mod:`modelarts_hl._core.documented`): each has the
method's signature and docstring, checks the arguments and returns the plan it runs. :mod:`.operations` makes
the methods of ``Model``, ``Predictor`` and ``Transformer`` (synchronous, and ``modelarts_hl.aio``'s) from
them, on these bases.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Generic, Protocol, TypeVar

from modelarts_hl._core.calls import Plan
from modelarts_hl._core.checks import check_flag
from modelarts_hl._core.results import Result
from modelarts_hl.errors import InvalidArgumentError, ServiceError

from . import model_calls, prediction_calls, service_calls
from .local_source import local_folder, upload_local
from .mapping import (
    SOURCE_LOCATION_TYPES,
    create_model_request,
    deployment_request,
    model_list_query,
    service_list_query,
    update_service_request,
)
from .params import Dependencies, Params
from .prediction import DATA_TYPES, api_path, file_upload, json_data
from .service_calls import DEFAULT_DEPLOY_TIMEOUT, done_statuses
from .validation import check_choice, check_model_id, check_service_id

if TYPE_CHECKING:
    from modelarts_client.models import (
        DeleteModelResponse,
        DeleteServiceResponse,
        ListModelsResponse,
        ListServiceLogsResponse,
        ListServicesResponse,
        ModelDetail,
        ServiceDetail,
        ServiceMonitorResponse,
        UpdateServiceResponse,
    )

__all__ = ["DEFAULT_PUBLISH_TIMEOUT", "ModelBase", "ServiceBase"]

log = logging.getLogger("modelarts_hl.services")

DEFAULT_PUBLISH_TIMEOUT = 600.0


class _Session(Protocol):
    @property
    def project_id(self) -> str: ...


SessionT = TypeVar("SessionT", bound=_Session)
ServiceT = TypeVar("ServiceT", bound="ServiceBase[Any]")
ModelT = TypeVar("ModelT", bound="ModelBase[Any, Any, Any]")
PredictorT = TypeVar("PredictorT", bound="ServiceBase[Any]")
TransformerT = TypeVar("TransformerT", bound="ServiceBase[Any]")


# -- services -----------------------------------------------------------------------------------------------


class ServiceBase(Generic[SessionT]):
    """A deployed service (``Predictor(session, service_id=...)``); real-time services answer ``predict``."""

    _infer_type = "real-time"
    _check_session: Callable[[object], SessionT]

    def __init__(self, session: SessionT, service_id: str) -> None:
        self.session = type(self)._check_session(session)
        self.service_id = check_service_id(service_id)
        self._address = prediction_calls.ServiceAddress()

    def __repr__(self) -> str:
        return f"{type(self).__name__}(service_id={self.service_id!r})"


def get_service_list(
    session: Any,
    service_id: str | None = None,
    service_name: str | None = None,
    infer_type: str | None = None,
    offset: int | str | None = None,
    limit: int | str | None = None,
    service_status: str | None = None,
    sort_by: str | None = None,
    order: str | None = None,
    model_id: str | None = None,
) -> Plan[Result[ListServicesResponse]]:
    """The services of the project that match (``GET /v1/{project_id}/services``); Tables 8-10 to 8-12."""
    query = service_list_query(
        service_id, service_name, infer_type, offset, limit, service_status, sort_by, order, model_id
    )
    return service_calls.list_service_page(query)


def get_service_object_list(
    make: Callable[[Any, str, object], ServiceT],
    session: Any,
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
) -> Plan[list[ServiceT]]:
    """The matching services as objects (``Transformer`` for batch ones); ``is_show`` prints them."""
    is_show = check_flag("is_show", is_show)
    plan = get_service_list(
        session, service_id, service_name, infer_type, offset, limit, service_status, sort_by, order, model_id
    )
    return _service_objects(make, session, plan, is_show)


def _service_objects(
    make: Callable[[Any, str, object], ServiceT],
    session: Any,
    plan: Plan[Result[ListServicesResponse]],
    is_show: bool,
) -> Plan[list[ServiceT]]:
    listing = yield from plan
    objects = [
        make(session, summary["service_id"], summary.get("infer_type")) for summary in listing["services"]
    ]
    if is_show:
        print(listing)
    return objects


def get_service_info(service: ServiceBase[Any]) -> Plan[Result[ServiceDetail]]:
    """Details of the service (``GET /v1/{project_id}/services/{service_id}``); Tables 8-7 to 8-9."""
    info = yield from service_calls.show_service_info(service.service_id)
    service._address.remember(info)
    return info


def update_service_config(
    service: ServiceBase[Any],
    description: str | None = None,
    status: str | None = None,
    configs: object = None,
    *,
    wait: bool = False,
    timeout: float | None = DEFAULT_DEPLOY_TIMEOUT,
) -> Plan[Result[UpdateServiceResponse]]:
    """Changes the description, starts (``running``) or stops (``stopped``) the service, or replaces its
    model configurations; ``status`` wins over ``configs`` (only the status changes when both are given).

    With ``wait``, waits until a start or a new configuration is deployed.
    """
    body, redeploys = update_service_request(description, status, configs)
    if status is not None and configs is not None:
        log.warning("status and configs given: only the status of service %s changes", service.service_id)
    wait_for = done_statuses(service._infer_type) if check_flag("wait", wait) and redeploys else None
    return service_calls.update_service_config(service.service_id, body, wait_for=wait_for, timeout=timeout)


def get_service_monitor(service: ServiceBase[Any]) -> Plan[Result[ServiceMonitorResponse]]:
    """Calls, failures and resource use per model (``GET .../services/{id}/monitor``); Table 8-21."""
    return service_calls.service_monitor(service.service_id)


def get_service_logs(service: ServiceBase[Any]) -> Plan[Result[ListServiceLogsResponse]]:
    """The update logs of the service (``GET .../services/{service_id}/logs``); Tables 8-22 to 8-25."""
    return service_calls.service_logs(service.service_id)


def delete_service(service: ServiceBase[Any]) -> Plan[Result[DeleteServiceResponse]]:
    """Deletes the service (``DELETE /v1/{project_id}/services/{service_id}``)."""
    return service_calls.remove_service(service.service_id)


def wait_for_deployment(
    service: ServiceBase[Any], timeout: float | None = DEFAULT_DEPLOY_TIMEOUT
) -> Plan[Result[ServiceDetail]]:
    """Waits until the service is deployed, logging its progress; :class:`DeploymentError` if it fails.

    :class:`~modelarts_hl.errors.WaitTimeoutError` after ``timeout`` seconds.
    """
    return service_calls.wait_for_deployment(service.service_id, done_statuses(service._infer_type), timeout)


def predict(service: ServiceBase[Any], data: Any, data_type: str = "json", path: str = "/") -> Plan[Any]:
    """Sends one prediction request to the real-time service and returns its reply: decoded JSON, or the
    text of a model that replies with text.

    ``data_type`` ``json``: ``data`` is a dict (or list), or the path of a local ``.json`` file.
    ``files`` / ``images``: ``data`` is the path of a local file, sent as multipart/form-data in the
    model's file parameter (``images``/``files`` when its APIs name none). ``path`` is the API path inside
    the service (default ``/``), appended to the service's access address. A request body holds at most
    12 MB.
    """
    kind = check_choice(
        "data_type", data_type.lower() if isinstance(data_type, str) else data_type, DATA_TYPES
    )
    api = api_path(path)
    body = json_data(data) if kind == "json" else file_upload(data, kind)
    return prediction_calls.predict(service.service_id, body, api, service._address)


def batch_predict(
    service: ServiceBase[Any], data: Any, data_type: str = "json", path: str = "/"
) -> Plan[Any]:
    """A batch service has no prediction API: :class:`~modelarts_hl.errors.ServiceError`."""
    raise ServiceError(f"service {service.service_id} is a batch service; it has no prediction API")


# -- models -------------------------------------------------------------------------------------------------


class ModelBase(Generic[SessionT, PredictorT, TransformerT]):
    """A model of the registry: ``Model(session, model_id=...)`` or, with creation parameters, a new one.

    Creation imports the model (``POST /v1/{project_id}/models``) and, with ``publish`` (default), waits up
    to ``timeout`` seconds until it is published.
    """

    _check_session: Callable[[object], SessionT]
    # The service classes that deploy_predictor() and deploy_transformer() return (each API its own).
    _predictor_class: Callable[[SessionT, str], PredictorT]
    _transformer_class: Callable[[SessionT, str], TransformerT]
    model_id: str

    def __init__(
        self,
        session: SessionT,
        model_id: str | None = None,
        *,
        model_name: str | None = None,
        model_version: str | None = None,
        publish: bool = True,
        source_location_type: str = "OBS_SOURCE",
        source_location: str | None = None,
        environment: Any = None,
        source_job_id: str | None = None,
        source_job_version: str | None = None,
        source_type: str | None = None,
        model_type: str | None = None,
        model_algorithm: str | None = None,
        description: str | None = None,
        execution_code: str | None = None,
        input_params: Sequence[Params] | None = None,
        output_params: Sequence[Params] | None = None,
        dependencies: Sequence[Dependencies] | None = None,
        apis: str | Sequence[Mapping[str, Any]] | None = None,
        runtime: str | None = None,
        timeout: float | None = DEFAULT_PUBLISH_TIMEOUT,
    ) -> None:
        self.session = type(self)._check_session(session)
        creation = {
            "model_name": model_name,
            "model_version": model_version,
            "source_location": source_location,
            "environment": environment,
            "source_job_id": source_job_id,
            "source_job_version": source_job_version,
            "source_type": source_type,
            "model_type": model_type,
            "model_algorithm": model_algorithm,
            "description": description,
            "execution_code": execution_code,
            "input_params": input_params,
            "output_params": output_params,
            "dependencies": dependencies,
            "apis": apis,
            "runtime": runtime,
        }
        given = [name for name, value in creation.items() if value is not None]
        if model_id is not None:
            if given:
                raise InvalidArgumentError(
                    given[0], "None together with model_id (an existing model is not created)"
                )
            self.model_id = check_model_id(model_id)
            return
        publish = check_flag("publish", publish)
        location_type = check_choice("source_location_type", source_location_type, SOURCE_LOCATION_TYPES)
        body = create_model_request(location_type=location_type, **creation)
        upload = None
        if location_type == "LOCAL_SOURCE":
            root = local_folder(source_location)
            obs = self._blocking_obs()
            upload = lambda: upload_local(obs, self.session.project_id, root)  # noqa: E731
        self._import(model_calls.import_model(body, upload=upload, publish=publish, timeout=timeout))

    def _blocking_obs(self) -> Any:
        """The OBS client whose transfers block their thread (a LOCAL_SOURCE upload runs as such a step)."""
        raise NotImplementedError

    def _import(self, plan: Plan[str]) -> None:
        """Import the model (each API runs the plan its way) and set ``model_id``."""
        raise NotImplementedError

    def __repr__(self) -> str:
        return f"{type(self).__name__}(model_id={getattr(self, 'model_id', None)!r})"


def get_model_list(
    session: Any,
    model_name: str | None = None,
    model_version: str | None = None,
    model_status: str | None = None,
    description: str | None = None,
    offset: int | str | None = None,
    limit: int | str | None = None,
    sort_by: str | None = None,
    order: str | None = None,
    workspace_id: str | None = None,
) -> Plan[Result[ListModelsResponse]]:
    """The models that match (``GET /v1/{project_id}/models``); Tables 7-7 to 7-9."""
    query = model_list_query(
        model_name, model_version, model_status, description, offset, limit, sort_by, order, workspace_id
    )
    return model_calls.list_model_page(query)


def get_model_object_list(
    make: Callable[[Any, str], ModelT],
    session: Any,
    model_name: str | None = None,
    model_version: str | None = None,
    model_status: str | None = None,
    description: str | None = None,
    offset: int | str | None = None,
    limit: int | str | None = None,
    sort_by: str | None = None,
    order: str | None = None,
    workspace_id: str | None = None,
) -> Plan[list[ModelT]]:
    """The matching models as ``Model`` objects (Tables 7-10 to 7-12)."""
    plan = get_model_list(
        session,
        model_name,
        model_version,
        model_status,
        description,
        offset,
        limit,
        sort_by,
        order,
        workspace_id,
    )
    listing = yield from plan
    return [make(session, summary["model_id"]) for summary in listing["models"]]


def get_model_info(model: ModelBase[Any, Any, Any]) -> Plan[Result[ModelDetail]]:
    """Details of the model (``GET /v1/{project_id}/models/{model_id}``); Tables 7-13 to 7-17."""
    return model_calls.show_model_info(model.model_id)


def delete_model(model: ModelBase[Any, Any, Any]) -> Plan[Result[DeleteModelResponse]]:
    """Deletes the model; :class:`~modelarts_hl.errors.ModelDeletionError` when the registry keeps it (a
    service uses it).
    """
    return model_calls.remove_model(model.model_id)


def wait_for_publishing(
    model: ModelBase[Any, Any, Any], timeout: float | None = DEFAULT_PUBLISH_TIMEOUT
) -> Plan[Result[ModelDetail]]:
    """Waits until the model is published; :class:`~modelarts_hl.errors.ModelPublishError` if not."""
    return model_calls.wait_for_publishing(model.model_id, timeout)


def deploy_predictor(
    model: ModelBase[Any, PredictorT, Any],
    service_name: str | None = None,
    infer_type: str = "real-time",
    vpc_id: str | None = None,
    subnet_network_id: str | None = None,
    security_group_id: str | None = None,
    configs: Sequence[Any] | None = None,
    description: str | None = None,
    schedule: Any = None,
    cluster_id: str | None = None,
    *,
    wait: bool = True,
    timeout: float | None = DEFAULT_DEPLOY_TIMEOUT,
) -> Plan[PredictorT]:
    """Deploys a real-time service (Tables 8-2, 8-3, 8-6) and waits until it runs; returns its
    ``Predictor``.
    """
    return _deploy(model, model._predictor_class, "real-time", locals())


def deploy_transformer(
    model: ModelBase[Any, Any, TransformerT],
    service_name: str | None = None,
    infer_type: str = "batch",
    vpc_id: str | None = None,
    subnet_network_id: str | None = None,
    security_group_id: str | None = None,
    configs: Sequence[Any] | None = None,
    description: str | None = None,
    schedule: Any = None,
    cluster_id: str | None = None,
    *,
    wait: bool = True,
    timeout: float | None = DEFAULT_DEPLOY_TIMEOUT,
) -> Plan[TransformerT]:
    """Deploys a batch service (Tables 8-2, 8-4) and waits until it has processed its inputs; returns its
    ``Transformer``.

    ``schedule`` is refused: only real-time services take one (Table 8-2).
    """
    return _deploy(model, model._transformer_class, "batch", locals())


def _deploy(
    model: ModelBase[Any, Any, Any],
    make: Callable[[Any, str], ServiceT],
    kind: str,
    arguments: dict[str, Any],
) -> Plan[ServiceT]:
    body = deployment_request(
        kind,
        arguments["infer_type"],
        configs=arguments["configs"],
        service_name=arguments["service_name"],
        description=arguments["description"],
        vpc_id=arguments["vpc_id"],
        subnet_network_id=arguments["subnet_network_id"],
        security_group_id=arguments["security_group_id"],
        schedule=arguments["schedule"],
        cluster_id=arguments["cluster_id"],
    )
    plan = service_calls.deploy(
        body, wait=check_flag("wait", arguments["wait"]), timeout=arguments["timeout"]
    )
    return _made(make, model.session, plan)


def _made(make: Callable[[Any, str], ServiceT], session: Any, plan: Plan[str]) -> Plan[ServiceT]:
    return make(session, (yield from plan))
