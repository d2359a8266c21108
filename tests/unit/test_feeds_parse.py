"""Feeds: parsers, screening, config, state and the small pure helpers (no network)."""

from __future__ import annotations

import json
import random
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newswire.feeds import metrics_hooks
from newswire.feeds.config import ConfigError, FeedSettings, FeedSpec, load_config, parse_txt, parse_yaml
from newswire.feeds.engine import backoff_delay, cache_max_age, content_hash, item_key, poll_interval
from newswire.feeds.fetch import is_public_address, parse_retry_after
from newswire.feeds.parse import (
    FeedItem,
    ParsedFeed,
    decode_html,
    html_to_text,
    parse_feed,
    parse_json_feed,
    screen_entities,
)
from newswire.feeds.state import StateStore

DATA = Path(__file__).resolve().parent.parent / "data" / "feeds"
REPO = Path(__file__).resolve().parents[2]


def fixture(name: str) -> bytes:
    return (DATA / name).read_bytes()


# ---------------------------------------------------------------- formats

def test_rss20_with_content_encoded():
    p = parse_feed(fixture("rss20_content.xml"), content_type="application/rss+xml", url="https://gazette.example/world/rss.xml")
    assert p.error is None and p.kind == "rss20"
    assert p.title == "Example Gazette — World" and p.lang == "en-gb" and p.ttl == 1800.0
    first, second = p.items
    assert first.guid == "gazette-2026-11-24-0042"
    assert first.content_type == "text/html" and "harbour master" in first.content
    assert "<script" not in first.content  # feedparser's sanitizer ran
    assert first.published == datetime(2026, 11, 24, 16, 30, tzinfo=UTC)
    assert first.authors == ["Ana Souza"]
    assert second.content is None and second.summary.startswith("Lawmakers approved")
    assert second.title == "Parliament passes budget & tax bill"


def test_atom_with_xhtml_content():
    p = parse_feed(fixture("atom_xhtml.xml"), content_type="application/atom+xml")
    assert p.kind == "atom10" and p.lang == "fr" and p.title == "Le Quotidien Exemple"
    a, b = p.items
    assert a.content_type == "text/html" and "accord salarial" in a.content
    assert a.published == datetime(2026, 11, 24, 14, 45, tzinfo=UTC)
    assert a.summary == "Le trafic reprend progressivement sur les lignes de métro."
    assert b.content is None and b.summary_is_html and html_to_text(b.summary) == "La maire sortante est réélue au premier tour."
    assert b.published == datetime(2026, 11, 24, 12, 0, tzinfo=UTC)  # from <updated>


def test_rss10_rdf_in_latin1():
    p = parse_feed(fixture("rss10_rdf.xml"))
    assert p.kind == "rss10" and p.lang == "de"
    assert [i.title for i in p.items] == ["Neue Prozessoren vorgestellt", "Sicherheitslücke in Router-Firmware"]
    assert p.items[0].published == datetime(2026, 11, 24, 8, 15, tzinfo=UTC)


def test_rss091_with_external_dtd_reference_is_fine():
    p = parse_feed(fixture("rss091_netscape.xml"))
    assert p.error is None and p.kind == "rss091n" and len(p.items) == 1


def test_json_feed_11():
    p = parse_feed(fixture("jsonfeed11.json"), content_type="application/feed+json")
    assert p.kind == "json11" and p.title == "Example Wire" and p.lang == "en-us"
    rates, floods, numeric, wrong = p.items
    assert rates.content_type == "text/html" and rates.summary == "Rates unchanged."
    assert rates.content.startswith("<p>The central bank")
    assert rates.published == datetime(2026, 11, 24, 14, 0, tzinfo=UTC)
    assert rates.updated == datetime(2026, 11, 24, 12, 30, tzinfo=UTC)
    assert rates.authors == ["Sam Lee"]
    assert floods.content_type == "text/plain" and floods.lang == "en-gb"
    assert floods.published == datetime(2026, 11, 24, 13, 0, tzinfo=UTC)
    assert floods.authors == ["Example Wire Staff"]  # feed-level authors inherited
    assert numeric.guid == "42" and numeric.link is None
    assert wrong.title is None and wrong.link is None
    assert any("not an object" in w for w in p.warnings)


