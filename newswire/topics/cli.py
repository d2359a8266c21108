"""``newswire classify --jsonl``: IPTC topics for articles given as JSON lines.

Reads ``{"id","title","text"}`` per line on stdin, writes ``{"id","topics":[{"label",
"code","score"}, ...]}`` best first. Heavy imports (numpy, the model) happen in main.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import IO


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--jsonl", action="store_true", help="read JSON lines on stdin (the only mode)")
    p.add_argument("--input", default="-", help="file to read instead of stdin")
    p.add_argument("--batch-size", type=int, default=32)
    p.add_argument("--top", type=int, default=0, help="keep only the N best topics (0 = all 17)")


def _batches(stream: IO[str], size: int):
    batch: list[dict] = []
    for n, line in enumerate(stream, 1):
        line = line.strip()
        if not line:
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            print(f"line {n}: not JSON: {exc}", file=sys.stderr)
            continue
        batch.append(rec)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def main(args: argparse.Namespace) -> int:
    from newswire.topics.classifier import shared_classifier

    clf = shared_classifier()
    src = sys.stdin if args.input == "-" else open(args.input, encoding="utf-8")  # noqa: SIM115
    out = sys.stdout
    try:
        for batch in _batches(src, max(1, args.batch_size)):
            items = [(str(r.get("title") or ""), str(r.get("text") or "")) for r in batch]
            for rec, topics in zip(batch, clf.classify_many(items), strict=True):
                if args.top:
                    topics = topics[: args.top]
                slim = [{"label": t["label"], "code": t["code"], "score": t["score"]} for t in topics]
                out.write(json.dumps({"id": rec.get("id"), "topics": slim}, ensure_ascii=False) + "\n")
            out.flush()
    finally:
        if src is not sys.stdin:
            src.close()
    return 0
