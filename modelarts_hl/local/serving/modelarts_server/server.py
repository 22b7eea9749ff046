"""The HTTP side: a POST to one of the model's APIs goes to the service's ``inference``; ``GET /health``
answers once it is loaded.

The APIs are the ``apis`` of the model's config.json (``/`` when it declares none); a POST to another path
answers 404, as the API gateway does for an API that is not registered. Replies are JSON, or text when the
API declares a ``text/*`` response Content-type; a failing script answers 400 with ModelArts' recognition
error ``MR.0105`` and the traceback goes to the process output (the instance log).
"""

from __future__ import annotations

import json
import logging
import threading
import traceback
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import unquote

from .multipart import MultipartError, parse_form

__all__ = ["InferenceServer", "to_json"]

log = logging.getLogger("modelarts_server")

RECOGNITION_FAILED = "MR.0105"
BAD_REQUEST = "MR.0101"
NO_SUCH_API = "APIG.0101"


def _plain(value: Any) -> Any:
    # numpy arrays and scalars, and anything else that knows its plain value.
    if hasattr(value, "tolist"):
        return value.tolist()
    if hasattr(value, "item"):
        return value.item()
    if isinstance(value, bytes):
        return value.decode("utf-8", errors="replace")
    if isinstance(value, set | tuple):
        return list(value)
    return str(value)


def to_json(value: Any) -> bytes:
    return json.dumps(value, default=_plain, ensure_ascii=False).encode("utf-8")


class _RequestError(Exception):
    def __init__(self, status: HTTPStatus, code: str, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message


class InferenceServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, address: tuple[str, int], service: Any, apis: list[Any] | None = None) -> None:
        super().__init__(address, _Handler)
        self.service = service
        self.apis = {api.get("url") or "/": api for api in apis or () if isinstance(api, dict)} or {"/": {}}
        # Inference scripts are written for one request at a time.
        self.lock = threading.Lock()

    def encode(self, result: Any, api: dict[str, Any]) -> tuple[bytes, str]:
        """The reply body and its Content-Type, as the API declares its response."""
        response = api.get("response")
        if not isinstance(response, dict):
            response = {}
        declared = next((str(v) for k, v in response.items() if k.lower() == "content-type"), "")
        media_type = declared.split(";", 1)[0].strip().lower()
        if not media_type.startswith("text/"):
            return to_json(result), "application/json"
        if isinstance(result, bytes):
            return result, media_type
        text = result if isinstance(result, str) else to_json(result).decode("utf-8")
        return text.encode("utf-8"), f"{media_type}; charset=utf-8"

    def decode(self, body: bytes, content_type: str) -> Any:
        media_type = content_type.split(";", 1)[0].strip().lower()
        if media_type == "multipart/form-data":
            try:
                return parse_form(body, content_type)
            except MultipartError as exc:
                raise _RequestError(HTTPStatus.BAD_REQUEST, BAD_REQUEST, str(exc)) from None
        if media_type in ("application/json", "") or media_type.endswith("+json"):
            text = body.decode("utf-8", errors="replace")
            if getattr(self.service, "raw_json_input", False):
                return text
            try:
                return json.loads(text) if text.strip() else {}
            except ValueError as exc:
                raise _RequestError(
                    HTTPStatus.BAD_REQUEST, BAD_REQUEST, f"the body is not JSON: {exc}"
                ) from None
        return body

    def answer(self, data: Any) -> Any:
        with self.lock:
            run = getattr(self.service, "inference", None)
            if callable(run):
                return run(data)
            service = self.service
            return service._postprocess(service._inference(service._preprocess(data)))


class _Handler(BaseHTTPRequestHandler):
    server: InferenceServer
    protocol_version = "HTTP/1.1"
    # A reply goes out as two writes (headers, body): with Nagle's algorithm the body waits for the client's
    # delayed ACK of the headers, 40 ms per request on Linux, which dominated batch services of many rows.
    disable_nagle_algorithm = True

    def log_message(self, format: str, *args: Any) -> None:
        log.debug("%s %s", self.address_string(), format % args)

    def _reply(self, status: HTTPStatus, body: bytes, content_type: str = "application/json") -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _error(self, status: HTTPStatus, code: str, message: str) -> None:
        self._reply(status, to_json({"error_code": code, "error_msg": message}))

    def do_GET(self) -> None:
        if self.path.split("?", 1)[0] in ("/health", "/ping"):
            self._reply(HTTPStatus.OK, to_json({"status": "OK"}))
        else:
            self._error(HTTPStatus.NOT_FOUND, BAD_REQUEST, f"no API at GET {self.path}")

    def do_POST(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length > 0 else b""
        path = unquote(self.path.split("?", 1)[0])
        api = self.server.apis.get(path)
        if api is None:
            self._error(HTTPStatus.NOT_FOUND, NO_SUCH_API, f"the model has no API at POST {path}")
            return
        try:
            data = self.server.decode(body, self.headers.get("Content-Type", ""))
            result = self.server.answer(data)
            payload, content_type = self.server.encode(result, api)
        except _RequestError as exc:
            self._error(exc.status, exc.code, exc.message)
            return
        except Exception as exc:
            traceback.print_exc()
            self._error(
                HTTPStatus.BAD_REQUEST, RECOGNITION_FAILED, f"Recognition failed: {type(exc).__name__}: {exc}"
            )
            return
        self._reply(HTTPStatus.OK, payload, content_type)
