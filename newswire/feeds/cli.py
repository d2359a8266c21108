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
    if args.dry_run:
        import orjson

        out = sys.stdout.buffer

        def sink(record: dict) -> None:
            out.write(orjson.dumps(record) + b"\n")
            out.flush()
    else:
        from newswire.config import settings
        from newswire.producer import RawProducer  # the lead's Kafka producer

        producer = RawProducer(args.bootstrap or settings().bootstrap)
        sink = producer.send_record

    async def _run() -> list:
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGINT, signal.SIGTERM):
            with contextlib.suppress(NotImplementedError, RuntimeError):
                loop.add_signal_handler(sig, stop.set)
        return await run_feeds(config, sink, stop_event=stop, once=args.once)

    try:
        results = asyncio.run(_run())
    finally:
        if producer is not None:
            producer.flush()
    if args.once:
        failed = [r for r in results if r.outcome not in ("ok", "not_modified")]
        for r in results:
            print(f"{r.outcome:13} new={r.new} upd={r.update} dup={r.duplicate} {r.feed}"
                  + (f"  ({r.error})" if r.error else ""), file=sys.stderr)
        return 1 if failed and len(failed) == len(results) else 0
    return 0
