"""Documented methods made from planners, written once for the synchronous and the asyncio classes.

A planner is a function with a documented method's signature and docstring that checks the arguments and
returns the plan the method runs (:mod:`modelarts_hl._core.calls`). A shared base class states each method
once, as a descriptor made from its planner:

- :class:`Method`: a method of one object (``job.get_job_info()``);
- :class:`SessionCall`: a call on the class with a session first (``Model.get_model_list(session, ...)``),
  the session checked by the class's ``_check_session``;
- :class:`SessionListing`: such a call iterating over a list page by page (``Estimator.iter_jobs``).

On a class that is :class:`Synchronous` the descriptor gives a function that runs the plan
(``session.run(plan)``) and returns its result; on one that is :class:`Asynchronous`, a coroutine function
that awaits it. Both keep the planner's name, signature and docstring, and ``mypy`` sees the method's
parameters and result (an awaitable of it on an asyncio class). :func:`runs` and :func:`aruns` make the
two forms of a method whose result depends on the class (``fit`` returns the class's own ``TrainingJob``).
"""

from __future__ import annotations

import functools
import inspect
from collections.abc import AsyncIterator, Callable, Coroutine, Iterator
from types import MethodType
from typing import Any, ClassVar, Concatenate, Generic, ParamSpec, Protocol, TypeVar, overload

from modelarts_hl._core.calls import Plan
from modelarts_hl._core.pages import Listing

__all__ = [
    "Asynchronous",
    "Method",
    "SessionCall",
    "SessionListing",
    "Synchronous",
    "aruns",
    "bound",
    "runs",
]

P = ParamSpec("P")
T = TypeVar("T")
X = TypeVar("X")


class Synchronous:
    """Base of the synchronous documented classes: their methods return the result of the call."""

    __slots__ = ()
    _awaited: ClassVar[bool] = False


class Asynchronous:
    """Base of the asyncio documented classes: their methods return a coroutine to await."""

    __slots__ = ()
    _awaited: ClassVar[bool] = True


class HasSession(Protocol):
    @property
    def session(self) -> Any: ...


S = TypeVar("S", bound=HasSession)


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


class Method(Generic[P, T]):
    """A documented method of one object, made from ``planner`` (whose first argument is the object)."""

    def __init__(self, planner: Callable[Concatenate[Any, P], Plan[T]]) -> None:
        # Indexed by the class's ``_awaited``.
        self._forms: tuple[Callable[..., Any], Callable[..., Any]] = (runs(planner), aruns(planner))

    @overload
    def __get__(self, instance: None, owner: type[Synchronous]) -> Callable[Concatenate[Any, P], T]: ...
    @overload
    def __get__(
        self, instance: None, owner: type[Asynchronous]
    ) -> Callable[Concatenate[Any, P], Coroutine[Any, Any, T]]: ...
    @overload
    def __get__(self, instance: Synchronous, owner: type[Any]) -> Callable[P, T]: ...
    @overload
    def __get__(self, instance: Asynchronous, owner: type[Any]) -> Callable[P, Coroutine[Any, Any, T]]: ...
    def __get__(self, instance: object, owner: type[Any]) -> Callable[..., Any]:
        function = self._forms[owner._awaited]
        return function if instance is None else MethodType(function, instance)


def _session(check: Callable[[object], Any], args: tuple[Any, ...], kwargs: dict[str, Any]) -> Any:
    # The documented calls name it ``session``, first; the official SDK's examples pass it by keyword.
    return check(args[0] if args else kwargs.get("session"))


class _OnClass:
    """What :class:`SessionCall` and :class:`SessionListing` share: the function each class gets, made once
    per class with the class's check of the session.
    """

    def __init__(self, planner: Callable[..., Any]) -> None:
        self._planner = planner
        self._made: dict[type[Any], Callable[..., Any]] = {}

    def _for(self, owner: type[Any]) -> Callable[..., Any]:
        function = self._made.get(owner)
        if function is None:
            function = self._made[owner] = self._make(self._planner, owner._check_session, owner._awaited)
        return function

    @staticmethod
    def _make(
        planner: Callable[..., Any], check: Callable[[object], Any], awaited: bool
    ) -> Callable[..., Any]:
        raise NotImplementedError


class SessionCall(_OnClass, Generic[P, T]):
    """A documented call on the class with a session first, made from ``planner``."""

    def __init__(self, planner: Callable[P, Plan[T]]) -> None:
        super().__init__(planner)

    @overload
    def __get__(self, instance: Synchronous | None, owner: type[Synchronous]) -> Callable[P, T]: ...
    @overload
    def __get__(
        self, instance: Asynchronous | None, owner: type[Asynchronous]
    ) -> Callable[P, Coroutine[Any, Any, T]]: ...
    def __get__(self, instance: object, owner: type[Any]) -> Callable[..., Any]:
        return self._for(owner)

    @staticmethod
    def _make(
        planner: Callable[..., Any], check: Callable[[object], Any], awaited: bool
    ) -> Callable[..., Any]:
        if awaited:

            @functools.wraps(planner)
            async def awaiting(*args: Any, **kwargs: Any) -> Any:
                return await _session(check, args, kwargs).run(planner(*args, **kwargs))

            return awaiting

        @functools.wraps(planner)
        def running(*args: Any, **kwargs: Any) -> Any:
            return _session(check, args, kwargs).run(planner(*args, **kwargs))

        return running


class SessionListing(_OnClass, Generic[P, T]):
    """A documented call on the class with a session first that iterates, page by page, over the list
    ``planner`` describes (``async for`` on an asyncio class).
    """

    def __init__(self, planner: Callable[P, Listing[T]]) -> None:
        super().__init__(planner)

    @overload
    def __get__(self, instance: Synchronous | None, owner: type[Synchronous]) -> Callable[P, Iterator[T]]: ...
    @overload
    def __get__(
        self, instance: Asynchronous | None, owner: type[Asynchronous]
    ) -> Callable[P, AsyncIterator[T]]: ...
    def __get__(self, instance: object, owner: type[Any]) -> Callable[..., Any]:
        return self._for(owner)

    @staticmethod
    def _make(
        planner: Callable[..., Any], check: Callable[[object], Any], awaited: bool
    ) -> Callable[..., Any]:
        # The session's ``paginate`` is an iterator or an async iterator already.
        @functools.wraps(planner)
        def iterating(*args: Any, **kwargs: Any) -> Any:
            return _session(check, args, kwargs).paginate(planner(*args, **kwargs))

        return iterating


def bound(first: X, planner: Callable[Concatenate[X, P], T]) -> Callable[P, T]:
    """``planner`` with its first argument given (what makes the objects a list call returns), keeping the
    name, docstring and the signature of the rest.
    """

    @functools.wraps(planner)
    def rest(*args: P.args, **kwargs: P.kwargs) -> T:
        return planner(first, *args, **kwargs)

    parameters = list(inspect.signature(planner).parameters.values())[1:]
    rest.__signature__ = inspect.signature(planner).replace(parameters=parameters)  # type: ignore[attr-defined]
    return rest
