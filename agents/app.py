"""The Faust app: three agents (split, enrich, route), each a thin shell.

Each agent takes a batch of events, decodes and runs the stage in an executor
(never on the event loop: a stalled loop misses heartbeats and starts rebalance
storms), sends the outputs and waits for the broker's acknowledgements, and only
then lets Faust ack the events, so offsets are committed after outputs are durable
(at-least-once; consumers deduplicate by key). A record that cannot be processed
goes to ``news.deadletter`` with its original bytes, the stage and the reason.

Run with ``newswire worker``; scale out with more worker processes (one consumer
group, up to one process per partition).
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import logging
import os
import tempfile
import time
from collections import deque
from collections.abc import Callable, Sequence
from concurrent.futures import Executor, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from newswire import metrics
from newswire.config import Settings, settings
from newswire.dedup import SeenIds, parse_ts
from newswire.pipeline import (
    SplitOutput,
    enrich_records,
    make_deadletter,
    route_records,
    split_record,
)
from newswire.schema import ContractError, decode, encode, parse_iso
from newswire.streams.catalogue import ARTICLES, DEADLETTER, ENRICHED, RAW, TEASERS, load_catalogue

log = logging.getLogger("newswire.worker")


# ---------------------------------------------------------------- per-record outcome


@dataclass
class Failure:
    reason: str
    error: str


@dataclass
class Item:
    """One consumed event, what the stage made of it, and where it came from."""

    value: bytes
    key: bytes | None
    topic: str
    partition: int
    offset: int
    record: dict | None = None
    result: Any = None
    failure: Failure | None = None


def decode_items(items: Sequence[Item], kind: str) -> None:
    """Decode and validate in place; failures are marked, never raised."""
    from newswire.schema import validate

    for it in items:
        try:
            it.record = validate(decode(it.value), kind)
        except ContractError as exc:
            it.failure = Failure(exc.reason, str(exc))


def run_isolated(items: Sequence[Item], fn: Callable[[list[dict]], list[Any]]) -> None:
    """Run ``fn`` over the good records as one batch; if the batch fails, retry one by one
    so that one poison record is dead-lettered and the rest still go through."""
    good = [it for it in items if it.failure is None]
    if not good:
        return
    try:
        results = fn([it.record for it in good])
        for it, res in zip(good, results, strict=True):
            it.result = res
        return
    except Exception:  # noqa: BLE001 - isolate below
        if len(good) > 1:
            log.warning("batch of %d failed in %s; retrying one by one", len(good), getattr(fn, "__name__", fn))
    for it in good:
        try:
            it.result = fn([it.record])[0]
        except ContractError as exc:
            it.failure = Failure(exc.reason, str(exc))
        except Exception as exc:  # noqa: BLE001 - a stage bug must not stop the worker
            log.exception("stage error on %s[%d]@%d", it.topic, it.partition, it.offset)
            it.failure = Failure("stage_error", f"{type(exc).__name__}: {exc}")


# ---------------------------------------------------------------- models, loaded once per process


class Models:
    """The stage's heavy objects, loaded once at start (outside the event loop)."""

    def __init__(self, s: Settings) -> None:
        self.settings = s
        self._enricher = None
        self._classifier = None
        self._rulebook = None

    def load(self) -> None:
        t = time.perf_counter()
        from newswire.entities import Enricher

        self._enricher = Enricher()
        metrics.MODEL_LOAD_SECONDS.labels("entities").set(time.perf_counter() - t)
        t = time.perf_counter()
        from newswire.topics.classifier import TopicClassifier

        self._classifier = TopicClassifier()
        metrics.MODEL_LOAD_SECONDS.labels("topics").set(time.perf_counter() - t)
        self._rulebook = load_rulebook(self.settings)
        # warm up, so the first real batch does not pay for lazy initialisation
        self._enricher.enrich_many(["Warm-up text from London about Apple Inc."])
        self._classifier.classify_many([("Warm-up", "Warm-up text.")])

    @property
    def enricher(self):
        return self._enricher

    @property
    def classifier(self):
        return self._classifier

    @property
    def rulebook(self):
        return self._rulebook


