"""The model registry: ``Model`` and the classes of its creation parameters (``Params``, ``Dependencies``,
``Packages``).

Usage as documented by the official SDK::

    from modelarts_hl.model import Model
    from modelarts_hl.config.model_config import Params, Dependencies, Packages

    model = Model(session, model_id="...")                     # an existing model
    model = Model(session, model_name="digits", model_version="1.0.0",
                  source_location="/bucket/digits/", model_type="PyTorch")   # imports and waits
    model = Model(session, model_version="1.0.0", source_location_type="LOCAL_SOURCE",
                  source_location="/home/ma-user/work/digits/", model_type="PyTorch")
    Model.get_model_list(session, model_status="published", order="desc")
    model.deploy_predictor(service_name="digits", configs=[...])

``source_location`` is the OBS folder *holding* ``model/`` (the model files, ``config.json`` and
``customize_service.py``). With ``LOCAL_SOURCE`` the local folder is uploaded first, to the session's default
bucket ``modelarts-hl-<project id prefix>`` (created when missing), as SageMaker does with its default bucket.
Creating a model waits until it is ``published`` and raises :class:`ModelPublishError` with the reason when
it fails.
"""

from __future__ import annotations

from typing import Any

from modelarts_hl._core.calls import Plan
from modelarts_hl._core.documented import SessionCall, Synchronous, bound, runs
from modelarts_hl.session import Session, check_session

from . import documented
from .documented import DEFAULT_PUBLISH_TIMEOUT
from .operations import ModelOperations
from .service import Predictor, Transformer

__all__ = ["DEFAULT_PUBLISH_TIMEOUT", "Model"]


def model_object(session: Session, model_id: str) -> Model:
    """The object of a listed model."""
    return Model(session, model_id=model_id)


class Model(Synchronous, ModelOperations[Session, Predictor, Transformer]):
    """A model of the registry: ``Model(session, model_id=...)`` or, with creation parameters, a new one.

    Creation imports the model (``POST /v1/{project_id}/models``) and, with ``publish`` (default), waits up
    to ``timeout`` seconds until it is published.
    """

    _check_session = staticmethod(check_session)
    _predictor_class = Predictor
    _transformer_class = Transformer

    def _blocking_obs(self) -> Any:
        return self.session.obs

    def _import(self, plan: Plan[str]) -> None:
        self.model_id = self.session.run(plan)

    get_model_object_list = SessionCall(bound(model_object, documented.get_model_object_list))
    deploy_predictor = runs(documented.deploy_predictor)
    deploy_transformer = runs(documented.deploy_transformer)
