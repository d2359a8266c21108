"""Soak: one worker under a steady load for a long time; RSS must stay flat (and <= 600 MB).

Own broker, one ``newswire worker``, articles produced at ``--rate`` per second until
``--n`` were sent or ``--duration`` passed. Every ``--every`` seconds: the worker's RSS
(psutil, the process and its children) and how many articles came out on the routed
streams. Writes the samples as JSON and a PNG (RSS and throughput over time).

    .venv/bin/python bench/soak.py --n 100000 --rate 40 --words 60 --duration 1800 \
        --json /tmp/soak.json --png docs/img/soak.png
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from cluster import AckingProducer, Cluster  # noqa: E402
from e2e_pipeline import BENCH_WORKER_ENV, Arrivals, warm_up  # noqa: E402
from gen_articles import raw_records  # noqa: E402

from newswire.schema import encode  # noqa: E402


def rss_mb(pid: int) -> float:
    import psutil

    try:
        p = psutil.Process(pid)
        procs = [p, *p.children(recursive=True)]
        return sum(x.memory_info().rss for x in procs) / 2**20
    except psutil.Error:
        return float("nan")


def plot(samples: list[dict], path: Path, title: str) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    t = [s["t"] / 60 for s in samples]
    fig, (a1, a2) = plt.subplots(2, 1, figsize=(9, 6), sharex=True)
    a1.plot(t, [s["rss_mb"] for s in samples], color="tab:blue")
    a1.axhline(600, color="tab:red", linestyle="--", linewidth=1, label="600 MB target")
    a1.set_ylabel("worker RSS (MB)")
    a1.set_ylim(0, max(650, max(s["rss_mb"] for s in samples) * 1.1))
    a1.legend(loc="lower right")
    a2.plot(t, [s["rate"] for s in samples], color="tab:green", label="routed/s (interval)")
    a2.plot(t, [s["sent_rate"] for s in samples], color="tab:gray", linestyle=":", label="sent/s")
    a2.set_ylabel("articles / s")
    a2.set_xlabel("minutes")
    a2.legend(loc="lower right")
    ax3 = a2.twinx()
    ax3.plot(t, [s["routed"] for s in samples], color="tab:orange", linewidth=1)
    ax3.set_ylabel("routed (cumulative)", color="tab:orange")
    fig.suptitle(title, fontsize=10)
    fig.tight_layout()
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, dpi=110)


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--n", type=int, default=100_000)
    p.add_argument("--rate", type=float, default=40.0)
    p.add_argument("--words", type=int, default=60)
    p.add_argument("--duration", type=float, default=1800.0, help="stop producing after this many seconds")
    p.add_argument("--every", type=float, default=5.0)
    p.add_argument("--json", metavar="FILE")
    p.add_argument("--png", metavar="FILE")
    p.add_argument("--worker-env", action="append", default=[], metavar="K=V",
                   help="extra worker environment, e.g. NEWSWIRE_TRACEMALLOC=8 (repeatable)")
    p.add_argument("--worker-log", metavar="FILE", help="copy the worker's log here at the end")
    a = p.parse_args()
    extra = dict(kv.split("=", 1) for kv in a.worker_env)
    with tempfile.TemporaryDirectory(prefix="nw-soak-") as tmp:
        cluster = Cluster(Path(tmp), worker_env={**BENCH_WORKER_ENV, **extra})
        try:
            cluster.start_broker()
            w = cluster.start_worker("w0")
            warm_up(cluster, 1, "routed")
            arr = Arrivals(cluster.bootstrap or "", "routed")
            prod = AckingProducer(cluster.bootstrap or "")
            stop = threading.Event()
            sent = [0]

            def produce() -> None:
                t0 = time.monotonic()
                for i, r in enumerate(raw_records(a.n, words=a.words, seed=5)):
                    if stop.is_set() or time.monotonic() - t0 > a.duration:
                        break
                    ahead = t0 + i / a.rate - time.monotonic()
                    if ahead > 0:
                        time.sleep(ahead)
                    prod.send(r["id"].encode(), encode(r))
                    sent[0] += 1
                prod.flush()

            th = threading.Thread(target=produce, daemon=True)
            t0 = time.monotonic()
            th.start()
            samples: list[dict] = []
            last_t, last_routed, last_sent = 0.0, 0, 0
            next_sample = t0
            while True:
                arr.poll()
                now = time.monotonic()
                if now >= next_sample:
                    next_sample += a.every
                    el = now - t0
                    routed = len(arr.first)
                    dt = max(1e-6, el - last_t)
                    samples.append({"t": round(el, 1), "rss_mb": round(rss_mb(w.proc.pid), 1), "routed": routed,
                                    "sent": sent[0], "rate": round((routed - last_routed) / dt, 2),
                                    "sent_rate": round((sent[0] - last_sent) / dt, 2)})
                    last_t, last_routed, last_sent = el, routed, sent[0]
                    if len(samples) % 12 == 0:
                        print(json.dumps(samples[-1]), file=sys.stderr, flush=True)
                    if not w.alive():
                        print("worker died:\n" + cluster.log_tail("w0"), file=sys.stderr)
                        break
                    if not th.is_alive() and routed >= len(prod.acked):
                        break
                    if el > a.duration + 600:
                        break
            stop.set()
            prod.close()
            arr.reader.close()
            rss = [s["rss_mb"] for s in samples]
            k = max(1, len(rss) // 10)
            first, last = statistics.median(rss[k:2 * k] or rss), statistics.median(rss[-k:])
            steady = [s["rate"] for s in samples[k:-k]] or [s["rate"] for s in samples]
            res = {
                "date": time.strftime("%Y-%m-%d %H:%M:%S %Z"), "n_sent": sent[0], "acked": len(prod.acked),
                "routed": len(arr.first), "words": a.words, "rate_target": a.rate,
                "seconds": samples[-1]["t"] if samples else 0, "rss_max_mb": max(rss), "rss_early_median_mb": first,
                "rss_late_median_mb": last, "rss_growth_mb": round(last - first, 1),
                "throughput_median": statistics.median(steady), "load_end": [round(x, 2) for x in os.getloadavg()],
                "worker_alive": w.alive(), "samples": samples,
            }
            print(json.dumps({k: v for k, v in res.items() if k != "samples"}, indent=1))
            if a.json:
                Path(a.json).write_text(json.dumps(res, indent=1))
            if a.png and samples:
                plot(samples, Path(a.png), f"soak: {res['routed']} articles of ~{a.words} words, one worker, "
                     f"{res['date']}; RSS max {res['rss_max_mb']:.0f} MB")
        finally:
            if a.worker_log:
                Path(a.worker_log).write_text(cluster.log_tail("w0", n=50_000_000))
            cluster.close()


if __name__ == "__main__":
    main()
