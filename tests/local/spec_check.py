"""Checks real HTTP exchanges against the project's OpenAPI document with openapi-core."""

from __future__ import annotations

from typing import Any

import httpx
from openapi_core import OpenAPI
from openapi_core.datatypes import RequestParameters
from werkzeug.datastructures import Headers, ImmutableMultiDict

from modelarts_hl.local.server.spec import closed_copy, load_spec, validation_copy


class _Request:
    """openapi-core's view of an httpx request."""

    def __init__(self, request: httpx.Request) -> None:
        self.host_url = f"{request.url.scheme}://{request.url.netloc.decode()}"
        self.path = request.url.path
        self.method = request.method.lower()
        self.body = request.content
        self.content_type = request.headers.get("content-type", "")
        self.parameters = RequestParameters(
            query=ImmutableMultiDict(request.url.params.multi_items()),
            header=Headers(list(request.headers.items())),
            cookie=ImmutableMultiDict(),
        )


class _Response:
    def __init__(self, response: httpx.Response) -> None:
        self.data = response.content
        self.status_code = response.status_code
        self.content_type = response.headers.get("content-type", "")
        self.headers = Headers(list(response.headers.items()))


class SpecChecker:
    """Checks answers against the document with every object closed: an undeclared field fails, as does a
    field of the wrong type or a writeOnly field."""

    def __init__(self) -> None:
        self.openapi = OpenAPI.from_dict(validation_copy(closed_copy(load_spec())))

    def response(self, response: httpx.Response) -> Any:
        """Asserts that the response is one the document allows for its request; returns the JSON body."""
        errors = list(self.openapi.unmarshal_response(_Request(response.request), _Response(response)).errors)
        assert not errors, (
            f"{response.request.method} {response.request.url.path} -> {response.status_code}: "
            + ("; ".join(f"{error!r} caused by {error.__cause__!r}" for error in errors))
        )
        return response.json() if response.content else None
