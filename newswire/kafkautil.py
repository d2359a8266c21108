"""Small kafka-python helpers shared by the CLI, the producers and the tests.

Ops code, not domain logic: creating the catalogue's topics, reading offsets and lag.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Iterable

log = logging.getLogger(__name__)


class KafkaUnavailable(RuntimeError):
    """The broker named by KAFKA_BOOTSTRAP_SERVERS did not answer."""


def admin(bootstrap: str, timeout: float = 10.0):
    from kafka import KafkaAdminClient
    from kafka.errors import NoBrokersAvailable

    try:
        return KafkaAdminClient(bootstrap_servers=bootstrap, client_id="newswire-admin",
                                request_timeout_ms=int(timeout * 1000))
    except NoBrokersAvailable as exc:
        raise KafkaUnavailable(
            f"no Kafka broker answers at {bootstrap} (set KAFKA_BOOTSTRAP_SERVERS, or run `newswire broker start`)"
        ) from exc


def ensure_topics(bootstrap: str, streams: Iterable[str] = (), *, partitions: int | None = None) -> list[str]:
    """Create every catalogue topic (plus ``streams``) that is missing; return the ones created.

    Idempotent: existing topics are left as they are (their partition count included).
    """
    from kafka.admin import NewTopic
    from kafka.errors import TopicAlreadyExistsError

    from newswire.streams.catalogue import load_catalogue

    specs = load_catalogue(partitions).all_topics(set(streams))
    client = admin(bootstrap)
    try:
        existing = set(client.list_topics())
        missing = [s for s in specs if s.name not in existing]
        created = []
        for spec in missing:  # one by one: a race with another worker is harmless
            try:
                client.create_topics([NewTopic(spec.name, spec.partitions, spec.replication_factor,
                                               topic_configs=spec.configs())], validate_only=False)
                created.append(spec.name)
            except TopicAlreadyExistsError:
                pass
        if created:
            _wait_for_metadata(client, created)
            log.info("created topics: %s", ", ".join(created))
        return created
    finally:
        client.close()


def _wait_for_metadata(client, names: list[str], timeout: float = 15.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if set(names) <= set(client.list_topics()):
            return
        time.sleep(0.2)


def end_offsets(bootstrap: str, topics: Iterable[str]) -> dict[tuple[str, int], int]:
    """(topic, partition) -> end offset, for the topics that exist."""
    from kafka import KafkaConsumer, TopicPartition

    consumer = KafkaConsumer(bootstrap_servers=bootstrap, enable_auto_commit=False, client_id="newswire-offsets")
    try:
        tps = []
        for t in topics:
            parts = consumer.partitions_for_topic(t) or set()
            tps += [TopicPartition(t, p) for p in sorted(parts)]
        return {(tp.topic, tp.partition): off for tp, off in consumer.end_offsets(tps).items()} if tps else {}
    finally:
        consumer.close()


def consumer_lag(bootstrap: str, group: str, client=None) -> dict[tuple[str, int], int]:
    """End offset minus committed offset for every partition the group has committed on."""
    own = client is None
    client = client or admin(bootstrap)
    try:
        committed = client.list_consumer_group_offsets(group)
    finally:
        if own:
            client.close()
    if not committed:
        return {}
    ends = end_offsets(bootstrap, {tp.topic for tp in committed})
    return {(tp.topic, tp.partition): max(0, ends.get((tp.topic, tp.partition), 0) - meta.offset)
            for tp, meta in committed.items() if meta.offset >= 0}
