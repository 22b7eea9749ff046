"""SDK-HMAC-SHA256 canonicalisation, signing and verification."""

from __future__ import annotations

import hashlib
import random
import re
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime, timedelta, timezone
from urllib.parse import quote, unquote

import httpx
import pytest
from hypothesis import given
from hypothesis import strategies as st

from modelarts_hl._core import signing
from modelarts_hl._core.auth import AkSkAuth
from modelarts_hl.errors import SignatureError, SignatureFailure

# The published example (rest-api.md).
VECTOR_PATH = "/v1/77b6a44cba5143ab91d13ab9a8ff44fd/vpcs"
VECTOR_QUERY = "limit=2&marker=13551d6b-755d-4757-b956-536f674975c0"
VECTOR_HOST = "service.region.example.com"
VECTOR_DATE = "20191115T033655Z"
VECTOR_SECRET = "MFyfvK41ba2giqM7Uio6PznpdUKGpownRZlmVmHc"
VECTOR_SIGNATURE = "7be6668032f70418fcc22abc52071e57aff61b84a1d2381bb430d6870f4f6ebe"
VECTOR_TIME = datetime(2019, 11, 15, 3, 36, 55, tzinfo=UTC)

AK = "HPUAEXAMPLEACCESSKEY"
SK = "example-secret-key-0123456789"
NOW = datetime(2024, 5, 6, 7, 8, 9, tzinfo=UTC)


def test_published_vector_canonical_request_and_signature() -> None:
    headers = {"Content-Type": "application/json", "Host": VECTOR_HOST, "X-Sdk-Date": VECTOR_DATE}
    signed = ["content-type", "host", "x-sdk-date"]
    request = signing.canonical_request(
        "GET", VECTOR_PATH, signing.parse_query(VECTOR_QUERY), headers, signed, b""
    )
    assert request == (
        "GET\n"
        "/v1/77b6a44cba5143ab91d13ab9a8ff44fd/vpcs/\n"
        "limit=2&marker=13551d6b-755d-4757-b956-536f674975c0\n"
        "content-type:application/json\n"
        "host:service.region.example.com\n"
        "x-sdk-date:20191115T033655Z\n"
        "\n"
        "content-type;host;x-sdk-date\n"
        "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
    )
    to_sign = signing.string_to_sign(request, VECTOR_DATE)
    assert to_sign == (f"SDK-HMAC-SHA256\n{VECTOR_DATE}\n{hashlib.sha256(request.encode()).hexdigest()}")
    assert signing.compute_signature(VECTOR_SECRET, to_sign) == VECTOR_SIGNATURE


def test_published_vector_through_the_httpx_signer() -> None:
    request = httpx.Request(
        "GET",
        f"https://{VECTOR_HOST}{VECTOR_PATH}?{VECTOR_QUERY}",
        headers={"Content-Type": "application/json"},
    )
    AkSkAuth("AK-FOR-VECTOR", VECTOR_SECRET, clock=lambda: VECTOR_TIME).sign(request)
    assert request.headers["X-Sdk-Date"] == VECTOR_DATE
    assert request.headers["Authorization"] == (
        "SDK-HMAC-SHA256 Access=AK-FOR-VECTOR, SignedHeaders=content-type;host;x-sdk-date, "
        f"Signature={VECTOR_SIGNATURE}"
    )


def test_sdk_date_is_utc_and_requires_a_timezone() -> None:
    plus_eight = timezone(timedelta(hours=8))
    assert signing.format_sdk_date(datetime(2019, 11, 15, 11, 36, 55, tzinfo=plus_eight)) == VECTOR_DATE
    assert signing.parse_sdk_date(VECTOR_DATE) == VECTOR_TIME
    with pytest.raises(ValueError, match="timezone-aware"):
        signing.format_sdk_date(datetime(2019, 11, 15, 3, 36, 55))
    for bad in ("2019-11-15T03:36:55Z", "20191115T033655", "20191315T033655Z", ""):
        with pytest.raises(ValueError):
            signing.parse_sdk_date(bad)


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("", "/"),
        ("/", "/"),
        ("/v1/p/models", "/v1/p/models/"),
        ("/v1/p/models/", "/v1/p/models/"),
        ("/a b/é", "/a%20b/%C3%A9/"),
        ("/a%20b/%C3%A9", "/a%20b/%C3%A9/"),
        ("//x//", "//x//"),
        ("/a:b@c+d,e;f=g!h*i'j(k)l~m_n-o.p", "/a%3Ab%40c%2Bd%2Ce%3Bf%3Dg%21h%2Ai%27j%28k%29l~m_n-o.p/"),
    ],
)
def test_canonical_uri_examples(path: str, expected: str) -> None:
    assert signing.canonical_uri(path) == expected


