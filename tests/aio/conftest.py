"""Fixtures of the asyncio API tests: anyio's pytest plugin on asyncio, and sessions of local backends."""

from __future__ import annotations

import asyncio
from typing import Any, Literal

import pytest

from modelarts_hl.aio import AsyncSession
from modelarts_hl.local import LocalBackend


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


def async_session(
    backend: LocalBackend, auth: Literal["aksk", "password"] = "aksk", **overrides: Any
) -> AsyncSession:
    """An :class:`AsyncSession` of ``backend``, with the settings ``backend.session()`` gives a Session."""
    return AsyncSession(**{**backend.settings(auth), **overrides})


def left_behind(before: set[asyncio.Task[Any]]) -> set[asyncio.Task[Any]]:
    """The tasks of the running loop that were not there ``before`` (a cancelled call leaves none)."""
    return asyncio.all_tasks() - before
