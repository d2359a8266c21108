"""``newswire route [--explain] FILE|-``: where enriched articles would be routed, and why.

Reads one enriched article as JSON, or JSON lines; prints the streams per article, and with
``--explain`` every rule with matched/not and the reasons. ``--check`` only validates the
rules file (exit 2 with ``file:line: message`` when it is invalid).
"""

from __future__ import annotations

import argparse
import json
import sys


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("file", nargs="?", default="-", help="enriched article JSON or JSON lines ('-' = stdin)")
    p.add_argument("--explain", action="store_true", help="show every rule, matched or not, and why")
    p.add_argument(
        "--rules", default=None, help="rules file (default: $NEWSWIRE_ROUTING_RULES or streams/routing.toml)"
    )
    p.add_argument("--json", action="store_true", help="machine-readable output, one JSON line per article")
    p.add_argument(
        "--check", action="store_true", help="validate the rules and list the streams they can produce"
    )


def _read_articles(text: str) -> list[dict]:
    text = text.strip()
    if not text:
        return []
    try:
        doc = json.loads(text)
        return doc if isinstance(doc, list) else [doc]
    except json.JSONDecodeError:
        return [json.loads(line) for line in text.splitlines() if line.strip()]


def main(args: argparse.Namespace) -> int:
    from newswire.routing import RulesError, load_rules

    try:
        book = load_rules(args.rules)
    except (RulesError, OSError) as exc:
        print(f"newswire route: {exc}", file=sys.stderr)
        return 2
    if args.check:
        print(f"{book.source}: ok, {len(book.rulesets)} rule sets")
        for s in sorted(book.streams()):
            print(f"  {s}")
        return 0
    try:
        raw = sys.stdin.read() if args.file == "-" else open(args.file, encoding="utf-8").read()  # noqa: SIM115
        articles = _read_articles(raw)
    except (OSError, json.JSONDecodeError) as exc:
        print(f"newswire route: cannot read {args.file}: {exc}", file=sys.stderr)
        return 2
    out = sys.stdout
    for art in articles:
        streams = book.route(art)
        if args.json:
            rec: dict = {"id": art.get("id"), "streams": streams}
            if args.explain:
                rec["rules"] = book.explain(art)
            out.write(json.dumps(rec, ensure_ascii=False) + "\n")
            continue
        out.write(f"article {art.get('id')}: {art.get('title') or ''}\n")
        if args.explain:
            for step in book.explain(art):
                mark = "MATCH" if step["matched"] else "  -  "
                to = f" -> {', '.join(step['streams'])}" if step["streams"] else ""
                out.write(f"  [{mark}] {step['ruleset']}/{step['rule']}{to}\n")
                for r in step["reasons"]:
                    out.write(f"           {r}\n")
        out.write(f"  streams: {', '.join(streams) or '(none)'}\n")
    return 0
