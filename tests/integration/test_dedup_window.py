"""Routed ids are forgotten after the dedup window: the table stays bounded, and a replay after
the window is routed again (within it, it is not: test_pipeline/e2e cover that)."""

from __future__ import annotations

import time
import uuid

import pytest

pytestmark = pytest.mark.integration

WINDOW_S = 4.0
TEXT = ("The regional water authority in {place} said on Tuesday it would raise prices by four percent next "
        "year to pay for new pipes. The board approved the plan after a public consultation that drew "
        "more than two thousand replies, officials said.")


def _partition(key: str, partitions: int = 4) -> int:
    from kafka.partitioner.default import murmur2

    return (murmur2(key.encode()) & 0x7FFFFFFF) % partitions


@pytest.fixture(scope="module")
def short_window_worker(kafka_bootstrap, tmp_path_factory, ready_worker):
    """A worker of its own group whose dedup window is a few seconds."""
    from newswire.run import stop_process

    app_id = f"newswire-dedup-{uuid.uuid4().hex[:6]}"
    proc, log = ready_worker(kafka_bootstrap, tmp_path_factory.mktemp("dedup") / "worker.log",
                                   {"NEWSWIRE_APP_ID": app_id, "NEWSWIRE_DEDUP_HOURS": str(WINDOW_S / 3600)})
    yield {"proc": proc, "log": log}
    stop_process(proc)
    assert proc.returncode in (0, -15, 143), f"worker exited {proc.returncode}; log: {log}"


def test_a_replay_after_the_window_is_routed_again_and_within_it_is_not(kafka_bootstrap, short_window_worker,
                                                                         collector):
    from newswire.pipeline import make_raw
    from newswire.producer import RawProducer
    from newswire.routing import load_rules

    routed = sorted(load_rules().streams() | {"news.topic.other"})
    c = collector(*routed)
    run = uuid.uuid4().hex[:8]
    a = make_raw(TEXT.format(place="Leeds"), url=f"https://example.org/{run}/a")
    # b and c land on a's partition: the forgetting happens per partition, when it routes something
    places = ("York", "Hull", "Bath", "Ely", "Wells", "Ripon", "Truro", "Derby", "Perth", "Stirling",
              "Bangor", "Exeter", "Durham", "Lincoln", "Carlisle", "Preston")
    same = []
    for i in range(64):  # ids are random per run: draw until two share a's partition (16 draws missed 6 % of runs)
        place = places[i % len(places)]
        r = make_raw(TEXT.format(place=place), url=f"https://example.org/{run}/{place}-{i}")
        if _partition(r["id"]) == _partition(a["id"]):
            same.append(r)
            if len(same) == 2:
                break
    assert len(same) >= 2, "no two of 64 ids share a's partition"
    b, d = same[0], same[1]

    def copies(rid: str):
        """The copies of rid on one stream (an article may go to several streams, once each)."""
        def on_first_stream(recs):
            topics = [t for t, _, v in recs if isinstance(v, dict) and v.get("id") == rid]
            return [t for t in topics if t == topics[0]]
        return on_first_stream

    with RawProducer(kafka_bootstrap) as p:
        p.send_record(a)
        p.flush()
        c.wait_for(copies(a["id"]), timeout=180, what="a routed")
        p.send_record(a)  # a replay inside the window: dropped
        p.send_record(b)
        p.flush()
        c.wait_for(copies(b["id"]), what="b routed")
        assert len(copies(a["id"])(c.records)) == 1, "a replay inside the dedup window was routed again"

        time.sleep(WINDOW_S + 1.0)
        p.send_record(d)  # routing d on a's partition forgets a (older than the window)
        p.flush()
        c.wait_for(copies(d["id"]), what="d routed")
        p.send_record(a)  # a replay after the window: a new article as far as dedup goes
        p.flush()
        got = c.wait_for(lambda recs: len(copies(a["id"])(recs)) >= 2 and copies(a["id"])(recs), timeout=60,
                         what="a routed a second time after the window")
    assert len(got) == 2
