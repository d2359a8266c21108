"""Prometheus metrics: one module for the worker, the producers and the feeds poller.

Names follow Prometheus conventions (``newswire_`` prefix, base units, ``_total``
counters, ``_seconds`` histograms) and labels stay low-cardinality (stage, topic,
partition, reason, stream, feed). Each process serves its own ``/metrics``; several
processes on one host each take their own port, so nothing is clobbered.
``docs/metrics.md`` documents every metric and a test keeps the two in step.
"""

from __future__ import annotations

import logging
import platform
import socket

from prometheus_client import REGISTRY, Counter, Gauge, Histogram, Info, start_http_server

from newswire import __version__

log = logging.getLogger(__name__)

_LATENCY_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0, 300.0)
_COUNT_BUCKETS = (0, 1, 2, 3, 5, 8, 13, 21, 34, 55, 89, 144)

MESSAGES_IN = Counter("newswire_messages_in_total", "Records a stage consumed.", ["stage"])
MESSAGES_OUT = Counter("newswire_messages_out_total", "Records a stage produced, by output topic.", ["stage", "topic"])
MESSAGES_FAILED = Counter("newswire_messages_failed_total", "Records a stage could not process (each also dead-lettered).", ["stage"])
STAGE_SECONDS = Histogram("newswire_stage_duration_seconds", "Time a stage spent on one record (batch time / batch size).",
                          ["stage"], buckets=_LATENCY_BUCKETS)
BATCH_SIZE = Histogram("newswire_stage_batch_size", "Records per batch handed to a stage's executor.", ["stage"],
                       buckets=(1, 2, 4, 8, 16, 32, 64, 128, 256))
E2E_SECONDS = Histogram("newswire_end_to_end_latency_seconds", "From ingest (producer) to routed (output acknowledged).",
                        buckets=_LATENCY_BUCKETS)
CONSUMER_LAG = Gauge("newswire_consumer_lag_messages", "End offset minus the group's committed offset, read from the broker.",
                     ["group", "topic", "partition"])
DEADLETTER = Counter("newswire_deadletter_total", "Records sent to news.deadletter.", ["stage", "reason"])
TEASERS_PER_ARTICLE = Histogram("newswire_teasers_per_article", "Teasers found on a page.", buckets=_COUNT_BUCKETS)
ENTITIES_PER_ARTICLE = Histogram("newswire_entities_per_article", "Entity mentions found in an article body.",
                                 buckets=_COUNT_BUCKETS + (233, 377))
ROUTED = Counter("newswire_routed_total", "Articles routed, by output stream.", ["stream"])
STORY_INDEX = Gauge("newswire_story_index_entries", "Articles in this worker's story-cluster index (bounded by NEWSWIRE_STORY_CAPACITY).")
ROUTED_IDS = Gauge("newswire_routed_ids", "Routed article ids this worker remembers against replays (NEWSWIRE_DEDUP_HOURS, NEWSWIRE_DEDUP_PER_PARTITION).")
DUPLICATES = Counter("newswire_duplicates_dropped_total", "Articles not routed again because their id was already routed.")
PRODUCED = Counter("newswire_produced_total", "Records a producer sent to Kafka and the broker acknowledged.", ["topic"])
PRODUCE_ERRORS = Counter("newswire_produce_errors_total", "Records a producer failed to send.", ["topic"])
FEED_FETCHES = Counter("newswire_feed_fetches_total", "Feed fetches by outcome.", ["feed", "outcome"])
FEED_ITEMS = Counter("newswire_feed_items_total", "Feed items by kind (new, duplicate, update).", ["feed", "kind"])
FEED_BYTES = Counter("newswire_feed_bytes_total", "Bytes fetched from a feed (after decompression).", ["feed"])
FEED_LAST_SUCCESS = Gauge("newswire_feed_last_success_timestamp_seconds", "Unix time of the feed's last successful fetch.",
                          ["feed"])
MODEL_LOAD_SECONDS = Gauge("newswire_model_load_seconds", "Time it took to load a model at start.", ["model"])
LOOP_LAG = Histogram("newswire_event_loop_lag_seconds", "How late the worker's event loop answered a 100 ms timer.",
                     buckets=(0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 5.0))
BUILD_INFO = Info("newswire_build", "Version of newswire and Python in this process.")
BUILD_INFO.info({"version": __version__, "python": platform.python_version()})


def _port_free(addr: str, port: int) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            s.bind((addr if addr not in ("", "0.0.0.0") else "0.0.0.0", port))
        except OSError:
            return False
    return True


def serve(addr: str = "0.0.0.0", port: int = 9464, *, tries: int = 32) -> int:
    """Serve /metrics; when ``port`` is taken (another worker on this host) take the next free one.

    Returns the port actually used (0 asks the OS for any free port).
    """
    candidates = [port + i for i in range(tries)] if port else [0]
    for p in candidates:
        if p and not _port_free(addr, p):
            continue
        try:
            server, _thread = start_http_server(p, addr=addr, registry=REGISTRY)
        except OSError:
            continue
        used = server.server_address[1]
        if port and used != port:
            log.warning("metrics port %d is taken; serving /metrics on %s:%d", port, addr, used)
        else:
            log.info("serving /metrics on %s:%d", addr, used)
        return used
    raise OSError(f"no free port for /metrics in {port}..{port + tries - 1}")
