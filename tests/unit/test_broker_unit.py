"""Pure parts of newswire.broker: ports, config rendering, the metadata probe, state handling.

No JVM here; the real broker is exercised in tests/integration/test_broker.py.
"""

from __future__ import annotations

import argparse
import base64
import json
import os
import socket
import struct
import threading
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newswire import broker as nb

TEMPLATE = (nb.BROKER_FILES / "server.properties.template").read_text()


# --------------------------------------------------------------------------- ports


def test_choose_ports_keeps_defaults_when_free() -> None:
    assert nb.choose_ports(9092, 9093, is_free=lambda p: True) == (9092, 9093, [])


def test_choose_ports_moves_a_taken_port_and_says_so() -> None:
    port, ctl, notes = nb.choose_ports(9092, 9093, is_free=lambda p: p != 9092)
    assert port != 9092 and ctl == 9093 and port != ctl
    assert notes == [f"port 9092 taken, using {port}"]


def test_choose_ports_moves_taken_controller_port() -> None:
    port, ctl, notes = nb.choose_ports(9092, 9093, is_free=lambda p: p != 9093)
    assert port == 9092 and ctl not in (9092, 9093)
    assert notes == [f"controller port 9093 taken, using {ctl}"]


def test_choose_ports_strict_refuses_to_move_an_explicit_port() -> None:
    with pytest.raises(nb.BrokerError, match="port 9092 is taken"):
        nb.choose_ports(9092, 9093, strict=True, is_free=lambda p: p != 9092)


def test_choose_ports_never_gives_the_same_port_twice() -> None:
    port, ctl, _ = nb.choose_ports(9500, 9500, is_free=lambda p: True)
    assert port == 9500 and ctl != 9500


def test_port_free_sees_a_listening_socket() -> None:
    with socket.socket() as s:
        s.bind((nb.HOST, 0))
        s.listen()
        port = s.getsockname()[1]
        assert not nb.port_free(port)
    assert nb.port_free(port)


def test_free_port_honours_exclude() -> None:
    first = nb.free_port()
    assert nb.free_port(exclude={first}) != first


# --------------------------------------------------------------------------- config


def test_rendered_properties_make_a_single_node_kraft_broker(tmp_path: Path) -> None:
    text = nb.render_properties(TEMPLATE, port=39017, controller_port=39018, log_dirs=tmp_path / "data")
    assert "{" not in text and "}" not in text  # every field filled
    props = nb.parse_properties(text)
    assert props["process.roles"] == "broker,controller"
    assert props["node.id"] == "1"
    assert props["controller.quorum.voters"] == "1@127.0.0.1:39018"
    assert props["listeners"] == "PLAINTEXT://127.0.0.1:39017,CONTROLLER://127.0.0.1:39018"
    assert props["advertised.listeners"] == "PLAINTEXT://127.0.0.1:39017"
    assert props["log.dirs"] == str(tmp_path / "data")
    for key in (
        "offsets.topic.replication.factor",
        "transaction.state.log.replication.factor",
        "transaction.state.log.min.isr",
    ):
        assert props[key] == "1", key
    assert props["num.partitions"] == "4"
    assert props["group.initial.rebalance.delay.ms"] == "0"
    assert props["auto.create.topics.enable"] == "false"


def test_log4j_config_writes_to_the_logs_dir() -> None:
    props = nb.parse_properties((nb.BROKER_FILES / "log4j.properties").read_text())
    assert props["log4j.appender.serverFile.File"] == "${kafka.logs.dir}/server.log"
    assert "serverFile" in props["log4j.rootLogger"]


def test_pom_pins_kafka_3_9_and_a_logging_binding() -> None:
    pom = (nb.BROKER_FILES / "pom.xml").read_text()
    assert f"<kafka.version>{nb.KAFKA_VERSION}</kafka.version>" in pom
    assert nb.KAFKA_VERSION.startswith("3.9.")
    assert "<artifactId>kafka_2.13</artifactId>" in pom
    assert "<artifactId>slf4j-reload4j</artifactId>" in pom


_key = st.text(alphabet="abcdefghijklmnopqrstuvwxyz.", min_size=1, max_size=20).filter(lambda k: k.strip("."))
_value = st.text(
    alphabet=st.characters(blacklist_categories=("Cc", "Cs", "Zl", "Zp"), blacklist_characters="\n\r"),
    max_size=30,
)


