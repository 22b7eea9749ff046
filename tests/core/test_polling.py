from __future__ import annotations

import pytest

from modelarts_hl._core.calls import Pause, Plan, Step, drive
from modelarts_hl._core.polling import Backoff, wait_until
from modelarts_hl.errors import InvalidArgumentError, WaitTimeoutError


class FakeClock:
    def __init__(self) -> None:
        self.now = 0.0
        self.sleeps: list[float] = []

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds

    def __call__(self) -> float:
        return self.now

    def perform(self, step: Step) -> object:
        assert isinstance(step, Pause), step
        self.sleep(step.seconds)
        return None


def value(x: str) -> Plan[str]:
    return x
    yield  # a plan that needs no step


def test_polls_with_growing_interval_until_done() -> None:
    clock, values, seen = FakeClock(), iter(["Creating", "Pending", "Running", "Completed"]), []
    plan = wait_until(
        lambda: value(next(values)),
        lambda v: v == "Completed",
        what="job",
        backoff=Backoff(initial=1, factor=2, maximum=3),
        on_update=seen.append,
        clock=clock,
    )
    assert drive(plan, clock.perform) == "Completed"
    assert seen == ["Creating", "Pending", "Running", "Completed"]
    assert clock.sleeps == [1, 2, 3]


def test_timeout_raises_with_last_value_and_never_oversleeps() -> None:
    clock = FakeClock()
    plan = wait_until(
        lambda: value("deploying"),
        lambda v: False,
        what="service s1",
        timeout=5,
        backoff=Backoff(initial=2, factor=2, maximum=10),
        clock=clock,
    )
    with pytest.raises(WaitTimeoutError) as caught:
        drive(plan, clock.perform)
    assert caught.value.last == "deploying" and "service s1" in str(caught.value)
    assert isinstance(caught.value, TimeoutError)
    assert clock.sleeps == [2, 3]  # the second wait is cut to the deadline


@pytest.mark.parametrize("timeout", [0, -1, True])
def test_invalid_timeout(timeout: float) -> None:
    with pytest.raises(InvalidArgumentError, match="timeout"):
        drive(wait_until(lambda: value("x"), lambda v: True, what="x", timeout=timeout), FakeClock().perform)


@pytest.mark.parametrize(
    ("argument", "settings"),
    [
        ("initial", {"initial": 0}),
        ("initial", {"initial": "1"}),
        ("initial", {"initial": float("nan")}),
        ("maximum", {"maximum": float("inf")}),
        ("maximum", {"initial": 5, "maximum": 2}),
        ("factor", {"factor": 0.5}),
        ("factor", {"factor": float("nan")}),
        ("factor", {"factor": None}),
    ],
)
def test_invalid_backoff(argument: str, settings: dict[str, object]) -> None:
    with pytest.raises(InvalidArgumentError) as raised:
        Backoff(**settings)  # type: ignore[arg-type]
    assert raised.value.argument == argument
