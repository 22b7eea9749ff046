"""``LOCAL_SOURCE`` models: a local folder uploaded to the session's default bucket before the import."""

from __future__ import annotations

import logging
import os
import re
import uuid
from pathlib import Path
from typing import TYPE_CHECKING

from modelarts_hl.errors import (
    InvalidArgumentError,
)

if TYPE_CHECKING:
    from modelarts_hl.obs import OBS

__all__ = ["default_bucket", "local_folder", "upload_local"]

log = logging.getLogger("modelarts_hl.models")

_PACKAGE_FILES = ("config.json", "customize_service.py")


def default_bucket(project_id: str) -> str:
    """The bucket that LOCAL_SOURCE uploads go to: ``modelarts-hl-`` and the start of the project id."""
    prefix = re.sub(r"[^a-z0-9-]", "-", project_id[:8].lower()).strip("-") or "default"
    return f"modelarts-hl-{prefix}"


def local_folder(value: object) -> Path:
    if not isinstance(value, str | os.PathLike) or not os.path.isdir(value):
        raise InvalidArgumentError("source_location", "an existing local folder with LOCAL_SOURCE", got=value)
    return Path(os.path.abspath(value))


def upload_local(obs: OBS, project_id: str, root: Path) -> str:
    """Uploads a local model folder (the parent of ``model/``, or ``model/`` itself) to the default bucket
    (created when missing); returns its OBS path.
    """
    bucket = default_bucket(project_id)
    if not obs.bucket_exists(bucket):
        log.info("creating the default bucket %s", bucket)
        obs.create_bucket(bucket)
    prefix = f"local-models/{uuid.uuid4().hex[:12]}/"
    if (root / "model").is_dir() or not any((root / name).is_file() for name in _PACKAGE_FILES):
        obs.upload_dir(str(root), f"obs://{bucket}/{prefix}")
        return f"/{bucket}/{prefix}{root.name}/"
    # The folder is the package itself: it becomes model/ under the upload prefix.
    for path in sorted(p for p in root.rglob("*") if p.is_file()):
        relative = path.parent.relative_to(root).as_posix()
        destination = f"obs://{bucket}/{prefix}model/" + ("" if relative == "." else f"{relative}/")
        obs.upload_file(str(path), destination)
    return f"/{bucket}/{prefix}"
