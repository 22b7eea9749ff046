"""Search helpers shared by the list operations: filters, sorting and paging over stored documents."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from ...errors import invalid_field
from ...store.state import Document

__all__ = [
    "check_filter",
    "matches_filter",
    "page",
    "query_page",
    "sort_by_query",
    "sort_key",
]

_OPERATORS = ("like", "in", "not", "between")


def check_filter(operator: str, expected: Sequence[str], where: str) -> None:
    """Refuse a filter that cannot be applied, before any document is looked at (there may be none)."""
    if operator not in _OPERATORS:
        raise invalid_field(f"{where}.operator", "unsupported operator")
    if operator == "between" and len(expected) != 2:
        raise invalid_field(f"{where}.value", "between needs two values")


def matches_filter(value: Any, operator: str, expected: Sequence[str]) -> bool:
    """ModelArts search semantics: ``like`` (case-insensitive substring), ``in``, ``not``, ``between``
    (a filter passed by :func:`check_filter`)."""
    text = "" if value is None else str(value)
    if operator == "like":
        return any(candidate.lower() in text.lower() for candidate in expected)
    if operator == "in":
        return text in expected
    if operator == "not":
        return text not in expected
    low, high, current = (_comparable(item) for item in (*expected, text))
    if isinstance(low, float) and isinstance(high, float) and isinstance(current, float):
        return low <= current <= high
    return str(low) <= str(current) <= str(high)


def _comparable(text: str) -> float | str:
    try:
        return float(text)
    except ValueError:
        return text


def sort_key(
    primary: Callable[[Document], Any], tie_break: Callable[[Document], Any]
) -> Callable[[Document], Any]:
    """A key that orders missing values last-in-ascending and breaks ties by ``tie_break``."""

    def key(doc: Document) -> tuple[bool, Any, Any]:
        value = primary(doc)
        return (value is not None, value if value is not None else 0, tie_break(doc))

    return key


def page(items: Sequence[Document], offset: int, limit: int) -> list[Document]:
    return list(items[offset : offset + limit])


def sort_by_query(
    documents: Sequence[Document],
    query: Mapping[str, Any],
    fields: Mapping[str, Callable[[Document], Any]],
    default: str,
) -> list[Document]:
    """Ordered by the query's ``sort_by`` field (ties by ``default``), descending unless ``order`` is asc."""
    ordered = sorted(documents, key=sort_key(fields[query.get("sort_by", default)], fields[default]))
    if query.get("order", "desc") == "desc":
        ordered.reverse()
    return ordered


def query_page(items: Sequence[Document], query: Mapping[str, Any], default_limit: int) -> list[Document]:
    """The page a model or service list asks for: its ``offset`` is a page index, not a record index."""
    limit = query.get("limit", default_limit)
    return page(items, query.get("offset", 0) * limit, limit)
