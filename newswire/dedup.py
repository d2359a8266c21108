"""Which routed article ids to forget: a time window and a capacity per partition.

The route agent remembers every article id it routed (a Faust table, so that a replay after a
restart is not routed twice). Left alone that table grows with every article for as long as
the worker runs; this bookkeeping says which ids have aged out, in the order they were
written, so the agent can delete them (a tombstone on the changelog partition they were
written to). Kafka-free, so the rule is tested on its own.
"""

from __future__ import annotations

import math
from collections import deque


class SeenIds:
    """Ids in write order per partition; ``expired`` pops those older than the window or over the cap.

    An id written twice (a replay that came back after its first entry expired, or a changelog
    not yet compacted during recovery) has two entries here; the caller deletes an id only if
    the table still holds the timestamp being expired, so the newer write survives.

    Partitions this worker only reads (standby replicas of another worker's changelog, or ones it
    lost in a rebalance) are never expired here, since their owner writes the tombstones; their
    entries are capped at twice the per-partition capacity, oldest dropped, so they stay bounded.
    """

    def __init__(self, window_seconds: float, per_partition: int) -> None:
        if not window_seconds > 0 or per_partition <= 0:
            raise ValueError(f"the dedup window and per-partition cap must be positive (got {window_seconds} s and "
                             f"{per_partition}: NEWSWIRE_DEDUP_HOURS, NEWSWIRE_DEDUP_PER_PARTITION)")
        self.window = window_seconds
        self.per_partition = per_partition
        self._order: dict[int, deque[tuple[float, bytes]]] = {}

    def add(self, partition: int, key: bytes, ts: float) -> None:
        """Record a write (live, or replayed from the changelog at recovery or by a standby)."""
        q = self._order.get(partition)
        if q is None:
            q = self._order[partition] = deque(maxlen=2 * self.per_partition)
        q.append((ts, key))

    def expired(self, partition: int, now: float, limit: int = 2000) -> list[tuple[bytes, float]]:
        """Pop up to ``limit`` entries of ``partition`` that are too old or over the capacity.

        The limit keeps one call short on the event loop; what is left goes on the next batch.
        """
        q = self._order.get(partition)
        out: list[tuple[bytes, float]] = []
        if not q:
            return out
        cutoff = now - self.window
        while q and len(out) < limit and (len(q) > self.per_partition or q[0][0] < cutoff):
            ts, key = q.popleft()
            out.append((key, ts))
        return out

    def __len__(self) -> int:
        return sum(map(len, self._order.values()))


def parse_ts(value: bytes | None) -> float | None:
    """The table's value is the routing time as text (``b"1764550000.25"``); None if unreadable.

    Not-a-number and infinities are unreadable too: a NaN at the head of a partition's queue
    would never compare as old and would hold every later id back from expiring.
    """
    if value is None:
        return None
    try:
        ts = float(value)
    except ValueError:
        return None
    return ts if math.isfinite(ts) else None
