"""Helpers for tests against a local S3 server, shared by the fixtures and the resume subprocesses."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from modelarts_hl.obs import ObsCredentials, ObsSettings

MIB = 1024 * 1024
CREDENTIALS = ObsCredentials("test-access-key", "test-secret-key")


def make_settings(endpoint: str, checkpoint_dir: Path, **overrides: Any) -> ObsSettings:
    """S3-compatible settings with parts at moto's 5 MiB minimum, so that test files stay small."""
    options: dict[str, Any] = {
        "signature": "v4",
        "region": "us-east-1",
        "path_style": True,
        "part_size": 5 * MIB,
        "multipart_threshold": 6 * MIB,
        "concurrency": 4,
        "progress": False,
        "checkpoint_dir": checkpoint_dir,
        **overrides,
    }
    return ObsSettings(endpoint=endpoint, **options)


def tree(root: Path) -> dict[str, bytes]:
    """Relative path -> content of every file under ``root``."""
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def write_tree(root: Path, files: dict[str, bytes]) -> None:
    for relative, content in files.items():
        path = root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content)
