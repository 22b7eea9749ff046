"""The package root: cheap to import, and the main names reachable from it."""

from __future__ import annotations

import subprocess
import sys

import modelarts_hl


def test_main_names_are_exported() -> None:
    assert sorted(modelarts_hl.__all__) == sorted(modelarts_hl._EXPORTS)
    for name in modelarts_hl.__all__:
        assert getattr(modelarts_hl, name).__name__ == name


def test_importing_the_package_does_not_import_its_parts() -> None:
    probe = "import sys, modelarts_hl; print(sorted(m for m in sys.modules if m.startswith('modelarts_hl.')))"
    loaded = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout
    # Only the helper that imports the exported names on first use.
    assert loaded.strip() == "['modelarts_hl._core', 'modelarts_hl._core.exports']"
