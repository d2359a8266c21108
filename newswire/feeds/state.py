"""What the feeds engine remembers across restarts: validators, schedule, seen items.

A local SQLite file (WAL) rather than a compacted topic: the engine must keep its
manners (conditional GET, Retry-After, backoff) even when Kafka is down, and a
restart must not replay every item of every feed.
"""

from __future__ import annotations

import os
import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path

SCHEMA = """
CREATE TABLE IF NOT EXISTS feeds (
    url TEXT PRIMARY KEY,
    etag TEXT,
    last_modified TEXT,
    failures INTEGER NOT NULL DEFAULT 0,
    next_due REAL NOT NULL DEFAULT 0,
    last_success REAL,
    last_outcome TEXT
);
CREATE TABLE IF NOT EXISTS items (
    key TEXT PRIMARY KEY,
    hash TEXT NOT NULL,
    revision INTEGER NOT NULL DEFAULT 0,
    feed_url TEXT,
    first_seen REAL NOT NULL,
    last_seen REAL NOT NULL
);
CREATE INDEX IF NOT EXISTS items_last_seen ON items(last_seen);
"""


def default_state_path() -> Path:
    base = os.environ.get("NEWSWIRE_STATE_DIR")
    d = Path(base) if base else Path.home() / ".cache" / "newswire"
    return d / "feeds.sqlite"


@dataclass
class FeedState:
    etag: str | None = None
    last_modified: str | None = None
    failures: int = 0
    next_due: float = 0.0
    last_success: float | None = None
    last_outcome: str | None = None


class StateStore:
    """Single-writer store, used from the event-loop thread only (calls are sub-millisecond)."""

    def __init__(self, path: str | Path | None = None) -> None:
        if path is None:
            path = default_state_path()
        if str(path) != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        self.path = str(path)
        self.db = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
        if self.path != ":memory:":
            self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA synchronous=NORMAL")
        self.db.executescript(SCHEMA)

    def close(self) -> None:
        self.db.close()

    def get_feed(self, url: str) -> FeedState:
        row = self.db.execute(
            "SELECT etag, last_modified, failures, next_due, last_success, last_outcome FROM feeds WHERE url=?",
            (url,),
        ).fetchone()
        return FeedState(*row) if row else FeedState()

    def put_feed(self, url: str, st: FeedState) -> None:
        self.db.execute(
            "INSERT INTO feeds(url, etag, last_modified, failures, next_due, last_success, last_outcome)"
            " VALUES(?,?,?,?,?,?,?) ON CONFLICT(url) DO UPDATE SET etag=excluded.etag,"
            " last_modified=excluded.last_modified, failures=excluded.failures, next_due=excluded.next_due,"
            " last_success=excluded.last_success, last_outcome=excluded.last_outcome",
            (url, st.etag, st.last_modified, st.failures, st.next_due, st.last_success, st.last_outcome),
        )

    def classify(self, key: str, content_hash: str) -> tuple[str, int]:
        """("new", 0), ("duplicate", rev) or ("update", rev + 1); nothing is written."""
        row = self.db.execute("SELECT hash, revision FROM items WHERE key=?", (key,)).fetchone()
        if row is None:
            return "new", 0
        if row[0] == content_hash:
            return "duplicate", int(row[1])
        return "update", int(row[1]) + 1

    def remember(self, key: str, content_hash: str, revision: int, feed_url: str, now: float | None = None) -> None:
        """Mark an item delivered (called only after the sink accepted it)."""
        now = time.time() if now is None else now
        self.db.execute(
            "INSERT INTO items(key, hash, revision, feed_url, first_seen, last_seen) VALUES(?,?,?,?,?,?)"
            " ON CONFLICT(key) DO UPDATE SET hash=excluded.hash, revision=excluded.revision,"
            " last_seen=excluded.last_seen",
            (key, content_hash, revision, feed_url, now, now),
        )

    def touch(self, keys: list[str], now: float | None = None) -> None:
        """Keep items still in a feed from being pruned."""
        now = time.time() if now is None else now
        self.db.executemany("UPDATE items SET last_seen=? WHERE key=?", [(now, k) for k in keys])

    def prune(self, older_than: float = 90 * 86400.0, now: float | None = None) -> int:
        """Forget items not seen in a feed for ``older_than`` seconds; returns how many."""
        now = time.time() if now is None else now
        cur = self.db.execute("DELETE FROM items WHERE last_seen < ?", (now - older_than,))
        return cur.rowcount
