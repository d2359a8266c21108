"""The real thing: Apache Kafka 3.9 (jars from Maven Central) started, used, killed, restarted.

One broker in a temporary home for the whole module (the jar cache is shared, so Maven
never runs here). Costs two JVM start-ups, about 20-30 s on two cores.
"""

from __future__ import annotations

import socket
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from newswire.broker import HOST, LocalBroker, default_libs_dir, reachable

pytestmark = pytest.mark.integration


@pytest.fixture(scope="module")
def broker(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LocalBroker]:
    b = LocalBroker(tmp_path_factory.mktemp("broker-home"), libs_dir=default_libs_dir())
    if not b.installed():
        pytest.fail("Kafka jars are not installed: run scripts/install-broker")
    try:
        yield b
    finally:
        b.stop(timeout=20)


def _produce(bootstrap: str, topic: str, value: bytes) -> None:
    from kafka import KafkaProducer
    from kafka.admin import KafkaAdminClient, NewTopic

    admin = KafkaAdminClient(bootstrap_servers=bootstrap, request_timeout_ms=20000)
    try:
        admin.create_topics([NewTopic(topic, num_partitions=1, replication_factor=1)])
    finally:
        admin.close()
    producer = KafkaProducer(bootstrap_servers=bootstrap, acks="all", linger_ms=0)
    try:
        producer.send(topic, key=b"k", value=value).get(timeout=30)
        producer.flush()
    finally:
        producer.close()


def _consume(bootstrap: str, topic: str, n: int) -> list[bytes]:
    """The first ``n`` records from the beginning (fewer if they do not come within 20 s)."""
    from kafka import KafkaConsumer

    consumer = KafkaConsumer(
        topic,
        bootstrap_servers=bootstrap,
        group_id=None,
        auto_offset_reset="earliest",
        enable_auto_commit=False,
        consumer_timeout_ms=20000,
    )
    out: list[bytes] = []
    try:
        for record in consumer:
            out.append(record.value)
            if len(out) >= n:
                break
        return out
    finally:
        consumer.close()


def test_start_moves_off_a_taken_port_and_says_which(broker: LocalBroker) -> None:
    # The remembered port (state file, as after an earlier run) is occupied by someone else.
    with socket.socket() as squatter:
        squatter.bind((HOST, 0))
        squatter.listen()
        taken = squatter.getsockname()[1]
        broker._write_state(port=taken)
        notes: list[str] = []
        bootstrap = broker.start(timeout=90, progress=notes.append)
    port = int(bootstrap.rsplit(":", 1)[1])
    assert port != taken
    assert f"port {taken} taken, using {port}" in notes
    assert reachable(bootstrap)


def test_status_reports_a_running_reachable_broker(broker: LocalBroker) -> None:
    st = broker.status()
    assert st["running"] and st["reachable"]
    assert st["bootstrap"] == broker.bootstrap and isinstance(st["pid"], int)
    assert Path(st["log_file"]).stat().st_size > 0  # log4j writes to the file, not the console
    # A second start finds it instead of launching another JVM.
    assert broker.start(timeout=30, progress=lambda m: None) == broker.bootstrap
    assert broker.pid() == st["pid"]


def test_produce_consume_survives_kill_9_and_restart(broker: LocalBroker) -> None:
    bootstrap = broker.bootstrap
    assert bootstrap
    topic = f"broker-test-{uuid.uuid4().hex[:8]}"
    payload = b'{"hello": "kafka"}'
    _produce(bootstrap, topic, payload)
    assert _consume(bootstrap, topic, 1) == [payload]

    old_pid = broker.pid()
    assert broker.kill()
    assert broker.pid() is None and not reachable(bootstrap, timeout=1)

    assert broker.start(timeout=90, progress=lambda m: None) == bootstrap  # same port, same data
    assert broker.pid() != old_pid
    assert _consume(bootstrap, topic, 1) == [payload]


def test_auto_create_is_off(broker: LocalBroker) -> None:
    """Topics come from the catalogue; a typo must not silently create one."""
    from kafka import KafkaProducer
    from kafka.errors import KafkaTimeoutError

    producer = KafkaProducer(bootstrap_servers=broker.bootstrap, max_block_ms=3000)
    try:
        with pytest.raises(KafkaTimeoutError):
            producer.send(f"no-such-topic-{uuid.uuid4().hex[:6]}", b"x").get(timeout=10)
    finally:
        producer.close(timeout=2)


def test_a_port_grabbed_during_start_up_is_retried(broker: LocalBroker, monkeypatch) -> None:
    """The JVM's own bind fails (a real BindException); start() retries once on fresh ports.

    The controller port is the one grabbed: the JVM binds it first, so it fails sooner.
    """
    from newswire import broker as nb

    assert broker.stop(timeout=30)
    state = broker.read_state()
    old, ctl = state["port"], state["controller_port"]
    monkeypatch.setattr(nb, "port_free", lambda port, host=HOST: True)  # our check says free...
    with socket.socket() as squatter:  # ...but someone holds the port
        squatter.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        squatter.bind((HOST, ctl))
        squatter.listen()
        notes: list[str] = []
        bootstrap = broker.start(timeout=90, progress=notes.append)
    assert any(n.startswith(f"ports {old}/{ctl} were taken during start-up") for n in notes), notes
    assert bootstrap != f"{HOST}:{old}" and reachable(bootstrap)


def test_stop_is_clean_and_final(broker: LocalBroker) -> None:
    bootstrap = broker.bootstrap
    assert bootstrap
    assert broker.stop(timeout=30)
    assert broker.notes == []  # no SIGKILL was needed
    st = broker.status()
    assert not st["running"] and not st["reachable"] and st["pid"] is None
    assert not reachable(bootstrap, timeout=1)
    log = Path(st["log_file"]).read_text()
    assert "Kafka Server started" in log
    assert "shut down completed" in log
