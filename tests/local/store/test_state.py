"""State of the local backend: SQLite documents that survive restarts and concurrent writers."""

from __future__ import annotations

import socket
import threading
from pathlib import Path

import httpx
import pytest

from modelarts_hl.local import LocalBackend
from modelarts_hl.local.environment import state_environment
from modelarts_hl.local.runtime import NullTrainingRuntime
from modelarts_hl.local.store.state import Store
from modelarts_hl.session import Session

from ..conftest import issue_token


def test_jobs_models_services_survive_restart(tmp_path: Path) -> None:
    # The job record alone matters here: no runtime may move it on.
    with LocalBackend(tmp_path, training_runtime=NullTrainingRuntime) as backend:
        first_project, first_password = backend.project_id, backend.password
        with httpx.Client(
            base_url=backend.endpoint, headers={"X-Auth-Token": issue_token(backend)}, timeout=30
        ) as api:
            job = api.post(
                f"/v2/{backend.project_id}/training-jobs", json={"kind": "job", "metadata": {"name": "kept"}}
            ).json()
            model = {
                "model_name": "kept",
                "model_version": "1.0.0",
                "source_location": "obs://b/m",
                "model_type": "PyTorch",
            }
            model_id = api.post(f"/v1/{backend.project_id}/models", json=model).json()["model_id"]
            service = {
                "service_name": "kept",
                "infer_type": "real-time",
                "config": [{"model_id": model_id, "weight": 100, "specification": "s", "instance_count": 1}],
            }
            service_id = api.post(f"/v1/{backend.project_id}/services", json=service).json()["service_id"]
    with LocalBackend(tmp_path, training_runtime=NullTrainingRuntime) as backend:
        # The state directory remembers the identity, so earlier credentials keep working.
        assert (backend.project_id, backend.password) == (first_project, first_password)
        with httpx.Client(
            base_url=backend.endpoint, headers={"X-Auth-Token": issue_token(backend)}, timeout=30
        ) as api:
            shown = api.get(f"/v2/{backend.project_id}/training-jobs/{job['metadata']['id']}").json()
            assert shown == job
            assert api.get(f"/v1/{backend.project_id}/models/{model_id}").json()["model_name"] == "kept"
            assert api.get(f"/v1/{backend.project_id}/services/{service_id}").json()["service_name"] == "kept"
            assert len(api.get(f"/v1/{backend.project_id}/services/{service_id}/logs").json()["logs"]) == 1


def test_a_restart_keeps_the_endpoints_and_the_objects(tmp_path: Path) -> None:
    # A Session built for the first run (a pasted Session(...) line, exported variables) works with the next.
    with LocalBackend(tmp_path, training_runtime=NullTrainingRuntime) as backend:
        settings, environment = backend.settings(), backend.environment()
        with backend.session() as session:
            session.obs.create_bucket("kept-objects")
            session.obs.write_bytes("obs://kept-objects/data/a.txt", b"kept")
    assert state_environment(tmp_path) == environment
    with LocalBackend(tmp_path, training_runtime=NullTrainingRuntime) as backend:
        assert backend.endpoint == settings["iam_endpoint"]
        assert backend.obs_endpoint == settings["obs_endpoint"]
        with Session(**settings) as session:
            assert session.obs.read_bytes("obs://kept-objects/data/a.txt") == b"kept"
            session.obs.write_bytes("obs://kept-objects/data/b.txt", b"added")
    with LocalBackend(tmp_path) as backend, backend.session() as session:
        listed = sorted(item.key for item in session.obs.list_objects("obs://kept-objects/data/"))
        assert listed == ["data/a.txt", "data/b.txt"]


def test_a_remembered_port_in_use_is_named(tmp_path: Path) -> None:
    with LocalBackend(tmp_path) as backend:
        port = int(backend.endpoint.rsplit(":", 1)[1])
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", port))
        taken.listen()
        with pytest.raises(RuntimeError, match=f"127.0.0.1:{port} is in use \\(port;"):
            LocalBackend(tmp_path).start()
        # Given explicitly, another port serves the same state.
        with LocalBackend(tmp_path, port=0) as moved:
            assert moved.endpoint != f"http://127.0.0.1:{port}"


def test_a_state_directory_without_a_backend_has_no_environment(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match="holds no local backend"):
        state_environment(tmp_path)


def test_explicit_identity_overrides_the_remembered_one(tmp_path: Path) -> None:
    with LocalBackend(tmp_path) as backend:
        remembered = backend.project_id
    with LocalBackend(tmp_path, project_id="chosen") as backend:
        assert backend.project_id == "chosen"
    with LocalBackend(tmp_path) as backend:
        assert backend.project_id == "chosen" != remembered


def test_temporary_state_dir_is_removed() -> None:
    with LocalBackend() as backend:
        state_dir = backend.state_dir
        assert (state_dir / "state.db").is_file()
    assert not state_dir.exists()


def test_concurrent_updates_are_atomic(tmp_path: Path) -> None:
    store = Store(tmp_path)
    store.put("counter", "c", {"value": 0})

    def bump() -> None:
        for _ in range(200):
            store.update("counter", "c", lambda doc: {"value": doc["value"] + 1})

    threads = [threading.Thread(target=bump) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert store.get("counter", "c") == {"value": 1600}
    store.close()


def test_documents_keep_insertion_order_and_events(tmp_path: Path) -> None:
    store = Store(tmp_path)
    for name in ("b", "a", "c"):
        store.put("thing", name, {"name": name})
    store.put("thing", "a", {"name": "a2"})
    assert [doc["name"] for doc in store.documents("thing")] == ["b", "a2", "c"]
    store.append_event("thing", "a", {"n": 1})
    store.append_event("thing", "a", {"n": 2})
    store.update_last_event("thing", "a", lambda doc: {**doc, "done": True})
    assert store.events("thing", "a") == [{"n": 1}, {"n": 2, "done": True}]
    assert store.delete("thing", "a")
    assert store.events("thing", "a") == []
    assert not store.delete("thing", "a")
    store.close()


@pytest.mark.parametrize("part", ["..", "a/b", "", "x y"])
def test_log_path_refuses_unsafe_names(tmp_path: Path, part: str) -> None:
    store = Store(tmp_path)
    with pytest.raises(ValueError, match="log path"):
        store.log_path("training_job", part, "log.txt")
    store.close()
