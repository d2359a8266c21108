"""Delivery checker: compare what was produced with what came out, and say if anything was lost.

Ops code that reads Kafka (kafka-python), used by the fault tests, the benchmarks and by
hand after an incident. It reads ``news.raw`` (or takes the ids the producer had
acknowledged), every routed stream (``news.*`` topics named by the routing rules), the dead letters and the
intermediate streams, from a start snapshot of offsets to their current end, and
prints a verdict:

- produced: ids the producer had acknowledged (or the keys found on ``news.raw``);
- routed: produced ids found on at least one routed stream (unique);
- dead-lettered: produced ids found on ``news.deadletter``, by stage and reason;
- lost: produced ids neither routed nor dead-lettered (must be 0);
- incomplete: routed ids missing from a stream their own record lists in ``streams``;
- duplicates per stream, raw (extra records with an id already seen: what a naive
  consumer sees) and after a consumer deduplicates by Kafka key (must be 0 on the
  routed streams: it fails when a record's key is not its article id).

``python -m newswire.checker --help`` for the command line.
"""

from __future__ import annotations

import argparse
import base64
import json
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import orjson

RAW = "news.raw"
ARTICLES = "news.articles"
TEASERS = "news.teasers"
ENRICHED = "news.enriched"
DEADLETTER = "news.deadletter"
INTERMEDIATE = (ARTICLES, ENRICHED, TEASERS)
FIXED = (RAW, DEADLETTER, *INTERMEDIATE)


def is_routed(topic: str) -> bool:
    """Output streams are every ``news.*`` topic the routing rules name (news.topic.*,
    news.desk.*, news.alerts.*, ...): all but the fixed pipeline topics."""
    return topic.startswith("news.") and topic not in FIXED

Offsets = dict[tuple[str, int], int]


# ---------------------------------------------------------------- what was seen


@dataclass
class StreamStats:
    """Per-stream counts; ``ids`` counts records per article id, ``keys`` per Kafka key."""

    records: int = 0
    ids: Counter = field(default_factory=Counter)
    keyed: set = field(default_factory=set)  # (key, id) pairs, to dedup the way a consumer does

    def add(self, key: bytes | None, rid: str | None) -> None:
        self.records += 1
        if rid is not None:
            self.ids[rid] += 1
        self.keyed.add((key, rid))

    @property
    def unique(self) -> int:
        return len(self.ids)

    @property
    def dup_raw(self) -> int:
        return sum(n - 1 for n in self.ids.values() if n > 1)

    @property
    def dup_after_key_dedup(self) -> int:
        """Duplicate ids left once a consumer keeps one record per key: 0 unless key != id."""
        per_id = Counter(rid for _key, rid in self.keyed if rid is not None)
        return sum(n - 1 for n in per_id.values() if n > 1)


@dataclass
class Observed:
    streams: dict[str, StreamStats] = field(default_factory=lambda: defaultdict(StreamStats))
    raw_keys: set[str] = field(default_factory=set)
    # id -> the streams its routed record says it belongs to (union over copies)
    destinations: dict[str, set[str]] = field(default_factory=dict)
    dead: dict[str, list[tuple[str, str]]] = field(default_factory=lambda: defaultdict(list))
    dead_unattributed: Counter = field(default_factory=Counter)
    undecodable: Counter = field(default_factory=Counter)

    def routed_ids(self) -> set[str]:
        out: set[str] = set()
        for name, st in self.streams.items():
            if is_routed(name):
                out.update(st.ids)
        return out


def _text(b: bytes | None) -> str | None:
    return None if b is None else b.decode("utf-8", "replace")


def _dead_ids(rec: dict) -> set[str]:
    """Which produced ids a dead letter speaks for: its key, and the id inside the original."""
    ids = set()
    if rec.get("original_key"):
        ids.add(str(rec["original_key"]))
    try:
        orig = orjson.loads(base64.b64decode(rec.get("original_b64") or ""))
        if isinstance(orig, dict) and isinstance(orig.get("id"), str):
            ids.add(orig["id"])
    except (ValueError, TypeError):
        pass
    return ids


