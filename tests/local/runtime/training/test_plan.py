"""How the local runtime turns a stored job into command lines and environments (no processes)."""

from __future__ import annotations

import shlex
import sys
from pathlib import Path
from typing import Any

import pytest

from modelarts_hl.local.runtime.training.layout import JobLayout
from modelarts_hl.local.runtime.training.plan import (
    PlanError,
    plan_job,
    task_command,
    task_environment,
    unsupported_reason,
)


def job(**algorithm: Any) -> dict[str, Any]:
    return {
        "kind": "job",
        "metadata": {"id": "job-1", "name": "j"},
        "status": {"tasks": ["worker-0", "worker-1"]},
        "algorithm": {
            "code_dir": "/bucket-a/code/",
            "boot_file": "/bucket-a/code/src/train.py",
            "engine": {"engine_name": "PyTorch", "engine_version": "PyTorch-1.8.0-python3.7"},
            "parameters": [{"name": "lr", "value": "0.1"}, {"name": "note", "value": "a b"}],
            "inputs": [{"name": "data_url", "remote": {"obs": {"obs_url": "/bucket-a/data/"}}}],
            "outputs": [{"name": "train_url", "remote": {"obs": {"obs_url": "obs://bucket-a/out"}}}],
            "environments": {"RANK": "user-wins"},
            **algorithm,
        },
        "spec": {
            "resource": {
                "flavor_id": "modelarts.p3.large.public",
                "node_count": 2,
                "flavor_detail": {"flavor_type": "GPU"},
            },
            "log_export_path": {"obs_url": "/bucket-a/log"},
            "volumes": [{"nfs": {"nfs_server_path": "10.0.0.1:/", "local_path": "/mnt"}}],
        },
    }


def test_preset_engine_plan(tmp_path: Path) -> None:
    layout = JobLayout.of(tmp_path, "job-1")
    plan = plan_job(job(), layout)
    assert (plan.code_dir, plan.boot_file, plan.log_url) == (
        "obs://bucket-a/code/",
        "src/train.py",
        "obs://bucket-a/log/",
    )
    assert [(c.name, c.obs_url) for c in plan.inputs] == [("data_url", "obs://bucket-a/data/")]
    assert [(c.name, c.obs_url) for c in plan.outputs] == [("train_url", "obs://bucket-a/out/")]
    code_root = layout.job_dir / "code"
    argv, cwd = task_command(plan, layout, code_root)
    assert cwd == code_root
    assert argv == [
        sys.executable,
        str(code_root / "src" / "train.py"),
        "--lr=0.1",
        "--note=a b",
        f"--data_url={layout.input_dir('data_url')}/",
        f"--train_url={layout.output_dir('train_url')}/",
    ]
    notes = "\n".join(plan.notes)
    assert "engine PyTorch PyTorch-1.8.0-python3.7" in notes
    assert (
        "modelarts.p3.large.public is simulated: the job runs on this machine's CPUs without its accelerators"
        in notes
    )
    assert "2 nodes run as 2 processes" in notes
    assert "NFS volume 10.0.0.1:/ -> /mnt cannot be mounted here" in notes


def test_task_environment(tmp_path: Path) -> None:
    layout = JobLayout.of(tmp_path, "job-1")
    plan = plan_job(job(environments={"USER_VAR": "1"}), layout)
    base = {
        "PATH": "/usr/bin",
        "HOME": "/root",
        "MODELARTS_SECRET_KEY": "x",
        "AWS_SECRET_ACCESS_KEY": "x",
        "GH_TOKEN": "x",
    }
    env = task_environment(plan, layout, 1, 29500, base)
    assert env["PATH"].split(":")[0] == str(Path(sys.executable).parent)
    assert env["HOME"] == "/root" and env["USER_VAR"] == "1"
    assert not {"MODELARTS_SECRET_KEY", "AWS_SECRET_ACCESS_KEY", "GH_TOKEN"} & set(env)
    assert (
        env["VC_TASK_INDEX"],
        env["RANK"],
        env["WORLD_SIZE"],
        env["VC_WORKER_NUM"],
        env["MA_NUM_HOSTS"],
    ) == (
        "1",
        "1",
        "2",
        "2",
        "2",
    )
    assert env["VC_WORKER_HOSTS"] == "127.0.0.1,127.0.0.1"
    assert (env["MASTER_ADDR"], env["MASTER_PORT"]) == ("127.0.0.1", "29500")
    assert env["MA_JOB_DIR"] == str(layout.job_dir)
    assert env["data_url"] == f"{layout.input_dir('data_url')}/"
    assert task_environment(plan_job(job(), layout), layout, 0, 1, {})["RANK"] == "user-wins"


@pytest.mark.parametrize(
    ("command", "expected"),
    [
        ("python train.py", "{py} train.py"),
        ("python3.7 -u train.py", "{py} -u train.py"),
        ("/home/ma-user/anaconda3/envs/PyTorch-1.4/bin/python /home/ma-user/x.py", "{py} {home}/x.py"),
        ("cd /home/ma-user && bash run.sh python_utils.py", "cd {home} && bash run.sh python_utils.py"),
    ],
)
def test_custom_image_command(tmp_path: Path, command: str, expected: str) -> None:
    layout = JobLayout.of(tmp_path, "job-1")
    plan = plan_job(
        job(engine={"image_url": "org/img:1"}, command=command, parameters=[{"name": "n", "value": "a b"}]),
        layout,
    )
    argv, cwd = task_command(plan, layout, None)
    assert argv[:2] == ["/bin/sh", "-c"] and cwd == layout.home
    channels = f"--data_url={layout.input_dir('data_url')}/ --train_url={layout.output_dir('train_url')}/"
    options = f"{shlex.quote('--n=a b')} {channels}"
    assert argv[2] == expected.format(py=shlex.quote(sys.executable), home=layout.home) + " " + options
    assert "custom image org/img:1 cannot be pulled" in plan.notes[0]


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"code_dir": None, "boot_file": None}, "neither code_dir + boot_file nor a command"),
        ({"boot_file": "/bucket-a/other/train.py"}, "is not inside the code directory"),
        ({"boot_file": "../train.py"}, "does not name a file inside the code directory"),
        (
            {"inputs": [{"name": "../up", "remote": {"obs": {"obs_url": "/bucket-a/d/"}}}]},
            "cannot name a folder",
        ),
        ({"outputs": [{"name": "out", "remote": {}}]}, "has no OBS path"),
        ({"code_dir": "bucket-a/code/"}, "is not an OBS location"),
    ],
)
def test_jobs_that_cannot_run(tmp_path: Path, change: dict[str, Any], message: str) -> None:
    with pytest.raises(PlanError, match=message.replace("+", r"\+").replace(".", r"\.")):
        plan_job(job(**change), JobLayout.of(tmp_path, "job-1"))


def test_what_is_refused_at_creation() -> None:
    assert unsupported_reason(job()) is None
    dataset = job(inputs=[{"name": "data_url", "remote": {"dataset": {"id": "d", "version_id": "v"}}}])
    field, problem = unsupported_reason(dataset) or ("", "")
    assert field == "algorithm.inputs[0].remote.dataset"
    assert problem.startswith("datasets do not exist in the local backend; put the data in OBS")
    reason = unsupported_reason(job(id="algo-1"))
    assert reason is not None and reason[0] == "algorithm.id"
