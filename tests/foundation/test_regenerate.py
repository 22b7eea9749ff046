"""generated/ is exactly what scripts/regenerate makes from the spec, and it imports cheaply."""

from __future__ import annotations

import filecmp
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from ..waiting import HANG
from .conftest import ROOT


def _tree(folder: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(folder)): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and "__pycache__" not in p.parts
    }


@pytest.mark.slow
def test_regenerating_reproduces_generated_byte_for_byte(tmp_path: Path) -> None:
    work = tmp_path / "project"
    for name in ("spec", "scripts"):
        shutil.copytree(ROOT / name, work / name)
    shutil.copy(ROOT / "pyproject.toml", work / "pyproject.toml")
    result = subprocess.run(
        [str(work / "scripts" / "regenerate")], cwd=work, capture_output=True, text=True, timeout=5 * HANG
    )
    assert result.returncode == 0, result.stdout + result.stderr
    fresh, committed = _tree(work / "generated"), _tree(ROOT / "generated")
    assert sorted(fresh) == sorted(committed)
    changed = [name for name in fresh if fresh[name] != committed[name]]
    assert changed == [], f"scripts/regenerate changes {changed}: regenerate and commit"
    assert filecmp.dircmp(work / "generated", ROOT / "generated").diff_files == []


def test_importing_one_operation_does_not_import_every_model() -> None:
    probe = (
        "import sys, modelarts_client.api.training.show_training_job as op; "
        "print(sum(1 for m in sys.modules if m.startswith('modelarts_client.models.')))"
    )
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, env=env, check=True)
    loaded = int(out.stdout)
    total = len(list((ROOT / "generated" / "modelarts_client" / "models").glob("*.py"))) - 1
    # The operation's own models (and the ones they reference) load; the rest of the catalogue does not.
    assert loaded < total / 3, (loaded, total)


def test_lazy_models_package_still_exposes_every_model() -> None:
    import modelarts_client.models as models

    for name in models.__all__:
        assert getattr(models, name).__name__ == name
    with pytest.raises(AttributeError):
        models.NoSuchModel  # noqa: B018
