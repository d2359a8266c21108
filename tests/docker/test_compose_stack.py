"""The docker compose stack, for real: build, start, scale, produce a page, see it routed.

Needs a Docker engine (pytest-docker drives ``docker compose``). Where none answers
(``docker info`` fails: no daemon, no socket, no permission) the test is skipped with
the reason, before pytest-docker's fixture is requested: that fixture would otherwise
error instead of skip.

    pytest -m docker tests/docker         # takes minutes: builds the image, pulls Kafka
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import time
import urllib.parse
import urllib.request
import uuid
from pathlib import Path

import pytest

pytestmark = [pytest.mark.docker, pytest.mark.slow]

REPO = Path(__file__).resolve().parents[2]
WORKERS = 2
KAFKA = f"localhost:{os.environ.get('KAFKA_HOST_PORT', '29092')}"
PROMETHEUS = f"http://localhost:{os.environ.get('PROMETHEUS_PORT', '9090')}"
INTERNAL = {"news.raw", "news.articles", "news.teasers", "news.enriched", "news.deadletter"}


def docker_engine_problem() -> str | None:
    """None when a Docker engine answers, else why not (for the skip reason)."""
    if shutil.which("docker") is None:
        return "no docker CLI on PATH"
    try:
        res = subprocess.run(["docker", "info", "--format", "{{.ServerVersion}}"], capture_output=True,
                             text=True, timeout=30)
    except subprocess.TimeoutExpired:
        return "`docker info` timed out: the Docker engine does not answer"
    if res.returncode != 0 or not res.stdout.strip():
        detail = (res.stderr or res.stdout).strip().splitlines()
        return f"no Docker engine answers (`docker info`: {detail[-1] if detail else 'exit ' + str(res.returncode)})"
    compose = subprocess.run(["docker", "compose", "version"], capture_output=True, text=True, timeout=30)
    if compose.returncode != 0:
        return "the docker compose plugin is missing (`docker compose version` failed)"
    return None


# pytest-docker configuration: our compose file, project name, and the scaled start.
@pytest.fixture(scope="session")
def docker_compose_file() -> str:
    return str(REPO / "docker-compose.yml")


@pytest.fixture(scope="session")
def docker_compose_project_name() -> str:
    return f"newswire-test-{uuid.uuid4().hex[:6]}"


@pytest.fixture(scope="session")
def docker_setup() -> list[str]:
    # no --wait: it also waits for feeds to be healthy (its /metrics), which is not what this test checks
    return [f"up --build -d --scale worker={WORKERS}"]


@pytest.fixture(scope="session")
def docker_cleanup() -> list[str]:
    return ["down -v --remove-orphans"]


@pytest.fixture(scope="session")
def stack(request):
    """The running stack, or a skip that says why there is none."""
    problem = docker_engine_problem()
    if problem:
        pytest.skip(f"{problem}; the compose stack test needs a Docker engine")
    return request.getfixturevalue("docker_services")


def _kafka_ready() -> bool:
    from kafka import KafkaConsumer
    from kafka.errors import KafkaError

    try:
        c = KafkaConsumer(bootstrap_servers=KAFKA, request_timeout_ms=5000, api_version_auto_timeout_ms=5000)
    except KafkaError:
        return False
    try:
        return "news.raw" in c.topics()  # topics-init has run
    finally:
        c.close()


def _prometheus(expr: str) -> list[dict]:
    url = f"{PROMETHEUS}/api/v1/query?" + urllib.parse.urlencode({"query": expr})
    with urllib.request.urlopen(url, timeout=10) as resp:
        return json.loads(resp.read())["data"]["result"]


def test_a_produced_page_comes_out_routed_and_every_replica_is_scraped(stack):
    from kafka import KafkaConsumer

    from newswire.pipeline import make_raw
    from newswire.producer import RawProducer

    stack.wait_until_responsive(check=_kafka_ready, timeout=300.0, pause=2.0)

    outputs = KafkaConsumer(bootstrap_servers=KAFKA, enable_auto_commit=False, auto_offset_reset="latest",
                            max_partition_fetch_bytes=16 * 1024 * 1024)
    topics = sorted(t for t in outputs.topics() if t.startswith("news.") and t not in INTERNAL)
    assert any(t.startswith("news.topic.") for t in topics), topics
    outputs.subscribe(topics)
    outputs.poll(timeout_ms=2000)  # join, take positions at the end before producing

    page = make_raw("The national parliament in Lisbon approved a budget for hospitals and schools on "
                    "Wednesday after a long debate, the prime minister's office said.",
                    url=f"https://news.example.com/compose-{uuid.uuid4().hex}", source="compose-test")
    with RawProducer(KAFKA) as producer:
        producer.send_record(page)
        producer.flush()

    routed = []
    deadline = time.monotonic() + 300
    while not routed and time.monotonic() < deadline:
        for tp, msgs in outputs.poll(timeout_ms=1000).items():
            for m in msgs:
                try:
                    rec = json.loads(m.value)
                except ValueError:
                    continue
                if rec.get("id") == page["id"]:
                    routed.append((tp.topic, rec))
    outputs.close()
    assert routed, "the page did not come out on any output stream within 300 s"
    assert routed[0][1]["body"], "routed without a body"

    # Prometheus found every replica by DNS and scraped the traffic.
    deadline = time.monotonic() + 120
    up = routed_total = 0.0
    while time.monotonic() < deadline:
        up = float((_prometheus('count(up{job="newswire-worker"} == 1)') or [{"value": [0, "0"]}])[0]["value"][1])
        routed_total = float((_prometheus("sum(newswire_routed_total)") or [{"value": [0, "0"]}])[0]["value"][1])
        if up == WORKERS and routed_total >= 1:
            break
        time.sleep(3)
    assert up == WORKERS, f"Prometheus scrapes {up} worker replicas, expected {WORKERS}"
    assert routed_total >= 1
