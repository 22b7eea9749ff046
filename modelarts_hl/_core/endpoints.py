"""Service endpoints: process-wide defaults (``Session.set_endpoint``) and their derivation from a region."""

from __future__ import annotations

import threading
from dataclasses import dataclass, fields, replace

import httpx

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
        region = self.region_name
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


def normalize_url(argument: str, value: object) -> str:
    """An endpoint as a base URL; a bare host name gets https:// as the official SDK assumes."""
    if not isinstance(value, str) or not value.strip():
        raise InvalidArgumentError(
            argument, "a URL or host name such as 'modelarts.cn-north-4.myhuaweicloud.com'"
        )
    text = value.strip()
    if "://" not in text:
        text = f"https://{text}"
    url = httpx.URL(text)
    if url.scheme not in ("http", "https") or not url.host:
        raise InvalidArgumentError(argument, "an http:// or https:// URL with a host", got=value)
    return text.rstrip("/")


class _ProcessDefaults:
    """The endpoints ``Session.set_endpoint`` sets for every later session of this process."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._value = Endpoints()

    def get(self) -> Endpoints:
        return self._value

    def update(self, **changes: str | None) -> None:
        checked = {
            name: value if value is None or name == "region_name" else normalize_url(name, value)
            for name, value in changes.items()
        }
        with self._lock:
            self._value = replace(self._value, **{k: v for k, v in checked.items() if v is not None})

    def reset(self) -> None:
        with self._lock:
            self._value = Endpoints()


process_defaults = _ProcessDefaults()
