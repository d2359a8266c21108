"""Speed and memory of the enrich stage: ``Enricher.enrich_many`` vs raw ``nlp.pipe`` (same pipes).

Both run in this process, interleaved, on the same texts (the labelled eval documents repeated
to ~N words); medians over the repeats. RSS is read after the models are loaded and used.

    .venv/bin/python bench/bench_enrich.py [--words 60000] [--repeats 5]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

import orjson
import psutil

DATA = Path(__file__).resolve().parent.parent / "tests" / "data" / "entities"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--words", type=int, default=60_000)
    ap.add_argument("--repeats", type=int, default=5)
    ap.add_argument("--batch-size", type=int, default=32)
    args = ap.parse_args(argv)
    proc = psutil.Process()
    rss0 = proc.memory_info().rss
    from newswire.entities import Enricher

    base = [orjson.loads(x)["text"] for f in ("dev", "test") for x in (DATA / f"{f}.jsonl").read_bytes().splitlines()
            if x.strip()]
    texts: list[str] = []
    words = 0
    while words < args.words:
        for t in base:
            texts.append(t)
            words += len(t.split())
    enricher = Enricher()
    nlp = enricher.nlp("en")
    langs = ["en"] * len(texts)
    # warm-up both
    list(nlp.pipe(texts[:50], batch_size=args.batch_size))
    enricher.enrich_many(texts[:50], langs[:50], batch_size=args.batch_size)
    raw, ours, ours_detect = [], [], []
    for _ in range(args.repeats):
        t0 = time.perf_counter()
        for _doc in nlp.pipe(texts, batch_size=args.batch_size):
            pass
        raw.append(words / (time.perf_counter() - t0))
        t0 = time.perf_counter()
        enricher.enrich_many(texts, langs, batch_size=args.batch_size)
        ours.append(words / (time.perf_counter() - t0))
        t0 = time.perf_counter()
        enricher.enrich_many(texts, None, batch_size=args.batch_size)
        ours_detect.append(words / (time.perf_counter() - t0))
    rss = proc.memory_info().rss
    r, o, od = statistics.median(raw), statistics.median(ours), statistics.median(ours_detect)
    print(f"{len(texts)} texts, {words} words, {args.repeats} repeats, batch {args.batch_size}, "
          f"pipes {nlp.pipe_names}, languages loaded {list(enricher.languages)}\n")
    print("| stage | words/s (median) | ratio to raw nlp.pipe |")
    print("|---|---|---|")
    print(f"| raw nlp.pipe (NER only) | {r:,.0f} | 1.00 |")
    print(f"| Enricher.enrich_many (lang given) | {o:,.0f} | {o / r:.2f} |")
    print(f"| Enricher.enrich_many (lang detected) | {od:,.0f} | {od / r:.2f} |")
    print(f"\nRSS: {rss0 / 2**20:.0f} MB at start, {rss / 2**20:.0f} MB with models loaded and used (target <= 600 MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
