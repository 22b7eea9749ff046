"""Service endpoints: process-wide defaults (``Session.set_endpoint``) and their derivation from a region."""

from __future__ import annotations

import ipaddress
import re
import threading
from dataclasses import dataclass, fields, replace
from urllib.parse import urlsplit

from modelarts_hl.errors import InvalidArgumentError

# Public Huawei Cloud endpoints follow this pattern; other clouds and private sites set endpoints explicitly.
_DEFAULT_DOMAIN = "myhuaweicloud.com"


@dataclass(frozen=True)
class Endpoints:
    """Where each service lives. ``None`` means: derive from ``region_name`` when needed."""

    iam_endpoint: str | None = None
    obs_endpoint: str | None = None
    modelarts_endpoint: str | None = None
    region_name: str | None = None

    def merged_over(self, lower: Endpoints) -> Endpoints:
        """These values where set, ``lower``'s elsewhere."""
        return Endpoints(
            **{
                f.name: getattr(self, f.name) if getattr(self, f.name) is not None else getattr(lower, f.name)
                for f in fields(self)
            }
        )

    def resolved(self) -> Endpoints:
        """Every endpoint filled in, derived from the region where not given; checked."""
        region = None if self.region_name is None else check_region("region_name", self.region_name)
        derived = {
            "iam_endpoint": f"https://iam.{region}.{_DEFAULT_DOMAIN}",
            "obs_endpoint": f"https://obs.{region}.{_DEFAULT_DOMAIN}",
            "modelarts_endpoint": f"https://modelarts.{region}.{_DEFAULT_DOMAIN}",
        }
        values: dict[str, str | None] = {"region_name": region}
        for name, fallback in derived.items():
            given = getattr(self, name)
            if given is None and region is None:
                raise InvalidArgumentError(
                    "region_name", f"a region id such as 'cn-north-4' (or an explicit {name})"
                )
            values[name] = normalize_url(name, given) if given is not None else fallback
        return Endpoints(**values)


_LABEL = re.compile(r"(?!-)[A-Za-z0-9_-]{1,63}(?<!-)")
# Region ids name hosts (iam.<region>.myhuaweicloud.com): letters, digits and inner hyphens or dots.
_REGION = re.compile(r"[A-Za-z0-9]+(?:[-.][A-Za-z0-9]+)*")
_URL_EXPECTED = (
    "an http:// or https:// URL of a host (and port), or a host name such as "
    "'modelarts.cn-north-4.myhuaweicloud.com'"
)


def normalize_url(argument: str, value: object) -> str:
    """An endpoint as a base URL; a bare host name gets https:// as the official SDK assumes.

    Checked here, when the endpoint is given, rather than at the first request: a scheme of http or https,
    a valid host name or IP address, a port from 1 to 65535, and no spaces, control characters, user
    information, query or fragment. A path is kept (a gateway may serve ModelArts under a prefix).
    """
    if not isinstance(value, str) or not value.strip():
        raise InvalidArgumentError(argument, _URL_EXPECTED, got=value)
    text = value.strip()
    if "://" not in text:
        text = f"https://{text}"
    if any(char.isspace() or not char.isprintable() for char in text):
        raise InvalidArgumentError(argument, _URL_EXPECTED, got=value)
    parts = urlsplit(text)
    try:
        port = parts.port
        host = parts.hostname
    except ValueError:  # a port that is not a number from 0 to 65535
        raise InvalidArgumentError(argument, _URL_EXPECTED, got=value) from None
    if (
        parts.scheme not in ("http", "https")
        or not host
        or not _valid_host(host)
        or port == 0
        or parts.netloc.endswith(":")  # a port left empty
        or "@" in parts.netloc
        or parts.query
        or parts.fragment
        or text.endswith(("?", "#"))
    ):
        raise InvalidArgumentError(argument, _URL_EXPECTED, got=value)
    return text.rstrip("/")


def _valid_host(host: str) -> bool:
    try:
        ipaddress.ip_address(host)
        return True
    except ValueError:
        pass
    labels = host.rstrip(".").split(".")
    return len(host) <= 253 and all(_LABEL.fullmatch(label) for label in labels)


def check_region(argument: str, value: str) -> str:
    """A region id such as 'cn-north-4', which names hosts (checked when it is given, not when it is used)."""
    if not _REGION.fullmatch(value):
        raise InvalidArgumentError(argument, "a region id such as 'cn-north-4'", got=value)
    return value


class _ProcessDefaults:
    """The endpoints ``Session.set_endpoint`` sets for every later session of this process."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._value = Endpoints()

    def get(self) -> Endpoints:
        return self._value

    def update(self, **changes: str | None) -> None:
        checked = {
            name: None
            if value is None
            else check_region(name, value)
            if name == "region_name"
            else normalize_url(name, value)
            for name, value in changes.items()
        }
        with self._lock:
            self._value = replace(self._value, **{k: v for k, v in checked.items() if v is not None})

    def reset(self) -> None:
        with self._lock:
            self._value = Endpoints()


process_defaults = _ProcessDefaults()
