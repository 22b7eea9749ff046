"""Models and services in asyncio: ``Model``, ``Predictor`` and ``Transformer`` with the documented names
and arguments, every call awaited.

``Model(session, model_id=...)`` names an existing model; with creation parameters, ``await Model(...)``
imports it (uploading a ``LOCAL_SOURCE`` folder first) and waits until it is published.
"""

from __future__ import annotations

from collections.abc import Generator
from typing import Any

from modelarts_hl._core.calls import Plan
from modelarts_hl._core.documented import Asynchronous, SessionCall, aruns, bound
from modelarts_hl.inference import documented
from modelarts_hl.inference.operations import BatchOperations, ModelOperations, ServiceOperations

from .session import AsyncSession, check_async_session

__all__ = ["Model", "Predictor", "Transformer"]


def service_object(session: AsyncSession, service_id: str, infer_type: object) -> Predictor:
    """The object of a listed service: a ``Transformer`` for a batch service, else a ``Predictor``."""
    return (Transformer if infer_type == "batch" else Predictor)(session, service_id)


class Predictor(Asynchronous, ServiceOperations[AsyncSession]):
    """A deployed service (``Predictor(session, service_id=...)``); real-time services answer ``predict``."""

    _check_session = staticmethod(check_async_session)
    get_service_object_list = SessionCall(bound(service_object, documented.get_service_object_list))


class Transformer(BatchOperations, Predictor):
    """A batch service: it processes the inputs of its configuration once and then is ``finished``."""


def model_object(session: AsyncSession, model_id: str) -> Model:
    """The object of a listed model."""
    return Model(session, model_id=model_id)


class Model(Asynchronous, ModelOperations[AsyncSession, Predictor, Transformer]):
    """A model of the registry: ``Model(session, model_id=...)``, or ``await Model(session, model_name=...,
    ...)`` to import one (the arguments of the synchronous ``Model``).
    """

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

    get_model_object_list = SessionCall(bound(model_object, documented.get_model_object_list))
    deploy_predictor = aruns(documented.deploy_predictor)
    deploy_transformer = aruns(documented.deploy_transformer)
