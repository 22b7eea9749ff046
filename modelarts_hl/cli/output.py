"""How results are shown: JSON for scripts (the API's own objects, stable keys), tables for people.

JSON goes to stdout as one document: a list command prints an array of the objects the ModelArts API returns,
a show command the object, an action a small object named in its command's help. Tables are for reading:
chosen columns of a list, or the ``key  value`` lines of one object (nested keys joined with dots).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import click

from .context import current

__all__ = ["Column", "emit", "emit_list", "emit_rows", "format_ms", "json_text", "pick"]


def json_text(data: Any) -> str:
    return json.dumps(data, indent=2, ensure_ascii=False, default=str)


def pick(data: Any, path: str) -> Any:
    """The value at a dotted ``path`` of nested mappings (``status.phase``); None where it is missing."""
    for part in path.split("."):
        if not isinstance(data, Mapping):
            return None
        data = data.get(part)
    return data


def format_ms(value: object) -> str:
    """A time in milliseconds since the epoch (the API's convention), as local time to the second."""
    if isinstance(value, bool) or not isinstance(value, int | float) or value <= 0:
        return ""
    return datetime.fromtimestamp(value / 1000).strftime("%Y-%m-%d %H:%M:%S")


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list) and all(not isinstance(v, Mapping | list) for v in value):
        return ", ".join(_cell(v) for v in value)
    if isinstance(value, Mapping | list):
        return json.dumps(value, ensure_ascii=False, default=str)
    return str(value)


@dataclass(frozen=True)
class Column:
    """One column of a table: its title and what it shows of an item (a dotted path or a function)."""

    title: str
    value: str | Callable[[Mapping[str, Any]], object]

    def cell(self, item: Mapping[str, Any]) -> str:
        return _cell(pick(item, self.value) if isinstance(self.value, str) else self.value(item))


def _table(rows: Sequence[Sequence[str]]) -> str:
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    return "\n".join(
        "  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip() for row in rows
    )


def _flatten(data: object, prefix: str = "") -> Iterable[tuple[str, str]]:
    if isinstance(data, Mapping) and data:
        for key, value in data.items():
            yield from _flatten(value, f"{prefix}.{key}" if prefix else str(key))
    elif isinstance(data, list) and any(isinstance(v, Mapping | list) for v in data):
        for index, value in enumerate(data):
            yield from _flatten(value, f"{prefix}[{index}]")
    else:
        yield prefix, _cell(data)


def emit(data: Any, text: str | None = None) -> None:
    """One result: JSON, or for a table ``text`` when given, else the object's ``key  value`` lines."""
    if current().json:
        click.echo(json_text(data))
    elif text is not None:
        click.echo(text)
    elif isinstance(data, Mapping):
        lines = list(_flatten(data))
        if lines:
            click.echo(_table(lines))
    else:
        click.echo(_cell(data))


def emit_list(items: Sequence[Mapping[str, Any]], columns: Sequence[Column]) -> None:
    """A list: a JSON array of the items, or a table of ``columns`` (its header alone when empty)."""
    if current().json:
        click.echo(json_text(list(items)))
        return
    rows = [[column.title for column in columns]]
    rows.extend([column.cell(item) for column in columns] for item in items)
    click.echo(_table(rows))


def emit_rows(document: Mapping[str, Any], key: str, columns: Sequence[Column]) -> None:
    """A document holding a list under ``key``: the whole document as JSON, or a table of that list."""
    if current().json:
        emit(document)
    else:
        emit_list(document.get(key) or [], columns)
