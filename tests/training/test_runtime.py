"""Training jobs that really run on this machine, driven through the documented client calls."""

from __future__ import annotations

import json
import uuid
from pathlib import Path

import numpy as np
import pytest

from modelarts_hl._core.calls import Plan
from modelarts_hl.errors import BadRequestError
from modelarts_hl.estimatorV2 import Estimator, JobFailedError, TrainingJob
from modelarts_hl.local import LocalBackend
from modelarts_hl.local.runtime import NullTrainingRuntime
from modelarts_hl.local.runtime.training import LocalTrainingRuntime
from modelarts_hl.local.runtime.training.layout import JobLayout
from modelarts_hl.session import Session
from modelarts_hl.train_params import InputData, OutputData, TrainingFiles
from modelarts_hl.training import calls as calls_module

from ..processes import alive
from ..waiting import HANG
from .conftest import FAST, CodeUploader, wait_for_log

pytestmark = pytest.mark.slow

LINEAR = """
import argparse, json, os
import numpy as np

parser = argparse.ArgumentParser()
parser.add_argument("--epochs", type=int, required=True)
parser.add_argument("--lr", type=float, required=True)
parser.add_argument("--data_url", required=True)
parser.add_argument("--train_url", required=True)
args, _ = parser.parse_known_args()
table = np.loadtxt(os.path.join(args.data_url, "train.csv"), delimiter=",")
x, y = np.c_[table[:, :-1], np.ones(len(table))], table[:, -1]
weights = np.zeros(x.shape[1])
for epoch in range(args.epochs):
    gradient = x.T @ (x @ weights - y) / len(y)
    weights -= args.lr * gradient
    if epoch % 50 == 0 or epoch == args.epochs - 1:
        print(f"epoch {epoch} loss={float(np.mean((x @ weights - y) ** 2)):.6f}")
json.dump({"weights": weights.tolist()}, open(os.path.join(args.train_url, "model.json"), "w"))
names = ("MA_JOB_DIR", "MA_LOG_DIR", "VC_TASK_INDEX", "VC_WORKER_NUM", "MA_NUM_HOSTS", "RANK", "WORLD_SIZE",
         "USER_ENV_VAR", "data_url", "MODELARTS_TEST_SECRET", "MY_API_TOKEN")
json.dump({name: os.environ.get(name) for name in names}, open(os.path.join(args.train_url, "env.json"), "w"))
print("cwd", os.getcwd())
print("training done")
"""


def make_estimator(session: Session, code_dir: str, bucket: str, **changes: object) -> Estimator:
    settings: dict[str, object] = {
        "training_files": TrainingFiles(code_dir=code_dir, boot_file="train.py"),
        "outputs": [OutputData(obs_path=f"obs://{bucket}/output/", name="train_url")],
        "framework_type": "PyTorch",
        "framework_version": "PyTorch-1.8.0-python3.7",
        "train_instance_type": "modelarts.local.cpu",
        "train_instance_count": 1,
    }
    settings.update(changes)
    return Estimator(session=session, **settings)  # type: ignore[arg-type]