@pytest.mark.parametrize("doc,why", [
    (b"[1, 2]", "top level"),
    (b'{"title": "no version"}', "version"),
    (b'{"version": "https://jsonfeed.org/version/1.1", "items": ', "JSONDecodeError"),
    (b"\xff\xfe{}", "UTF-8"),
    (b"[" * 100_000 + b"]" * 100_000, ""),
])
def test_json_feed_errors_are_values(doc, why):
    p = parse_json_feed(doc)
    assert p.error is not None and why in p.error and p.items == []


def test_json_feed_html_is_sanitised_like_rss():
    doc = {"version": "https://jsonfeed.org/version/1.1", "items": [
        {"id": "1", "content_html": '<p onclick="x()">Hi</p><script>steal()</script><iframe src="//evil"></iframe>'}]}
    html = parse_json_feed(json.dumps(doc).encode()).items[0].content
    assert "Hi" in html and "script" not in html and "onclick" not in html and "iframe" not in html


def test_html_titles_become_text():
    data = (b'<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>t</title>'
            b'<entry><id>1</id><title type="html">Rates &lt;b&gt;up&lt;/b&gt; &amp;amp; away</title></entry></feed>')
    assert parse_feed(data).items[0].title == "Rates up & away"


def test_json_feed_missing_items_is_empty_not_error():
    p = parse_json_feed(b'{"version": "https://jsonfeed.org/version/1", "title": "t"}')
    assert p.error is None and p.kind == "json1" and p.items == []


# ---------------------------------------------------------------- hostile bytes

@pytest.mark.parametrize("name,fragment", [
    ("xxe.xml", "external entity"),
    ("xxe_hidden.xml", "external entity"),
    ("billion_laughs.xml", "refers to other entities"),
])
def test_entity_attacks_are_refused(name, fragment):
    p = parse_feed(fixture(name))
    assert p.error and fragment in p.error and p.items == []


def test_hidden_billion_laughs_is_refused_before_the_parser():
    # Behind a comment holding "<a", feedparser's own DOCTYPE stripping misses the DTD and
    # expat grinds for seconds before its amplification limit trips; the screen stops it.
    data = fixture("billion_laughs.xml").replace(b"<?xml version=\"1.0\"?>", b"<?xml version=\"1.0\"?>\n<!-- <a> -->")
    assert "refers to other entities" in (screen_entities(data) or "")


def test_utf16_xxe_is_refused():
    data = fixture("xxe.xml").decode().replace('encoding="UTF-8"', 'encoding="UTF-16"').encode("utf-16")
    assert screen_entities(data) and parse_feed(data).error


@pytest.mark.parametrize("decl", ['<!ENTITY nbsp "&#160;">', "<!ENTITY brand 'Example News'>"])
def test_harmless_entities_pass_the_screen(decl):
    data = f'<?xml version="1.0"?><!DOCTYPE rss [ {decl} ]><rss version="2.0"><channel><title>t</title></channel></rss>'
    assert screen_entities(data.encode()) is None


def test_parameter_entities_and_floods_are_refused():
    assert "parameter" in screen_entities(b'<!DOCTYPE r [<!ENTITY % p SYSTEM "http://x/">%p;]><r/>')
    many = "".join(f'<!ENTITY e{i} "x">' for i in range(100))
    assert "more than" in screen_entities(f"<!DOCTYPE r [{many}]><r/>".encode())


def test_malformed_xml_is_tolerated_with_a_warning():
    p = parse_feed(fixture("malformed.xml"))
    assert p.error is None and p.warnings
    assert p.items[0].title == "Fish & chips prices rise"


def test_latin1_declared_utf8_still_parses():
    p = parse_feed(fixture("latin1_declared_utf8.xml"), content_type="application/rss+xml; charset=utf-8")
    assert p.error is None and p.items[0].title == "Résumé des événements"


@pytest.mark.parametrize("body,ctype", [
    (fixture("not_a_feed.html"), "text/html"),
    (b"", "application/rss+xml"),
    (b"   \n", None),
    (b"\x00\x01\x02garbage", None),
])
def test_non_feeds_give_an_error(body, ctype):
    p = parse_feed(body, content_type=ctype)
    assert p.error and p.items == []


def test_empty_channel_is_a_feed_with_no_items():
    p = parse_feed(fixture("empty_channel.xml"))
    assert p.error is None and p.items == [] and p.title == "Quiet Desk"


# ---------------------------------------------------------------- property tests

