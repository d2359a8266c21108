"""Story clusters: near-duplicate articles (republished wire copy) share a ``story_id``.

Why MinHash + LSH over word shingles: wire copy is republished with a new intro, an
outro or a few edits; the word 5-shingle sets then still overlap heavily (Jaccard well
above 0.5) while two different stories on the same subject share almost none. MinHash
estimates Jaccard from 128 numbers; banding (32 bands x 4 rows) turns "similar
signatures" into "same bucket key", so a lookup costs 32 key reads instead of a scan.

State lives outside (a Faust table in the route agent), so everything stored is a plain
JSON-able value under a string key:

* ``b:<band key>`` -> ``[[article_id, ts], ...]`` (newest last, capped)
* ``d:<article_id>`` -> ``{"sig": [...], "story": story_id, "ts": ts}``

Entries older than the window are ignored on read and can be deleted with
:meth:`StoryIndex.expired_keys`. Everything is deterministic (fixed seed, blake2b), so
signatures computed before a restart or on another worker agree.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

import numpy as np

NUM_PERM = 128
BANDS = 32
SHINGLE = 5
SEED = 20240605
_MERSENNE = np.uint64((1 << 61) - 1)
_MASK32 = np.uint64(0xFFFFFFFF)
_WORD = re.compile(r"\w+", re.UNICODE)
_BUCKET_CAP = 64


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


def _hash32(items: Iterable[str]) -> np.ndarray:
    return np.fromiter(
        (int.from_bytes(hashlib.blake2b(s.encode("utf-8"), digest_size=4).digest(), "little") for s in items),
        dtype=np.uint64,
    )


def signature(text: str, num_perm: int = NUM_PERM, k: int = SHINGLE) -> list[int]:
    """MinHash signature (``num_perm`` 32-bit ints); empty text gives all 2**32-1."""
    a, b = (_A, _B) if num_perm == NUM_PERM else _perms(num_perm)
    sh = shingles(text, k)
    if not sh:
        return [int(_MASK32)] * num_perm
    x = _hash32(sh)
    # (a*x + b) < 2**63: no uint64 overflow; mod a Mersenne prime, then keep 32 bits.
    h = ((a[:, None] * x[None, :] + b[:, None]) % _MERSENNE) & _MASK32
    return [int(v) for v in h.min(axis=1)]


def band_keys(sig: list[int], bands: int = BANDS) -> list[str]:
    """One key per band: ``<band>:<hash of the band's rows>``."""
    if len(sig) % bands:
        raise ValueError(f"signature length {len(sig)} is not a multiple of {bands} bands")
    rows = len(sig) // bands
    keys = []
    for i in range(bands):
        chunk = ",".join(str(v) for v in sig[i * rows : (i + 1) * rows])
        keys.append(f"{i}:{hashlib.blake2b(chunk.encode(), digest_size=8).hexdigest()}")
    return keys


def jaccard_estimate(s1: list[int], s2: list[int]) -> float:
    if len(s1) != len(s2) or not s1:
        return 0.0
    return float(np.mean(np.asarray(s1) == np.asarray(s2)))


@dataclass(frozen=True)
class Assignment:
    story_id: str
    similarity: float  # Jaccard estimate to the matched article, 1.0 for a new story
    matched_id: str | None  # the earlier article it was matched with
    duplicate: bool  # this article id was already seen: do not route it again


class StoryIndex:
    """Assigns story ids with state in an external key-value store (get/put/delete)."""

    def __init__(
        self,
        get: Callable[[str], Any],
        put: Callable[[str, Any], None],
        threshold: float = 0.5,
        window_seconds: float = 48 * 3600,
        num_perm: int = NUM_PERM,
        bands: int = BANDS,
    ) -> None:
        if num_perm % bands:
            raise ValueError("num_perm must be a multiple of bands")
        self.get, self.put = get, put
        self.threshold = threshold
        self.window = window_seconds
        self.num_perm, self.bands = num_perm, bands

    @classmethod
    def in_memory(cls, store: dict[str, Any] | None = None, **kw: Any) -> StoryIndex:
        """An index over a plain dict (tests, the CLI, single-process use)."""
        d: dict[str, Any] = {} if store is None else store
        idx = cls(d.get, d.__setitem__, **kw)
        idx.store = d  # type: ignore[attr-defined]
        return idx

    def assign(self, article_id: str, text: str, ts: float) -> Assignment:
        """Story id for the article; stores its signature and bucket entries."""
        seen = self.get(f"d:{article_id}")
        if seen is not None:
            return Assignment(seen["story"], 1.0, article_id, True)
        sig = signature(text, self.num_perm)
        empty = not shingles(text)
        keys = [] if empty else band_keys(sig, self.bands)
        best_id, best_sim, best_story = None, 0.0, None
        checked: set[str] = set()
        for key in keys:
            for cand_id, cand_ts in self.get(f"b:{key}") or []:
                if cand_id in checked or cand_id == article_id:
                    continue
                checked.add(cand_id)
                if abs(ts - cand_ts) > self.window:
                    continue
                doc = self.get(f"d:{cand_id}")
                if doc is None:
                    continue
                sim = jaccard_estimate(sig, doc["sig"])
                # Buckets list older articles first; ">" keeps the earlier one on a tie.
                if sim > best_sim:
                    best_id, best_sim, best_story = cand_id, sim, doc["story"]
        if best_id is not None and best_sim >= self.threshold:
            story, matched, sim = str(best_story), best_id, best_sim
        else:
            story, matched, sim = article_id, None, 1.0
        self.put(f"d:{article_id}", {"sig": sig, "story": story, "ts": ts})
        for key in keys:
            bucket = [e for e in (self.get(f"b:{key}") or []) if ts - e[1] <= self.window]
            bucket.append([article_id, ts])
            self.put(f"b:{key}", bucket[-_BUCKET_CAP:])
        return Assignment(story, sim, matched, False)

    def expired_keys(self, items: Iterable[tuple[str, Any]], now: float) -> list[str]:
        """Keys whose entries are all older than the window (the caller deletes them)."""
        out = []
        for key, value in items:
            if key.startswith("d:") and isinstance(value, dict):
                if now - float(value.get("ts", 0)) > self.window:
                    out.append(key)
            elif (
                key.startswith("b:")
                and isinstance(value, list)
                and all(now - e[1] > self.window for e in value)
            ):
                out.append(key)
        return out
