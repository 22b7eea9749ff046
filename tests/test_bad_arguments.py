"""A sweep over the arguments of every documented call: each wrong value, drawn by hypothesis from its class
(timeouts that are not finite positive numbers, NaN or Infinity bound for a JSON body, endpoints that are not
URLs, values of the wrong type, numbers outside the spec's bounds, predict paths that leave the service), is
refused with an :class:`InvalidArgumentError` (a ``ValueError``) naming the caller's argument, and nothing
reaches a server.

Bounds come from the spec's rules (``modelarts_hl._core.rules``), never from numbers written here.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import Any
from urllib.parse import unquote

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from modelarts_client.api.inference import run_inference_at_path
from modelarts_hl._core.endpoints import process_defaults
from modelarts_hl._core.polling import Backoff
from modelarts_hl._core.rules import Rule, field_rule, parameter_rule
from modelarts_hl._core.transport import RetryPolicy, Timeouts
from modelarts_hl.config.model_config import Params, Schedule, ServiceConfig, TransformerConfig
from modelarts_hl.errors import InvalidArgumentError
from modelarts_hl.estimatorV2 import Estimator
from modelarts_hl.inference.prediction import api_path
from modelarts_hl.inference.service import Transformer
from modelarts_hl.model import Model, Predictor
from modelarts_hl.session import Session
from modelarts_hl.train_params import InputData, OutputData, TrainingFiles
from modelarts_hl.training.job import TrainingJob
from tests.conftest import RECORDING_SETTINGS, recording_session, recording_transport
from tests.foundation.test_argument_rules import JOB
from tests.inference.test_validation import BATCH, RT
from tests.inference.test_validation import OK as OK_MODEL

# -- classes of wrong values --------------------------------------------------------------------------------

NON_FINITE = st.sampled_from([math.nan, math.inf, -math.inf])
NOT_A_NUMBER = st.one_of(
    st.booleans(), st.text(max_size=4), st.lists(st.integers(), max_size=2), st.binary(max_size=2)
)
# A timeout in seconds is a finite number > 0 (or None: no limit).
BAD_SECONDS = st.one_of(
    st.floats(max_value=0), st.integers(max_value=0), NON_FINITE, st.floats(min_value=1e309), NOT_A_NUMBER
)
NOT_TEXT = st.one_of(
    st.integers(), st.floats(), st.binary(max_size=3), st.lists(st.text(max_size=2), min_size=1, max_size=2)
)
# Where a list (of configuration objects) belongs.
NOT_A_LIST = st.one_of(st.integers(), st.text(min_size=1), st.lists(st.integers(), min_size=1))
NOT_A_FLAG = st.one_of(
    st.sampled_from(["True", "true", "false", "False", "yes", "", "0", "1"]),
    st.integers(),
    st.floats(allow_nan=False),
    st.lists(st.booleans(), max_size=1),
)
# JSON has no NaN or Infinity, bytes or sets: any such value inside a body, however deep.
NOT_JSON = st.one_of(NON_FINITE, st.binary(min_size=1, max_size=2), st.just({1, 2}), st.just(object()))
POISONED = st.recursive(
    NOT_JSON,
    lambda inner: st.one_of(
        st.lists(inner, min_size=1, max_size=2).map(lambda items: [1, "a", *items]),
        st.dictionaries(st.text(max_size=3), inner, min_size=1, max_size=2),
    ),
    max_leaves=4,
)
POISONED_OBJECT = st.dictionaries(st.text(max_size=3), POISONED, min_size=1, max_size=2)
POISONED_ENV_VALUE = st.one_of(NON_FINITE, st.binary(max_size=2), st.none(), st.lists(st.text(), max_size=1))
HOST = st.from_regex(r"[a-z][a-z0-9]{0,8}(\.[a-z][a-z0-9]{0,8}){0,2}", fullmatch=True)
# What an endpoint is not: another scheme, a host with characters no host has, no host at all, a port out of
# range, user information, a query or a fragment, blanks.
NOT_A_URL = st.one_of(
    st.builds("{}://{}".format, st.sampled_from(["ftp", "file", "ws", "javascript", "htp", "h ttp"]), HOST),
    st.builds(
        "http://{}{}{}".format, HOST, st.sampled_from(list(' \t<>\\^`{|}"\x00\x7f\x85\u3000%!*')), HOST
    ),
    st.builds("https://{}:{}".format, HOST, st.one_of(st.just(0), st.integers(65536, 10**7))),
    st.builds("https://{}:{}".format, HOST, st.sampled_from(["", "x", "-1", "8o", " 80"])),
    st.builds("https://user:pw@{}".format, HOST),
    st.builds("https://{}/{}".format, HOST, st.sampled_from(["?a=1", "#top", "x?", "x#"])),
    st.sampled_from(["", " ", "http://", "https://", "://host", "http:///path", "-bad-.com", "a..b"]),
    NOT_TEXT,
)
NOT_A_REGION = st.one_of(
    st.builds("{}{}{}".format, HOST, st.sampled_from(list(" /:@?#\\\x00\n")), HOST),
    st.sampled_from(["-cn", "cn-", "cn..north", "."]),
)


def outside(rule: Rule) -> st.SearchStrategy[int]:
    """Integers just outside the spec's bounds of ``rule``, and far outside."""
    parts = []
    if rule.minimum is not None:
        parts.append(st.integers(max_value=rule.smallest - 1))
    if rule.maximum is not None:
        parts.append(st.integers(min_value=rule.largest + 1))
    assert parts, f"{rule.where} states no bounds"
    return st.one_of(*parts)


