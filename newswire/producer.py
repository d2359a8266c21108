"""Producers: files, stdin and feeds into ``news.raw`` with kafka-python.

acks=all + idempotence: a record the broker acknowledged is durable and was
written once; ``flush()`` waits for every acknowledgement and raises on the first
failure, so a producer that exits 0 lost nothing.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

from newswire.schema import encode, validate

log = logging.getLogger(__name__)

MAX_REQUEST_BYTES = 8 * 1024 * 1024  # news.raw's max.message.bytes (streams/catalogue.toml)


class ProducerError(RuntimeError):
    pass


class RawProducer:
    """Validated, keyed, compressed, batched sends to one topic (``news.raw`` by default)."""

    def __init__(self, bootstrap: str, topic: str = "news.raw", *, linger_ms: int = 20) -> None:
        from kafka import KafkaProducer
        from kafka.errors import NoBrokersAvailable

        self.topic = topic
        self.sent = 0
        self.failed = 0
        self._futures: list = []
        try:
            self._producer = KafkaProducer(
                bootstrap_servers=bootstrap,
                client_id="newswire-producer",
                acks="all",
                enable_idempotence=True,
                compression_type="gzip",
                linger_ms=linger_ms,
                batch_size=256 * 1024,
                max_request_size=MAX_REQUEST_BYTES,
                retries=2**31 - 1,
                delivery_timeout_ms=120_000,
                max_in_flight_requests_per_connection=1,  # kafka-python 2.x: required for idempotence
            )
        except NoBrokersAvailable as exc:
            raise ProducerError(
                f"no Kafka broker answers at {bootstrap}: start one with `newswire broker start` "
                "or point KAFKA_BOOTSTRAP_SERVERS at yours"
            ) from exc

    def send_record(self, record: dict, topic: str | None = None) -> None:
        """Validate against the record's schema and send it keyed by its id."""
        from newswire import metrics

        validate(record)
        value = encode(record)
        if len(value) > MAX_REQUEST_BYTES:
            # Too big for news.raw: record it on the dead-letter stream instead of losing it.
            from newswire.pipeline import make_deadletter

            dl = make_deadletter("produce", "too_large", f"{len(value)} bytes is over {MAX_REQUEST_BYTES}", value[:1_000_000],
                                 key=record.get("id"))
            metrics.DEADLETTER.labels("produce", "too_large").inc()
            self._send("news.deadletter", (record.get("id") or "").encode(), encode(dl))
            return
        self._send(topic or self.topic, record["id"].encode("utf-8"), value)

    def _send(self, topic: str, key: bytes, value: bytes) -> None:
        from newswire import metrics

        fut = self._producer.send(topic, key=key, value=value)
        fut.add_callback(lambda _md: metrics.PRODUCED.labels(topic).inc())
        fut.add_errback(lambda _exc: metrics.PRODUCE_ERRORS.labels(topic).inc())
        self._futures.append(fut)
        if len(self._futures) >= 10_000:
            self._drain()

    def _drain(self, timeout: float = 120.0) -> None:
        futures, self._futures = self._futures, []
        self._producer.flush(timeout=timeout)
        for f in futures:
            try:
                f.get(timeout=timeout)
                self.sent += 1
            except Exception as exc:  # noqa: BLE001 - counted and re-raised below
                self.failed += 1
                last = exc
        if self.failed:
            raise ProducerError(f"{self.failed} record(s) were not acknowledged by the broker: {last!r}")

    def flush(self, timeout: float = 120.0) -> int:
        """Wait until the broker acknowledged everything sent; return how many were sent."""
        self._drain(timeout)
        return self.sent

    def close(self) -> None:
        try:
            self.flush()
        finally:
            self._producer.close(timeout=10)

    def __enter__(self) -> RawProducer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


# ---------------------------------------------------------------- reading inputs

_HTML_SUFFIXES = (".html", ".htm", ".xhtml")


def records_from_paths(paths: Iterable[str], *, stdin=None) -> Iterator[dict]:
    """Text files, HTML files (optionally .gz) and JSON lines (``.jsonl``) to news.raw records."""
    import gzip

    import orjson

    from newswire.pipeline import make_raw

    for p in paths:
        if p == "-":
            data = (stdin or sys.stdin.buffer).read()
            yield from _records_from_bytes(data, "<stdin>")
            continue
        path = Path(p)
        if path.is_dir():
            yield from records_from_paths(sorted(str(c) for c in path.iterdir() if c.is_file()
                                                 and not c.name.startswith(".")))
            continue
        data = path.read_bytes()
        name = path.name
        if name.endswith(".gz"):
            data = gzip.decompress(data)
            name = name[:-3]
        if name.endswith((".jsonl", ".ndjson")):
            for n, line in enumerate(data.splitlines(), 1):
                if line.strip():
                    try:
                        yield _record_from_json(orjson.loads(line))
                    except (orjson.JSONDecodeError, ValueError) as exc:
                        raise ProducerError(f"{p}:{n}: not a JSON record: {exc}") from None
            continue
        text = data.decode("utf-8", errors="replace")
        ctype = "text/html" if name.lower().endswith(_HTML_SUFFIXES) else "text/plain"
        yield make_raw(text, ctype, source=f"file:{name}")


def _records_from_bytes(data: bytes, name: str) -> Iterator[dict]:
    import orjson

    from newswire.pipeline import make_raw

    lines = [ln for ln in data.splitlines() if ln.strip()]
    if lines and all(ln.lstrip().startswith(b"{") for ln in lines):
        try:
            for ln in lines:
                yield _record_from_json(orjson.loads(ln))
            return
        except orjson.JSONDecodeError:
            pass
    text = data.decode("utf-8", errors="replace")
    ctype = "text/html" if text.lstrip()[:1] == "<" else "text/plain"
    yield make_raw(text, ctype, source=name)


def _record_from_json(obj: dict) -> dict:
    """A full raw record passes as it is; a bare {raw, content_type, url, ...} is wrapped."""
    from newswire.pipeline import make_raw

    if not isinstance(obj, dict):
        raise ValueError("expected a JSON object")
    if obj.get("schema"):
        return obj
    if "raw" not in obj:
        raise ValueError("a JSON input line needs a 'raw' field (the page) or a full newswire.raw/1 record")
    return make_raw(obj["raw"], obj.get("content_type") or "text/plain", url=obj.get("url"), source=obj.get("source"),
                    title=obj.get("title"), lang=obj.get("lang"), published_at=obj.get("published_at"),
                    id=obj.get("id"))


# ---------------------------------------------------------------- CLI


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("paths", nargs="+", metavar="PATH", help="files, folders, or - for stdin (text, HTML, JSON lines)")
    p.add_argument("--topic", default="news.raw")
    p.add_argument("--bootstrap", default=None, help="default: $KAFKA_BOOTSTRAP_SERVERS or 127.0.0.1:9092")


def main(args: argparse.Namespace) -> int:
    from newswire.config import settings
    from newswire.schema import ContractError

    bootstrap = args.bootstrap or settings().bootstrap
    try:
        with RawProducer(bootstrap, args.topic) as prod:
            for rec in records_from_paths(args.paths):
                prod.send_record(rec)
            sent = prod.flush()
    except (ProducerError, ContractError, OSError) as exc:
        print(f"newswire produce: {exc}", file=sys.stderr)
        return 1
    print(f"sent {sent} record(s) to {args.topic} on {bootstrap}")
    return 0