_json = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=12), children, max_size=5),
    max_leaves=12,
)
_item_keys = st.sampled_from(["id", "url", "external_url", "title", "content_html", "content_text", "summary",
                              "date_published", "date_modified", "authors", "author", "language", "tags"])


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=2000))
def test_json_feed_parser_never_raises_on_bytes(data):
    assert isinstance(parse_json_feed(data), ParsedFeed)


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.dictionaries(_item_keys, _json, max_size=6) | _json, max_size=4), _json)
def test_json_feed_parser_never_raises_on_feed_shaped_json(items, title):
    doc = {"version": "https://jsonfeed.org/version/1.1", "title": title, "items": items, "language": title}
    p = parse_json_feed(json.dumps(doc).encode())
    assert p.error is None
    for it in p.items:
        assert isinstance(it, FeedItem)
        assert it.link is None or isinstance(it.link, str)
        assert it.published is None or it.published.tzinfo is not None


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=3000), st.sampled_from([None, "application/rss+xml", "text/html", "application/json"]))
def test_parse_feed_never_raises_on_bytes(data, ctype):
    p = parse_feed(data, content_type=ctype)
    assert isinstance(p, ParsedFeed)
    assert p.error is not None or isinstance(p.items, list)


_FIXTURES = sorted(p.name for p in DATA.iterdir())


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(_FIXTURES), st.integers(0, 5000), st.integers(0, 200), st.binary(max_size=40))
def test_parse_feed_never_raises_on_mangled_real_feeds(name, at, cut, junk):
    data = fixture(name)
    at = at % (len(data) + 1)
    assert isinstance(parse_feed(data[:at] + junk + data[at + cut:]), ParsedFeed)


# ---------------------------------------------------------------- helpers

def test_html_to_text_and_decode_html():
    assert html_to_text("<p>One&amp;two</p><script>x()</script><p>three</p>") == "One&two\n\nthree"
    assert decode_html("café".encode("cp1252"), "text/html; charset=windows-1252") == "café"
    assert decode_html(b'<meta charset="iso-8859-1"><p>caf\xe9', "text/html").endswith("café")
    assert decode_html("café".encode(), "text/html; charset=bogus-charset") == "café"


@pytest.mark.parametrize("addr,public", [
    ("127.0.0.1", False), ("10.1.2.3", False), ("172.16.0.1", False), ("192.168.1.1", False),
    ("169.254.169.254", False), ("100.64.0.1", False), ("0.0.0.0", False), ("224.0.0.1", False),
    ("240.0.0.1", False), ("255.255.255.255", False), ("::1", False), ("fe80::1", False), ("fc00::1", False),
    ("ff02::1", False), ("::ffff:127.0.0.1", False), ("::ffff:10.0.0.1", False), ("2002:7f00:1::", False),
    ("not-an-ip", False), ("93.184.216.34", True), ("8.8.8.8", True), ("2a00:1450:4001:80b::200e", True),
])
def test_is_public_address(addr, public):
    assert is_public_address(addr) is public


def test_retry_after_forms():
    assert parse_retry_after("120") == 120.0
    assert parse_retry_after("Wed, 25 Nov 2026 10:00:00 GMT", now=datetime(2026, 11, 25, 9, 0, tzinfo=UTC).timestamp()) == 3600.0
    assert parse_retry_after("soon") is None and parse_retry_after(None) is None


def test_intervals_and_backoff():
    s = FeedSettings(default_interval=900, min_interval=120, max_interval=3600, backoff_base=60, backoff_max=1000)
    spec = FeedSpec(url="https://a.example/rss")
    assert poll_interval(spec, s, None, None) == 900
    assert poll_interval(spec, s, "public, max-age=600", None) == 600
    assert poll_interval(spec, s, "max-age=600", 1800.0) == 1800  # the more patient hint wins
    assert poll_interval(spec, s, "max-age=5", None) == 120  # clamped
    assert poll_interval(spec, s, None, 86400.0) == 3600
    assert poll_interval(FeedSpec(url=spec.url, interval=300), s, "max-age=3000", None) == 300
    assert cache_max_age("no-cache, max-age=60") is None
    rng = random.Random(1)
    for n, full in [(1, 60), (2, 120), (3, 240), (4, 480), (5, 960), (6, 1000), (60, 1000)]:
        d = backoff_delay(n, s, rng)
        assert full / 2 <= d <= full


