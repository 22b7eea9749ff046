"""Train with the Estimator, import the job's output as a model and serve it: the ModelArts flow, locally."""

from __future__ import annotations

import textwrap
import uuid
from pathlib import Path

import numpy as np
import pytest

from modelarts_hl._core.polling import Backoff
from modelarts_hl.config.model_config import ServiceConfig
from modelarts_hl.estimatorV2 import Estimator
from modelarts_hl.local import LocalBackend
from modelarts_hl.local.runtime.training import LocalTrainingRuntime
from modelarts_hl.model import Model
from modelarts_hl.train_params import InputData, OutputData, TrainingFiles

from ..waiting import HANG
from .packages import FEATURES, LINEAR_SERVICE

pytestmark = pytest.mark.slow

TRAIN = """
import argparse, os, shutil
import numpy as np

parser = argparse.ArgumentParser()
parser.add_argument("--data_url", required=True)
parser.add_argument("--train_url", required=True)
args, _ = parser.parse_known_args()
table = np.loadtxt(os.path.join(args.data_url, "train.csv"), delimiter=",")
x, y = np.c_[table[:, :-1], np.ones(len(table))], table[:, -1]
params, *_ = np.linalg.lstsq(x, y, rcond=None)
# The output follows ModelArts' model package layout, so the job's output can be imported as it is.
model_dir = os.path.join(args.train_url, "model")
os.makedirs(model_dir, exist_ok=True)
with open(os.path.join(model_dir, "linear.pth"), "wb") as handle:
    np.save(handle, params)
here = os.path.dirname(os.path.abspath(__file__))
for name in ("customize_service.py", "features.py", "config.json"):
    shutil.copy(os.path.join(here, "inference", name), model_dir)
print("trained", params.round(3).tolist())
"""

CONFIG = '{"model_type": "PyTorch", "model_algorithm": "predict_analysis"}'


def test_a_trained_model_is_served(tmp_path: Path) -> None:
    with (
        LocalBackend(training_runtime=LocalTrainingRuntime) as backend,
        backend.session() as session,
    ):
        bucket = f"flow-{uuid.uuid4().hex[:8]}"
        session.obs.create_bucket(bucket)
        code = tmp_path / "code"
        (code / "inference").mkdir(parents=True)
        (code / "train.py").write_text(textwrap.dedent(TRAIN))
        (code / "inference" / "customize_service.py").write_text(textwrap.dedent(LINEAR_SERVICE))
        (code / "inference" / "features.py").write_text(textwrap.dedent(FEATURES))
        (code / "inference" / "config.json").write_text(CONFIG)
        session.obs.upload_dir(str(code), f"obs://{bucket}/")
        rng = np.random.default_rng(3)
        features = rng.normal(size=(50, 3))
        truth = np.array([2.0, -1.0, 0.5])
        data = tmp_path / "data"
        data.mkdir()
        np.savetxt(data / "train.csv", np.c_[features, features @ truth + 4.0], delimiter=",")
        session.obs.upload_dir(str(data), f"obs://{bucket}/")

        estimator = Estimator(
            session=session,
            training_files=TrainingFiles(code_dir=f"obs://{bucket}/code/", boot_file="train.py"),
            outputs=[OutputData(obs_path=f"obs://{bucket}/output/", name="train_url")],
            framework_type="PyTorch",
            framework_version="PyTorch-1.8.0-python3.7",
            train_instance_type="modelarts.local.cpu",
            train_instance_count=1,
        )
        job = estimator.fit(
            inputs=[InputData(obs_path=f"obs://{bucket}/data/", name="data_url")],
            wait=True,
            backoff=Backoff(initial=0.1, factor=1.5, maximum=0.5),
            timeout=HANG,
        )
        model = Model(
            session,
            model_name="trained",
            model_version="1.0.0",
            source_location=f"/{bucket}/output/",
            model_type="PyTorch",
            source_job_id=job.job_id,
        )
        assert model.get_model_info().source_job_id == job.job_id
        predictor = model.deploy_predictor(
            configs=[
                ServiceConfig(
                    model_id=model.model_id, weight=100, specification="modelarts.vm.cpu.2u", instance_count=1
                )
            ]
        )
        rows = [[1.0, 0.0, 0.0], [0.0, 2.0, 4.0]]
        reply = predictor.predict({"inputs": rows})
        assert reply["predictions"] == pytest.approx((np.array(rows) @ truth + 4.0).tolist(), abs=1e-6)
        predictor.delete_service()
