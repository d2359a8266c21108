"""Deployment helpers: the compose ``topics-init`` one-shot, and container checks.

``python -m newswire.deploy init-topics`` waits for the broker, creates every topic of
the catalogue (streams/catalogue.toml) plus the routing rules' output streams, and
exits 0; it is idempotent, so re-running ``docker compose up`` is harmless.
``python -m newswire.deploy metrics-ok`` is the container healthcheck of a worker or
the feeds producer: its own /metrics answers (no curl in the slim image).
"""

from __future__ import annotations

import argparse
import logging
import sys
import time
import urllib.request
from collections.abc import Callable, Sequence

log = logging.getLogger("newswire.deploy")


def output_streams() -> list[str]:
    """The routing rules' output streams, or none when the rules cannot be loaded here.

    The catalogue always adds news.topic.other; a stream missing here is created by the
    worker at start (it runs the same ensure_topics), so this is best effort.
    """
    try:
        from newswire.config import settings
        from newswire.routing import load_rules
    except ImportError:
        return []
    try:
        return sorted(load_rules(settings().routing_rules or None).streams())
    except Exception as exc:  # noqa: BLE001 - a bad rules file is the worker's error to report
        log.warning("routing rules not loaded (%s); creating the catalogue topics only", exc)
        return []


def init_topics(bootstrap: str, *, wait: float = 120.0, partitions: int | None = None,
                ensure: Callable[..., list[str]] | None = None,
                sleep: Callable[[float], None] = time.sleep) -> list[str]:
    """Create the missing topics, retrying while the broker is still starting.

    Returns the names created (empty when all existed). Raises KafkaUnavailable after
    ``wait`` seconds without a broker.
    """
    from newswire.kafkautil import KafkaUnavailable

    if ensure is None:
        from newswire.kafkautil import ensure_topics as ensure
    deadline = time.monotonic() + wait
    delay = 1.0
    while True:
        try:
            return ensure(bootstrap, output_streams(), partitions=partitions)
        except KafkaUnavailable:
            if time.monotonic() + delay > deadline:
                raise
            log.info("broker %s not ready; retrying in %.0fs", bootstrap, delay)
            sleep(delay)
            delay = min(delay * 2, 10.0)


def metrics_ok(url: str, timeout: float = 5.0) -> bool:
    """True when ``url`` answers 200 with newswire metrics in it."""
    try:
        with urllib.request.urlopen(url, timeout=timeout) as resp:  # noqa: S310 - local URL from our own config
            return resp.status == 200 and b"newswire_build_info" in resp.read()
    except OSError:
        return False


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="python -m newswire.deploy", description=__doc__.splitlines()[0])
    sub = p.add_subparsers(dest="command", required=True)
    init = sub.add_parser("init-topics", help="create the catalogue's topics (idempotent)")
    init.add_argument("--bootstrap", default=None, help="default: $KAFKA_BOOTSTRAP_SERVERS")
    init.add_argument("--wait", type=float, default=120.0, help="seconds to wait for the broker (default 120)")
    init.add_argument("--partitions", type=int, default=None,
                      help="partitions of new topics (default: $NEWSWIRE_PARTITIONS or the catalogue's 4)")
    ok = sub.add_parser("metrics-ok", help="exit 0 when this container's /metrics answers")
    ok.add_argument("--url", default=None, help="default: http://127.0.0.1:$NEWSWIRE_METRICS_PORT/metrics")
    return p


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    logging.getLogger("kafka").setLevel(logging.CRITICAL)  # refused connections while the broker starts; we report
    from newswire.config import settings

    s = settings()
    if args.command == "metrics-ok":
        return 0 if metrics_ok(args.url or f"http://127.0.0.1:{s.metrics_port}/metrics") else 1
    from newswire.kafkautil import KafkaUnavailable

    bootstrap = args.bootstrap or s.bootstrap
    try:
        created = init_topics(bootstrap, wait=args.wait, partitions=args.partitions)
    except KafkaUnavailable as exc:
        print(f"init-topics: {exc}", file=sys.stderr)
        return 1
    print(f"init-topics: {bootstrap}: created {len(created)} topic(s)" + (f": {', '.join(created)}" if created else
                                                                        " (all existed)"), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
