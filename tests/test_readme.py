"""The README's examples that need no OBS data run as written, against the local backend."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from modelarts_client.models import JobResponse, ListFlavorsResponse
from modelarts_hl.errors import NotFoundError
from modelarts_hl.local import LocalBackend

README = Path(__file__).parents[1] / "README.md"


def section_code(heading: str) -> list[str]:
    """The ```python blocks of one ``## heading`` section of the README."""
    text = README.read_text()
    start = text.index(f"## {heading}\n")
    end = text.find("\n## ", start + 1)
    return re.findall(r"```python\n(.*?)```", text[start : end if end != -1 else None], re.DOTALL)


@pytest.fixture
def job_id(local_backend: LocalBackend) -> str:
    from modelarts_hl.estimatorV2 import Estimator

    with local_backend.session() as session:
        estimator = Estimator(
            session=session,
            user_image_url="example.com/trainer:1",
            user_command="python train.py",
            train_instance_type="modelarts.vm.cpu.2u",
            train_instance_count=1,
        )
        return str(estimator.fit().job_id)


def test_low_level_typed_calls_run_as_documented(local_backend: LocalBackend, job_id: str) -> None:
    session_block, client_block = section_code("Low-level typed calls")
    with local_backend.session() as session:
        names: dict[str, Any] = {"session": session, "job_id": job_id}
        exec(session_block, names)
        assert isinstance(names["flavors"], ListFlavorsResponse) and names["flavors"].flavors
        assert isinstance(names["job"], JobResponse) and names["job"].metadata.id == job_id
        assert names["raw"].status_code == 200 and isinstance(names["raw"].parsed, JobResponse)
        with pytest.raises(NotFoundError):
            exec(session_block.replace("job_id)", "'no-such-job')", 1), dict(names))
    names = {
        "endpoint": local_backend.endpoint,
        "access_key": local_backend.access_key,
        "secret_key": local_backend.secret_key,
        "project_id": local_backend.project_id,
    }
    exec(client_block, names)
    assert isinstance(names["flavors"], ListFlavorsResponse) and names["flavors"].flavors


@pytest.mark.xdist_group("mypy")  # one mypy at a time on the shared cache
def test_session_call_is_typed_for_users(tmp_path: Path) -> None:
    """``mypy --strict`` on user code sees each operation's response model, not ``object``."""
    api = pytest.importorskip("mypy.api")
    user_code = tmp_path / "user_code.py"
    user_code.write_text(
        "from typing import assert_type\n"
        "from modelarts_client.api.training import list_training_job_flavors, show_training_job\n"
        "from modelarts_client.models import JobResponse, ListFlavorsResponse\n"
        "from modelarts_hl.session import Session\n\n"
        "def use(session: Session) -> None:\n"
        "    assert_type(session.call(list_training_job_flavors), ListFlavorsResponse)\n"
        "    assert_type(session.call(show_training_job, training_job_id='j'), JobResponse)\n"
        # Models read lazily, yet a misspelt field is still an error (--strict flags an unneeded ignore).
        "    session.call(show_training_job, training_job_id='j').metadta  # type: ignore[attr-defined]\n"
        # The lazily loading packages too: only their real names type-check.
        "import modelarts_client.models, modelarts_client.api.training\n"
        "modelarts_client.models.JobRespons  # type: ignore[attr-defined]\n"
        "modelarts_client.api.training.show_trainin_job  # type: ignore[attr-defined]\n"
    )
    root = Path(__file__).parents[1]
    out, err, status = api.run(
        ["--strict", "--cache-dir", str(root / ".mypy_cache"), "--config-file", "", str(user_code)]
    )
    assert status == 0, out + err


def test_the_asyncio_example_runs(local_backend: LocalBackend, monkeypatch: pytest.MonkeyPatch) -> None:
    from .conftest import notebook_environment

    for name, value in notebook_environment(local_backend).items():
        monkeypatch.setenv(name, value)
    monkeypatch.setenv("MODELARTS_OBS_SIGNATURE", "v4")
    [code] = section_code("asyncio")
    exec(compile(code, "README asyncio", "exec"), {"__name__": "readme"})
