"""Story clusters across worker processes (issue 5), on a real broker with real `newswire worker`s.

A republished copy of a wire story must get the original's ``story_id`` even when its key
puts it on a partition that another worker process of the same consumer group owns, after
that group rebalances, and after every worker was replaced (state from the changelog). An
exact replay of an article id that was already routed must not be routed again.

Why a broker of this module's own (as test_faults_short): every consumer group on a broker
reads all of ``news.raw``, so the session ``worker`` fixture would route these pages too,
with its own story state, and its copies would show up in the counts here.

The tests run in file order on one cluster (w1 + w2, then w2 alone, then a fresh w3). Each
later step needs only the original article routed (and the rebalance done), so one failing
step does not hide the others; run alone, a later step fails on its precondition, saying so.
Negative controls (a worker that ignores the others' changelog writes; a route agent without
the routed-ids check) make steps 1, 3, 4 and steps 2, 3, 4 fail respectively.
"""

from __future__ import annotations

import re
import sys
import time
import uuid
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[2] / "bench"
if str(BENCH) not in sys.path:
    sys.path.insert(0, str(BENCH))

pytestmark = pytest.mark.integration

PARTITIONS = 4  # news.raw, news.articles, news.enriched (streams/ catalogue); asserted below
WAIT = 60.0  # seconds for one page to come out routed (models are loaded before "Worker ready")
READY = 150.0  # seconds for worker processes to load models, join and finish a rebalance
# A republished copy comes minutes or hours after the original; give the changelog write of the
# original a moment to reach the other worker's copy of the table before the copy is sent.
SETTLE = 3.0

# ---------------------------------------------------------------- texts (≥ 150 words of wire copy)

WIRE = """Rotterdam port workers to strike over automation plans

Dock workers at the port of Rotterdam will stop work for 48 hours from Wednesday after talks with \
terminal operators over automated cranes broke down late on Monday, the FNV union said.

The union said the operators had refused to guarantee jobs for the roughly 1,200 lashers and crane \
drivers whose tasks would be taken over by remote-controlled equipment at two container terminals on \
the Maasvlakte over the next five years.

"We are not against new technology, but we will not accept that people who have worked here for \
twenty years are simply sent home," union negotiator Niek Stam told reporters outside the talks in \
Schiedam.

The employers' association said it had offered retraining for every worker affected and a redundancy \
fund of 40 million euros, and called the strike irresponsible at a time when shipping lines were \
already struggling with congestion.

Rotterdam is Europe's largest port and handled about 14 million containers last year. A strike of two \
days could delay hundreds of ships and disrupt supplies to factories in Germany and Belgium, shipping \
analysts said.

The port authority said it would keep the harbour open for bulk carriers and tankers, which are not \
affected by the dispute.
"""

OTHER = """Swiss glacier loses record share of its ice in a single summer

The Rhone glacier lost almost six percent of its remaining volume this summer, the largest loss since \
measurements began more than a century ago, glaciologists at ETH Zurich said on Thursday.

A dry winter left little snow to protect the ice, and two long heatwaves in July and August pushed the \
freezing level above 5,000 metres for several weeks, the researchers said in their annual report.

Tourist operators who run the ice grotto near the Furka pass have covered parts of the glacier with \
white blankets for years to slow the melting, but the scientists said such measures could only \
protect a tiny area.

The report found that all of the 176 glaciers monitored in Switzerland had shrunk, and that smaller \
glaciers in the eastern Alps could disappear entirely within two decades if emissions were not cut \
quickly.

Local authorities in the Valais canton said they were studying new reservoirs to store water that the \
glaciers would no longer provide in late summer, when farms and hydropower plants need it most.
"""


def republish(text: str, intro: str, outro: str, edits: tuple[tuple[str, str], ...] = ()) -> str:
    """Another outlet's copy of the wire story: its own intro and outro, a few small edits."""
    head, body = text.split("\n\n", 1)
    for old, new in edits:
        assert old in body, old
        body = body.replace(old, new)
    return f"{head}\n\n{intro}\n\n{body.rstrip()}\n\n{outro}\n"