@given(st.dictionaries(_key, _value.map(str.strip), max_size=10))
def test_parse_properties_round_trips(props: dict[str, str]) -> None:
    text = "# comment\n\n" + "\n".join(f"{k}={v}" for k, v in props.items()) + "\n! other comment\n"
    assert nb.parse_properties(text) == props


def test_cluster_id_is_a_kafka_uuid() -> None:
    for _ in range(200):
        cid = nb.new_cluster_id()
        assert len(cid) == 22 and not cid.startswith("-")
        assert len(base64.urlsafe_b64decode(cid + "==")) == 16


# --------------------------------------------------------------------------- bootstrap parsing


@given(
    st.lists(
        st.tuples(st.sampled_from(["127.0.0.1", "localhost", "kafka-1"]), st.integers(1, 65535)), min_size=1
    )
)
def test_split_bootstrap_round_trips(servers: list[tuple[str, int]]) -> None:
    text = ", ".join(f"{h}:{p}" for h, p in servers)
    assert nb._split_bootstrap(text) == servers


def test_split_bootstrap_accepts_faust_urls_and_bare_hosts() -> None:
    assert nb._split_bootstrap("kafka://broker:19092") == [("broker", 19092)]
    assert nb._split_bootstrap("broker") == [("broker", nb.DEFAULT_PORT)]


# --------------------------------------------------------------------------- metadata probe


class FakeKafka:
    """A socket server answering one Metadata v0 request with a chosen broker count."""

    def __init__(self, n_brokers: int, *, echo_id: bool = True, garbage: bool = False) -> None:
        self.sock = socket.socket()
        self.sock.bind((nb.HOST, 0))
        self.sock.listen()
        self.port = self.sock.getsockname()[1]
        self.n_brokers, self.echo_id, self.garbage = n_brokers, echo_id, garbage
        self.request: bytes = b""
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self) -> None:
        conn, _ = self.sock.accept()
        with conn:
            size = struct.unpack(">i", conn.recv(4))[0]
            self.request = conn.recv(size)
            if self.garbage:
                conn.sendall(b"HTTP/1.1 400 Bad Request\r\n\r\n")
                return
            api_key, version, corr = struct.unpack(">hhi", self.request[:8])
            corr = corr if self.echo_id else corr + 1
            body = struct.pack(">ii", corr, self.n_brokers)
            for i in range(self.n_brokers):
                body += struct.pack(">ih", i, 9) + b"127.0.0.1" + struct.pack(">i", 9092)
            body += struct.pack(">i", 0)
            conn.sendall(struct.pack(">i", len(body)) + body)

    def close(self) -> None:
        self.sock.close()


def test_reachable_sends_a_metadata_request_and_needs_a_live_broker() -> None:
    fake = FakeKafka(1)
    try:
        assert nb.reachable(f"{nb.HOST}:{fake.port}", timeout=2)
        fake.thread.join(2)
        api_key, version = struct.unpack(">hh", fake.request[:4])
        assert (api_key, version) == (3, 0)  # Metadata v0
    finally:
        fake.close()


@pytest.mark.parametrize(
    "kwargs", [{"n_brokers": 0}, {"n_brokers": 1, "echo_id": False}, {"n_brokers": 1, "garbage": True}]
)
def test_reachable_is_false_for_fenced_or_foreign_servers(kwargs: dict) -> None:
    fake = FakeKafka(**kwargs)
    try:
        assert not nb.reachable(f"{nb.HOST}:{fake.port}", timeout=2)
    finally:
        fake.close()


def test_reachable_is_false_when_nothing_listens() -> None:
    assert not nb.reachable(f"{nb.HOST}:{nb.free_port()}", timeout=1)
    assert not nb.reachable("not a bootstrap:xx", timeout=1)


def test_reachable_tries_every_server_in_the_list() -> None:
    fake = FakeKafka(1)
    try:
        assert nb.reachable(f"{nb.HOST}:{nb.free_port()},{nb.HOST}:{fake.port}", timeout=2)
    finally:
        fake.close()


# --------------------------------------------------------------------------- state, install, CLI


