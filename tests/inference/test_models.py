"""The model registry end to end: import from OBS and from a local folder, failures, lists, deletion."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from modelarts_hl.config.model_config import Dependencies, Packages, Params
from modelarts_hl.errors import WaitTimeoutError
from modelarts_hl.inference.local_source import default_bucket
from modelarts_hl.local import LocalBackend
from modelarts_hl.local.runtime.models.runtime import model_folder
from modelarts_hl.model import Model, ModelPublishError
from modelarts_hl.session import Session

from .conftest import BUCKET, upload
from .packages import BROKEN_SERVICE, FILE_API, TEXT_API, linear_package, raw_json_package, write_package


def test_import_from_obs_reads_config_json(session: Session, backend: LocalBackend, tmp_path: Path) -> None:
    location = upload(session, linear_package(tmp_path / "linear"))
    model = Model(
        session, model_name="linear", model_version="1.0.0", source_location=location, model_type="PyTorch"
    )
    info = model.get_model_info()
    assert info.model_status == "published" and info["model_status"] == "published"
    assert info.model_name == "linear" and info.model_version == "1.0.0"
    assert info.source_location == location
    assert info.model_algorithm == "predict_analysis"  # from config.json
    assert info.runtime == "python3.7"
    assert json.loads(info.model_metrics) == {"f1": 0.5, "recall": 0.6, "precision": 0.4, "accuracy": 0.7}
    assert json.loads(info.apis) == [FILE_API, TEXT_API]
    assert [(p.url, p.param_name, p.param_type) for p in info.input_params] == [
        ("/", "images", "file"),
        ("/v2/numbers", "numbers", "file"),
    ]
    assert info.dependencies[0].packages[0].package_name == "numpy"
    assert info.execution_code == f"{location}model/customize_service.py"
    files = sorted(p.name for p in model_folder(backend.context, model.model_id).iterdir())
    assert files == ["config.json", "customize_service.py", "features.py", "linear.pth"]
    assert info.model_size == sum(p.stat().st_size for p in (tmp_path / "linear" / "model").iterdir())
    assert isinstance(info.create_at, int) and info.tenant and info.project == backend.project_id


def test_given_parameters_win_over_config_json(session: Session, tmp_path: Path) -> None:
    location = upload(session, raw_json_package(tmp_path / "sk"))
    model = Model(
        session,
        model_name="sk-params",
        model_version="2.1.0",
        source_location=f"obs:/{location}",
        model_type="Scikit_Learn",
        model_algorithm="regression",
        description="weights of ten",
        environment="python3.6",
        source_job_id="job-1",
        source_job_version="V001",
        source_type="auto",
        execution_code=f"{location}model/customize_service.py",
        input_params=[
            Params(url="/", param_name="x", param_type="number", min=0, max="10", param_desc="input")
        ],
        output_params=[{"url": "/", "param_name": "y", "param_type": "number"}],
        dependencies=[Dependencies(installer="pip", packages=[Packages(package_name="numpy")])],
        apis=json.dumps([{"url": "/", "method": "post"}]),
    )
    info = model.get_model_info()
    assert info.model_algorithm == "regression"
    assert info.description == "weights of ten" and info.runtime == "python3.6"
    assert (info.source_job_id, info.source_job_version, info.source_type) == ("job-1", "V001", "auto")
    assert info.input_params[0].to_dict() == {
        "url": "/",
        "param_name": "x",
        "param_type": "number",
        "min": 0.0,
        "max": 10.0,
        "param_desc": "input",
    }
    assert info.output_params[0].param_name == "y"
    assert json.loads(info.apis) == [{"url": "/", "method": "post"}]


def test_local_source_uploads_to_the_default_bucket(session: Session, tmp_path: Path) -> None:
    parent = linear_package(tmp_path / "digits")
    model = Model(
        session,
        model_version="1.0.0",
        source_location_type="LOCAL_SOURCE",
        source_location=str(parent),
        model_type="PyTorch",
    )
    info = model.get_model_info()
    bucket = default_bucket(session.project_id)
    assert bucket.startswith("modelarts-hl-") and session.obs.bucket_exists(bucket)
    assert info.source_location.startswith(f"/{bucket}/") and info.source_location.endswith("/digits/")
    assert info.model_name.startswith("model-")  # generated when not given
    assert session.obs.exists(f"obs:/{info.source_location}model/customize_service.py")
    # The model folder itself works as well: it becomes model/ in OBS.
    direct = Model(
        session,
        model_name="direct",
        model_version="1.0.1",
        source_location_type="LOCAL_SOURCE",
        source_location=str(parent / "model"),
        model_type="PyTorch",
    )
    assert direct.get_model_info().model_status == "published"


@pytest.mark.parametrize(
    ("files", "reason"),
    [
        (
            {"customize_service.py": BROKEN_SERVICE, "config.json": "{not json"},
            "config.json is not valid JSON",
        ),
        ({"config.json": {"model_algorithm": "x"}, "weights.bin": b"1"}, "customize_service.py is missing"),
        ({"customize_service.py": "def broken(:\n", "config.json": {"model_algorithm": "x"}}, "line 1"),
        ({"customize_service.py": BROKEN_SERVICE}, "model_algorithm is neither given nor set"),
        (
            {
                "customize_service.py": BROKEN_SERVICE,
                "config.json": {"model_algorithm": "x", "apis": {"url": "/"}},
            },
            "apis must be a list",
        ),
    ],
    ids=["bad-json", "no-script", "syntax-error", "no-algorithm", "bad-apis"],
)
def test_broken_packages_fail_with_the_reason(
    session: Session, tmp_path: Path, files: dict[str, object], reason: str
) -> None:
    location = upload(session, write_package(tmp_path / "broken", files))
    with pytest.raises(ModelPublishError, match=reason) as raised:
        Model(session, model_version="1.0.0", source_location=location, model_type="MindSpore")
    assert raised.value.status == "failed" and reason in raised.value.error_msg
    failed = Model(session, model_id=raised.value.model_id).get_model_info()
    assert failed.model_status == "failed" and reason in failed.error_msg


def test_a_folder_without_model_subfolder_fails(session: Session, tmp_path: Path) -> None:
    (tmp_path / "flat").mkdir()
    (tmp_path / "flat" / "weights.bin").write_bytes(b"0")
    location = upload(session, tmp_path / "flat")
    with pytest.raises(ModelPublishError, match="no model/ folder under"):
        Model(session, model_version="1.0.0", source_location=location, model_type="PyTorch")
    with pytest.raises(ModelPublishError, match="no model/ folder under"):
        Model(session, model_version="1.0.0", source_location=f"/{BUCKET}/absent/", model_type="PyTorch")


def test_lists_filter_sort_and_page(session: Session, tmp_path: Path) -> None:
    location = upload(session, raw_json_package(tmp_path / "sk"))
    for version in ("1.0.0", "1.0.2", "1.0.10"):
        Model(
            session, model_name="pager", model_version=version, source_location=location, model_type="XGBoost"
        )
    listing = Model.get_model_list(session, model_name="pager", model_status="published", order="asc")
    assert listing.total_count == 3 and listing["count"] == 3
    assert [m.model_version for m in listing.models] == ["1.0.0", "1.0.2", "1.0.10"]
    by_version = Model.get_model_list(session, model_name="pager", sort_by="model_version", order="desc")
    assert [m["model_version"] for m in by_version["models"]] == ["1.0.10", "1.0.2", "1.0.0"]
    page = Model.get_model_list(session, model_name="pager", order="asc", offset="1", limit=2)
    assert page.total_count == 3 and [m.model_version for m in page.models] == ["1.0.10"]
    assert Model.get_model_list(session, model_name="pager", model_version="1.0.2").count == 1
    assert Model.get_model_list(session, model_name="pager", model_status="failed").count == 0
    assert (
        Model.get_model_list(session, model_name="pager", description="absent", workspace_id="0").count == 0
    )
    assert Model.get_model_list(session, model_name="pager", workspace_id="0").count == 3
    objects = Model.get_model_object_list(session, model_name="pager", order="asc")
    assert all(isinstance(m, Model) for m in objects) and len(objects) == 3
    assert objects[0].get_model_info().model_version == "1.0.0"
    assert str(listing).startswith("{") and "pager" in str(listing)


def test_delete_model_removes_record_and_files(
    session: Session, backend: LocalBackend, tmp_path: Path
) -> None:
    location = upload(session, raw_json_package(tmp_path / "sk"))
    model = Model(
        session, model_name="doomed", model_version="1.0.0", source_location=location, model_type="XGBoost"
    )
    folder = model_folder(backend.context, model.model_id)
    assert folder.is_dir()
    result = model.delete_model()
    assert result.delete_success_list == [model.model_id]
    assert not folder.exists()
    assert Model.get_model_list(session, model_name="doomed").count == 0


def test_publish_false_returns_at_once_and_waiting_has_a_timeout(tmp_path: Path) -> None:
    class Stuck:
        """A registry that never finishes importing."""

        def __init__(self, context: object) -> None:
            pass

        def publish(self, model: object) -> None:
            return None

        def delete(self, model_id: str) -> None:
            return None

        def close(self) -> None:
            return None

    with LocalBackend(model_runtime=Stuck) as backend, backend.session() as session:
        model = Model(
            session, model_version="1.0.0", source_location="/bucket/m/", model_type="PyTorch", publish=False
        )
        assert model.get_model_info().model_status == "publishing"
        with pytest.raises(WaitTimeoutError) as raised:
            Model(
                session,
                model_version="1.0.1",
                source_location="/bucket/m/",
                model_type="PyTorch",
                timeout=0.3,
            )
        assert raised.value.last.model_status == "publishing"
