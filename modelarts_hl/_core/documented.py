"""Documented methods made from planners, once for the synchronous and once for the asyncio classes.

A planner is a function with a documented method's signature and docstring that checks the arguments and
returns the plan the method runs (:mod:`modelarts_hl._core.calls`). :func:`runs` makes the synchronous method
(``session.run(plan)``), :func:`aruns` the asyncio one (``await session.run(plan)``); both keep the planner's
name, signature and docstring. ``runs_at_session`` and ``aruns_at_session`` do the same for the methods
called on the class with a session as first argument. So arguments are checked, and requests built, by one
piece of code for both APIs.
"""

from __future__ import annotations

import functools
import inspect
from collections.abc import AsyncIterator, Callable, Coroutine, Iterator
from typing import Any, Concatenate, ParamSpec, Protocol, TypeVar

from modelarts_hl._core.calls import Plan
from modelarts_hl._core.pages import Listing

__all__ = [
    "aiterates_at_session",
    "aruns",
    "aruns_at_session",
    "bound",
    "iterates_at_session",
    "runs",
    "runs_at_session",
]

P = ParamSpec("P")
T = TypeVar("T")


class HasSession(Protocol):
    @property
    def session(self) -> Any: ...


S = TypeVar("S", bound=HasSession)
X = TypeVar("X")


def runs(planner: Callable[Concatenate[S, P], Plan[T]]) -> Callable[Concatenate[S, P], T]:
    """The synchronous method that runs ``planner``'s plan on ``self.session``."""

    @functools.wraps(planner)
    def method(self: S, /, *args: P.args, **kwargs: P.kwargs) -> T:
        return self.session.run(planner(self, *args, **kwargs))  # type: ignore[no-any-return]

    return method


def aruns(
    planner: Callable[Concatenate[S, P], Plan[T]],
) -> Callable[Concatenate[S, P], Coroutine[Any, Any, T]]:
    """The asyncio method that awaits ``planner``'s plan on ``self.session``."""

    @functools.wraps(planner)
    async def method(self: S, /, *args: P.args, **kwargs: P.kwargs) -> T:
        return await self.session.run(planner(self, *args, **kwargs))  # type: ignore[no-any-return]

    return method


def _session(check: Callable[[object], Any], args: tuple[Any, ...], kwargs: dict[str, Any]) -> Any:
    # The documented calls name it ``session``, first; the official SDK's examples pass it by keyword.
    return check(args[0] if args else kwargs.get("session"))


def runs_at_session(planner: Callable[P, Plan[T]], check: Callable[[object], Any]) -> Callable[P, T]:
    """A method called on the class (``Model.get_model_list(session, ...)``; bind it with ``staticmethod``)
    running ``planner``'s plan on the ``session`` that ``check`` accepts.
    """

    @functools.wraps(planner)
    def method(*args: P.args, **kwargs: P.kwargs) -> T:
        runner = _session(check, args, kwargs)
        return runner.run(planner(*args, **kwargs))  # type: ignore[no-any-return]

    return method


def aruns_at_session(
    planner: Callable[P, Plan[T]], check: Callable[[object], Any]
) -> Callable[P, Coroutine[Any, Any, T]]:
    """Like :func:`runs_at_session`, awaiting the plan on an asyncio session."""

    @functools.wraps(planner)
    async def method(*args: P.args, **kwargs: P.kwargs) -> T:
        runner = _session(check, args, kwargs)
        return await runner.run(planner(*args, **kwargs))  # type: ignore[no-any-return]

    return method


def iterates_at_session(
    planner: Callable[P, Listing[T]], check: Callable[[object], Any]
) -> Callable[P, Iterator[T]]:
    """A method of the class iterating over the list ``planner`` describes, page by page."""

    @functools.wraps(planner)
    def method(*args: P.args, **kwargs: P.kwargs) -> Iterator[T]:
        runner = _session(check, args, kwargs)
        return runner.paginate(planner(*args, **kwargs))  # type: ignore[no-any-return]

    return method


def aiterates_at_session(
    planner: Callable[P, Listing[T]], check: Callable[[object], Any]
) -> Callable[P, AsyncIterator[T]]:
    """Like :func:`iterates_at_session`, an async iterator (``async for``) on an asyncio session."""
    return iterates_at_session(planner, check)  # type: ignore[return-value]


def bound(first: X, planner: Callable[Concatenate[X, P], T]) -> Callable[P, T]:
    """``planner`` with its first argument given (the class whose objects a list call makes), keeping the
    name, docstring and the signature of the rest.
    """

    @functools.wraps(planner)
    def rest(*args: P.args, **kwargs: P.kwargs) -> T:
        return planner(first, *args, **kwargs)

    parameters = list(inspect.signature(planner).parameters.values())[1:]
    rest.__signature__ = inspect.signature(planner).replace(parameters=parameters)  # type: ignore[attr-defined]
    return rest