def test_status_of_an_empty_home(tmp_path: Path) -> None:
    b = nb.LocalBroker(tmp_path, libs_dir=tmp_path / "libs")
    st_ = b.status()
    assert st_["running"] is False and st_["reachable"] is False and st_["pid"] is None
    assert st_["installed"] is False and st_["bootstrap"] is None
    assert st_["data_dir"] == str(tmp_path / "broker" / "data")
    assert st_["log_file"] == str(tmp_path / "broker" / "logs" / "server.log")


def test_stale_pid_file_of_another_process_is_not_a_broker(tmp_path: Path) -> None:
    b = nb.LocalBroker(tmp_path)
    b.dir.mkdir(parents=True)
    b.pid_file.write_text(f"{os.getpid()}\n")  # alive, but this is pytest, not kafka.Kafka
    assert b.pid() is None
    assert b.stop() is False and b.kill() is False


def test_state_file_ports_are_reused(tmp_path: Path) -> None:
    b = nb.LocalBroker(tmp_path)
    with socket.socket() as s1, socket.socket() as s2:
        s1.bind((nb.HOST, 0))
        s2.bind((nb.HOST, 0))
        p1, p2 = s1.getsockname()[1], s2.getsockname()[1]
    b._write_state(port=p1, controller_port=p2)
    assert b.bootstrap == f"{nb.HOST}:{p1}"
    assert b._ports() == (p1, p2) and b.notes == []


def test_ensure_installed_skips_maven_when_marker_exists(tmp_path: Path, monkeypatch) -> None:
    libs = tmp_path / "libs"
    libs.mkdir()
    (libs / ".complete").write_text("{}")
    monkeypatch.setattr(nb.shutil, "which", lambda name: pytest.fail(f"looked for {name}"))
    assert nb.LocalBroker(tmp_path, libs_dir=libs).ensure_installed(progress=lambda m: None) == libs