def observe(obs: Observed, topic: str, key: bytes | None, value: bytes | None) -> None:
    """Account for one consumed record."""
    if topic == RAW:
        if key is not None:
            obs.raw_keys.add(_text(key))
        return
    if topic in INTERMEDIATE:
        # the key is the record's id by contract (article id / teaser id): no need to parse
        obs.streams[topic].add(key, _text(key))
        return
    try:
        rec = orjson.loads(value or b"")
    except orjson.JSONDecodeError:
        obs.undecodable[topic] += 1
        return
    if not isinstance(rec, dict):
        obs.undecodable[topic] += 1
        return
    if topic == DEADLETTER:
        why = (str(rec.get("stage")), str(rec.get("reason")))
        ids = _dead_ids(rec)
        if not ids:
            obs.dead_unattributed[why] += 1
        for i in ids:
            obs.dead[i].append(why)
        return
    if is_routed(topic):
        rid = rec.get("id") if isinstance(rec.get("id"), str) else None
        obs.streams[topic].add(key, rid)
        if rid is not None:
            obs.destinations.setdefault(rid, set()).update(s for s in rec.get("streams") or [] if isinstance(s, str))


# ---------------------------------------------------------------- reading Kafka


def snapshot(bootstrap: str, topics: Iterable[str] | None = None) -> Offsets:
    """End offsets now: give this to :class:`Reader` to see only what a run adds."""
    from newswire.kafkautil import end_offsets

    return end_offsets(bootstrap, topics if topics is not None else _topics_now(bootstrap))


def _topics_now(bootstrap: str) -> list[str]:
    from newswire.kafkautil import admin

    client = admin(bootstrap)
    try:
        names = client.list_topics()
    finally:
        client.close()
    return sorted(n for n in names if n in (RAW, DEADLETTER, *INTERMEDIATE) or is_routed(n))


class Reader:
    """Reads the pipeline's topics from ``since`` (default: the beginning) and keeps count.

    Routed streams that appear later (a new rule) are picked up from their beginning.
    Survives a broker restart: kafka-python reconnects on its own.
    """

    def __init__(self, bootstrap: str, since: Offsets | None = None, *, read_raw: bool = True) -> None:
        from kafka import KafkaConsumer

        self.bootstrap = bootstrap
        self.since = dict(since or {})
        self.read_raw = read_raw
        self.obs = Observed()
        self.consumer = KafkaConsumer(
            bootstrap_servers=bootstrap, enable_auto_commit=False, client_id="newswire-checker",
            max_partition_fetch_bytes=16 * 1024 * 1024, fetch_max_bytes=64 * 1024 * 1024,
            max_poll_records=5000, request_timeout_ms=30_000,
        )
        self.assigned: set = set()
        self._refresh()

    def _refresh(self) -> None:
        from kafka import TopicPartition

        names = _topics_now(self.bootstrap)
        if not self.read_raw:
            names = [n for n in names if n != RAW]
        want = set()
        for name in names:
            for p in self.consumer.partitions_for_topic(name) or ():
                want.add(TopicPartition(name, p))
        new = want - self.assigned
        if not new:
            return
        self.assigned |= new
        self.consumer.assign(sorted(self.assigned))
        begins = self.consumer.beginning_offsets(list(new))
        for tp in new:
            self.consumer.seek(tp, max(begins[tp], self.since.get((tp.topic, tp.partition), 0)))

    def poll(self, timeout_ms: int = 300) -> int:
        n = 0
        for tp, msgs in self.consumer.poll(timeout_ms=timeout_ms).items():
            for m in msgs:
                observe(self.obs, tp.topic, m.key, m.value)
            n += len(msgs)
        return n

    def catch_up(self, timeout: float = 120.0) -> bool:
        """Read up to the end offsets as they are now; False if that took longer than ``timeout``."""
        self._refresh()
        tps = sorted(self.assigned)
        ends = self.consumer.end_offsets(tps)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if all(self.consumer.position(tp) >= ends[tp] for tp in tps):
                return True
            self.poll()
        return False

    def wait_for(self, produced: set[str], timeout: float, *, settle: float = 3.0,
                 alive: Any = None) -> bool:
        """Poll until every produced id is routed or dead-lettered (then read ``settle`` s more
        for late duplicates), or ``timeout``; ``alive()`` returning False stops early."""
        deadline = time.monotonic() + timeout
        last_refresh = 0.0
        while time.monotonic() < deadline:
            if time.monotonic() - last_refresh > 5:
                self._refresh()
                last_refresh = time.monotonic()
            self.poll()
            if not self.pending(produced):
                end = time.monotonic() + settle
                while time.monotonic() < end:
                    self.poll()
                self.catch_up(timeout=max(5.0, deadline - time.monotonic()))
                return True
            if alive is not None and not alive():
                return False
        return False

    def pending(self, produced: set[str]) -> set[str]:
        return produced - self.obs.routed_ids() - set(self.obs.dead)

    def verdict(self, produced: Iterable[str] | None = None) -> Verdict:
        return make_verdict(self.obs, set(produced) if produced is not None else None)

    def close(self) -> None:
        self.consumer.close()


