"""One transport per host a call is served by: the ModelArts endpoint's, and one for each other host (a
real-time service's API gateway), made on first use with the session's settings and closed with the session.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest

from modelarts_client.api.services import list_services
from modelarts_client.models import ListServicesResponse
from modelarts_hl._core.calls import Plan, call, call_at
from modelarts_hl._core.transport import RetryPolicy, Timeouts
from modelarts_hl.errors import APIConnectionError
from modelarts_hl.local import LocalBackend
from modelarts_hl.session import Session

GATEWAY = "https://0123abcd.apig.cn-north-4.huaweicloudapis.com"


@pytest.fixture
def session() -> Iterator[Session]:
    with Session(
        access_key="AK0123456789",
        secret_key="hosts-test-sk-0123456789abcdef",  # registered process-wide as a secret: unique
        project_id="0123456789abcdef0123456789abcdef",
        region_name="cn-north-4",
        retry=RetryPolicy(max_retries=1),
        timeout=Timeouts(read=5.0),
    ) as opened:
        yield opened


def test_the_modelarts_endpoint_keeps_its_transport(session: Session) -> None:
    assert session.transport_for(None) is session.transport
    assert session.transport_for(session.modelarts_endpoint) is session.transport


def test_another_host_gets_one_transport_with_the_session_settings(session: Session) -> None:
    gateway = session.transport_for(GATEWAY)
    assert gateway is not session.transport and gateway.base_url == GATEWAY
    assert gateway.auth is session.transport.auth
    assert gateway.retry == session.transport.retry and gateway.timeout == session.transport.timeout
    assert session.transport_for(GATEWAY) is gateway
    assert session.transport_for("https://other.apig.cn-north-4.huaweicloudapis.com") is not gateway


def test_threads_asking_for_a_new_host_share_one_transport(session: Session) -> None:
    barrier = threading.Barrier(8)
    found = []

    def ask() -> None:
        barrier.wait()
        found.append(session.transport_for(GATEWAY))

    threads = [threading.Thread(target=ask) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(found) == 8 and len({id(transport) for transport in found}) == 1


def test_closing_the_session_closes_every_transport(session: Session) -> None:
    gateway = session.transport_for(GATEWAY)
    session.close()
    assert gateway.httpx_client.is_closed and session.transport.httpx_client.is_closed
    with pytest.raises(RuntimeError, match="closed"):
        session.transport_for("https://late.apig.cn-north-4.huaweicloudapis.com")


def test_a_call_with_a_host_is_sent_there(local_backend: LocalBackend) -> None:
    # The session's ModelArts endpoint does not answer; the backend is reached only as the call's host.
    with local_backend.session(
        modelarts_endpoint="http://127.0.0.1:9", retry=RetryPolicy(max_retries=0)
    ) as session:

        def listing(host: str | None) -> Plan[ListServicesResponse]:
            if host is None:
                return (yield from call(list_services, ListServicesResponse))
            return (yield from call_at(host, list_services, ListServicesResponse))

        assert isinstance(session.run(listing(local_backend.endpoint)), ListServicesResponse)
        with pytest.raises(APIConnectionError):
            session.run(listing(None))
