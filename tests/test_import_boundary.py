"""Which heavy libraries importing a documented module may load (each probed in a fresh interpreter).

A script or CLI that makes one call pays for every module its imports load. The OBS SDK (esdk-obs-python,
module ``obs``) brings requests, urllib3 and pycryptodome with it; it loads only when OBS transfers are used.
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

OBS_SDK = ("obs", "requests", "urllib3", "Crypto", "modelarts_hl.obs.api", "modelarts_hl.obs.client")
ENTRY_POINTS = (
    "modelarts_hl.estimatorV2",
    "modelarts_hl.model",
    "modelarts_hl.train_params",
    "modelarts_hl.config.model_config",
)


def loaded_by(module: str) -> set[str]:
    probe = f"import json, sys, {module}; print(json.dumps(sorted(sys.modules)))"
    output = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout
    return set(json.loads(output))


def heavy(loaded: set[str], roots: tuple[str, ...]) -> list[str]:
    prefixes = tuple(f"{root}." for root in roots)
    return sorted(name for name in loaded if name in roots or name.startswith(prefixes))


def test_session_loads_neither_the_obs_sdk_nor_requests_nor_any_generated_model() -> None:
    loaded = loaded_by("modelarts_hl.session")
    assert heavy(loaded, (*OBS_SDK, "modelarts_client.models")) == []


@pytest.mark.parametrize("module", ENTRY_POINTS)
def test_documented_entry_point_loads_neither_the_obs_sdk_nor_requests(module: str) -> None:
    assert heavy(loaded_by(module), OBS_SDK) == []


def test_documented_entry_points_load_no_generated_operation_or_model_class() -> None:
    # Each generated model class costs about a millisecond to create (attrs compiles its methods): they load
    # when a call first uses them. Enums read by module-level constants are allowed.
    probe = (
        f"import json, sys, {', '.join(ENTRY_POINTS)}; from modelarts_client.types import LazyModel; "
        "print(json.dumps(sorted(name for name, module in list(sys.modules.items()) "
        "if name.startswith('modelarts_client.api.') and name.count('.') == 3 "
        "or name.startswith('modelarts_client.models.') and any(isinstance(value, type) "
        "and issubclass(value, LazyModel) for value in vars(module).values()))))"
    )
    output = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout
    assert json.loads(output) == []


def test_the_obs_sdk_loads_when_obs_transfers_are_used() -> None:
    # The probe itself is sound: the names it looks for are the ones OBS transfers load.
    loaded = loaded_by("modelarts_hl.obs; modelarts_hl.obs.OBS")
    assert {"obs", "requests", "modelarts_hl.obs.api"} <= loaded