COPIES = {
    "courier": republish(
        WIRE,
        "ROTTERDAM (Harbour Courier) - Our correspondent sends this report from the Netherlands, "
        "updated with reaction from shipping companies.",
        "Additional reporting by our Amsterdam bureau. Follow our logistics coverage for updates on the strike.",
        (("late on Monday", "late on Monday evening"),)),
    "daily": republish(
        WIRE,
        "Europe's busiest harbour faces two days of disruption, according to a wire report published on Tuesday.",
        "This article was republished from a news agency. Subscribe to the daily shipping briefing.",
        (("shipping analysts said", "analysts at two shipping consultancies said"),)),
    "gazette": republish(
        WIRE,
        "THE HAGUE - The Dutch government urged both sides to return to the table, as this wire story shows.",
        "Copyright the agency. All rights reserved. Reporting by a staff correspondent.",
        (("two container terminals", "two big container terminals"),)),
}

def jaccard(a: str, b: str, k: int = 5) -> float:
    """Word k-shingle Jaccard: how near the test's copies really are (independent of the code under test)."""
    def sh(t: str) -> set[tuple[str, ...]]:
        w = re.findall(r"\w+", t.lower())
        return {tuple(w[i:i + k]) for i in range(len(w) - k + 1)}

    x, y = sh(a), sh(b)
    return len(x & y) / len(x | y) if x | y else 0.0


# ---------------------------------------------------------------- keys, partitions, sending


def partition_of(key: str, partitions: int = PARTITIONS) -> int:
    """Kafka's default partitioner (murmur2), as kafka-python and aiokafka both use it."""
    from kafka.partitioner.default import murmur2

    return (murmur2(key.encode("utf-8")) & 0x7FFFFFFF) % partitions


def url_on(partition: int, outlet: str, slug: str) -> str:
    """A fresh article URL whose article id (the Kafka key) lands on ``partition``."""
    from newswire import ids

    for _ in range(1000):
        url = f"https://www.{outlet}.example/{slug}-{uuid.uuid4().hex[:10]}"
        if partition_of(ids.article_id(url)) == partition:
            return url
    raise AssertionError(f"no URL for partition {partition} in 1000 tries")


def page(text: str, url: str, source: str) -> dict:
    from newswire.pipeline import make_raw

    return make_raw(text, "text/plain", url=url, source=source)


class Sender:
    """Sends raw pages keyed by id and returns the partition the broker put each one on."""

    def __init__(self, bootstrap: str) -> None:
        from kafka import KafkaProducer

        self.producer = KafkaProducer(bootstrap_servers=bootstrap, acks="all", enable_idempotence=True,
                                      max_in_flight_requests_per_connection=1, linger_ms=0)

    def send(self, rec: dict) -> int:
        from newswire.schema import encode, validate

        validate(rec, "raw")
        md = self.producer.send("news.raw", key=rec["id"].encode(), value=encode(rec)).get(timeout=30)
        return md.partition

    def close(self) -> None:
        self.producer.close(timeout=10)


# ---------------------------------------------------------------- which worker owns which partitions

_GEN = re.compile(r"generation id (\d+) app consumers id (\d+)")
_ROUTED_IDS_CHANGELOG = "-routed-ids-changelog"  # a partitioned table: its actives = the worker's partitions


def assignment(log_text: str) -> tuple[int, set[int]] | None:
    """(generation, stream partitions) of the worker's last finished rebalance, from its log.

    After ``generation id N`` Faust logs the table of active changelog partitions, then
    ``Worker ready``. The global table lists every partition as active (it recovers all of
    them), so the worker's own partitions are those of the partitioned ``routed-ids`` table.
    None while a rebalance is under way.
    """
    gens = list(_GEN.finditer(log_text))
    if not gens:
        return None
    last = gens[-1]
    rest = log_text[last.end():]
    ready = rest.find("Worker ready")
    if ready < 0:
        return None
    tables = rest[:ready].split("Highwater for active changelog partitions")
    if len(tables) < 2:
        return int(last.group(1)), set()
    parts: set[int] = set()
    topic = ""
    block = re.split(r"\n\S+ \S+ (?:INFO|WARNING|ERROR|DEBUG) ", tables[-1], maxsplit=1)[0]  # up to the next log line
    for line in block.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if not line.lstrip().startswith("|") or len(cells) != 3 or not cells[1].isdigit():
            continue
        if cells[0] not in ("〃", '"'):
            topic = cells[0]
        if topic.endswith(_ROUTED_IDS_CHANGELOG):
            parts.add(int(cells[1]))
    return int(last.group(1)), parts


