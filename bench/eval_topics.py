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
    """17-way, 4-class lenient (every topic mapped by its ``coarse``) and 4-class strict
    (only politics/conflict -> world, economy, science-technology, sport count)."""
    coarse = {t.slug: t.coarse for t in clf.topics}
    res = clf.classify_many([(it["title"], it["text"]) for it in items])
    top = [r[0]["slug"] for r in res]
    n = len(items)
    pairs = list(zip(top, items, strict=True))
    acc17 = sum(p == it["topic"] for p, it in pairs) / n
    acc4 = sum(coarse[p] == it["coarse"] for p, it in pairs) / n
    # Strict: only the five core topics count, over items whose gold topic is core.
    core = [(p, it) for p, it in pairs if it["topic"] in CORE or it["id"].startswith("ag-")]
    strict = sum(p in CORE and coarse[p] == it["coarse"] for p, it in core) / max(len(core), 1)
    return {"n": n, "acc17": acc17, "acc4": acc4, "strict4": strict, "top": top}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=REPO / "tests" / "data" / "topics")
    ap.add_argument("--max-tokens", type=int, default=48)
    ap.add_argument("--errors", action="store_true", help="list misclassified dev items (final)")
    args = ap.parse_args(argv)

    from newswire.topics.classifier import BASELINE, FINAL, TopicClassifier
    from newswire.topics.encoder import shared_encoder

    enc = shared_encoder()
    sets = {
        (name, half): load(args.data / f"{prefix}{half}.jsonl")
        for name, prefix in (("own", ""), ("ag-style", "ag_style_"))
        for half in ("dev", "test")
    }
    print(f"{'system':9} {'set':9} {'half':5} {'n':>3} {'17-way':>7} {'4-class':>8} {'4-strict':>9}")
    for name, w in (("baseline", BASELINE), ("final", FINAL)):
        clf = TopicClassifier(encoder=enc, weights=w, max_tokens=args.max_tokens)
        for (sname, half), items in sets.items():
            s = score(clf, items)
            a17 = f"{s['acc17']:.3f}" if sname == "own" else "-"
            print(f"{name:9} {sname:9} {half:5} {s['n']:>3} {a17:>7} {s['acc4']:>8.3f} {s['strict4']:>9.3f}")
            if args.errors and name == "final" and half == "dev":
                for it, p in zip(items, s["top"], strict=True):
                    if (
                        (sname == "own" and p != it["topic"])
                        or (sname != "own" and p not in CORE)
                        or (clf_coarse(clf, p) != it["coarse"])
                    ):
                        print(f"    {it['topic']:>18} -> {p:<18} {it['title']}")
    return 0


def clf_coarse(clf, slug: str) -> str:
    return next(t.coarse for t in clf.topics if t.slug == slug)


if __name__ == "__main__":
    sys.exit(main())
