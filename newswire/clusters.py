"""Story clusters: near-duplicate articles (republished wire copy) share a ``story_id``.

Why MinHash over word shingles: wire copy is republished with a new intro, an outro or a
few edits; the word 5-shingle sets then still overlap heavily (Jaccard well above 0.5)
while two different stories on the same subject share almost none. MinHash estimates
Jaccard from 128 numbers per article.

Why a flat matrix and not LSH buckets: the index holds at most ``capacity`` articles
(a time window, bounded), one 512-byte signature row each, with no per-bucket state to
store, replicate or expire (buckets kept in a Faust table cost 32 changelog writes per
article and most of the worker's memory). A lookup first compares 16 of the 128 values
of every row (a contiguous copy, one vectorised pass), then all 128 only for the rows
sharing at least 3 of them: a row at the 0.5 threshold is skipped with probability
~0.1 %, one at 0.6 with < 0.01 %; comparing every row on all values cost ~4 ms per
article at 30,000 rows, the prefilter ~0.5 ms (bench/bench_stories.py).

Each entry travels as compact bytes (:func:`encode_entry`): the worker keeps one table
entry per article, and every worker rebuilds the same index from the changelog.
Everything is deterministic (fixed seed, blake2b), so signatures computed before a
restart or on another worker agree.
"""

from __future__ import annotations

import hashlib
import re
import struct
import threading
from collections.abc import Iterator
from dataclasses import dataclass

import numpy as np

NUM_PERM = 128
SHINGLE = 5
SEED = 20240605
DEFAULT_CAPACITY = 50_000
PRE_HASHES, PRE_MIN = 16, 3  # lookup prefilter (see StoryIndex.lookup)
_BYTE_SUM, _TOP_BYTE = np.uint64(0x0101010101010101), np.uint64(56)
assert PRE_HASHES == 16, "the prefilter's byte count reads the equality flags as two 64-bit words"
_MERSENNE = np.uint64((1 << 61) - 1)
_MASK32 = np.uint64(0xFFFFFFFF)
_WORD = re.compile(r"\w+", re.UNICODE)
_HEAD = struct.Struct("<dH")  # ts, len(story id)


def _perms(num_perm: int, seed: int = SEED) -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.RandomState(seed)
    a = rng.randint(1, 1 << 31, size=num_perm, dtype=np.int64).astype(np.uint64)
    b = rng.randint(0, 1 << 31, size=num_perm, dtype=np.int64).astype(np.uint64)
    return a, b


_A, _B = _perms(NUM_PERM)


def shingles(text: str, k: int = SHINGLE) -> set[str]:
    """Lowercased word k-shingles; a text shorter than k words is one shingle."""
    words = _WORD.findall(text.lower())
    if not words:
        return set()
    if len(words) <= k:
        return {" ".join(words)}
    return {" ".join(words[i : i + k]) for i in range(len(words) - k + 1)}


def _hash32(items: set[str]) -> np.ndarray:
    return np.fromiter(
        (int.from_bytes(hashlib.blake2b(s.encode("utf-8"), digest_size=4).digest(), "little") for s in items),
        dtype=np.uint64,
        count=len(items),
    )


def signature(text: str) -> np.ndarray:
    """MinHash signature: ``NUM_PERM`` uint32; all ones for a text without words."""
    sh = shingles(text)
    if not sh:
        return np.full(NUM_PERM, 0xFFFFFFFF, dtype=np.uint32)
    x = _hash32(sh)
    # (a*x + b) < 2**63: no uint64 overflow; mod a Mersenne prime, then keep 32 bits.
    h = ((_A[:, None] * x[None, :] + _B[:, None]) % _MERSENNE) & _MASK32
    return h.min(axis=1).astype(np.uint32)


def jaccard_estimate(s1: np.ndarray, s2: np.ndarray) -> float:
    s1, s2 = np.asarray(s1), np.asarray(s2)
    if s1.shape != s2.shape or not s1.size:
        return 0.0
    return float(np.mean(s1 == s2))