def load_rulebook(s: Settings):
    from newswire.routing import load_rules

    return load_rules(s.routing_rules or None)


def make_executor(s: Settings) -> Executor:
    # One thread per stage kind is enough: parallelism comes from more worker processes
    # (consumer groups), and spaCy/numpy release the GIL in their inner loops.
    return ThreadPoolExecutor(max_workers=2, thread_name_prefix="newswire-stage")


# ---------------------------------------------------------------- the app


def create_app(s: Settings | None = None, models: Models | None = None):
    """Build the Faust app with its topics and agents. Models load in ``worker_main``."""
    import faust

    s = s or settings()
    models = models or Models(s)
    datadir = Path(tempfile.mkdtemp(prefix=f"newswire-worker-{os.getpid()}-", dir=_ensure(s.home / "workers")))
    app = faust.App(
        s.app_id,
        broker=f"kafka://{s.bootstrap}",
        datadir=str(datadir),
        store="memory://",
        key_serializer="raw",
        value_serializer="raw",
        topic_partitions=_partitions(),
        topic_disable_leader=True,
        topic_allow_declare=True,
        web_enabled=False,  # /metrics is served by prometheus-client; no port clash between workers
        producer_acks=-1,
        producer_max_request_size=12 * 1024 * 1024,
        producer_compression_type="gzip",
        consumer_max_fetch_size=16 * 1024 * 1024,
        consumer_auto_offset_reset="earliest",
        broker_commit_interval=1.0,
        broker_session_timeout=30.0,
        broker_heartbeat_interval=3.0,
        stream_wait_empty=True,
        processing_guarantee="at_least_once",
        table_cleanup_interval=60.0,
    )
    executor = make_executor(s)

    def topic(name: str):
        return app.topic(name, key_type=bytes, value_type=bytes, key_serializer="raw", value_serializer="raw")

    raw_t, articles_t, teasers_t = topic(RAW), topic(ARTICLES), topic(TEASERS)
    enriched_t, dead_t = topic(ENRICHED), topic(DEADLETTER)
    stream_topics: dict[str, Any] = {}

    # Article ids already routed: keyed like news.enriched (by article id), so the
    # table partitions are co-located with the stream partitions a worker owns.
    # Bounded: ids older than the dedup window or over the per-partition cap are deleted (with a
    # tombstone, on the partition they were written to), oldest first.
    seen = SeenIds(s.dedup_window_hours * 3600, s.dedup_per_partition)

    async def on_routed_changelog(event: Any) -> None:
        """Recovery replays the changelog: the ids it brings back age out like live ones."""
        key, ts = event.message.key, parse_ts(event.message.value)
        if key is not None and ts is not None:
            seen.add(event.message.partition, key, ts)

    routed_ids = app.Table("routed-ids", default=None, key_type=bytes, value_type=bytes,
                           on_changelog_event=on_routed_changelog)
    stories = StoryState(app, s)

    async def offload(fn: Callable[..., Any], *args: Any) -> Any:
        return await asyncio.get_running_loop().run_in_executor(executor, fn, *args)

    async def send_all(sends: list[tuple[Any, bytes | None, bytes]]) -> None:
        """Send and wait for every acknowledgement (force=True: not an attachment).

        If the broker refuses an output, the batch must not be acked (take_events acks it
        when the body returns): the process exits instead, and the records are processed
        again after the restart. At-least-once, never silently dropped.
        """
        try:
            futures = [await t.send(key=k, value=v, force=True) for t, k, v in sends]
            if futures:
                await asyncio.gather(*futures)
        except Exception:
            log.critical("could not write outputs; exiting without acking this batch", exc_info=True)
            logging.shutdown()
            os._exit(70)

    cat = load_catalogue()
    size_limits: dict[str, int] = {}

    def fits(it: Item, outs: list[tuple[Any, bytes | None, bytes]]) -> list[tuple[Any, bytes | None, bytes]]:
        """Outputs the broker would refuse (over the topic's max.message.bytes, counted before
        compression) make the record a ``too_large`` dead letter instead of a crash loop."""
        for t, _, v in outs:
            name = t.get_topic_name()
            if name not in size_limits:
                try:
                    size_limits[name] = cat.get(name).max_message_bytes - 1024  # batch and header overhead
                except KeyError:
                    size_limits[name] = cat.output_stream(name).max_message_bytes - 1024
            if len(v) > size_limits[name]:
                it.failure = Failure("too_large", f"output for {name} is {len(v)} bytes, over the topic's "
                                     f"max.message.bytes ({size_limits[name] + 1024}, streams/catalogue.toml)")
                return []
        return outs

    async def send_overlapped(inflight: deque, events: Sequence[Any], sends: list[tuple[Any, bytes | None, bytes]],
                              depth: int = 4) -> None:
        """Send a batch's outputs and return without waiting for the broker (stateless stages).

        take_events acks the batch's events as soon as this body returns. One extra
        reference per event keeps their offsets from becoming committable until every
        output of the batch is acknowledged; a task then drops that reference. The agent
        meanwhile processes the next batch, so broker round trips overlap with work
        instead of stalling each batch. At most ``depth`` batches are in flight. A refused
        output exits the process before its events are released: at-least-once.
        """
        futures = [await t.send(key=k, value=v, force=True) for t, k, v in sends]
        for ev in events:
            ev.message.incref()

        async def settle() -> None:
            try:
                if futures:
                    await asyncio.gather(*futures)
            except Exception:
                log.critical("could not write outputs; exiting without acking this batch", exc_info=True)
                logging.shutdown()
                os._exit(70)
            for ev in events:
                ev.ack()  # the last reference: the offset may now be committed

        inflight.append(asyncio.ensure_future(settle()))
        while inflight and (len(inflight) > depth or inflight[0].done()):
            await inflight.popleft()

    async def dead_letter(stage: str, items: Sequence[Item]) -> list[tuple[Any, bytes | None, bytes]]:
        out = []
        for it in items:
            if it.failure is None:
                continue
            metrics.MESSAGES_FAILED.labels(stage).inc()
            metrics.DEADLETTER.labels(stage, it.failure.reason).inc()
            log.warning("%s: dead-lettering %s[%d]@%d: %s", stage, it.topic, it.partition, it.offset, it.failure.error)
            dl = make_deadletter(stage, it.failure.reason, it.failure.error, it.value, key=it.key,
                                 topic=it.topic, partition=it.partition, offset=it.offset)
            out.append((dead_t, it.key, encode(dl)))
        return out

    def items_of(events: Sequence[Any]) -> list[Item]:
        return [Item(value=bytes(e.value or b""), key=e.message.key, topic=e.message.topic,
                     partition=e.message.partition, offset=e.message.offset) for e in events]

    async def timed(stage: str, items: list[Item], fn: Callable[[list[Item]], None]) -> None:
        metrics.MESSAGES_IN.labels(stage).inc(len(items))
        metrics.BATCH_SIZE.labels(stage).observe(len(items))
        t = time.perf_counter()
        await offload(fn, items)
        per = (time.perf_counter() - t) / max(1, len(items))
        for _ in items:
            metrics.STAGE_SECONDS.labels(stage).observe(per)

    # -- split ---------------------------------------------------------------

    def split_batch(items: list[Item]) -> None:
        decode_items(items, "raw")
        run_isolated(items, lambda recs: [split_record(r, max_page_bytes=s.max_page_bytes, check=False)
                                          for r in recs])

    @app.agent(raw_t, name="split")
    async def split_agent(stream):
        inflight: deque = deque()
        async for events in stream.take_events(s.batch_size, within=s.batch_within):
            items = items_of(events)
            await timed("split", items, split_batch)
            outs = []
            for it in items:
                if it.failure is not None:
                    continue
                out: SplitOutput = it.result
                recs = fits(it, [(articles_t, out.article["id"].encode(), encode(out.article))]
                            + [(teasers_t, t["id"].encode(), encode(t)) for t in out.teasers])
                if not recs:
                    continue
                outs.extend(recs)
                metrics.MESSAGES_OUT.labels("split", ARTICLES).inc()
                metrics.MESSAGES_OUT.labels("split", TEASERS).inc(len(out.teasers))
                metrics.TEASERS_PER_ARTICLE.observe(len(out.teasers))
            sends = await dead_letter("split", items) + outs
            await send_overlapped(inflight, events, sends)

    # -- enrich --------------------------------------------------------------

    def enrich_batch(items: list[Item]) -> None:
        decode_items(items, "article")
        run_isolated(items, lambda recs: enrich_records(recs, models.enricher, check=False))

    @app.agent(articles_t, name="enrich")
    async def enrich_agent(stream):
        inflight: deque = deque()
        async for events in stream.take_events(s.batch_size, within=s.batch_within):
            items = items_of(events)
            await timed("enrich", items, enrich_batch)
            outs = []
            for it in items:
                if it.failure is None:
                    recs = fits(it, [(enriched_t, it.result["id"].encode(), encode(it.result))])
                    if recs:
                        outs.extend(recs)
                        metrics.ENTITIES_PER_ARTICLE.observe(len(it.result["entities"]))
                        metrics.MESSAGES_OUT.labels("enrich", ENRICHED).inc()
            sends = await dead_letter("enrich", items) + outs
            await send_overlapped(inflight, events, sends)

    # -- route ---------------------------------------------------------------

    def route_batch(items: list[Item]) -> None:
        decode_items(items, "enriched")
        run_isolated(items, lambda recs: route_records(recs, models.classifier, models.rulebook,
                                                       story_of=stories.assign, check=False))

    @app.agent(enriched_t, name="route")
    async def route_agent(stream):
        async for events in stream.take_events(s.batch_size, within=s.batch_within):
            items = items_of(events)
            fresh, seen_now = [], set()
            for ev, it in zip(events, items, strict=True):
                if it.key is not None and (routed_ids.get(it.key) is not None or it.key in seen_now):
                    metrics.DUPLICATES.inc()  # an exact replay of an article already routed
                    continue
                fresh.append((ev, it))
                if it.key is not None:
                    seen_now.add(it.key)
            items = [it for _, it in fresh]
            if not items:
                continue
            await timed("route", items, route_batch)
            outs, done = [], []
            for ev, it in fresh:
                if it.failure is not None:
                    continue
                key, value = it.result.record["id"].encode(), encode(it.result.record)
                for name in it.result.streams:
                    if name not in stream_topics:
                        stream_topics[name] = topic(name)
                recs = fits(it, [(stream_topics[name], key, value) for name in it.result.streams])
                if it.failure is None:
                    outs.extend(recs)
                    done.append((ev, it))
            sends = await dead_letter("route", items) + outs
            await send_all(sends)
            now = time.time()
            # take_events' background buffer pairs each newly arrived value with
            # stream.current_event once this body returns; overwriting it below would pair
            # the next value with an old (already acked) event: that value is never
            # processed and its offset never committed. Restore it (no await in between).
            arrived = stream.current_event
            try:
                last_of: dict[int, Any] = {}
                for ev, it in done:
                    # routed-ids writes go to the changelog partition of the event they belong to.
                    stream._set_current_event(ev)
                    if it.key is not None:
                        routed_ids[it.key] = str(now).encode()
                        seen.add(ev.message.partition, it.key, now)
                    last_of[ev.message.partition] = ev
                    stories.commit(it.result.record)
                    for name in it.result.streams:
                        metrics.ROUTED.labels(name).inc()
                    ingested = parse_iso(it.result.record.get("ingested_at"))
                    if ingested is not None:
                        metrics.E2E_SECONDS.observe(max(0.0, now - ingested.timestamp()))
                for partition, ev in last_of.items():  # deletes, too, go to the id's own partition
                    stream._set_current_event(ev)
                    for key, ts in seen.expired(partition, now):
                        if parse_ts(routed_ids.get(key)) == ts:  # not re-written since
                            del routed_ids[key]
                metrics.ROUTED_IDS.set(len(seen))
            finally:
                stream.current_event = arrived
            stories.maybe_expire(now)

    # -- housekeeping -------------------------------------------------------

    @app.timer(interval=0.1)
    async def loop_lag() -> None:
        t = time.perf_counter()
        await asyncio.sleep(0)
        metrics.LOOP_LAG.observe(time.perf_counter() - t)

    if os.environ.get("NEWSWIRE_TRACEMALLOC"):  # diagnosing memory growth (slows the worker)
        import tracemalloc

        tracemalloc.start(int(os.environ["NEWSWIRE_TRACEMALLOC"]) or 1)
        baseline: list[Any] = []

        @app.timer(interval=float(os.environ.get("NEWSWIRE_TRACEMALLOC_EVERY", "120")))
        async def memory_report() -> None:
            snap = tracemalloc.take_snapshot().filter_traces([tracemalloc.Filter(False, tracemalloc.__file__)])
            if not baseline:
                baseline.append(snap)
                return
            top = snap.compare_to(baseline[0], "traceback")[:12]
            log.warning("tracemalloc: growth since the first report:\n%s", "\n".join(
                f"{st.size_diff / 2**20:+.1f} MB in {st.count_diff:+d} blocks\n    " + "\n    ".join(st.traceback.format()[-8:])
                for st in top))

    @app.timer(interval=15.0)
    async def consumer_lag() -> None:
        from newswire.kafkautil import consumer_lag as lag

        try:
            values = await offload(lag, s.bootstrap, s.app_id)
        except Exception as exc:  # noqa: BLE001 - a metrics read must never hurt the worker
            log.debug("lag read failed: %s", exc)
            return
        for (topic_name, partition), v in values.items():
            metrics.CONSUMER_LAG.labels(s.app_id, topic_name, str(partition)).set(v)

    app.newswire_models = models  # type: ignore[attr-defined]
    return app