def test_ensure_installed_without_maven_says_what_to_install(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(nb.shutil, "which", lambda name: None)
    with pytest.raises(nb.BrokerError, match="mvn not found"):
        nb.LocalBroker(tmp_path, libs_dir=tmp_path / "libs").ensure_installed(progress=lambda m: None)


def _args(tmp_path: Path, action: str, *extra: str) -> argparse.Namespace:
    p = argparse.ArgumentParser()
    nb.add_arguments(p)
    return p.parse_args([action, "--home", str(tmp_path), "--libs-dir", str(tmp_path / "libs"), *extra])


def test_cli_status_and_stop_when_nothing_runs(tmp_path: Path, capsys) -> None:
    assert nb.main(_args(tmp_path, "status")) == 1
    assert "broker: not running" in capsys.readouterr().out
    assert nb.main(_args(tmp_path, "status", "--json")) == 1
    assert json.loads(capsys.readouterr().out)["running"] is False
    assert nb.main(_args(tmp_path, "stop")) == 0
    assert "no broker running" in capsys.readouterr().out


def test_cli_start_with_a_taken_explicit_port_fails_loudly(tmp_path: Path, capsys) -> None:
    libs = tmp_path / "libs"
    libs.mkdir()
    (libs / ".complete").write_text("{}")
    with socket.socket() as s:
        s.bind((nb.HOST, 0))
        s.listen()
        port = s.getsockname()[1]
        assert nb.main(_args(tmp_path, "start", "--port", str(port))) == 1
    assert f"port {port} is taken" in capsys.readouterr().err


def test_cli_rejects_unknown_actions(tmp_path: Path) -> None:
    with pytest.raises(SystemExit):
        _args(tmp_path, "restart")


# --------------------------------------------------------------------------- ensure_broker's choices


def _ensure(monkeypatch, tmp_path: Path, up: set[str], **kwargs):
    monkeypatch.setattr(nb, "reachable", lambda boot, timeout=3.0: boot in up)
    started: list[Path] = []

    def fake_start(broker: nb.LocalBroker, timeout: float = 60.0, progress=print) -> str:
        # Stands in for the JVM: the decision logic is what is under test here.
        started.append(broker.home)
        return "127.0.0.1:45678"

    monkeypatch.setattr(nb.LocalBroker, "start", fake_start)
    msgs: list[str] = []
    result = nb.ensure_broker(home=tmp_path, libs_dir=tmp_path / "libs", progress=msgs.append, **kwargs)
    return result, started, msgs


def test_ensure_broker_uses_a_reachable_named_broker(monkeypatch, tmp_path: Path) -> None:
    monkeypatch.delenv("KAFKA_BOOTSTRAP_SERVERS", raising=False)
    (boot, started), calls, _ = _ensure(monkeypatch, tmp_path, {"kafka:9092"}, bootstrap="kafka:9092")
    assert (boot, started, calls) == ("kafka:9092", None, [])


def test_ensure_broker_reads_the_environment(monkeypatch, tmp_path: Path) -> None:
    monkeypatch.setenv("KAFKA_BOOTSTRAP_SERVERS", "envhost:29092")
    (boot, started), calls, _ = _ensure(monkeypatch, tmp_path, {"envhost:29092"})
    assert (boot, started, calls) == ("envhost:29092", None, [])


def test_ensure_broker_reuses_the_default_port_without_owning_it(monkeypatch, tmp_path: Path) -> None:
    monkeypatch.delenv("KAFKA_BOOTSTRAP_SERVERS", raising=False)
    (boot, started), calls, _ = _ensure(monkeypatch, tmp_path, {"127.0.0.1:9092"})
    assert (boot, started, calls) == ("127.0.0.1:9092", None, [])


def test_ensure_broker_starts_one_and_hands_it_back(monkeypatch, tmp_path: Path) -> None:
    monkeypatch.setenv("KAFKA_BOOTSTRAP_SERVERS", "gone:9092")
    (boot, started), calls, msgs = _ensure(monkeypatch, tmp_path, set())
    assert boot == "127.0.0.1:45678" and calls == [tmp_path]
    assert isinstance(started, nb.LocalBroker) and started.libs_dir == tmp_path / "libs"
    assert any("gone:9092 is not reachable" in m for m in msgs)


def test_ensure_broker_can_refuse_to_start(monkeypatch, tmp_path: Path) -> None:
    monkeypatch.delenv("KAFKA_BOOTSTRAP_SERVERS", raising=False)
    with pytest.raises(nb.BrokerError, match="no Kafka broker reachable"):
        _ensure(monkeypatch, tmp_path, set(), start_if_missing=False)


def test_an_edited_pom_invalidates_the_jar_cache(tmp_path: Path) -> None:
    libs = tmp_path / "libs"
    libs.mkdir()
    b = nb.LocalBroker(tmp_path, libs_dir=libs)
    assert not b.installed()
    (libs / ".complete").write_text(json.dumps({"pom_sha256": nb._sha256(nb.BROKER_FILES / "pom.xml")}))
    assert b.installed()
    (libs / ".complete").write_text(json.dumps({"pom_sha256": "0" * 64}))
    assert not b.installed()


def test_a_launch_is_not_ready_on_another_brokers_answer(tmp_path: Path, monkeypatch) -> None:
    """Our JVM failed to bind and another broker answers on the address: not ready."""
    b = nb.LocalBroker(tmp_path, libs_dir=tmp_path / "libs")
    b.logs_dir.mkdir(parents=True, exist_ok=True)
    b.log_file.write_text("[x] INFO old run\n[y] INFO [KafkaRaftServer nodeId=1] Kafka Server started\n")
    offset = b.log_file.stat().st_size
    monkeypatch.setattr(nb, "reachable", lambda boot, timeout=1.0: True)  # someone answers
    alive = {"pid": 4242}
    monkeypatch.setattr(b, "pid", lambda: alive["pid"])
    assert not b._wait_ready("127.0.0.1:9092", 0.6, 4242, offset)  # alive but has not logged its start
    with open(b.log_file, "a") as fh:
        fh.write("[z] INFO [KafkaRaftServer nodeId=1] Kafka Server started (kafka.server.KafkaRaftServer)\n")
    assert b._wait_ready("127.0.0.1:9092", 0.6, 4242, offset)
    alive["pid"] = None  # our process died: never ready, whoever answers
    assert not b._wait_ready("127.0.0.1:9092", 0.6, 4242, offset)
    assert b._wait_ready("127.0.0.1:9092", 0.6, None) is False