def wait_assignments(cluster, names: list[str], *, after: dict[str, int] | None = None,
                     timeout: float = READY) -> dict[str, tuple[int, set[int]]]:
    """Wait until the named workers finished the same rebalance and split all partitions among them."""
    deadline = time.monotonic() + timeout
    seen: dict[str, tuple[int, set[int]] | None] = {}
    while time.monotonic() < deadline:
        assert cluster.broker.pid() is not None, f"the module's broker is gone:\n{cluster.broker._log_tail()}"
        for n in names:
            w = cluster.workers[n]
            assert w.alive(), f"worker {n} exited {w.proc.returncode}:\n{cluster.log_tail(n)}"
            seen[n] = assignment(w.log.read_text(errors="replace"))
        got = {n: a for n, a in seen.items() if a is not None}
        if len(got) == len(names):
            gens = {g for g, _ in got.values()}
            parts = [p for _, p in got.values()]
            newer = all(got[n][0] > (after or {}).get(n, -1) for n in names)
            if (len(gens) == 1 and newer and all(parts) and set().union(*parts) == set(range(PARTITIONS))
                    and sum(len(p) for p in parts) == PARTITIONS):
                return got  # type: ignore[return-value]
        time.sleep(0.5)
    raise AssertionError(f"workers {names} did not settle on one assignment in {timeout:.0f}s: {seen}\n"
                         + "\n".join(f"--- {n}\n{cluster.log_tail(n, 3000)}" for n in names))


# ---------------------------------------------------------------- routed output


def routed_of(collector, article_id: str) -> list[tuple[str, dict]]:
    return [(t, v) for t, _, v in collector.records
            if t != "news.enriched" and isinstance(v, dict)
            and v.get("id") == article_id and "story_id" in v]


def wait_routed(collector, article_id: str, what: str, timeout: float = WAIT) -> dict:
    """The routed record of ``article_id`` once it is on every stream it names."""

    def done(_recs):
        out = routed_of(collector, article_id)
        if out and {t for t, _ in out} >= set(out[0][1]["streams"]):
            return out[0][1]
        return None

    return collector.wait_for(done, timeout=timeout, what=what)


def stream_counts(collector, article_id: str, grace: float = 2.0) -> dict[str, int]:
    """Routed records of ``article_id`` per stream, after reading for ``grace`` more seconds
    (records on different partitions may arrive in any order)."""
    end = time.monotonic() + grace
    while time.monotonic() < end:
        collector.poll()
    counts: dict[str, int] = {}
    for t, _ in routed_of(collector, article_id):
        counts[t] = counts.get(t, 0) + 1
    return counts


def probe(sender: Sender, collector, partition: int, label: str) -> str:
    """A short unrelated page on ``partition``; routed means that partition is being processed.

    Pages of one partition are processed in order, so a probe routed after a page also tells
    that the page before it was dealt with (routed or dropped)."""
    tag = uuid.uuid4().hex[:8]
    rec = page(f"Probe {label} {tag}. The city council in Leeds met on Monday to discuss the budget for "
               f"schools and roads, officials said. Reference {tag}.",
               url_on(partition, "probe", f"{label}-p{partition}"), "probe")
    assert sender.send(rec) == partition
    wait_routed(collector, rec["id"], f"probe {label} on partition {partition}")
    return rec["id"]


# ---------------------------------------------------------------- the cluster


