"""OBS paths of training jobs: the SDK takes ``obs://bucket/dir/``, the v2 REST API ``/bucket/dir/``.

Every OBS path the SDK sends to the training API (code_dir, boot_file, inputs, outputs, log_url) goes through
:func:`to_rest`: ``obs://bucket/code/`` becomes ``/bucket/code/``, the form the ModelArts v2 API documents
(``code_dir: /usr/app/``, ``boot_file: /usr/app/boot.py``). The service answers with the same form;
:func:`to_obs` turns it back into an ``obs://`` URL.
"""

from __future__ import annotations

from modelarts_hl.errors import InvalidArgumentError
from modelarts_hl.obs.paths import SCHEME, ObsPath, obs_path

__all__ = ["SCHEME", "boot_file_key", "obs_folder", "obs_location", "to_obs", "to_rest"]


def obs_location(value: object, argument: str) -> ObsPath:
    """An ``obs://bucket/key`` path of a file or folder, with a non-empty key or the bucket root."""
    path = obs_path(value, argument)
    if "//" in path.key or path.key.startswith("/"):
        raise InvalidArgumentError(argument, "an OBS path without empty components", got=value)
    _no_dot_components(path.key, argument, value)
    return path


def obs_folder(value: object, argument: str) -> ObsPath:
    """An OBS folder ``obs://bucket/dir/`` (ending with a slash)."""
    path = obs_location(value, argument)
    if not str(value).endswith("/"):
        raise InvalidArgumentError(
            argument, "an OBS folder path ending with '/', like obs://bucket/dir/", got=value
        )
    return path


def to_rest(path: ObsPath) -> str:
    """``obs://bucket/dir/`` -> ``/bucket/dir/`` (the REST form)."""
    return f"/{path.bucket}/{path.key}"


def to_obs(rest_path: str) -> str:
    """``/bucket/dir/`` (or an ``obs://`` URL, left as it is) -> ``obs://bucket/dir/``."""
    if rest_path.startswith(SCHEME):
        return rest_path
    return SCHEME + rest_path.lstrip("/")


def boot_file_key(code_dir: ObsPath, boot_file: object) -> str:
    """The object key of the boot file: ``train.py`` or ``obs://bucket/code/train.py`` inside ``code_dir``."""
    if not isinstance(boot_file, str) or not boot_file.strip():
        raise InvalidArgumentError(
            "boot_file", "a file name relative to code_dir or an obs:// path inside code_dir", got=boot_file
        )
    if boot_file.startswith(SCHEME):
        path = obs_location(boot_file, "boot_file")
        if path.bucket != code_dir.bucket or not path.key.startswith(code_dir.key):
            raise InvalidArgumentError("boot_file", f"a file inside code_dir {code_dir}", got=boot_file)
        relative = path.key[len(code_dir.key) :]
    else:
        relative = boot_file
    if not relative or relative.endswith("/") or relative.startswith("/") or "//" in relative:
        raise InvalidArgumentError(
            "boot_file", "a file name relative to code_dir or an obs:// path inside code_dir", got=boot_file
        )
    _no_dot_components(relative, "boot_file", boot_file)
    if "\\" in relative:
        raise InvalidArgumentError("boot_file", "a path with '/' separators", got=boot_file)
    return code_dir.key + relative


def _no_dot_components(key: str, argument: str, value: object) -> None:
    if any(part in (".", "..") for part in key.split("/")):
        raise InvalidArgumentError(argument, "a path without '.' or '..' components", got=value)
