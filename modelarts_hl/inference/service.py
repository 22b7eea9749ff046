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
from typing import Any

from modelarts_client.models import (
    DeleteServiceResponse,
    ListServiceLogsResponse,
    ListServicesResponse,
    ServiceDetail,
    ServiceMonitorResponse,
    UpdateServiceResponse,
)
from modelarts_hl._core.calls import Plan
from modelarts_hl._core.checks import check_flag
from modelarts_hl._core.results import Result
from modelarts_hl.errors import ServiceError
from modelarts_hl.session import Session, check_session

from . import prediction_calls, service_calls
from .mapping import service_list_query, update_service_request
from .prediction import DATA_TYPES, api_path, file_upload, json_data
from .service_calls import DEFAULT_DEPLOY_TIMEOUT, done_statuses
from .validation import check_choice, check_service_id

__all__ = ["Predictor", "Transformer", "service_object"]

log = logging.getLogger("modelarts_hl.services")


class Predictor:
    """A deployed service (``Predictor(session, service_id=...)``); real-time services answer ``predict``."""

    _infer_type = "real-time"

    def __init__(self, session: Session, service_id: str) -> None:
        check_session(session)
        self.session = session
        self.service_id = check_service_id(service_id)
        self._address = prediction_calls.ServiceAddress()

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
        query = service_list_query(
            service_id, service_name, infer_type, offset, limit, service_status, sort_by, order, model_id
        )
        return check_session(session).run(service_calls.list_service_page(query))

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
        return self.session.run(self._info())

    def _info(self) -> Plan[Result[ServiceDetail]]:
        info = yield from service_calls.show_service_info(self.service_id)
        self._address.remember(info)
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
        body, redeploys = update_service_request(description, status, configs)
        if status is not None and configs is not None:
            log.warning("status and configs given: only the status of service %s changes", self.service_id)
        wait_for = done_statuses(self._infer_type) if check_flag("wait", wait) and redeploys else None
        plan = service_calls.update_service_config(self.service_id, body, wait_for=wait_for, timeout=timeout)
        return self.session.run(plan)

    def get_service_monitor(self) -> Result[ServiceMonitorResponse]:
        """Calls, failures and resource use per model (``GET .../services/{id}/monitor``); Table 8-21."""
        return self.session.run(service_calls.service_monitor(self.service_id))

    def get_service_logs(self) -> Result[ListServiceLogsResponse]:
        """The update logs of the service (``GET .../services/{service_id}/logs``); Tables 8-22 to 8-25."""
        return self.session.run(service_calls.service_logs(self.service_id))

    def delete_service(self) -> Result[DeleteServiceResponse]:
        """Deletes the service (``DELETE /v1/{project_id}/services/{service_id}``)."""
        return self.session.run(service_calls.remove_service(self.service_id))

    # -- waiting --------------------------------------------------------------------------------------------

    def wait_for_deployment(self, timeout: float | None = DEFAULT_DEPLOY_TIMEOUT) -> Result[ServiceDetail]:
        """Waits until the service is deployed, logging its progress; :class:`DeploymentError` if it fails.

        :class:`~modelarts_hl.errors.WaitTimeoutError` after ``timeout`` seconds.
        """
        plan = service_calls.wait_for_deployment(self.service_id, done_statuses(self._infer_type), timeout)
        return self.session.run(plan)

    # -- prediction -----------------------------------------------------------------------------------------

    def predict(self, data: Any, data_type: str = "json", path: str = "/") -> Any:
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
        return self.session.run(prediction_calls.predict(self.service_id, body, api, self._address))


class Transformer(Predictor):
    """A batch service: it processes the inputs of its configuration once and then is ``finished``."""

    _infer_type = "batch"

    def predict(self, data: Any, data_type: str = "json", path: str = "/") -> Any:
        raise ServiceError(f"service {self.service_id} is a batch service; it has no prediction API")


def service_object(session: Session, service_id: str, infer_type: object) -> Predictor:
    cls = Transformer if infer_type == "batch" else Predictor
    return cls(session, service_id)
