"""Fixtures of the asyncio API tests: anyio's pytest plugin on asyncio, and sessions of local backends."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from modelarts_hl.aio import AsyncSession
from modelarts_hl.local import LocalBackend


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


def async_session(backend: LocalBackend, auth: str = "aksk", **overrides: Any) -> AsyncSession:
    """An :class:`AsyncSession` of ``backend``, with the settings ``backend.session()`` gives a Session."""
    settings: dict[str, Any] = {
        "project_id": backend.project_id,
        "region_name": backend.region_name,
        "iam_endpoint": backend.endpoint,
        "modelarts_endpoint": backend.endpoint,
        "obs_endpoint": backend.obs_endpoint,
        "obs_signature": "v4",
        "obs_path_style": True,
    }
    if auth == "aksk":
        settings.update(access_key=backend.access_key, secret_key=backend.secret_key)
    else:
        settings.update(username=backend.username, password=backend.password, account=backend.account)
    settings.update(overrides)
    return AsyncSession(**settings)


def left_behind(before: set[asyncio.Task[Any]]) -> set[asyncio.Task[Any]]:
    """The tasks of the running loop that were not there ``before`` (a cancelled call leaves none)."""
    return asyncio.all_tasks() - before
