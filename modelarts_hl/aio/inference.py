"""Models and services in asyncio: ``Model``, ``Predictor`` and ``Transformer`` with the documented names
and arguments, every call awaited.

``Model(session, model_id=...)`` names an existing model; with creation parameters, ``await Model(...)``
imports it (uploading a ``LOCAL_SOURCE`` folder first) and waits until it is published.
"""

from __future__ import annotations

from collections.abc import Generator
from typing import Any

from modelarts_hl._core.calls import Plan
from modelarts_hl._core.documented import aruns, aruns_at_session, bound
from modelarts_hl.inference import documented
from modelarts_hl.inference.documented import ModelBase, ServiceBase

from .session import AsyncSession, check_async_session

__all__ = ["Model", "Predictor", "Transformer"]


class Predictor(ServiceBase):
    """A deployed service (``Predictor(session, service_id=...)``); real-time services answer ``predict``."""

    session: AsyncSession
    _check_session = staticmethod(check_async_session)

    get_service_list = staticmethod(aruns_at_session(documented.get_service_list, check_async_session))
    get_service_object_list = staticmethod(
        aruns_at_session(
            bound(lambda *made: service_object(*made), documented.get_service_object_list),
            check_async_session,
        )
    )

    get_service_info = aruns(documented.get_service_info)
    update_service_config = aruns(documented.update_service_config)
    get_service_monitor = aruns(documented.get_service_monitor)
    get_service_logs = aruns(documented.get_service_logs)
    delete_service = aruns(documented.delete_service)
    wait_for_deployment = aruns(documented.wait_for_deployment)
    predict = aruns(documented.predict)


class Transformer(Predictor):
    """A batch service: it processes the inputs of its configuration once and then is ``finished``."""

    _infer_type = "batch"
    predict = aruns(documented.batch_predict)


def service_object(session: AsyncSession, service_id: str, infer_type: object) -> Predictor:
    cls = Transformer if infer_type == "batch" else Predictor
    return cls(session, service_id)


class Model(ModelBase):
    """A model of the registry: ``Model(session, model_id=...)``, or ``await Model(session, model_name=...,
    ...)`` to import one (the arguments of the synchronous ``Model``).
    """

    session: AsyncSession
    _check_session = staticmethod(check_async_session)
    _predictor_class = Predictor
    _transformer_class = Transformer
    _creation: Plan[str] | None = None

    def _blocking_obs(self) -> Any:
        return self.session.obs.blocking

    def _import(self, plan: Plan[str]) -> None:
        self._creation = plan

    def __await__(self) -> Generator[Any, None, Model]:
        return self._created().__await__()

    async def _created(self) -> Model:
        plan, self._creation = self._creation, None
        if plan is not None:
            self.model_id = await self.session.run(plan)
        return self

    get_model_list = staticmethod(aruns_at_session(documented.get_model_list, check_async_session))
    get_model_object_list = staticmethod(
        aruns_at_session(
            bound(lambda session, found: Model(session, model_id=found), documented.get_model_object_list),
            check_async_session,
        )
    )

    get_model_info = aruns(documented.get_model_info)
    delete_model = aruns(documented.delete_model)
    wait_for_publishing = aruns(documented.wait_for_publishing)
    deploy_predictor = aruns(documented.deploy_predictor)
    deploy_transformer = aruns(documented.deploy_transformer)
