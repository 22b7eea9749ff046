"""SDK-HMAC-SHA256 request signing (the AK/SK scheme of Huawei Cloud API Gateway).

Pure functions shared by the client-side signer (:class:`modelarts_hl._core.auth.AkSkAuth`) and by servers
that verify signatures (the local backend). Paths and query strings are taken as they travel on the wire
(percent-encoded); both sides decode and re-encode them the same canonical way, so any two encodings of the
same request produce the same signature.
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from urllib.parse import quote, unquote

from modelarts_hl.errors import SignatureError, SignatureFailure

ALGORITHM = "SDK-HMAC-SHA256"
SDK_DATE_FORMAT = "%Y%m%dT%H%M%SZ"
DEFAULT_MAX_SKEW = timedelta(minutes=15)
# The gateway rejects requests whose signature does not cover these two.
REQUIRED_SIGNED_HEADERS = ("host", "x-sdk-date")


@dataclass(frozen=True)
class ParsedAuthorization:
    access_key: str
    signed_headers: tuple[str, ...]
    signature: str


def _require_aware(argument: str, when: datetime) -> datetime:
    if when.tzinfo is None or when.utcoffset() is None:
        raise ValueError(f"{argument} must be a timezone-aware datetime, got a naive one: {when.isoformat()}")
    return when.astimezone(UTC)


def format_sdk_date(when: datetime) -> str:
    """``X-Sdk-Date`` value for ``when`` (a timezone-aware datetime): UTC as ``YYYYMMDDTHHMMSSZ``."""
    return _require_aware("when", when).strftime(SDK_DATE_FORMAT)


def parse_sdk_date(value: str) -> datetime:
    """Inverse of :func:`format_sdk_date`; raises ``ValueError`` for anything else."""
    if len(value) != 16:
        raise ValueError(f"X-Sdk-Date must look like 20191115T033655Z, got {value!r}")
    return datetime.strptime(value, SDK_DATE_FORMAT).replace(tzinfo=UTC)


def _encode(value: str) -> str:
    # Only RFC 3986 unreserved characters stay literal; everything else (UTF-8 bytes) is %XX.
    return quote(value, safe="")


def canonical_uri(path: str) -> str:
    """Canonical form of a request path: every segment percent-encoded, always ending with ``/``.

    ``path`` may be percent-encoded (as sent) or plain text; it is decoded before encoding, as the reference
    signer does (so an encoded ``%2F`` separates segments like ``/``).
    """
    encoded = "/".join(_encode(segment) for segment in unquote(path).split("/"))
    return encoded if encoded.endswith("/") else encoded + "/"


def parse_query(raw_query: str) -> list[tuple[str, str]]:
    """Decoded ``(name, value)`` pairs of a raw query string, keeping repeated names and blank values.

    ``+`` is kept as a literal plus (the reference signer does not treat it as a space), so clients should
    send spaces as ``%20``; :class:`~modelarts_hl._core.auth.AkSkAuth` does.
    """
    pairs: list[tuple[str, str]] = []
    for item in raw_query.split("&"):
        name, _, value = item.partition("=")
        if name:
            pairs.append((unquote(name), unquote(value)))
    return pairs


def canonical_query(query: Sequence[tuple[str, str]]) -> str:
    """Canonical query string: sorted by name then value, both encoded, an empty value keeping its ``=``."""
    return "&".join(f"{_encode(name)}={_encode(value)}" for name, value in sorted(query))


def normalize_signed_headers(signed_headers: Sequence[str]) -> list[str]:
    """Lower-cased, de-duplicated, sorted header names, as they appear in ``SignedHeaders``."""
    names = sorted({name.strip().lower() for name in signed_headers})
    if not names or "" in names:
        raise ValueError("signed headers must be a non-empty list of header names")
    return names


def canonical_request(
    method: str,
    path: str,
    query: Sequence[tuple[str, str]],
    headers: Mapping[str, str],
    signed_headers: Sequence[str],
    body: bytes,
) -> str:
    """The canonical request that is hashed into the string to sign.

    ``headers`` may use any name casing; values are trimmed. Raises ``ValueError`` when a signed header is
    absent.
    """
    by_name = {name.strip().lower(): value for name, value in headers.items()}
    names = normalize_signed_headers(signed_headers)
    lines = []
    for name in names:
        if name not in by_name:
            raise ValueError(f"signed header {name!r} is not present in the request")
        lines.append(f"{name}:{by_name[name].strip()}\n")
    return "\n".join(
        [
            method.upper(),
            canonical_uri(path),
            canonical_query(query),
            "".join(lines),
            ";".join(names),
            hashlib.sha256(body).hexdigest(),
        ]
    )


def string_to_sign(canonical_request: str, sdk_date: str) -> str:
    digest = hashlib.sha256(canonical_request.encode("utf-8")).hexdigest()
    return f"{ALGORITHM}\n{sdk_date}\n{digest}"


def compute_signature(secret_key: str, string_to_sign: str) -> str:
    return hmac.new(secret_key.encode("utf-8"), string_to_sign.encode("utf-8"), hashlib.sha256).hexdigest()


def authorization_header(access_key: str, signed_headers: Sequence[str], signature: str) -> str:
    names = ";".join(normalize_signed_headers(signed_headers))
    return f"{ALGORITHM} Access={access_key}, SignedHeaders={names}, Signature={signature}"


def parse_authorization(value: str) -> ParsedAuthorization:
    """Split an ``Authorization`` header of this scheme; raises ``ValueError`` when it is not one."""
    scheme, _, params = value.strip().partition(" ")
    if scheme != ALGORITHM:
        raise ValueError(f"Authorization does not use the {ALGORITHM} scheme")
    fields: dict[str, str] = {}
    for part in params.split(","):
        key, sep, field_value = part.strip().partition("=")
        if not sep or key in fields:
            raise ValueError("Authorization parameters must be distinct key=value pairs separated by commas")
        fields[key] = field_value.strip()
    missing = [key for key in ("Access", "SignedHeaders", "Signature") if not fields.get(key)]
    if missing:
        raise ValueError(f"Authorization lacks {', '.join(missing)}")
    return ParsedAuthorization(
        access_key=fields["Access"],
        signed_headers=tuple(normalize_signed_headers(fields["SignedHeaders"].split(";"))),
        signature=fields["Signature"],
    )


def verify_request(
    method: str,
    path: str,
    query: Sequence[tuple[str, str]],
    headers: Mapping[str, str],
    body: bytes,
    lookup_secret: Callable[[str], str | None],
    now: datetime,
    max_skew: timedelta = DEFAULT_MAX_SKEW,
) -> str:
    """Check a received request's signature and return its access key; raise :class:`SignatureError` if not.

    ``path`` and ``query`` as received (see :func:`parse_query`), ``headers`` with any casing,
    ``lookup_secret`` maps an access key to its secret key (``None`` when unknown), ``now`` is timezone-aware.
    """
    now = _require_aware("now", now)
    by_name = {name.strip().lower(): value for name, value in headers.items()}
    if "authorization" not in by_name:
        raise SignatureError(
            SignatureFailure.MISSING_AUTHORIZATION, "the request has no Authorization header"
        )
    try:
        auth = parse_authorization(by_name["authorization"])
    except ValueError as exc:
        raise SignatureError(SignatureFailure.INVALID_AUTHORIZATION, str(exc)) from None
    unsigned = [name for name in REQUIRED_SIGNED_HEADERS if name not in auth.signed_headers]
    if unsigned:
        raise SignatureError(
            SignatureFailure.UNSIGNED_REQUIRED_HEADER, f"the signature must cover {', '.join(unsigned)}"
        )
    if "x-sdk-date" not in by_name:
        raise SignatureError(SignatureFailure.MISSING_DATE, "the request has no X-Sdk-Date header")
    sdk_date = by_name["x-sdk-date"].strip()
    try:
        signed_at = parse_sdk_date(sdk_date)
    except ValueError as exc:
        raise SignatureError(SignatureFailure.MALFORMED_DATE, str(exc)) from None
    if abs(now - signed_at) > max_skew:
        raise SignatureError(
            SignatureFailure.STALE_DATE,
            f"X-Sdk-Date {sdk_date} differs from the server time by more than {max_skew}",
        )
    secret_key = lookup_secret(auth.access_key)
    if secret_key is None:
        raise SignatureError(SignatureFailure.UNKNOWN_ACCESS_KEY, "the access key is not known")
    try:
        request = canonical_request(method, path, query, by_name, auth.signed_headers, body)
    except ValueError as exc:
        raise SignatureError(SignatureFailure.MISSING_SIGNED_HEADER, str(exc)) from None
    expected = compute_signature(secret_key, string_to_sign(request, sdk_date))
    if not hmac.compare_digest(expected.encode("ascii"), auth.signature.encode("utf-8")):
        raise SignatureError(SignatureFailure.SIGNATURE_MISMATCH, "the request signature does not match")
    return auth.access_key
