"""The spec's validation rules as argument checks.

``scripts/regenerate`` writes the JSON Schema keywords of every rule of ``spec/modelarts.yaml`` into
``modelarts_client.rules``; this module looks one up and checks an argument against it, so a pattern, a
length, a bound or a list of choices lives in the spec alone::

    field_rule("CreateModelRequest", "description").text("description", value)
    parameter_rule("listModels", "limit").integer("limit", value, digits=True)
    schema_rule("ModelVersion").text("model_version", value)   # a rule properties share by $ref

Every refusal is an :class:`~modelarts_hl.errors.InvalidArgumentError` naming the caller's argument, with an
``expected`` taken from the rule's ``x-expected`` wording in the spec or derived from its keywords.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from functools import cache, cached_property
from typing import TypeVar

from modelarts_client.rules import FIELDS, PARAMETERS, SCHEMAS, Scalar
from modelarts_client.rules import Rule as Keywords
from modelarts_hl.errors import InvalidArgumentError

from .checks import digits_as_int

__all__ = ["Rule", "field_rule", "parameter_rule", "python_pattern", "schema_rule"]

V = TypeVar("V")

# JSON types and the Python values that are of them (bool is not a number in JSON).
_JSON_TYPES: dict[str, tuple[type, ...]] = {
    "string": (str,),
    "integer": (int,),
    "number": (int, float),
    "boolean": (bool,),
    "array": (list, tuple),
    "object": (Mapping,),
}
_KIND_WORDS = {
    "string": "a string",
    "integer": "an integer",
    "number": "a number",
    "boolean": "True or False",
    "array": "a list",
    "object": "a dict",
}


@cache
def schema_rule(schema: str) -> Rule:
    """The rule of component schema ``schema``: a scalar schema that properties share by ``$ref``."""
    return _rule(SCHEMAS.get(schema), schema, f"schema {schema}")


@cache
def field_rule(schema: str, prop: str) -> Rule:
    """The rule of property ``prop`` of component schema ``schema``."""
    return _rule(FIELDS.get(schema, {}).get(prop), f"{schema}.{prop}", f"property {prop} of schema {schema}")


@cache
def parameter_rule(operation_id: str, name: str) -> Rule:
    """The rule of parameter ``name`` of operation ``operation_id``."""
    where = f"{operation_id}({name})"
    return _rule(PARAMETERS.get(operation_id, {}).get(name), where, f"parameter {name} of {operation_id}")


def _rule(keywords: Keywords | None, where: str, what: str) -> Rule:
    # A lookup the spec cannot answer is a mistake of this package: fail where the rule is looked up.
    if keywords is None:
        raise LookupError(f"the spec states no rule for {what}")
    return Rule(where, keywords)


def python_pattern(pattern: str) -> str:
    """A JSON Schema (ECMA-262) pattern as a Python regular expression with the same meaning.

    Outside a character class ``$`` becomes ``\\Z``: in ECMA-262 it matches only at the end of the text, in
    Python also before a final newline (``"name\\n"`` would pass ``^[a-z]+$``). Compile with ``re.ASCII``:
    ECMA-262's ``\\d`` and ``\\w`` are ASCII-only.
    """
    out: list[str] = []
    in_class = False
    index = 0
    while index < len(pattern):
        char = pattern[index]
        if char == "\\":
            out.append(pattern[index : index + 2])
            index += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char == "$":
            char = r"\Z"
        out.append(char)
        index += 1
    return "".join(out)


class Rule:
    """One rule of the spec: the JSON Schema keywords of a property or parameter, as a check."""

    def __init__(self, where: str, keywords: Keywords) -> None:
        self.where = where
        self.keywords = keywords

    def __repr__(self) -> str:
        return f"Rule({self.where}: {self.expected})"

    # -- the keywords ---------------------------------------------------------------------------------------

    @property
    def kind(self) -> str | None:
        """The JSON type the rule is for (``string``, ``integer``...), if the spec states one."""
        return self.keywords.get("type")

    @property
    def choices(self) -> tuple[Scalar, ...]:
        """The allowed values (``enum``), in the spec's order; empty when any value of the type is allowed."""
        return self.keywords.get("enum", ())

    @property
    def minimum(self) -> int | float | None:
        return self.keywords.get("minimum")

    @property
    def maximum(self) -> int | float | None:
        return self.keywords.get("maximum")

    @property
    def min_length(self) -> int | None:
        return self.keywords.get("minLength")

    @property
    def max_length(self) -> int | None:
        return self.keywords.get("maxLength")

    @property
    def longest(self) -> int:
        """The length of the longest string the rule accepts (the rule must state ``maxLength``)."""
        if self.max_length is None:
            raise LookupError(f"the spec states no maxLength for {self.where}")
        return self.max_length

    @property
    def smallest(self) -> int:
        """The smallest integer the rule accepts (the rule must state a lower bound)."""
        if self.minimum is None:
            raise LookupError(f"the spec states no minimum for {self.where}")
        low = math.ceil(self.minimum)
        return low + 1 if self.keywords.get("exclusiveMinimum") and low == self.minimum else low

    @property
    def largest(self) -> int:
        """The largest integer the rule accepts (the rule must state an upper bound)."""
        if self.maximum is None:
            raise LookupError(f"the spec states no maximum for {self.where}")
        high = math.floor(self.maximum)
        return high - 1 if self.keywords.get("exclusiveMaximum") and high == self.maximum else high

    @cached_property
    def pattern(self) -> re.Pattern[str] | None:
        """The compiled ``pattern`` (compiled once per rule; the rules themselves are cached)."""
        source = self.keywords.get("pattern")
        return None if source is None else re.compile(python_pattern(source), re.ASCII)

    @cached_property
    def _items(self) -> Rule | None:
        """The rule of an array's items."""
        items = self.keywords.get("items")
        return None if items is None else Rule(f"{self.where}[]", items)

    @cached_property
    def expected(self) -> str:
        """What the rule accepts, in words: the spec's ``x-expected``, or derived from the keywords."""
        wording = self.keywords.get("x-expected")
        if wording is not None:
            return wording
        if self.choices:
            return "one of " + ", ".join(repr(choice) for choice in self.choices)
        kind = self.kind or ""
        parts = [_KIND_WORDS.get(kind, "a value")]
        if kind == "string":
            parts.append(_count(self.min_length, self.max_length, "character"))
        elif kind == "array":
            parts.append(_count(self.keywords.get("minItems"), self.keywords.get("maxItems"), "item"))
        parts.append(self._bounds())
        if self.keywords.get("multipleOf") is not None:
            parts.append(f"that is a multiple of {self.keywords['multipleOf']}")
        if self.pattern is not None:
            parts.append(f"matching {self.keywords.get('pattern')}")
        return " ".join(part for part in parts if part)

    def _bounds(self) -> str:
        low, high = self.minimum, self.maximum
        low_strict = bool(self.keywords.get("exclusiveMinimum"))
        high_strict = bool(self.keywords.get("exclusiveMaximum"))
        if low is not None and high is not None and not low_strict and not high_strict:
            return f"from {low} to {high}"
        bounds = []
        if low is not None:
            bounds.append(f"{'>' if low_strict else '>='} {low}")
        if high is not None:
            bounds.append(f"{'<' if high_strict else '<='} {high}")
        return " and ".join(bounds)

    # -- checks ---------------------------------------------------------------------------------------------

    def accepts(self, value: object) -> bool:
        """Whether ``value`` follows the rule (its type, when the spec states one, and every keyword)."""
        kind = self.kind
        if kind is not None:
            types = _JSON_TYPES.get(kind, (object,))
            if not isinstance(value, types) or (isinstance(value, bool) and kind != "boolean"):
                return False
        if self.choices and not any(_same(value, choice) for choice in self.choices):
            return False
        if isinstance(value, str):
            return self._accepts_text(value)
        if isinstance(value, int | float) and not isinstance(value, bool):
            return self._accepts_number(value)
        if isinstance(value, list | tuple):
            return self._accepts_items(value)
        return True

    def check(self, argument: str, value: V) -> V:
        """``value`` itself when it follows the rule; otherwise :class:`InvalidArgumentError` naming
        ``argument`` (``argument[index]`` for an item of a list that breaks the rule of its items)."""
        if self._items is not None and isinstance(value, list | tuple):
            for index, item in enumerate(value):
                self._items.check(f"{argument}[{index}]", item)
        if not self.accepts(value):
            raise InvalidArgumentError(argument, self.expected, got=value)
        return value

    def text(self, argument: str, value: object) -> str:
        """A string that follows the rule."""
        if not isinstance(value, str):
            raise InvalidArgumentError(argument, self.expected, got=value)
        return self.check(argument, value)

    def optional_text(self, argument: str, value: object) -> str | None:
        return None if value is None else self.text(argument, value)

    def integer(self, argument: str, value: object, *, digits: bool = False) -> int:
        """An integer that follows the rule; with ``digits`` also the digits of one (``"70"``)."""
        number = digits_as_int(value) if digits else value
        if isinstance(number, bool) or not isinstance(number, int) or not self.accepts(number):
            raise InvalidArgumentError(argument, self.expected, got=value)
        return number

    def _accepts_text(self, value: str) -> bool:
        low, high = self.min_length, self.max_length
        if (low is not None and len(value) < low) or (high is not None and len(value) > high):
            return False
        return self.pattern is None or self.pattern.search(value) is not None

    def _accepts_number(self, value: float) -> bool:
        if not math.isfinite(value):
            return False
        low, high = self.minimum, self.maximum
        if low is not None and (value <= low if self.keywords.get("exclusiveMinimum") else value < low):
            return False
        if high is not None and (value >= high if self.keywords.get("exclusiveMaximum") else value > high):
            return False
        step = self.keywords.get("multipleOf")
        return step is None or (value / step).is_integer()

    def _accepts_items(self, value: list[object] | tuple[object, ...]) -> bool:
        low, high = self.keywords.get("minItems"), self.keywords.get("maxItems")
        if (low is not None and len(value) < low) or (high is not None and len(value) > high):
            return False
        unique = self.keywords.get("uniqueItems", False)
        if unique and any(item in value[:index] for index, item in enumerate(value)):
            return False
        return self._items is None or all(self._items.accepts(item) for item in value)


def _same(value: object, choice: Scalar) -> bool:
    # JSON tells true from 1: so must the comparison (True == 1 in Python).
    return isinstance(value, bool) == isinstance(choice, bool) and value == choice


def _count(low: int | None, high: int | None, unit: str) -> str:
    if low is not None and high is not None:
        return f"of {low} to {high} {unit}s" if low != high else f"of exactly {low} {unit}{'s' * (low != 1)}"
    if high is not None:
        return f"of at most {high} {unit}{'s' * (high != 1)}"
    if low is not None:
        return f"of at least {low} {unit}{'s' * (low != 1)}"
    return ""
