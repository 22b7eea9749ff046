"""The sample code of the SDK reference's chapters 3-5 (endpoints, authentication, OBS), run unchanged.

Each sample is the documented code with ``modelarts.`` replaced by ``modelarts_hl.`` and its ``***``
placeholders and ``/home/ma-user`` paths filled with real values of a local backend. Samples
that call ``Session()`` find the backend through ``MODELARTS_*`` environment variables, as a notebook finds its
own credentials.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from modelarts_hl._core.endpoints import process_defaults
from modelarts_hl.local import LocalBackend
from tests.conftest import notebook_environment, records_backend

ACCOUNT = "ml-team"

SAMPLES: dict[str, str] = {
    "3.4 set_endpoint": """
from modelarts.session import Session
Session.set_endpoint(iam_endpoint="{iam}", obs_endpoint="{obs}", modelarts_endpoint="{modelarts}", region_name="{region}")
""",
    "4.1 notebook session": """
from modelarts.session import Session
session = Session()
""",
    "4.2 username and password": """
from modelarts.session import Session
session = Session(username='{account}', password='{password}', region_name='{region}', project_id='{project}')
""",
    "4.3 access key": """
from modelarts.session import Session
session = Session(access_key='{ak}',secret_key='{sk}', project_id='{project}', region_name='{region}')
""",
    "5.2 upload_file": """
from modelarts.session import Session
session = Session()
session.obs.upload_file(src_local_file='{home}/file1.txt', dst_obs_dir='obs://bucket-name/dir1/')
""",
    "5.3 upload_dir": """
from modelarts.session import Session
session = Session()
session.obs.upload_dir(src_local_dir='{home}/', dst_obs_dir='obs://bucket-name/dir1/')
""",
    "5.4 download_file": """
from modelarts.session import Session
session = Session()
session.obs.download_file(src_obs_file="obs://bucket-name/dir1/file1.txt", dst_local_dir="{target}/")
""",
    "5.5 download_dir": """
from modelarts.session import Session
session = Session()
session.obs.download_dir(src_obs_dir="obs://bucket-name/dir1/", dst_local_dir="{target}/")
""",
}


@pytest.fixture(scope="module")
def backend(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LocalBackend]:
    # "Authentication using an account": the user name is the account name.
    with records_backend(
        state_dir=tmp_path_factory.mktemp("state"), account=ACCOUNT, username=ACCOUNT
    ) as running:
        running.session().obs.create_bucket("bucket-name")
        yield running


@pytest.fixture
def notebook(
    backend: LocalBackend, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> Iterator[dict[str, str]]:
    for name in list(os.environ):
        if name.startswith(("MODELARTS_", "HUAWEICLOUD_SDK_")):
            monkeypatch.delenv(name)
    environment = {
        **notebook_environment(backend),
        "MODELARTS_OBS_SIGNATURE": "v4",
        "MODELARTS_OBS_PATH_STYLE": "true",
        "MODELARTS_CONFIG_FILE": str(tmp_path / "no-config"),
    }
    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    home = tmp_path / "home" / "ma-user"
    (home / "sub").mkdir(parents=True)
    (home / "file1.txt").write_text("first file\n", encoding="utf-8")
    (home / "sub" / "file2.txt").write_text("second file\n", encoding="utf-8")
    target = tmp_path / "target"
    target.mkdir()
    process_defaults.reset()
    yield {
        "iam": backend.endpoint,
        "obs": backend.obs_endpoint,
        "modelarts": backend.endpoint,
        "region": backend.region_name,
        "account": ACCOUNT,
        "password": backend.password,
        "project": backend.project_id,
        "ak": backend.access_key,
        "sk": backend.secret_key,
        "home": str(home),
        "target": str(target),
    }
    process_defaults.reset()


def run_sample(name: str, values: dict[str, str]) -> dict[str, object]:
    code = SAMPLES[name].replace("modelarts.", "modelarts_hl.").format(**values)
    namespace: dict[str, object] = {}
    exec(compile(code, f"<reference sample {name}>", "exec"), namespace)
    return namespace


def test_set_endpoint_then_session(notebook: dict[str, str]) -> None:
    run_sample("3.4 set_endpoint", notebook)
    for name in (
        "MODELARTS_ENDPOINT",
        "MODELARTS_IAM_ENDPOINT",
        "MODELARTS_OBS_ENDPOINT",
        "MODELARTS_REGION",
    ):
        os.environ.pop(name)
    session = run_sample("4.1 notebook session", notebook)["session"]
    assert session.modelarts_endpoint == notebook["modelarts"]  # type: ignore[attr-defined]
    assert session.region_name == notebook["region"]  # type: ignore[attr-defined]


@pytest.mark.parametrize("name", ["4.1 notebook session", "4.2 username and password", "4.3 access key"])
def test_authentication_samples_reach_the_api(notebook: dict[str, str], name: str) -> None:
    from modelarts_client.api.training import list_training_job_flavors

    session = run_sample(name, notebook)["session"]
    assert session.call(list_training_job_flavors).total_count  # type: ignore[attr-defined]


def test_obs_samples_move_files_as_documented(notebook: dict[str, str]) -> None:
    for name in ("5.2 upload_file", "5.3 upload_dir", "5.4 download_file", "5.5 download_dir"):
        run_sample(name, notebook)
    target = Path(notebook["target"])
    # 5.4: the file itself; 5.5: the folder dir1 itself, holding what 5.2 and 5.3 put there.
    assert (target / "file1.txt").read_text(encoding="utf-8") == "first file\n"
    assert (target / "dir1" / "file1.txt").read_text(encoding="utf-8") == "first file\n"
    assert (target / "dir1" / "ma-user" / "file1.txt").read_text(encoding="utf-8") == "first file\n"
    assert (target / "dir1" / "ma-user" / "sub" / "file2.txt").read_text(encoding="utf-8") == "second file\n"
