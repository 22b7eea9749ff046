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

from modelarts_hl._core.documented import SessionCall, Synchronous, bound
from modelarts_hl.session import Session, check_session

from . import documented
from .operations import BatchOperations, ServiceOperations

__all__ = ["Predictor", "Transformer", "service_object"]


def service_object(session: Session, service_id: str, infer_type: object) -> Predictor:
    """The object of a listed service: a ``Transformer`` for a batch service, else a ``Predictor``."""
    return (Transformer if infer_type == "batch" else Predictor)(session, service_id)


class Predictor(Synchronous, ServiceOperations[Session]):
    """A deployed service (``Predictor(session, service_id=...)``); real-time services answer ``predict``."""

    _check_session = staticmethod(check_session)
    get_service_object_list = SessionCall(bound(service_object, documented.get_service_object_list))


class Transformer(BatchOperations, Predictor):
    """A batch service: it processes the inputs of its configuration once and then is ``finished``."""
