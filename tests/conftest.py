"""Shared fixtures: one real Kafka broker per test session, paths to shared eval data."""

from __future__ import annotations

import os
import uuid
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("NEWSWIRE_SHARED_DIR", REPO.parent / "shared"))


@pytest.fixture(scope="session")
def kafka_bootstrap(tmp_path_factory):
    """A reachable broker: the one KAFKA_BOOTSTRAP_SERVERS names, else our own for this session.

    Never a mock: the broker is Apache Kafka 3.9 from Maven Central (scripts/setup fetched it).
    """
    from newswire.broker import LocalBroker, default_libs_dir, reachable

    named = os.environ.get("KAFKA_BOOTSTRAP_SERVERS")
    if named and reachable(named):
        yield named
        return
    home = tmp_path_factory.mktemp("kafka-home")
    broker = LocalBroker(home, libs_dir=default_libs_dir())
    if not broker.installed():
        pytest.fail("Kafka jars are not installed: run ./scripts/setup (it runs `newswire broker install`)")
    bootstrap = broker.start(timeout=90, progress=lambda _m: None)
    os.environ["KAFKA_BOOTSTRAP_SERVERS"] = bootstrap  # worker subprocesses inherit it
    try:
        yield bootstrap
    finally:
        broker.stop()


@pytest.fixture
def unique_app_id() -> str:
    """A consumer group of its own, so tests never see each other's offsets or tables."""
    return f"newswire-test-{uuid.uuid4().hex[:8]}"


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    return SHARED


@pytest.fixture(scope="session")
def seed_gold(shared_dir):
    import json

    path = shared_dir / "eval" / "split" / "seed.json"
    if not path.exists():
        path = REPO / "tests" / "data" / "seed.json"
    return json.loads(path.read_text(encoding="utf-8"))