# ---------------------------------------------------------------- the verdict


@dataclass
class Verdict:
    produced: int
    missing_from_raw: int
    routed: int
    deadlettered: int
    lost: int
    lost_sample: list[str]
    incomplete: int
    dead_by_reason: dict[str, int]
    dead_unattributed: int
    streams: dict[str, dict[str, int]]
    unexpected_routed: int

    @property
    def routed_dup_after_dedup(self) -> int:
        return sum(s["dup_after_key_dedup"] for n, s in self.streams.items() if is_routed(n))

    @property
    def routed_dup_raw(self) -> int:
        return sum(s["dup_raw"] for n, s in self.streams.items() if is_routed(n))

    @property
    def ok(self) -> bool:
        """Nothing acknowledged was lost, nothing half-routed, no duplicate left after dedup."""
        return (self.lost == 0 and self.missing_from_raw == 0 and self.incomplete == 0
                and self.routed_dup_after_dedup == 0)

    def as_dict(self) -> dict[str, Any]:
        d = dict(self.__dict__)
        d.update(ok=self.ok, routed_dup_raw=self.routed_dup_raw, routed_dup_after_dedup=self.routed_dup_after_dedup)
        return d

    def render(self) -> str:
        lines = [
            f"verdict: {'OK' if self.ok else 'FAIL'}",
            f"  produced (acknowledged): {self.produced}"
            + (f"   missing from news.raw: {self.missing_from_raw}" if self.missing_from_raw else ""),
            f"  routed (unique ids):     {self.routed}",
            f"  dead-lettered:           {self.deadlettered}",
            f"  lost:                    {self.lost}" + (f"  e.g. {', '.join(self.lost_sample)}" if self.lost else ""),
            f"  incomplete routing:      {self.incomplete}",
            f"  routed duplicates:       raw {self.routed_dup_raw}, after dedup by key {self.routed_dup_after_dedup}",
        ]
        if self.unexpected_routed:
            lines.append(f"  routed but not in the produced set (other runs, probes): {self.unexpected_routed}")
        if self.dead_by_reason or self.dead_unattributed:
            lines.append("  dead letters by stage/reason:")
            for k, v in sorted(self.dead_by_reason.items()):
                lines.append(f"    {k:<28} {v}")
            if self.dead_unattributed:
                lines.append(f"    (no key, no id)              {self.dead_unattributed}")
        lines.append(f"  {'stream':<32} {'records':>8} {'unique':>8} {'dup raw':>8} {'dup after dedup':>16}")
        for name, s in sorted(self.streams.items()):
            lines.append(f"  {name:<32} {s['records']:>8} {s['unique']:>8} {s['dup_raw']:>8} "
                         f"{s['dup_after_key_dedup']:>16}")
        return "\n".join(lines)


