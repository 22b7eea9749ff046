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

import logging
from typing import TYPE_CHECKING, Any

from modelarts_client.api.models import show_model
from modelarts_client.api.services import (
    delete_service,
    list_service_update_logs,
    list_services,
    show_service,
    show_service_monitor,
    update_service,
)
from modelarts_client.models import (
    DeleteServiceResponse,
    ListServiceLogsResponse,
    ListServicesResponse,
    ModelDetail,
    ServiceDetail,
    ServiceMonitorResponse,
    UpdateServiceRequest,
    UpdateServiceRequestStatus,
    UpdateServiceResponse,
)
from modelarts_client.models import ServiceConfig as GeneratedServiceConfig
from modelarts_client.types import UNSET, Unset
from modelarts_hl._core.checks import (
    check_flag,
    check_member,
    check_text,
    check_timeout,
)
from modelarts_hl._core.fields import or_unset
from modelarts_hl._core.polling import Backoff, wait_until
from modelarts_hl._core.results import Result
from modelarts_hl._core.transport import expect
from modelarts_hl.errors import (
    DeploymentError,
    InvalidArgumentError,
    ServiceError,
)
from modelarts_hl.session import check_session

from .apis import file_parameter
from .config import config_requests, infer_type_of
from .mapping import service_list_query
from .prediction import DATA_TYPES, file_part, json_body
from .validation import (
    check_choice,
    check_description,
    check_service_id,
)

if TYPE_CHECKING:
    from modelarts_hl.session import Session

__all__ = ["DEFAULT_DEPLOY_TIMEOUT", "Predictor", "Transformer", "service_object"]

log = logging.getLogger("modelarts_hl.services")

DEFAULT_DEPLOY_TIMEOUT = 1800.0
POLL = Backoff(initial=0.2, factor=1.5, maximum=5.0)


# -- services ----------------------------------------------------------------------------------------------


class Predictor:
    """A deployed service (``Predictor(session, service_id=...)``); real-time services answer ``predict``."""

    def __init__(self, session: Session, service_id: str) -> None:
        check_session(session)
        self.session = session
        self.service_id = check_service_id(service_id)
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
        query = service_list_query(
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
            service_object(session, summary["service_id"], summary.get("infer_type"))
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
        description = check_description("description", description, "UpdateServiceRequest")
        if status is not None:
            status = check_member("status", status, UpdateServiceRequestStatus)
        wait = check_flag("wait", wait)
        timeout = check_timeout("timeout", timeout)
        requests: list[GeneratedServiceConfig] | Unset = UNSET
        if configs is not None and status is not None:
            log.warning("status and configs given: only the status of service %s changes", self.service_id)
        elif configs is not None:
            requests = config_requests(configs, infer_type_of(configs))
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

        :class:`~modelarts_hl._core.polling.WaitTimeoutError` after ``timeout`` seconds.
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
            request = {"content": json_body(data), "headers": {"Content-Type": "application/json"}}
        else:
            part = file_part(data)
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


def service_object(session: Session, service_id: str, infer_type: object) -> Predictor:
    cls = Transformer if infer_type == "batch" else Predictor
    return cls(session, service_id)
