"""The worker's story-cluster state: near-duplicates share a story, old entries are forgotten."""

from __future__ import annotations

import time

from newswire.agents.app import StoryState
from newswire.config import settings


class _Table(dict):
    """A GlobalTable as the worker sees it: a mapping whose writes go to the changelog (recorded here)."""

    def __init__(self) -> None:
        super().__init__()
        self.changelog: list[tuple[bytes, bytes]] = []

    def __setitem__(self, key: bytes, value: bytes) -> None:
        self.changelog.append((key, value))
        super().__setitem__(key, value)


class _App:
    """Just enough of a Faust app."""

    def __init__(self) -> None:
        self.kwargs: dict = {}

    def GlobalTable(self, *_a, **kw):  # noqa: N802 - Faust's name
        self.kwargs = kw
        return _Table()


WIRE = ("The European Central Bank raised its main interest rate by a quarter point on Thursday, saying that "
        "inflation in the euro zone had stayed above its target for longer than expected and that wage growth "
        "remained strong across the largest member states, including Germany, France and Italy. ") * 3
OTHER = ("A football club in Leeds signed a new goalkeeper from Norway on a three year contract, the manager "
         "told reporters after training on Friday morning.")


def test_one_compact_entry_per_article_and_a_single_partitioner_placed_changelog():
    app = _App()
    state = StoryState(app, settings())
    assert app.kwargs["partitions"] == 1 and app.kwargs["use_partitioner"] is True
    assert app.kwargs["extra_topic_configs"]["cleanup.policy"] == "compact,delete"
    first = {"id": "a-1", "body": [WIRE]}
    assert state.assign(first) == "a-1"
    state.commit(first)
    copy = {"id": "a-2", "body": ["Reuters reports.", WIRE, "Copyright 2026."]}
    assert state.assign(copy) == "a-1"
    state.commit(copy)
    other = {"id": "a-3", "body": [OTHER]}
    assert state.assign(other) == "a-3"
    state.commit(other)
    assert [k for k, _ in state.table.changelog] == [b"a-1", b"a-2", b"a-3"]  # one write per article
    assert all(len(v) < 600 for _, v in state.table.changelog)
    assert len(state.table) == 0  # the index is the state: no second copy in the table's store


def test_another_workers_entries_arrive_through_the_changelog():
    mine, theirs = StoryState(_App(), settings()), StoryState(_App(), settings())
    first = {"id": "w-1", "body": [WIRE]}
    theirs.assign(first)
    theirs.commit(first)
    for key, value in theirs.table.changelog:  # what the changelog carries to every worker
        mine.apply(key, value)
    assert mine.assign({"id": "w-2", "body": ["Update:", WIRE]}) == "w-1"
    mine.apply(b"w-1", None)  # a tombstone forgets it
    assert "w-1" not in mine.index
    mine.apply(b"junk", b'{"sig": [1, 2], "story": "x", "ts": 0}')  # an old format is ignored, not fatal
    assert "junk" not in mine.index


def test_old_entries_are_forgotten_locally_and_replays_do_not_resurrect_them():
    state = StoryState(_App(), settings())
    for i, text in enumerate((WIRE, OTHER)):
        rec = {"id": f"a-{i}", "body": [text]}
        state.assign(rec)
        state.commit(rec)
    state.table[b"theirs"] = b"x"  # Faust applied another worker's write to the local store
    assert state.maybe_expire(time.time() + 120) == 0  # inside the window: nothing goes
    assert len(state.index) == 2 and len(state.table) == 0  # the store's copy goes, the index keeps all
    later = time.time() + state.window + 300
    assert state.maybe_expire(later) == 2
    assert len(state.index) == 0
    # A replayed changelog entry older than the window stays out.
    from newswire.clusters import Entry, encode_entry, signature

    state.apply(b"old", encode_entry(Entry("old", time.time() - state.window - 10, "old", signature(WIRE))))
    assert "old" not in state.index


def test_capacity_bounds_memory(monkeypatch):
    monkeypatch.setenv("NEWSWIRE_STORY_CAPACITY", "2")
    state = StoryState(_App(), settings())
    for i in range(4):
        rec = {"id": f"c-{i}", "body": [f"Article {i} " + " ".join(f"w{i}_{j}" for j in range(30))]}
        state.assign(rec)
        state.commit(rec)
    assert len(state.index) == 2 and sorted(e.article_id for e in state.index.entries()) == ["c-2", "c-3"]
    assert len(state.table) == 0