def test_linear_model_trains_and_exports(
    session: Session,
    bucket: str,
    upload_code: CodeUploader,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    rng = np.random.default_rng(7)
    features = rng.normal(size=(200, 3))
    target = features @ np.array([1.5, -2.0, 0.5]) + 3.0
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    np.savetxt(data_dir / "train.csv", np.c_[features, target], delimiter=",")
    session.obs.upload_dir(str(data_dir), f"obs://{bucket}/")
    code_dir = upload_code({"train.py": LINEAR})
    # Credentials of the process that runs the backend never reach training code.
    monkeypatch.setenv("MODELARTS_TEST_SECRET", "do-not-leak")
    monkeypatch.setenv("MY_API_TOKEN", "do-not-leak")
    estimator = make_estimator(
        session,
        code_dir,
        bucket,
        parameters=[{"name": "epochs", "value": 400}, {"name": "lr", "value": "0.1"}],
        log_url=f"obs://{bucket}/log/",
        env_variables={"USER_ENV_VAR": "customize environment variable"},
        job_description="linear regression",
    )
    job = estimator.fit(
        inputs=[InputData(obs_path=f"obs://{bucket}/data/", name="data_url")],
        wait=True,
        show_log=True,
        job_name=f"linear-{uuid.uuid4().hex[:6]}",
        backoff=FAST,
    )
    printed = capsys.readouterr().out.splitlines()
    epochs = [line for line in printed if line.startswith("epoch ")]
    assert [line.split()[1] for line in epochs] == [str(epoch) for epoch in (*range(0, 400, 50), 399)]
    assert printed.count("training done") == 1
    assert any(line.startswith("[ModelArts Service Log] downloaded input data_url") for line in printed)

    info = job.get_job_info()
    status = info["status"]
    assert (status["phase"], status["secondary_phase"]) == ("Completed", "Completed")
    assert status["task_statuses"] == [{"task": "worker-0", "exit_code": 0}]
    assert status["start_time"] > 0 and status["duration"] > 0
    assert status["node_count_metrics"][0][1] == 1

    model = json.loads(session.obs.read_bytes(f"obs://{bucket}/output/model.json"))
    weights = np.array(model["weights"])
    assert np.allclose(np.c_[features, np.ones(200)] @ weights, target, atol=1e-3)
    env = json.loads(session.obs.read_bytes(f"obs://{bucket}/output/env.json"))
    assert env["MA_JOB_DIR"].endswith("/home/modelarts/user-job-dir")
    assert env["MA_LOG_DIR"].endswith("/home/modelarts/log")
    assert (env["VC_TASK_INDEX"], env["VC_WORKER_NUM"], env["MA_NUM_HOSTS"]) == ("0", "1", "1")
    assert (env["RANK"], env["WORLD_SIZE"]) == ("0", "1")
    assert env["USER_ENV_VAR"] == "customize environment variable"
    assert env["data_url"].endswith("/home/modelarts/inputs/data_url_0/")
    assert env["MODELARTS_TEST_SECRET"] is None and env["MY_API_TOKEN"] is None
    assert f"cwd {env['MA_JOB_DIR']}/code" in printed

    exported = session.obs.read_bytes(f"obs://{bucket}/log/modelarts-job-{job.job_id}-worker-0.log").decode()
    assert exported == job.get_job_log()["content"]
    assert "training done" in exported


def test_failing_script_raises_with_exit_code_and_traceback(
    session: Session, bucket: str, upload_code: CodeUploader
) -> None:
    code_dir = upload_code(
        {
            "train.py": """
            import sys
            print("loading data")
            def load():
                raise ValueError("column 3 is missing")
            load()
            """
        }
    )
    estimator = make_estimator(session, code_dir, bucket)
    with pytest.raises(JobFailedError) as caught:
        estimator.fit(wait=True, backoff=FAST)
    error = caught.value
    assert (error.phase, error.secondary_phase) == ("Failed", "Failed")
    assert error.exit_codes == {"worker-0": 1}
    assert error.messages["worker-0"] == "the process exited with code 1"
    assert "Traceback (most recent call last)" in error.log_tail
    assert "ValueError: column 3 is missing" in error.log_tail
    assert "ValueError: column 3 is missing" in str(error)
    assert "worker-0: exit code 1" in str(error)
    assert error.job_id == estimator.job_id


def test_missing_code_directory_fails_the_job(session: Session, bucket: str) -> None:
    estimator = make_estimator(session, f"obs://{bucket}/no-such-code/", bucket)
    with pytest.raises(JobFailedError) as caught:
        estimator.fit(wait=True, backoff=FAST)
    assert caught.value.exit_codes == {"worker-0": 1}
    assert "no-such-code" in caught.value.messages["worker-0"]


SLEEPER = """
import os, subprocess, sys, time
child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(600)"])
print("pids", os.getpid(), child.pid, flush=True)
time.sleep(600)
"""


def started_pids(job: TrainingJob) -> list[int]:
    log = wait_for_log(job, "pids ")
    pids = [int(pid) for pid in log.split("pids ", 1)[1].split()[:2]]
    assert all(alive(pid) for pid in pids)
    return pids


def test_terminate_stops_the_process_tree(session: Session, bucket: str, upload_code: CodeUploader) -> None:
    job = make_estimator(session, upload_code({"train.py": SLEEPER}), bucket).fit()
    pids = started_pids(job)
    assert job.get_job_info()["status"]["phase"] == "Running"
    assert job.control_job()["status"]["phase"] == "Terminating"
    final = job.wait(backoff=FAST, timeout=HANG)
    assert (final.status.phase, final.status.secondary_phase) == ("Terminated", "Terminated")
    assert final["status"]["task_statuses"][0]["exit_code"] == 143
    assert not any(alive(pid) for pid in pids)
    # Terminating a stopped job again changes nothing.
    assert Estimator.control_job_by_id(session, job.job_id)["status"]["phase"] == "Terminated"


def test_two_workers_get_their_rank_and_their_own_log(
    session: Session, bucket: str, upload_code: CodeUploader
) -> None:
    code_dir = upload_code(
        {
            "train.py": """
            import os
            env = os.environ
            print("rank", env["RANK"], "of", env["WORLD_SIZE"], "task", env["VC_TASK_INDEX"],
                  "hosts", env["MA_NUM_HOSTS"], "master", env["MASTER_ADDR"])
            """
        }
    )
    job = make_estimator(
        session, code_dir, bucket, train_instance_type="modelarts.vm.cpu.8u", train_instance_count=2
    ).fit(wait=True, backoff=FAST)
    info = job.get_job_info()
    assert info["status"]["tasks"] == ["worker-0", "worker-1"]
    assert [status["exit_code"] for status in info["status"]["task_statuses"]] == [0, 0]
    for rank in (0, 1):
        log = job.get_job_log(task_id=f"worker-{rank}")["content"]
        assert f"rank {rank} of 2 task {rank} hosts 2 master 127.0.0.1" in log
        assert f"rank {1 - rank} of" not in log
        assert "flavor modelarts.vm.cpu.8u is simulated" in log
        assert "2 nodes run as 2 processes" in log


def test_a_failing_worker_stops_the_others(session: Session, bucket: str, upload_code: CodeUploader) -> None:
    code_dir = upload_code(
        {
            "train.py": """
            import os, sys, time
            if os.environ["RANK"] == "1":
                sys.exit(3)
            time.sleep(600)
            """
        }
    )
    estimator = make_estimator(
        session, code_dir, bucket, train_instance_type="modelarts.vm.cpu.8u", train_instance_count=2
    )
    with pytest.raises(JobFailedError) as caught:
        estimator.fit(wait=True, backoff=FAST, timeout=HANG)
    assert caught.value.exit_codes == {"worker-0": 143, "worker-1": 3}
    assert caught.value.messages["worker-0"] == "stopped: worker-1 failed"
    assert caught.value.log_task == "worker-0"


def test_show_log_prints_thousands_of_lines_once(
    session: Session,
    bucket: str,
    upload_code: CodeUploader,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    # A small preview window: the log outgrows it, so successive tails only overlap in part.
    monkeypatch.setattr("modelarts_hl.local.server.handlers.training._LOG_PREVIEW_BYTES", 64 * 1024)
    # The job writes at most half a window ahead of what fit() has read, however the machine schedules them:
    # every part of the log is in some preview (a log that outruns the reader is tested in test_logs.py).
    read = tmp_path / "read"
    preview = calls_module._preview

    def reporting_preview(job_id: str, task_id: str) -> Plan[tuple[str, int | None, int | None]]:
        content, current_size, full_size = yield from preview(job_id, task_id)
        (tmp_path / "read.new").write_text(str(full_size or 0))
        (tmp_path / "read.new").replace(read)
        return content, current_size, full_size

    monkeypatch.setattr(calls_module, "_preview", reporting_preview)
    code_dir = upload_code(
        {
            "train.py": """
            import pathlib, sys, time
            read, written = pathlib.Path(READ), 0
            for burst in range(40):
                deadline = time.monotonic() + 60
                while written - int(read.read_text() if read.exists() else 0) > 32 * 1024:
                    assert time.monotonic() < deadline, "show_log stopped reading"
                    time.sleep(0.01)
                for line in range(100):
                    text = f"line {burst * 100 + line:05d} " + "x" * (line % 17)
                    print(text)
                    written += len(text) + 1
                sys.stdout.flush()
            """.replace("READ", repr(str(read)))
        }
    )
    job = make_estimator(session, code_dir, bucket).fit(wait=True, show_log=True, backoff=FAST)
    printed = [line for line in capsys.readouterr().out.splitlines() if not line.startswith("[ModelArts")]
    assert printed == [f"line {index:05d} " + "x" * (index % 100 % 17) for index in range(4000)]
    preview = job.get_job_log()
    assert preview["full_size"] > preview["current_size"] == 64 * 1024


def test_metrics_are_sampled_from_the_processes(
    session: Session, bucket: str, upload_code: CodeUploader
) -> None:
    code_dir = upload_code(
        {
            "train.py": """
            import time
            memory = bytearray(64 * 1024 * 1024)
            # A second of CPU time, over at least 1.5 s: several samples, however busy the machine is.
            end = time.monotonic() + 1.5
            while time.process_time() < 1.0 or time.monotonic() < end:
                pass
            """
        }
    )
    job = make_estimator(session, code_dir, bucket).fit(wait=True, backoff=FAST)
    metrics = {entry["metric"]: entry["value"] for entry in job.get_job_metrics()["metrics"]}
    assert set(metrics) == {"cpuUsage", "memUsage"}
    # The share of the CPUs depends on what else runs; that the busy process was measured does not.
    assert len(metrics["cpuUsage"]) == 1 and metrics["cpuUsage"][0] > 0
    assert metrics["memUsage"][0] > 0


def test_custom_image_command_runs_through_the_shell(
    session: Session, bucket: str, upload_code: CodeUploader
) -> None:
    code_dir = upload_code(
        {
            "train.py": """
            import os, sys
            print("argv", sys.argv[1:])
            print("cwd", os.getcwd())
            open(os.path.join(sys.argv[-1].split("=", 1)[1], "done.txt"), "w").write("ok")
            """
        }
    )
    estimator = Estimator(
        session=session,
        training_files=TrainingFiles(code_dir=code_dir, boot_file="train.py"),
        outputs=[OutputData(obs_path=f"obs://{bucket}/custom-out/", name="train_url")],
        parameters=[{"name": "epochs", "value": 1}],
        user_image_url="sdk-test/pytorch1_4:1.0.1",
        user_command="cd /home/ma-user && /home/ma-user/anaconda3/envs/PyTorch-1.4/bin/python "
        "/home/ma-user/modelarts/user-job-dir/code/train.py",
        train_instance_type="modelarts.p3.large.public",
        train_instance_count=1,
    )
    job = estimator.fit(wait=True, backoff=FAST)
    log = job.get_job_log()["content"]
    assert "custom image sdk-test/pytorch1_4:1.0.1 cannot be pulled" in log
    assert "without its accelerators" in log
    assert "argv ['--epochs=1', '--train_url=" in log
    assert session.obs.read_bytes(f"obs://{bucket}/custom-out/done.txt") == b"ok"


def test_datasets_are_refused_at_creation(session: Session, training_backend: LocalBackend) -> None:
    estimator = make_estimator(session, "obs://bucket-a/code/", "bucket-a")
    before = len(training_backend.context.store.documents("training_job"))
    with pytest.raises(BadRequestError) as caught:
        estimator.fit(dataset_id="ds-1", dataset_version_id="v-1")
    assert caught.value.status_code == 400
    assert "datasets do not exist in the local backend" in str(caught.value)
    assert "algorithm.inputs[0].remote.dataset" in str(caught.value)
    assert len(training_backend.context.store.documents("training_job")) == before


def test_delete_removes_the_job_and_its_files(
    session: Session, bucket: str, upload_code: CodeUploader, training_backend: LocalBackend
) -> None:
    code_dir = upload_code({"train.py": "print('hello')\n"})
    job = make_estimator(session, code_dir, bucket).fit(wait=True, backoff=FAST)
    layout = JobLayout.of(training_backend.state_dir, job.job_id)
    logs = training_backend.state_dir / "logs" / "training_job" / job.job_id
    assert layout.job_dir.is_dir() and logs.is_dir()
    with pytest.raises(BadRequestError, match="Completed cannot be terminated"):
        job.control_job()
    job.delete_job()
    assert not layout.root.exists() and not logs.exists()
    assert training_backend.context.store.get("training_metrics", f"{job.job_id}:worker-0") is None


def test_deleting_a_running_job_stops_it(
    session: Session, bucket: str, upload_code: CodeUploader, training_backend: LocalBackend
) -> None:
    job = make_estimator(session, upload_code({"train.py": SLEEPER}), bucket).fit()
    pids = started_pids(job)
    Estimator.delete_job_by_id(session, job.job_id)
    assert not any(alive(pid) for pid in pids)
    assert not JobLayout.of(training_backend.state_dir, job.job_id).root.exists()


def test_stopping_the_backend_terminates_its_jobs(tmp_path: Path) -> None:
    state = tmp_path / "state"
    code = tmp_path / "code"
    code.mkdir()
    (code / "train.py").write_text(SLEEPER, encoding="utf-8")
    with LocalBackend(state, training_runtime=LocalTrainingRuntime) as backend, backend.session() as session:
        session.obs.create_bucket("bucket-a")
        session.obs.upload_dir(str(code), "obs://bucket-a/")
        job = make_estimator(session, "obs://bucket-a/code/", "bucket-a").fit()
        pids = started_pids(job)
    assert not any(alive(pid) for pid in pids)
    with LocalBackend(state) as backend, backend.session() as session:
        assert Estimator(session=session, job_id=job.job_id).get_job_info()["status"]["phase"] == "Terminated"


def test_jobs_of_a_stopped_backend_are_lost(tmp_path: Path) -> None:
    with (
        LocalBackend(tmp_path / "state", training_runtime=NullTrainingRuntime) as first,
        first.session() as session,
    ):
        job = make_estimator(session, "obs://bucket-a/code/", "bucket-a").fit()
    with (
        LocalBackend(tmp_path / "state", training_runtime=LocalTrainingRuntime) as second,
        second.session() as session,
    ):
        status = Estimator(session=session, job_id=job.job_id).get_job_info()["status"]
    assert (status["phase"], status["secondary_phase"]) == ("Abnormal", "Lost")
    assert status["task_statuses"][0]["exit_code"] == -1
