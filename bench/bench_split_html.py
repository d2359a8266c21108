#!/usr/bin/env python3
"""HTML splitter speed against trafilatura alone, side by side in one run.

Usage:
    .venv/bin/python bench/bench_split_html.py [--aeb ../shared/eval/aeb] [--rounds 5] [--limit N]
    .venv/bin/python bench/bench_split_html.py --teasers   # leakage / teaser recall only
    .venv/bin/python bench/bench_split_html.py --teasers --pages tests/data/split_html/heldout

Each round times both contestants page by page, alternating which goes first, so
machine load hits both alike; per round we sum CPU time (``time.process_time``: what
other processes on a busy machine do not inflate) and wall time. We print the median
pages/s of each over the rounds and the ratio ours / trafilatura. One process, one core.

``--teasers`` prints, on the labelled pages in tests/data/split_html/, the share of
related-story text that leaks into the body and the share of related stories found
as teasers, for split_html and for trafilatura alone (which finds no teasers), and the
body token F1 against the gold body (so dropping article text to stop leaks shows up),
and the share of our teaser titles that are expected ones (precision).
``--pages DIR`` reads another folder of labelled pages (e.g. the held-out ones).
"""

from __future__ import annotations

import argparse
import collections
import gzip
import json
import pathlib
import statistics
import sys
import time

DEFAULT_AEB = pathlib.Path(__file__).resolve().parents[2] / "shared" / "eval" / "aeb"
PAGES_DIR = pathlib.Path(__file__).resolve().parents[1] / "tests" / "data" / "split_html"


def load_pages(folder: pathlib.Path, limit: int | None) -> list[str]:
    truth = json.loads((folder / "ground-truth.json").read_text(encoding="utf-8"))
    pages = []
    for key in sorted(truth)[: limit or None]:
        raw = gzip.decompress((folder / "html" / f"{key}.html.gz").read_bytes())
        pages.append(raw.decode("utf-8", "replace"))
    return pages


def timed_round(contestants: dict, pages: list[str], flip: bool) -> dict[str, tuple[float, float]]:
    """(cpu seconds, wall seconds) per contestant over all pages, interleaved per page."""
    spent = {name: [0.0, 0.0] for name in contestants}
    items = list(contestants.items())
    for k, raw in enumerate(pages):
        for name, fn in items[::-1] if (k + flip) % 2 else items:
            c0, w0 = time.process_time(), time.perf_counter()
            fn(raw)
            spent[name][0] += time.process_time() - c0
            spent[name][1] += time.perf_counter() - w0
    return {name: (cpu, wall) for name, (cpu, wall) in spent.items()}


def body_f1(pred: list[str], gold: list[str]) -> float:
    """Token-multiset F1 of two bodies (whitespace tokens, paragraphs joined); 1.0 when both are empty."""
    p, g = collections.Counter(" ".join(pred).split()), collections.Counter(" ".join(gold).split())
    if not p and not g:
        return 1.0
    hit = sum((p & g).values())
    return 0.0 if not hit else 2 * hit / (sum(p.values()) + sum(g.values()))


def teaser_report(folder: pathlib.Path = PAGES_DIR) -> None:
    import trafilatura

    from newswire.split.html import split_html
    from newswire.split.html_eval import TeaserScore, score_teasers
    from newswire.split.types import SplitResult

    ours, theirs = TeaserScore(), TeaserScore()
    f1s: dict[str, list[float]] = {"ours": [], "theirs": []}
    hits = predicted = 0  # teaser precision: predicted titles that are expected ones (multiset per page)
    pages = sorted(folder.glob("*.html"))
    for page in pages:
        raw = page.read_text(encoding="utf-8")
        exp = json.loads(page.with_suffix(".json").read_text(encoding="utf-8"))
        res = split_html(raw)
        ours.add(score_teasers(res, exp["teasers"]))
        want = collections.Counter(" ".join(t["title"].split()).casefold() for t in exp["teasers"])
        got = collections.Counter(" ".join(t.title.split()).casefold() for t in res.teasers)
        hits += sum((want & got).values())
        predicted += sum(got.values())
        text = trafilatura.extract(raw) or ""
        theirs.add(score_teasers(SplitResult(body=text.split("\n")), exp["teasers"]))
        f1s["ours"].append(body_f1(res.body, exp["body"]))
        f1s["theirs"].append(body_f1(text.split("\n"), exp["body"]))
    print(f"labelled pages: {folder} ({len(pages)})  related stories: {ours.expected}")
    for name, sc, key in (("newswire split_html", ours, "ours"), ("trafilatura.extract (defaults)", theirs, "theirs")):
        f1 = statistics.fmean(f1s[key]) if pages else 0.0
        print(f"{name:34s} leakage {sc.leakage:6.1%}  teaser recall {sc.recall:6.1%}  body token F1 {f1:.4f}")
    print(f"newswire split_html teaser precision (titles): {hits / predicted if predicted else 1.0:6.1%} ({hits}/{predicted})")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--aeb", type=pathlib.Path, default=DEFAULT_AEB)
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--teasers", action="store_true", help="leakage and teaser recall on the labelled pages")
    ap.add_argument("--pages", type=pathlib.Path, default=PAGES_DIR, help="folder of labelled *.html + *.json pages for --teasers")
    args = ap.parse_args()
    if args.teasers:
        teaser_report(args.pages)
        return 0

    import trafilatura

    from newswire.split.html import split_html

    pages = load_pages(args.aeb, args.limit)
    contestants = {
        "trafilatura.extract (defaults)": trafilatura.extract,
        "newswire split_html": split_html,
    }
    for fn in contestants.values():  # warm-up: imports, regex compilation, caches
        for raw in pages[:5]:
            fn(raw)
    cpu_rates: dict[str, list[float]] = {name: [] for name in contestants}
    wall_rates: dict[str, list[float]] = {name: [] for name in contestants}
    for r in range(args.rounds):
        for name, (cpu, wall) in timed_round(contestants, pages, bool(r % 2)).items():
            cpu_rates[name].append(len(pages) / cpu)
            wall_rates[name].append(len(pages) / wall)
    print(f"command: {' '.join([pathlib.Path(sys.executable).name] + sys.argv)}")
    print(f"pages: {len(pages)}  rounds: {args.rounds}")
    ours_name, theirs_name = "newswire split_html", "trafilatura.extract (defaults)"
    for label, rates in (("CPU", cpu_rates), ("wall", wall_rates)):
        med = {name: statistics.median(v) for name, v in rates.items()}
        for name, v in med.items():
            print(f"{label:4s} {name:34s} median {v:7.1f} pages/s  (rounds: {', '.join(f'{x:.1f}' for x in rates[name])})")
        print(f"{label:4s} ratio ours/trafilatura: {med[ours_name] / med[theirs_name]:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