def test_canonical_query_sorts_names_then_values_and_keeps_empty_values() -> None:
    query = [("marker", "b"), ("limit", "2"), ("marker", "a"), ("empty", ""), ("sp ace", "x y/é")]
    assert signing.canonical_query(query) == "empty=&limit=2&marker=a&marker=b&sp%20ace=x%20y%2F%C3%A9"
    assert signing.canonical_query([]) == ""


def test_parse_query_keeps_blank_values_repeats_and_literal_plus() -> None:
    assert signing.parse_query("a=1&a=&b&c=%20+%2B&&=orphan&d=x=y") == [
        ("a", "1"),
        ("a", ""),
        ("b", ""),
        ("c", " ++"),
        ("d", "x=y"),
    ]
    assert signing.parse_query("") == []


def test_canonical_request_rejects_an_absent_signed_header() -> None:
    with pytest.raises(ValueError, match="x-project-id"):
        signing.canonical_request("GET", "/", [], {"Host": "h"}, ["host", "X-Project-Id"], b"")
    with pytest.raises(ValueError, match="non-empty"):
        signing.canonical_request("GET", "/", [], {"Host": "h"}, [], b"")


def test_authorization_header_round_trips_through_the_parser() -> None:
    value = signing.authorization_header(AK, ["X-Sdk-Date", "host", "host"], "ab12")
    assert value == f"SDK-HMAC-SHA256 Access={AK}, SignedHeaders=host;x-sdk-date, Signature=ab12"
    parsed = signing.parse_authorization(value)
    assert parsed == signing.ParsedAuthorization(AK, ("host", "x-sdk-date"), "ab12")


@pytest.mark.parametrize(
    "value",
    [
        "",
        "Bearer abc",
        "SDK-HMAC-SHA256",
        "SDK-HMAC-SHA256 Access=AK, SignedHeaders=host",
        "SDK-HMAC-SHA256 Access=AK, SignedHeaders=, Signature=abc",
        "SDK-HMAC-SHA256 Access=AK SignedHeaders=host Signature=abc",
        "SDK-HMAC-SHA256 Access=AK, Access=BK, SignedHeaders=host, Signature=abc",
        "AWS4-HMAC-SHA256 Access=AK, SignedHeaders=host, Signature=abc",
    ],
)
def test_parse_authorization_rejects_malformed_values(value: str) -> None:
    with pytest.raises(ValueError):
        signing.parse_authorization(value)


def _sign(
    method: str,
    path: str,
    query: Sequence[tuple[str, str]],
    headers: Mapping[str, str],
    body: bytes,
    *,
    when: datetime = NOW,
    signed: Sequence[str] | None = None,
    secret: str = SK,
) -> dict[str, str]:
    """Headers of a request signed with the pure functions (for verification tests)."""
    sdk_date = signing.format_sdk_date(when)
    all_headers = {**headers, "X-Sdk-Date": sdk_date}
    names = list(signed) if signed is not None else list(all_headers)
    request = signing.canonical_request(method, path, query, all_headers, names, body)
    signature = signing.compute_signature(secret, signing.string_to_sign(request, sdk_date))
    return {**all_headers, "Authorization": signing.authorization_header(AK, names, signature)}


def _lookup(access_key: str) -> str | None:
    return SK if access_key == AK else None


def _verify(headers: Mapping[str, str], *, body: bytes = b'{"a": 1}', now: datetime = NOW) -> str:
    return signing.verify_request("POST", "/v1/p/models", [("x", "1")], headers, body, _lookup, now)


BASE_HEADERS = {"Host": "ma.example.com", "Content-Type": "application/json"}


