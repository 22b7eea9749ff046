"""Generated models read their JSON lazily, one level at a time, and behave as the models they stand for."""

from __future__ import annotations

import copy
import json
import pickle
import threading
import time
from collections import Counter
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import pytest

import modelarts_client.models as models
from modelarts_client.models import JobMetadata, JobResponse, JobSpec, JobStatus, ListTrainingJobsResponse
from modelarts_client.types import UNSET, LazyModel, source_of

SAMPLES = Path(__file__).resolve().parents[1] / "data" / "samples"
JOB: dict[str, Any] = json.loads((SAMPLES / "training" / "JobResponse.json").read_text(encoding="utf-8"))


@pytest.fixture
def reads(monkeypatch: pytest.MonkeyPatch) -> Iterator[Counter[str]]:
    """How many times each model class read its level in the test."""
    counts: Counter[str] = Counter()
    for name in models.__all__:
        model_class = getattr(models, name)
        if isinstance(model_class, type) and issubclass(model_class, LazyModel):
            original = model_class._read

            def counting(self: Any, src_dict: Mapping[str, Any], _original: Any = original) -> None:
                counts[type(self).__name__] += 1
                _original(self, src_dict)

            monkeypatch.setattr(model_class, "_read", counting)
    yield counts


def test_from_dict_reads_nothing_and_a_field_reads_only_its_path(reads: Counter[str]) -> None:
    job = JobResponse.from_dict(JOB)
    assert not reads
    assert job.metadata.id == JOB["metadata"]["id"]
    assert reads == {"JobResponse": 1, "JobMetadata": 1}
    assert job.status.phase == JOB["status"]["phase"]  # type: ignore[union-attr]
    assert reads == {"JobResponse": 1, "JobMetadata": 1, "JobStatus": 1}
    job.metadata.name  # noqa: B018 - a level is read once
    assert reads["JobMetadata"] == 1


def test_a_listing_reads_only_the_items_used(reads: Counter[str]) -> None:
    page = ListTrainingJobsResponse.from_dict({"total": 3, "count": 3, "items": [JOB, JOB, JOB]})
    items = page.items
    assert not isinstance(items, type(UNSET)) and len(items) == 3
    assert items[1].metadata.name == JOB["metadata"]["name"]
    assert reads == {"ListTrainingJobsResponse": 1, "JobResponse": 1, "JobMetadata": 1}


def test_required_keys_are_checked_when_a_level_is_made() -> None:
    with pytest.raises(KeyError, match="metadata"):
        JobResponse.from_dict({"kind": "job"})
    job = JobResponse.from_dict(
        {"kind": "job", "metadata": {"name": "n"}, "algorithm": {"inputs": [{"name": "x"}]}}
    )
    # An input requires name and remote: the algorithm level fails when it is read, every time.
    for _ in range(2):
        with pytest.raises(KeyError, match="remote"):
            job.algorithm.inputs  # type: ignore[union-attr]  # noqa: B018
    assert job.metadata.name == "n"


def test_a_parsed_model_is_the_model_of_its_fields() -> None:
    job = JobResponse.from_dict(JOB)
    assert job == JobResponse.from_dict(JOB)
    assert job.to_dict() == JOB
    assert repr(job) == repr(JobResponse.from_dict(JOB))
    assert JobMetadata.from_dict({"name": "n", "id": "i"}) == JobMetadata(name="n", id="i")
    assert JobMetadata.from_dict({"name": "n"}) != JobMetadata(name="m")
    assert JobStatus.from_dict({"phase": "Running", "x": 1}).additional_properties == {"x": 1}


@pytest.mark.parametrize("make", [copy.copy, copy.deepcopy, lambda m: pickle.loads(pickle.dumps(m))])
def test_copies_and_pickles_equal_the_original(make: Any) -> None:
    copied = make(JobResponse.from_dict(JOB))
    assert copied == JobResponse.from_dict(JOB)
    assert copied.to_dict() == JOB
    assert make(UNSET) is UNSET


def test_source_of_is_the_json_as_received() -> None:
    job = JobResponse.from_dict(JOB)
    assert source_of(job) == JOB and list(source_of(job) or {}) == list(JOB)
    job.metadata  # noqa: B018 - reading does not consume it
    assert source_of(job) == JOB
    assert source_of(job.metadata) == JOB["metadata"]
    assert source_of(JobMetadata(name="n")) is None


def test_a_model_made_by_its_constructor_has_no_unread_level() -> None:
    metadata = JobMetadata(name="n")
    assert metadata.name == "n"
    with pytest.raises(AttributeError, match="no_such_field"):
        metadata.no_such_field  # type: ignore[attr-defined]  # noqa: B018
    assert not hasattr(JobResponse.from_dict(JOB), "no_such_field")


def test_changes_before_the_first_read_are_kept() -> None:
    job = JobResponse.from_dict(JOB)
    job.kind = "hetero_job"
    # Setting a field does not read the level; the read that a later field triggers keeps what was set.
    assert job.metadata.name == JOB["metadata"]["name"]
    assert job.kind == "hetero_job"
    metadata = JobMetadata.from_dict({"name": "n", "description": "old"})
    metadata.description = "new"
    assert metadata.to_dict() == {"name": "n", "description": "new"}
    assert metadata.additional_properties == {}


def test_threads_reading_one_model_at_once_all_see_its_fields(monkeypatch: pytest.MonkeyPatch) -> None:
    original = JobSpec._read

    def slow_read(self: JobSpec, src_dict: Mapping[str, Any]) -> None:
        time.sleep(0.05)  # every other thread arrives while this level is half read
        original(self, src_dict)

    monkeypatch.setattr(JobSpec, "_read", slow_read)
    spec = JobResponse.from_dict(JOB).spec
    assert isinstance(spec, JobSpec)
    start = threading.Barrier(8)
    seen: list[object] = []
    failures: list[BaseException] = []

    def read(name: str) -> None:
        start.wait()
        try:
            seen.append(getattr(spec, name))
        except BaseException as error:  # collected for the assertion
            failures.append(error)

    names = ["resource", "volumes", "log_export_path", "resource"] * 2
    threads = [threading.Thread(target=read, args=(name,)) for name in names]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not failures
    assert len(seen) == len(names) and all(value is not UNSET for value in seen)
