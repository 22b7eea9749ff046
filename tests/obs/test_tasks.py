"""The scheduler behind transfers: work on worker threads, follow-ups in the caller, failures stop it."""

from __future__ import annotations

import threading
import time

import pytest

from modelarts_hl.obs.tasks import TaskGroup

from ..waiting import wait_for


def test_follow_ups_run_in_the_calling_thread_and_may_start_more_work() -> None:
    caller = threading.get_ident()
    seen: list[tuple[str, int]] = []
    workers: set[int] = set()

    def work(value: int) -> int:
        workers.add(threading.get_ident())
        return value * 10

    with TaskGroup(3) as group:

        def first_done(result: int) -> None:
            assert threading.get_ident() == caller
            seen.append(("first", result))
            group.submit(lambda: work(2), lambda result: seen.append(("second", result)))

        group.submit(lambda: work(1), first_done)
        group.run()
    assert seen == [("first", 10), ("second", 20)]
    assert caller not in workers


def test_at_most_the_window_is_pending_and_every_task_runs_once() -> None:
    done: list[int] = []
    with TaskGroup(2) as group:
        for index in range(50):
            group.throttle()
            assert group._pending < group.window
            group.submit(lambda index=index: index, done.append)
        group.run()
    assert sorted(done) == list(range(50))


def test_a_failure_is_raised_and_what_has_not_started_never_runs() -> None:
    started: list[int] = []
    followed: list[int] = []
    group = TaskGroup(2)

    def failing() -> int:
        raise ValueError("boom")

    def queued(index: int) -> int:
        # Runs until the caller has seen the failure: at most one such task per worker has started by then.
        started.append(index)
        wait_for(lambda: group._cancelled, "the caller to see the failure", interval=0.001)
        return index

    try:
        group.submit(lambda: queued(0), followed.append)
        group.submit(failing, followed.append)
        for index in range(1, 30):
            group.submit(lambda index=index: queued(index), followed.append)
        with pytest.raises(ValueError, match="boom"):
            group.run()
        # What was running when the failure was seen finished; the rest never started.
        assert group._pending == 0
        assert 0 in started and set(started) <= {0, 1}
    finally:
        group.close()


def test_close_stops_the_worker_threads() -> None:
    group = TaskGroup(4)
    for _ in range(8):
        group.submit(lambda: time.sleep(0.01))
    group.run()
    workers = list(group._threads)
    assert workers and all(thread.is_alive() for thread in workers)
    group.close()
    assert not any(thread.is_alive() for thread in workers)
