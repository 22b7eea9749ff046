"""Batch services (transformers) end to end: inputs in OBS go through the model, results come back to OBS."""

from __future__ import annotations

import json

import pytest

from modelarts_hl.config.model_config import TransformerConfig
from modelarts_hl.inference.service import Predictor
from modelarts_hl.model import DeploymentError, Model, ServiceError, Transformer
from modelarts_hl.session import Session

from .conftest import BUCKET, server_processes, upload
from .packages import expected, linear_package

pytestmark = [pytest.mark.slow, pytest.mark.xdist_group("models-batch")]

SPEC = "modelarts.vm.cpu.2u"
CSV_RULE = {
    "type": "object",
    "properties": {
        "data": {
            "type": "object",
            "properties": {
                "req_data": {
                    "type": "array",
                    "items": [
                        {
                            "type": "object",
                            "properties": {
                                "a": {"type": "number", "index": 0},
                                "b": {"type": "number", "index": 1},
                                "skipped": {"type": "string", "index": -1},
                                "c": {"type": "number", "index": 2},
                            },
                        }
                    ],
                }
            },
        }
    },
}


@pytest.fixture(scope="module")
def linear(session: Session, tmp_path_factory: pytest.TempPathFactory) -> Model:
    location = upload(session, linear_package(tmp_path_factory.mktemp("batch") / "linear"))
    return Model(
        session,
        model_name="batch-linear",
        model_version="1.0.0",
        source_location=location,
        model_type="PyTorch",
    )


def manifest(session: Session, dest: str, service_id: str) -> list[dict[str, str]]:
    text = session.obs.read_bytes(f"obs:/{dest}infer-result-{service_id}.manifest").decode()
    return [json.loads(line) for line in text.splitlines()]


def test_files_go_through_the_model_one_by_one(session: Session, linear: Model) -> None:
    inputs = {"one.txt": [1, 2, 3], "sub/two.txt": [0, 0, 1], "three.txt": [-1, 0, 4]}
    for name, row in inputs.items():
        session.obs.write_bytes(f"obs://{BUCKET}/batch-files/in/{name}", " ".join(map(str, row)).encode())
    session.obs.write_bytes(f"obs://{BUCKET}/batch-files/in/bad.txt", b"not numbers")
    dest = f"/{BUCKET}/batch-files/out/"
    config = TransformerConfig(
        model_id=linear.model_id,
        specification=SPEC,
        instance_count=2,
        src_path=f"/{BUCKET}/batch-files/in/",
        dest_path=dest,
        req_uri="/",
        mapping_type="file",
    )
    transformer = linear.deploy_transformer(service_name="batch-files", infer_type="batch", configs=[config])
    try:
        assert isinstance(transformer, Transformer)
        info = transformer.get_service_info()
        assert info.status == "finished" and info.infer_type == "batch"
        assert (
            info.config[0].src_path == f"/{BUCKET}/batch-files/in/" and info.config[0].mapping_type == "file"
        )
        assert info.config[0].finished_time >= info.config[0].start_time
        assert not server_processes(transformer.service_id)
        entries = {
            entry["source"].rsplit("/in/", 1)[1]: entry
            for entry in manifest(session, dest, transformer.service_id)
        }
        assert set(entries) == {*inputs, "bad.txt"}
        assert (
            entries["bad.txt"]["result"] == "FAILED" and "ValueError" in entries["bad.txt"]["error_message"]
        )
        for name, row in inputs.items():
            entry = entries[name]
            assert entry["result"] == "SUCCESSFUL"
            assert entry["inference-loc"] == f"obs:/{dest}infer-result/{name}_result.txt"
            reply = json.loads(session.obs.read_bytes(entry["inference-loc"]))
            assert reply["file"] == name.rsplit("/", 1)[-1]
            assert reply["predictions"] == [pytest.approx(expected(row))]
        with pytest.raises(ServiceError, match="batch service"):
            transformer.predict({"inputs": [[1, 2, 3]]})
        listed = Predictor.get_service_object_list(
            session, is_show=False, infer_type="batch", service_name="batch-files"
        )
        assert [type(item) for item in listed] == [Transformer]
    finally:
        transformer.delete_service()


def test_csv_rows_are_mapped_by_the_rule(session: Session, linear: Model) -> None:
    rows = [[1, 2, 3], [4, 5, 6], [0.5, 0.25, 2]]
    content = "\n".join(f"{a},{b},{c},extra" for a, b, c in rows)
    session.obs.write_bytes(f"obs://{BUCKET}/batch-csv/in/table.csv", content.encode())
    session.obs.write_bytes(f"obs://{BUCKET}/batch-csv/in/notes.md", b"not an input")
    dest = f"/{BUCKET}/batch-csv/out/"
    config = TransformerConfig(
        model_id=linear.model_id,
        specification=SPEC,
        instance_count=1,
        src_path=f"obs://{BUCKET}/batch-csv/in/",
        dest_path=f"obs:/{dest}",
        req_uri="/",
        mapping_type="csv",
        mapping_rule=CSV_RULE,
    )
    transformer = linear.deploy_transformer(service_name="batch-csv", configs=[config])
    try:
        (entry,) = manifest(session, dest, transformer.service_id)
        assert entry["result"] == "SUCCESSFUL" and entry["source"].endswith("/table.csv")
        lines = session.obs.read_bytes(entry["inference-loc"]).decode().splitlines()
        assert [json.loads(line)["predictions"] for line in lines] == [
            [pytest.approx(expected(r))] for r in rows
        ]
        logs = transformer.get_service_logs()
        assert logs.logs[-1].result == "SUCCESS"
    finally:
        transformer.delete_service()


def test_a_missing_bucket_fails_the_batch(session: Session, linear: Model) -> None:
    config = TransformerConfig(
        model_id=linear.model_id,
        specification=SPEC,
        instance_count=1,
        src_path="/no-such-bucket-here/in/",
        dest_path=f"/{BUCKET}/out/",
        req_uri="/",
        mapping_type="file",
    )
    with pytest.raises(DeploymentError) as raised:
        linear.deploy_transformer(configs=[config])
    assert raised.value.status == "failed" and "no-such-bucket-here" in raised.value.error_msg
    Transformer(session, raised.value.service_id).delete_service()
