"""Fault scenarios on a :class:`cluster.Cluster`, shared by the long fault tests (tests/fault)
and their short versions in the normal suite (tests/integration/test_faults_short.py).

Each scenario produces, injects its fault at a point measured by routing progress (so a
kill always lands mid-run, whatever the machine's speed), waits until every acknowledged
id came out (routed or dead-lettered) or the deadline passes, and returns the checker's
verdict with what happened on the way.
"""

from __future__ import annotations

import time
import uuid
from dataclasses import dataclass, field

from cluster import AckingProducer, Cluster, produce_in_background, record_items
from gen_articles import hostile_payloads, raw_records

from newswire.checker import Reader, Verdict, snapshot


@dataclass
class Outcome:
    verdict: Verdict
    produced: int
    events: list[str] = field(default_factory=list)
    seconds: float = 0.0
    crashed: list[str] = field(default_factory=list)
    producer_error: str | None = None
    complete: bool = False

    def summary(self) -> str:
        return (f"{self.verdict.render()}\n  events: {'; '.join(self.events)}\n  took {self.seconds:.0f}s; "
                f"crashed workers: {self.crashed or 'none'}; producer error: {self.producer_error or 'none'}")


class Run:
    """One scenario's producer, reader and clock."""

    def __init__(self, cluster: Cluster, deadline: float) -> None:
        assert cluster.bootstrap
        self.cluster = cluster
        self.t0 = time.monotonic()
        self.deadline = self.t0 + deadline
        self.reader = Reader(cluster.bootstrap, snapshot(cluster.bootstrap), read_raw=False)
        self.producer = AckingProducer(cluster.bootstrap)
        self.events: list[str] = []
        self.thread = None

    def say(self, msg: str) -> None:
        self.events.append(f"{time.monotonic() - self.t0:.0f}s {msg}")

    def progress(self) -> int:
        return len(self.producer.acked & (self.reader.obs.routed_ids() | set(self.reader.obs.dead)))

    def wait_progress(self, target: int) -> bool:
        while time.monotonic() < self.deadline:
            self.reader.poll(timeout_ms=200)
            if self.progress() >= target:
                return True
        return False

    def finish(self) -> Outcome:
        if self.thread is not None:
            self.thread.join(timeout=max(1.0, self.deadline - time.monotonic()))
        # wait for every acknowledged id; while the producer is still retrying, keep going
        complete = self.reader.wait_for(self.producer.acked, max(1.0, self.deadline - time.monotonic()),
                                        settle=5.0)
        self.producer.close()
        v = self.reader.verdict(self.producer.acked)
        self.reader.close()
        err = getattr(self.thread, "error", None) if self.thread else None
        if self.producer.failed:
            err = f"{len(self.producer.failed)} sends failed, e.g. {self.producer.failed[0]}"
        return Outcome(verdict=v, produced=len(self.producer.acked), events=self.events,
                       seconds=time.monotonic() - self.t0, crashed=self.cluster.crashed(),
                       producer_error=str(err) if err else None, complete=complete)


def _articles(n: int, words: int):
    return record_items(raw_records(n, words=words, seed=hash(uuid.uuid4()) & 0xFFFF))


def worker_kills(cluster: Cluster, *, n: int, kills: int, words: int = 60, rate: float | None = None,
                 deadline: float = 900.0) -> Outcome:
    """kill -9 the worker ``kills`` times, evenly over the run, restarting it each time."""
    if "w0" not in cluster.workers or not cluster.workers["w0"].alive():
        cluster.start_worker("w0")
    run = Run(cluster, deadline)
    run.thread = produce_in_background(run.producer, _articles(n, words), rate=rate)
    for k in range(kills):
        target = n * (k + 1) // (kills + 1)
        if not run.wait_progress(target):
            run.say(f"stalled before kill {k + 1} at {run.progress()}/{target}")
            break
        cluster.kill_worker("w0")
        run.say(f"kill -9 worker at {run.progress()} done")
        cluster.start_worker("w0")
    return run.finish()


def broker_restart(cluster: Cluster, *, n: int, words: int = 60, rate: float = 100.0, down: float = 5.0,
                   deadline: float = 900.0) -> Outcome:
    """kill -9 the broker a third of the way through (the producer is still sending), restart it
    ``down`` seconds later; neither the worker nor the producer is touched."""
    if "w0" not in cluster.workers or not cluster.workers["w0"].alive():
        cluster.start_worker("w0")
    run = Run(cluster, deadline)
    run.thread = produce_in_background(run.producer, _articles(n, words), rate=rate)
    if run.wait_progress(n // 3):
        cluster.kill_broker()
        run.say(f"kill -9 broker at {run.progress()} done, {len(run.producer.acked)} acked")
        time.sleep(down)
        cluster.restart_broker()
        run.say("broker restarted")
    else:
        run.say(f"stalled at {run.progress()} before the broker kill")
    out = run.finish()
    if not cluster.workers["w0"].alive():
        out.crashed.append(f"w0 exited {cluster.workers['w0'].proc.returncode}")
    return out


def rebalance(cluster: Cluster, *, n: int, words: int = 60, rate: float | None = 100.0,
              deadline: float = 900.0) -> Outcome:
    """A second worker joins a quarter of the way through and the first one leaves (clean stop)
    at two thirds: two rebalances mid-run, partitions move both ways."""
    if "w0" not in cluster.workers or not cluster.workers["w0"].alive():
        cluster.start_worker("w0")
    run = Run(cluster, deadline)
    run.thread = produce_in_background(run.producer, _articles(n, words), rate=rate)
    joiner = "w1"
    left_rc = None
    if run.wait_progress(n // 4):
        cluster.start_worker(joiner)
        run.say(f"worker {joiner} joined at {run.progress()}")
        if run.wait_progress(2 * n // 3):
            left_rc = cluster.stop_worker("w0")
            run.say(f"worker w0 left (exit {left_rc}) at {run.progress()}")
    out = run.finish()
    if left_rc not in (None, 0, -15, 143):
        out.crashed.append(f"w0 exited {left_rc} on a clean stop")
    # leave the cluster as we found it: one worker called w0
    cluster.workers["w0"] = cluster.workers.pop(joiner)
    return out


def hostile(cluster: Cluster, *, n: int, deadline: float = 900.0,
            huge: tuple[int, int] = (100_000, 300_000)) -> tuple[Outcome, dict[str, int]]:
    """``n`` hostile payloads through a running worker: it must not crash, each must come out."""
    if "w0" not in cluster.workers or not cluster.workers["w0"].alive():
        cluster.start_worker("w0")
    w = cluster.workers["w0"]
    run = Run(cluster, deadline)
    kinds: dict[str, int] = {}
    items = []
    kind_of: dict[str, str] = {}
    for k, v, kind in hostile_payloads(n, seed=hash(uuid.uuid4()) & 0xFFFF, huge=huge):
        kinds[kind] = kinds.get(kind, 0) + 1
        kind_of[k.decode()] = kind
        items.append((k, v))
    run.thread = produce_in_background(run.producer, items)
    out = run.finish()
    if not w.alive():
        out.crashed.append(f"w0 exited {w.proc.returncode}")
    if out.verdict.lost:
        out.events.append("lost kinds: " + ", ".join(kind_of.get(i, "?") for i in out.verdict.lost_sample))
    return out, kinds
