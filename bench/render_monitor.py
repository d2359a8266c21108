"""Render docs/img/monitor.png: the pipeline's metrics from real traffic, as Prometheus saw them.

Grafana cannot be installed on the build machines, so this draws the same queries the
Grafana dashboard uses (deploy/grafana/dashboards/newswire.json) from Prometheus's
``query_range`` API with matplotlib. Everything is real: a ``newswire worker`` process on
a Kafka broker, a ``prometheus`` process scraping it every second, and pages from
seeds/ and tests/data/split/ sent with the project's producer at a varying rate, plus
a few undecodable records so the dead-letter panel has something to show.

    .venv/bin/python bench/render_monitor.py                  # ~4 minutes of traffic
    .venv/bin/python bench/render_monitor.py --minutes 2 --out /tmp/monitor.png
"""

from __future__ import annotations

import argparse
import json
import math
import os
import random
import re
import sys
import tempfile
import time
import uuid
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

PANELS = [
    ("Records in per stage (/s)", "sum by (stage) (rate(newswire_messages_in_total[{w}]))", "{stage}", "ops"),
    ("Articles routed per stream (/s), top 6",
     "topk(6, sum by (stream) (rate(newswire_routed_total[{w}])))", "{stream}", "ops"),
    ("Stage time per record, p95 (s)",
     "histogram_quantile(0.95, sum by (le, stage) (rate(newswire_stage_duration_seconds_bucket[{w}])))",
     "{stage}", "s"),
    ("End-to-end latency, ingest → routed (s)",
     [("histogram_quantile(0.5, sum by (le) (rate(newswire_end_to_end_latency_seconds_bucket[{w}])))", "p50"),
      ("histogram_quantile(0.95, sum by (le) (rate(newswire_end_to_end_latency_seconds_bucket[{w}])))", "p95"),
      ("histogram_quantile(0.99, sum by (le) (rate(newswire_end_to_end_latency_seconds_bucket[{w}])))", "p99")],
     None, "s"),
    ("Consumer lag by topic (records)",
     "sum by (topic) (max by (group, topic, partition) (newswire_consumer_lag_messages))", "{topic}", "n"),
    ("Dead letters by stage and reason (/s)",
     "sum by (stage, reason) (rate(newswire_deadletter_total[{w}]))", "{stage}: {reason}", "ops"),
]


def pages() -> list[tuple[str, str]]:
    """(text, content type) of every sample page in the repository."""
    out = []
    for p in sorted((REPO / "seeds").glob("*.txt")):
        out.append((p.read_text(encoding="utf-8"), "text/plain"))
    for p in sorted((REPO / "tests" / "data" / "split").glob("*.json")):
        out.append((json.loads(p.read_text(encoding="utf-8"))["raw"], "text/plain"))
    for p in sorted((REPO / "tests" / "data" / "split").glob("*.html")):
        out.append((p.read_text(encoding="utf-8", errors="replace"), "text/html"))
    if not out:
        raise SystemExit("no sample pages found in seeds/ or tests/data/split/")
    return out


def rate_at(t: float, total: float) -> float:
    """Pages per second at time t: a base rate, a burst in the middle, a quiet tail."""
    x = t / total
    base = 1.5 + math.sin(x * 2 * math.pi) * 0.8
    burst = 6.0 if 0.45 < x < 0.55 else 0.0
    return max(0.2, base + burst) if x < 0.9 else 0.0


def send_traffic(bootstrap: str, seconds: float, say) -> dict[str, int]:
    from kafka import KafkaProducer

    from newswire.pipeline import make_raw
    from newswire.producer import RawProducer

    corpus = pages()
    rnd = random.Random(7)
    sent = poison = 0
    raw = KafkaProducer(bootstrap_servers=bootstrap, acks="all")
    t0 = time.monotonic()
    last_say = 0.0
    with RawProducer(bootstrap) as prod:
        while (now := time.monotonic() - t0) < seconds:
            r = rate_at(now, seconds)
            if r > 0:
                text, ctype = rnd.choice(corpus)
                prod.send_record(make_raw(text, ctype, url=f"https://news.example.com/monitor/{uuid.uuid4().hex}",
                                          source="render-monitor"))
                sent += 1
                if rnd.random() < 0.04:  # an undecodable record: dead-lettered by split
                    raw.send("news.raw", key=f"poison-{uuid.uuid4().hex[:8]}".encode(), value=b"\xff not json")
                    poison += 1
                time.sleep(1.0 / r)
            else:
                time.sleep(0.5)
            if now - last_say > 30:
                say(f"traffic: {sent} pages, {poison} poison records after {now:.0f}s")
                last_say = now
        prod.flush()
    raw.flush()
    raw.close()
    return {"pages": sent, "poison": poison}


def _label(fmt: str, metric: dict) -> str:
    return re.sub(r"\{(\w+)\}", lambda m: metric.get(m.group(1), "?"), fmt)


def render(prom, start: float, end: float, out: Path, *, step: float = 2.0, window: str = "15s") -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, axes = plt.subplots(3, 2, figsize=(13, 10.5), dpi=110)
    for ax, (title, query, legend, unit) in zip(axes.flat, PANELS, strict=True):
        queries = query if isinstance(query, list) else [(query, legend)]
        for expr, fmt in queries:
            for series in prom.query_range(expr.format(w=window), start, end, step):
                xs = [(float(ts) - start) / 60 for ts, _ in series["values"]]
                ys = [float(v) if v not in ("NaN", "+Inf", "-Inf") else float("nan") for _, v in series["values"]]
                ax.plot(xs, ys, linewidth=1.4, label=_label(fmt, series["metric"]) if "{" in fmt else fmt)
        ax.set_title(title, fontsize=10.5)
        ax.set_xlabel("minutes", fontsize=8.5)
        ax.grid(True, alpha=0.3)
        ax.tick_params(labelsize=8)
        if unit == "s":
            ax.set_yscale("log")
        if ax.get_legend_handles_labels()[0]:
            ax.legend(fontsize=7.5, loc="upper right")
        else:
            ax.text(0.5, 0.5, "no samples", ha="center", va="center", transform=ax.transAxes, color="grey")
    fig.suptitle(f"newswire: one worker, real traffic through Kafka, scraped by Prometheus every 1 s "
                 f"({time.strftime('%Y-%m-%d', time.gmtime(end))})", fontsize=12)
    fig.tight_layout(rect=(0, 0, 1, 0.97))
    out.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(out)
    plt.close(fig)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--bootstrap", default=os.environ.get("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:9092"))
    ap.add_argument("--minutes", type=float, default=4.0, help="minutes of traffic (default 4)")
    ap.add_argument("--out", type=Path, default=REPO / "docs" / "img" / "monitor.png")
    ap.add_argument("--keep", type=Path, default=None, help="keep Prometheus's data and the worker log here")
    args = ap.parse_args(argv)

    from newswire.deploy import LocalPrometheus, free_port
    from newswire.kafkautil import ensure_topics
    from newswire.routing import load_rules
    from newswire.run import start_worker, stop_process

    def say(msg: str) -> None:
        print(f"[{time.strftime('%H:%M:%S')}] {msg}", file=sys.stderr, flush=True)

    work = args.keep or Path(tempfile.mkdtemp(prefix="newswire-monitor-"))
    work.mkdir(parents=True, exist_ok=True)
    ensure_topics(args.bootstrap, load_rules().streams())
    proc, log_path = start_worker(args.bootstrap, log_path=work / "worker.log", extra_env={
        "NEWSWIRE_APP_ID": f"newswire-monitor-{uuid.uuid4().hex[:6]}", "NEWSWIRE_METRICS_PORT": str(free_port())})
    prom = None
    try:
        deadline = time.monotonic() + 120
        port = None
        while port is None and time.monotonic() < deadline:
            m = re.search(r"metrics on http://[^:]+:(\d+)/metrics", log_path.read_text(errors="replace"))
            port = int(m.group(1)) if m else None
            if proc.poll() is not None:
                raise SystemExit(f"worker exited {proc.returncode}: see {log_path}")
            time.sleep(0.5)
        if port is None:
            raise SystemExit(f"worker did not serve /metrics; see {log_path}")
        prom = LocalPrometheus(work / "prometheus", [f"127.0.0.1:{port}"]).start()
        say(f"worker pid {proc.pid} (metrics :{port}), prometheus {prom.url}; waiting for models")
        while "models loaded" not in log_path.read_text(errors="replace"):
            if proc.poll() is not None:
                raise SystemExit(f"worker exited {proc.returncode}: see {log_path}")
            time.sleep(1)
        # A new consumer group starts at the earliest offset: the backlog of news.raw
        # shows up as lag draining at the start of the picture, which is real too.
        start = time.time()
        counts = send_traffic(args.bootstrap, args.minutes * 60, say)
        say(f"sent {counts['pages']} pages and {counts['poison']} poison records; letting the worker drain")
        time.sleep(30)
        end = time.time()
        render(prom, start, end, args.out)
        say(f"wrote {args.out}")
    finally:
        if prom is not None:
            prom.stop()
        stop_process(proc)
    return 0


if __name__ == "__main__":
    sys.exit(main())
