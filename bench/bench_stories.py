"""Story index lookup cost as the index fills, and agreement with another copy of the index.

Run: .venv/bin/python bench/bench_stories.py [--n 30000] [--every 5000] [--baseline /tmp/clusters_old.py]

Feeds generated 60-word articles (bench/gen_articles.py: templated, so near-duplicates are common,
which is the hard case for a prefilter) through StoryIndex.assign, one core, and prints the CPU
milliseconds per article for each slice of ``--every`` articles. With ``--baseline`` (a copy of
newswire/clusters.py, e.g. ``git show HEAD~1:newswire/clusters.py > /tmp/clusters_old.py``) both
indexes see the same stream, interleaved slice by slice, and the share of articles given the same
matched article by both is printed: the prefilter's price in exactness.
"""

from __future__ import annotations

import argparse
import importlib.util
import pathlib
import random
import sys
import time

ROOT = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from gen_articles import raw_records  # noqa: E402

from newswire import clusters  # noqa: E402


def load(path: str):  # noqa: ANN201 - a module object
    spec = importlib.util.spec_from_file_location("newswire._bench_clusters", path)
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = mod  # dataclasses look their module up while the class is built
    spec.loader.exec_module(mod)
    return mod


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=30000)
    ap.add_argument("--every", type=int, default=5000)
    ap.add_argument("--words", type=int, default=60)
    ap.add_argument("--dup-share", type=float, default=0.2,
                    help="share of articles that are edited copies of an earlier one (the matches to find)")
    ap.add_argument("--baseline", help="another copy of newswire/clusters.py to run on the same stream")
    a = ap.parse_args()
    texts = [r["raw"] for r in raw_records(a.n, words=a.words, seed=5)]
    rng = random.Random(7)
    for i in range(1, a.n):
        if rng.random() < a.dup_share:  # a re-post: an earlier article with a share of its words replaced
            ws = texts[rng.randrange(i)].split()
            for _ in range(int(len(ws) * rng.uniform(0.02, 0.3))):
                ws[rng.randrange(len(ws))] = rng.choice(("update", "officials", "said", "new", "report"))
            texts[i] = " ".join(ws)
    mods = {"current": clusters}
    if a.baseline:
        mods["baseline"] = load(a.baseline)
    idx = {k: m.StoryIndex(capacity=max(a.n, 1)) for k, m in mods.items()}
    got: dict[str, list] = {k: [] for k in mods}
    print(f"{a.n} articles of {a.words} words, lookup + add, CPU ms per article per slice of {a.every}")
    for lo in range(0, a.n, a.every):
        hi = min(a.n, lo + a.every)
        row = [f"{hi:>7}"]
        for k in mods:
            t0 = time.process_time()
            for i in range(lo, hi):
                got[k].append(idx[k].assign(f"a{i}", texts[i], 1e9 + i).matched_id)
            row.append(f"{k} {(time.process_time() - t0) / (hi - lo) * 1000:6.2f} ms")
        print("  ".join(row), flush=True)
    matched = sum(m is not None for m in got["current"])
    print(f"articles matched to an earlier one (current): {matched} of {a.n}")
    if a.baseline:
        same = sum(x == y for x, y in zip(got["current"], got["baseline"], strict=True))
        print(f"same matched article as the baseline: {same} of {a.n} ({same / a.n:.4%})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
