"""Short versions of the fault tests (tests/fault, ``scripts/fault``) for the normal suite.

Same scenarios (bench/fault_scenarios.py), a few hundred articles and one fault each, on a
broker of this module's own (it gets kill -9'd) with one consumer group and one worker
that the tests pass along. Plus the checker's own logic, so that the checker can fail.
"""

from __future__ import annotations

import sys
from pathlib import Path

import orjson
import pytest

BENCH = Path(__file__).resolve().parents[2] / "bench"
if str(BENCH) not in sys.path:
    sys.path.insert(0, str(BENCH))

pytestmark = pytest.mark.integration


# ---------------------------------------------------------------- the checker itself (no Kafka)


def _routed(rid: str, streams: list[str]) -> bytes:
    return orjson.dumps({"id": rid, "streams": streams})


def test_checker_finds_lost_duplicate_and_half_routed_articles():
    from newswire.checker import Observed, make_verdict, observe

    obs = Observed()
    observe(obs, "news.topic.sport", b"a-1", _routed("a-1", ["news.topic.sport"]))
    observe(obs, "news.topic.sport", b"a-1", _routed("a-1", ["news.topic.sport"]))  # replay: same key
    observe(obs, "news.topic.sport", b"oops", _routed("a-2", ["news.topic.sport", "news.desk.world"]))
    observe(obs, "news.topic.sport", b"a-2", _routed("a-2", ["news.topic.sport", "news.desk.world"]))
    dl = {"stage": "split", "reason": "not_json", "original_key": "a-3", "original_b64": ""}
    observe(obs, "news.deadletter", b"a-3", orjson.dumps(dl))
    v = make_verdict(obs, {"a-1", "a-2", "a-3", "a-4"})
    assert v.produced == 4
    assert v.routed == 2 and v.deadlettered == 1
    assert v.lost == 1 and v.lost_sample == ["a-4"]
    sport = v.streams["news.topic.sport"]
    assert sport["dup_raw"] == 2
    assert sport["dup_after_key_dedup"] == 1  # a-2 under two keys: a consumer deduping by key sees it twice
    assert v.incomplete == 1  # a-2 never reached news.desk.world
    assert v.dead_by_reason == {"split/not_json": 1}
    assert not v.ok


def test_checker_passes_a_clean_run_with_replays():
    from newswire.checker import Observed, make_verdict, observe

    obs = Observed()
    for _ in range(3):  # replays after crashes: same key, same id
        observe(obs, "news.topic.economy", b"a-1", _routed("a-1", ["news.topic.economy"]))
    observe(obs, "news.articles", b"a-1", b"{}")
    observe(obs, "news.articles", b"a-1", b"{}")
    v = make_verdict(obs, {"a-1"})
    assert v.ok, v.render()
    assert v.routed_dup_raw == 2 and v.routed_dup_after_dedup == 0
    assert v.streams["news.articles"]["dup_raw"] == 1
    assert "verdict: OK" in v.render()


def test_checker_cli_help():
    import subprocess

    res = subprocess.run([sys.executable, "-m", "newswire.checker", "--help"], capture_output=True, text=True)
    assert res.returncode == 0 and "--since" in res.stdout


# ---------------------------------------------------------------- short fault runs (own broker)


@pytest.fixture(scope="module")
def cluster(tmp_path_factory):
    from cluster import Cluster

    c = Cluster(tmp_path_factory.mktemp("faults-short"))
    c.start_broker()
    c.start_worker("w0")
    yield c
    c.close()


def _assert_delivered(out, n: int) -> None:
    v = out.verdict
    assert out.producer_error is None, out.summary()
    assert out.produced == n, out.summary()
    assert out.complete and v.lost == 0, out.summary()
    assert v.routed_dup_after_dedup == 0 and v.incomplete == 0 and v.ok, out.summary()


def test_short_hostile_payloads(cluster):
    from fault_scenarios import hostile

    out, _kinds = hostile(cluster, n=200, deadline=240, huge=(20_000, 40_000))
    assert not out.crashed, out.summary() + "\n" + cluster.log_tail("w0")
    _assert_delivered(out, 200)
    assert out.verdict.deadlettered > 0 and out.verdict.dead_unattributed == 0, out.summary()


def test_short_kill9_worker_once(cluster):
    from fault_scenarios import worker_kills

    out = worker_kills(cluster, n=200, kills=1, words=40, rate=40.0, deadline=240)
    assert any("kill -9 worker" in e for e in out.events), out.summary()
    _assert_delivered(out, 200)


def test_short_kill9_broker_once(cluster):
    from fault_scenarios import broker_restart

    out = broker_restart(cluster, n=200, words=40, rate=40.0, down=2.0, deadline=240)
    assert any("broker restarted" in e for e in out.events), out.summary()
    assert not out.crashed, out.summary() + "\n" + cluster.log_tail("w0")
    _assert_delivered(out, 200)


def test_short_rebalance(cluster):
    from fault_scenarios import rebalance

    out = rebalance(cluster, n=200, words=40, rate=20.0, deadline=240)
    assert any("joined" in e for e in out.events) and any("left" in e for e in out.events), out.summary()
    assert not out.crashed, out.summary()
    _assert_delivered(out, 200)
