"""Checksums: MD5 of files and parts, ETags (plain or multipart), and the check of a local file against one.

OBS and S3 give an object written in one request the MD5 of its content as ETag, and an object assembled
from N parts ``MD5(MD5(part 1) ... MD5(part N))-N``. Checking the latter needs the part boundaries: objects
uploaded here record their part size in the metadata; for others the usual part sizes are tried.

Multipart uploads made here also record the CRC-32 of the whole file (the checksum S3 offers as
``x-amz-checksum-crc32``), checked again against the parts actually sent before the upload is completed. A
download checks it instead of the ETag: it is end to end (the file as it was on the uploader's disk), costs
a tenth of MD5's CPU, and CRCs of ranges combine, so every range is checked in its own thread in any order.
"""

from __future__ import annotations

import base64
import hashlib
import math
import os
import re
import threading
from collections.abc import Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor
from functools import partial
from pathlib import Path
from typing import Any

import attrs

from modelarts_hl.errors import IntegrityError

try:
    # ISA-L's CRC-32 (the same checksum as zlib's) uses the processor's carry-less multiply: about four times
    # zlib's speed here, which makes the recorded CRC-32 a small share of a transfer's CPU time.
    from isal.isal_zlib import crc32 as _crc32
except ImportError:  # pragma: no cover - a platform without isal's wheels
    from zlib import crc32 as _crc32

from .settings import MAX_PARTS, MIB

__all__ = [
    "CRC32_METADATA",
    "PART_SIZE_METADATA",
    "Crc32",
    "ETag",
    "candidate_part_sizes",
    "check_received",
    "check_sent",
    "combined_crc32",
    "composite_etag",
    "crc32_combine",
    "file_crc32",
    "file_md5",
    "hash_file",
    "md5_base64",
    "parse_crc32",
    "parse_etag",
    "part_ranges",
    "recorded_crc32",
    "recorded_part_size",
    "same_content",
    "verify_file",
]

# User metadata written on multipart uploads so that downloads know the part boundaries.
PART_SIZE_METADATA = "modelarts-hl-part-size"
CRC32_METADATA = "modelarts-hl-crc32"
READ_BLOCK = MIB
_HEX32 = re.compile(r"^[0-9a-f]{32}$")
_MULTIPART = re.compile(r"^([0-9a-f]{32})-([0-9]+)$")
# Part sizes of common tools (this library's default, awscli/boto3, obsutil/OBS SDK, and round numbers).
_COMMON_PART_SIZES = tuple(
    n * MIB for n in (16, 8, 9, 5, 10, 15, 20, 25, 32, 50, 64, 100, 128, 256, 512, 1024)
) + tuple(n * 1000 * 1000 for n in (5, 8, 10, 16, 50, 100))
_MAX_CANDIDATES = 4
_CRC32_HEX = re.compile(r"^[0-9a-f]{8}$")
# CRC-32's polynomial (reflected), as zlib and S3 use it.
_CRC32_POLY = 0xEDB88320
# Whole-file CRCs: regions read in parallel, by this many threads for the whole process.
_CRC_REGION = 32 * MIB
_CRC_READERS = 8
_crc_pool: ThreadPoolExecutor | None = None
_crc_pool_lock = threading.Lock()


@attrs.frozen
class ETag:
    """A recognised ETag: the MD5 of the content (``parts is None``) or of the MD5s of ``parts`` parts."""

    digest: str
    parts: int | None = None

    def __str__(self) -> str:
        return self.digest if self.parts is None else f"{self.digest}-{self.parts}"


def parse_etag(raw: str | None) -> ETag | None:
    """The ETag's meaning, or None when it is neither form (for example with server-side encryption)."""
    if not raw:
        return None
    value = raw.strip().strip('"').lower()
    if _HEX32.match(value):
        return ETag(value)
    match = _MULTIPART.match(value)
    if match and int(match.group(2)) > 0:
        return ETag(match.group(1), int(match.group(2)))
    return None


def md5_base64(digest: bytes) -> str:
    return base64.b64encode(digest).decode("ascii")


def composite_etag(part_digests: Sequence[bytes]) -> ETag:
    return ETag(hashlib.md5(b"".join(part_digests)).hexdigest(), len(part_digests))


def part_ranges(size: int, part_size: int) -> list[tuple[int, int]]:
    """(offset, length) of each part; one empty part for an empty object."""
    if size == 0:
        return [(0, 0)]
    return [(offset, min(part_size, size - offset)) for offset in range(0, size, part_size)]


