"""Fixtures of the local backend's tests: clients with credentials and an OpenAPI response checker."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from modelarts_hl.local import LocalBackend

from .spec_check import SpecChecker


def password_body(backend: LocalBackend, password: str | None = None) -> dict[str, Any]:
    user = {
        "name": backend.username,
        "password": password or backend.password,
        "domain": {"name": backend.account},
    }
    return {
        "auth": {
            "identity": {"methods": ["password"], "password": {"user": user}},
            "scope": {"project": {"id": backend.project_id}},
        }
    }


def issue_token(backend: LocalBackend) -> str:
    response = httpx.post(f"{backend.endpoint}/v3/auth/tokens", json=password_body(backend), timeout=30)
    assert response.status_code == 201, response.text
    return response.headers["X-Subject-Token"]


@pytest.fixture(scope="session")
def spec_checker() -> SpecChecker:
    return SpecChecker()


@pytest.fixture
def api(local_backend: LocalBackend) -> Iterator[httpx.Client]:
    """A client of the shared backend authenticated by an IAM token."""
    headers = {"X-Auth-Token": issue_token(local_backend)}
    with httpx.Client(base_url=local_backend.endpoint, headers=headers, timeout=30) as client:
        yield client


@pytest.fixture
def anonymous(local_backend: LocalBackend) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=local_backend.endpoint, timeout=30) as client:
        yield client
