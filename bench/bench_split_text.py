"""Throughput of the text/plain splitter on the labelled pages (dev + own), one core, in-process.

Run: .venv/bin/python bench/bench_split_text.py [--runs 7] [--repeat 20]
Prints pages/s as the median over runs; each run splits every page `repeat` times, with the
splitter's per-text memo caches cleared before every pass so that repetition is not free.
"""

from __future__ import annotations

import argparse
import json
import pathlib
import statistics
import sys
import time

ROOT = pathlib.Path(__file__).resolve().parents[1]
DIRS = [ROOT / "tests" / "data" / "split", pathlib.Path("/work/shared/eval/split")]


def load_pages() -> list[str]:
    """Raw texts of every labelled page found (the dev folder is optional)."""
    raws = []
    for d in DIRS:
        if d.is_dir():
            for f in sorted(d.glob("*.json")):
                page = json.loads(f.read_text(encoding="utf-8"))
                if "raw" in page:
                    raws.append(page["raw"])
    return raws


def calibrate() -> float:
    """Microseconds for sum(range(1000)): a yardstick for how busy the machine is right now."""
    t0 = time.perf_counter()
    for _ in range(200):
        sum(range(1000))
    return (time.perf_counter() - t0) / 200 * 1e6


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--repeat", type=int, default=20)
    args = ap.parse_args()
    sys.path.insert(0, str(ROOT))
    from newswire.split.text import clear_caches, split_text

    raws = load_pages()
    if not raws:
        print("no pages found", file=sys.stderr)
        return 1
    for raw in raws:  # warm up caches and imports
        split_text(raw)
    rates, cpu_rates = [], []
    for _ in range(args.runs):
        t0, c0 = time.perf_counter(), time.process_time()
        for _ in range(args.repeat):
            clear_caches()  # each pass sees the pages cold, as a stream of new pages would
            for raw in raws:
                split_text(raw)
        rates.append(len(raws) * args.repeat / (time.perf_counter() - t0))
        cpu_rates.append(len(raws) * args.repeat / (time.process_time() - c0))
    chars = sum(len(r) for r in raws) / len(raws)
    print(f"command: {' '.join([pathlib.Path(sys.executable).name, *sys.argv])}")
    print(f"pages: {len(raws)} (mean {chars:.0f} chars), runs: {args.runs} x {args.repeat} passes")
    print(f"split_text pages/s (wall): median {statistics.median(rates):,.0f}  (min {min(rates):,.0f}, best {max(rates):,.0f})")
    print(f"split_text pages/s (CPU time of this process): median {statistics.median(cpu_rates):,.0f}, best {max(cpu_rates):,.0f}")
    calib = min(calibrate() for _ in range(5))
    print(f"machine calibration: sum(range(1000)) = {calib:.1f} us, best of 5 (about 9 us on an idle core)")
    if calib > 12:
        est = statistics.median(rates) * calib / 9.0
        print(f"machine looks loaded: scaled to an idle core that would be about {est:,.0f} pages/s (estimate)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
