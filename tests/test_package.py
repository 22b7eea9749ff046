"""The package root: cheap to import, and the main names reachable from it."""

from __future__ import annotations

import subprocess
import sys

import modelarts_hl


def test_main_names_are_exported() -> None:
    names = sorted(name for name in modelarts_hl._EXPORTS if name != "__version__")
    assert sorted(modelarts_hl.__all__) == names
    for name in modelarts_hl.__all__:
        assert getattr(modelarts_hl, name).__name__ == name


def test_the_version_is_the_installed_distribution_s() -> None:
    from importlib.metadata import version

    from modelarts_hl._core.transport import Transport

    assert modelarts_hl.__version__ == version("modelarts-hl")
    headers = Transport("http://127.0.0.1:9")._client.headers
    assert headers["User-Agent"] == f"modelarts-hl/{modelarts_hl.__version__}"


def test_importing_the_package_does_not_import_its_parts() -> None:
    probe = "import sys, modelarts_hl; print(sorted(m for m in sys.modules if m.startswith('modelarts_hl.')))"
    loaded = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout
    assert loaded.strip() == "[]"


def test_the_documented_calls_do_not_import_the_obs_sdk_until_a_transfer() -> None:
    """Training and inference calls only check obs:// paths; the OBS SDK (slow to import) loads with
    ``session.obs``, so a command line or a script that never transfers does not pay for it."""
    probe = (
        "import sys, modelarts_hl.training, modelarts_hl.inference, modelarts_hl.model; "
        "print('obs' in sys.modules); import modelarts_hl.obs as o; o.OBS; print('obs' in sys.modules)"
    )
    loaded = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout
    assert loaded.split() == ["False", "True"]
    assert {"OBS", "ObsSettings", "SyncResult"} <= set(dir(modelarts_hl.obs)) | set(modelarts_hl.obs.__all__)
