"""A real Prometheus scrapes a real worker, and real traffic shows up in its HTTP API.

Nothing is mocked: Debian's ``prometheus`` binary (skipped with a reason when it is not
installed), a ``newswire worker`` process on the session's Kafka broker, pages sent with
the project's producer, and the counters read back through /api/v1/query.
"""

from __future__ import annotations

import re
import shutil
import time
import urllib.request
import uuid
from pathlib import Path

import pytest

pytestmark = [
    pytest.mark.integration,
    pytest.mark.skipif(shutil.which("prometheus") is None,
                       reason="the prometheus binary is not installed (Debian: apt-get install prometheus; "
                              "scripts/setup installs it when run as root)"),
]

PAGES = 3
_SERVING = re.compile(r"metrics on http://[^:]+:(\d+)/metrics")


def _metrics_port(log_path: Path, proc, timeout: float = 120.0) -> int:
    """The port the worker really serves on (it moves to the next one when ours is taken)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        m = _SERVING.search(log_path.read_text(errors="replace"))
        if m:
            return int(m.group(1))
        if proc.poll() is not None:
            break
        time.sleep(0.3)
    pytest.fail(f"worker did not serve /metrics (exit {proc.poll()}); log:\n"
                + log_path.read_text(errors="replace")[-4000:])


def _value(result: list[dict]) -> float:
    return float(result[0]["value"][1]) if result else 0.0


@pytest.fixture
def scraped_worker(kafka_bootstrap, tmp_path):
    """A worker with its own consumer group and metrics port, and a Prometheus scraping it every second."""
    from newswire.deploy import LocalPrometheus, free_port
    from newswire.run import start_worker, stop_process

    app_id = f"newswire-prom-{uuid.uuid4().hex[:8]}"
    proc, log_path = start_worker(kafka_bootstrap, log_path=tmp_path / "worker.log",
                                  extra_env={"NEWSWIRE_APP_ID": app_id, "NEWSWIRE_METRICS_PORT": str(free_port())})
    prom = None
    try:
        port = _metrics_port(log_path, proc)
        prom = LocalPrometheus(tmp_path / "prometheus", [f"127.0.0.1:{port}"]).start()
        yield {"proc": proc, "log": log_path, "port": port, "prometheus": prom, "app_id": app_id}
    finally:
        if prom is not None:
            prom.stop()
        stop_process(proc)


def test_prometheus_reads_the_workers_counters_after_real_traffic(kafka_bootstrap, scraped_worker):
    from newswire.pipeline import make_raw
    from newswire.producer import RawProducer

    prom = scraped_worker["prometheus"]
    proc = scraped_worker["proc"]

    # The worker is a target Prometheus can scrape.
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and _value(prom.query('up{job="newswire-worker"}')) != 1.0:
        time.sleep(0.5)
    assert _value(prom.query('up{job="newswire-worker"}')) == 1.0, "Prometheus cannot scrape the worker"
    assert prom.query('newswire_build_info{job="newswire-worker"}'), "build info not scraped"

    tag = uuid.uuid4().hex[:8]
    with RawProducer(kafka_bootstrap) as producer:
        for i in range(PAGES):
            producer.send_record(make_raw(
                f"Prometheus check {tag} page {i}. The regional parliament in Cardiff voted on Tuesday to "
                f"approve a new budget for hospitals and rail services, ministers said.",
                url=f"https://news.example.com/prom-{tag}-{i}"))
        producer.flush()

    # A new group starts at the earliest offset, so it may first work through older pages:
    # wait for at least ours, read back through Prometheus's HTTP API.
    expr = f'sum(newswire_messages_in_total{{job="newswire-worker", instance="127.0.0.1:{scraped_worker["port"]}", stage="split"}})'
    deadline = time.monotonic() + 300
    seen = 0.0
    while time.monotonic() < deadline:
        seen = _value(prom.query(expr))
        if seen >= PAGES:
            break
        assert proc.poll() is None, "worker exited:\n" + scraped_worker["log"].read_text(errors="replace")[-4000:]
        time.sleep(1.0)
    assert seen >= PAGES, (f"Prometheus saw {seen} split inputs, expected >= {PAGES}; worker log:\n"
                           + scraped_worker["log"].read_text(errors="replace")[-4000:])

    # What Prometheus stored is what the worker serves (a counter never runs ahead of its source).
    with urllib.request.urlopen(f"http://127.0.0.1:{scraped_worker['port']}/metrics", timeout=5) as resp:
        text = resp.read().decode()
    served = sum(float(m.group(1)) for m in re.finditer(
        r'^newswire_messages_in_total\{stage="split"\} (\S+)$', text, re.M))
    assert served >= seen

    # Labels survive the trip: per-stage series exist for the stages that ran.
    stages = {r["metric"]["stage"] for r in prom.query('newswire_messages_in_total{job="newswire-worker"}')}
    assert "split" in stages