class StoryState:
    """Near-duplicate story clusters shared by every worker.

    The index itself (:class:`newswire.clusters.StoryIndex`: one signature row per article,
    bounded by a window and a capacity) lives in each worker's memory. A GlobalTable carries
    one compact entry per article through its changelog, so every worker, and a restarted
    one, rebuilds the same index from ``on_changelog_event``. The changelog has one
    partition and keys are placed by the partitioner (``use_partitioner``): a key's writes
    land in one place whichever worker writes it, no event context is needed, and
    ``partitions=1, recovery_buffer_size=1`` is what Faust documents against GlobalTable
    recovery loops with several instances. ``compact,delete`` retention drops entries older
    than the window from the changelog itself; each worker forgets them locally.
    """

    def __init__(self, app, s: Settings) -> None:
        from newswire.clusters import StoryIndex

        self.window = s.story_window_hours * 3600
        self.index = StoryIndex(window_seconds=self.window, capacity=s.story_capacity)
        self.table = app.GlobalTable(
            "story-index", default=None, key_type=bytes, value_type=bytes,
            partitions=1, recovery_buffer_size=1, use_partitioner=True,
            on_changelog_event=self._on_changelog_event,
            extra_topic_configs={"cleanup.policy": "compact,delete",
                                 "retention.ms": str(int((self.window + 3600) * 1000)),
                                 "segment.ms": str(3600 * 1000)},
        )
        self._pending: dict[str, Any] = {}  # article id -> Entry, from the executor to the loop
        self._last_expiry = time.time()
        metrics.STORY_INDEX.set(0)

    async def _on_changelog_event(self, event: Any) -> None:
        """Every worker's writes (and, at start, the recovered history) reach the index here."""
        self.apply(event.message.key, event.message.value)

    def apply(self, key: bytes | None, value: bytes | None) -> None:
        from newswire.clusters import decode_entry

        if not key:
            return
        article_id = key.decode("utf-8", "replace")
        if value is None:
            self.index.remove(article_id)
        else:
            try:
                entry = decode_entry(article_id, value)
            except ValueError:
                log.debug("stories: ignoring an entry in another format for %s", article_id)
                return
            if time.time() - entry.ts <= self.window:
                self.index.add(entry)
        metrics.STORY_INDEX.set(len(self.index))

    def assign(self, record: dict) -> str:
        """Runs in the executor: looks up and indexes locally; the table write waits for commit()."""
        from newswire.pipeline import body_text

        a = self.index.lookup(record["id"], body_text(record), time.time())
        if a.entry is not None:
            self.index.add(a.entry)  # later articles of this batch see it
            self._pending[record["id"]] = a.entry
        return a.story_id

    def commit(self, record: dict) -> None:
        """On the loop, after the routed outputs were acknowledged."""
        from newswire.clusters import encode_entry

        entry = self._pending.pop(record["id"], None)
        if entry is not None:
            key = record["id"].encode()
            self.table[key] = encode_entry(entry)  # the changelog write: what other workers and recovery read
            self._store().pop(key, None)  # nobody reads the table's own copy: the index is the state
        metrics.STORY_INDEX.set(len(self.index))

    def _store(self) -> Any:
        """The table's local store; popping from it writes nothing to the changelog."""
        return getattr(self.table, "data", self.table)

    def maybe_expire(self, now: float, every: float = 60.0) -> int:
        """Forget entries older than the window or pushed out by the capacity (once a minute).

        Local only, no tombstones: every worker applies the same rule, and the changelog's
        own retention removes old entries for the next recovery. The table's store keeps
        what Faust applied from other workers' changelog writes; the index already has
        them (``apply``), so the store is emptied too (~0.6 kB per article otherwise).
        Returns how many index entries were forgotten.
        """
        if now - self._last_expiry < every:
            return 0
        self._last_expiry = now
        old = self.index.expired(now)
        for article_id in old:
            self.index.remove(article_id)
        self._store().clear()
        metrics.STORY_INDEX.set(len(self.index))
        if old:
            log.info("stories: forgot %d entries (window %.0f h, capacity %d)",
                     len(old), self.window / 3600, self.index.capacity)
        return len(old)


