"""The sample code of the SDK reference's chapter 6 (Training Management), run against the local backend.

Each sample is the documented code with ``modelarts.`` replaced by ``modelarts_hl.`` and its placeholders
(bucket, job ids, pool id) filled in; ``Session()`` finds the backend through ``MODELARTS_*`` variables. The
sections run in the reference's order, except that deleting comes last (it removes the jobs the others use).
"""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Any

import pytest

from modelarts_hl.local import LocalBackend
from modelarts_hl.session import Session
from modelarts_hl.training import JobFailedError
from tests.conftest import notebook_environment
from tests.waiting import HANG

from .conftest import CodeUploader, wait_for_log

pytestmark = pytest.mark.slow

CREATE_WITH_ENGINE = """
from modelarts.session import Session
from modelarts.train_params import TrainingFiles
from modelarts.train_params import OutputData
from modelarts.train_params import InputData
from modelarts.estimatorV2 import Estimator
session = Session()
# Parameters received in the training script (set based on the site requirements):
parameters = [{"name": "mod", "value": "gpu"}]
parameters = [{"name": "epoch_num", "value": 2}]
estimator = Estimator(session=session,
                      training_files=TrainingFiles(code_dir="obs://bucket_name/code_dir/",
                      boot_file="boot_file.py"),
                      outputs=[OutputData(obs_path="obs://bucket_name/output/", name="output_dir")],
                      parameters=parameters,
                      framework_type='PyTorch', # Common AI engine
                      framework_version='PyTorch-1.4.0-python3.6', # Version of the AI engine
                      train_instance_type="modelarts.p3.large.public",
                      train_instance_count=1,
                      log_url="obs://bucket_name/log/",
                      env_variables={"USER_ENV_VAR": "customize environment variable"},
                      job_description='This is a image net train job')
job_instance = estimator.fit(inputs=[InputData(obs_path="obs://bucket_name/input/",
name="data_url")],
                           job_name="job_name_1")
"""

CREATE_WITH_IMAGE = """
from modelarts.session import Session
from modelarts.train_params import TrainingFiles
from modelarts.train_params import OutputData
from modelarts.train_params import InputData
from modelarts.estimatorV2 import Estimator
session = Session()
# Parameters received in the training script (set based on the site requirements):
parameters = [{"name": "mod", "value": "gpu"}]
parameters = [{"name": "epoch_num", "value": 2}]
estimator = Estimator(session=session,
    training_files=TrainingFiles(code_dir= "obs://bucket_name/code_dir/",
boot_file="boot_file.py"),
    outputs=[OutputData(obs_path="obs://bucket_name/output/", name="output_dir")],
parameters=parameters,
user_image_url="sdk-test/pytorch1_4:1.0.1", # URL of the custom image
user_command="/home/ma-user/anaconda3/envs/PyTorch-1.4/bin/python /home/ma-\\
user/modelarts/user-job-dir/train/test-pytorch.py", # Custom boot command
train_instance_type="modelarts.p3.large.public",
train_instance_count=1,
log_url="obs://bucket_name/log/",
env_variables={"USER_ENV_VAR": "customize environment variable"},
job_description='This is a image net train job')
job_instance = estimator.fit(inputs=[InputData(obs_path="obs://bucket_name/input/",
name="data_url")],
job_name="job_name_2")
"""

CREATE_IN_POOL = """
from modelarts.session import Session
from modelarts.train_params import TrainingFiles
from modelarts.train_params import OutputData
from modelarts.train_params import InputData
from modelarts.estimatorV2 import Estimator
session = Session()
# Parameters received in the training script (set based on the site requirements):
parameters = [{"name": "mod", "value": "gpu"}]
parameters = [{"name": "epoch_num", "value": 2}]
estimator = Estimator(session=session,
    training_files=TrainingFiles(code_dir= "obs://bucket_name/code_dir/",
boot_file="boot_file.py"),
    outputs=[OutputData(obs_path="obs://bucket_name/output/", name="output_dir")],
parameters=parameters,
framework_type='PyTorch',
framework_version='PyTorch-1.4.0-python3.6',
pool_id="your pool id", # Dedicated resource pool ID
train_instance_type="modelarts.pool.visual.xlarge", # VM flavor of the dedicated pool
train_instance_count=1,
log_url="obs://bucket_name/log/",
env_variables={"USER_ENV_VAR": "customize environment variable"},
job_description='This is a image net train job')
job_instance = estimator.fit(inputs=[InputData(obs_path="obs://bucket_name/input/",
name="data_url")],
job_name="job_name_3")
"""

LIST_JOBS = """
from modelarts.session import Session
from modelarts.estimatorV2 import Estimator
session = Session()
job_list = Estimator.get_job_list(session=session, offset=10, limit=5, sort_by="create_time", order="asc",
                                    filters=[{"key": "name", "operator": "like", "value": ["trainjob"]}])
print(job_list)
"""

JOB_INFO = """
from modelarts.session import Session
from modelarts.estimatorV2 import Estimator
session = Session()
estimator = Estimator(session=session, job_id="618222c4-dc2f-4cfe-bc49-72b075b7552f")
job_info = estimator.get_job_info()
print(job_info)
job_info = job_instance.get_job_info()
print(job_info)
"""

UPDATE_JOB = """
from modelarts.session import Session
from modelarts.estimatorV2 import Estimator
session = Session()
estimator = Estimator(session=session, job_id="your job id")
estimator.update_job_configs(description="update job description")
job_instance.update_job_configs(description="update job description fourth")
"""

