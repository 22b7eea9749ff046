"""The cached CRC-64 tables give the SDK's own values, and only inside this package's calls."""

from __future__ import annotations

import os

import pytest
from obs import util

from modelarts_hl.obs import sdk_speedups


@pytest.fixture(autouse=True)
def installed() -> None:
    sdk_speedups.install()


@pytest.mark.parametrize("init_crc", [0, 7, 2**64 - 1])
def test_crc64_values_are_the_sdks(init_crc: int) -> None:
    data = os.urandom(100_003)
    with sdk_speedups.calls():
        fast = util.Crc64(init_crc)
        fast.update(data[:10])
        fast.update(data[10:])
        other = util.Crc64(init_crc)
    # Outside the package's calls the SDK computes its table itself.
    expected = util.Crc64(init_crc)
    expected.update(data)
    assert fast.crc == expected.crc
    # A new instance starts from the initial value, not from another instance's state.
    assert other.crc == util.Crc64(init_crc).crc
    assert fast.combine(1, 2, 3) == expected.combine(1, 2, 3)


def test_tables_are_shared_only_inside_package_calls() -> None:
    with sdk_speedups.calls():
        first, second = util.Crc64(0), util.Crc64(0)
    assert first.crc64.table is second.crc64.table
    outside = util.Crc64(0)
    assert outside.crc64.table is not first.crc64.table
    assert outside.crc64.table == first.crc64.table


def test_install_is_idempotent() -> None:
    current = util.Crc64
    sdk_speedups.install()
    assert util.Crc64 is current
