"""The spec-first HTTP server of the local backend (ModelArts and IAM on one port).

Routes come from the paths of the OpenAPI document (all methods of a path share one route, so an unsupported
method gets 405 with a complete ``Allow`` header); each request is authenticated, checked against the
document, and handed to the handler registered for its operationId. The document itself is served at
``GET /openapi.yaml``.

Order of checks, as a cloud gateway would apply them: credentials (401) → project of the path (403) →
content type (415) → parameters and body (400) → handler (404 for unknown ids, ...). A path whose
``project_id`` is not the configured project is refused with 403 (ModelArts.0102): the credentials are
valid, but not for that project.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Mapping
from email.message import Message
from email.parser import BytesParser
from pathlib import Path
from typing import Any, cast

from openapi_core import Config, OpenAPI
from openapi_core.contrib.starlette.requests import StarletteOpenAPIRequest
from openapi_core.contrib.starlette.responses import StarletteOpenAPIResponse
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import QueryParams
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import BaseRoute, Route
from starlette.types import ASGIApp

from ..errors import (
    AUTH_FAILED,
    INTERNAL_ERROR,
    METHOD_NOT_ALLOWED,
    NOT_FOUND,
    PARAMETER_ERROR,
    PROJECT_MISMATCH,
    UNSUPPORTED_MEDIA_TYPE,
    ApiError,
    error_body,
)
from ..runtime.context import BackendContext
from ..store.iam import Principal
from .authn import AuthFailure, AuthMiddleware, authentication
from .faults import FaultInjector, FaultMiddleware
from .handlers import OPERATIONS
from .registry import ErrorStyle, OperationRequest, Operations, Reply
from .request_errors import describe, to_api_error
from .request_ids import RequestIdMiddleware
from .rules import SpecRules
from .spec import Operation, OperationIndex, closed_copy, validation_copy

__all__ = ["build_app"]

log = logging.getLogger("modelarts_hl.local.server")

_STATUS_MESSAGES = {404: "The requested resource does not exist", 405: "Method not allowed"}


def build_app(
    context: BackendContext,
    spec: dict[str, Any],
    spec_path: Path,
    faults: FaultInjector,
    *,
    validate_responses: bool = False,
    check_document: bool = True,
) -> ASGIApp:
    """The complete ASGI application: fault injection → request ids → authentication → routing → validation
    → handlers.

    ``check_document`` validates the document itself first (half a second for spec/modelarts.yaml, which its
    tests validate: the backend skips it for the document it ships).
    """
    index = OperationIndex(spec)
    # Requests are checked against the document as written (undeclared fields pass, as on ModelArts);
    # responses, when checked, against its closed copy (an undeclared field is a bug of this backend).
    # openapi-core skips validating the document when its validator class is None (its type says otherwise).
    config = Config() if check_document else Config(spec_validator_cls=cast(Any, None))
    requests = OpenAPI.from_dict(validation_copy(spec), config=config)
    responses = (
        OpenAPI.from_dict(validation_copy(closed_copy(spec)), config=config) if validate_responses else None
    )
    api = _Api(context, requests, SpecRules(spec, index), responses)
    spec_bytes = spec_path.read_bytes()

    async def serve_spec(request: Request) -> Response:
        return Response(spec_bytes, media_type="application/yaml")

    routes: list[BaseRoute] = [Route("/openapi.yaml", serve_spec, methods=["GET"])]
    for path, methods in index.paths.items():
        route = Route(index.routes[path], api.endpoint(methods), methods=list(methods))
        # Starlette answers HEAD for every GET; the document does not declare HEAD, so 405 is right.
        if "HEAD" not in methods and route.methods is not None:
            route.methods.discard("HEAD")
        routes.append(route)
    app = Starlette(
        routes=routes, exception_handlers={HTTPException: _http_error, Exception: _internal_error}
    )
    authenticated = AuthMiddleware(app, context.credentials, index, context.config.signature_max_skew)
    return FaultMiddleware(RequestIdMiddleware(authenticated), faults, index)


class _OpenAPIRequest(StarletteOpenAPIRequest):
    """The request as openapi-core validates it, with the query already screened by :func:`_query`.

    The router has found the operation: its path (``path_pattern``) and the router's path parameters are
    handed on, so that a parameter spanning several segments (``x-slashes``) is validated like any other.
    """

    def __init__(self, request: Request, body: bytes, query: QueryParams, path_pattern: str) -> None:
        super().__init__(request, body)
        self.parameters.query = query
        self.parameters.path = dict(request.path_params)
        self.path_pattern = path_pattern


def _query(request: Request, operation: Operation) -> QueryParams:
    """The query without empty values, refusing parameters the document does not declare.

    Clients send ``?model_name=`` for "no filter", and ModelArts reads it so; openapi-core refuses every empty
    value. An empty value is therefore dropped (the handler sees no parameter) when the parameter's schema
    accepts an empty string, and refused otherwise. Unknown parameters are refused so that a misspelt name is
    not silently ignored.
    """
    kept: list[tuple[str, str]] = []
    for name, value in request.query_params.multi_items():
        schema = operation.query_schemas.get(name)
        if schema is None:
            raise ApiError(400, PARAMETER_ERROR, f"Unknown query parameter '{name}'")
        if value:
            kept.append((name, value))
        elif not _accepts_empty_string(schema):
            raise ApiError(400, PARAMETER_ERROR, f"Invalid query parameter '{name}': must not be empty")
    return QueryParams(kept)


def _accepts_empty_string(schema: Mapping[str, Any]) -> bool:
    pattern = schema.get("pattern")
    return (
        schema.get("type", "string") == "string"
        and "enum" not in schema
        and "format" not in schema
        and not schema.get("minLength", 0)
        and (pattern is None or re.search(pattern, "") is not None)
    )


class _Api:
    def __init__(
        self, context: BackendContext, openapi: OpenAPI, rules: SpecRules, responses: OpenAPI | None
    ) -> None:
        self.context = context
        self.openapi = openapi
        self.rules = rules
        self.responses = responses
        self.operations: Operations = OPERATIONS

    def endpoint(self, methods: dict[str, Operation]) -> Any:
        async def endpoint(request: Request) -> Response:
            operation = methods[request.method]
            try:
                openapi_request, call = await self._prepare(request, operation)
                handler = self.operations.handlers.get(operation.operation_id)
                if handler is None:
                    raise ApiError(
                        501, INTERNAL_ERROR, f"{operation.operation_id} is not implemented locally"
                    )
                result = await run_in_threadpool(handler, call)
            except ApiError as error:
                return _error_response(error, self.operations.error_style(operation.operation_id))
            reply = result if isinstance(result, Reply) else Reply(result)
            if reply.body is not None and not isinstance(reply.body, bytes):
                body = self.rules.readable(operation.operation_id, reply.status, reply.body)
                reply = Reply(body, reply.status, reply.headers)
            response = _render(reply)
            if self.responses is not None:
                return self._checked(self.responses, openapi_request, response, operation)
            return response

        return endpoint

    async def _prepare(
        self, request: Request, operation: Operation
    ) -> tuple[StarletteOpenAPIRequest, OperationRequest]:
        principal = self._authorize(request, operation)
        raw_body = await request.body()
        content_type = request.headers.get("content-type", "")
        openapi_request = _OpenAPIRequest(request, raw_body, _query(request, operation), operation.path)
        body = _parse_body(operation, raw_body, content_type)
        try:
            result = self.openapi.unmarshal_request(openapi_request)
        except (UnicodeError, ValueError) as exc:
            # openapi-core formats some errors by decoding the raw body; never let that become a 500.
            raise ApiError(400, PARAMETER_ERROR, "The request could not be read") from exc
        errors = list(result.errors)
        if errors:
            raise to_api_error(errors[0])
        query = dict(result.parameters.query)
        if body is not None and not isinstance(body, bytes):
            body = self.rules.accepted(operation.operation_id, body)
        call = OperationRequest(
            operation_id=operation.operation_id,
            context=self.context,
            rules=self.rules,
            principal=principal,
            path_params=dict(request.path_params),
            query=query,
            headers=request.headers,
            body=body,
            raw_body=raw_body,
            content_type=content_type,
        )
        return openapi_request, call

    def _authorize(self, request: Request, operation: Operation) -> Principal | None:
        found = authentication(request.scope)
        if operation.public:
            return found if isinstance(found, Principal) else None
        if isinstance(found, AuthFailure):
            raise ApiError(401, AUTH_FAILED, found.reason)
        if found is None:
            raise ApiError(401, AUTH_FAILED, "Authentication required: send X-Auth-Token or sign the request")
        project = request.path_params.get("project_id")
        if project is not None and project != found.project_id:
            raise ApiError(
                403, PROJECT_MISMATCH, "The project id in the path is not the project of the credentials"
            )
        header_project = request.headers.get("x-project-id")
        if header_project and header_project != found.project_id:
            raise ApiError(403, PROJECT_MISMATCH, "X-Project-Id is not the project of the credentials")
        return found

    def _checked(
        self,
        responses: OpenAPI,
        openapi_request: StarletteOpenAPIRequest,
        response: Response,
        operation: Operation,
    ) -> Response:
        result = responses.unmarshal_response(openapi_request, StarletteOpenAPIResponse(response))
        errors = list(result.errors)
        if not errors:
            return response
        # Describe the violation by field and expectation only: response bodies may hold keys and tokens.
        schema_errors = list(getattr(errors[0].__cause__, "schema_errors", ()))
        detail = (
            "field '{}' {}".format(*describe(schema_errors)) if schema_errors else type(errors[0]).__name__
        )
        log.error("response of %s violates the document: %s", operation.operation_id, detail)
        return _error_response(
            ApiError(
                500,
                INTERNAL_ERROR,
                f"The response of {operation.operation_id} violates the document: {detail}",
            ),
            self.operations.error_style(operation.operation_id),
        )


def _parse_body(operation: Operation, raw_body: bytes, content_type: str) -> Any:
    """Checks the content type and decodes a JSON body (before openapi-core, which fails on bad bytes)."""
    if not operation.request_media_types:
        return None
    if not raw_body:
        if operation.body_required:
            raise ApiError(400, PARAMETER_ERROR, "The request body is required")
        return None
    media_type = content_type.split(";", 1)[0].strip().lower()
    declared = _matching_media_type(media_type, operation.request_media_types)
    if declared is None:
        expected = ", ".join(operation.request_media_types)
        raise ApiError(
            415, UNSUPPORTED_MEDIA_TYPE, f"Unsupported Content-Type {media_type!r}; expected {expected}"
        )
    if media_type == "multipart/form-data":
        _check_form(raw_body, content_type)
    if not _is_json(media_type if "*" in declared else declared):
        return None
    try:
        return json.loads(raw_body.decode("utf-8"), parse_constant=_reject_constant)
    except UnicodeDecodeError as exc:
        raise ApiError(400, PARAMETER_ERROR, "The request body is not UTF-8 encoded JSON") from exc
    except ValueError as exc:
        raise ApiError(
            400, PARAMETER_ERROR, f"The request body is not valid JSON ({_json_position(exc)})"
        ) from exc


def _check_form(raw_body: bytes, content_type: str) -> None:
    """Refuses a form that is not a list of named fields (none is fine): openapi-core asserts on one."""
    head = b"Content-Type: " + content_type.encode("latin-1", "replace") + b"\r\n\r\n"
    payload = BytesParser().parsebytes(head + raw_body).get_payload()
    parts = [] if payload == "" else payload
    if not isinstance(parts, list) or not all(
        isinstance(part, Message)
        and isinstance(part.get_param("name", header="content-disposition"), str)
        and isinstance(part.get_payload(decode=True), bytes)
        for part in parts
    ):
        raise ApiError(
            400, PARAMETER_ERROR, "The request body is not a multipart/form-data form of named fields"
        )


def _matching_media_type(media_type: str, declared: tuple[str, ...]) -> str | None:
    for candidate in declared:
        kind, _, sub = candidate.lower().partition("/")
        got_kind, _, got_sub = media_type.partition("/")
        if candidate == "*/*" or (kind == got_kind and sub in ("*", got_sub)):
            return candidate
    return None


def _is_json(media_type: str) -> bool:
    return media_type == "application/json" or media_type.endswith("+json")


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not allowed in JSON")


def _json_position(exc: ValueError) -> str:
    if isinstance(exc, json.JSONDecodeError):
        return f"line {exc.lineno}, column {exc.colno}"
    return str(exc)


def _render(reply: Reply) -> Response:
    if reply.body is None:
        return Response(status_code=reply.status, headers=dict(reply.headers))
    if isinstance(reply.body, bytes):
        return Response(reply.body, status_code=reply.status, headers=dict(reply.headers))
    return JSONResponse(reply.body, status_code=reply.status, headers=dict(reply.headers))


_SOLUTIONS = {
    400: "Check the parameter settings.",
    401: "Obtain a new token, or check the access key, the signature and X-Sdk-Date.",
    403: "Use the project id the credentials belong to.",
    404: "Check that the resource exists.",
    409: "Wait until the resource is in a state that allows the operation.",
    413: "Send a smaller request body.",
    415: "Send the body as application/json.",
}


def _error_response(error: ApiError, style: ErrorStyle) -> Response:
    body = error.body()
    if style.message_key != "error_msg":
        body[style.message_key] = body.pop("error_msg")
    if style.solution and "error_solution" not in body:
        body["error_solution"] = _SOLUTIONS.get(error.status, "Try again later.")
    return JSONResponse(body, status_code=error.status, headers=error.headers)


async def _http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    code = {404: NOT_FOUND, 405: METHOD_NOT_ALLOWED}.get(exc.status_code, PARAMETER_ERROR)
    message = _STATUS_MESSAGES.get(exc.status_code, exc.detail)
    return JSONResponse(error_body(code, message), status_code=exc.status_code, headers=exc.headers)


async def _internal_error(request: Request, exc: Exception) -> Response:
    log.error("unhandled error in %s %s", request.method, request.url.path, exc_info=exc)
    return JSONResponse(error_body(INTERNAL_ERROR, "Internal error of the local backend"), status_code=500)