TERMINATE_JOB = """
from modelarts.session import Session
from modelarts.estimatorV2 import Estimator
session = Session()
info = Estimator.control_job_by_id(session=session, job_id="your job id")
print(info)
job_instance.control_job()
"""

JOB_LOG = """
from modelarts.session import Session
from modelarts.estimatorV2 import Estimator
session = Session()
estimator = Estimator(session=session, job_id="your job id")
info = estimator.get_job_log()
print(info)
log = job_instance.get_job_log(task_id="worker-0")
print(log)
"""

JOB_METRICS = """
from modelarts.session import Session
from modelarts.estimatorV2 import Estimator
session = Session()
estimator = Estimator(session=session, job_id="your job id")
info = estimator.get_job_metrics()
print(info)
info = job_instance.get_job_metrics(task_id="worker-0")
print(info)
"""

FLAVORS = """
from modelarts.session import Session
from modelarts.estimatorV2 import Estimator
session = Session()
info = Estimator.get_train_instance_types(session=session)
print(info)
"""

ENGINES = """
from modelarts.session import Session
from modelarts.estimatorV2 import Estimator
session = Session()
info = Estimator.get_framework_list(session=session)
print(info)
"""

DELETE_JOB = """
from modelarts.session import Session
from modelarts.estimatorV2 import Estimator
session = Session()
Estimator.delete_job_by_id(session=session, job_id="your job id")
job_instance.delete_job()
"""

BOOT_FILE = """
import argparse, time
parser = argparse.ArgumentParser()
parser.add_argument("--epoch_num", type=int)
args, _ = parser.parse_known_args()
print("epoch_num", args.epoch_num, flush=True)
time.sleep(600)
"""


def run(sample: str, namespace: dict[str, Any], **placeholders: str) -> None:
    code = sample.replace("from modelarts.", "from modelarts_hl.")
    for placeholder, value in placeholders.items():
        code = code.replace(placeholder, value)
    exec(compile(code, "<sample>", "exec"), namespace)


def test_chapter_6_samples(
    training_backend: LocalBackend,
    session: Session,
    bucket: str,
    upload_code: CodeUploader,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    upload_code({"boot_file.py": BOOT_FILE}, name="code_dir")
    data = tmp_path / "input"
    data.mkdir()
    (data / "part-0.csv").write_text("1,2\n", encoding="utf-8")
    session.obs.upload_dir(str(data), f"obs://{bucket}/")
    environment = {
        **notebook_environment(training_backend),
        "MODELARTS_CONFIG_FILE": str(tmp_path / "no-config"),
    }
    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    namespace: dict[str, Any] = {}
    suffix = uuid.uuid4().hex[:6]
    jobs = []
    for sample, name in (
        (CREATE_WITH_ENGINE, "job_name_1"),
        (CREATE_WITH_IMAGE, "job_name_2"),
        (CREATE_IN_POOL, "job_name_3"),
    ):
        run(sample, namespace, bucket_name=bucket, **{"your pool id": "pool-0001", name: f"{name}_{suffix}"})
        jobs.append(namespace["job_instance"])
    first, second, third = (job.job_id for job in jobs)

    run(LIST_JOBS, namespace)
    assert '"total"' in capsys.readouterr().out
    run(JOB_INFO, namespace, **{"618222c4-dc2f-4cfe-bc49-72b075b7552f": first})
    shown = capsys.readouterr().out
    assert f'"id": "{first}"' in shown and f'"id": "{third}"' in shown
    run(UPDATE_JOB, namespace, **{"your job id": first})
    by_id = namespace["Estimator"](session=namespace["session"], job_id=first)
    assert by_id.get_job_info()["metadata"]["description"] == "update job description"
    assert jobs[2].get_job_info()["metadata"]["description"] == "update job description fourth"

    for job in (jobs[0], jobs[2]):
        wait_for_log(job, "epoch_num 2")
    run(JOB_LOG, namespace, **{"your job id": first})
    assert "epoch_num 2" in capsys.readouterr().out
    run(JOB_METRICS, namespace, **{"your job id": first})
    assert "cpuUsage" in capsys.readouterr().out
    run(TERMINATE_JOB, namespace, **{"your job id": first})
    assert '"phase": "Terminating"' in capsys.readouterr().out
    for job in (jobs[0], jobs[2]):
        assert job.wait(timeout=HANG)["status"]["phase"] == "Terminated"
    run(FLAVORS, namespace)
    assert "modelarts.p3.large.public" in capsys.readouterr().out
    run(ENGINES, namespace)
    assert "PyTorch-1.4.0-python3.6" in capsys.readouterr().out
    # The custom image sample starts user-job-dir/train/test-pytorch.py, but its code directory lands in
    # user-job-dir/code_dir/: as the sample stands, its job fails (it would on ModelArts too).
    with pytest.raises(JobFailedError) as failed:
        jobs[1].wait(timeout=HANG)
    assert failed.value.exit_codes == {"worker-0": 2}
    assert "custom image sdk-test/pytorch1_4:1.0.1 cannot be pulled" in failed.value.log_tail
    assert "user-job-dir/train/test-pytorch.py': [Errno 2] No such file" in failed.value.log_tail
    run(DELETE_JOB, namespace, **{"your job id": second})
    remaining = {job["metadata"]["id"] for job in namespace["Estimator"].iter_jobs(namespace["session"])}
    assert first in remaining and second not in remaining and third not in remaining
    jobs[0].delete_job()