@dataclass(frozen=True)
class Entry:
    """What the index keeps per article (and what the table stores, as bytes)."""

    article_id: str
    ts: float
    story_id: str
    sig: np.ndarray  # NUM_PERM uint32; all ones = no text, never matches


def encode_entry(e: Entry) -> bytes:
    story = e.story_id.encode("utf-8")
    return _HEAD.pack(e.ts, len(story)) + story + np.asarray(e.sig, dtype="<u4").tobytes()


def decode_entry(article_id: str, raw: bytes) -> Entry:
    """Inverse of :func:`encode_entry`; ``ValueError`` on anything else (old formats, junk)."""
    if not isinstance(raw, bytes | bytearray | memoryview) or len(raw) < _HEAD.size:
        raise ValueError("not a story entry")
    ts, n = _HEAD.unpack_from(raw)
    body = bytes(raw[_HEAD.size :])
    if len(body) != n + 4 * NUM_PERM or not np.isfinite(ts):
        raise ValueError("not a story entry")
    story = body[:n].decode("utf-8")
    sig = np.frombuffer(body[n:], dtype="<u4").astype(np.uint32)
    return Entry(article_id, float(ts), story, sig)


@dataclass(frozen=True)
class Assignment:
    story_id: str
    similarity: float  # Jaccard estimate to the matched article, 1.0 for a new story
    matched_id: str | None  # the earlier article it was matched with
    duplicate: bool  # this article id was already seen: do not route it again
    entry: Entry | None = None  # the new entry to store (None for a duplicate)


