"""Documented calls as plans: what a call sends and how its answers map, apart from how it is sent.

A plan is a generator. It yields steps: :class:`Call` (run a generated operation), :class:`Pause` (wait
between two polls) and :class:`Blocking` (work that holds a thread, such as an OBS transfer). It receives
each step's result, or has the step's exception raised at its ``yield``, and returns the call's result. A
driver performs the steps: :func:`drive` runs them in the calling thread (``Session.run``); an asyncio driver
awaits them.
Argument checks, request building, response mapping and polling schedules are written once, in plans, and
serve the synchronous and the asyncio API alike. A plan checks what it was given at its start, before its
first step: one that creates a resource and then waits for it checks the wait's arguments before it creates.

::

    def show_job(job_id: str) -> Plan[Result[JobResponse]]:
        job = yield from call(show_training_job, JobResponse, training_job_id=job_id)
        return Result(job)
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Generator, Mapping
from dataclasses import dataclass
from typing import Any, Generic, TypeAlias, TypeVar, cast, overload

from modelarts_hl.errors import UnexpectedStatusError

__all__ = [
    "Blocking",
    "Call",
    "Pause",
    "Plan",
    "PlanRun",
    "Step",
    "adrive",
    "blocking",
    "call",
    "call_at",
    "checked",
    "drive",
    "operation_name",
    "pause",
]

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Call:
    """Run ``operation`` (a generated ``modelarts_client.api`` module) with ``arguments``; its parsed body
    must be an ``expected`` (``None``: the operation answers without a body).

    ``host`` is the base URL that serves the operation (a service's API gateway host, say); ``None`` is the
    ModelArts endpoint. Either way the session's authentication, retries and timeouts apply.
    """

    operation: Any
    expected: type[Any] | None
    arguments: Mapping[str, Any]
    host: str | None = None


@dataclass(frozen=True, slots=True)
class Pause:
    """Wait ``seconds`` before the next step."""

    seconds: float


@dataclass(frozen=True, slots=True)
class Blocking:
    """Run ``function()``, which blocks its thread (a transfer through the OBS SDK)."""

    function: Callable[[], Any]


Step: TypeAlias = Call | Pause | Blocking
Plan: TypeAlias = Generator[Step, Any, T]


@overload
def call(operation: Any, expected: type[T], /, **arguments: Any) -> Plan[T]: ...
@overload
def call(operation: Any, expected: None, /, **arguments: Any) -> Plan[None]: ...
def call(operation: Any, expected: type[Any] | None, /, **arguments: Any) -> Plan[Any]:
    """The parsed body of one generated operation, checked to be an ``expected``."""
    return (yield Call(operation, expected, arguments))


def call_at(host: str, operation: Any, expected: type[T], /, **arguments: Any) -> Plan[T]:
    """Like :func:`call`, for an operation served by ``host`` (a base URL), not the ModelArts endpoint."""
    return cast(T, (yield Call(operation, expected, arguments, host)))


def pause(seconds: float) -> Plan[None]:
    yield Pause(seconds)


def blocking(function: Callable[[], T]) -> Plan[T]:
    return cast(T, (yield Blocking(function)))


def operation_name(operation: Any) -> str:
    """``show_training_job`` for ``modelarts_client.api.training.show_training_job``."""
    return str(getattr(operation, "__name__", operation)).rpartition(".")[2]


def checked(step: Call, parsed: object) -> object:
    """``parsed`` if it is what ``step`` expects; error statuses were raised by the transport already."""
    expected = step.expected
    if expected is None or isinstance(parsed, expected):
        return parsed
    raise UnexpectedStatusError(
        status_code=200,
        error_msg=(
            f"{operation_name(step.operation)} answered without a {expected.__name__} "
            f"(got {type(parsed).__name__})"
        ),
    )


class PlanRun(Generic[T]):
    """One plan being run: the step it waits for, and what to send or throw into it next.

    The bookkeeping every driver shares; a driver only performs steps::

        run = PlanRun(plan)
        while run.pending:
            try:
                run.succeed(perform(run.step))
            except BaseException as error:
                run.fail(error)
        return run.result
    """

    __slots__ = ("_plan", "_result", "pending", "step")

    def __init__(self, plan: Plan[T]) -> None:
        self._plan = plan
        self._result: T | None = None
        self.pending = True
        self.step: Step = Pause(0.0)
        self._advance(lambda: next(plan))

    @property
    def result(self) -> T:
        return cast(T, self._result)

    def succeed(self, value: object) -> None:
        self._advance(lambda: self._plan.send(value))

    def fail(self, error: BaseException) -> None:
        """Raise ``error`` inside the plan: its handlers and cleanup run; unhandled, it leaves from here."""
        self._advance(lambda: self._plan.throw(error))

    def _advance(self, resume: Callable[[], Step]) -> None:
        try:
            self.step = resume()
        except StopIteration as done:
            self.pending = False
            self._result = done.value


def drive(plan: Plan[T], perform: Callable[[Step], object]) -> T:
    """Run ``plan`` to its end in this thread, performing each step with ``perform``."""
    run = PlanRun(plan)
    while run.pending:
        try:
            outcome = perform(run.step)
        except BaseException as error:  # raised inside the plan, so that its cleanup runs
            run.fail(error)
        else:
            run.succeed(outcome)
    return run.result


async def adrive(plan: Plan[T], perform: Callable[[Step], Awaitable[object]]) -> T:
    """Run ``plan`` to its end in this task, awaiting each step's ``perform``.

    A cancellation of the task while a step is awaited (``asyncio.CancelledError``) is raised inside the plan
    like any failure, so that its cleanup runs; it then leaves from here unless the plan handled it.
    """
    run = PlanRun(plan)
    while run.pending:
        try:
            outcome = await perform(run.step)
        except BaseException as error:
            run.fail(error)
        else:
            run.succeed(outcome)
    return run.result
