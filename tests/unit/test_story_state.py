"""The worker's story-cluster state: near-duplicates share a story, old entries expire."""

from __future__ import annotations

import time

from newswire.agents.app import StoryState
from newswire.config import settings


class _App:
    """Just enough of a Faust app: a GlobalTable is a mapping of bytes to bytes."""

    def GlobalTable(self, *_a, **_k):  # noqa: N802 - Faust's name
        return {}


WIRE = ("The European Central Bank raised its main interest rate by a quarter point on Thursday, saying that "
        "inflation in the euro zone had stayed above its target for longer than expected and that wage growth "
        "remained strong across the largest member states, including Germany, France and Italy. ") * 3


def test_republished_copy_joins_the_story_and_old_entries_expire():
    state = StoryState(_App(), settings())
    first = {"id": "a-1", "body": [WIRE]}
    state.assign(first)
    state.commit(first)
    copy = {"id": "a-2", "body": ["Reuters reports.", WIRE, "Copyright 2026."]}
    assert state.assign(copy) == "a-1"
    state.commit(copy)
    other = {"id": "a-3", "body": ["A football club in Leeds signed a new goalkeeper from Norway on a three year "
                                   "contract, the manager told reporters after training on Friday morning."]}
    assert state.assign(other) == "a-3"
    state.commit(other)
    entries = len(state.table)
    assert entries > 0
    assert state.maybe_expire(time.time() + 120) == 0  # inside the window: nothing goes
    assert len(state.table) == entries
    assert state.maybe_expire(time.time() + state.window + 300) == entries
    assert len(state.table) == 0