def make_verdict(obs: Observed, produced: set[str] | None = None) -> Verdict:
    """``produced``: the ids the producer had acknowledged; default: the keys seen on news.raw."""
    acked = set(produced) if produced is not None else set(obs.raw_keys)
    missing_raw = len(acked - obs.raw_keys) if produced is not None and obs.raw_keys else 0
    routed_all = obs.routed_ids()
    routed = acked & routed_all
    dead = acked & set(obs.dead)
    lost = sorted(acked - routed - dead)
    incomplete = 0
    for rid in routed:
        for dest in obs.destinations.get(rid, ()):
            if obs.streams[dest].ids.get(rid, 0) == 0:
                incomplete += 1
                break
    by_reason: Counter = Counter()
    for rid in dead:
        for stage, reason in set(obs.dead[rid]):
            by_reason[f"{stage}/{reason}"] += 1
    streams = {name: {"records": s.records, "unique": s.unique, "dup_raw": s.dup_raw,
                      "dup_after_key_dedup": s.dup_after_key_dedup}
               for name, s in obs.streams.items()}
    return Verdict(
        produced=len(acked), missing_from_raw=missing_raw, routed=len(routed), deadlettered=len(dead - routed),
        lost=len(lost), lost_sample=lost[:5], incomplete=incomplete, dead_by_reason=dict(by_reason),
        dead_unattributed=sum(obs.dead_unattributed.values()), streams=streams,
        unexpected_routed=len(routed_all - acked) if produced is not None else 0,
    )


def check(bootstrap: str, produced: Iterable[str] | None = None, *, since: Offsets | None = None,
          wait: float = 0.0, timeout: float = 300.0) -> Verdict:
    """Read everything since ``since`` (to the current end, or until all of ``produced`` came out
    within ``wait`` seconds) and return the verdict."""
    reader = Reader(bootstrap, since)
    try:
        reader.catch_up(timeout)
        ids = set(produced) if produced is not None else None
        if wait > 0:
            reader.wait_for(ids if ids is not None else set(reader.obs.raw_keys), wait)
        return reader.verdict(ids)
    finally:
        reader.close()


# ---------------------------------------------------------------- command line


def _load_offsets(path: str) -> Offsets:
    data = json.loads(Path(path).read_text())
    return {(t, int(p)): int(o) for t, parts in data.items() for p, o in parts.items()}


def _dump_offsets(offsets: Offsets) -> str:
    out: dict[str, dict[str, int]] = defaultdict(dict)
    for (t, p), o in sorted(offsets.items()):
        out[t][str(p)] = o
    return json.dumps(out, indent=1)


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="python -m newswire.checker",
        description="Compare what was produced to news.raw with what came out on the routed streams and "
                    "the dead letters: produced, routed, lost, duplicates per stream, dead letters by reason.")
    p.add_argument("--bootstrap", default=None, help="default: $KAFKA_BOOTSTRAP_SERVERS or 127.0.0.1:9092")
    p.add_argument("--snapshot", metavar="FILE", help="write the current end offsets to FILE and exit "
                   "(take one before a run, pass it to --since after)")
    p.add_argument("--since", metavar="FILE", help="read only records after these offsets (from --snapshot)")
    p.add_argument("--produced", metavar="FILE", help="ids the producer had acknowledged, one a line "
                   "(default: the keys on news.raw)")
    p.add_argument("--wait", type=float, default=0.0, help="wait up to this many seconds for every id to come out")
    p.add_argument("--json", action="store_true", help="print the verdict as JSON")
    return p


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    from newswire.config import settings

    bootstrap = args.bootstrap or settings().bootstrap
    if args.snapshot:
        Path(args.snapshot).write_text(_dump_offsets(snapshot(bootstrap)))
        print(f"offsets written to {args.snapshot}")
        return 0
    since = _load_offsets(args.since) if args.since else None
    produced = None
    if args.produced:
        produced = [ln.strip() for ln in Path(args.produced).read_text().splitlines() if ln.strip()]
    v = check(bootstrap, produced, since=since, wait=args.wait)
    print(json.dumps(v.as_dict(), indent=1) if args.json else v.render())
    return 0 if v.ok else 1


if __name__ == "__main__":
    sys.exit(main())
