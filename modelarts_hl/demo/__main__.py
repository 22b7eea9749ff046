"""``python -m modelarts_hl.demo``: the ModelArts lifecycle against the local backend, or a real account.

Local (default): starts a local backend on loopback, runs everything, stops it. No account needed.

Cloud: ``--cloud`` (or ``MODELARTS_DEMO_CLOUD=1``) uses the credentials ``Session()`` finds (``MODELARTS_*``
environment variables or ``~/.modelarts/config``) and needs a bucket of yours (``--bucket`` or
``MODELARTS_DEMO_BUCKET``); ``--flavor``, ``--framework-type``/``--framework-version`` and ``--specification``
choose the training flavor, engine and service flavor of your region.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from .._core.extras import requiring_extra
from ..errors import MissingExtraError, ModelArtsError
from ..session import Session

if TYPE_CHECKING:
    from .lifecycle import Settings


def _arguments(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m modelarts_hl.demo", description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--cloud",
        action="store_true",
        default=os.environ.get("MODELARTS_DEMO_CLOUD") == "1",
        help="run against Huawei Cloud with the credentials Session() finds",
    )
    parser.add_argument(
        "--bucket",
        default=os.environ.get("MODELARTS_DEMO_BUCKET"),
        help="OBS bucket for data, code and outputs (cloud: required)",
    )
    parser.add_argument(
        "--flavor",
        default=os.environ.get("MODELARTS_DEMO_FLAVOR"),
        help="training flavor (cloud default: modelarts.vm.cpu.8u)",
    )
    parser.add_argument("--framework-type", default="PyTorch")
    parser.add_argument("--framework-version", default=None, help="default: the first of --framework-type")
    parser.add_argument(
        "--specification",
        default=os.environ.get("MODELARTS_DEMO_SPECIFICATION"),
        help="service flavor (default: modelarts.vm.cpu.2u)",
    )
    parser.add_argument("--keep", action="store_true", help="keep the jobs, model and services it creates")
    parser.add_argument("--verbose", action="store_true", help="log every request (secrets redacted)")
    return parser.parse_args(argv)


def _settings(args: argparse.Namespace, default_bucket: str, default_flavor: str) -> Settings:
    from .lifecycle import Settings

    return Settings(
        bucket=args.bucket or default_bucket,
        train_instance_type=args.flavor or default_flavor,
        framework_type=args.framework_type,
        framework_version=args.framework_version,
        specification=args.specification or "modelarts.vm.cpu.2u",
    )


def main(argv: Sequence[str] | None = None) -> int:
    args = _arguments(argv)
    try:
        with requiring_extra("local", "the demo"):
            from ..local import LocalBackend
            from .lifecycle import DemoFailure, Report, run
    except MissingExtraError as error:
        print(error, file=sys.stderr)
        return 1
    logging.basicConfig(
        level=logging.DEBUG if args.verbose else logging.WARNING, format="%(name)s: %(message)s"
    )
    report = Report(sys.stdout)
    try:
        if args.cloud:
            if not args.bucket:
                print(
                    "--cloud needs --bucket (or MODELARTS_DEMO_BUCKET): an OBS bucket of yours",
                    file=sys.stderr,
                )
                return 2
            with Session() as session:
                print(f"Running against {session.modelarts_endpoint} as {session!r}")
                run(session, _settings(args, args.bucket, "modelarts.vm.cpu.8u"), report, keep=args.keep)
        else:
            with report.step(
                "Starting the local backend (ModelArts API, IAM and an S3-compatible OBS on loopback)"
            ):
                backend = LocalBackend().start()  # a temporary state directory, removed on stop
                report.detail(f"ModelArts/IAM {backend.endpoint}, OBS {backend.obs_endpoint}")
            try:
                with backend.session(auth="password") as session:
                    run(
                        session, _settings(args, "demo-bucket", "modelarts.local.cpu"), report, keep=args.keep
                    )
            finally:
                backend.stop()
    except (ModelArtsError, DemoFailure) as error:
        print(f"\nFAILED after {report.total():.1f} s: {type(error).__name__}: {error}", file=sys.stderr)
        return 1
    print(f"\nAll steps passed in {report.total():.1f} s.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
