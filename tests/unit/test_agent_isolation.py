"""The agents' batch logic without Kafka: a poison record never takes its batch down."""

from __future__ import annotations

from newswire.agents.app import Item, decode_items, run_isolated
from newswire.pipeline import make_raw
from newswire.schema import encode


def _item(value: bytes, offset: int) -> Item:
    return Item(value=value, key=b"k", topic="news.raw", partition=0, offset=offset)


def test_decode_marks_failures_and_keeps_good_records():
    good = encode(make_raw("A page"))
    items = [_item(good, 0), _item(b"\xff\xfe", 1), _item(b'{"schema": "newswire.raw/1"}', 2), _item(b"", 3)]
    decode_items(items, "raw")
    assert items[0].failure is None and items[0].record["raw"] == "A page"
    assert [it.failure.reason for it in items[1:]] == ["not_utf8", "schema_mismatch", "empty"]


def test_run_isolated_retries_one_by_one():
    items = [_item(b"", i) for i in range(4)]
    for i, it in enumerate(items):
        it.record = {"n": i}

    def stage(recs):
        if any(r["n"] == 2 for r in recs):
            raise RuntimeError("poison")
        return [r["n"] * 10 for r in recs]

    run_isolated(items, stage)
    assert [it.result for it in items] == [0, 10, None, 30]
    assert items[2].failure.reason == "stage_error" and "poison" in items[2].failure.error
    assert all(it.failure is None for i, it in enumerate(items) if i != 2)
