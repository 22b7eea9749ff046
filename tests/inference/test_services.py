"""Real-time services end to end: real inference server processes behind the service's access address."""

from __future__ import annotations

import collections
import functools
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import psutil
import pytest

from modelarts_client.models import ServiceDetail
from modelarts_hl._core.polling import wait_until
from modelarts_hl._core.results import Result
from modelarts_hl.config.model_config import Schedule, ServiceConfig
from modelarts_hl.errors import APIError
from modelarts_hl.inference import service_calls
from modelarts_hl.local import LocalBackend
from modelarts_hl.local.runtime.inference import LocalInferenceRuntime
from modelarts_hl.model import DeploymentError, Model, ModelDeletionError, Predictor
from modelarts_hl.session import Session

from ..waiting import HANG
from .conftest import server_processes, upload
from .packages import broken_package, expected, linear_package, raw_json_package

pytestmark = [pytest.mark.slow, pytest.mark.xdist_group("models-services")]

SPEC = "modelarts.vm.cpu.2u"


def poll_info(
    predictor: Predictor, done: Callable[[Result[ServiceDetail]], bool], *, what: str, timeout: float
) -> Result[ServiceDetail]:
    """The service's details, polled until ``done`` holds (``timeout`` only bounds a hang)."""
    plan = wait_until(
        lambda: service_calls.show_service_info(predictor.service_id), done, what=what, timeout=timeout
    )
    return predictor.session.run(plan)


def linear_from_obs(session: Session, tmp_path_factory: pytest.TempPathFactory, version: str) -> Model:
    location = upload(session, linear_package(tmp_path_factory.mktemp("linear") / "linear"))
    return Model(
        session, model_name="linear", model_version=version, source_location=location, model_type="PyTorch"
    )


def linear_from_local_folder(session: Session, tmp_path: Path) -> Model:
    return Model(
        session,
        model_version="1.0.0",
        source_location_type="LOCAL_SOURCE",
        source_location=str(linear_package(tmp_path / "linear")),
        model_type="PyTorch",
    )


@pytest.fixture(scope="module")
def linear(session: Session, tmp_path_factory: pytest.TempPathFactory) -> Model:
    return linear_from_obs(session, tmp_path_factory, "1.0.0")


@pytest.fixture(scope="module")
def linear_v2(session: Session, tmp_path_factory: pytest.TempPathFactory) -> Model:
    return linear_from_obs(session, tmp_path_factory, "2.0.0")


@pytest.fixture(scope="module")
def predictor(linear: Model) -> Iterator[Predictor]:
    config = ServiceConfig(model_id=linear.model_id, weight="100", specification=SPEC, instance_count=1)
    service = linear.deploy_predictor(service_name="linear-svc", description="linear model", configs=[config])
    yield service
    service.delete_service()


def test_a_running_service_answers_at_its_access_address(predictor: Predictor) -> None:
    # Every shape of request predict sends is in test_predict.
    info = predictor.get_service_info()
    assert info.status == "running" and info.infer_type == "real-time"
    assert info.access_address.endswith(f"/v1/infers/{predictor.service_id}")
    assert info.config[0].status == "ready" and info.config[0].weight == 100
    rows = [[1.0, 2.0, 3.0], [0.0, 0.0, 1.0]]
    reply = predictor.predict({"inputs": rows})
    assert reply["predictions"] == pytest.approx([expected(row) for row in rows])


def test_script_errors_are_failed_calls(predictor: Predictor) -> None:
    before = predictor.get_service_info()
    with pytest.raises(APIError) as raised:
        predictor.predict({"unexpected": 1})
    assert raised.value.status_code == 400 and raised.value.error_code == "MR.0105"
    assert "KeyError" in raised.value.error_msg
    after = predictor.get_service_info()
    assert after.invocation_times == before.invocation_times + 1
    assert after.failed_times == before.failed_times + 1


def test_monitor_measures_the_processes(predictor: Predictor) -> None:
    predictor.predict({"inputs": [[1, 2, 3]]})
    monitor = predictor.get_service_monitor()
    assert monitor.service_id == predictor.service_id and monitor["service_name"] == "linear-svc"
    (entry,) = monitor.monitors
    assert entry.model_name == "linear" and entry.model_version == "1.0.0"
    assert entry.invocation_times >= 1
    assert entry.cpu_memory_usage > 5  # MB resident in the real process
    assert entry.cpu_core_total == psutil.cpu_count()
    assert entry.cpu_memory_total >= entry.cpu_memory_usage
    assert entry.model_running_instance_count == 1


