"""Realistic JSON (with unknown keys and values the spec does not list) survives the generated models."""

from __future__ import annotations

import json
import re
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

import modelarts_client.models as models

_DATE_TIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}")


def instants(value: Any) -> Any:
    """The same JSON with ISO 8601 date-times as datetimes: `.000Z` and `+00:00` name one instant."""
    if isinstance(value, dict):
        return {k: instants(v) for k, v in value.items()}
    if isinstance(value, list):
        return [instants(v) for v in value]
    if isinstance(value, str) and _DATE_TIME.match(value):
        return datetime.fromisoformat(value)
    return value


SAMPLES = sorted((Path(__file__).resolve().parents[1] / "data" / "samples").rglob("*.json"))


@pytest.mark.parametrize("sample", SAMPLES, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_round_trip_loses_nothing(sample: Path) -> None:
    payload: dict[str, Any] = json.loads(sample.read_text(encoding="utf-8"))
    model_class = getattr(models, sample.name.split(".")[0])
    assert instants(model_class.from_dict(payload).to_dict()) == instants(payload)


def test_there_are_samples_for_every_area() -> None:
    assert {p.parent.name for p in SAMPLES} >= {"iam", "training", "models_services"}
