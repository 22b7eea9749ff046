"""``models`` and ``services``: a trained model registered, deployed, asked, watched, changed and removed."""

from __future__ import annotations

import json
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml

from modelarts_hl.demo import dataset
from modelarts_hl.demo.lifecycle import PROJECT
from modelarts_hl.estimatorV2 import Estimator
from modelarts_hl.local import LocalBackend
from modelarts_hl.train_params import InputData, OutputData, TrainingFiles

from ..inference.packages import expected, linear_package
from .conftest import Cli

pytestmark = [pytest.mark.slow, pytest.mark.xdist_group("cli-inference")]


@pytest.fixture(scope="module")
def trained(backend: LocalBackend) -> Iterator[str]:
    """The OBS folder holding a model package (model/, config.json, customize_service.py) that serves."""
    bucket = f"cli-model-{uuid.uuid4().hex[:8]}"
    train, _ = dataset.make()
    with backend.session() as session, tempfile.TemporaryDirectory() as work:
        session.obs.create_bucket(bucket)
        data = Path(work) / "data"
        data.mkdir()
        dataset.write_training_csv(train, data / "train.csv")
        session.obs.upload_dir(str(PROJECT), f"obs://{bucket}/")
        session.obs.upload_dir(str(data), f"obs://{bucket}/")
        Estimator(
            session=session,
            training_files=TrainingFiles(code_dir=f"obs://{bucket}/project/", boot_file="train.py"),
            outputs=[OutputData(obs_path=f"obs://{bucket}/output/", name="train_url")],
            parameters=[{"name": "epochs", "value": 100}],
            framework_type="PyTorch",
            framework_version="PyTorch-1.8.0-python3.7",
            train_instance_type="modelarts.local.cpu",
            train_instance_count=1,
        ).fit(inputs=[InputData(obs_path=f"obs://{bucket}/data/", name="data_url")], wait=True)
    yield f"obs://{bucket}/output/"


def test_a_model_is_created_deployed_asked_and_removed(cli: Cli, trained: str, tmp_path: Path) -> None:
    name = f"iris-{uuid.uuid4().hex[:6]}"
    created = cli(
        "models", "create", "--name", name, "--version", "1.0.0", "--source-location", trained,
        "--model-type", "PyTorch", "--model-algorithm", "predict_analysis",
    ).json()  # fmt: skip
    model_id = created["model_id"]
    assert created["model_status"] == "published"
    assert [m["model_id"] for m in cli("models", "list", "--name", name).json()] == [model_id]
    assert cli("models", "show", model_id).json()["model_name"] == name
    table = cli("models", "list", "--name", name, "-o", "table").out.splitlines()
    assert table[0].split()[:4] == ["ID", "NAME", "VERSION", "STATUS"] and "published" in table[1]

    service_name = f"svc-{uuid.uuid4().hex[:6]}"
    deployed = cli(
        "services", "deploy", "--model-id", model_id, "--name", service_name,
        "--specification", "modelarts.vm.cpu.2u", "--description", "from the command line",
    ).json()  # fmt: skip
    service_id = deployed["service_id"]
    assert deployed["status"] == "running" and deployed["config"][0]["model_id"] == model_id
    assert [s["service_id"] for s in cli("services", "list", "--name", service_name).json()] == [service_id]

    _, held_out = dataset.make()
    body = tmp_path / "body.json"
    body.write_text(json.dumps({"data": {"req_data": held_out.records()[:5]}}))
    reply = cli("services", "predict", service_id, "--data", f"@{body}").json()
    assert len(reply["data"]["resp_data"]) == 5
    inline = {"data": {"req_data": held_out.records()[:1]}}
    assert (
        len(cli("services", "predict", service_id, "--data", json.dumps(inline)).json()["data"]["resp_data"])
        == 1
    )
    piped = cli("services", "predict", service_id, "--data", "@-", input=json.dumps(inline)).json()
    assert "resp_data" in piped["data"]
    assert "--data or --file" in cli("services", "predict", service_id, expect=2).err

    monitor = cli("services", "monitor", service_id).json()
    assert monitor["monitors"][0]["invocation_times"] >= 3
    assert cli("services", "monitor", service_id, "-o", "table").out.startswith("MODEL")
    assert cli("services", "logs", service_id).json()["logs"][0]["result"] == "SUCCESS"
    assert cli("services", "show", service_id).json()["description"] == "from the command line"

    cli("services", "update", service_id, "--description", "changed")
    assert cli("services", "show", service_id, "-o", "table").out.count("changed") == 1
    assert cli("services", "update", service_id, "--status", "stopped").json()["status"] == "stopped"
    configs = tmp_path / "configs.yaml"
    configs.write_text(
        yaml.safe_dump(
            [
                {
                    "model_id": model_id,
                    "weight": 100,
                    "specification": "modelarts.vm.cpu.2u",
                    "instance_count": 1,
                }
            ]
        )
    )
    assert (
        cli("services", "update", service_id, "--configs", str(configs), "--wait").json()["status"]
        == "running"
    )

    refused = cli("models", "delete", model_id, expect=1)
    assert "ModelDeletionError" in refused.err or "error_code" in refused.err, "a service still uses it"
    assert cli("services", "delete", service_id).json() == {"service_id": service_id, "deleted": True}
    cli("services", "show", service_id, expect=1)
    assert cli("models", "delete", model_id).json() == {"model_id": model_id, "deleted": True}
    assert cli("models", "list", "--name", name).json() == []


