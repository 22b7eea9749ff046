"""Settings and credentials of the OBS client."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Literal

import attrs

from modelarts_hl._core.redaction import register_secret
from modelarts_hl.errors import InvalidArgumentError

__all__ = ["MIB", "ObsCredentials", "ObsSettings", "default_checkpoint_dir"]

MIB = 1024 * 1024
# OBS and S3 accept at most 10000 parts per upload, and parts of at least 100 KiB (OBS) or 5 MiB (S3) but the
# last one; below 5 MiB S3-compatible servers refuse the upload.
MAX_PARTS = 10_000
MIN_PART_SIZE = 5 * MIB
MAX_PART_SIZE = 5 * 1024 * MIB


def default_checkpoint_dir() -> Path:
    return Path.home() / ".cache" / "modelarts-hl" / "obs-checkpoints"


def _mask(value: str | None) -> str:
    return "None" if value is None else "'***'"


@attrs.frozen(repr=False)
class ObsCredentials:
    """Access key pair, with the security token and expiry of temporary credentials."""

    access_key: str
    secret_key: str
    security_token: str | None = None
    expires_at: datetime | None = None

    def __attrs_post_init__(self) -> None:
        register_secret(self.secret_key)
        register_secret(self.security_token)

    def __repr__(self) -> str:
        return (
            f"ObsCredentials(access_key={self.access_key!r}, secret_key={_mask(self.secret_key)}, "
            f"security_token={_mask(self.security_token)}, expires_at={self.expires_at!r})"
        )

    __str__ = __repr__


def _positive(instance: object, attribute: attrs.Attribute[int], value: int) -> None:
    if value <= 0:
        raise InvalidArgumentError(attribute.name, "a positive number", got=value)


def _part_size(instance: object, attribute: attrs.Attribute[int], value: int) -> None:
    if not MIN_PART_SIZE <= value <= MAX_PART_SIZE:
        raise InvalidArgumentError(attribute.name, "a size between 5 MiB and 5 GiB", got=value)


def _endpoint(instance: object, attribute: attrs.Attribute[str], value: str) -> None:
    if not isinstance(value, str) or not value.startswith(("http://", "https://")):
        raise InvalidArgumentError(attribute.name, "a URL starting with http:// or https://", got=value)


def _signature(instance: object, attribute: attrs.Attribute[str], value: str) -> None:
    if value not in ("obs", "v4"):
        raise InvalidArgumentError(attribute.name, "'obs' (Huawei OBS) or 'v4' (S3-compatible)", got=value)


@attrs.frozen
class ObsSettings:
    """Where OBS is and how transfers behave.

    ``signature`` is ``"obs"`` for Huawei OBS and ``"v4"`` for S3-compatible servers (the local backend uses
    ``v4``, region ``us-east-1`` and ``path_style=True``). ``verify`` is ``True`` (system CA store), ``False``
    or the path of a CA bundle. Files above ``multipart_threshold`` bytes move in ``part_size`` parts,
    ``concurrency`` requests at a time (many small requests in flight also let the server batch its work);
    request bodies above 1 MiB are streamed from the file, so memory does not grow with either setting.
    ``progress=None`` shows progress bars only when stderr is a terminal. Checkpoints of interrupted large
    transfers live in ``checkpoint_dir`` (default ``~/.cache/modelarts-hl/obs-checkpoints``).
    """

    endpoint: str = attrs.field(validator=_endpoint)
    signature: Literal["obs", "v4"] = attrs.field(default="obs", validator=_signature)
    region: str | None = None
    path_style: bool = False
    verify: bool | str = True
    part_size: int = attrs.field(default=16 * MIB, validator=_part_size)
    concurrency: int = attrs.field(default=32, validator=_positive)
    multipart_threshold: int = attrs.field(default=32 * MIB, validator=_positive)
    progress: bool | None = None
    checkpoint_dir: Path | None = None

    @property
    def checkpoint_path(self) -> Path:
        return Path(self.checkpoint_dir) if self.checkpoint_dir is not None else default_checkpoint_dir()
