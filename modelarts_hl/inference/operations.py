"""The documented methods of models and services, stated once for both APIs: each made from its planner
(:mod:`.documented`) by :mod:`modelarts_hl._core.documented`, it runs the plan on a synchronous class
(``Model``, ``Predictor``, ``Transformer``) and awaits it on an asyncio one (``modelarts_hl.aio``'s).

The methods whose result is one of each API's own classes (``deploy_predictor``, ``get_model_object_list``,
...) are made on each class, from the same planners.
"""

from __future__ import annotations

from modelarts_hl._core.documented import Method, SessionCall

from . import documented
from .documented import ModelBase, PredictorT, ServiceBase, SessionT, TransformerT

__all__ = ["BatchOperations", "ModelOperations", "ServiceOperations"]


class ServiceOperations(ServiceBase[SessionT]):
    """The documented operations on one service, and the list of the project's services."""

    get_service_list = SessionCall(documented.get_service_list)

    get_service_info = Method(documented.get_service_info)
    update_service_config = Method(documented.update_service_config)
    get_service_monitor = Method(documented.get_service_monitor)
    get_service_logs = Method(documented.get_service_logs)
    delete_service = Method(documented.delete_service)
    wait_for_deployment = Method(documented.wait_for_deployment)
    predict = Method(documented.predict)


class BatchOperations:
    """What a batch service (``Transformer``) changes: it processes the inputs of its configuration once and
    then is ``finished``; it has no prediction API.
    """

    _infer_type = "batch"
    predict = Method(documented.batch_predict)


class ModelOperations(ModelBase[SessionT, PredictorT, TransformerT]):
    """The documented operations on one model, and the list of the registry's models."""

    get_model_list = SessionCall(documented.get_model_list)

    get_model_info = Method(documented.get_model_info)
    delete_model = Method(documented.delete_model)
    wait_for_publishing = Method(documented.wait_for_publishing)