@pytest.fixture(scope="module")
def stories(tmp_path_factory, collector_on):
    """Own broker; workers w1 and w2 in one fresh consumer group, both ready; shared test state."""
    from cluster import Cluster

    from newswire.broker import LocalBroker, default_libs_dir, free_port
    from newswire.routing import load_rules

    c = Cluster(tmp_path_factory.mktemp("stories-two-workers"),
                app_id=f"newswire-stories-{uuid.uuid4().hex[:6]}",
                worker_env={"NEWSWIRE_LOG_LEVEL": "info", "NEWSWIRE_BATCH_WITHIN": "0.02"})
    # Ports of its own rather than 9092/9093, which other brokers on this machine try first:
    # a broker that loses the race for them still finds *a* broker answering on 9092.
    port = free_port()
    c.broker = LocalBroker(c.home / "kafka", port=port, controller_port=free_port(exclude={port}),
                           libs_dir=default_libs_dir(), heap="512m")
    sender = None
    col = None
    try:
        c.start_broker()  # creates the topics
        time.sleep(1.0)
        assert c.broker.pid() is not None, f"the module's broker exited during start-up:\n{c.broker._log_tail()}"
        streams = sorted(load_rules(c.rules_path).streams() | {"news.topic.other"})
        sender = Sender(c.bootstrap)
        col = collector_on(c.bootstrap, "news.enriched", *streams)
        for topic in ("news.raw", "news.articles", "news.enriched"):
            n = len(col.consumer.partitions_for_topic(topic) or ())
            assert n == PARTITIONS, f"{topic} has {n} partitions; this test places keys for {PARTITIONS}"
        c.start_worker("w1")
        c.start_worker("w2")
        assign = wait_assignments(c, ["w1", "w2"])
        for p in range(PARTITIONS):  # every partition processed: models loaded, fetching
            probe(sender, col, p, "ready")
        assert wait_assignments(c, ["w1", "w2"], timeout=5) == assign, "a rebalance happened during the probes"
        yield {"cluster": c, "sender": sender, "col": col, "assign": {n: p for n, (_, p) in assign.items()},
               "gen": {n: g for n, (g, _) in assign.items()}}
    finally:
        if sender is not None:
            sender.close()
        if col is not None:
            col.close()
        c.close()


def _need(state: dict, *keys: str) -> None:
    missing = [k for k in keys if k not in state]
    if missing:
        pytest.fail(f"needs the earlier steps of this module (missing {missing}); run the whole file")


def test_copy_on_the_other_workers_partition_joins_the_story(stories):
    sender, col, assign = stories["sender"], stories["col"], stories["assign"]
    p1, p2 = min(assign["w1"]), min(assign["w2"])
    original = page(WIRE, url_on(p1, "wire-agency", "rotterdam-port-strike"), "wire-agency")
    assert sender.send(original) == p1
    first = wait_routed(col, original["id"], "the original on w1's partition")
    assert first["story_id"] == original["id"], "the first copy of a story names the story"
    assert len(first["body"]) >= 5 and len(" ".join(first["body"]).split()) >= 150, first["body"]
    stories.update(original=original, p1=p1, p2=p2)  # the later steps need only this much
    time.sleep(SETTLE)

    copy = page(COPIES["courier"], url_on(p2, "harbour-courier", "dock-strike"), "harbour-courier")
    assert copy["id"] != original["id"]
    assert sender.send(copy) == p2
    got = wait_routed(col, copy["id"], "the republished copy on w2's partition")
    jac = jaccard(" ".join(first["body"]), " ".join(got["body"]))
    assert jac > 0.7, f"test texts: the routed bodies should overlap well above 0.5, Jaccard {jac:.2f}"
    assert got["story_id"] == original["id"], (
        f"copy on partition {p2} (w2) got story {got['story_id']}, not the original's {original['id']} "
        f"(partition {p1}, w1); word 5-shingle Jaccard of the routed bodies {jac:.2f}")

    other = page(OTHER, url_on(p2, "alpine-news", "rhone-glacier"), "alpine-news")
    assert sender.send(other) == p2
    unrelated = wait_routed(col, other["id"], "the unrelated story")
    assert unrelated["story_id"] == other["id"], "an unrelated story is a story of its own"


