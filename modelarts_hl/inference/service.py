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

from modelarts_hl._core.documented import bound, runs, runs_at_session
from modelarts_hl.session import Session, check_session

from . import documented
from .documented import ServiceBase

__all__ = ["Predictor", "Transformer", "service_object"]


class Predictor(ServiceBase):
    """A deployed service (``Predictor(session, service_id=...)``); real-time services answer ``predict``."""

    session: Session
    _check_session = staticmethod(check_session)

    # -- lists ----------------------------------------------------------------------------------------------

    get_service_list = staticmethod(runs_at_session(documented.get_service_list, check_session))
    get_service_object_list = staticmethod(
        runs_at_session(
            bound(lambda *made: service_object(*made), documented.get_service_object_list), check_session
        )
    )

    # -- one service ----------------------------------------------------------------------------------------

    get_service_info = runs(documented.get_service_info)
    update_service_config = runs(documented.update_service_config)
    get_service_monitor = runs(documented.get_service_monitor)
    get_service_logs = runs(documented.get_service_logs)
    delete_service = runs(documented.delete_service)
    wait_for_deployment = runs(documented.wait_for_deployment)
    predict = runs(documented.predict)


class Transformer(Predictor):
    """A batch service: it processes the inputs of its configuration once and then is ``finished``."""

    _infer_type = "batch"
    predict = runs(documented.batch_predict)


def service_object(session: Session, service_id: str, infer_type: object) -> Predictor:
    cls = Transformer if infer_type == "batch" else Predictor
    return cls(session, service_id)
