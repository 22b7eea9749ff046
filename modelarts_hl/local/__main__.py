"""``python -m modelarts_hl.local``: run a local ModelArts backend in the foreground until Ctrl-C or SIGTERM.

Prints the endpoints, the credentials and a ``Session(...)`` line to paste into client code. With
``--state-dir`` everything survives a restart: jobs, models, services, the objects of the store, the identity
and the ports (a restarted backend listens where the previous run did unless ``--port``/``--obs-port`` say
otherwise), so the printed line keeps working.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from modelarts_hl._core.extras import requiring_extra
from modelarts_hl.errors import MissingExtraError

if TYPE_CHECKING:
    from .backend import LocalBackend

__all__ = ["main"]


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m modelarts_hl.local",
        description="Run a ModelArts-compatible backend (API, IAM, S3-compatible store) on this machine.",
    )
    parser.add_argument(
        "--state-dir",
        type=Path,
        help="keep jobs, models, services, objects, identity and ports here (default: a temporary directory)",
    )
    parser.add_argument(
        "--port", type=int, help="API port on 127.0.0.1 (default: the state directory's, else any free port)"
    )
    parser.add_argument(
        "--obs-port", type=int, help="object store port (default: the state directory's, else any free port)"
    )
    parser.add_argument("--project-id", help="project id (default: generated, or the one of --state-dir)")
    parser.add_argument("--region-name", help="region name (default: local-1)")
    parser.add_argument("--username", help="IAM user name (default: local-user)")
    parser.add_argument("--password", help="IAM password (default: generated)")
    parser.add_argument("--access-key", help="access key (default: generated)")
    parser.add_argument("--secret-key", help="secret key (default: generated)")
    parser.add_argument("--token-ttl", type=float, help="token lifetime in seconds (default: 86400)")
    parser.add_argument("--obs-endpoint", help="use this S3-compatible endpoint, not the built-in store")
    parser.add_argument("--obs-access-key", help="access key of --obs-endpoint")
    parser.add_argument("--obs-secret-key", help="secret key of --obs-endpoint")
    parser.add_argument("-v", "--verbose", action="store_true", help="log requests and background work")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        with requiring_extra("local", "the local backend"):
            from .backend import LocalBackend
            from .config import ObsEndpoint
    except MissingExtraError as error:
        print(error, file=sys.stderr)
        return 1
    logging.basicConfig(
        level=logging.INFO if args.verbose else logging.WARNING, format="%(levelname)s %(message)s"
    )
    obs = None
    if args.obs_endpoint:
        if not (args.obs_access_key and args.obs_secret_key):
            print("--obs-endpoint needs --obs-access-key and --obs-secret-key", file=sys.stderr)
            return 2
        obs = ObsEndpoint(args.obs_endpoint, args.obs_access_key, args.obs_secret_key)
    backend = LocalBackend(
        args.state_dir,
        project_id=args.project_id,
        region_name=args.region_name,
        username=args.username,
        password=args.password,
        access_key=args.access_key,
        secret_key=args.secret_key,
        token_ttl=args.token_ttl,
        port=args.port,
        obs_port=args.obs_port,
        obs=obs,
    )
    backend.serve_forever(_announce, lambda: print("stopping...", flush=True))
    return 0


def _announce(backend: LocalBackend) -> None:
    """The documented start-up output: endpoints, credentials, and how to connect."""
    lines = [
        "Local ModelArts backend running (Ctrl-C to stop)",
        f"  ModelArts + IAM endpoint: {backend.endpoint}",
        f"  OBS endpoint:             {backend.obs_endpoint} (S3 v4 signature, path style)",
        f"  state directory:          {backend.state_dir}",
        f"  project_id:  {backend.project_id}",
        f"  region_name: {backend.region_name}",
        f"  account:     {backend.account}",
        f"  username:    {backend.username}",
        f"  password:    {backend.password}",
        f"  access_key:  {backend.access_key}",
        f"  secret_key:  {backend.secret_key}",
        "",
        "  from modelarts_hl.session import Session",
        f"  session = {backend.session_example()}",
    ]
    print("\n".join(lines), flush=True)


if __name__ == "__main__":
    sys.exit(main())