def _partitions() -> int:
    from newswire.streams.catalogue import load_catalogue

    return load_catalogue().get(RAW).partitions


def _ensure(path: Path) -> Path:
    path.mkdir(parents=True, exist_ok=True)
    return path


# ---------------------------------------------------------------- entry point


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--bootstrap", default=None, help="default: $KAFKA_BOOTSTRAP_SERVERS or 127.0.0.1:9092")
    p.add_argument("--metrics-port", type=int, default=None, help="default: $NEWSWIRE_METRICS_PORT or 9464 (next free)")
    p.add_argument("--loglevel", default=None, help="default: $NEWSWIRE_LOG_LEVEL or info")


def main(args: argparse.Namespace) -> int:
    if args.bootstrap:
        os.environ["KAFKA_BOOTSTRAP_SERVERS"] = args.bootstrap
    if args.metrics_port is not None:
        os.environ["NEWSWIRE_METRICS_PORT"] = str(args.metrics_port)
    s = settings()
    logging.basicConfig(level=(args.loglevel or s.log_level).upper(),
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    for noisy in ("kafka", "aiokafka"):  # connection chatter; their warnings still show
        logging.getLogger(noisy).setLevel(logging.WARNING)
    from faust.worker import Worker

    from newswire.kafkautil import KafkaUnavailable, ensure_topics

    try:
        rules = load_rulebook(s)
        created = ensure_topics(s.bootstrap, rules.streams())
    except KafkaUnavailable as exc:
        print(f"newswire worker: {exc}", flush=True)
        return 1
    if created:
        log.info("created topics %s", ", ".join(created))
    port = metrics.serve(s.metrics_addr, s.metrics_port)
    print(f"newswire worker: metrics on http://{s.metrics_addr}:{port}/metrics", flush=True)
    models = Models(s)
    t = time.perf_counter()
    models.load()
    # the models are the bulk of the heap and live as long as the process: keep them out of the collector's
    # full passes, which otherwise stall the event loop for tens of milliseconds at a time
    gc.collect()
    gc.freeze()
    print(f"newswire worker: models loaded in {time.perf_counter() - t:.1f}s", flush=True)
    app = create_app(s, models)
    worker = Worker(app, loglevel=(args.loglevel or s.log_level), quiet=True, redirect_stdouts=False,
                    override_logging=False)
    worker.execute_from_commandline()  # runs until SIGTERM/SIGINT, then exits the process
    return 0