def test_update_description_stop_start_and_logs(predictor: Predictor) -> None:
    predictor.update_service_config(description="new words")
    assert predictor.get_service_info().description == "new words"
    result = predictor.update_service_config(status="stopped")
    assert result.to_dict() == {}
    info = predictor.get_service_info()
    assert info.status == "stopped" and info.config[0].status == "notReady"
    assert not server_processes_of(predictor)
    with pytest.raises(APIError) as raised:
        predictor.predict({"inputs": [[1, 2, 3]]})
    assert raised.value.status_code == 409
    # status wins over configs when both are given
    other = [ServiceConfig(model_id="not-used", weight=100, specification=SPEC, instance_count=1)]
    predictor.update_service_config(status="running", configs=other, wait=True)
    info = predictor.get_service_info()
    assert info.status == "running" and info.config[0].model_name == "linear"
    assert predictor.predict({"inputs": [[0, 0, 0]]})["predictions"] == [pytest.approx(0.25)]
    logs = predictor.get_service_logs()
    assert logs.service_id == predictor.service_id and logs.service_name == "linear-svc"
    results = [entry.result for entry in logs.logs]
    assert results[0] == "SUCCESS" and results[-2:] == ["SUCCESS", "SUCCESS"]
    assert all(isinstance(entry.update_time, int) for entry in logs.logs)
    assert logs.logs[-1].config[0].model_id == info.config[0].model_id


def server_processes_of(predictor: Predictor) -> list[psutil.Process]:
    return server_processes(predictor.service_id)


def test_weights_split_the_traffic_and_configs_can_change(linear: Model, linear_v2: Model) -> None:
    configs = [
        ServiceConfig(
            model_id=linear.model_id, weight=70, specification=SPEC, instance_count=1, envs={"MODEL_TAG": "a"}
        ),
        ServiceConfig(
            model_id=linear_v2.model_id,
            weight=30,
            specification=SPEC,
            instance_count=2,
            envs={"MODEL_TAG": "b"},
        ),
    ]
    predictor = linear.deploy_predictor(service_name="split", configs=configs)
    try:
        tags = collections.Counter(predictor.predict({"inputs": [[1, 1, 1]]})["tag"] for _ in range(100))
        assert 60 <= tags["a"] <= 80 and tags["a"] + tags["b"] == 100
        monitor = {m.model_version: m for m in predictor.get_service_monitor().monitors}
        assert (
            monitor["1.0.0"].invocation_times == tags["a"] and monitor["2.0.0"].invocation_times == tags["b"]
        )
        assert monitor["2.0.0"].model_running_instance_count == 2
        assert len(server_processes()) >= 3
        # A new configuration replaces the instances.
        predictor.update_service_config(
            configs=[
                ServiceConfig(model_id=linear_v2.model_id, weight=100, specification=SPEC, instance_count=1)
            ],
            wait=True,
        )
        info = predictor.get_service_info()
        assert [c.model_version for c in info.config] == ["2.0.0"]
        assert predictor.predict({"inputs": [[1, 1, 1]]})["tag"] == "untagged"
        assert predictor.get_service_logs().logs[-1].result == "SUCCESS"
        with pytest.raises(ModelDeletionError, match=r"ModelArts\.3009"):
            linear_v2.delete_model()
    finally:
        predictor.delete_service()


def test_raw_json_for_machine_learning_services(session: Session, tmp_path: Path) -> None:
    location = upload(session, raw_json_package(tmp_path / "sk"))
    model = Model(
        session, model_name="sk", model_version="1.0.0", source_location=location, model_type="Scikit_Learn"
    )
    predictor = model.deploy_predictor(
        configs=[ServiceConfig(model_id=model.model_id, weight=100, specification=SPEC, instance_count=1)]
    )
    try:
        assert predictor.get_service_info().service_name.startswith("service-")
        reply = predictor.predict({"data": {"req_data": [{"x": 1, "y": 2}, {"x": 3, "y": 0}]}})
        assert reply == [{"predictresult": 21.0}, {"predictresult": 3.0}]
    finally:
        predictor.delete_service()
        model.delete_model()


def test_a_broken_script_fails_the_deployment(session: Session, tmp_path: Path) -> None:
    location = upload(session, broken_package(tmp_path / "broken"))
    model = Model(
        session, model_name="broken", model_version="1.0.0", source_location=location, model_type="MindSpore"
    )
    config = ServiceConfig(model_id=model.model_id, weight=100, specification=SPEC, instance_count=1)
    with pytest.raises(DeploymentError, match="the weights file is corrupt") as raised:
        model.deploy_predictor(service_name="broken-svc", configs=[config])
    predictor = Predictor(session, service_id=raised.value.service_id)
    info = predictor.get_service_info()
    assert info.status == "failed" and "RuntimeError: the weights file is corrupt" in info.error_msg
    assert predictor.get_service_logs().logs[-1].result == "FAIL"
    assert not server_processes_of(predictor)
    predictor.delete_service()


def test_service_lists(predictor: Predictor, session: Session) -> None:
    listing = Predictor.get_service_list(
        session, service_name="linear", infer_type="real-time", order="asc", offset="0"
    )
    assert predictor.service_id in [s.service_id for s in listing.services]
    assert listing.total_count >= 1 and listing["count"] == len(listing["services"])
    only = Predictor.get_service_list(session, service_id=predictor.service_id, service_status="running")
    assert [s.service_name for s in only.services] == ["linear-svc"]
    assert (
        Predictor.get_service_list(session, service_id=predictor.service_id, service_status="failed").count
        == 0
    )
    info = predictor.get_service_info()
    by_model = Predictor.get_service_list(
        session, model_id=info.config[0].model_id, sort_by="service_name", order="desc", limit=1
    )
    assert by_model.count == 1 and by_model.total_count >= 1
    objects = Predictor.get_service_object_list(
        session,
        is_show=False,
        service_id=predictor.service_id,
        service_name="linear",
        infer_type="real-time",
        offset=0,
        limit=10,
        sort_by="publish_at",
        order="asc",
        model_id=info.config[0].model_id,
    )
    assert [type(o) for o in objects] == [Predictor] and objects[0].service_id == predictor.service_id
    assert objects[0].get_service_info().service_name == "linear-svc"


def test_object_list_prints_when_asked(
    predictor: Predictor, session: Session, capsys: pytest.CaptureFixture[str]
) -> None:
    Predictor.get_service_object_list(session, service_id=predictor.service_id)
    assert "linear-svc" in capsys.readouterr().out


def test_a_schedule_stops_the_service(tmp_path: Path) -> None:
    runtime = functools.partial(LocalInferenceRuntime, schedule_unit_seconds={"MINUTES": 1.0})
    with (
        LocalBackend(inference_runtime=runtime) as backend,
        backend.session() as session,
    ):
        model = linear_from_local_folder(session, tmp_path)
        predictor = model.deploy_predictor(
            configs=[
                ServiceConfig(model_id=model.model_id, weight=100, specification=SPEC, instance_count=1)
            ],
            schedule=[Schedule(op_type="stop", time_unit="MINUTES", duration=1)],
        )
        info = predictor.get_service_info()
        assert info.schedule[0].to_dict() == {"type": "stop", "time_unit": "MINUTES", "duration": 1}
        assert info.due_time > info.publish_at
        stopped = poll_info(predictor, lambda i: i.status == "stopped", what="scheduled stop", timeout=HANG)
        assert stopped.status == "stopped"
        assert not server_processes_of(predictor)


def test_an_instance_that_dies_fails_the_service(linear: Model) -> None:
    config = ServiceConfig(model_id=linear.model_id, weight=100, specification=SPEC, instance_count=2)
    predictor = linear.deploy_predictor(service_name="mortal", configs=[config])
    try:
        first, second = server_processes_of(predictor)
        first.kill()
        info = poll_info(predictor, lambda i: i.status != "running", what="concern", timeout=HANG)
        assert info.status == "concerning" and "exited with code" in info.error_msg
        assert predictor.predict({"inputs": [[1, 2, 3]]})["tag"] == "untagged"  # the other instance answers
        second.kill()
        info = poll_info(predictor, lambda i: i.status == "failed", what="failure", timeout=HANG)
        assert "exited with code" in info.error_msg
    finally:
        predictor.delete_service()


def test_deleting_everything_leaves_nothing_running(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Credentials of the process that runs the backend never reach inference code.
    monkeypatch.setenv("MY_API_TOKEN", "do-not-leak")
    monkeypatch.setenv("USER_SETTING", "kept")
    with (
        LocalBackend() as backend,
        backend.session() as session,
    ):
        model = linear_from_local_folder(session, tmp_path)
        config = ServiceConfig(model_id=model.model_id, weight=100, specification=SPEC, instance_count=2)
        kept = model.deploy_predictor(service_name="kept", configs=[config])
        deleted = model.deploy_predictor(service_name="deleted", configs=[config])
        assert len(server_processes_of(kept)) == 2 and len(server_processes_of(deleted)) == 2
        environment = server_processes_of(kept)[0].environ()
        assert "MY_API_TOKEN" not in environment and environment["USER_SETTING"] == "kept"
        assert not any(name.startswith("MODELARTS_") for name in environment)
        deleted.delete_service()
        assert not server_processes_of(deleted) and len(server_processes_of(kept)) == 2
        with pytest.raises(APIError) as raised:
            deleted.get_service_info()
        assert raised.value.status_code == 404
        time.sleep(0.1)
    # Stopping the backend ends the services still running.
    assert not server_processes_of(kept)


def test_services_come_back_after_a_restart(tmp_path: Path) -> None:
    state = tmp_path / "state"
    with LocalBackend(state) as backend, backend.session() as session:
        model = linear_from_local_folder(session, tmp_path)
        config = ServiceConfig(model_id=model.model_id, weight=100, specification=SPEC, instance_count=1)
        service_id = model.deploy_predictor(service_name="durable", configs=[config]).service_id
    assert not server_processes(service_id)
    with LocalBackend(state) as backend, backend.session() as session:
        predictor = Predictor(session, service_id)
        assert predictor.wait_for_deployment(timeout=HANG).status == "running"
        assert predictor.predict({"inputs": [[0, 0, 0]]})["predictions"] == [pytest.approx(0.25)]
    assert not server_processes(service_id)
