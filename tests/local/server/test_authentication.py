"""Authentication of the local backend: tokens (and their expiry), AK/SK signatures, temporary credentials."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import httpx
import pytest

from modelarts_hl._core.auth import AkSkAuth
from modelarts_hl.local import LocalBackend

from ...clock import ManualClock
from ..conftest import issue_token, password_body
from .test_operations import assert_error

FLAVORS = "/v2/{project_id}/training-job-flavors"


def flavors_path(backend: LocalBackend) -> str:
    return FLAVORS.format(project_id=backend.project_id)


def signed_client(
    backend: LocalBackend,
    access_key: str | None = None,
    secret_key: str | None = None,
    security_token: str | None = None,
    clock: datetime | None = None,
) -> httpx.Client:
    auth = AkSkAuth(
        access_key or backend.access_key,
        secret_key or backend.secret_key,
        security_token,
        backend.project_id,
        clock=(lambda: clock) if clock is not None else lambda: datetime.now(UTC),
    )
    return httpx.Client(base_url=backend.endpoint, auth=auth, timeout=30)


TTL = timedelta(minutes=1)


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock()


@pytest.fixture
def short_lived(clock: ManualClock) -> Iterator[LocalBackend]:
    """A backend on a manual clock whose tokens and temporary keys live one minute of that clock."""
    with LocalBackend(token_ttl=TTL, temporary_credential_ttl=TTL, clock=clock) as backend:
        yield backend


class TestTokens:
    def test_missing_token_is_401(self, local_backend: LocalBackend, anonymous: httpx.Client) -> None:
        assert_error(anonymous.get(flavors_path(local_backend)), 401, "X-Auth-Token")

    def test_unknown_token_is_401(self, local_backend: LocalBackend, anonymous: httpx.Client) -> None:
        response = anonymous.get(flavors_path(local_backend), headers={"X-Auth-Token": "MIInope"})
        assert_error(response, 401, "token")

    def test_expired_token_is_401_and_a_new_one_works(
        self, short_lived: LocalBackend, clock: ManualClock
    ) -> None:
        token = issue_token(short_lived)
        path = flavors_path(short_lived)
        with httpx.Client(base_url=short_lived.endpoint, timeout=30) as client:
            assert client.get(path, headers={"X-Auth-Token": token}).status_code == 200
            clock.advance(seconds=59)
            assert client.get(path, headers={"X-Auth-Token": token}).status_code == 200
            clock.advance(seconds=1)
            assert_error(client.get(path, headers={"X-Auth-Token": token}), 401, "expired")
            assert client.get(path, headers={"X-Auth-Token": issue_token(short_lived)}).status_code == 200

    def test_token_expiry_follows_configured_ttl(self, short_lived: LocalBackend, clock: ManualClock) -> None:
        response = httpx.post(
            f"{short_lived.endpoint}/v3/auth/tokens", json=password_body(short_lived), timeout=30
        )
        expires_at = datetime.fromisoformat(response.json()["token"]["expires_at"])
        assert expires_at == clock.now + TTL

    def test_other_project_is_403(self, api: httpx.Client) -> None:
        assert_error(api.get(FLAVORS.format(project_id="0123456789abcdef")), 403, "project")

    def test_mismatching_project_header_is_403(self, local_backend: LocalBackend, api: httpx.Client) -> None:
        response = api.get(flavors_path(local_backend), headers={"X-Project-Id": "other"})
        assert_error(response, 403, "X-Project-Id")


class TestSignatures:
    def test_valid_signature(self, local_backend: LocalBackend) -> None:
        with signed_client(local_backend) as client:
            assert client.get(flavors_path(local_backend), params={"flavor_type": "CPU"}).status_code == 200
            body = {"kind": "job", "metadata": {"name": "signed-job"}}
            response = client.post(f"/v2/{local_backend.project_id}/training-jobs", json=body)
            assert response.status_code == 201, response.text

    def test_wrong_secret_is_401(self, local_backend: LocalBackend) -> None:
        with signed_client(local_backend, secret_key="not-the-secret") as client:
            assert_error(client.get(flavors_path(local_backend)), 401, "signature_mismatch")

    def test_unknown_access_key_is_401(self, local_backend: LocalBackend) -> None:
        with signed_client(local_backend, access_key="NOSUCHKEY") as client:
            assert_error(client.get(flavors_path(local_backend)), 401, "unknown_access_key")

    def test_tampered_body_is_401(self, local_backend: LocalBackend) -> None:
        with signed_client(local_backend) as client:
            request = client.build_request(
                "POST", f"/v2/{local_backend.project_id}/training-job-searches", json={"limit": 5}
            )
            signed = next(client.auth.sync_auth_flow(request))  # type: ignore[union-attr]
            tampered = httpx.Request(
                "POST",
                signed.url,
                headers={**signed.headers, "content-length": "13"},
                content=b'{"limit": 50}',
            )
            response = client.send(tampered, auth=None)
        assert_error(response, 401, "signature_mismatch")

    def test_tampered_query_is_401(self, local_backend: LocalBackend) -> None:
        with signed_client(local_backend) as client:
            request = client.build_request("GET", flavors_path(local_backend), params={"flavor_type": "CPU"})
            signed = next(client.auth.sync_auth_flow(request))  # type: ignore[union-attr]
            tampered = httpx.Request(
                "GET", signed.url.copy_with(query=b"flavor_type=GPU"), headers=signed.headers
            )
            response = client.send(tampered, auth=None)
        assert_error(response, 401, "signature_mismatch")

    def test_stale_date_is_401(self, local_backend: LocalBackend) -> None:
        stale = datetime.now(UTC) - timedelta(minutes=20)
        with signed_client(local_backend, clock=stale) as client:
            assert_error(client.get(flavors_path(local_backend)), 401, "stale_date")


class TestTemporaryCredentials:
    def temporary(self, backend: LocalBackend) -> dict[str, str]:
        headers = {"X-Auth-Token": issue_token(backend)}
        body = {"auth": {"identity": {"methods": ["token"]}}}
        response = httpx.post(
            f"{backend.endpoint}/v3.0/OS-CREDENTIAL/securitytokens", json=body, headers=headers, timeout=30
        )
        assert response.status_code == 201, response.text
        credential: dict[str, str] = response.json()["credential"]
        return credential

    def test_signed_with_security_token(self, local_backend: LocalBackend) -> None:
        credential = self.temporary(local_backend)
        with signed_client(
            local_backend, credential["access"], credential["secret"], credential["securitytoken"]
        ) as client:
            assert client.get(flavors_path(local_backend)).status_code == 200

    def test_missing_security_token_is_401(self, local_backend: LocalBackend) -> None:
        credential = self.temporary(local_backend)
        with signed_client(local_backend, credential["access"], credential["secret"]) as client:
            assert_error(client.get(flavors_path(local_backend)), 401, "X-Security-Token")

    def test_expired_temporary_keys_are_401(self, short_lived: LocalBackend, clock: ManualClock) -> None:
        credential = self.temporary(short_lived)
        keys = (credential["access"], credential["secret"], credential["securitytoken"])
        with signed_client(short_lived, *keys, clock=clock.advance(seconds=59)) as client:
            assert client.get(flavors_path(short_lived)).status_code == 200
        with signed_client(short_lived, *keys, clock=clock.advance(seconds=1)) as client:
            assert_error(client.get(flavors_path(short_lived)), 401, "unknown_access_key")
