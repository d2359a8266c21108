"""A throw-away cluster for fault tests and end-to-end benchmarks: our own broker, real workers.

Why its own broker: the fault tests kill -9 the broker, and every worker on a shared
broker reads the same ``news.raw`` (each consumer group processes everything), so a
run's counts are only meaningful on a broker nobody else uses.
"""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import threading
import time
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

FAULT_WORKER_ENV = {
    "NEWSWIRE_METRICS_PORT": "0",
    "NEWSWIRE_BATCH_SIZE": "64",
    "NEWSWIRE_BATCH_WITHIN": "0.05",
    "NEWSWIRE_LOG_LEVEL": "warning",
}


@dataclass
class WorkerProc:
    name: str
    proc: subprocess.Popen
    log: Path
    started: float = field(default_factory=time.monotonic)

    def alive(self) -> bool:
        return self.proc.poll() is None


class Cluster:
    """One LocalBroker in ``home`` plus named worker processes sharing one consumer group."""

    def __init__(self, home: Path, *, app_id: str | None = None, worker_env: dict[str, str] | None = None,
                 broker_heap: str = "512m") -> None:
        from newswire.broker import LocalBroker, default_libs_dir

        self.home = Path(home)
        self.home.mkdir(parents=True, exist_ok=True)
        self.broker = LocalBroker(self.home / "kafka", libs_dir=default_libs_dir(), heap=broker_heap)
        self.app_id = app_id or f"newswire-fault-{uuid.uuid4().hex[:6]}"
        self.worker_env = {**FAULT_WORKER_ENV, **(worker_env or {})}
        self.workers: dict[str, WorkerProc] = {}
        self.bootstrap: str | None = None
        self.generations: dict[str, int] = {}
        self.rules_path = self._usable_rules()

    def _usable_rules(self) -> str | None:
        """Workaround while streams/routing.toml names streams the topic catalogue cannot place
        (the worker's ensure_topics raises KeyError): fall back to the built-in topic rules."""
        from newswire.routing import load_rules
        from newswire.streams.catalogue import load_catalogue

        try:
            load_catalogue().all_topics(set(load_rules().streams()))
            return None
        except KeyError:
            path = self.home / "routing-topics-only.toml"
            path.write_text("default_ruleset = true\ndefault_min_score = 0.2\n")
            self.worker_env["NEWSWIRE_ROUTING_RULES"] = str(path)
            return str(path)

    # ---------------------------------------------------------------- broker

    def start_broker(self, timeout: float = 120.0) -> str:
        from newswire.kafkautil import ensure_topics
        from newswire.routing import load_rules

        self.bootstrap = self.broker.start(timeout=timeout, progress=lambda _m: None)
        ensure_topics(self.bootstrap, load_rules(self.rules_path).streams())
        return self.bootstrap

    def kill_broker(self) -> None:
        self.broker.kill()

    def restart_broker(self, timeout: float = 120.0) -> str:
        boot = self.broker.start(timeout=timeout, progress=lambda _m: None)
        assert boot == self.bootstrap, f"broker came back on {boot}, not {self.bootstrap}"
        return boot

    # ---------------------------------------------------------------- workers

    def start_worker(self, name: str = "w0", env: dict[str, str] | None = None) -> WorkerProc:
        from newswire.run import start_worker

        assert self.bootstrap, "start the broker first"
        gen = self.generations.get(name, 0) + 1
        self.generations[name] = gen
        log = self.home / f"worker-{name}-{gen}.log"
        proc, log = start_worker(self.bootstrap, log_path=log, extra_env={
            **self.worker_env, "NEWSWIRE_APP_ID": self.app_id, "NEWSWIRE_HOME": str(self.home / "nw"),
            **(env or {})})
        w = WorkerProc(name, proc, log)
        self.workers[name] = w
        return w

    def kill_worker(self, name: str = "w0") -> None:
        """SIGKILL: no shutdown, no commit, no flush."""
        w = self.workers[name]
        with contextlib.suppress(ProcessLookupError):
            os.kill(w.proc.pid, signal.SIGKILL)
        w.proc.wait(timeout=10)

    def stop_worker(self, name: str = "w0", timeout: float = 60.0) -> int | None:
        from newswire.run import stop_process

        w = self.workers[name]
        stop_process(w.proc, timeout=timeout)
        return w.proc.returncode

    def crashed(self) -> list[str]:
        """Workers that exited on their own (not killed or stopped by us)."""
        return [n for n, w in self.workers.items() if w.proc.returncode is not None and w.proc.returncode not in
                (0, -9, -15, 143)]

    def log_tail(self, name: str, n: int = 4000) -> str:
        w = self.workers.get(name)
        return w.log.read_text(errors="replace")[-n:] if w and w.log.exists() else ""

    def close(self) -> None:
        from newswire.run import stop_process

        for w in self.workers.values():
            with contextlib.suppress(Exception):
                stop_process(w.proc, timeout=20)
        with contextlib.suppress(Exception):
            self.broker.stop(timeout=20)


class AckingProducer:
    """kafka-python producer (acks=all, idempotent, as RawProducer) that remembers which keys
    the broker acknowledged: only those count as "produced" for the checker."""

    def __init__(self, bootstrap: str, topic: str = "news.raw") -> None:
        from kafka import KafkaProducer

        self.topic = topic
        self.acked: set[str] = set()
        self.ack_times: dict[str, float] = {}
        self.failed: list[tuple[str, str]] = []
        self.sent = 0
        self._producer = KafkaProducer(
            bootstrap_servers=bootstrap, client_id="newswire-fault-producer", acks="all",
            enable_idempotence=True, compression_type="gzip", linger_ms=20, batch_size=256 * 1024,
            max_request_size=8 * 1024 * 1024, retries=2**31 - 1, delivery_timeout_ms=300_000,
            max_in_flight_requests_per_connection=1, reconnect_backoff_max_ms=2000,
        )

    def send(self, key: bytes, value: bytes) -> None:
        k = key.decode("utf-8", "replace")
        fut = self._producer.send(self.topic, key=key, value=value)
        fut.add_callback(lambda _md: (self.acked.add(k), self.ack_times.__setitem__(k, time.time())))
        fut.add_errback(lambda exc: self.failed.append((k, repr(exc))))
        self.sent += 1

    def send_record(self, rec: dict) -> None:
        from newswire.schema import encode

        self.send(rec["id"].encode(), encode(rec))

    def flush(self, timeout: float = 300.0) -> None:
        self._producer.flush(timeout=timeout)

    def close(self) -> None:
        with contextlib.suppress(Exception):
            self._producer.flush(timeout=60)
        self._producer.close(timeout=10)


def produce_in_background(producer: AckingProducer, items: Iterable[tuple[bytes, bytes]], *,
                          rate: float | None = None) -> threading.Thread:
    """Send ``items`` from a thread, at ``rate`` per second if given; ``thread.error`` on failure."""

    def run() -> None:
        t0 = time.monotonic()
        try:
            for i, (k, v) in enumerate(items):
                if rate:
                    ahead = t0 + i / rate - time.monotonic()
                    if ahead > 0:
                        time.sleep(ahead)
                producer.send(k, v)
            producer.flush()
        except Exception as exc:  # noqa: BLE001 - reported by the caller
            th.error = exc  # type: ignore[attr-defined]

    th = threading.Thread(target=run, name="fault-producer", daemon=True)
    th.error = None  # type: ignore[attr-defined]
    th.start()
    return th


def record_items(records: Iterable[dict]) -> Iterable[tuple[bytes, bytes]]:
    from newswire.schema import encode

    for r in records:
        yield r["id"].encode(), encode(r)
