"""Fixtures of the model and service tests: a local backend that really imports and serves models."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import psutil
import pytest

from modelarts_hl.local import LocalBackend
from modelarts_hl.session import Session

BUCKET = "models-tests"


def server_processes(service_id: str = "") -> list[psutil.Process]:
    """Inference server processes started by this test process (of one service, when its id is given)."""
    found = []
    for child in psutil.Process().children(recursive=True):
        try:
            command = " ".join(child.cmdline())
            if "modelarts_server" in command and service_id in command:
                found.append(child)
        except psutil.Error:
            continue
    return found


@pytest.fixture(scope="module")
def backend() -> Iterator[LocalBackend]:
    with LocalBackend(validate_responses=True) as running:
        yield running


@pytest.fixture(scope="module")
def session(backend: LocalBackend) -> Iterator[Session]:
    with backend.session() as opened:
        opened.obs.create_bucket(BUCKET)
        yield opened


def upload(session: Session, package_root: Path) -> str:
    """Uploads a package folder (the parent of model/) and returns its OBS path in the SDK's form."""
    prefix = f"packages/{uuid.uuid4().hex[:8]}/"
    session.obs.upload_dir(str(package_root), f"obs://{BUCKET}/{prefix}")
    return f"/{BUCKET}/{prefix}{package_root.name}/"
