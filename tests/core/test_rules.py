"""The spec's rules as checks: lookups, JSON Schema semantics, readable expectations, the argument named."""

from __future__ import annotations

import re
from typing import cast

import pytest
from hypothesis import given
from hypothesis import strategies as st

from modelarts_client.rules import Rule as Keywords
from modelarts_hl._core.rules import Rule, field_rule, parameter_rule, python_pattern, schema_rule
from modelarts_hl.errors import InvalidArgumentError


def rule(**keywords: object) -> Rule:
    return Rule("Test.value", cast(Keywords, keywords))


def refusal(check: Rule, value: object, argument: str = "value") -> InvalidArgumentError:
    with pytest.raises(InvalidArgumentError) as raised:
        check.check(argument, value)
    assert raised.value.argument == argument
    return raised.value


def test_lookups_are_cached_and_unknown_rules_fail_loudly() -> None:
    assert field_rule("JobMetadata", "name") is field_rule("JobMetadata", "name")
    assert field_rule("JobMetadata", "name").pattern is field_rule("JobMetadata", "name").pattern
    assert parameter_rule("listModels", "limit").smallest == 1
    assert schema_rule("ModelVersion").kind == "string"
    with pytest.raises(LookupError, match="NoSuchSchema"):
        field_rule("NoSuchSchema", "name")
    with pytest.raises(LookupError, match="noSuchOperation"):
        parameter_rule("noSuchOperation", "limit")
    with pytest.raises(LookupError, match="Nothing"):
        schema_rule("Nothing")
    with pytest.raises(LookupError, match="maximum"):
        parameter_rule("listModels", "limit").largest  # noqa: B018  (the spec states no maximum there)


@pytest.mark.parametrize(
    ("pattern", "python"),
    [
        (r"^[a-z]+$", r"^[a-z]+\Z"),
        (r"^[$a]$", r"^[$a]\Z"),
        (r"^a\$$", r"^a\$\Z"),
        (r"^[^!<>=&'\"]*$", r"^[^!<>=&'\"]*\Z"),
        (r"^(a|b$)", r"^(a|b\Z)"),
        (r"^[\]$]x$", r"^[\]$]x\Z"),
    ],
)
def test_dollar_ends_the_text_as_in_ecma_262(pattern: str, python: str) -> None:
    assert python_pattern(pattern) == python


def test_a_final_newline_does_not_pass_a_pattern() -> None:
    name = field_rule("JobMetadata", "name")
    assert name.accepts("job-1")
    assert not name.accepts("job-1\n")
    assert re.match(name.keywords["pattern"], "job-1\n")  # what Python's $ alone would let through


def test_ecma_digits_are_ascii() -> None:
    assert not rule(type="string", pattern=r"^\d+$").accepts("١٢")


def test_strings() -> None:
    text = rule(type="string", minLength=2, maxLength=4, pattern="^[a-z]*$")
    assert text.expected == "a string of 2 to 4 characters matching ^[a-z]*$"
    assert text.text("value", "abc") == "abc"
    for bad in ("a", "abcde", "ABC", 42, None, b"abc"):
        assert "expected a string of 2 to 4 characters" in str(refusal(text, bad))
    assert rule(type="string", maxLength=1).expected == "a string of at most 1 character"
    assert rule(type="string", minLength=1).expected == "a string of at least 1 character"
    with pytest.raises(InvalidArgumentError, match="invalid name: expected"):
        text.text("name", 7)
    assert text.optional_text("name", None) is None


def test_the_spec_wording_wins() -> None:
    name = field_rule("CreateModelRequest", "model_name")
    assert name.expected == "1 to 64 letters, digits, '-' or '_', starting with a letter"
    assert str(refusal(name, "9lives", "model_name")) == (
        "invalid model_name: expected 1 to 64 letters, digits, '-' or '_', starting with a letter, "
        "got '9lives'"
    )


def test_integers() -> None:
    count = rule(type="integer", minimum=1, maximum=5)
    assert count.expected == "an integer from 1 to 5"
    assert count.integer("n", 5) == 5
    assert count.integer("n", " 3", digits=True) == 3
    for bad in (0, 6, True, 2.0, "3", None):
        with pytest.raises(
            InvalidArgumentError, match=re.escape("invalid n: expected an integer from 1 to 5")
        ):
            count.integer("n", bad)
    assert (count.smallest, count.largest) == (1, 5)
    assert rule(type="integer", minimum=0).expected == "an integer >= 0"
    strict = rule(type="integer", minimum=0, exclusiveMinimum=True, maximum=10, exclusiveMaximum=True)
    assert strict.expected == "an integer > 0 and < 10"
    assert (strict.smallest, strict.largest) == (1, 9)
    assert not strict.accepts(0) and not strict.accepts(10) and strict.accepts(9)
    assert not rule(type="integer", multipleOf=5).accepts(7)


def test_numbers_refuse_what_json_cannot_hold() -> None:
    number = rule(type="number", minimum=0)
    assert number.accepts(0.5) and number.accepts(3)
    assert not number.accepts(float("nan")) and not number.accepts(float("inf")) and not number.accepts(True)


def test_choices_tell_true_from_one() -> None:
    flags = rule(enum=(True, "yes"))
    assert flags.accepts(True) and flags.accepts("yes")
    assert not flags.accepts(1)
    assert rule(type="string", enum=("a", "b")).expected == "one of 'a', 'b'"
    assert field_rule("SearchFilter", "operator").choices == ("like", "in", "not", "between")


def test_lists_and_their_items() -> None:
    methods = field_rule("PasswordIdentity", "methods")
    assert methods.check("methods", ["password"]) == ["password"]
    refusal(methods, [], "methods")
    with pytest.raises(InvalidArgumentError, match=r"invalid methods\[1\]: expected one of 'password'"):
        methods.check("methods", ["password", "otp"])
    unique = rule(type="array", uniqueItems=True, maxItems=3)
    assert unique.expected == "a list of at most 3 items"
    assert unique.accepts([1, 2]) and not unique.accepts([1, 1]) and not unique.accepts([1, 2, 3, 4])


@given(st.text(max_size=80))
def test_checks_agree_with_a_full_match_of_the_pattern(value: str) -> None:
    name = field_rule("CreateServiceRequest", "service_name")
    expected = re.fullmatch(name.keywords["pattern"], value) is not None and 1 <= len(value) <= 64
    assert name.accepts(value) is expected
