"""Custom metrics of training jobs: the Prometheus text format, read from a command or a loopback port."""

from __future__ import annotations

import http.server
import os
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from modelarts_hl.local.runtime.training.custom_metrics import CustomMetrics, parse_exposition


def test_the_exposition_format() -> None:
    text = (
        "# HELP loss the loss\n# TYPE loss gauge\nloss 0.5\n"
        'acc{split="val",k="a b"} 0.75 1700000000\nbad not-a-number\nnan_value NaN\n\n'
    )
    assert parse_exposition(text) == {"loss": 0.5, 'acc{split="val",k="a b"}': 0.75}


class _Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def port() -> Iterator[int]:
    answers = iter(["loss 0.5\n", "loss 0.25\nthroughput 100\n"])

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            body = next(answers, "loss 0.125\n").encode() if self.path == "/metrics" else b""
            self.send_response(200 if body else 404)
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server.server_address[1]
    server.shutdown()


def test_an_endpoint_is_read_into_one_value_per_minute(port: int, tmp_path: Path) -> None:
    clock = _Clock()
    specs = [{"http_get": {"path": "/metrics", "port": port}}]
    metrics = CustomMetrics(specs, cwd=tmp_path, env=dict(os.environ), to_local=str, clock=clock)
    assert metrics.collect() == {"loss": [0.5]}
    assert metrics.collect() == {"loss": [0.375], "throughput": [100.0]}  # the minute's average
    clock.now = 130.0
    assert metrics.collect() == {"loss": [0.375, -1.0, 0.125], "throughput": [100.0]}


def test_a_command_runs_in_the_work_area_and_failures_add_nothing(tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    specs = [
        {"exec": {"command": ["cat", "/home/ma-user/metrics.txt"]}},
        {"http_get": {"path": "/", "port": 1}},
    ]
    metrics = CustomMetrics(
        specs,
        cwd=home,
        env=dict(os.environ),
        to_local=lambda text: text.replace("/home/ma-user", str(home)),
    )
    assert metrics.collect() == {}  # nothing written yet, nothing listening
    (home / "metrics.txt").write_text("step_time 0.02\n")
    assert metrics.collect() == {"step_time": [0.02]}
