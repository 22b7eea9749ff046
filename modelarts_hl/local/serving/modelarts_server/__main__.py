"""``python -m modelarts_server --model-dir DIR --model-name NAME --model-type TYPE --ready-file FILE
[--apis JSON]``.

Loads the model, listens on a free loopback port and writes that port to ``--ready-file`` (atomically), so the
backend knows the instance is ready. A model that cannot be loaded ends the process with status 1 and its
traceback in the output.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import signal
import sys
import traceback
from pathlib import Path
from types import FrameType

from .loader import LoadError, load_service
from .server import InferenceServer


def _arguments(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="modelarts_server")
    parser.add_argument("--model-dir", type=Path, required=True)
    parser.add_argument("--model-name", required=True)
    parser.add_argument("--model-type", required=True)
    parser.add_argument("--ready-file", type=Path, required=True)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=0)
    # The model's APIs (apis of its config.json, as the registry keeps them): the paths the server answers.
    parser.add_argument("--apis", type=json.loads, default=[])
    return parser.parse_args(argv)


def _write_port(path: Path, port: int) -> None:
    partial = path.with_name(path.name + ".partial")
    partial.write_text(str(port), encoding="ascii")
    os.replace(partial, path)


def main(argv: list[str]) -> int:
    arguments = _arguments(argv)
    logging.basicConfig(
        level=logging.INFO, stream=sys.stdout, format="[%(asctime)s] [%(levelname)s] [%(name)s] %(message)s"
    )
    log = logging.getLogger("modelarts_server")
    try:
        service = load_service(arguments.model_dir.resolve(), arguments.model_name, arguments.model_type)
    except LoadError as exc:
        print(f"ERROR: {exc}", flush=True)
        return 1
    except BaseException as exc:
        traceback.print_exc()
        print(f"ERROR: loading the model failed: {type(exc).__name__}: {exc}", flush=True)
        return 1
    apis = arguments.apis if isinstance(arguments.apis, list) else []
    server = InferenceServer((arguments.host, arguments.port), service, apis)

    def stop(signum: int, frame: FrameType | None) -> None:
        raise SystemExit(0)

    signal.signal(signal.SIGTERM, stop)
    port = server.server_address[1]
    _write_port(arguments.ready_file, port)
    log.info("model %s (%s) ready on port %d", arguments.model_name, arguments.model_type, port)
    sys.stdout.flush()
    try:
        server.serve_forever(poll_interval=0.2)
    finally:
        server.server_close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