def upload_part_size(size: int, preferred: int) -> int:
    """``preferred``, or the smallest whole MiB that keeps the upload within the part-count limit."""
    needed = math.ceil(size / MAX_PARTS)
    if needed <= preferred:
        return preferred
    return math.ceil(needed / MIB) * MIB


def candidate_part_sizes(size: int, parts: int, preferred: Iterable[int] = ()) -> list[int]:
    """Uniform part sizes that split ``size`` bytes into exactly ``parts`` parts, likeliest first."""
    exact = math.ceil(size / parts) if parts else 0
    ordered = [*preferred, *_COMMON_PART_SIZES, exact, math.ceil(exact / MIB) * MIB]
    found: list[int] = []
    for candidate in ordered:
        if candidate > 0 and math.ceil(size / candidate) == parts and candidate not in found:
            found.append(candidate)
    return found[:_MAX_CANDIDATES]


class Crc32:
    """CRC-32 with hashlib's ``update``, so that it can be fed like a digest."""

    def __init__(self, value: int = 0) -> None:
        self.value = value

    def update(self, data: bytes | memoryview) -> None:
        self.value = _crc32(data, self.value)

    def hexdigest(self) -> str:
        return f"{self.value:08x}"


def parse_crc32(raw: str | None) -> int | None:
    """The CRC-32 recorded in an object's metadata, or None when there is none (or not one written here)."""
    value = (raw or "").strip().lower()
    return int(value, 16) if _CRC32_HEX.match(value) else None


def _multiply_mod_p(a: int, b: int) -> int:
    """a * b modulo CRC-32's polynomial, both as reflected 32-bit polynomials."""
    product = 0
    bit = 1 << 31
    while a:
        if a & bit:
            product ^= b
            a ^= bit
        bit >>= 1
        b = (b >> 1) ^ _CRC32_POLY if b & 1 else b >> 1
    return product


def _powers_of_x() -> list[int]:
    """x^(2^k) modulo the polynomial, k = 0..31 (x^1 is bit 30 in the reflected form)."""
    powers = [1 << 30]
    for _ in range(31):
        powers.append(_multiply_mod_p(powers[-1], powers[-1]))
    return powers


_X_POWERS = _powers_of_x()


def crc32_combine(first: int, second: int, second_length: int) -> int:
    """CRC-32 of A + B from CRC-32(A), CRC-32(B) and len(B), as zlib's ``crc32_combine`` (not in Python's)."""
    shift = 1 << 31  # x^0
    bits, k = second_length, 3  # len(B) bytes = 8 * len(B) bits = len(B) * 2^3
    while bits:
        if bits & 1:
            shift = _multiply_mod_p(_X_POWERS[k & 31], shift)
        bits >>= 1
        k += 1
    return _multiply_mod_p(shift, first) ^ second


def combined_crc32(pieces: Iterable[tuple[int, int]]) -> int:
    """CRC-32 of consecutive pieces given as (CRC-32, length) in order."""
    total = 0
    for crc, length in pieces:
        total = crc32_combine(total, crc, length)
    return total


_buffers = threading.local()


def hash_file(digest: Any, path: Path | str, offset: int = 0, length: int | None = None) -> int:
    """Feed ``length`` bytes of a file from ``offset`` (to its end when None) to a hashlib object (or
    anything with its ``update``).

    Returns how many bytes there were (fewer than ``length`` when the file is shorter).
    """
    view: memoryview | None = getattr(_buffers, "view", None)
    if view is None:
        # One buffer per thread, reused: a new 1 MiB buffer per call would be zeroed each time.
        view = _buffers.view = memoryview(bytearray(READ_BLOCK))
    remaining = math.inf if length is None else length
    count = 0
    with open(path, "rb") as handle:
        handle.seek(offset)
        while remaining > 0:
            got = handle.readinto(view[: int(min(READ_BLOCK, remaining))])
            if not got:
                break
            digest.update(view[:got])
            remaining -= got
            count += got
    return count


def file_md5(path: Path, offset: int = 0, length: int | None = None) -> bytes:
    """MD5 digest of ``length`` bytes of a file from ``offset`` (to its end when None)."""
    digest = hashlib.md5()
    hash_file(digest, path, offset, length)
    return digest.digest()


def _region_crc32(path: Path, region: tuple[int, int]) -> tuple[int, int]:
    crc = Crc32()
    count = hash_file(crc, path, *region)
    return crc.value, count


