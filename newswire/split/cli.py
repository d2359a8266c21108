"""``newswire split --jsonl``: the splitter as a filter, the way the scorer calls it."""

from __future__ import annotations

import argparse
import sys


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--jsonl", action="store_true", help="read {id, raw, content_type} lines on stdin")
    p.add_argument("files", nargs="*", help="text or HTML files to split (when not --jsonl)")


def main(args: argparse.Namespace) -> int:
    import orjson

    from newswire.split import split

    if args.jsonl:
        out = sys.stdout.buffer
        for line in sys.stdin.buffer:
            if not line.strip():
                continue
            rec = orjson.loads(line)
            res = split(rec.get("raw") or "", rec.get("content_type") or "text/plain")
            d = res.to_dict()
            d["id"] = rec.get("id")
            out.write(orjson.dumps(d) + b"\n")
            out.flush()
        return 0
    for path in args.files:
        with open(path, encoding="utf-8", errors="replace") as fh:
            raw = fh.read()
        ctype = "text/html" if path.endswith((".html", ".htm")) or raw.lstrip()[:1] == "<" else "text/plain"
        sys.stdout.write(orjson.dumps(split(raw, ctype).to_dict(), option=orjson.OPT_INDENT_2).decode() + "\n")
    return 0