def test_exact_replay_of_a_routed_article_is_not_routed_again(stories):
    _need(stories, "original")
    sender, col, original = stories["sender"], stories["col"], stories["original"]
    before = stream_counts(col, original["id"])
    assert before and all(n == 1 for n in before.values()), before
    enriched_before = sum(1 for v in col.of("news.enriched") if v["id"] == original["id"])

    replay = page(WIRE, original["url"], "wire-agency")  # same URL: same article id
    assert replay["id"] == original["id"]
    assert sender.send(replay) == stories["p1"]
    probe(sender, col, stories["p1"], "after-replay")  # same partition: the replay was dealt with before it
    col.wait_for(lambda _r: sum(1 for v in col.of("news.enriched") if v["id"] == original["id"]) > enriched_before,
                 timeout=15, what="the replay on news.enriched (it must reach the route stage)")
    assert stream_counts(col, original["id"]) == before, "an exact replay was routed a second time"


def test_after_a_worker_leaves_the_survivor_matches_copies_on_its_partitions(stories):
    _need(stories, "original")
    c, sender, col, assign = stories["cluster"], stories["sender"], stories["col"], stories["assign"]
    original = stories["original"]
    rc = c.stop_worker("w1")  # SIGTERM: w1 leaves the group, w2 takes over its partitions
    assert rc in (0, -15, 143), f"w1 exited {rc} on SIGTERM:\n{c.log_tail('w1')}"
    got = wait_assignments(c, ["w2"], after={"w2": stories["gen"]["w2"]})
    assert got["w2"][1] == set(range(PARTITIONS))
    stories["rebalanced"] = True  # the next step needs only this much

    # a partition that w1 owned, other than the original's if w1 had more than one
    p = max(assign["w1"] - {stories["p1"]} or assign["w1"])
    copy = page(COPIES["daily"], url_on(p, "daily-shipping", "port-strike-rotterdam"), "daily-shipping")
    assert sender.send(copy) == p
    routed = wait_routed(col, copy["id"], "a copy on a partition w1 owned, after w1 left")
    assert routed["story_id"] == original["id"], (
        f"after the rebalance, copy on partition {p} (was w1's) got story {routed['story_id']}, "
        f"not {original['id']}")

    replay = page(WIRE, original["url"], "wire-agency")
    before = stream_counts(col, original["id"])
    assert sender.send(replay) == stories["p1"]
    probe(sender, col, stories["p1"], "after-rebalance-replay")
    assert stream_counts(col, original["id"]) == before, "an exact replay was routed again after the rebalance"


def test_a_fresh_worker_recovers_the_stories_from_the_changelog(stories):
    _need(stories, "rebalanced")
    c, sender, col = stories["cluster"], stories["sender"], stories["col"]
    original = stories["original"]
    rc = c.stop_worker("w2")
    assert rc in (0, -15, 143), f"w2 exited {rc} on SIGTERM:\n{c.log_tail('w2')}"
    c.start_worker("w3")  # a new process: its in-memory tables start empty
    wait_assignments(c, ["w3"])
    p = stories["p2"]
    copy = page(COPIES["gazette"], url_on(p, "gazette", "rotterdam-dockers"), "gazette")
    assert sender.send(copy) == p
    routed = wait_routed(col, copy["id"], "a copy after every worker was replaced", timeout=READY)
    assert routed["story_id"] == original["id"], (
        f"the fresh worker gave the copy story {routed['story_id']}, not {original['id']}")

    before = stream_counts(col, original["id"])
    assert sender.send(page(WIRE, original["url"], "wire-agency")) == stories["p1"]
    probe(sender, col, stories["p1"], "after-restart-replay")
    assert stream_counts(col, original["id"]) == before, "an exact replay was routed again by the fresh worker"
    assert not c.crashed(), c.crashed()
