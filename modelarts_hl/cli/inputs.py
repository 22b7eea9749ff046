"""Reading what a command is given: ``KEY=VALUE`` options, JSON bodies, and YAML/JSON files of arguments.

A file of arguments holds the keyword arguments of a library call (``Estimator``, ``fit``, ``Model``,
``deploy_predictor``) under their own names; nested objects (``training_files``, ``inputs``, ``configs``)
are mappings of the documented classes' fields. Unknown keys are refused by name, before any request.
"""

from __future__ import annotations

import dataclasses
import inspect
import json
import sys
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any, TypeVar

import click

__all__ = [
    "arguments_of",
    "build",
    "build_list",
    "file_option",
    "json_value",
    "key_values",
    "load_file",
    "page_options",
    "read_document",
    "section",
]

T = TypeVar("T")
F = TypeVar("F", bound=Callable[..., Any])


def key_values(pairs: Iterable[str], option: str) -> dict[str, str]:
    """``NAME=VALUE`` strings as a dict (the value may hold ``=``)."""
    found = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not name:
            raise click.BadParameter(f"expected NAME=VALUE, got {pair!r}", param_hint=option)
        found[name] = value
    return found


def json_value(text: str, option: str) -> Any:
    """A JSON document given inline, or ``@file`` to read it from a file (``@-``: standard input)."""
    if text.startswith("@"):
        source = text[1:]
        try:
            text = sys.stdin.read() if source == "-" else Path(source).read_text("utf-8")
        except OSError as error:
            raise click.BadParameter(f"cannot read {source}: {error.strerror}", param_hint=option) from None
    try:
        return json.loads(text)
    except ValueError as error:
        raise click.BadParameter(f"not valid JSON: {error}", param_hint=option) from None


def read_document(path: str, option: str) -> Any:
    """The content of a YAML or JSON file (JSON is YAML, so one parser reads both)."""
    import yaml

    try:
        text = Path(path).read_text(encoding="utf-8")
    except OSError as error:
        raise click.BadParameter(f"cannot read {path}: {error.strerror}", param_hint=option) from None
    try:
        return yaml.safe_load(text)
    except yaml.YAMLError as error:
        raise click.BadParameter(f"{path} is not valid YAML or JSON: {error}", param_hint=option) from None


def load_file(path: str, option: str) -> dict[str, Any]:
    """A YAML or JSON file holding one mapping of arguments."""
    data = read_document(path, option)
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise click.BadParameter(f"{path} must hold a mapping of arguments", param_hint=option)
    return data


def section(data: Mapping[str, Any], name: str, where: str) -> dict[str, Any]:
    """The mapping under ``name`` (empty when absent)."""
    value = data.get(name, {})
    if not isinstance(value, dict):
        raise click.UsageError(f"{where}: {name} must be a mapping of arguments")
    return value


def arguments_of(
    function: Callable[..., Any], data: Mapping[str, Any], where: str, *, skip: Iterable[str] = ()
) -> dict[str, Any]:
    """``data`` checked against the keyword arguments ``function`` takes (``self``/``session`` aside)."""
    accepted = set(inspect.signature(function).parameters) - {"self", "session", *skip}
    unknown = sorted(set(data) - accepted)
    if unknown:
        raise click.UsageError(f"{where}: unknown keys {unknown}; expected keys among {sorted(accepted)}")
    return dict(data)


def build(cls: type[T], value: object, where: str) -> T:
    """An instance of the documented class ``cls`` from a mapping of its fields (an instance passes)."""
    if isinstance(value, cls):
        return value
    if not isinstance(value, Mapping):
        raise click.UsageError(f"{where}: expected a mapping of {cls.__name__} fields, got {value!r}")
    names = {f.name for f in dataclasses.fields(cls)} if dataclasses.is_dataclass(cls) else set()
    unknown = sorted(set(value) - names)
    if unknown:
        raise click.UsageError(f"{where}: unknown keys {unknown}; {cls.__name__} takes {sorted(names)}")
    return cls(**value)


def build_list(cls: type[T], value: object, where: str) -> list[T]:
    if not isinstance(value, list):
        raise click.UsageError(f"{where}: expected a list of {cls.__name__} mappings")
    return [build(cls, item, f"{where}[{index}]") for index, item in enumerate(value)]


def file_option(what: str) -> Callable[[F], F]:
    """``-f/--file PATH``: a YAML or JSON file of ``what`` (the command's options win over it)."""
    return click.option(
        "-f", "--file", "path", type=click.Path(dir_okay=False), help=f"YAML or JSON file: {what}."
    )


def page_options(sort_fields: str) -> Callable[[F], F]:
    """``--offset``, ``--limit``, ``--sort-by`` and ``--order`` of a list of the inference API."""
    decorators = (
        click.option("--offset", type=int, help="Page index (from 0)."),
        click.option("--limit", type=int, help="Items of a page."),
        click.option("--sort-by", help=f"{sort_fields}."),
        click.option("--order", type=click.Choice(["asc", "desc"]), help="Sort order."),
    )

    def decorate(function: F) -> F:
        for option in reversed(decorators):
            function = option(function)
        return function

    return decorate
