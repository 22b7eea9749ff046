"""The sample code of the SDK reference, chapters 7 (models) and 8 (services), run against the local backend.

Each block is the documented sample with ``modelarts.`` replaced by ``modelarts_hl.`` and its placeholders
("input your model id", "specification", "src_path", ...) filled with real values. ``Session()`` finds the
backend through ``MODELARTS_*`` environment variables, as a notebook finds its own credentials. Where a sample
cannot run as printed, the comment says what was changed and why.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from modelarts_hl.local import LocalBackend
from tests.conftest import notebook_environment
from tests.waiting import HANG

from .packages import digit_package, linear_package

pytestmark = [pytest.mark.slow, pytest.mark.xdist_group("reference-samples")]


@pytest.fixture(scope="module")
def env(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    """The backend, a notebook-like environment pointing at it, and uploaded model packages."""
    with (
        LocalBackend() as backend,
        backend.session() as admin,
        pytest.MonkeyPatch.context() as patch,
    ):
        for name, value in notebook_environment(backend).items():
            patch.setenv(name, value)
        root = tmp_path_factory.mktemp("samples")
        admin.obs.create_bucket("w0403")
        admin.obs.upload_dir(str(digit_package(root / "digits")), "obs://w0403/")
        admin.obs.upload_dir(str(linear_package(root / "linear")), "obs://w0403/")
        for index in range(3):
            admin.obs.write_bytes(
                f"obs://w0403/testdigitrecognition/inferimages/{index}.png", bytes([index, 7])
            )
        yield {"model_location": "/w0403/digits/", "linear_location": "/w0403/linear/", "admin": admin}


def test_7_1_importing_a_model(env: dict[str, Any]) -> None:
    from modelarts_hl.config.model_config import Dependencies, Packages, Params, ServiceConfig  # noqa: F401
    from modelarts_hl.model import Model
    from modelarts_hl.session import Session

    session = Session()
    model_location = env["model_location"]

    # Method 2: create a model, with the documented formats of input_params, output_params and dependencies.
    input_params = []
    input_params1 = Params(
        url="/", param_name="images", param_type="file", min=None, max=None, param_desc="image"
    )
    input_params.append(input_params1)
    output_params = [
        Params(url="/", param_name="mnist_result", param_type="int", min="0", max="9", param_desc="digit")
    ]
    packages = []
    package1 = Packages(package_name="numpy", package_version="1.0.0", restraint="ATLEAST")
    packages.append(package1)
    dependencies = []
    dependency1 = Dependencies(installer="pip", packages=packages)
    dependencies.append(dependency1)
    apis = None  # read from config.json, as the table allows
    model_instance = Model(
        session,
        model_name="mnist_model",
        model_version="1.0.0",
        source_location=model_location,
        model_type="MXNet",
        model_algorithm="image_classification",
        execution_code=model_location + "model/customize_service.py",
        input_params=input_params,
        output_params=output_params,
        dependencies=dependencies,
        apis=apis,
    )

    # Method 1: initialize an existing model.
    model_instance = Model(session, model_id=model_instance.model_id)
    info = model_instance.get_model_info()
    assert info.model_status == "published" and info["output_params"][0]["max"] == 9.0
    env["mnist_model_id"] = model_instance.model_id

    # The NOTE example names its model "digit recognition"; a space breaks the documented naming rule
    # (letters, digits, '-' and '_'), so the call is refused before any request. The same sample with an
    # underscore:
    from modelarts_hl.errors import InvalidArgumentError

    with pytest.raises(InvalidArgumentError, match="model_name"):
        Model(
            session,
            model_name="digit recognition",
            model_version="1.0.0",
            source_location=model_location,
            model_type="MXNet",
            model_algorithm="image_classification",
        )
    model_instance = Model(
        session,
        model_name="digit_recognition",
        model_version="1.0.0",
        source_location=model_location,
        model_type="MXNet",
        model_algorithm="image_classification",
    )
    env["model_id"] = model_instance.model_id
    second = Model(
        session,
        model_name="digit_recognition",
        model_version="2.0.0",
        source_location=env["linear_location"],
        model_type="PyTorch",
    )
    env["model_id2"] = second.model_id


def test_7_2_and_7_3_querying_the_model_list(env: dict[str, Any], capsys: pytest.CaptureFixture[str]) -> None:
    from modelarts_hl.model import Model
    from modelarts_hl.session import Session

    session = Session()
    model_list = Model.get_model_list(session)
    print(model_list)
    assert model_list.total_count == 3 and '"model_name": "digit_recognition"' in capsys.readouterr().out
    model_list = Model.get_model_list(session, model_status="published", model_name="digit", order="desc")
    print(model_list)
    assert [m.model_version for m in model_list.models] == ["2.0.0", "1.0.0"]

    model_object_list = Model.get_model_object_list(session)
    print(model_object_list)
    assert len(model_object_list) == 3 and "Model(model_id=" in capsys.readouterr().out
    model_object_list = Model.get_model_object_list(
        session, model_status="published", model_name="digit", order="desc"
    )
    print(model_object_list)
    assert [m.model_id for m in model_object_list] == [env["model_id2"], env["model_id"]]


def test_7_4_querying_the_details_of_a_model(env: dict[str, Any]) -> None:
    from modelarts_hl.model import Model
    from modelarts_hl.session import Session

    session = Session()
    model_instance = Model(session, model_id=env["model_id"])
    model_info = model_instance.get_model_info()
    print(model_info)
    assert model_info["model_id"] == env["model_id"] and model_info.model_type == "MXNet"

    model_object_list = Model.get_model_object_list(session)
    model_instance = model_object_list[0]
    model_info = model_instance.get_model_info()
    print(model_info)
    assert model_info.model_status == "published"


def test_8_2_deploying_a_real_time_service(env: dict[str, Any]) -> None:
    from modelarts_hl.config.model_config import ServiceConfig, TransformerConfig  # noqa: F401
    from modelarts_hl.model import Model, Predictor
    from modelarts_hl.session import Session

    session = Session()
    # Method 2: deploy a real-time service predictor with two weighted model versions.
    envs = {"input_data_name": "images"}
    model_instance = Model(session, model_id=env["model_id"])
    configs = []
    service_config1 = ServiceConfig(
        model_id=env["model_id"],
        weight="70",
        specification="modelarts.vm.cpu.2u",
        instance_count=2,
        envs=envs,
    )
    service_config2 = ServiceConfig(
        model_id=env["model_id2"],
        weight="30",
        specification="modelarts.vm.cpu.2u",
        instance_count=2,
        envs=envs,
    )
    # The sample calls configs.append(service_config1, service_config2), which Python refuses (append takes
    # one item); both configurations are appended here.
    configs.extend([service_config1, service_config2])
    predictor_instance = model_instance.deploy_predictor(
        service_name="predictor_name",
        infer_type="real-time",
        vpc_id="vpc_id",
        subnet_network_id="subnet_network_id",
        security_group_id="security_group_id",
        configs=configs,
    )
    info = predictor_instance.get_service_info()
    assert (
        info.status == "running" and info.vpc_id == "vpc_id" and [c.weight for c in info.config] == [70, 30]
    )

    # Method 1: initialize the predictor of a deployed service.
    predictor_instance = Predictor(session, service_id=predictor_instance.service_id)
    assert predictor_instance.get_service_info().service_name == "predictor_name"
    env["service_id"] = predictor_instance.service_id

    # NOTE example: the digit recognition predictor.
    model_instance = Model(session, model_id=env["model_id"])
    configs = []
    config1 = ServiceConfig(
        model_id=env["model_id"],
        weight="100",
        instance_count=1,
        specification="modelarts.vm.cpu.2u",
        envs={"input_data_name": "images", "input_data_shape": "0,1,28,28", "output_data_shape": "0,10"},
    )
    configs.append(config1)
    predictor = model_instance.deploy_predictor(service_name="DigitRecognition", configs=configs)
    image = env["admin"].obs.read_bytes("obs://w0403/testdigitrecognition/inferimages/2.png")
    env["digit_service_id"] = predictor.service_id
    env["image"] = image


def test_8_2_deploying_a_batch_service(env: dict[str, Any], tmp_path: Path) -> None:
    from modelarts_hl.config.model_config import ServiceConfig, TransformerConfig  # noqa: F401
    from modelarts_hl.model import Model, Predictor
    from modelarts_hl.session import Session

    session = Session()
    # Testing an inference service (Predictor.predict) with the predictor of the NOTE example.
    image = tmp_path / "test.png"
    image.write_bytes(env["image"])
    predictor_instance = Predictor(session, service_id=env["digit_service_id"])
    predict_result = predictor_instance.predict(data=str(image), data_type="images")
    print(predict_result)
    assert predict_result == {"mnist_result": (2 + 7) % 10}
    # Two services cannot share a name: the batch NOTE example reuses "DigitRecognition".
    predictor_instance.delete_service()

    # Method 3: deploy a batch service transformer.
    model_instance = Model(session, model_id=env["model_id"])
    envs = {"input_data_name": "images"}
    configs = []
    transformer_config1 = TransformerConfig(
        model_id=env["model_id"],
        specification="modelarts.vm.cpu.2u",
        instance_count=2,
        src_path="/w0403/testdigitrecognition/inferimages/",
        dest_path="/w0403/method3/",
        req_uri="/",
        mapping_type="file",
        mapping_rule=None,
        envs=envs,
    )
    configs.append(transformer_config1)
    transformer = model_instance.deploy_transformer(
        service_name="transformer_name",
        infer_type="batch",
        vpc_id="vpc_id",
        subnet_network_id="subnet_network_id",
        security_group_id="security_group_id",
        configs=configs,
    )
    assert transformer.get_service_info().status == "finished"

    # NOTE example: the digit recognition transformer.
    model_instance = Model(session, model_id=env["model_id"])
    configs = []
    config1 = TransformerConfig(
        model_id=env["model_id"],
        specification="modelarts.vm.cpu.2u",
        instance_count=1,
        envs={"input_data_name": "images", "input_data_shape": "0,1,28,28", "output_data_shape": "0,10"},
        src_path="/w0403/testdigitrecognition/inferimages/",
        dest_path="/w0403/testdigitrecognition/",
        req_uri="/",
        mapping_type="file",
    )
    configs.append(config1)
    predictor = model_instance.deploy_transformer(
        service_name="DigitRecognition", infer_type="batch", configs=configs
    )
    manifest = (
        env["admin"]
        .obs.read_bytes(f"obs://w0403/testdigitrecognition/infer-result-{predictor.service_id}.manifest")
        .decode()
    )
    assert manifest.count('"SUCCESSFUL"') == 3
    result = env["admin"].obs.read_bytes("obs://w0403/testdigitrecognition/infer-result/1.png_result.txt")
    assert result == b'{"mnist_result": 8}'


def test_8_3_to_8_5_querying_services(env: dict[str, Any], capsys: pytest.CaptureFixture[str]) -> None:
    from modelarts_hl.model import Predictor
    from modelarts_hl.session import Session

    session = Session()
    # 8.3 Method 1 and Method 2.
    predictor_instance = Predictor(session, service_id=env["service_id"])
    predictor_info = predictor_instance.get_service_info()
    print(predictor_info)
    assert predictor_info.service_id == env["service_id"] and predictor_info["infer_type"] == "real-time"
    predictor_object_list = Predictor.get_service_object_list(session)
    predictor_instance = predictor_object_list[0]
    predictor_info = predictor_instance.get_service_info()
    print(predictor_info)
    assert predictor_info.status in ("running", "finished")

    # 8.4 Scenarios 1 and 2.
    predictor_list = Predictor.get_service_list(session)
    print(predictor_list)
    assert predictor_list.total_count == 3
    predictor_list = Predictor.get_service_list(
        session, service_name="digit", order="asc", offset="0", infer_type="real-time"
    )
    print(predictor_list)
    assert predictor_list.count == 0  # the real-time DigitRecognition service was deleted above
    # Names match as ModelArts matches them: "digit" finds DigitRecognition (the batch one is left).
    predictor_list = Predictor.get_service_list(session, service_name="digit", order="asc", offset="0")
    assert [(s.service_name, s.infer_type) for s in predictor_list.services] == [
        ("DigitRecognition", "batch")
    ]

    # 8.5 Scenarios 1 and 2.
    capsys.readouterr()
    predictor_list_object_resp = Predictor.get_service_object_list(session)
    print(predictor_list_object_resp)
    printed = capsys.readouterr().out
    assert '"total_count": 3' in printed and "Transformer(service_id=" in printed
    predictor_object_list = Predictor.get_service_object_list(
        session, service_name="predictor", order="asc", offset="0", infer_type="real-time"
    )
    print(predictor_object_list)
    assert [p.service_id for p in predictor_object_list] == [env["service_id"]]


def test_8_6_to_8_9_updating_monitoring_logs_and_deleting(env: dict[str, Any]) -> None:
    from modelarts_hl.config.model_config import ServiceConfig
    from modelarts_hl.model import Predictor
    from modelarts_hl.session import Session

    session = Session()
    # 8.6 Method 1: status and configs together change only the status (the service keeps both models).
    predictor_instance = Predictor(session, service_id=env["service_id"])
    configs = [
        ServiceConfig(
            weight="100", instance_count=1, specification="modelarts.vm.cpu.2u", model_id=env["model_id2"]
        )
    ]
    service_config = predictor_instance.update_service_config(
        description="description", status="running", configs=configs
    )
    print(service_config)
    info = predictor_instance.get_service_info()
    assert info.description == "description" and len(info.config) == 2
    # 8.6 Method 2, without status: the configuration is replaced.
    predictor_object_list = Predictor.get_service_object_list(session, service_id=env["service_id"])
    predictor_instance = predictor_object_list[0]
    predictor_config = predictor_instance.update_service_config(description="description", configs=configs)
    print(predictor_config)
    info = predictor_instance.wait_for_deployment(timeout=HANG)
    assert [c.model_id for c in info.config] == [env["model_id2"]]

    # 8.7 Method 1 and Method 2.
    predictor_instance = Predictor(session, service_id=env["service_id"])
    predictor_monitor = predictor_instance.get_service_monitor()
    print(predictor_monitor)
    assert predictor_monitor.monitors[0].model_id == env["model_id2"]
    predictor_monitor = Predictor.get_service_object_list(session)[0].get_service_monitor()
    print(predictor_monitor)

    # 8.8 Method 1 and Method 2.
    predictor_log = predictor_instance.get_service_logs()
    print(predictor_log)
    assert [log.result for log in predictor_log.logs][-1] == "SUCCESS" and len(predictor_log.logs) >= 2
    predictor_log = Predictor.get_service_object_list(session)[0].get_service_logs()
    print(predictor_log)

    # 8.9 Method 1 and Method 2.
    predictor_instance = Predictor(session, service_id=env["service_id"])
    predictor_instance.delete_service()
    predictor_object_list = Predictor.get_service_object_list(session)
    while predictor_object_list:
        predictor_instance = predictor_object_list[0]
        predictor_instance.delete_service()
        predictor_object_list = Predictor.get_service_object_list(session)
    assert Predictor.get_service_list(session).total_count == 0


def test_7_5_deleting_a_model(env: dict[str, Any]) -> None:
    from modelarts_hl.model import Model
    from modelarts_hl.session import Session

    session = Session()
    # Method 1.
    model_instance = Model(session, model_id=env["model_id"])
    model_instance.delete_model()
    # Method 2.
    model_object_list = Model.get_model_object_list(session)
    model_instance = model_object_list[0]
    model_instance.delete_model()
    assert Model.get_model_list(session).total_count == 1
