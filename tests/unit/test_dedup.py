"""The routed-ids bookkeeping: ids age out by time and by a per-partition cap, oldest first."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newswire.dedup import SeenIds, parse_ts


def test_ids_older_than_the_window_expire_in_write_order() -> None:
    s = SeenIds(window_seconds=100, per_partition=10)
    s.add(0, b"a", 1000.0)
    s.add(0, b"b", 1050.0)
    s.add(1, b"c", 1000.0)
    assert s.expired(0, now=1099.0) == []
    assert s.expired(0, now=1101.0) == [(b"a", 1000.0)]
    assert s.expired(0, now=1200.0) == [(b"b", 1050.0)]
    assert len(s) == 1  # partition 1 is only expired when asked for partition 1
    assert s.expired(1, now=1200.0) == [(b"c", 1000.0)]


def test_the_cap_per_partition_pushes_out_the_oldest() -> None:
    s = SeenIds(window_seconds=10**9, per_partition=3)
    for i in range(5):
        s.add(2, f"id{i}".encode(), float(i))
    assert s.expired(2, now=5.0) == [(b"id0", 0.0), (b"id1", 1.0)]
    assert len(s) == 3


def test_one_call_is_bounded_and_the_rest_waits_for_the_next() -> None:
    s = SeenIds(window_seconds=1, per_partition=10**6)
    for i in range(10):
        s.add(0, str(i).encode(), 0.0)
    assert len(s.expired(0, now=100.0, limit=4)) == 4
    assert len(s.expired(0, now=100.0, limit=100)) == 6


def test_a_rewritten_id_keeps_both_entries_so_the_caller_can_tell_them_apart() -> None:
    s = SeenIds(window_seconds=10, per_partition=100)
    s.add(0, b"x", 0.0)
    s.add(0, b"x", 50.0)  # routed again after its first entry aged out, or replayed at recovery
    assert s.expired(0, now=55.0) == [(b"x", 0.0)]  # the caller deletes only if the table still says 0.0


def test_settings_must_be_positive() -> None:
    with pytest.raises(ValueError):
        SeenIds(0, 10)
    with pytest.raises(ValueError, match="NEWSWIRE_DEDUP_PER_PARTITION"):
        SeenIds(10, 0)
    with pytest.raises(ValueError):
        SeenIds(float("nan"), 10)


def test_partitions_that_are_only_read_stay_bounded() -> None:
    """A standby replica's partition is never expired here (its owner writes the tombstones)."""
    s = SeenIds(window_seconds=10**9, per_partition=3)
    for i in range(100):
        s.add(7, f"id{i}".encode(), float(i))
    assert len(s) == 6
    assert [k for k, _ in s.expired(7, now=100.0)] == [b"id94", b"id95", b"id96"]  # oldest kept first


@given(st.binary(max_size=30))
def test_parse_ts_never_raises(value: bytes) -> None:
    ts = parse_ts(value)
    assert ts is None or isinstance(ts, float)


def test_parse_ts_refuses_values_that_would_never_expire() -> None:
    for bad in (b"nan", b"inf", b"-inf", b"", b"\xff", b"12:00"):
        assert parse_ts(bad) is None, bad


def test_parse_ts_round_trips_what_the_agent_writes() -> None:
    now = 1764550000.123456
    assert parse_ts(str(now).encode()) == now
    assert parse_ts(None) is None
