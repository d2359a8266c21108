"""A real worker process for the integration tests, and a reader for output topics."""

from __future__ import annotations

import contextlib
import os
import time
import uuid

import orjson
import pytest

pytestmark = pytest.mark.integration


class Collector:
    """Reads topics from their current end: only what the test causes is seen."""

    def __init__(self, bootstrap: str, topics: list[str]) -> None:
        from kafka import KafkaConsumer, TopicPartition

        self.consumer = KafkaConsumer(bootstrap_servers=bootstrap, enable_auto_commit=False,
                                      max_partition_fetch_bytes=16 * 1024 * 1024)
        tps = [TopicPartition(t, p) for t in topics for p in sorted(self.consumer.partitions_for_topic(t) or [])]
        assert tps, f"none of {topics} exist"
        self.consumer.assign(tps)
        for tp, end in self.consumer.end_offsets(tps).items():
            self.consumer.seek(tp, end)
        self.records: list[tuple[str, bytes | None, dict | bytes]] = []

    def poll(self) -> None:
        for tp, msgs in self.consumer.poll(timeout_ms=200).items():
            for m in msgs:
                try:
                    value = orjson.loads(m.value)
                except orjson.JSONDecodeError:
                    value = m.value
                self.records.append((tp.topic, m.key, value))

    def wait_for(self, predicate, timeout: float = 90.0, what: str = "records"):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            self.poll()
            found = predicate(self.records)
            if found:
                return found
        raise AssertionError(f"timed out after {timeout}s waiting for {what}; saw "
                             f"{[(t, k) for t, k, _ in self.records][:20]}")

    def of(self, topic: str) -> list[dict]:
        return [v for t, _, v in self.records if t == topic and isinstance(v, dict)]

    def close(self) -> None:
        self.consumer.close()


@pytest.fixture
def collector(kafka_bootstrap):
    made = []

    def make(*topics: str) -> Collector:
        c = Collector(kafka_bootstrap, list(topics))
        made.append(c)
        return c

    yield make
    for c in made:
        c.close()


@pytest.fixture(scope="session")
def collector_on():
    """Collectors on a broker of the caller's choosing (e.g. a module's own broker); usable from
    module-scoped fixtures too. Close them when done; any left open are closed at session end."""
    made: list[Collector] = []

    def make(bootstrap: str, *topics: str) -> Collector:
        c = Collector(bootstrap, list(topics))
        made.append(c)
        return c

    yield make
    for c in made:
        with contextlib.suppress(Exception):  # already closed by its user
            c.close()


def start_ready_worker(bootstrap: str, log_path, extra_env: dict[str, str]):
    """Start a `newswire worker` and return (proc, log) once a probe page comes out routed
    (topics exist, models loaded, partitions assigned)."""
    from newswire.kafkautil import ensure_topics
    from newswire.pipeline import make_raw
    from newswire.producer import RawProducer
    from newswire.routing import load_rules
    from newswire.run import start_worker, stop_process

    ensure_topics(bootstrap, load_rules().streams())
    proc, log_path = start_worker(bootstrap, log_path=log_path,
                                  extra_env={"NEWSWIRE_METRICS_PORT": "0", "NEWSWIRE_BATCH_WITHIN": "0.02",
                                             **extra_env})
    c = Collector(bootstrap, sorted(load_rules().streams() | {"news.topic.other"}))
    probe = make_raw(f"Probe {uuid.uuid4()}. The city council in Leeds met on Monday to discuss the budget "
                     "for schools and roads, officials said.", url=f"https://example.org/probe/{uuid.uuid4()}")
    with RawProducer(bootstrap) as p:
        p.send_record(probe)
    try:
        c.wait_for(lambda recs: any(isinstance(v, dict) and v.get("id") == probe["id"] for _, _, v in recs),
                   timeout=180, what="the worker to route a probe page")
    except AssertionError:
        stop_process(proc)
        pytest.fail("worker did not become ready; its log:\n" + log_path.read_text(errors="replace")[-5000:])
    finally:
        c.close()
    return proc, log_path


@pytest.fixture(scope="session")
def ready_worker():
    """start_ready_worker, for tests that need a worker with settings of their own."""
    return start_ready_worker


@pytest.fixture(scope="session")
def worker(kafka_bootstrap, tmp_path_factory):
    """One `newswire worker` process (its own consumer group) for the integration session."""
    from newswire.run import stop_process

    app_id = f"newswire-it-{uuid.uuid4().hex[:6]}"
    proc, log_path = start_ready_worker(kafka_bootstrap, tmp_path_factory.mktemp("worker") / "worker.log",
                                        {"NEWSWIRE_APP_ID": app_id})
    yield {"proc": proc, "log": log_path, "app_id": app_id}
    stop_process(proc)
    assert proc.returncode in (0, -15, 143), f"worker exited {proc.returncode}; log: {log_path}"


os.environ.setdefault("NEWSWIRE_METRICS_PORT", "0")
