"""``newswire run``: the whole pipeline on your machine, in one command.

Starts a local broker if none is reachable, starts a worker process, produces the
pages (default: ``seeds/``), waits until every article is routed, prints where each
went and what was found, then stops what it started.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("paths", nargs="*", help="pages to send (default: seeds/ — text, HTML or JSON lines)")
    p.add_argument("--bootstrap", default=None, help="use this broker (default: $KAFKA_BOOTSTRAP_SERVERS, "
                   "else a local one is started)")
    p.add_argument("--timeout", type=float, default=180.0, help="seconds to wait for every article (default 180)")
    p.add_argument("--keep", action="store_true", help="leave the broker and worker running afterwards")
    p.add_argument("--json", action="store_true", help="print the routed records as JSON lines instead")


def seed_pages(folder: Path = SEEDS) -> list[str]:
    """The sample pages in seeds/ (the feed lists beside them are configuration, not pages)."""
    return [str(p) for p in sorted(folder.iterdir()) if p.is_file() and not p.name.startswith(("feeds.", "."))
            and p.suffix in (".txt", ".html", ".htm", ".jsonl")]


def _say(msg: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {msg}", file=sys.stderr, flush=True)


def main(args: argparse.Namespace) -> int:
    from newswire.broker import BrokerError, ensure_broker
    from newswire.config import settings
    from newswire.kafkautil import ensure_topics
    from newswire.producer import ProducerError, RawProducer, records_from_paths

    t0 = time.monotonic()
    paths = args.paths or seed_pages()
    if not paths:
        print("newswire run: nothing to send (no files in seeds/)", file=sys.stderr)
        return 2
    records = list(records_from_paths(paths))
    try:
        bootstrap, broker = ensure_broker(args.bootstrap or os.environ.get("KAFKA_BOOTSTRAP_SERVERS"),
                                          start_if_missing=True, progress=_say)
    except BrokerError as exc:
        print(f"newswire run: {exc}", file=sys.stderr)
        return 1
    _say(f"broker {bootstrap}" + (" (started for this run)" if broker else " (already running)"))
    worker = None
    try:
        from newswire.routing import load_rules

        streams = sorted(load_rules(settings().routing_rules or None).streams())
        ensure_topics(bootstrap, streams)
        outputs = [s for s in streams] + ["news.teasers", "news.deadletter", "news.topic.other"]
        watcher = Watcher(bootstrap, sorted(set(outputs)))
        earlier = watcher.already_routed({r["id"] for r in records})
        worker, log_path = start_worker(bootstrap)
        _say(f"worker pid {worker.pid} started (log: {log_path})")
        with RawProducer(bootstrap) as prod:
            for rec in records:
                prod.send_record(rec)
            sent = prod.flush()
        _say(f"sent {sent} page(s) to news.raw")
        wanted = {r["id"] for r in records} - set(earlier)
        if earlier:
            _say(f"{len(earlier)} page(s) were routed by an earlier run; duplicates are not routed twice")
        found = watcher.wait(wanted, args.timeout, worker)
        found.update(earlier)
        missing = [r["id"] for r in records if r["id"] not in found]
        report(records, found, watcher.teasers, as_json=args.json)
        if missing:
            _say(f"{len(missing)} page(s) did not come out within {args.timeout:.0f}s: {', '.join(missing)}; "
                 f"see {log_path}")
            return 1
        _say(f"done in {time.monotonic() - t0:.1f}s")
        return 0
    except (ProducerError, BrokerError, OSError) as exc:
        print(f"newswire run: {exc}", file=sys.stderr)
        return 1
    finally:
        if not args.keep:
            if worker is not None:
                stop_process(worker)
                _say("worker stopped")
            if broker is not None:
                broker.stop()
                _say("broker stopped")


def start_worker(bootstrap: str, *, extra_env: dict[str, str] | None = None,
                 log_path: Path | None = None) -> tuple[subprocess.Popen, Path]:
    """A real ``newswire worker`` process; its log goes to a file."""
    from newswire.config import settings

    log_dir = settings().home / "run"
    log_dir.mkdir(parents=True, exist_ok=True)
    log_path = log_path or log_dir / f"worker-{int(time.time())}.log"
    env = {**os.environ, "KAFKA_BOOTSTRAP_SERVERS": bootstrap, "NEWSWIRE_METRICS_PORT":
           os.environ.get("NEWSWIRE_METRICS_PORT", "9464"), **(extra_env or {})}
    with open(log_path, "ab") as log:
        proc = subprocess.Popen([sys.executable, "-m", "newswire.cli", "worker"], stdout=log,
                                stderr=subprocess.STDOUT, env=env, start_new_session=True)
    return proc, log_path


def stop_process(proc: subprocess.Popen, timeout: float = 20.0) -> None:
    if proc.poll() is not None:
        return
    proc.terminate()
    try:
        proc.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait(timeout=5)


class Watcher:
    """Reads the output streams from where they are now, collecting records by article id."""

    def __init__(self, bootstrap: str, topics: list[str]) -> None:
        from kafka import KafkaConsumer, TopicPartition

        self.consumer = KafkaConsumer(bootstrap_servers=bootstrap, enable_auto_commit=False,
                                      client_id="newswire-run", max_partition_fetch_bytes=16 * 1024 * 1024)
        self.tps = [TopicPartition(t, p) for t in topics for p in sorted(self.consumer.partitions_for_topic(t) or [])]
        self.consumer.assign(self.tps)
        self.ends = self.consumer.end_offsets(self.tps)
        self.routed: dict[str, dict] = {}
        self.teasers: dict[str, dict[str, dict]] = {}
        self.dead: list[dict] = []

    def already_routed(self, ids: set[str], lookback: int = 5000) -> dict[str, dict]:
        """Records of these ids routed before this run (the worker will not route them twice)."""
        begins = self.consumer.beginning_offsets(self.tps)
        for tp in self.tps:
            self.consumer.seek(tp, max(begins[tp], self.ends[tp] - lookback))
        self._drain_until(self.ends, ids, deadline=time.monotonic() + 30)
        earlier = {i: r for i, r in self.routed.items() if i in ids}
        for tp in self.tps:
            self.consumer.seek(tp, self.ends[tp])
        self.routed = dict(earlier)
        self.teasers = {i: t for i, t in self.teasers.items() if i in earlier}
        return earlier

    def _drain_until(self, ends, ids, deadline) -> None:
        pending = {tp for tp in self.tps if self.consumer.position(tp) < ends[tp]}
        while pending and time.monotonic() < deadline:
            self._poll(ids)
            pending = {tp for tp in pending if self.consumer.position(tp) < ends[tp]}

    def _poll(self, ids: set[str]) -> None:
        import orjson

        for tp, msgs in self.consumer.poll(timeout_ms=300).items():
            for m in msgs:
                try:
                    rec = orjson.loads(m.value)
                except orjson.JSONDecodeError:
                    continue
                if tp.topic == "news.teasers":
                    if rec.get("parent_id") in ids:  # keyed by teaser id: a replay replaces, never doubles
                        self.teasers.setdefault(rec["parent_id"], {})[rec["id"]] = rec
                elif tp.topic == "news.deadletter":
                    self.dead.append(rec)
                elif rec.get("id") in ids:
                    self.routed[rec["id"]] = rec

    def wait(self, ids: set[str], timeout: float, worker: subprocess.Popen | None = None) -> dict[str, dict]:
        deadline = time.monotonic() + timeout
        last = -1
        while time.monotonic() < deadline:
            self._poll(ids)
            done = ids & set(self.routed)
            if len(done) != last:
                last = len(done)
                _say(f"routed {len(done)}/{len(ids)}")
            if done == ids:
                break
            if worker is not None and worker.poll() is not None:
                _say(f"worker exited with code {worker.returncode}")
                break
        # a short grace period for the last teasers (they are sent before the article is enriched)
        end = time.monotonic() + 1.0
        while time.monotonic() < end:
            self._poll(ids)
        return dict(self.routed)


def report(records: list[dict], routed: dict[str, dict], teasers: dict[str, dict[str, dict]], *,
           as_json: bool) -> None:
    import orjson

    from newswire.inspect import summarize

    for rec in records:
        r = routed.get(rec["id"])
        if as_json:
            if r is not None:
                sys.stdout.write(orjson.dumps(r).decode() + "\n")
            continue
        print("=" * 100)
        print(f"{rec['id']}  {rec.get('source') or rec.get('url') or ''}")
        if r is None:
            print("  (not routed)")
            continue
        print("  " + summarize(r).replace("\n", "\n  "))
        for p in r.get("body", []):
            print(f"    ¶ {p[:96] + ('…' if len(p) > 96 else '')}")
        ts = sorted(teasers.get(rec["id"], {}).values(), key=lambda t: t["position"]) or r.get("teasers", [])
        for t in ts:
            summ = t.get("summary") or ""
            print(f"    ▸ teaser {t['position'] + 1}: {t['title']}" + (f" — {summ[:60]}…" if summ else ""))
    if not as_json:
        print("=" * 100)
