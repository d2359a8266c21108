"""In-process rate of each stage, and of all three in a row: the limit a worker can approach.

No Kafka: the stage functions of ``newswire.pipeline`` on generated ~600-word articles,
in batches the size a worker takes (NEWSWIRE_BATCH_SIZE, default 32), models loaded once
as ``newswire worker`` does. "all" runs split -> enrich -> route per batch, plus the JSON
encode/decode + validation the agents do between topics ("all+serde").

    .venv/bin/python bench/stages_inprocess.py --n 256 --repeat 3 [--json out.json]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gen_articles import raw_records  # noqa: E402


def load_models():
    from newswire.agents.app import Models
    from newswire.config import settings

    m = Models(settings())
    t = time.perf_counter()
    m.load()
    return m, time.perf_counter() - t


def story_assigner():
    """The route agent's story clustering, in-process, without the GlobalTable changelog."""
    try:
        from newswire.clusters import StoryIndex
    except ImportError:
        return None
    from newswire.pipeline import body_text

    index = StoryIndex()

    def assign(rec: dict) -> str:
        return index.assign(rec["id"], body_text(rec), time.time()).story_id

    return assign


def run(n: int, batch: int, repeat: int, words: int) -> dict:
    from newswire.pipeline import enrich_records, iter_chunks, route_records, split_record
    from newswire.schema import decode, encode, validate

    models, load_s = load_models()
    story_of = story_assigner()
    raws = list(raw_records(n, words=words, seed=11))
    mean_words = statistics.mean(len(r["raw"].split()) for r in raws)
    results: dict[str, list[float]] = {"split": [], "enrich": [], "route": [], "all": [], "all+serde": []}
    for _ in range(repeat):
        t = time.perf_counter()
        arts = [split_record(r).article for r in raws]
        results["split"].append(n / (time.perf_counter() - t))
        t = time.perf_counter()
        enriched = []
        for chunk in iter_chunks(arts, batch):
            enriched += enrich_records(chunk, models.enricher)
        results["enrich"].append(n / (time.perf_counter() - t))
        t = time.perf_counter()
        for chunk in iter_chunks(enriched, batch):
            route_records(chunk, models.classifier, models.rulebook, story_of=story_of)
        results["route"].append(n / (time.perf_counter() - t))
        t = time.perf_counter()
        for chunk in iter_chunks(raws, batch):
            a = [split_record(r).article for r in chunk]
            e = enrich_records(a, models.enricher)
            route_records(e, models.classifier, models.rulebook, story_of=story_of)
        results["all"].append(n / (time.perf_counter() - t))
        t = time.perf_counter()
        for chunk in iter_chunks([encode(r) for r in raws], batch):
            a = [encode(split_record(validate(decode(v), "raw")).article) for v in chunk]
            e = [encode(x) for x in enrich_records([validate(decode(v), "article") for v in a], models.enricher)]
            out = route_records([validate(decode(v), "enriched") for v in e], models.classifier, models.rulebook,
                                story_of=story_of)
            [encode(r.record) for r in out]
        results["all+serde"].append(n / (time.perf_counter() - t))
    med = {k: statistics.median(v) for k, v in results.items()}
    serial = 1.0 / sum(1.0 / med[k] for k in ("split", "enrich", "route"))
    return {
        "n": n, "batch": batch, "repeat": repeat, "mean_words": round(mean_words), "model_load_s": round(load_s, 1),
        "story_clusters": story_of is not None,
        "rates": {k: [round(x, 1) for x in v] for k, v in results.items()},
        "median": {k: round(v, 1) for k, v in med.items()},
        "serial_from_stages": round(serial, 1),
        "share_of_time": {k: round((1 / med[k]) / (1 / serial), 3) for k in ("split", "enrich", "route")},
        "load": os.getloadavg(), "date": time.strftime("%Y-%m-%d %H:%M:%S %Z"),
    }


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--n", type=int, default=256)
    p.add_argument("--batch", type=int, default=int(os.environ.get("NEWSWIRE_BATCH_SIZE", "32")))
    p.add_argument("--repeat", type=int, default=3)
    p.add_argument("--words", type=int, default=600)
    p.add_argument("--json", metavar="FILE")
    a = p.parse_args()
    res = run(a.n, a.batch, a.repeat, a.words)
    print(json.dumps(res, indent=1))
    if a.json:
        Path(a.json).write_text(json.dumps(res, indent=1))


if __name__ == "__main__":
    main()
