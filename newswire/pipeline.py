"""The three stages as plain functions over records: split, enrich, route.

Kafka-free on purpose: the Faust agents call these in an executor, the benchmarks
call them in-process, and ``newswire run`` uses them to explain results. Each takes
and returns JSON-able dicts that meet the contracts in ``schemas/``.
"""

from __future__ import annotations

import base64
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from newswire import ids
from newswire.schema import ContractError, now_iso, schema_id, validate

# ---------------------------------------------------------------- records


def make_raw(
    raw: str,
    content_type: str = "text/plain",
    *,
    url: str | None = None,
    source: str | None = None,
    title: str | None = None,
    lang: str | None = None,
    published_at: str | None = None,
    feed: dict | None = None,
    id: str | None = None,  # noqa: A002 - the contract's field name
) -> dict:
    """A news.raw record; the id is derived from the URL (else the content) unless given."""
    return {
        "schema": schema_id("raw"),
        "id": id or ids.article_id(url, raw),
        "url": url,
        "source": source,
        "title": title,
        "content_type": content_type,
        "raw": raw,
        "lang": lang,
        "published_at": published_at,
        "ingested_at": now_iso(),
        "feed": feed,
    }


def make_deadletter(
    stage: str,
    reason: str,
    error: str,
    original: bytes | None,
    *,
    key: bytes | str | None = None,
    topic: str | None = None,
    partition: int | None = None,
    offset: int | None = None,
) -> dict:
    if isinstance(key, bytes | bytearray):
        key = bytes(key).decode("utf-8", "replace")
    return {
        "schema": schema_id("deadletter"),
        "stage": stage,
        "reason": reason,
        "error": error[:2000],
        "original_b64": base64.b64encode(original or b"").decode("ascii"),
        "original_key": key,
        "topic": topic,
        "partition": partition,
        "offset": offset,
        "failed_at": now_iso(),
    }


# ---------------------------------------------------------------- split


@dataclass
class SplitOutput:
    article: dict
    teasers: list[dict] = field(default_factory=list)


def split_record(rec: dict, *, max_page_bytes: int = 5_000_000, check: bool = True) -> SplitOutput:
    """news.raw record -> news.articles record + one news.teasers record per teaser.

    ``check=False`` when the caller already validated the record (the agents do, once per hop).
    """
    from newswire.split import split

    if check:
        validate(rec, "raw")
    raw = rec["raw"]
    if len(raw) > max_page_bytes or len(raw.encode("utf-8", "surrogatepass")) > max_page_bytes:
        raise ContractError("too_large", f"page is over the {max_page_bytes}-byte cap (NEWSWIRE_MAX_PAGE_BYTES)")
    res = split(raw, rec.get("content_type") or "text/plain")
    now = now_iso()
    processed = dict(rec.get("processed") or {})
    processed["split"] = now
    aid = rec["id"]
    teasers = []
    inline = []
    for pos, t in enumerate(res.teasers):
        if not t.title.strip():
            continue
        tid = ids.teaser_id(t.title, t.summary, t.url)
        inline.append({"id": tid, "title": t.title, "summary": t.summary, "url": t.url, "position": pos})
        teasers.append({
            "schema": schema_id("teaser"),
            "id": tid,
            "parent_id": aid,
            "title": t.title,
            "summary": t.summary,
            "url": t.url,
            "position": pos,
            "source": rec.get("source"),
            "lang": rec.get("lang"),
            "ingested_at": rec["ingested_at"],
            "processed": processed,
        })
    article = {
        "schema": schema_id("article"),
        "id": aid,
        "url": rec.get("url") or res.url,
        "source": rec.get("source"),
        "title": rec.get("title") or res.title,
        "lang": rec.get("lang"),
        "standfirst": res.standfirst,
        "body": list(res.body),
        "teasers": inline,
        "published_at": rec.get("published_at"),
        "ingested_at": rec["ingested_at"],
        "processed": processed,
    }
    return SplitOutput(article=article, teasers=teasers)


# ---------------------------------------------------------------- enrich


def body_text(article: dict) -> str:
    """The text entity offsets point into: body paragraphs joined by a blank line."""
    return "\n\n".join(article.get("body") or [])


def enrich_records(articles: Sequence[dict], enricher: Any, *, check: bool = True) -> list[dict]:
    """news.articles records -> news.enriched records, one ``nlp.pipe`` batch for all."""
    for a in articles if check else ():
        validate(a, "article")
    texts = [body_text(a) for a in articles]
    results = enricher.enrich_many(texts, [a.get("lang") for a in articles])
    now = now_iso()
    out = []
    for a, r in zip(articles, results, strict=True):
        e = dict(a)
        e["schema"] = schema_id("enriched")
        e["lang"] = a.get("lang") or r.get("lang")
        e["entities_status"] = r.get("entities_status", "ok")
        e["entities"] = r.get("entities", [])
        e["entities_merged"] = r.get("entities_merged", [])
        e["processed"] = {**a.get("processed", {}), "enrich": now}
        out.append(e)
    return out


# ---------------------------------------------------------------- route


@dataclass
class Routed:
    record: dict
    streams: list[str]


def route_records(
    enriched: Sequence[dict],
    classifier: Any,
    rulebook: Any,
    story_of: Callable[[dict], str] | None = None,
    *,
    check: bool = True,
) -> list[Routed]:
    """news.enriched records -> routed records with topics, story id and destination streams.

    ``story_of`` assigns the story cluster (the agent backs it with a Faust table);
    without one every article is its own story.
    """
    for e in enriched if check else ():
        validate(e, "enriched")
    topics = classifier.classify_many([(e.get("title") or "", body_text(e)) for e in enriched])
    now = now_iso()
    out = []
    for e, tops in zip(enriched, topics, strict=True):
        r = dict(e)
        r["schema"] = schema_id("routed")
        r["topics"] = [{"label": t["label"], "code": t["code"], "slug": t["slug"], "score": round(float(t["score"]), 4)}
                       for t in tops]
        r["story_id"] = story_of(r) if story_of else e["id"]
        streams, matched = _route(rulebook, r)
        r["streams"] = streams
        r["matched_rules"] = matched
        r["processed"] = {**e.get("processed", {}), "route": now}
        out.append(Routed(record=r, streams=streams))
    return out


def _route(rulebook: Any, article: dict) -> tuple[list[str], list[str]]:
    streams = list(dict.fromkeys(rulebook.route(article)))
    explain = getattr(rulebook, "matched_rule_names", None)
    matched = list(explain(article)) if explain else []
    return streams, matched


def iter_chunks(items: Iterable[Any], size: int) -> Iterable[list[Any]]:
    chunk: list[Any] = []
    for it in items:
        chunk.append(it)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk
