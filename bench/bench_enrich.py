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


class _TimedPipe:
    """Wraps a pipeline and adds up the CPU time spent inside ``pipe`` (the model's share).

    Inside one ``enrich_many`` call this splits the time into model and our own code under the
    same load, which a shared 2-core machine does not give between separate runs.
    """

    def __init__(self, nlp) -> None:  # noqa: ANN001
        self._nlp = nlp
        self.cpu = 0.0

    def __getattr__(self, name: str):  # noqa: ANN204
        return getattr(self._nlp, name)

    def pipe(self, texts, **kw):  # noqa: ANN001, ANN201
        it = iter(self._nlp.pipe(texts, **kw))
        while True:
            c = time.process_time()
            try:
                doc = next(it)
            except StopIteration:
                self.cpu += time.process_time() - c
                return
            self.cpu += time.process_time() - c
            yield doc


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
    runs = {
        "raw nlp.pipe (NER only)": lambda: [None for _ in nlp.pipe(texts, batch_size=args.batch_size)],
        "Enricher.enrich_many (lang given)": lambda: enricher.enrich_many(texts, langs, batch_size=args.batch_size),
        "Enricher.enrich_many (lang detected)": lambda: enricher.enrich_many(texts, None, batch_size=args.batch_size),
    }
    wall: dict[str, list[float]] = {k: [] for k in runs}
    cpu: dict[str, list[float]] = {k: [] for k in runs}
    names = list(runs)
    for rep in range(args.repeats):
        # rotate the order so no stage always runs first (warm caches) or last
        for name in names[rep % len(names) :] + names[: rep % len(names)]:
            t0, c0 = time.perf_counter(), time.process_time()
            runs[name]()
            wall[name].append(words / (time.perf_counter() - t0))
            cpu[name].append(words / (time.process_time() - c0))
    # in-call split: model time vs the whole enrich_many, same call, same load
    timed = _TimedPipe(nlp)
    enricher._nlp["en"] = timed
    shares = []
    for _ in range(args.repeats):
        timed.cpu = 0.0
        c0 = time.process_time()
        enricher.enrich_many(texts, langs, batch_size=args.batch_size)
        shares.append(timed.cpu / (time.process_time() - c0))
    enricher._nlp["en"] = nlp
    rss = proc.memory_info().rss
    print(f"{len(texts)} texts, {words} words, {args.repeats} repeats, batch {args.batch_size}, "
          f"pipes {nlp.pipe_names}, languages loaded {list(enricher.languages)}\n")
    print("| stage | words/s wall (median) | ratio | words/s CPU time (median) | ratio |")
    print("|---|---|---|---|---|")
    base_w = statistics.median(wall[names[0]])
    base_c = statistics.median(cpu[names[0]])
    for name in names:
        w, c = statistics.median(wall[name]), statistics.median(cpu[name])
        print(f"| {name} | {w:,.0f} | {w / base_w:.2f} | {c:,.0f} | {c / base_c:.2f} |")
    print(f"\nInside enrich_many (lang given), nlp.pipe's share of the CPU time, median of {args.repeats}: "
          f"{statistics.median(shares):.3f} (= enrich words/s as a fraction of raw nlp.pipe words/s)")
    print(f"\nRSS: {rss0 / 2**20:.0f} MB at start, {rss / 2**20:.0f} MB with models loaded and used (target <= 600 MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
