"""The APIs a model declares (``apis`` of its ``config.json``, as the registry returns them)."""

from __future__ import annotations

import json
from collections.abc import Mapping

__all__ = ["file_parameter"]


def file_parameter(apis: object, path: str) -> str | None:
    """The file parameter of a model API (``apis`` as config.json or showModel gives them) at ``path``."""
    if isinstance(apis, str):
        try:
            apis = json.loads(apis)
        except ValueError:
            return None
    if not isinstance(apis, list):
        return None
    for api in apis:
        api = api.to_dict() if hasattr(api, "to_dict") else api
        if not isinstance(api, Mapping) or (api.get("url") or "/") != path:
            continue
        properties = ((api.get("request") or {}).get("data") or {}).get("properties") or {}
        for name, prop in properties.items():
            if isinstance(prop, Mapping) and prop.get("type") == "file":
                return str(name)
    return None