def _crc_readers() -> ThreadPoolExecutor:
    global _crc_pool
    with _crc_pool_lock:
        if _crc_pool is None:
            _crc_pool = ThreadPoolExecutor(_CRC_READERS, thread_name_prefix="modelarts-hl-crc32")
        return _crc_pool


def _forget_crc_readers() -> None:
    # A forked child has the pool object but none of its threads: work given to it would never run.
    global _crc_pool, _crc_pool_lock
    _crc_pool = None
    _crc_pool_lock = threading.Lock()


os.register_at_fork(after_in_child=_forget_crc_readers)


def file_crc32(path: Path) -> tuple[int, int]:
    """CRC-32 of a whole file and the number of bytes read (less than its size if it shrank meanwhile).

    A large file is read in regions by several threads at once, shared by all transfers of the process: a
    cold disk delivers several times more in parallel (2 GiB here: 2.8 s in one thread, 0.7 s in eight), and
    the CRCs of the regions combine.
    """
    regions = part_ranges(path.stat().st_size, _CRC_REGION)
    if len(regions) == 1:
        pieces = [_region_crc32(path, regions[0])]
    else:
        pieces = list(_crc_readers().map(partial(_region_crc32, path), regions))
    return combined_crc32(pieces), sum(count for _, count in pieces)


def file_parts_md5(path: Path, size: int, part_size: int) -> list[bytes]:
    return [file_md5(path, offset, length) for offset, length in part_ranges(size, part_size)]


def matches(path: Path, size: int, etag: ETag, part_sizes: Sequence[int]) -> bool:
    """Whether the local file has this size and ETag (trying each part size for a multipart ETag)."""
    if path.stat().st_size != size:
        return False
    if etag.parts is None:
        return file_md5(path).hex() == etag.digest
    return any(composite_etag(file_parts_md5(path, size, p)) == etag for p in part_sizes)


def same_content(
    path: Path, size: int, etag: ETag | None, crc: int | None, part_sizes: Sequence[int]
) -> bool:
    """Whether a local file holds an object's content: by the CRC-32 recorded in the object when there is
    one (a tenth of MD5's CPU), else by its ETag (trying each part size for a multipart ETag)."""
    if path.stat().st_size != size:
        return False
    if crc is not None:
        return file_crc32(path) == (crc, size)
    return etag is not None and matches(path, size, etag, part_sizes)


def verify_file(path: Path, size: int, etag: ETag | None, part_sizes: Sequence[int], where: str) -> None:
    """Raise IntegrityError unless the file has the object's size and (when recognised) its ETag."""
    actual_size = path.stat().st_size
    if actual_size != size:
        raise IntegrityError(where, f"size {actual_size} differs from the object's {size} bytes")
    if etag is None:
        return
    if etag.parts is not None and not part_sizes:
        raise IntegrityError(where, f"no part size splits {size} bytes into {etag.parts} parts (ETag {etag})")
    if not matches(path, size, etag, part_sizes):
        raise IntegrityError(where, f"content does not match the object's ETag {etag}")


def check_sent(answered: str | None, digest: bytes, where: str) -> None:
    """Raise IntegrityError when the ETag OBS answered for data it received is not that data's MD5."""
    etag = parse_etag(answered)
    # Only a plain-MD5 ETag can be compared; with server-side encryption the ETag is something else.
    if etag is not None and etag.parts is None and etag.digest != digest.hex():
        raise IntegrityError(where, f"OBS stored ETag {etag}, the data sent has MD5 {digest.hex()}")


def check_received(etag: ETag | None, digest: bytes, where: str) -> None:
    """Raise IntegrityError when data received does not have the MD5 of a plain-MD5 ETag."""
    if etag is not None and etag.parts is None and etag.digest != digest.hex():
        raise IntegrityError(where, f"content MD5 {digest.hex()} differs from the object's ETag {etag}")


def header_value(headers: Any, name: str) -> str | None:
    """A response header from the SDK's list of (name, value) pairs."""
    for key, value in headers or ():
        if str(key).lower() == name:
            return str(value)
    return None


def recorded_crc32(headers: Any) -> int | None:
    """The CRC-32 an upload made here recorded in the object's metadata (from the SDK's response headers)."""
    return parse_crc32(header_value(headers, CRC32_METADATA))


def recorded_part_size(headers: Any) -> int | None:
    """The part size an upload made here recorded in the object's metadata, when it is a usable one."""
    value = header_value(headers, PART_SIZE_METADATA)
    try:
        hint = int(value) if value is not None else None
    except ValueError:
        return None
    return hint if hint is not None and hint > 0 else None
