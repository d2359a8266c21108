"""``newswire enrich --jsonl``: named entities for ``{"id","text"}`` JSON lines on stdin.

Heavy imports (spaCy, the models) happen inside ``main``: the dispatcher imports this module
just to build ``--help``.
"""

from __future__ import annotations

import argparse
import sys


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--jsonl", action="store_true", required=True,
                   help='read {"id","text"} JSON lines on stdin, write one result line per input')
    p.add_argument("--batch-size", type=int, default=64, help="texts per nlp.pipe batch (default 64)")
    p.add_argument("--lang", default=None, help="force a language (ISO 639-1) instead of detecting it")


def main(args: argparse.Namespace) -> int:
    import orjson

    from newswire.entities import Enricher

    enricher = Enricher()
    out = sys.stdout.buffer
    batch: list[tuple[object, str, str | None]] = []
    bad = 0

    def flush() -> None:
        if not batch:
            return
        recs = enricher.enrich_many([t for _, t, _ in batch], [lg for _, _, lg in batch],
                                    batch_size=args.batch_size)
        for (doc_id, _, _), r in zip(batch, recs, strict=True):
            ents = [{k: e[k] for k in ("start", "end", "label", "text", "canonical", "qid")} for e in r["entities"]]
            out.write(orjson.dumps({"id": doc_id, "entities": ents, "lang": r["lang"],
                                    "entities_status": r["entities_status"]}) + b"\n")
        out.flush()
        batch.clear()

    for n, line in enumerate(sys.stdin.buffer, 1):
        if not line.strip():
            continue
        try:
            rec = orjson.loads(line)
            text = rec.get("text") or ""
            if not isinstance(text, str):
                raise TypeError("text is not a string")
        except (orjson.JSONDecodeError, TypeError, AttributeError) as exc:
            print(f"newswire enrich: line {n}: {exc}", file=sys.stderr)
            bad += 1
            continue
        batch.append((rec.get("id"), text, getattr(args, "lang", None) or rec.get("lang")))
        if len(batch) >= args.batch_size:
            flush()
    flush()
    return 1 if bad else 0