def _good_headers(*, signed: Sequence[str] | None = None, secret: str = SK) -> dict[str, str]:
    return _sign(
        "POST", "/v1/p/models", [("x", "1")], BASE_HEADERS, b'{"a": 1}', signed=signed, secret=secret
    )


def test_verify_accepts_a_correct_signature_within_the_skew() -> None:
    assert _verify(_good_headers()) == AK
    assert _verify(_good_headers(), now=NOW + timedelta(minutes=14)) == AK
    assert _verify(_good_headers(), now=NOW - timedelta(minutes=14)) == AK
    lowered = {name.lower(): value for name, value in _good_headers().items()}
    assert _verify(lowered) == AK


def _without(headers: dict[str, str], name: str) -> dict[str, str]:
    return {key: value for key, value in headers.items() if key != name}


@pytest.mark.parametrize(
    ("headers", "now", "reason"),
    [
        (_without(_good_headers(), "Authorization"), NOW, SignatureFailure.MISSING_AUTHORIZATION),
        ({**_good_headers(), "Authorization": "Bearer x"}, NOW, SignatureFailure.INVALID_AUTHORIZATION),
        (_good_headers(signed=["host", "content-type"]), NOW, SignatureFailure.UNSIGNED_REQUIRED_HEADER),
        (
            _good_headers(signed=["x-sdk-date", "content-type"]),
            NOW,
            SignatureFailure.UNSIGNED_REQUIRED_HEADER,
        ),
        (_without(_good_headers(), "X-Sdk-Date"), NOW, SignatureFailure.MISSING_DATE),
        ({**_good_headers(), "X-Sdk-Date": "2024-05-06T07:08:09Z"}, NOW, SignatureFailure.MALFORMED_DATE),
        (_good_headers(), NOW + timedelta(minutes=16), SignatureFailure.STALE_DATE),
        (_good_headers(), NOW - timedelta(minutes=16), SignatureFailure.STALE_DATE),
        (_good_headers(secret="wrong-secret-key"), NOW, SignatureFailure.SIGNATURE_MISMATCH),
        (
            {**_good_headers(), "Authorization": _good_headers()["Authorization"].replace(AK, "OTHERAK")},
            NOW,
            SignatureFailure.UNKNOWN_ACCESS_KEY,
        ),
        (_without(_good_headers(), "Content-Type"), NOW, SignatureFailure.MISSING_SIGNED_HEADER),
        ({**_good_headers(), "Content-Type": "text/plain"}, NOW, SignatureFailure.SIGNATURE_MISMATCH),
    ],
)
def test_verify_rejects(headers: dict[str, str], now: datetime, reason: SignatureFailure) -> None:
    with pytest.raises(SignatureError) as caught:
        _verify(headers, now=now)
    assert caught.value.reason == reason
    assert SK not in str(caught.value)


def test_verify_rejects_a_changed_body_and_a_naive_clock() -> None:
    with pytest.raises(SignatureError) as caught:
        _verify(_good_headers(), body=b'{"a": 2}')
    assert caught.value.reason == SignatureFailure.SIGNATURE_MISMATCH
    with pytest.raises(ValueError, match="now"):
        _verify(_good_headers(), now=NOW.replace(tzinfo=None))


# --- properties -------------------------------------------------------------------------------------------

any_text = st.text(alphabet=st.characters(exclude_categories=("Cs",)), max_size=12)
segment = st.one_of(any_text, st.sampled_from(["", "a b", "%", "%2F", "?", "#", "é", "~", "+", "日本"]))
paths = st.lists(segment, max_size=6).map(lambda parts: "/" + "/".join(parts))
names = st.one_of(st.sampled_from(["limit", "offset", "name", "a b", "é", "k+", ""]), any_text)
pairs = st.lists(st.tuples(names, any_text), max_size=8)
CANONICAL_URI = re.compile(r"^[A-Za-z0-9\-._~%/]*/$")


@given(paths)
def test_canonical_uri_properties(path: str) -> None:
    canonical = signing.canonical_uri(path)
    assert CANONICAL_URI.match(canonical)
    assert signing.canonical_uri(canonical) == canonical
    decoded = unquote(path)
    assert unquote(canonical) == (decoded if decoded.endswith("/") else decoded + "/")


