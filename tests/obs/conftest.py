"""A real S3 server (moto's, in a thread of this process) on loopback, and OBS clients configured for it."""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import boto3  # type: ignore[import-untyped]
import pytest
from moto.server import ThreadedMotoServer

from modelarts_hl.obs import OBS, ObsCredentials, ObsSettings

from .support import CREDENTIALS, make_settings


@pytest.fixture(scope="session")
def moto_endpoint() -> Iterator[str]:
    # moto's request log goes through werkzeug's logger; keep test output readable.
    logging.getLogger("werkzeug").setLevel(logging.ERROR)
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    host, port = server.get_host_and_port()
    yield f"http://{host}:{port}"
    server.stop()


def _no_credentials() -> ObsCredentials:
    raise AssertionError("a request was about to be made")


@pytest.fixture
def offline(tmp_path: Path) -> OBS:
    """A client that fails the test as soon as it would build a connection."""
    settings = ObsSettings(
        endpoint="http://127.0.0.1:9", signature="v4", checkpoint_dir=tmp_path, progress=False
    )
    return OBS(settings, _no_credentials)


@pytest.fixture
def checkpoint_dir(tmp_path: Path) -> Path:
    return tmp_path / "checkpoints"


@pytest.fixture
def settings(moto_endpoint: str, checkpoint_dir: Path) -> ObsSettings:
    return make_settings(moto_endpoint, checkpoint_dir)


@pytest.fixture
def obs(settings: ObsSettings) -> Iterator[OBS]:
    client = OBS(settings, lambda: CREDENTIALS)
    yield client
    client.close()


@pytest.fixture
def bucket(obs: OBS) -> str:
    name = f"test-{uuid.uuid4().hex[:16]}"
    obs.create_bucket(name)
    return name


@pytest.fixture
def s3(moto_endpoint: str) -> Any:
    """boto3, to cross-check what the client writes and to write what it must read."""
    return boto3.client(
        "s3",
        endpoint_url=moto_endpoint,
        region_name="us-east-1",
        aws_access_key_id=CREDENTIALS.access_key,
        aws_secret_access_key=CREDENTIALS.secret_key,
    )


@pytest.fixture
def corrupt(moto_endpoint: str) -> Callable[[str, str], None]:
    """Flip the first byte of a stored object in moto's memory, leaving its size and ETag as they were."""
    from moto.core.models import DEFAULT_ACCOUNT_ID
    from moto.s3.models import s3_backends

    def flip(bucket: str, key: str) -> None:
        stored = s3_backends[DEFAULT_ACCOUNT_ID]["aws"].get_object(bucket, key)
        assert stored is not None
        etag = stored.etag
        value = bytearray(stored.value)
        value[0] ^= 0xFF
        stored.value = bytes(value)  # type: ignore[misc]  # moto declares the setter untyped
        assert stored.etag == etag

    return flip