# -- the documented calls ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Row:
    """An argument of a documented call, a call passing it ``value``, and the wrong values of one class."""

    kind: str
    argument: str
    call: Callable[[Session, Any], object]
    wrong: st.SearchStrategy[Any]

    @property
    def id(self) -> str:
        return f"{self.kind}:{self.argument}"


# Requests sent by the sessions the Session rows construct (none may be).
NEW_SESSION_REQUESTS: list[httpx.Request] = []


def session_with(**changes: Any) -> Session:
    return Session(
        **{**RECORDING_SETTINGS, "http_transport": recording_transport(NEW_SESSION_REQUESTS), **changes}
    )


def estimator(session: Session, **changes: Any) -> Estimator:
    return Estimator(session=session, **{**JOB, **changes})


def job(session: Session) -> TrainingJob:
    return TrainingJob(session, "job-1")


def model(session: Session) -> Model:
    return Model(session, model_id="m")


def predictor(session: Session) -> Predictor:
    return Predictor(session, service_id="s")


def realtime() -> list[ServiceConfig]:
    return [ServiceConfig(**RT)]


def batch() -> list[TransformerConfig]:
    return [TransformerConfig(**BATCH)]


JOB_COUNT = field_rule("JobResource", "node_count")
SERVICE_WEIGHT = field_rule("ServiceConfig", "weight")
SERVICE_INSTANCES = field_rule("ServiceConfig", "instance_count")
SCHEDULE_DURATION = field_rule("ServiceSchedule", "duration")
JOB_LIST_LIMIT = field_rule("ListTrainingJobsRequest", "limit")
JOB_LIST_OFFSET = field_rule("ListTrainingJobsRequest", "offset")
MODEL_LIST_LIMIT = parameter_rule("listModels", "limit")
SERVICE_LIST_LIMIT = parameter_rule("listServices", "limit")
MODEL_LIST_OFFSET = parameter_rule("listModels", "offset")
SERVICE_LIST_OFFSET = parameter_rule("listServices", "offset")

