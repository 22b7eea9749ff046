"""The spec's training operations agree with huaweicloudsdkmodelarts, or say why not (sdk_comparison.py)."""

from __future__ import annotations

from importlib.metadata import version

import pytest

from . import sdk_comparison
from .sdk_differences import EXPLAINED


@pytest.fixture(scope="module")
def results() -> list[sdk_comparison.Comparison]:
    return sdk_comparison.compare()


def test_the_pinned_sdk_is_the_one_compared() -> None:
    assert version(sdk_comparison.SDK_DISTRIBUTION) == sdk_comparison.SDK_VERSION


def test_every_difference_is_explained(results: list[sdk_comparison.Comparison]) -> None:
    unexplained = [
        f"{d.operation} {d.key}: SDK {d.sdk}, spec {d.spec}"
        for result in results
        for d in result.differences
        if sdk_comparison.explaining_key(d.key) is None
    ]
    assert unexplained == []


def test_every_explanation_explains_a_difference(results: list[sdk_comparison.Comparison]) -> None:
    used = {sdk_comparison.explaining_key(d.key) for result in results for d in result.differences}
    assert sorted(set(EXPLAINED) - used) == []


def test_the_operations_answering_a_job_answer_one_tree() -> None:
    # What lets the report compare createTrainingJob's answer for those of showTrainingJob and
    # terminateTrainingJob.
    assert sdk_comparison.job_answers_agree()


def test_the_report_is_current(results: list[sdk_comparison.Comparison]) -> None:
    expected = sdk_comparison.render(results)
    current = sdk_comparison.REPORT_PATH.read_text(encoding="utf-8")
    assert current == expected, "run: .venv/bin/python -m tests.foundation.sdk_comparison"


def test_a_field_added_to_one_side_only_is_reported() -> None:
    spec = sdk_comparison.load_spec()
    spec["components"]["schemas"]["AutoStop"]["properties"]["unit_count"] = {"type": "integer"}
    create = next(
        r for r in sdk_comparison.compare(spec) if (r.operation, r.side) == ("createTrainingJob", "request")
    )
    assert [(d.path, d.sdk, d.spec) for d in create.differences if "auto_stop" in d.path] == [
        ("spec.auto_stop.unit_count", None, "int")
    ]
