"""create_once and repeated as plans: what they send, look for and pause, with scripted answers."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from modelarts_hl._core.calls import Call, Pause, Plan, Step, call, drive
from modelarts_hl._core.creates import CLOCK_SKEW_SECONDS, RESEND, create_once, repeated
from modelarts_hl._core.transport import RetryPolicy
from modelarts_hl.errors import (
    APIConnectionError,
    APITimeoutError,
    BadRequestError,
    ConflictError,
    NotFoundError,
    RateLimitError,
    ServerError,
)

NOW = 1_700_000_000.0


class Script:
    """Answers each Call step with the next scripted outcome of its operation (an exception is raised)."""

    def __init__(self, **outcomes: list[object]) -> None:
        self.outcomes = outcomes
        self.steps: list[str] = []

    def perform(self, step: Step) -> object:
        if isinstance(step, Pause):
            self.steps.append("pause")
            return None
        assert isinstance(step, Call)
        self.steps.append(step.operation)
        outcome = self.outcomes[step.operation].pop(0)
        if isinstance(outcome, BaseException):
            raise outcome
        return outcome


def create(script: Script, policy: RetryPolicy = RESEND) -> Any:
    looked: list[float] = []

    def find(since: float) -> Plan[str | None]:
        looked.append(since)
        found: str | None = yield from call("find", None)
        return found

    plan = create_once(
        lambda: call("create", None), find, what="thing", policy=policy, wall_clock=lambda: NOW
    )
    result = drive(plan, script.perform)
    assert all(since == NOW - CLOCK_SKEW_SECONDS for since in looked)
    return result


def unavailable() -> ServerError:
    return ServerError(status_code=503, error_msg="gateway")


def test_a_create_that_succeeds_is_sent_once_and_nothing_is_looked_for() -> None:
    script = Script(create=["id-1"])
    assert create(script) == "id-1"
    assert script.steps == ["create"]


@pytest.mark.parametrize(
    "failure",
    [
        unavailable(),
        RateLimitError(status_code=429),
        ServerError(status_code=500),
        APITimeoutError("ReadTimeout"),
        APIConnectionError("RemoteProtocolError"),
    ],
    ids=["503", "429", "500", "timeout", "dropped"],
)
def test_after_a_failure_where_the_server_may_have_acted_the_resource_is_looked_for(
    failure: Exception,
) -> None:
    script = Script(create=[failure], find=["id-1"])
    assert create(script) == "id-1"
    assert script.steps == ["create", "pause", "find"]


def test_a_create_that_made_nothing_is_sent_again_after_looking() -> None:
    script = Script(create=[unavailable(), "id-2"], find=[None])
    assert create(script) == "id-2"
    assert script.steps == ["create", "pause", "find", "create"]


@pytest.mark.parametrize("refusal", [BadRequestError, ConflictError])
def test_already_exists_to_a_repeat_is_the_resource_an_earlier_attempt_made(refusal: type[Exception]) -> None:
    exists = refusal(status_code=400 if refusal is BadRequestError else 409, error_msg="already exists")
    script = Script(create=[unavailable(), exists], find=[None, "id-1"])
    assert create(script) == "id-1"
    assert script.steps == ["create", "pause", "find", "create", "find"]


def test_already_exists_to_a_repeat_of_nothing_found_is_raised() -> None:
    exists = BadRequestError(status_code=400, error_msg="already exists")
    script = Script(create=[unavailable(), exists], find=[None, None])
    with pytest.raises(BadRequestError):
        create(script)


@pytest.mark.parametrize(
    "failure",
    [
        BadRequestError(status_code=400, error_msg="already exists"),
        NotFoundError(status_code=404),
        APIConnectionError("ConnectError", may_have_acted=False),
    ],
)
def test_failures_where_the_server_did_not_act_are_raised_at_once(failure: Exception) -> None:
    script = Script(create=[failure])
    with pytest.raises(type(failure)):
        create(script)
    assert script.steps == ["create"]


def test_attempts_are_bounded_by_the_policy_and_the_last_failure_is_raised() -> None:
    failures: list[object] = [unavailable() for _ in range(3)]
    script = Script(create=list(failures), find=[None, None, None])
    with pytest.raises(ServerError) as caught:
        create(script, RetryPolicy(max_retries=2, jitter=False))
    assert caught.value is failures[-1]
    assert script.steps == ["create", "pause", "find"] * 3


def test_pauses_follow_the_policy_and_retry_after() -> None:
    pauses: list[float] = []
    busy = RateLimitError(status_code=429, retry_after=7.0)
    outcomes: dict[str, list[object]] = {"create": [unavailable(), busy, "id"], "find": [None, None]}

    def perform(step: Step) -> object:
        if isinstance(step, Pause):
            pauses.append(step.seconds)
            return None
        assert isinstance(step, Call)
        outcome = outcomes[step.operation].pop(0)
        if isinstance(outcome, BaseException):
            raise outcome
        return outcome

    policy = RetryPolicy(backoff_base=0.5, jitter=False)
    finder: Callable[[float], Plan[str | None]] = lambda since: call("find", None)  # noqa: E731
    assert drive(create_once(lambda: call("create", None), finder, what="x", policy=policy), perform) == "id"
    assert pauses == [0.5, 7.0]


def test_repeated_sends_a_read_again_after_transient_failures_only() -> None:
    script = Script(search=[unavailable(), APITimeoutError("ReadTimeout"), "page"])
    assert drive(repeated(lambda: call("search", None)), script.perform) == "page"
    assert script.steps == ["search", "pause", "search", "pause", "search"]
    refused = Script(search=[BadRequestError(status_code=400)])
    with pytest.raises(BadRequestError):
        drive(repeated(lambda: call("search", None)), refused.perform)
    assert refused.steps == ["search"]