TIMEOUTS = [
    Row("timeout", "timeout", lambda s, v: estimator(s).fit(wait=True, timeout=v), BAD_SECONDS),
    Row("timeout", "timeout", lambda s, v: job(s).wait(timeout=v), BAD_SECONDS),
    Row("timeout", "timeout", lambda s, v: Model(s, **OK_MODEL, timeout=v), BAD_SECONDS),
    Row("timeout", "timeout", lambda s, v: model(s).wait_for_publishing(v), BAD_SECONDS),
    Row(
        "timeout",
        "timeout",
        lambda s, v: model(s).deploy_predictor(configs=realtime(), timeout=v),
        BAD_SECONDS,
    ),
    Row(
        "timeout",
        "timeout",
        lambda s, v: model(s).deploy_transformer(configs=batch(), timeout=v),
        BAD_SECONDS,
    ),
    Row("timeout", "timeout", lambda s, v: predictor(s).wait_for_deployment(v), BAD_SECONDS),
    Row(
        "timeout",
        "timeout",
        lambda s, v: predictor(s).update_service_config(status="running", wait=True, timeout=v),
        BAD_SECONDS,
    ),
    Row("timeout", "connect", lambda s, v: Timeouts(connect=v), BAD_SECONDS),
    Row("timeout", "read", lambda s, v: Timeouts(read=v), BAD_SECONDS),
    Row("timeout", "write", lambda s, v: Timeouts(write=v), BAD_SECONDS),
    Row("timeout", "pool", lambda s, v: Timeouts(pool=v), BAD_SECONDS),
    Row(
        "timeout", "backoff_max", lambda s, v: RetryPolicy(backoff_max=v), st.one_of(NON_FINITE, NOT_A_NUMBER)
    ),
    Row("timeout", "initial", lambda s, v: Backoff(initial=v), BAD_SECONDS),
    Row("timeout", "maximum", lambda s, v: Backoff(maximum=v), BAD_SECONDS),
    Row("timeout", "factor", lambda s, v: Backoff(factor=v), st.one_of(NON_FINITE, NOT_A_NUMBER)),
    Row(
        "timeout",
        "token_refresh_margin",
        lambda s, v: session_with(token_refresh_margin=v),
        st.one_of(st.integers(), st.timedeltas(max_value=timedelta(microseconds=-1)), NOT_A_NUMBER),
    ),
]

BODIES = [
    Row("json", "data", lambda s, v: predictor(s).predict(v), POISONED_OBJECT),
    Row("json", "data", lambda s, v: predictor(s).predict([v]), POISONED),
    Row(
        "json",
        "parameters",
        lambda s, v: estimator(s, parameters=[{"name": "lr", "value": v}]),
        POISONED,
    ),
    Row("json", "env_variables", lambda s, v: estimator(s, env_variables={"A": v}), POISONED_ENV_VALUE),
    Row("json", "envs", lambda s, v: ServiceConfig(**RT, envs={"A": v}), POISONED_ENV_VALUE),
    Row("json", "envs", lambda s, v: TransformerConfig(**BATCH, envs={"A": v}), POISONED_ENV_VALUE),
    Row(
        "json",
        "mapping_rule",
        lambda s, v: TransformerConfig(**{**BATCH, "mapping_type": "csv", "mapping_rule": v}),
        POISONED_OBJECT,
    ),
    Row(
        "json",
        "apis",
        lambda s, v: Model(
            s,
            **OK_MODEL,
            apis=[{"protocol": "https", "url": "/", "method": "post", "request": {"data": v}}],
        ),
        POISONED,
    ),
    Row(
        "json",
        "min",
        lambda s, v: Params(url="/", param_name="x", param_type="number", min=v),
        st.one_of(NON_FINITE, NON_FINITE.map(str), st.just("1e999")),
    ),
    Row(
        "json",
        "max",
        lambda s, v: Params(url="/", param_name="x", param_type="number", max=v),
        st.one_of(NON_FINITE, NON_FINITE.map(str), st.just("-1e999")),
    ),
]

ENDPOINTS = [
    *[
        Row("endpoint", name, lambda s, v, name=name: session_with(**{name: v}), NOT_A_URL)
        for name in ("iam_endpoint", "modelarts_endpoint", "obs_endpoint")
    ],
    *[
        Row("endpoint", name, lambda s, v, name=name: Session.set_endpoint(**{name: v}), NOT_A_URL)
        for name in ("iam_endpoint", "modelarts_endpoint", "obs_endpoint")
    ],
    Row("endpoint", "region_name", lambda s, v: session_with(region_name=v), NOT_A_REGION),
    Row("endpoint", "region_name", lambda s, v: Session.set_endpoint(region_name=v), NOT_A_REGION),
]