class StoryIndex:
    """Near-duplicate index over a time window, bounded to ``capacity`` articles.

    Thread-safe: the worker looks up in an executor thread while the event loop adds
    entries arriving from other workers through the changelog.
    """

    def __init__(self, threshold: float = 0.5, window_seconds: float = 48 * 3600,
                 capacity: int = DEFAULT_CAPACITY) -> None:
        if capacity < 1:
            raise ValueError("capacity must be at least 1")
        self.threshold, self.window, self.capacity = threshold, window_seconds, capacity
        self._lock = threading.RLock()
        size = min(capacity, 1024)
        self._sigs = np.empty((size, NUM_PERM), dtype=np.uint32)
        self._pre = np.empty((size, PRE_HASHES), dtype=np.uint32)  # the prefilter's hashes, contiguous
        self._ts = np.full(size, -np.inf)  # -inf: a free row
        self._ids: list[str | None] = [None] * size
        self._story: list[str] = [""] * size
        self._row: dict[str, int] = {}
        self._free: list[int] = list(range(size - 1, -1, -1))

    def __len__(self) -> int:
        return len(self._row)

    def __contains__(self, article_id: object) -> bool:
        return article_id in self._row

    def entries(self) -> Iterator[Entry]:
        with self._lock:
            rows = sorted(self._row.items(), key=lambda kv: self._ts[kv[1]])
            out = [Entry(a, float(self._ts[r]), self._story[r], self._sigs[r].copy()) for a, r in rows]
        return iter(out)

    # -- reading ---------------------------------------------------------------------

    def lookup(self, article_id: str, text: str, ts: float) -> Assignment:
        """Story for an article, without storing it (``Assignment.entry`` is what to store)."""
        with self._lock:
            row = self._row.get(article_id)
            if row is not None:
                return Assignment(self._story[row], 1.0, article_id, True)
        sig = signature(text)
        if bool((sig == 0xFFFFFFFF).all()):  # no words: its own story, and never a match for others
            return Assignment(article_id, 1.0, None, False, Entry(article_id, ts, article_id, sig))
        with self._lock:
            # Prefilter on the first PRE_HASHES hashes (one cache line per row instead of eight): a row whose
            # full estimate reaches the 0.5 threshold (64 of 128 equal) shares fewer than PRE_MIN of the first 16
            # with probability ~0.1 % (at 0.6: < 0.01 %); only the rows that pass are compared on all NUM_PERM.
            # A full scan grew to ~4 ms per article at 30,000 entries; this stays under 0.6 ms (bench/bench_stories.py).
            n = len(self._ids)
            head = sig[:PRE_HASHES]
            parts = []
            for start in range(0, n, 65536):  # bounded temporaries
                stop = min(n, start + 65536)
                # count equal hashes per row: the 16 equality bytes of a row read as two 64-bit words, added
                # (each byte 0-2), and a multiply by 0x0101... sums the bytes into the top one (numpy's sum over
                # a short axis is several times slower)
                eq = (self._pre[start:stop] == head).view(np.uint64)
                hits = ((eq[:, 0] + eq[:, 1]) * _BYTE_SUM) >> _TOP_BYTE
                parts.append(np.flatnonzero(hits >= PRE_MIN) + start)
            cand = np.concatenate(parts) if parts else np.empty(0, dtype=np.intp)
            if cand.size:
                t_c = self._ts[cand]  # free rows are -inf: never live, even with an infinite window
                cand = cand[(t_c > -np.inf) & (np.abs(t_c - ts) <= self.window)]
            best, best_sim, best_ts = None, 0.0, np.inf
            for start in range(0, cand.size, 8192):  # bounded temporaries, even when every row is a candidate
                rows = cand[start : start + 8192]
                sims = (self._sigs[rows] == sig).mean(axis=1)
                s = float(sims.max())
                if s <= 0.0:
                    continue
                tied = rows[sims == s]
                j = int(tied[np.argmin(self._ts[tied])])
                if s > best_sim or (s == best_sim and self._ts[j] < best_ts):  # on a tie the earlier article wins
                    best, best_sim, best_ts = j, s, float(self._ts[j])
            if best is not None and best_sim >= self.threshold:
                story, matched, sim = self._story[best], self._ids[best], best_sim
            else:
                story, matched, sim = article_id, None, 1.0
        return Assignment(story, sim, matched, False, Entry(article_id, ts, story, sig))

    # -- writing ---------------------------------------------------------------------

    def add(self, e: Entry) -> bool:
        """Store an entry (idempotent by article id); evicts the oldest when full."""
        with self._lock:
            if e.article_id in self._row:
                return False
            if len(self._row) >= self.capacity:  # full: every row is live, drop the oldest
                oldest = self._ids[int(np.argmin(self._ts))]
                if oldest is not None:
                    self.remove(oldest)
            if not self._free:
                self._grow()
            row = self._free.pop()
            self._sigs[row] = e.sig
            self._pre[row] = e.sig[:PRE_HASHES]
            self._ts[row] = e.ts
            self._ids[row], self._story[row] = e.article_id, e.story_id
            self._row[e.article_id] = row
            return True

    def remove(self, article_id: str) -> bool:
        with self._lock:
            row = self._row.pop(article_id, None)
            if row is None:
                return False
            self._ts[row] = -np.inf
            self._ids[row], self._story[row] = None, ""
            self._free.append(row)
            return True

    def assign(self, article_id: str, text: str, ts: float) -> Assignment:
        """Look up and store in one step (single-process use: tests, the CLI, benches)."""
        with self._lock:
            a = self.lookup(article_id, text, ts)
            if a.entry is not None:
                self.add(a.entry)
            return a

    def expired(self, now: float) -> list[str]:
        """Article ids older than the window (the caller forgets them)."""
        with self._lock:
            n = len(self._ids)
            rows = np.flatnonzero((self._ts[:n] > -np.inf) & (now - self._ts[:n] > self.window))
            return [self._ids[r] for r in rows if self._ids[r] is not None]  # type: ignore[misc]

    def _grow(self) -> None:
        n = len(self._ids)
        m = min(self.capacity, max(n * 2, 1024))
        if m <= n:  # full and at capacity: add() evicts first, so this is a bug
            raise RuntimeError("story index is full")
        self._sigs = np.concatenate([self._sigs, np.empty((m - n, NUM_PERM), dtype=np.uint32)])
        self._pre = np.concatenate([self._pre, np.empty((m - n, PRE_HASHES), dtype=np.uint32)])
        self._ts = np.concatenate([self._ts, np.full(m - n, -np.inf)])
        self._ids.extend([None] * (m - n))
        self._story.extend([""] * (m - n))
        self._free.extend(range(m - 1, n - 1, -1))
