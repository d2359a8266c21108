"""Ids, contracts, catalogue and the Kafka-free stage functions."""

from __future__ import annotations

import base64

import pytest

from newswire import ids
from newswire.pipeline import make_deadletter, make_raw, split_record
from newswire.schema import ContractError, decode, known_schemas, validate
from newswire.streams.catalogue import load_catalogue, parse_catalogue


def test_canonical_url_drops_tracking_and_fragment():
    a = ids.canonical_url("HTTPS://Example.COM:443/news/story?utm_source=x&b=2&a=1#comments")
    assert a == "https://example.com/news/story?a=1&b=2"
    assert ids.article_id("https://example.com/news/story?a=1&b=2") == ids.article_id(
        "https://EXAMPLE.com/news/story?b=2&a=1&fbclid=zzz")


def test_article_id_falls_back_to_content_and_ignores_whitespace():
    assert ids.article_id(None, "Hello  world\n") == ids.article_id("", "hello world")
    assert ids.article_id(None, "a") != ids.article_id(None, "b")
    assert ids.article_id(None, "x").startswith("a-")


def test_every_kind_has_a_schema():
    assert {s.split("/")[0].split(".")[1] for s in known_schemas()} == {
        "raw", "article", "teaser", "enriched", "routed", "deadletter"}


@pytest.mark.parametrize(("value", "reason"), [
    (b"", "empty"), (b"\xff\xfe garbage", "not_utf8"), (b"{not json", "not_json"), (None, "empty")])
def test_decode_reasons(value, reason):
    with pytest.raises(ContractError) as exc:
        decode(value)
    assert exc.value.reason == reason


def test_validate_reasons():
    raw = make_raw("Some page", url="https://example.com/a")
    assert validate(raw, "raw") is raw
    with pytest.raises(ContractError) as exc:
        validate({**raw, "schema": "newswire.raw/7"})
    assert exc.value.reason == "unknown_version"
    with pytest.raises(ContractError) as exc:
        validate({k: v for k, v in raw.items() if k != "raw"})
    assert exc.value.reason == "schema_mismatch"
    with pytest.raises(ContractError) as exc:
        validate(raw, "article")
    assert exc.value.reason == "schema_mismatch"
    with pytest.raises(ContractError):
        validate(["not", "an", "object"])


def test_catalogue_has_the_fixed_topics_and_the_family():
    cat = load_catalogue()
    names = [t.name for t in cat.all_topics({"news.topic.sport"})]
    for n in ("news.raw", "news.articles", "news.teasers", "news.enriched", "news.deadletter",
              "news.topic.other", "news.topic.sport"):
        assert n in names
    assert cat.get("news.raw").max_message_bytes >= 5_000_000
    assert cat.get("news.topic.anything").partitions == cat.family.partitions
    with pytest.raises(KeyError):
        cat.get("nope")


def test_catalogue_rejects_unknown_fields():
    with pytest.raises(ValueError, match="unknown field"):
        parse_catalogue('[defaults]\npartitions=1\nreplication_factor=1\nretention_ms=1\ncleanup_policy="delete"\n'
                        'max_message_bytes=1\n[[topic]]\nname="x"\nretension_ms=5\n')


def test_split_record_meets_the_contracts(seed_gold):
    raw = make_raw(seed_gold["raw"], url="https://example.com/seed")
    out = split_record(raw)
    validate(out.article, "article")
    for t in out.teasers:
        validate(t, "teaser")
        assert t["parent_id"] == raw["id"]
    assert out.article["id"] == raw["id"]
    assert out.article["body"] == seed_gold["gold"]["body"]
    assert [t["title"] for t in out.teasers] == [t["title"] for t in seed_gold["gold"]["teasers"]]
    assert [t["position"] for t in out.teasers] == list(range(len(out.teasers)))
    assert "split" in out.article["processed"]


def test_split_record_refuses_pages_over_the_cap():
    raw = make_raw("x" * 2000)
    with pytest.raises(ContractError) as exc:
        split_record(raw, max_page_bytes=1000)
    assert exc.value.reason == "too_large"


def test_deadletter_keeps_the_original_bytes():
    dl = make_deadletter("split", "not_json", "boom", b"\x00\xffabc", key=b"k", topic="news.raw", partition=1, offset=7)
    validate(dl, "deadletter")
    assert base64.b64decode(dl["original_b64"]) == b"\x00\xffabc"
    assert dl["original_key"] == "k"


def test_records_from_paths(tmp_path):
    from newswire.producer import records_from_paths

    (tmp_path / "a.txt").write_text("Plain text page", encoding="utf-8")
    (tmp_path / "b.html").write_text("<html><body><p>Hi</p></body></html>", encoding="utf-8")
    (tmp_path / "c.jsonl").write_text('{"raw": "From JSON", "url": "https://x.org/1"}\n\n', encoding="utf-8")
    recs = list(records_from_paths([str(tmp_path)]))
    assert [r["content_type"] for r in recs] == ["text/plain", "text/html", "text/plain"]
    assert recs[2]["id"] == ids.article_id("https://x.org/1")
    for r in recs:
        validate(r, "raw")


def test_records_from_paths_names_the_bad_line(tmp_path):
    from newswire.producer import ProducerError, records_from_paths

    (tmp_path / "bad.jsonl").write_text('{"raw": "ok"}\n{oops\n', encoding="utf-8")
    with pytest.raises(ProducerError, match="bad.jsonl:2"):
        list(records_from_paths([str(tmp_path / "bad.jsonl")]))


def test_cli_lists_every_command():
    from newswire.cli import COMMANDS, build_parser

    parser = build_parser()
    for name in COMMANDS:
        assert name in parser.format_help()
    for name in COMMANDS:  # every sub-command's module loads when it is the one asked for
        sub = build_parser(name)._subparsers._group_actions[0].choices[name]
        assert sub.get_default("_import_error") is None, sub.get_default("_import_error")
        assert sub.get_default("_module") == COMMANDS[name][0]
