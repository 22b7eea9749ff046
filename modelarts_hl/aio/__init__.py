"""The asyncio API: :class:`AsyncSession` and awaitable training jobs, models, services, predictions and OBS
transfers, with the documented names and arguments of the synchronous API.

::

    from modelarts_hl.aio import AsyncSession, Estimator, Model
    from modelarts_hl.train_params import TrainingFiles, InputData, OutputData

    async with AsyncSession() as session:
        job = await Estimator(session=session, training_files=..., ...).fit(inputs=[...], wait=True)
        model = await Model(session, model_name="digits", model_version="1.0.0", source_location="/b/p/",
                            model_type="PyTorch")
        predictor = await model.deploy_predictor(service_name="digits", configs=[...])
        replies = await asyncio.gather(*(predictor.predict(data=item) for item in items))

The calls are the same plans as the synchronous API's (argument checks, requests, answers, waits), awaited
on ``httpx.AsyncClient``; the configuration classes (``TrainingFiles``, ``InputData``, ``ServiceConfig``,
...) are the same classes.
"""

from modelarts_hl.inference import (
    Dependencies,
    Packages,
    Params,
    Schedule,
    ServiceConfig,
    TransformerConfig,
)
from modelarts_hl.training import Framework, InputData, OutputData, TrainingFiles

from .inference import Model, Predictor, Transformer
from .obs import AsyncOBS
from .session import AsyncSession
from .training import Estimator, TrainingJob

__all__ = [
    "AsyncOBS",
    "AsyncSession",
    "Dependencies",
    "Estimator",
    "Framework",
    "InputData",
    "Model",
    "OutputData",
    "Packages",
    "Params",
    "Predictor",
    "Schedule",
    "ServiceConfig",
    "TrainingFiles",
    "TrainingJob",
    "Transformer",
    "TransformerConfig",
]
