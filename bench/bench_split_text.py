"""Throughput of the text/plain splitter on the labelled pages (dev + own), one core, in-process.

Run: .venv/bin/python bench/bench_split_text.py [--runs 7] [--repeat 20] [--baseline /tmp/old_text.py] [--pure]
Prints pages/s as the median over runs; each run splits every page `repeat` times, with the
splitter's per-text memo caches cleared before every pass so that repetition is not free.
"current" is the implementation `newswire.split.split` uses (newswire.split.native: the mypyc build
while it is fresh, else pure Python; its label is printed). --pure also times the pure module
interleaved and prints compiled / pure (NEWSWIRE_PURE_PYTHON=1 makes "current" pure as well).
On a shared, loaded machine absolute figures drift between runs: --baseline times another copy of
the module (e.g. `git show HEAD~3:newswire/split/text.py > /tmp/old_text.py`) interleaved with the
current one, run by run, and prints the ratio, which is what to compare across changes.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import pathlib
import statistics
import sys
import time
from types import SimpleNamespace

ROOT = pathlib.Path(__file__).resolve().parents[1]
DIRS = [ROOT / "tests" / "data" / "split", pathlib.Path("/work/shared/eval/split")]


def load_pages(until: str | None = None) -> list[str]:
    """Raw texts of every labelled page found (the dev folder is optional).

    until: only pages committed at or before this git revision (``git ls-tree``), so that a speed figure can be
    compared with one taken on the page set of an older run.
    """
    keep = None
    if until:
        import subprocess

        out = subprocess.run(["git", "ls-tree", "--name-only", until, "tests/data/split/"], cwd=ROOT,
                             capture_output=True, text=True, check=True).stdout
        keep = {pathlib.Path(x).name for x in out.split()}
    raws = []
    for d in DIRS:
        if d.is_dir():
            for f in sorted(d.glob("*.json")):
                if keep is not None and d == DIRS[0] and f.name not in keep:
                    continue
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


def load_module(path: str):  # noqa: ANN201 - a module object
    """Import a copy of newswire/split/text.py from a file, as a sibling of the real one (for its cue file)."""
    spec = importlib.util.spec_from_file_location("newswire.split._bench_baseline", path)
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def time_passes(mod, raws: list[str], repeat: int) -> tuple[float, float]:  # noqa: ANN001
    """Pages/s (wall, CPU time) for `repeat` cold passes over the pages."""
    t0, c0 = time.perf_counter(), time.process_time()
    for _ in range(repeat):
        mod.clear_caches()  # each pass sees the pages cold, as a stream of new pages would
        for raw in raws:
            mod.split_text(raw)
    n = len(raws) * repeat
    return n / (time.perf_counter() - t0), n / (time.process_time() - c0)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--repeat", type=int, default=20)
    ap.add_argument("--baseline", help="another copy of text.py to time in the same run (prints the ratio)")
    ap.add_argument("--pages-until", metavar="REV", help="only the labelled pages that existed at this git revision")
    ap.add_argument("--pure", action="store_true",
                    help="also time the pure-Python module in the same run (prints compiled / pure)")
    args = ap.parse_args()
    sys.path.insert(0, str(ROOT))
    import newswire.split.text as pure
    from newswire.split.native import split_text_impl

    impl = split_text_impl()
    current = SimpleNamespace(split_text=impl.split_text, clear_caches=impl.clear_caches)

    raws = load_pages(args.pages_until)
    if not raws:
        print("no pages found", file=sys.stderr)
        return 1
    mods = {"current": current}
    if args.pure:
        mods["pure"] = pure
    if args.baseline:
        mods["baseline"] = load_module(args.baseline)
    for mod in mods.values():
        for raw in raws:  # warm up caches and imports
            mod.split_text(raw)
    rates: dict[str, list[float]] = {k: [] for k in mods}
    cpu_rates: dict[str, list[float]] = {k: [] for k in mods}
    for _ in range(args.runs):
        for name, mod in mods.items():  # interleaved, so that both see the same load
            wall, cpu = time_passes(mod, raws, args.repeat)
            rates[name].append(wall)
            cpu_rates[name].append(cpu)
    chars = sum(len(r) for r in raws) / len(raws)
    print(f"command: {' '.join([pathlib.Path(sys.executable).name, *sys.argv])}")
    print(f"pages: {len(raws)} (mean {chars:.0f} chars), runs: {args.runs} x {args.repeat} passes")
    print(f"current = the splitter newswire.split.split uses: {impl.label}")
    for name in mods:
        r, c = rates[name], cpu_rates[name]
        print(f"{name:8} split_text pages/s (wall): median {statistics.median(r):,.0f}  (min {min(r):,.0f}, best {max(r):,.0f})")
        print(f"{name:8} split_text pages/s (CPU time of this process): median {statistics.median(c):,.0f}, best {max(c):,.0f}")
    pairs = [("current", "baseline")] if args.baseline else []
    if args.pure:
        pairs.insert(0, ("current", "pure"))
        if args.baseline:
            pairs.append(("pure", "baseline"))  # a rules change, without the compiler in the ratio
    for a, b in pairs:
        ratios = [x / y for x, y in zip(cpu_rates[a], cpu_rates[b], strict=True)]
        print(f"{a} / {b} (CPU time, per run): median {statistics.median(ratios):.3f} "
              f"(min {min(ratios):.3f}, max {max(ratios):.3f})")
    if args.pure:
        med = statistics.median(cpu_rates["current"]) / statistics.median(cpu_rates["pure"])
        wmed = statistics.median(rates["current"]) / statistics.median(rates["pure"])
        print(f"compiled / pure, medians of this run: {med:.3f} (CPU time), {wmed:.3f} (wall)"
              + ("" if impl.label.startswith("compiled") else f"  [no compiled build in use: {impl.label}]"))
    calib = min(calibrate() for _ in range(5))
    print(f"machine calibration: sum(range(1000)) = {calib:.1f} us, best of 5 (about 9 us on an idle core)")
    if calib > 12:
        est = statistics.median(rates["current"]) * calib / 9.0
        print(f"machine looks loaded: scaled to an idle core that would be about {est:,.0f} pages/s (estimate)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
