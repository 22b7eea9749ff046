"""The argument checks every layer shares: what each accepts, and errors that name the argument."""

from __future__ import annotations

import re

import pytest

from modelarts_hl._core.checks import (
    check_flag,
    check_int,
    check_length,
    check_pattern,
    check_text,
    check_timeout,
    optional_text,
)
from modelarts_hl.errors import InvalidArgumentError
from modelarts_hl.session import check_session


def test_text() -> None:
    assert check_text("name", "x") == "x"
    assert optional_text("name", None) is None
    with pytest.raises(InvalidArgumentError, match="invalid name: expected a non-empty string, got ' '"):
        check_text("name", " ")


def test_a_rejected_secret_is_described_by_its_type_only() -> None:
    with pytest.raises(InvalidArgumentError) as caught:
        optional_text("secret_key", b"s3cr3t", secret=True)
    assert "s3cr3t" not in str(caught.value)
    assert "a value of type bytes" in str(caught.value)


def test_flag() -> None:
    assert check_flag("wait", False) is False
    with pytest.raises(InvalidArgumentError, match="invalid wait: expected True or False, got 1"):
        check_flag("wait", 1)


@pytest.mark.parametrize(
    ("value", "low", "high", "digits", "expected"),
    [(3, 1, 5, False, 3), (0, 0, None, False, 0), (" 70", 1, 100, True, 70), (5, 1, 5, True, 5)],
)
def test_int_accepts(value: object, low: int, high: int | None, digits: bool, expected: int) -> None:
    assert check_int("n", value, low, high, digits=digits) == expected


@pytest.mark.parametrize(
    ("value", "low", "high", "digits", "message"),
    [
        (True, 0, None, False, "expected an integer >= 0, got True"),
        ("3", 1, 5, False, "expected an integer from 1 to 5, got '3'"),
        ("0", 1, 5, True, "expected an integer from 1 to 5, got '0'"),
        (6, 1, 5, True, "expected an integer from 1 to 5, got 6"),
        (2.0, 1, None, True, "expected an integer >= 1, got 2.0"),
    ],
)
def test_int_refuses(value: object, low: int, high: int | None, digits: bool, message: str) -> None:
    with pytest.raises(InvalidArgumentError, match=re.escape(f"invalid n: {message}")):
        check_int("n", value, low, high, digits=digits)


def test_timeout() -> None:
    assert check_timeout("timeout", None) is None
    assert check_timeout("timeout", 5) == 5.0
    for bad in (0, -1, True, "5"):
        with pytest.raises(InvalidArgumentError, match="seconds > 0, or None to wait without limit"):
            check_timeout("timeout", bad)


def test_length_and_pattern() -> None:
    assert check_length("description", "x" * 3, 3) == "xxx"
    with pytest.raises(InvalidArgumentError, match="a string of at most 3 characters"):
        check_length("description", "x" * 4, 3)
    pattern = re.compile(r"^[a-z]+$")
    assert check_pattern("name", "abc", pattern, "lowercase letters") == "abc"
    with pytest.raises(InvalidArgumentError, match="invalid name: expected lowercase letters, got 'A'"):
        check_pattern("name", "A", pattern, "lowercase letters")


def test_session() -> None:
    with pytest.raises(
        InvalidArgumentError, match=re.escape("expected a modelarts_hl.session.Session, got 'dict'")
    ):
        check_session({})
