"""``Estimator``: create training jobs and manage them, as ``modelarts.estimatorV2.Estimator`` documents.

::

    from modelarts_hl.estimatorV2 import Estimator
    from modelarts_hl.train_params import TrainingFiles, InputData, OutputData

    estimator = Estimator(session=session,
                          training_files=TrainingFiles(code_dir="obs://bucket/code/", boot_file="train.py"),
                          outputs=[OutputData(obs_path="obs://bucket/output/", name="train_url")],
                          parameters=[{"name": "epochs", "value": 10}],
                          framework_type="PyTorch", framework_version="PyTorch-1.8.0-python3.7",
                          train_instance_type="modelarts.vm.cpu.8u", train_instance_count=1)
    job = estimator.fit(inputs=[InputData(obs_path="obs://bucket/data/", name="data_url")], wait=True,
                        show_log=True)
    job.get_job_info()["status"]["phase"]

Every argument is checked before any request (:class:`~modelarts_hl.errors.InvalidArgumentError` names it).
"""

from __future__ import annotations

from modelarts_hl._core.documented import Synchronous, runs
from modelarts_hl.session import Session

from . import documented
from . import validation as check
from .framework import Framework
from .job import TrainingJob
from .operations import EstimatorOperations

__all__ = ["Estimator", "Framework"]


class Estimator(Synchronous, EstimatorOperations[Session, TrainingJob]):
    """Describes training jobs to create with :meth:`fit`, or (with ``job_id``) one existing job.

    A job runs either a preset engine (``framework_type`` + ``framework_version``, with ``training_files``)
    or a custom image (``user_image_url`` + ``user_command``, ``training_files`` optional). Beyond the
    documented arguments, ``auto_stop`` (keyword only) stops each job after that many hours of running.
    """

    _job_class = TrainingJob
    _check_session = staticmethod(check.check_session)
    fit = runs(documented.fit)