TYPES = [
    # -- Session
    *[
        Row("type", name, lambda s, v, name=name: session_with(**{name: v}), NOT_TEXT)
        for name in ("access_key", "secret_key", "project_id", "region_name", "security_token")
    ],
    Row(
        "type",
        "project_id",
        lambda s, v: session_with(project_id=v),
        st.text(min_size=1).filter(
            lambda t: t.strip() and not parameter_rule("showModel", "project_id").accepts(t.strip())
        ),
    ),
    Row(
        "type",
        "verify",
        lambda s, v: session_with(verify=v),
        st.one_of(st.integers(), st.just(""), st.just("\x00"), st.just([True])),
    ),
    Row(
        "type",
        "retry",
        lambda s, v: session_with(retry=v),
        st.one_of(st.integers(), st.text(), st.just({"max_retries": 1})),
    ),
    Row(
        "type",
        "timeout",
        lambda s, v: session_with(timeout=v),
        st.one_of(st.integers(), st.floats(), st.text()),
    ),
    Row(
        "type",
        "http_transport",
        lambda s, v: session_with(http_transport=v),
        st.one_of(st.integers(), st.text(min_size=1), st.just(httpx.Client)),
    ),
    Row("type", "clock", lambda s, v: session_with(clock=v), st.one_of(st.integers(), st.text())),
    Row(
        "type",
        "obs_signature",
        lambda s, v: session_with(obs_signature=v),
        st.one_of(st.integers(), st.text().filter(lambda t: t not in ("obs", "v4"))),
    ),
    Row("type", "obs_path_style", lambda s, v: session_with(obs_path_style=v), NOT_A_FLAG),
    Row("type", "profile", lambda s, v: session_with(profile=v), NOT_TEXT),
    # -- Estimator, fit, TrainingJob
    Row(
        "type",
        "session",
        lambda s, v: Estimator(session=v, **JOB),
        st.one_of(st.none(), st.text(), st.integers()),
    ),
    *[
        Row("type", name, lambda s, v, name=name: estimator(s, **{name: v}), NOT_A_LIST)
        for name in ("training_files", "outputs", "parameters", "volumes")
    ],
    Row("type", "train_instance_type", lambda s, v: estimator(s, train_instance_type=v), NOT_TEXT),
    Row(
        "type",
        "train_instance_count",
        lambda s, v: estimator(s, train_instance_count=v),
        st.one_of(
            NOT_A_NUMBER.filter(lambda v: not (isinstance(v, str) and v.strip().isdecimal())),
            NON_FINITE,
            st.floats(0.1, 3.9).filter(lambda f: not f.is_integer()),
        ),
    ),
    Row(
        "type",
        "env_variables",
        lambda s, v: estimator(s, env_variables=v),
        st.one_of(st.integers(), st.text(min_size=1), st.lists(st.text(), min_size=1)),
    ),
    Row(
        "type",
        "inputs",
        lambda s, v: estimator(s).fit(inputs=v),
        NOT_A_LIST,
    ),
    Row("type", "wait", lambda s, v: estimator(s).fit(wait=v), NOT_A_FLAG),
    Row("type", "show_log", lambda s, v: estimator(s).fit(show_log=v), NOT_A_FLAG),
    Row("type", "job_name", lambda s, v: estimator(s).fit(job_name=v), NOT_TEXT),
    Row(
        "type",
        "backoff",
        lambda s, v: estimator(s).fit(wait=True, backoff=v),
        st.one_of(st.integers(min_value=1), st.text(min_size=1), st.just({"initial": 1})),
    ),
    Row(
        "type",
        "backoff",
        lambda s, v: job(s).wait(backoff=v),
        st.one_of(st.integers(min_value=1), st.text(min_size=1), st.just({"initial": 1})),
    ),
    Row("type", "job_id", lambda s, v: TrainingJob(s, v), st.one_of(st.none(), NOT_TEXT)),
    Row("type", "task_id", lambda s, v: job(s).get_job_log(task_id=v), NOT_TEXT),
    Row("type", "description", lambda s, v: job(s).update_job_configs(v), NOT_TEXT),
    Row(
        "type",
        "obs_path",
        lambda s, v: InputData(obs_path=v, name="data_url"),
        st.one_of(NOT_TEXT, st.text()),
    ),
    Row(
        "type",
        "obs_path",
        lambda s, v: OutputData(obs_path=v, name="train_url"),
        st.one_of(NOT_TEXT, st.text()),
    ),
    Row(
        "type",
        "code_dir",
        lambda s, v: TrainingFiles(code_dir=v, boot_file="train.py"),
        st.one_of(NOT_TEXT, st.text()),
    ),
    # -- Model
    Row("type", "model_id", lambda s, v: Model(s, model_id=v), NOT_TEXT),
    Row("type", "publish", lambda s, v: Model(s, **OK_MODEL, publish=v), NOT_A_FLAG),
    *[
        Row("type", name, lambda s, v, name=name: Model(s, **OK_MODEL, **{name: v}), NOT_A_LIST)
        for name in ("input_params", "output_params", "dependencies")
    ],
    Row(
        "type",
        "apis",
        lambda s, v: Model(s, **OK_MODEL, apis=v),
        st.one_of(st.integers(), st.lists(st.integers(), min_size=1)),
    ),
    Row("type", "runtime", lambda s, v: Model(s, **OK_MODEL, runtime=v), NOT_TEXT),
    Row(
        "type",
        "environment",
        lambda s, v: Model(s, **OK_MODEL, environment=v),
        st.one_of(st.integers(), st.just({"runtime": 5})),
    ),
    Row("type", "source_location_type", lambda s, v: Model(s, **OK_MODEL, source_location_type=v), NOT_TEXT),
    Row(
        "type",
        "configs",
        lambda s, v: model(s).deploy_predictor(configs=v),
        NOT_A_LIST,
    ),
    Row(
        "type",
        "configs",
        lambda s, v: model(s).deploy_transformer(configs=v),
        NOT_A_LIST,
    ),
    Row(
        "type",
        "schedule",
        lambda s, v: model(s).deploy_predictor(configs=realtime(), schedule=v),
        NOT_A_LIST,
    ),
    Row("type", "wait", lambda s, v: model(s).deploy_predictor(configs=realtime(), wait=v), NOT_A_FLAG),
    Row(
        "type",
        "service_name",
        lambda s, v: model(s).deploy_predictor(configs=realtime(), service_name=v),
        NOT_TEXT,
    ),
    Row("type", "vpc_id", lambda s, v: model(s).deploy_predictor(configs=realtime(), vpc_id=v), NOT_TEXT),
    Row(
        "type",
        "infer_type",
        lambda s, v: model(s).deploy_predictor(configs=realtime(), infer_type=v),
        st.one_of(NOT_TEXT, st.sampled_from(["batch", "edge", "REAL-TIME "])),
    ),
    # -- Predictor, Transformer
    Row("type", "service_id", lambda s, v: Predictor(s, v), st.one_of(st.none(), NOT_TEXT)),
    Row("type", "service_id", lambda s, v: Transformer(s, v), st.one_of(st.none(), NOT_TEXT)),
    Row(
        "type",
        "data",
        lambda s, v: predictor(s).predict(v),
        st.one_of(st.integers(), st.floats(), st.binary(), st.none()),
    ),
    Row(
        "type",
        "data_type",
        lambda s, v: predictor(s).predict({"a": 1}, data_type=v),
        st.one_of(NOT_TEXT, st.text().filter(lambda t: t.lower() not in ("json", "files", "images"))),
    ),
    Row(
        "type",
        "configs",
        lambda s, v: predictor(s).update_service_config(configs=v),
        NOT_A_LIST,
    ),
    Row(
        "type", "wait", lambda s, v: predictor(s).update_service_config(status="running", wait=v), NOT_A_FLAG
    ),
    Row(
        "type",
        "offset",
        lambda s, v: Predictor.get_service_list(s, offset=v),
        st.one_of(
            NON_FINITE,
            st.floats(0.1, 5).filter(lambda f: not f.is_integer()),
            st.lists(st.integers(), min_size=1),
        ),
    ),
    # -- OBS transfers
    Row("type", "src_local_file", lambda s, v: s.obs.upload_file(v, "obs://bucket-a/d/"), NOT_TEXT),
    Row("type", "dst_obs_dir", lambda s, v: s.obs.upload_dir(".", v), NOT_TEXT),
    Row("type", "src_obs_file", lambda s, v: s.obs.download_file(v, "."), NOT_TEXT),
    Row("type", "dst_local_dir", lambda s, v: s.obs.download_dir("obs://bucket-a/d/", v), NOT_TEXT),
    Row(
        "type",
        "skip_unusable_keys",
        lambda s, v: s.obs.download_dir("obs://bucket-a/d/", "./", skip_unusable_keys=v),
        NOT_A_FLAG,
    ),
    Row(
        "type",
        "keep_last_dir",
        lambda s, v: s.obs.copy("obs://bucket-a/d/", "obs://bucket-a/e/", keep_last_dir=v),
        NOT_A_FLAG,
    ),
    Row("type", "src_path", lambda s, v: s.obs.copy(v, "obs://bucket-a/e/"), NOT_TEXT),
    Row("type", "delete", lambda s, v: s.obs.sync(".", "obs://bucket-a/e/", delete=v), NOT_A_FLAG),
    Row("type", "dry_run", lambda s, v: s.obs.sync(".", "obs://bucket-a/e/", dry_run=v), NOT_A_FLAG),
    Row(
        "type",
        "include",
        lambda s, v: s.obs.sync(".", "obs://bucket-a/e/", include=v),
        st.one_of(
            st.integers(), st.just({"a": 1}), st.binary(min_size=1), st.lists(st.integers(), min_size=1)
        ),
    ),
    Row(
        "type",
        "exclude",
        lambda s, v: s.obs.sync(".", "obs://bucket-a/e/", exclude=v),
        st.one_of(st.integers(), st.just({"a": 1}), st.lists(st.just(""), min_size=1)),
    ),
    Row(
        "type",
        "compare",
        lambda s, v: s.obs.sync(".", "obs://bucket-a/e/", compare=v),
        st.one_of(NOT_TEXT, st.sampled_from(["md5", "SIZE", ""])),
    ),
    Row("type", "confirm", lambda s, v: s.obs.delete_prefix("obs://bucket-a/", confirm=v), NOT_A_FLAG),
    Row("type", "obs_prefix", lambda s, v: list(s.obs.list_objects(v)), NOT_TEXT),
    Row("type", "obs_path", lambda s, v: s.obs.exists(v), NOT_TEXT),
    Row("type", "obs_path", lambda s, v: s.obs.read_bytes(v), NOT_TEXT),
    Row(
        "type",
        "data",
        lambda s, v: s.obs.write_bytes("obs://bucket-a/x", v),
        st.one_of(st.text(), st.integers(), st.none()),
    ),
    Row(
        "type",
        "name",
        lambda s, v: s.obs.create_bucket(v),
        st.one_of(NOT_TEXT, st.sampled_from(["A_B", "ab", "-ab", "a" * 64, "a..b"])),
    ),
]

