"""Contains some shared types for properties"""

import gc
import sys
import threading
from collections.abc import Callable, Mapping, MutableMapping
from http import HTTPStatus
from importlib import import_module
from typing import IO, TYPE_CHECKING, Any, BinaryIO, Generic, Literal, Self, TypeVar

from attrs import define


class Unset:
    def __bool__(self) -> Literal[False]:
        return False

    def __reduce__(self) -> str:
        return "UNSET"


UNSET: Unset = Unset()

# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


L = TypeVar("L", bound="LazyModel")
# Held while a model reads its level: a reentrant lock, as reading may import the models it refers to.
_READING = threading.RLock()


class LazyModel:
    """Base of the generated models: a model made by ``from_dict`` reads its mapping when first used.

    ``from_dict`` checks the required keys and keeps (a copy of) the mapping; the first read of a field parses
    this level (the fields of this model, each nested model again unread), as the upstream ``from_dict`` would.
    A response whose fields are never read is never parsed: a listing of thousands of jobs that reads a few
    fields of each costs little more than decoding its JSON. Attributes, equality, ``repr``, ``to_dict``,
    copies and pickles are those of the parsed model; a model made by its constructor is complete from the
    start.
    """

    __slots__ = ("_source", "_unread")

    @classmethod
    def _unread_from(
        cls, src_dict: Mapping[str, Any], required: tuple[str, ...]
    ) -> Self:
        source = dict(src_dict)
        for key in required:
            if key not in source:
                raise KeyError(key)
        model = object.__new__(cls)
        model._source = source
        model._unread = True
        return model

    def _read(self, src_dict: Mapping[str, Any]) -> None:
        raise NotImplementedError  # each model sets its fields from src_dict

    # Hidden from type checkers, which would otherwise accept any attribute name.
    if not TYPE_CHECKING:

        def __getattr__(self, name: str) -> Any:
            # Reached only for an attribute not set: a field of a model whose level is unread, or a name that
            # does not exist.
            if name in ("_source", "_unread") or name.startswith("__"):
                raise AttributeError(name)
            with _READING:  # another thread reading this model meanwhile finishes first
                try:
                    del self._unread
                except AttributeError:
                    pass  # a complete model: made by its constructor, or read already
                else:
                    kept = _written_before_read(self)
                    try:
                        self._read(self._source)
                    except BaseException:
                        self._unread = True  # a malformed mapping fails again on the next read, as now
                        raise
                    for field_name, value in kept.items():
                        object.__setattr__(self, field_name, value)
            return object.__getattribute__(self, name)


class _Untouched(LazyModel):
    __slots__ = ()


def _untouched_references() -> int:
    """What an unread model holds while its level is read, if nothing was written to it: its type and its
    mapping."""
    model = object.__new__(_Untouched)
    model._source = {}
    return len(gc.get_referents(model))


_UNTOUCHED = _untouched_references()


def _written_before_read(model: LazyModel) -> dict[str, Any]:
    """The fields set on ``model`` before its level is read (``job.kind = ...`` on an unread job), which the
    read keeps. ``gc.get_referents`` counts, in C, the slots that hold a value, so the usual case (nothing
    written) costs no probe of each field."""
    if len(gc.get_referents(model)) <= _UNTOUCHED:
        return {}
    kept = {}
    for field in type(model).__attrs_attrs__:  # type: ignore[attr-defined]
        try:
            kept[field.name] = object.__getattribute__(model, field.name)
        except AttributeError:
            pass
    return kept


def source_of(model: LazyModel) -> Mapping[str, Any] | None:
    """The mapping ``model`` was made from by ``from_dict`` (a copy of its top level), as received; ``None`` for
    a model made by its constructor. It does not follow changes made to the model since."""
    try:
        return model._source
    except AttributeError:
        return None


def lazy_names(
    package: str, modules: Mapping[str, str]
) -> tuple[Callable[[str], Any], Callable[[], list[str]]]:
    """The ``__getattr__`` and ``__dir__`` of a package whose names are imported on first use (PEP 562). Each
    name of ``modules`` comes from its module (relative to ``package``); a name that is its module's own
    (``"show_training_job": ".show_training_job"``) is the module itself. A name once loaded is kept in the
    package."""

    def __getattr__(name: str) -> Any:
        try:
            module_name = modules[name]
        except KeyError:
            raise AttributeError(
                f"module {package!r} has no attribute {name!r}"
            ) from None
        module = import_module(module_name, package)
        value = module if module_name == f".{name}" else getattr(module, name)
        setattr(sys.modules[package], name, value)
        return value

    def __dir__() -> list[str]:
        return sorted(modules)

    return __getattr__, __dir__


T = TypeVar("T")


@define
class Response(Generic[T]):
    """A response from an endpoint"""

    status_code: HTTPStatus
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None


__all__ = [
    "UNSET",
    "File",
    "FileTypes",
    "LazyModel",
    "RequestFiles",
    "Response",
    "Unset",
    "lazy_names",
    "source_of",
]
