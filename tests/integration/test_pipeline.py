"""The seed page through a real broker and a real worker; poison messages to the dead letters."""

from __future__ import annotations

import uuid

import pytest

from newswire.pipeline import make_raw
from newswire.producer import RawProducer


def unique_url() -> str:
    return f"https://news.example.com/{uuid.uuid4().hex}"

pytestmark = pytest.mark.integration


def _streams():
    from newswire.routing import load_rules

    return sorted(load_rules().streams() | {"news.topic.other"})


def test_seed_page_is_split_enriched_and_routed(kafka_bootstrap, worker, collector, seed_gold):
    c = collector("news.articles", "news.teasers", "news.enriched", *_streams())
    rec = make_raw(seed_gold["raw"], "text/plain", url=unique_url(), source="seed")
    with RawProducer(kafka_bootstrap) as p:
        p.send_record(rec)

    def routed(recs):
        return [v for t, _, v in recs if t.startswith("news.topic.") and isinstance(v, dict) and v["id"] == rec["id"]]

    out = c.wait_for(routed, what="the seed page on a topic stream")[0]
    gold = seed_gold["gold"]
    assert out["body"] == gold["body"]
    assert out["standfirst"] == gold["standfirst"]
    assert any(s.startswith("news.topic.") for s in out["streams"])

    enriched = [v for v in c.of("news.enriched") if v["id"] == rec["id"]]
    assert len(enriched) == 1
    labels = {e["label"] for e in enriched[0]["entities"]}
    assert labels & {"PERSON", "ORG", "GPE"}, labels
    for e in enriched[0]["entities"]:
        assert "\n\n".join(enriched[0]["body"])[e["start"]:e["end"]] == e["text"]

    teasers = c.wait_for(lambda recs: (lambda ts: ts if len(ts) >= 5 else None)(
        [v for t, _, v in recs if t == "news.teasers" and isinstance(v, dict) and v["parent_id"] == rec["id"]]),
        what="five teasers")
    teasers.sort(key=lambda t: t["position"])
    assert [t["title"] for t in teasers] == [t["title"] for t in gold["teasers"]]
    assert [t["summary"] for t in teasers] == [t["summary"] for t in gold["teasers"]]


def test_poison_messages_are_dead_lettered_and_the_worker_goes_on(kafka_bootstrap, worker, collector):
    from kafka import KafkaProducer

    c = collector("news.deadletter", *_streams())
    tag = uuid.uuid4().hex
    garbage_key, wrong_key = f"garbage-{tag}".encode(), f"wrong-{tag}".encode()
    raw = KafkaProducer(bootstrap_servers=kafka_bootstrap, acks="all")
    raw.send("news.raw", key=garbage_key, value=b"\xff\xfe\x00garbage \xc3\x28 not json")
    raw.send("news.raw", key=wrong_key, value=b'{"schema": "newswire.raw/1", "id": "x", "hello": "world"}')
    raw.flush()
    raw.close()
    good = make_raw("Officials in Paris said on Tuesday that the new metro line will open next year, "
                    "after a delay caused by rising costs.", url=unique_url())
    with RawProducer(kafka_bootstrap) as p:
        p.send_record(good)

    def done(recs):
        dead = {k: v for t, k, v in recs if t == "news.deadletter"}
        ok = any(t.startswith("news.topic.") and isinstance(v, dict) and v["id"] == good["id"] for t, _, v in recs)
        return (dead, ok) if garbage_key in dead and wrong_key in dead and ok else None

    dead, _ = c.wait_for(done, what="two dead letters and the next good page routed")
    assert dead[garbage_key]["stage"] == "split"
    assert dead[garbage_key]["reason"] in ("not_utf8", "not_json")
    assert dead[wrong_key]["reason"] == "schema_mismatch"
    assert "content_type" in dead[wrong_key]["error"] or "required" in dead[wrong_key]["error"]
    import base64

    assert base64.b64decode(dead[garbage_key]["original_b64"]) == b"\xff\xfe\x00garbage \xc3\x28 not json"
    assert worker["proc"].poll() is None, "the worker must keep running"


def test_an_output_over_the_topic_limit_is_dead_lettered_not_a_crash_loop(kafka_bootstrap, worker, collector):
    """A 1.5 MB article body (under the 5 MB page cap) is over news.articles' 1 MB
    max.message.bytes: the broker would refuse it, so it must become a dead letter."""
    c = collector("news.deadletter", *_streams())
    para = ("The committee heard evidence from forty witnesses over three days of hearings in the capital, "
            "and the chair said a report would follow before the summer recess. ")
    big = make_raw("\n".join(f"{i}. {para * 3}" for i in range(3000)), url=unique_url())
    good = make_raw("Officials in Lyon said on Wednesday that the tram network will grow by two lines, "
                    "after the regional council approved the budget.", url=unique_url())
    assert 1_048_576 < len(big["raw"].encode()) < 5_000_000
    with RawProducer(kafka_bootstrap) as p:
        p.send_record(big)
        p.send_record(good)

    def done(recs):
        dead = [v for t, _, v in recs if t == "news.deadletter" and isinstance(v, dict) and v.get("original_key") == big["id"]]
        ok = any(t.startswith("news.topic.") and isinstance(v, dict) and v["id"] == good["id"] for t, _, v in recs)
        return dead if dead and ok else None

    dead = c.wait_for(done, timeout=120, what="a too_large dead letter and the next page routed")
    assert dead[0]["stage"] == "split" and dead[0]["reason"] == "too_large"
    assert "news.articles" in dead[0]["error"]
    assert worker["proc"].poll() is None, "the worker must keep running"