BOUNDS = [
    Row(
        "bound", "train_instance_count", lambda s, v: estimator(s, train_instance_count=v), outside(JOB_COUNT)
    ),
    Row("bound", "weight", lambda s, v: ServiceConfig(**{**RT, "weight": v}), outside(SERVICE_WEIGHT)),
    Row(
        "bound",
        "instance_count",
        lambda s, v: ServiceConfig(**{**RT, "instance_count": v}),
        outside(SERVICE_INSTANCES),
    ),
    Row(
        "bound",
        "instance_count",
        lambda s, v: TransformerConfig(**{**BATCH, "instance_count": v}),
        outside(SERVICE_INSTANCES),
    ),
    Row(
        "bound", "duration", lambda s, v: Schedule(time_unit="HOURS", duration=v), outside(SCHEDULE_DURATION)
    ),
    Row("bound", "limit", lambda s, v: Estimator.get_job_list(s, limit=v), outside(JOB_LIST_LIMIT)),
    Row("bound", "offset", lambda s, v: Estimator.get_job_list(s, offset=v), outside(JOB_LIST_OFFSET)),
    Row("bound", "limit", lambda s, v: Model.get_model_list(s, limit=v), outside(MODEL_LIST_LIMIT)),
    Row("bound", "limit", lambda s, v: Predictor.get_service_list(s, limit=v), outside(SERVICE_LIST_LIMIT)),
    Row(
        "bound",
        "page_size",
        lambda s, v: next(iter(Estimator.iter_jobs(s, page_size=v))),
        outside(JOB_LIST_LIMIT),
    ),
    Row("bound", "offset", lambda s, v: Model.get_model_list(s, offset=v), outside(MODEL_LIST_OFFSET)),
    Row(
        "bound", "offset", lambda s, v: Predictor.get_service_list(s, offset=v), outside(SERVICE_LIST_OFFSET)
    ),
]

