"""``jobs``: submit (options or a file, --wait), list, show, logs (--follow), metrics, stop, delete."""

from __future__ import annotations

import textwrap
import uuid
from pathlib import Path

import pytest
import yaml

from modelarts_hl.local import LocalBackend

from .conftest import Cli

pytestmark = [pytest.mark.slow, pytest.mark.xdist_group("cli-jobs")]

ENGINE = ["--framework-type", "PyTorch", "--framework-version", "PyTorch-1.8.0-python3.7"]
FLAVOR = ["--flavor", "modelarts.local.cpu", "--instance-count", "1"]

# Prints numbered lines in bursts, so that a follower sees the log grow between its reads.
COUNTING = """
import sys, time
for i in range(1, 41):
    print(f"line {i:03d}", flush=True)
    if i % 8 == 0:
        time.sleep(0.4)
sys.exit(next((int(a.split("=")[1]) for a in sys.argv if a.startswith("--exit_code=")), 0))
"""
SLEEPING = """
import time
print("started", flush=True)
time.sleep(300)
"""


def _code(backend: LocalBackend, bucket: str, source: str) -> str:
    """Uploads ``source`` as train.py of a code folder; returns the folder."""
    folder = f"obs://{bucket}/code-{uuid.uuid4().hex[:6]}/"
    with backend.session() as session:
        session.obs.write_bytes(folder + "train.py", textwrap.dedent(source).encode())
    return folder


def _name() -> str:
    return f"cli-{uuid.uuid4().hex[:10]}"


def _submit(cli: Cli, code: str, *extra: str, expect: int = 0) -> str:
    """Submits a job without waiting; returns its id."""
    ran = cli(
        "jobs",
        "submit",
        "--code-dir",
        code,
        "--boot-file",
        "train.py",
        *ENGINE,
        *FLAVOR,
        *extra,
        "-o",
        "json",
    )
    job_id: str = ran.json()["metadata"]["id"]
    return job_id


def test_submit_wait_streams_the_log_then_the_job_is_listed_shown_and_deleted(
    cli: Cli, backend: LocalBackend, bucket: str
) -> None:
    code = _code(backend, bucket, COUNTING)
    name = _name()
    ran = cli(
        "jobs", "submit", "--code-dir", code, "--boot-file", "train.py", *ENGINE, *FLAVOR,
        "--output-data", f"train_url=obs://{bucket}/out/", "--param", "epochs=3", "--name", name,
        "--wait", "-o", "table",
    )  # fmt: skip
    lines = ran.out.splitlines()
    assert [line for line in lines if line.startswith("line ")] == [f"line {i:03d}" for i in range(1, 41)]
    assert lines[-1].endswith("Completed")
    assert "Submitted training job" in ran.err

    listed = cli("jobs", "list", "--all", "--filter", "name", "like", name).json()
    assert [job["metadata"]["name"] for job in listed] == [name]
    job_id = listed[0]["metadata"]["id"]
    shown = cli("jobs", "show", job_id).json()
    assert shown["status"]["phase"] == "Completed"
    assert shown["algorithm"]["parameters"] == [{"name": "epochs", "value": "3"}]
    table = cli("jobs", "list", "--filter", "name", "in", name, "-o", "table").out.splitlines()
    assert table[0].split()[:3] == ["ID", "NAME", "PHASE"] and job_id in table[1] and "Completed" in table[1]

    log = cli("jobs", "logs", job_id).out
    assert "line 040" in log, "the log itself, into a pipe too"
    assert cli("jobs", "logs", job_id, "-o", "json").json()["content"] == log
    assert {m["metric"] for m in cli("jobs", "metrics", job_id).json()["metrics"]} >= {"cpuUsage", "memUsage"}
    assert cli("jobs", "metrics", job_id, "-o", "table").out.startswith("METRIC")

    assert cli("jobs", "delete", job_id).json() == {"job_id": job_id, "deleted": True}
    gone = cli("jobs", "show", job_id, expect=1)
    assert gone.error()["type"] == "NotFoundError" and gone.error()["status_code"] == 404


