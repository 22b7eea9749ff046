"""Plans and their driver: steps out, results and errors in, cleanup on failure."""

from __future__ import annotations

import pytest

from modelarts_client.api.training import delete_training_job, show_training_job
from modelarts_hl._core.calls import (
    Blocking,
    Call,
    Pause,
    Plan,
    Step,
    blocking,
    call,
    call_at,
    drive,
    operation_name,
    pause,
)
from modelarts_hl.errors import NotFoundError


def test_a_plan_receives_each_result_and_returns_its_own() -> None:
    def plan() -> Plan[str]:
        job = yield from call(show_training_job, dict, training_job_id="j1")
        yield from pause(0.5)
        extra = yield from blocking(lambda: "uploaded")
        return f"{job['id']} {extra}"

    performed: list[Step] = []

    def perform(step: Step) -> object:
        performed.append(step)
        if isinstance(step, Call):
            return {"id": step.arguments["training_job_id"]}
        if isinstance(step, Blocking):
            return step.function()
        return None

    assert drive(plan(), perform) == "j1 uploaded"
    assert performed[0] == Call(show_training_job, dict, {"training_job_id": "j1"})
    assert performed[1] == Pause(0.5)
    assert isinstance(performed[2], Blocking)


def test_a_failed_step_is_raised_inside_the_plan_which_may_handle_it() -> None:
    def plan() -> Plan[str]:
        try:
            yield from call(delete_training_job, None, training_job_id="gone")
        except NotFoundError:
            return "already deleted"
        return "deleted"

    def perform(step: Step) -> object:
        raise NotFoundError(status_code=404, error_msg="no such job")

    assert drive(plan(), perform) == "already deleted"


def test_an_unhandled_failure_leaves_the_driver_after_the_plan_cleaned_up() -> None:
    cleaned: list[str] = []

    def plan() -> Plan[None]:
        try:
            yield from pause(1.0)
        finally:
            cleaned.append("cleanup")

    def perform(step: Step) -> object:
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        drive(plan(), perform)
    assert cleaned == ["cleanup"]


def test_operation_names_come_from_the_generated_module() -> None:
    assert operation_name(show_training_job) == "show_training_job"


def test_a_call_at_a_host_names_it_and_others_leave_it_to_the_session() -> None:
    def plan() -> Plan[tuple[object, object]]:
        here = yield from call(show_training_job, dict, training_job_id="j1")
        there = yield from call_at(
            "https://gateway.example.com", show_training_job, dict, training_job_id="j2"
        )
        return here, there

    performed: list[Step] = []

    def perform(step: Step) -> object:
        performed.append(step)
        return {}

    drive(plan(), perform)
    assert [step.host for step in performed if isinstance(step, Call)] == [
        None,
        "https://gateway.example.com",
    ]