ROWS = [*TIMEOUTS, *BODIES, *ENDPOINTS, *TYPES, *BOUNDS]


def names(reported: str, argument: str) -> bool:
    """The error names ``argument``, or a place inside it (``parameters[0].value``, ``envs['A']``)."""
    return reported == argument or reported.startswith((f"{argument}[", f"{argument}."))


@pytest.fixture
def offline() -> Iterator[tuple[Session, list[httpx.Request]]]:
    with recording_session() as recording:
        yield recording
    process_defaults.reset()


@pytest.mark.parametrize("row", ROWS, ids=[row.id for row in ROWS])
def test_every_wrong_argument_is_refused_by_name_before_any_request(
    row: Row, offline: tuple[Session, list[httpx.Request]], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    session, sent = offline
    monkeypatch.chdir(tmp_path)  # the OBS calls name "." as a local folder

    @settings(max_examples=12, deadline=None, database=None)
    @given(value=row.wrong)
    def refused(value: Any) -> None:
        try:
            row.call(session, value)
        except InvalidArgumentError as error:
            assert names(error.argument, row.argument), f"{value!r}: {error}"
            assert isinstance(error, ValueError)
        else:
            pytest.fail(f"{row.argument}={value!r} was accepted")
        assert sent == NEW_SESSION_REQUESTS == [], f"{value!r} sent {sent or NEW_SESSION_REQUESTS}"

    refused()


# -- predict paths stay inside the service -----------------------------------------------------------------

SERVICE_ID = "5a7e1b9c-0d3f-4a61-9f0e-2c4b6d8e0f12"
GATEWAY = "https://gw.example.com:8443"
PATH_TEXT = st.one_of(
    st.text(max_size=20).map(lambda t: "/" + t),
    st.lists(
        st.sampled_from(
            ["..", ".", "", "%2e", "%2E%2e", "%2f", "%5c", "a", "v2", "%25", "?", "#", "\\", "%00"]
        ),
        max_size=5,
    ).map(lambda parts: "/" + "/".join(parts)),
    st.text(max_size=10),
)


@pytest.fixture(scope="module")
def gateway() -> Iterator[httpx.Client]:
    with httpx.Client(base_url=GATEWAY) as client:
        yield client


@settings(max_examples=300, deadline=None, database=None)
@given(path=PATH_TEXT)
def test_a_predict_path_is_refused_or_stays_under_the_service_address(
    gateway: httpx.Client, path: str
) -> None:
    """Whatever ``path`` is, the request goes to the service's own address or nowhere: as the generated
    operation builds the URL and httpx sends it, its host is the gateway's and its path stays below
    ``/v1/infers/<service id>/`` once a server resolves dot segments."""
    try:
        api = api_path(path)
    except InvalidArgumentError as refused:
        assert refused.argument == "path"
        return
    if not api:
        return
    kwargs = run_inference_at_path._get_kwargs(service_id=SERVICE_ID, api_path=api, body=[1])
    request = gateway.build_request(kwargs["method"], kwargs["url"], json=[1])
    assert (request.url.scheme, request.url.host, request.url.port) == ("https", "gw.example.com", 8443)
    raw = request.url.raw_path.decode("ascii")
    assert "?" not in raw and "#" not in raw
    resolved = httpx.URL("https://x").join(raw).path
    assert resolved.startswith(f"/v1/infers/{SERVICE_ID}/"), (path, raw)
    segments = unquote(raw).split("/")
    assert ".." not in segments and "." not in segments