@given(paths.filter(lambda path: "%" not in path))
def test_plain_and_percent_encoded_paths_canonicalise_alike(path: str) -> None:
    assert signing.canonical_uri(path) == signing.canonical_uri(quote(path, safe="/"))


@given(pairs, st.randoms(use_true_random=False))
def test_canonical_query_properties(query: list[tuple[str, str]], rnd: random.Random) -> None:
    shuffled = list(query)
    rnd.shuffle(shuffled)
    canonical = signing.canonical_query(query)
    assert signing.canonical_query(shuffled) == canonical
    parts = canonical.split("&") if canonical else []
    assert len(parts) == len(query)
    assert all("=" in part for part in parts)
    assert all(re.fullmatch(r"[A-Za-z0-9\-._~%]*=[A-Za-z0-9\-._~%]*", part) for part in parts)
    non_empty = [(name, value) for name, value in query if name]
    assert signing.parse_query(signing.canonical_query(non_empty)) == sorted(non_empty)


header_value = st.text(alphabet=st.characters(min_codepoint=0x21, max_codepoint=0x7E), max_size=20)
padding = st.text(alphabet=" \t", max_size=3)


@given(
    st.dictionaries(
        st.from_regex(r"x-[a-z0-9-]{1,10}", fullmatch=True), header_value, min_size=1, max_size=5
    ),
    st.data(),
)
def test_header_name_case_and_value_padding_do_not_matter(
    headers: dict[str, str], data: st.DataObject
) -> None:
    reshaped = {}
    for name, value in headers.items():
        cased = "".join(data.draw(st.sampled_from([ch.lower(), ch.upper()])) for ch in name)
        reshaped[cased] = data.draw(padding) + value + data.draw(padding)
    signed_names = [data.draw(st.sampled_from([name, name.upper()])) for name in headers]
    plain = signing.canonical_request("GET", "/p", [], headers, list(headers), b"")
    assert signing.canonical_request("GET", "/p", [], reshaped, signed_names, b"") == plain


METHODS = ["GET", "POST", "PUT", "DELETE", "PATCH"]
TAMPERING = ["method", "path", "query", "header", "body"]


def _received(request: httpx.Request) -> tuple[str, list[tuple[str, str]], dict[str, str]]:
    raw_path, _, raw_query = request.url.raw_path.decode("ascii").partition("?")
    return raw_path, signing.parse_query(raw_query), dict(request.headers)


@given(
    method=st.sampled_from(METHODS),
    parts=st.lists(segment, max_size=5),
    query=pairs,
    extra=header_value,
    body=st.binary(max_size=64),
    tampering=st.sampled_from(TAMPERING),
)
def test_sign_then_verify_round_trip_and_tampering_fails(
    method: str, parts: list[str], query: list[tuple[str, str]], extra: str, body: bytes, tampering: str
) -> None:
    raw_path = "/" + "/".join(quote(part, safe="") for part in parts)
    request = httpx.Request(
        method,
        httpx.URL(f"https://ma.example.com:8443{raw_path}", params=query),
        headers={"Content-Type": "application/octet-stream", "X-Extra": extra},
        content=body,
    )
    AkSkAuth(AK, SK, security_token="temporary-token-value", project_id="p1", clock=lambda: NOW).sign(request)
    path, received_query, headers = _received(request)
    assert signing.verify_request(method, path, received_query, headers, body, _lookup, NOW) == AK

    if tampering == "method":
        method = METHODS[(METHODS.index(method) + 1) % len(METHODS)]
    elif tampering == "path":
        path += "/x"
    elif tampering == "query":
        received_query = (
            [(received_query[0][0], received_query[0][1] + "x"), *received_query[1:]]
            if received_query
            else [("extra", "1")]
        )
    elif tampering == "header":
        headers["x-project-id"] = headers["x-project-id"] + "x"
    else:
        body = bytes([body[0] ^ 1]) + body[1:] if body else b"x"
    with pytest.raises(SignatureError) as caught:
        signing.verify_request(method, path, received_query, headers, body, _lookup, NOW)
    assert caught.value.reason == SignatureFailure.SIGNATURE_MISMATCH
