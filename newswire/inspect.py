"""``newswire topics`` and ``newswire tail TOPIC``: look inside the pipeline's topics."""

from __future__ import annotations

import argparse
import sys


def add_topics_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--bootstrap", default=None, help="default: $KAFKA_BOOTSTRAP_SERVERS or 127.0.0.1:9092")


def add_tail_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("topic", help="e.g. news.topic.politics, news.teasers, news.deadletter")
    p.add_argument("--bootstrap", default=None)
    p.add_argument("-n", "--last", type=int, default=10, help="records from the end of each partition (default 10)")
    p.add_argument("-f", "--follow", action="store_true", help="keep printing new records")
    p.add_argument("--raw", action="store_true", help="print the JSON values as they are, one per line")


def cmd_topics(args: argparse.Namespace) -> int:
    from newswire.config import settings
    from newswire.kafkautil import KafkaUnavailable, admin, end_offsets
    from newswire.streams.catalogue import load_catalogue

    bootstrap = args.bootstrap or settings().bootstrap
    try:
        client = admin(bootstrap)
        names = sorted(t for t in client.list_topics() if not t.startswith("_"))
        client.close()
    except KafkaUnavailable as exc:
        print(f"newswire topics: {exc}", file=sys.stderr)
        return 1
    ends = end_offsets(bootstrap, names)
    cat = load_catalogue()
    print(f"{'topic':<34} {'partitions':>10} {'records':>9}  description")
    for name in names:
        parts = [p for (t, p) in ends if t == name]
        total = sum(v for (t, _), v in ends.items() if t == name)
        try:
            desc = cat.get(name).description
        except KeyError:
            desc = "(internal: Faust table changelog)" if name.endswith("-changelog") else "(not in the catalogue)"
        print(f"{name:<34} {len(parts):>10} {total:>9}  {desc}")
    return 0


def cmd_tail(args: argparse.Namespace) -> int:
    import orjson
    from kafka import KafkaConsumer, TopicPartition
    from kafka.errors import NoBrokersAvailable

    from newswire.config import settings

    bootstrap = args.bootstrap or settings().bootstrap
    try:
        consumer = KafkaConsumer(bootstrap_servers=bootstrap, enable_auto_commit=False, client_id="newswire-tail")
    except NoBrokersAvailable:
        print(f"newswire tail: no Kafka broker answers at {bootstrap}", file=sys.stderr)
        return 1
    parts = consumer.partitions_for_topic(args.topic)
    if not parts:
        print(f"newswire tail: no topic {args.topic!r} (see `newswire topics`)", file=sys.stderr)
        return 1
    tps = [TopicPartition(args.topic, p) for p in sorted(parts)]
    consumer.assign(tps)
    ends = consumer.end_offsets(tps)
    begins = consumer.beginning_offsets(tps)
    for tp in tps:
        consumer.seek(tp, max(begins[tp], ends[tp] - args.last))
    remaining = {tp for tp in tps if consumer.position(tp) < ends[tp]}
    try:
        while remaining or args.follow:
            batch = consumer.poll(timeout_ms=500)
            for tp, msgs in batch.items():
                for m in msgs:
                    _print(m, orjson, args.raw)
                    if m.offset + 1 >= ends[tp]:
                        remaining.discard(tp)
            remaining = {tp for tp in remaining if consumer.position(tp) < ends[tp]}
    finally:
        consumer.close()
    return 0


def _print(m, orjson, raw: bool) -> None:
    try:
        value = orjson.loads(m.value)
    except orjson.JSONDecodeError:
        value = None
    if raw or value is None:
        sys.stdout.write((m.value or b"").decode("utf-8", "replace") + "\n")
        return
    key = (m.key or b"").decode("utf-8", "replace")
    head = f"{m.topic}[{m.partition}]@{m.offset} key={key}"
    print(head)
    print("  " + summarize(value).replace("\n", "\n  "))


def summarize(rec: dict, *, width: int = 100) -> str:
    """A readable few lines for any newswire record."""

    def cut(s: str | None, n: int = width) -> str:
        s = " ".join((s or "").split())
        return s if len(s) <= n else s[: n - 1] + "…"

    kind = str(rec.get("schema", "?"))
    lines = [f"schema {kind}"]
    if kind.startswith("newswire.deadletter"):
        lines.append(f"stage {rec.get('stage')} reason {rec.get('reason')}: {cut(rec.get('error'))}")
        return "\n".join(lines)
    if rec.get("title"):
        lines.append(f"title: {cut(rec['title'])}")
    if kind.startswith("newswire.teaser"):
        lines.append(f"summary: {cut(rec.get('summary'))}  (from {rec.get('parent_id')})")
        return "\n".join(lines)
    if rec.get("standfirst"):
        lines.append(f"standfirst: {cut(rec['standfirst'])}")
    body = rec.get("body") or []
    if body:
        lines.append(f"body: {len(body)} paragraph(s), {sum(len(p.split()) for p in body)} words: {cut(body[0])}")
    if rec.get("teasers"):
        lines.append(f"teasers: {len(rec['teasers'])}: " + " | ".join(cut(t['title'], 40) for t in rec["teasers"][:5]))
    if rec.get("entities_merged"):
        ents = sorted(rec["entities_merged"], key=lambda e: -e.get("mentions", 1))[:8]
        lines.append("entities: " + ", ".join(f"{e['canonical']} ({e['label']}×{e['mentions']})" for e in ents))
    if rec.get("topics"):
        lines.append("topics: " + ", ".join(f"{t['slug']} {t['score']:.2f}" for t in rec["topics"][:3]))
    if rec.get("streams"):
        lines.append(f"streams: {', '.join(rec['streams'])}  story {rec.get('story_id')}")
    return "\n".join(lines)
