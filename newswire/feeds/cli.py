"""``newswire feeds``: poll the configured feeds and produce new items to news.raw."""

from __future__ import annotations

import argparse
import sys


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--config", metavar="PATH", default=None,
                   help="feeds file (.yaml or .txt); default seeds/feeds.yaml, else seeds/feeds.txt")
    p.add_argument("--once", action="store_true", help="poll every feed once, then exit")
    p.add_argument("--allow-private", action="store_true",
                   help="allow private/loopback/link-local addresses (local use only: turns off the SSRF guard)")
    p.add_argument("--dry-run", action="store_true", help="print records as JSON lines instead of producing")
    p.add_argument("--state", metavar="PATH", default=None,
                   help="state file (default $NEWSWIRE_STATE_DIR/feeds.sqlite or ~/.cache/newswire/feeds.sqlite)")
    p.add_argument("--bootstrap", metavar="HOST:PORT", default=None,
                   help="Kafka bootstrap servers (default $KAFKA_BOOTSTRAP_SERVERS)")


def bind_metrics(serve: bool = False) -> None:
    """Feed the engine's metrics hooks into the shared Prometheus counters (newswire.metrics)."""
    import logging

    from newswire.feeds import metrics_hooks

    try:
        from newswire import metrics as m
    except ImportError:  # metrics are optional for a dry run
        return
    if not hasattr(m, "FEED_FETCHES"):
        return

    def on_fetch(feed: str, outcome: str, nbytes: int) -> None:
        m.FEED_FETCHES.labels(feed, outcome).inc()
        if nbytes:
            m.FEED_BYTES.labels(feed).inc(nbytes)

    def on_items(feed: str, new: int, duplicate: int, update: int) -> None:
        for kind, n in (("new", new), ("duplicate", duplicate), ("update", update)):
            if n:
                m.FEED_ITEMS.labels(feed, kind).inc(n)

    def on_success(feed: str, ts: float) -> None:
        m.FEED_LAST_SUCCESS.labels(feed).set(ts)

    metrics_hooks.bind(on_fetch=on_fetch, on_items=on_items, on_success=on_success)
    if serve and hasattr(m, "serve"):
        from newswire.config import settings

        s = settings()
        try:
            port = m.serve(s.metrics_addr, s.metrics_port)
            logging.getLogger("newswire.feeds").info("metrics on http://%s:%s/metrics", s.metrics_addr, port)
        except Exception as exc:  # metrics must not keep the producer from running
            logging.getLogger("newswire.feeds").warning("metrics server not started: %s", exc)


def to_raw_record(record: dict) -> dict:
    """The engine's record as a full ``newswire.raw/1`` record (schema id, ingested_at)."""
    from newswire.pipeline import make_raw

    return make_raw(record["raw"], record["content_type"], url=record.get("url"), source=record.get("source"),
                    title=record.get("title"), lang=record.get("lang"), published_at=record.get("published_at"),
                    feed=record.get("feed"), id=record["id"])


def main(args: argparse.Namespace) -> int:
    import asyncio
    import contextlib
    import logging
    import signal

    from newswire.feeds.config import ConfigError, FeedsConfig, default_config_path, load_config
    from newswire.feeds.engine import run_feeds

    if not logging.getLogger().handlers:
        logging.basicConfig(level=logging.INFO, stream=sys.stderr,
                            format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    path = args.config or default_config_path()
    try:
        config = load_config(path)
    except ConfigError as exc:
        print(f"newswire feeds: {exc}", file=sys.stderr)
        return 2
    changes = {}
    if args.allow_private:
        changes["allow_private"] = True
    if args.state:
        changes["state_path"] = args.state
    if changes:
        config = FeedsConfig(feeds=config.feeds, settings=config.settings.with_(**changes))
    if not config.feeds:
        print(f"newswire feeds: no feeds in {path}", file=sys.stderr)
        return 2

    producer = None
    log = logging.getLogger("newswire.feeds")
    if args.dry_run:
        import orjson

        out = sys.stdout.buffer

        def sink(record: dict) -> None:
            out.write(orjson.dumps(to_raw_record(record)) + b"\n")
            out.flush()
    else:
        from newswire.config import settings
        from newswire.producer import ProducerError, RawProducer  # validates against raw.v1, keys by id
        from newswire.schema import ContractError

        try:
            producer = RawProducer(args.bootstrap or settings().bootstrap)
        except ProducerError as exc:
            print(f"newswire feeds: {exc}", file=sys.stderr)
            return 1

        def sink(record: dict) -> None:
            try:
                producer.send_record(to_raw_record(record))
            except ContractError as exc:
                # Permanent: retrying the feed would not change the record. Log and move on;
                # anything else the producer raises is treated as transient by the engine.
                log.error("feed %s: record %s breaks the raw contract: %s",
                          record.get("feed", {}).get("url"), record.get("id"), exc)

    async def _run() -> list:
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGINT, signal.SIGTERM):
            with contextlib.suppress(NotImplementedError, RuntimeError):
                loop.add_signal_handler(sig, stop.set)
        return await run_feeds(config, sink, stop_event=stop, once=args.once)

    bind_metrics(serve=not args.once)
    try:
        results = asyncio.run(_run())
    finally:
        if producer is not None:
            try:
                producer.close()  # flush: waits for every acknowledgement
            except Exception as exc:
                print(f"newswire feeds: {exc}", file=sys.stderr)
                return 1
    if args.once:
        failed = [r for r in results if r.outcome not in ("ok", "not_modified")]
        for r in results:
            print(f"{r.outcome:13} new={r.new} upd={r.update} dup={r.duplicate} {r.feed}"
                  + (f"  ({r.error})" if r.error else ""), file=sys.stderr)
        return 1 if failed and len(failed) == len(results) else 0
    return 0
