"""Fault tests: each scenario on a broker of its own (started here, kill -9'd by the tests).

Opt-in (``scripts/fault``): these runs take minutes. The scenario code lives in
``bench/fault_scenarios.py`` so the short versions in the normal suite run the same code.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[2] / "bench"
if str(BENCH) not in sys.path:
    sys.path.insert(0, str(BENCH))


@pytest.fixture
def cluster(tmp_path):
    from cluster import Cluster

    from newswire.broker import LocalBroker, default_libs_dir

    if not LocalBroker(tmp_path, libs_dir=default_libs_dir()).installed():
        pytest.fail("Kafka jars are not installed: run ./scripts/setup")
    c = Cluster(tmp_path / "cluster")
    c.start_broker()
    yield c
    c.close()
