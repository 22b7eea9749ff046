#!/usr/bin/env python3
"""Benchmark of one API call: GET a training job (about 7 KiB of JSON) from a canned server on loopback.

Cases, all in one run, interleaved (not a test):
  - raw:            httpx.Client GET + ``.json()``
  - raw signed:     the same with AK/SK signing (modelarts_hl's ``AkSkAuth`` as the httpx auth)
  - generated:      ``modelarts_client.api.training.show_training_job.sync`` on that signed client
  - high level:     ``TrainingJob(session, job_id).get_job_info()``
  - huaweicloudsdk: ``huaweicloudsdkmodelarts.v1`` ``show_training_job_details`` (when installed)

Prints the median wall and CPU time per call (CPU: this process only, so the server's work is left out) and
their ratios to "raw signed", with the load average before and after. The server runs in its own process,
pinned to the last core when there are two or more. Usage:
    .venv/bin/python scripts/bench_calls.py [--rounds 15] [--calls 200] [--no-pin] [--profile high level]
"""

from __future__ import annotations

import cProfile
import logging
import pstats
import sys
from collections.abc import Callable

import httpx
from bench_support import (
    ACCESS_KEY,
    JOB_ID,
    PROJECT_ID,
    SECRET_KEY,
    Case,
    arguments,
    bench_session,
    canned_server,
    interleave,
    load,
    report,
)

from modelarts_hl._core.auth import AkSkAuth

BASELINE = "raw signed"


def raw_case(base_url: str, auth: httpx.Auth | None) -> Callable[[int], object]:
    client = httpx.Client(base_url=base_url, auth=auth)
    path = f"/v2/{PROJECT_ID}/training-jobs/{JOB_ID}"

    def run(n: int) -> object:
        for _ in range(n):
            response = client.get(path)
            response.raise_for_status()
            job = response.json()
        return job

    return run


def generated_case(base_url: str) -> Callable[[int], object]:
    from modelarts_client import Client
    from modelarts_client.api.training import show_training_job

    client = Client(base_url=base_url).set_httpx_client(
        httpx.Client(base_url=base_url, auth=AkSkAuth(ACCESS_KEY, SECRET_KEY, None, PROJECT_ID))
    )

    def run(n: int) -> object:
        for _ in range(n):
            job = show_training_job.sync(PROJECT_ID, JOB_ID, client=client)
        return job

    return run


def high_level_case(base_url: str) -> Callable[[int], object]:
    from modelarts_hl.estimatorV2 import TrainingJob

    session = bench_session(base_url)
    job = TrainingJob(session, JOB_ID)

    def run(n: int) -> object:
        for _ in range(n):
            info = job.get_job_info()
        return info

    return run


def huawei_case(base_url: str) -> Callable[[int], object] | None:
    try:
        from huaweicloudsdkcore.auth.credentials import BasicCredentials
        from huaweicloudsdkmodelarts.v1 import ModelArtsClient, ShowTrainingJobDetailsRequest
    except ImportError:
        return None
    logging.getLogger("HuaweiCloud-SDK").setLevel(logging.WARNING)
    client = (
        ModelArtsClient.new_builder()
        .with_credentials(BasicCredentials(ACCESS_KEY, SECRET_KEY, PROJECT_ID))
        .with_endpoint(base_url)
        .build()
    )

    def run(n: int) -> object:
        for _ in range(n):
            job = client.show_training_job_details(ShowTrainingJobDetailsRequest(training_job_id=JOB_ID))
        return job

    return run


def main() -> None:
    parser = arguments(__doc__)
    parser.add_argument("--rounds", type=int, default=15)
    parser.add_argument("--calls", type=int, default=200, help="calls per case per round")
    parser.add_argument("--profile", metavar="CASE", help="profile CASE with cProfile instead of timing")
    args = parser.parse_args()
    with canned_server(pin=not args.no_pin) as base_url:
        signer = AkSkAuth(ACCESS_KEY, SECRET_KEY, None, PROJECT_ID)
        runs: dict[str, Callable[[int], object] | None] = {
            "raw": raw_case(base_url, None),
            "raw signed": raw_case(base_url, signer),
            "generated": generated_case(base_url),
            "high level": high_level_case(base_url),
            "huaweicloudsdkmodelarts": huawei_case(base_url),
        }
        cases = [Case(name, run) for name, run in runs.items() if run is not None]
        if args.profile:
            run = runs[args.profile]
            assert run is not None, f"{args.profile} is not available"
            run(args.calls)
            cProfile.runctx("run(n)", {"run": run, "n": args.calls * 5}, {}, "/tmp/bench_calls.prof")
            pstats.Stats("/tmp/bench_calls.prof").sort_stats("cumulative").print_stats(40)
            return
        print(f"python {sys.version.split()[0]}, httpx {httpx.__version__}; before: {load()}")
        if runs["huaweicloudsdkmodelarts"] is None:
            print("huaweicloudsdkmodelarts is not installed: its case is left out")
        interleave(cases, args.rounds, args.calls)
        print(f"GET one training job, {args.rounds} rounds x {args.calls} calls per case, medians per call")
        report(cases, BASELINE)
        print(f"after: {load()}")


if __name__ == "__main__":
    main()