def test_a_batch_service_from_a_file(cli: Cli, backend: LocalBackend, trained: str, tmp_path: Path) -> None:
    model_id = cli(
        "models", "create", "--name", f"batch-{uuid.uuid4().hex[:6]}", "--version", "1.0.0",
        "--source-location", trained, "--model-type", "PyTorch", "--model-algorithm", "predict_analysis",
    ).json()["model_id"]  # fmt: skip
    bucket = trained.removeprefix("obs://").split("/")[0]
    _, held_out = dataset.make()
    dataset.write_batch_csv(held_out, tmp_path / "rows.csv")
    cli("obs", "cp", str(tmp_path / "rows.csv"), f"obs://{bucket}/batch-in/rows.csv")
    deployment = tmp_path / "batch.yaml"
    deployment.write_text(
        yaml.safe_dump(
            {
                "infer_type": "batch",
                "service_name": f"batch-{uuid.uuid4().hex[:6]}",
                "configs": [
                    {
                        "model_id": model_id,
                        "specification": "modelarts.vm.cpu.2u",
                        "instance_count": 1,
                        "src_path": f"obs://{bucket}/batch-in/",
                        "dest_path": f"obs://{bucket}/batch-out/",
                        "req_uri": "/",
                        "mapping_type": "csv",
                        "mapping_rule": dataset.mapping_rule(),
                    }
                ],
            }
        )
    )
    finished = cli("services", "deploy", "-f", str(deployment)).json()
    assert (finished["infer_type"], finished["status"]) == ("batch", "finished")
    results = cli("obs", "ls", f"obs://{bucket}/batch-out/").json()
    assert any(item["key"].endswith("_result.txt") for item in results)
    assert "batch service" in cli("services", "predict", finished["service_id"], "--data", "{}", expect=1).err
    cli("services", "delete", finished["service_id"])
    cli("models", "delete", model_id)


def test_a_file_is_sent_in_the_models_file_parameter(cli: Cli, backend: LocalBackend, tmp_path: Path) -> None:
    bucket = f"cli-files-{uuid.uuid4().hex[:8]}"
    cli("obs", "mb", bucket)
    package = linear_package(tmp_path / "linear")
    cli("obs", "cp", "-r", "--flat", str(package), f"obs://{bucket}/linear/")
    model_id = cli(
        "models", "create", "--name", f"linear-{uuid.uuid4().hex[:6]}", "--version", "1.0.0",
        "--source-location", f"obs://{bucket}/linear/", "--model-type", "PyTorch",
    ).json()["model_id"]  # fmt: skip
    service_id = cli(
        "services", "deploy", "--model-id", model_id, "--specification", "modelarts.vm.cpu.2u"
    ).json()["service_id"]
    row = tmp_path / "row.txt"
    row.write_text("1 2 3\n")
    # The API at / names its file parameter "images": the file goes there, as multipart form data.
    reply = cli("services", "predict", service_id, "--file", str(row)).json()
    assert reply["file"] == "row.txt" and reply["predictions"] == [pytest.approx(expected([1, 2, 3]))]
    # An API at another path, answering text: printed as it came.
    text = cli("services", "predict", service_id, "--file", str(row), "--path", "/v2/numbers").out
    assert text.strip() == f"{expected([1, 2, 3]):.2f}"
    cli("services", "delete", service_id)
    cli("models", "delete", model_id)