def test_item_keys():
    spec = FeedSpec(url="https://a.example/rss")
    h = "0" * 24
    assert item_key(spec, FeedItem(guid="https://A.example/x?utm_source=rss#top"), h) == "u:https://a.example/x"
    assert item_key(spec, FeedItem(guid="1234", link="https://a.example/x"), h) == "g:a.example:1234"
    assert item_key(spec, FeedItem(link="https://a.example/x?utm_medium=feed"), h) == "u:https://a.example/x"
    assert item_key(spec, FeedItem(title="t"), h) == "h:" + h
    assert content_hash(FeedItem(title="a  b")) == content_hash(FeedItem(title="a b"))
    assert content_hash(FeedItem(title="a")) != content_hash(FeedItem(title="a", summary="changed"))


# ---------------------------------------------------------------- config

def test_txt_config():
    cfg = parse_txt("# comment\n\nhttps://a.example/rss  # trailing\nhttp://b.example/feed\nhttps://a.example/rss\n")
    assert [f.url for f in cfg.feeds] == ["https://a.example/rss", "http://b.example/feed"]
    with pytest.raises(ConfigError, match=":2"):
        parse_txt("https://ok.example/\nftp://nope.example/\n")


def test_yaml_config():
    cfg = parse_yaml("""
settings: {timeout: 5, max_bytes: 1000, allow_private: true}
feeds:
  - https://plain.example/rss
  - url: https://full.example/atom
    name: Full Example
    interval: 600
    headers: {Accept-Language: de}
    language: de
    fetch_full_page: true
""")
    plain, full = cfg.feeds
    assert cfg.settings.timeout == 5.0 and cfg.settings.max_bytes == 1000 and cfg.settings.allow_private
    assert plain.interval is None and not plain.fetch_full_page and plain.source == "plain.example"
    assert full.name == "Full Example" and full.interval == 600 and full.headers == {"Accept-Language": "de"}
    assert full.lang == "de" and full.fetch_full_page and full.label == "Full Example"
    for bad in ("feeds: [{name: x}]", "settings: {nope: 1}", "feeds: [{url: 'https://a.example', colour: red}]",
                "feeds: {a: 1}", "feeds: [{url: 'https://a.example', interval: soon}]"):
        with pytest.raises(ConfigError):
            parse_yaml(bad)


@pytest.mark.parametrize("name", ["feeds.txt", "feeds.yaml"])
def test_shipped_feed_lists_load(name):
    cfg = load_config(REPO / "seeds" / name)
    assert len(cfg.feeds) >= 20
    assert all(f.url.startswith("https://") for f in cfg.feeds)
    assert cfg.settings == FeedSettings() or name == "feeds.yaml"
    assert not cfg.settings.allow_private


# ---------------------------------------------------------------- state

def test_state_classify_and_survive_restart(tmp_path):
    path = tmp_path / "s" / "feeds.sqlite"
    s = StateStore(path)
    assert s.classify("u:x", "h1") == ("new", 0)
    s.remember("u:x", "h1", 0, "https://f")
    assert s.classify("u:x", "h1") == ("duplicate", 0)
    assert s.classify("u:x", "h2") == ("update", 1)
    st = s.get_feed("https://f")
    st.etag, st.failures, st.next_due = '"v1"', 3, 1234.0
    s.put_feed("https://f", st)
    s.close()
    s2 = StateStore(path)
    assert s2.classify("u:x", "h1") == ("duplicate", 0)
    got = s2.get_feed("https://f")
    assert (got.etag, got.failures, got.next_due) == ('"v1"', 3, 1234.0)
    assert s2.prune(older_than=10, now=10**10) == 1 and s2.classify("u:x", "h1") == ("new", 0)


def test_state_dir_from_environment(tmp_path, monkeypatch):
    monkeypatch.setenv("NEWSWIRE_STATE_DIR", str(tmp_path / "st"))
    s = StateStore()
    assert Path(s.path) == tmp_path / "st" / "feeds.sqlite" and Path(s.path).exists()


# ---------------------------------------------------------------- metrics seam

def test_metrics_hooks_bind_and_never_raise():
    calls = []
    try:
        metrics_hooks.bind(on_fetch=lambda *a: calls.append(a), on_items=lambda *a: 1 / 0)
        metrics_hooks.on_fetch("f", "ok", 10)
        metrics_hooks.on_items("f", 1, 2, 3)  # a broken hook is logged, not raised
        metrics_hooks.on_success("f", 1.0)  # unbound: no-op
        assert calls == [("f", "ok", 10)]
        with pytest.raises(ValueError):
            metrics_hooks.bind(on_typo=print)
    finally:
        metrics_hooks.reset()
