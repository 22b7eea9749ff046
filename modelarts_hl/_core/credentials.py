"""Where a session's settings come from when they are not passed: environment variables, then a profile file.

Environment variables (``MODELARTS_*``; the ``HUAWEICLOUD_SDK_*`` names of Huawei's generated SDKs are
accepted for keys and project, so one environment serves both):

=========================  ==============================================================
``MODELARTS_ACCESS_KEY``   access key id (or ``HUAWEICLOUD_SDK_AK``)
``MODELARTS_SECRET_KEY``   secret access key (or ``HUAWEICLOUD_SDK_SK``)
``MODELARTS_SECURITY_TOKEN`` security token of temporary keys (or ``HUAWEICLOUD_SDK_SECURITY_TOKEN``)
``MODELARTS_USERNAME``     IAM user name (password authentication)
``MODELARTS_PASSWORD``     its password
``MODELARTS_ACCOUNT``      account (domain) name, when it differs from the user name
``MODELARTS_PROJECT_ID``   project id (or ``HUAWEICLOUD_SDK_PROJECT_ID``)
``MODELARTS_REGION``       region id, such as ``cn-north-4``
``MODELARTS_IAM_ENDPOINT``, ``MODELARTS_ENDPOINT``, ``MODELARTS_OBS_ENDPOINT``   endpoints
``MODELARTS_OBS_SIGNATURE`` ``obs`` (Huawei OBS, default) or ``v4`` (S3-compatible stores)
``MODELARTS_OBS_PATH_STYLE`` ``true`` for path-style bucket addressing (S3-compatible stores)
``MODELARTS_PROFILE``      profile name in the file below (default ``default``)
``MODELARTS_CONFIG_FILE``  profile file (default ``~/.modelarts/config``)
=========================  ==============================================================

The profile file is INI, one section per profile, keys named like the ``Session`` arguments::

    [default]
    access_key = ...
    secret_key = ...
    project_id = ...
    region_name = cn-north-4
"""

from __future__ import annotations

import configparser
import os
from collections.abc import Mapping
from dataclasses import dataclass, fields
from pathlib import Path

from modelarts_hl._core.redaction import MASK
from modelarts_hl.errors import CredentialsNotFoundError, InvalidArgumentError

DEFAULT_CONFIG_FILE = Path("~/.modelarts/config")
DEFAULT_PROFILE = "default"

_ENVIRONMENT: dict[str, tuple[str, ...]] = {
    "access_key": ("MODELARTS_ACCESS_KEY", "HUAWEICLOUD_SDK_AK"),
    "secret_key": ("MODELARTS_SECRET_KEY", "HUAWEICLOUD_SDK_SK"),
    "security_token": ("MODELARTS_SECURITY_TOKEN", "HUAWEICLOUD_SDK_SECURITY_TOKEN"),
    "username": ("MODELARTS_USERNAME",),
    "password": ("MODELARTS_PASSWORD",),
    "account": ("MODELARTS_ACCOUNT",),
    "project_id": ("MODELARTS_PROJECT_ID", "HUAWEICLOUD_SDK_PROJECT_ID"),
    "region_name": ("MODELARTS_REGION",),
    "iam_endpoint": ("MODELARTS_IAM_ENDPOINT",),
    "modelarts_endpoint": ("MODELARTS_ENDPOINT",),
    "obs_endpoint": ("MODELARTS_OBS_ENDPOINT",),
    "obs_signature": ("MODELARTS_OBS_SIGNATURE",),
    "obs_path_style": ("MODELARTS_OBS_PATH_STYLE",),
}
_SECRETS = frozenset({"secret_key", "security_token", "password"})


def environment_name(setting: str) -> str:
    """The variable giving a ``Session`` setting (``obs_endpoint`` -> ``MODELARTS_OBS_ENDPOINT``)."""
    return _ENVIRONMENT[setting][0]


