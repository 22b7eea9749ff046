"""Search helpers shared by the list operations: filters, sorting and paging over stored documents."""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping, Sequence
from typing import Any

from ...errors import invalid_field
from ...store.state import Document

__all__ = [
    "OPERATORS",
    "check_filter",
    "contains",
    "matches_filter",
    "page",
    "query_page",
    "select_equal",
    "sort_by_query",
    "sort_key",
]


def contains(text: str, wanted: str) -> bool:
    """ModelArts' fuzzy match: ``wanted`` occurs in ``text``, whatever the letter case."""
    return wanted.casefold() in text.casefold()


def _like(text: str, expected: Sequence[str]) -> bool:
    return any(contains(text, candidate) for candidate in expected)


def _between(text: str, expected: Sequence[str]) -> bool:
    low, high, current = (_comparable(item) for item in (*expected, text))
    if isinstance(low, float) and isinstance(high, float) and isinstance(current, float):
        return low <= current <= high
    return str(low) <= str(current) <= str(high)


# What each operator of SearchFilter means (the document lists the operators; a test holds the two together).
OPERATORS: dict[str, Callable[[str, Sequence[str]], bool]] = {
    "like": _like,
    "in": lambda text, expected: text in expected,
    "not": lambda text, expected: text not in expected,
    "between": _between,
}


def check_filter(operator: str, expected: Sequence[str], where: str) -> None:
    """Refuse a filter that cannot be applied, before any document is looked at (there may be none)."""
    if operator not in OPERATORS:
        raise invalid_field(f"{where}.operator", "unsupported operator")
    if operator == "between" and len(expected) != 2:
        raise invalid_field(f"{where}.value", "between needs two values")


def matches_filter(value: Any, operator: str, expected: Sequence[str]) -> bool:
    """ModelArts search semantics: ``like`` (case-insensitive substring), ``in``, ``not``, ``between``
    (a filter passed by :func:`check_filter`)."""
    return OPERATORS[operator]("" if value is None else str(value), expected)


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
    default: str,
    values: Mapping[str, Callable[[Any], Any]] | None = None,
) -> list[Document]:
    """Ordered by the field the query's ``sort_by`` names (ties by ``default``), descending unless ``order``
    is asc. The document's enum of ``sort_by`` says which fields may be named (requests are validated against
    it); ``values`` turns a field into what it sorts as, where that is not the field itself."""

    def field(name: str) -> Callable[[Document], Any]:
        convert = (values or {}).get(name)

        def value(doc: Document) -> Any:
            found = doc.get(name)
            return convert(found) if convert is not None and found is not None else found

        return value

    ordered = sorted(documents, key=sort_key(field(query.get("sort_by", default)), field(default)))
    if query.get("order", "desc") == "desc":
        ordered.reverse()
    return ordered


def select_equal(
    documents: Sequence[Document], query: Mapping[str, Any], fields: Collection[str]
) -> list[Document]:
    """The documents whose ``fields`` equal the query's parameters of the same name (those it has)."""
    wanted = {name: query[name] for name in fields if name in query}
    return [doc for doc in documents if all(doc.get(name) == value for name, value in wanted.items())]


def query_page(items: Sequence[Document], query: Mapping[str, Any], default_limit: int) -> list[Document]:
    """The page a model or service list asks for: its ``offset`` is a page index, not a record index."""
    limit = query.get("limit", default_limit)
    return page(items, query.get("offset", 0) * limit, limit)
