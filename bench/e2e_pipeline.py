"""End-to-end benchmarks through a real broker (one of our own, fresh per run) and real workers.

Runs (``--runs``, comma-separated, each on a fresh broker so no consumer group sees
another run's records):

- ``all1`` / ``all2``: every stage, 1 or 2 worker processes on 4 partitions; N ~600-word
  articles produced as fast as possible once the workers are warm; rate = N / (last
  article routed - first send).
- ``split``: the split-only pipeline (bench/worker_variant.py --stages split), produce to
  news.raw -> news.articles; same frame of measurement.
- ``raw``: kafka-python produce -> consume of the same payloads through a 4-partition
  topic (the ceiling a Kafka round trip allows on this machine).
- ``--pin``: all1/all2 with each worker (all its threads) on a core of its own, the one-worker-
  per-core deployment; unpinned, one worker already uses more than one core here (its executor
  overlaps enrich and route), so two cannot double it on a 2-core machine.
- ``latency``: one worker, articles sent at ``--rate`` per second for ``--duration`` s;
  raw (send) -> routed (first seen by a consumer) p50/p99.

    .venv/bin/python bench/e2e_pipeline.py --runs all1,all2 --n 300 --json /tmp/e2e.json
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from cluster import AckingProducer, Cluster  # noqa: E402
from gen_articles import raw_records  # noqa: E402

from newswire.checker import Reader, snapshot  # noqa: E402
from newswire.schema import encode  # noqa: E402

BENCH_DIR = Path(__file__).resolve().parent
BENCH_WORKER_ENV = {"NEWSWIRE_LOG_LEVEL": "warning", "NEWSWIRE_METRICS_PORT": "0"}


def say(msg: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {msg}", file=sys.stderr, flush=True)


def group_members(bootstrap: str, group: str) -> int:
    from newswire.kafkautil import admin

    client = admin(bootstrap)
    try:
        info = client.describe_consumer_groups([group])
        return len(info[0].members) if info and info[0].state == "Stable" else 0
    except Exception:  # noqa: BLE001 - not there yet
        return 0
    finally:
        client.close()


def cpu_seconds(cluster: Cluster) -> float:
    import psutil

    total = 0.0
    for w in cluster.workers.values():
        try:
            t = psutil.Process(w.proc.pid).cpu_times()
            total += t.user + t.system
        except psutil.Error:
            pass
    return total


class Arrivals:
    """First time each acknowledged id shows up on the watched output (routed streams or articles)."""

    def __init__(self, bootstrap: str, watch: str) -> None:
        self.reader = Reader(bootstrap, snapshot(bootstrap), read_raw=False)
        self.watch = watch
        self.first: dict[str, float] = {}

    def poll(self) -> None:
        self.reader.poll(timeout_ms=100)
        now = time.time()
        obs = self.reader.obs
        seen = obs.routed_ids() if self.watch == "routed" else set(obs.streams["news.articles"].ids)
        seen |= set(obs.dead)
        for i in seen - self.first.keys():
            self.first[i] = now

    def wait(self, ids: set[str], timeout: float) -> bool:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            self.poll()
            if ids <= self.first.keys():
                return True
        return False


def warm_up(cluster: Cluster, workers: int, watch: str, timeout: float = 600.0) -> None:
    """Wait until every worker is in the group and a few probe articles came out."""
    assert cluster.bootstrap
    deadline = time.monotonic() + timeout
    while group_members(cluster.bootstrap, cluster.app_id) < workers and time.monotonic() < deadline:
        time.sleep(1)
    arr = Arrivals(cluster.bootstrap, watch)
    prod = AckingProducer(cluster.bootstrap)
    probes = list(raw_records(8 * workers, words=600, seed=99))
    for r in probes:
        prod.send_record(r)
    prod.flush()
    ok = arr.wait({r["id"] for r in probes}, max(10.0, deadline - time.monotonic()))
    prod.close()
    arr.reader.close()
    if not ok:
        raise RuntimeError("workers did not warm up:\n" + cluster.log_tail(next(iter(cluster.workers))))
    # let the group settle after the first assignment
    while group_members(cluster.bootstrap, cluster.app_id) < workers and time.monotonic() < deadline:
        time.sleep(1)
    time.sleep(3)


def start_workers(cluster: Cluster, workers: int, stages: str | None) -> None:
    import subprocess

    from cluster import WorkerProc

    for k in range(workers):
        if stages is None:
            cluster.start_worker(f"w{k}")
            continue
        log = cluster.home / f"worker-variant-{k}.log"
        env = {**os.environ, **cluster.worker_env, "KAFKA_BOOTSTRAP_SERVERS": cluster.bootstrap or "",
               "NEWSWIRE_APP_ID": cluster.app_id, "NEWSWIRE_HOME": str(cluster.home / "nw")}
        with open(log, "ab") as fh:
            proc = subprocess.Popen([sys.executable, str(BENCH_DIR / "worker_variant.py"), "--stages", stages],
                                    stdout=fh, stderr=subprocess.STDOUT, env=env, start_new_session=True)
        cluster.workers[f"w{k}"] = WorkerProc(f"w{k}", proc, log)


def pin_workers(cluster: Cluster) -> list[int]:
    """One core per worker (worker k on core k mod cores), every thread: the one-worker-per-core deployment."""
    import subprocess

    cores = sorted(os.sched_getaffinity(0))
    pinned = []
    for k, name in enumerate(sorted(cluster.workers)):
        core = cores[k % len(cores)]
        subprocess.run(["taskset", "-a", "-p", "-c", str(core), str(cluster.workers[name].proc.pid)],
                       check=True, stdout=subprocess.DEVNULL)
        pinned.append(core)
    return pinned


def throughput(n: int, words: int, workers: int, stages: str | None, pin: bool = False) -> dict:
    watch = "routed" if stages is None else "articles"
    with tempfile.TemporaryDirectory(prefix="nw-e2e-") as tmp:
        cluster = Cluster(Path(tmp), worker_env=BENCH_WORKER_ENV)
        try:
            cluster.start_broker()
            start_workers(cluster, workers, stages)
            warm_up(cluster, workers, watch)
            pinned = pin_workers(cluster) if pin else None
            records = list(raw_records(n, words=words, seed=uuid.uuid4().int & 0xFFFF))
            values = [(r["id"].encode(), encode(r)) for r in records]
            arr = Arrivals(cluster.bootstrap or "", watch)
            prod = AckingProducer(cluster.bootstrap or "")
            cpu0 = cpu_seconds(cluster)
            load0 = os.getloadavg()
            t0 = time.time()
            for k, v in values:
                prod.send(k, v)
            prod.flush()
            t_acked = time.time()
            ok = arr.wait(prod.acked, timeout=max(600.0, n * 2.0))
            cpu = cpu_seconds(cluster) - cpu0
            times = sorted(arr.first[i] for i in prod.acked if i in arr.first)
            prod.close()
            arr.reader.close()
            if not ok or not times:
                raise RuntimeError(f"only {len(times)}/{n} came out\n" + cluster.log_tail("w0"))
            wall = times[-1] - t0
            lo, hi = times[int(0.1 * len(times))], times[int(0.9 * len(times)) - 1]
            return {
                "n": n, "words": words, "workers": workers, "stages": stages or "split,enrich,route",
                "pinned_cores": pinned,
                "produce_s": round(t_acked - t0, 2), "wall_s": round(wall, 2), "rate": round(n / wall, 2),
                "rate_10_90": round(0.8 * n / (hi - lo), 2) if hi > lo else None,
                "worker_cpu_s": round(cpu, 1), "cpu_per_article_ms": round(1000 * cpu / n, 1),
                "load_before": [round(x, 2) for x in load0], "load_after": [round(x, 2) for x in os.getloadavg()],
            }
        finally:
            cluster.close()


def raw_kafka(n: int, words: int) -> dict:
    """kafka-python produce -> consume of the same payloads, 4 partitions, acks=all, gzip."""
    from kafka import KafkaConsumer, TopicPartition
    from kafka.admin import NewTopic

    from newswire.kafkautil import admin

    with tempfile.TemporaryDirectory(prefix="nw-raw-") as tmp:
        cluster = Cluster(Path(tmp))
        try:
            boot = cluster.start_broker()
            client = admin(boot)
            client.create_topics([NewTopic("bench.copy", 4, 1, topic_configs={"max.message.bytes": "8388608"})])
            client.close()
            time.sleep(1)
            records = list(raw_records(n, words=words, seed=uuid.uuid4().int & 0xFFFF))
            values = [(r["id"].encode(), encode(r)) for r in records]
            consumer = KafkaConsumer(bootstrap_servers=boot, enable_auto_commit=False,
                                     max_partition_fetch_bytes=16 * 1024 * 1024, fetch_max_bytes=64 * 1024 * 1024)
            tps = [TopicPartition("bench.copy", p) for p in range(4)]
            consumer.assign(tps)
            consumer.seek_to_end()
            for tp in tps:
                consumer.position(tp)
            prod = AckingProducer(boot, topic="bench.copy")
            got = 0
            t0 = time.time()
            for k, v in values:
                prod.send(k, v)
            prod._producer.flush()
            while got < n and time.time() - t0 < 300:
                for msgs in consumer.poll(timeout_ms=100).values():
                    got += len(msgs)
            wall = time.time() - t0
            prod.close()
            consumer.close()
            return {"n": n, "words": words, "consumed": got, "wall_s": round(wall, 2), "rate": round(n / wall, 1),
                    "load_after": [round(x, 2) for x in os.getloadavg()]}
        finally:
            cluster.close()


def latency(rate: float, duration: float, words: int) -> dict:
    with tempfile.TemporaryDirectory(prefix="nw-lat-") as tmp:
        cluster = Cluster(Path(tmp), worker_env=BENCH_WORKER_ENV)
        try:
            cluster.start_broker()
            start_workers(cluster, 1, None)
            warm_up(cluster, 1, "routed")
            n = max(10, int(rate * duration))
            records = list(raw_records(n, words=words, seed=uuid.uuid4().int & 0xFFFF))
            arr = Arrivals(cluster.bootstrap or "", "routed")
            prod = AckingProducer(cluster.bootstrap or "")
            sent: dict[str, float] = {}
            t0 = time.time()
            for i, r in enumerate(records):
                while time.time() < t0 + i / rate:
                    arr.poll()
                r = {**r, "ingested_at": time.strftime("%Y-%m-%dT%H:%M:%S+00:00", time.gmtime())}
                sent[r["id"]] = time.time()
                prod.send(r["id"].encode(), encode(r))
                prod._producer.flush()
            arr.wait(set(sent), timeout=120)
            prod.close()
            arr.reader.close()
            lat = sorted(arr.first[i] - sent[i] for i in sent if i in arr.first)
            steady = lat  # every article counts; the workers were warm
            q = statistics.quantiles(steady, n=100) if len(steady) >= 2 else [0.0] * 99
            return {"rate": rate, "duration_s": duration, "n": n, "came_out": len(lat), "words": words,
                    "p50_s": round(q[49], 3), "p90_s": round(q[89], 3), "p99_s": round(q[98], 3),
                    "max_s": round(max(lat), 3), "load_after": [round(x, 2) for x in os.getloadavg()]}
        finally:
            cluster.close()


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--runs", default="all1,all2,split,raw")
    p.add_argument("--n", type=int, default=300, help="articles for all1/all2")
    p.add_argument("--n-split", type=int, default=3000, help="articles for split/raw")
    p.add_argument("--words", type=int, default=600)
    p.add_argument("--rate", type=float, default=2.0, help="latency run: articles per second")
    p.add_argument("--duration", type=float, default=60.0)
    p.add_argument("--json", metavar="FILE")
    p.add_argument("--pin", action="store_true",
                   help="all1/all2: pin each worker (all its threads) to its own core after warm-up")
    a = p.parse_args()
    out: dict = {"date": time.strftime("%Y-%m-%d %H:%M:%S %Z"), "cores": os.cpu_count(),
                 "load_start": [round(x, 2) for x in os.getloadavg()], "runs": {}}
    for run in [r.strip() for r in a.runs.split(",") if r.strip()]:
        say(f"run {run}")
        if run in ("all1", "all2"):
            res = throughput(a.n, a.words, int(run[-1]), None, pin=a.pin)
        elif run == "split":
            res = throughput(a.n_split, a.words, 1, "split")
        elif run == "raw":
            res = raw_kafka(a.n_split, a.words)
        elif run == "latency":
            res = latency(a.rate, a.duration, a.words)
        else:
            raise SystemExit(f"unknown run {run}")
        out["runs"][run] = res
        say(json.dumps(res))
        if a.json:
            Path(a.json).write_text(json.dumps(out, indent=1))
    r = out["runs"]
    if "all1" in r and "all2" in r:
        out["ratio_all2_all1"] = round(r["all2"]["rate"] / r["all1"]["rate"], 2)
    if "split" in r and "raw" in r:
        out["ratio_split_raw"] = round(r["split"]["rate"] / r["raw"]["rate"], 3)
    out["load_end"] = [round(x, 2) for x in os.getloadavg()]
    print(json.dumps(out, indent=1))
    if a.json:
        Path(a.json).write_text(json.dumps(out, indent=1))


if __name__ == "__main__":
    main()