@dataclass(frozen=True)
class Settings:
    """Session settings from one source; ``None`` where that source says nothing."""

    access_key: str | None = None
    secret_key: str | None = None
    security_token: str | None = None
    username: str | None = None
    password: str | None = None
    account: str | None = None
    project_id: str | None = None
    region_name: str | None = None
    iam_endpoint: str | None = None
    modelarts_endpoint: str | None = None
    obs_endpoint: str | None = None
    obs_signature: str | None = None
    obs_path_style: str | None = None
    source: str = "arguments"

    @property
    def has_credentials(self) -> bool:
        return any(getattr(self, name) for name in ("access_key", "secret_key", "username", "password"))

    def merged_over(self, lower: Settings) -> Settings:
        """Credentials come whole from the first source that has any; other settings field by field."""
        credential_fields = ("access_key", "secret_key", "security_token", "username", "password", "account")
        values: dict[str, str | None] = {}
        for f in fields(self):
            if f.name == "source":
                continue
            if f.name in credential_fields:
                values[f.name] = getattr(self if self.has_credentials else lower, f.name)
            else:
                mine = getattr(self, f.name)
                values[f.name] = mine if mine is not None else getattr(lower, f.name)
        source = self.source if self.has_credentials or not lower.has_credentials else lower.source
        return Settings(**values, source=source)

    def __repr__(self) -> str:
        shown = ", ".join(
            f"{f.name}={MASK if f.name in _SECRETS and getattr(self, f.name) else getattr(self, f.name)!r}"
            for f in fields(self)
        )
        return f"Settings({shown})"


def from_environment(environ: Mapping[str, str]) -> Settings:
    values: dict[str, str | None] = {}
    for name, variables in _ENVIRONMENT.items():
        values[name] = next((environ[v].strip() for v in variables if environ.get(v, "").strip()), None)
    return Settings(**values, source="environment variables")


def config_file_path(environ: Mapping[str, str]) -> Path:
    return Path(environ.get("MODELARTS_CONFIG_FILE") or DEFAULT_CONFIG_FILE).expanduser()


def from_profile(path: Path, profile: str, *, required: bool) -> Settings:
    """The named profile of the INI file; an explicitly requested profile must exist."""
    parser = configparser.ConfigParser(interpolation=None)
    try:
        with path.open(encoding="utf-8") as handle:
            parser.read_file(handle)
    except FileNotFoundError:
        if required:
            raise InvalidArgumentError(
                "profile", f"a profile of an existing file; {path} does not exist"
            ) from None
        return Settings(source=str(path))
    except configparser.Error as error:
        raise InvalidArgumentError(
            "profile", f"a readable INI file at {path} ({error.__class__.__name__})"
        ) from None
    if not parser.has_section(profile):
        if required:
            known = ", ".join(parser.sections()) or "none"
            raise InvalidArgumentError("profile", f"one of the profiles in {path} ({known})", got=profile)
        return Settings(source=str(path))
    section = parser[profile]
    known_keys = {f.name for f in fields(Settings)} - {"source"}
    unknown = sorted(set(section) - known_keys)
    if unknown:
        raise InvalidArgumentError(
            "profile", f"keys among {sorted(known_keys)} in [{profile}] of {path}", got=unknown
        )
    return Settings(
        **{key: (section[key].strip() or None) for key in section}, source=f"profile [{profile}] of {path}"
    )


def discover(explicit: Settings, profile: str | None, environ: Mapping[str, str] | None = None) -> Settings:
    """Arguments, then environment variables, then the profile file; credentials required from one of them."""
    environ = os.environ if environ is None else environ
    chosen_profile = profile or environ.get("MODELARTS_PROFILE") or DEFAULT_PROFILE
    required = profile is not None or "MODELARTS_PROFILE" in environ
    path = config_file_path(environ)
    settings = explicit.merged_over(
        from_environment(environ).merged_over(from_profile(path, chosen_profile, required=required))
    )
    if not settings.has_credentials:
        raise CredentialsNotFoundError(
            "No ModelArts credentials found. Pass access_key/secret_key or username/password to Session(), "
            "or set MODELARTS_ACCESS_KEY and MODELARTS_SECRET_KEY (or MODELARTS_USERNAME and "
            "MODELARTS_PASSWORD) with MODELARTS_PROJECT_ID and MODELARTS_REGION, or write a "
            f"[{chosen_profile}] profile in {path}."
        )
    return settings