def test_submit_from_a_yaml_file_prints_only_json_on_stdout(
    cli: Cli, backend: LocalBackend, bucket: str, tmp_path: Path
) -> None:
    code = _code(backend, bucket, COUNTING)
    name = _name()
    job_file = tmp_path / "job.yaml"
    job_file.write_text(
        yaml.safe_dump(
            {
                "estimator": {
                    "training_files": {"code_dir": code, "boot_file": "train.py"},
                    "outputs": [{"obs_path": f"obs://{bucket}/out/", "name": "train_url"}],
                    "parameters": [{"name": "rate", "value": "0.1"}],
                    "framework_type": "PyTorch",
                    "framework_version": "PyTorch-1.8.0-python3.7",
                    "train_instance_type": "modelarts.vm.cpu.2u",
                    "train_instance_count": 1,
                },
                "fit": {"job_name": name},
            }
        )
    )
    # An option overrides the file.
    ran = cli(
        "jobs", "submit", "-f", str(job_file), "--flavor", "modelarts.local.cpu", "--wait", "-o", "json"
    )
    final = ran.json()
    assert final["metadata"]["name"] == name and final["status"]["phase"] == "Completed"
    assert final["spec"]["resource"]["flavor_id"] == "modelarts.local.cpu"
    assert "line 040" in ran.err, "with JSON output the log goes to stderr"

    job_file.write_text(yaml.safe_dump({"estimator": {"no_such_argument": 1}}))
    refused = cli("jobs", "submit", "-f", str(job_file), expect=2)
    assert "no_such_argument" in refused.err


def test_follow_prints_each_line_once_and_exits_with_the_outcome(
    cli: Cli, backend: LocalBackend, bucket: str
) -> None:
    code = _code(backend, bucket, COUNTING)
    job_id = _submit(cli, code)
    followed = cli("jobs", "logs", job_id, "--follow")
    numbered = [line for line in followed.out.splitlines() if line.startswith("line ")]
    assert numbered == [f"line {i:03d}" for i in range(1, 41)], "every line, once, in order"
    assert followed.out == cli("jobs", "logs", job_id).out, "the whole log, nothing else"

    failing = _submit(cli, code, "--param", "exit_code=3")
    ran = cli("jobs", "logs", failing, "--follow", "-o", "table", expect=1)
    assert "line 040" in ran.out
    [line] = ran.err.strip().splitlines()
    assert line == f"error: JobFailedError: training job {failing} ended Failed (worker-0 exit code 3)"
    error = cli("jobs", "logs", failing, "--follow", "-o", "json", expect=1).error()
    assert (error["type"], error["job_id"], error["phase"]) == ("JobFailedError", failing, "Failed")


def test_stop_terminates_and_follow_then_fails(cli: Cli, backend: LocalBackend, bucket: str) -> None:
    job_id = _submit(cli, _code(backend, bucket, SLEEPING))
    stopped = cli("jobs", "stop", job_id, "-o", "table")
    assert stopped.out.startswith(f"Stopping training job {job_id}")
    ran = cli("jobs", "logs", job_id, "--follow", expect=1)
    assert cli("jobs", "show", job_id).json()["status"]["phase"] == "Terminated"
    assert "terminated" in ran.err


def test_list_pages_and_refuses_what_does_not_fit(cli: Cli, backend: LocalBackend, bucket: str) -> None:
    assert len(cli("jobs", "list", "--limit", "1", "--order", "asc").json()) <= 1
    assert isinstance(cli("jobs", "list", "--filter", "phase", "in", "Completed,Failed").json(), list)
    assert "--all" in cli("jobs", "list", "--all", "--limit", "5", expect=2).err
    refused = cli("jobs", "list", "--limit", "100", "-o", "json", expect=2).error()
    assert refused["type"] == "InvalidArgumentError" and refused["argument"] == "limit"
    assert "Usage" in cli("jobs", "list", "--order", "sideways", expect=2).err


def test_catalogs(cli: Cli) -> None:
    flavors = cli("jobs", "flavors").json()
    assert {"flavor_id", "flavor_name"} <= set(flavors[0])
    engines = cli("jobs", "engines").json()
    assert {"framework_type": "PyTorch", "framework_version": "PyTorch-1.8.0-python3.7"} in engines
    table = cli("jobs", "engines", "-o", "table").out.splitlines()
    assert (
        table[0].split() == ["FRAMEWORK", "TYPE", "FRAMEWORK", "VERSION"] and len(table) == len(engines) + 1
    )
