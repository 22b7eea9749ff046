from __future__ import annotations

import pytest

from modelarts_hl._core.polling import Backoff, Poller
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


def test_polls_with_growing_interval_until_done() -> None:
    clock, values, seen = FakeClock(), iter(["Creating", "Pending", "Running", "Completed"]), []
    poller = Poller(
        fetch=lambda: next(values),
        done=lambda v: v == "Completed",
        what="job",
        backoff=Backoff(initial=1, factor=2, maximum=3),
        on_update=seen.append,
        sleep=clock.sleep,
        clock=clock,
    )
    assert poller.run() == "Completed"
    assert seen == ["Creating", "Pending", "Running", "Completed"]
    assert clock.sleeps == [1, 2, 3]


def test_timeout_raises_with_last_value_and_never_oversleeps() -> None:
    clock = FakeClock()
    poller = Poller(
        fetch=lambda: "deploying",
        done=lambda v: False,
        what="service s1",
        timeout=5,
        backoff=Backoff(initial=2, factor=2, maximum=10),
        sleep=clock.sleep,
        clock=clock,
    )
    with pytest.raises(WaitTimeoutError) as caught:
        poller.run()
    assert caught.value.last == "deploying" and "service s1" in str(caught.value)
    assert isinstance(caught.value, TimeoutError)
    assert clock.sleeps == [2, 3]  # the second wait is cut to the deadline


@pytest.mark.parametrize("timeout", [0, -1, True])
def test_invalid_timeout(timeout: float) -> None:
    with pytest.raises(InvalidArgumentError, match="timeout"):
        Poller(fetch=lambda: 1, done=lambda v: True, what="x", timeout=timeout)


def test_invalid_backoff() -> None:
    with pytest.raises(InvalidArgumentError, match="backoff"):
        Backoff(initial=0)
