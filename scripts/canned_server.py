#!/usr/bin/env python3
"""A canned HTTP/1.1 server for benchmarks: it answers each (method, path) with a recorded answer, as fast as
one core allows, so that a benchmark measures the client rather than the server.

The recordings file is JSON: a list of ``{"method", "path", "status", "headers", "body"}`` (``body`` as
text); ``{endpoint}`` in a body is replaced by this server's own base URL. Keep-alive connections; request
bodies must carry ``Content-Length``. Anything unrecorded is answered 404. It prints ``port <number>`` once
it listens and stops when its standard input (a pipe) closes, as when its parent goes away, or after
``--lifetime`` seconds.

    python scripts/canned_server.py recordings.json [--port 0] [--lifetime 3600]
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import sys
from http import HTTPStatus
from pathlib import Path
from typing import Any

# Answered with a header of their own; a recorded value would be wrong for the replayed body.
_OWN_HEADERS = frozenset({"content-length", "transfer-encoding", "connection", "date", "server"})


def answer(status: int, headers: dict[str, str], body: bytes) -> bytes:
    """The bytes of a whole HTTP/1.1 response."""
    lines = [f"HTTP/1.1 {status} {HTTPStatus(status).phrase}"]
    lines += [f"{name}: {value}" for name, value in headers.items() if name.lower() not in _OWN_HEADERS]
    lines.append(f"Content-Length: {len(body)}")
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + body


NOT_RECORDED = answer(404, {"Content-Type": "application/json"}, b'{"error_msg": "not recorded"}')


class Exchange(asyncio.Protocol):
    """One connection: requests parsed as they arrive, each answered from the table."""

    def __init__(self, answers: dict[tuple[str, str], bytes]) -> None:
        self._answers = answers
        self._buffer = bytearray()
        self._transport: asyncio.Transport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self._transport = transport

    def data_received(self, data: bytes) -> None:
        self._buffer += data
        while (end := self._buffer.find(b"\r\n\r\n")) >= 0:
            head = bytes(self._buffer[:end]).decode("latin-1").split("\r\n")
            method, target, _ = head[0].split(" ", 2)
            length = 0
            for line in head[1:]:
                name, _, value = line.partition(":")
                lowered = name.strip().lower()
                if lowered == "content-length":
                    length = int(value)
                elif lowered == "transfer-encoding":
                    self._close(answer(501, {}, b"chunked request bodies are not supported"))
                    return
            if len(self._buffer) < end + 4 + length:
                return  # the rest of the body is still on its way
            del self._buffer[: end + 4 + length]
            assert self._transport is not None
            self._transport.write(self._answers.get((method, target.partition("?")[0]), NOT_RECORDED))

    def _close(self, last: bytes) -> None:
        assert self._transport is not None
        self._transport.write(last)
        self._transport.close()


def load(path: Path, endpoint: str) -> dict[tuple[str, str], bytes]:
    records: list[dict[str, Any]] = json.loads(path.read_text())
    return {
        (record["method"], record["path"]): answer(
            record["status"], record["headers"], record["body"].replace("{endpoint}", endpoint).encode()
        )
        for record in records
    }


async def serve(path: Path, port: int, lifetime: float) -> None:
    loop = asyncio.get_running_loop()
    answers: dict[tuple[str, str], bytes] = {}
    server = await loop.create_server(lambda: Exchange(answers), "127.0.0.1", port, backlog=1024)
    bound = server.sockets[0].getsockname()[1]
    answers.update(load(path, f"http://127.0.0.1:{bound}"))
    print(f"port {bound}", flush=True)
    # The parent closes our standard input (or dies): stop then, at the latest after ``lifetime``.
    stdin_closed = loop.create_future()
    with contextlib.suppress(OSError):  # not a pipe (a terminal, a file): only the lifetime ends it
        loop.add_reader(sys.stdin.fileno(), _at_end, sys.stdin.fileno(), stdin_closed)
    async with server:
        await asyncio.wait([stdin_closed], timeout=lifetime)


def _at_end(fd: int, closed: asyncio.Future[None]) -> None:
    if not os.read(fd, 65536) and not closed.done():
        closed.set_result(None)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("recordings", type=Path)
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--lifetime", type=float, default=3600.0)
    args = parser.parse_args()
    asyncio.run(serve(args.recordings, args.port, args.lifetime))


if __name__ == "__main__":
    main()
