"""Topic accuracy on the hand-written eval set: baseline vs final, dev and test halves.

    .venv/bin/python bench/eval_topics.py [--data tests/data/topics] [--max-tokens 64]

17-way top-1 accuracy, 4-class mapped accuracy (world/business/scitech/sport) on all
items, and 4-class accuracy on the "core" items whose gold topic is one of the five that
an AG-News-like check contains (politics, conflict, economy, science-technology, sport).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
CORE = {"politics", "conflict", "economy", "science-technology", "sport"}


def load(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def score(clf, items: list[dict]) -> dict[str, float]:
    coarse = {t.slug: t.coarse for t in clf.topics}
    res = clf.classify_many([(it["title"], it["text"]) for it in items])
    top = [r[0]["slug"] for r in res]
    n = len(items)
    acc17 = sum(p == it["topic"] for p, it in zip(top, items, strict=True)) / n
    acc4 = sum(coarse[p] == it["coarse"] for p, it in zip(top, items, strict=True)) / n
    core = [(p, it) for p, it in zip(top, items, strict=True) if it["topic"] in CORE]
    acc4c = sum(coarse[p] == it["coarse"] for p, it in core) / max(len(core), 1)
    return {"n": n, "acc17": acc17, "acc4": acc4, "acc4_core": acc4c, "n_core": len(core)}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=REPO / "tests" / "data" / "topics")
    ap.add_argument("--max-tokens", type=int, default=64)
    ap.add_argument("--errors", action="store_true", help="list misclassified dev items (final)")
    args = ap.parse_args(argv)

    from newswire.topics.classifier import BASELINE, FINAL, TopicClassifier
    from newswire.topics.encoder import shared_encoder

    enc = shared_encoder()
    halves = {h: load(args.data / f"{h}.jsonl") for h in ("dev", "test")}
    print(f"{'system':10} {'half':5} {'n':>4} {'17-way':>7} {'4-class':>8} {'4-class core (n)':>17}")
    for name, w in (("baseline", BASELINE), ("final", FINAL)):
        clf = TopicClassifier(encoder=enc, weights=w, max_tokens=args.max_tokens)
        for half, items in halves.items():
            s = score(clf, items)
            print(
                f"{name:10} {half:5} {s['n']:>4} {s['acc17']:>7.3f} {s['acc4']:>8.3f} "
                f"{s['acc4_core']:>10.3f} ({s['n_core']})"
            )
        if args.errors and name == "final":
            items = halves["dev"]
            for it, r in zip(items, clf.classify_many([(i["title"], i["text"]) for i in items]), strict=True):
                if r[0]["slug"] != it["topic"]:
                    print(f"  {it['topic']:>18} -> {r[0]['slug']:<18} {r[0]['score']:.2f} {it['title']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
