"""Feeds engine against a local HTTP server: real-world-shaped feeds and hostile ones.

Every hostile case must end as a counted outcome for its own feed while the other
feeds of the same poll are delivered. No test leaves the machine.
"""

from __future__ import annotations

import asyncio
import gzip
import json
import re
import threading
import time
from pathlib import Path

import httpx
import pytest
from pytest_httpserver import HTTPServer
from werkzeug.wrappers import Request, Response

from newswire.feeds import metrics_hooks
from newswire.feeds.cli import to_raw_record
from newswire.feeds.config import FeedsConfig, FeedSettings, FeedSpec
from newswire.feeds.engine import FeedEngine, poll_once
from newswire.feeds.fetch import Fetcher, Refused, _guard_transport
from newswire.feeds.state import StateStore
from newswire.ids import article_id
from newswire.schema import validate

DATA = Path(__file__).resolve().parent.parent / "data" / "feeds"
RSS = "application/rss+xml; charset=utf-8"


def fixture(name: str) -> bytes:
    return (DATA / name).read_bytes()


@pytest.fixture(scope="module")
def server():
    # Threaded: a slow or endless response must not hold up the other feeds' requests.
    srv = HTTPServer(host="127.0.0.1", threaded=True)
    srv.start()
    yield srv
    srv.clear()
    if srv.is_running():
        srv.stop()


@pytest.fixture
def httpd(server):
    server.clear()
    yield server
    server.clear()


@pytest.fixture
def metrics():
    calls: dict[str, list] = {"on_fetch": [], "on_items": [], "on_success": [], "on_page": []}

    def recorder(name):
        return lambda *args: calls[name].append(args)

    metrics_hooks.bind(**{k: recorder(k) for k in calls})
    yield calls
    metrics_hooks.reset()


@pytest.fixture
def state(tmp_path):
    s = StateStore(tmp_path / "feeds.sqlite")
    yield s
    s.close()


def cfg(*specs: FeedSpec | str, **settings) -> FeedsConfig:
    settings.setdefault("allow_private", True)
    feeds = tuple(FeedSpec(url=s) if isinstance(s, str) else s for s in specs)
    return FeedsConfig(feeds=feeds, settings=FeedSettings(**settings))


def poll(config: FeedsConfig, state: StateStore, sink=None):
    records: list[dict] = []
    results = asyncio.run(poll_once(config, sink or records.append, state=state))
    return results, records


# ---------------------------------------------------------------- real-world shapes

def test_rss20_records(httpd, state, metrics):
    httpd.expect_request("/world/rss.xml").respond_with_data(fixture("rss20_content.xml"), content_type=RSS)
    url = httpd.url_for("/world/rss.xml")
    (res,), records = poll(cfg(url), state)
    assert (res.outcome, res.new, res.duplicate, res.update) == ("ok", 2, 0, 0)
    assert res.next_in == 1800  # <ttl>30</ttl>
    # oldest first
    budget, harbour = records
    assert harbour["title"] == "Harbour reopens after storm damage"
    assert harbour["id"] == article_id(url="https://gazette.example/world/2026/nov/24/harbour-reopens")
    assert harbour["content_type"] == "text/html" and "harbour master" in harbour["raw"]
    assert harbour["published_at"] == "2026-11-24T16:30:00Z" and harbour["lang"] == "en-gb"
    assert harbour["source"] == "127.0.0.1"
    assert harbour["feed"] == {"url": url, "title": "Example Gazette — World", "guid": "gazette-2026-11-24-0042",
                               "update": False, "revision": 0}
    assert budget["content_type"] == "text/plain"
    assert budget["raw"] == "Lawmakers approved the spending plan by 212 votes to 198 after a late-night session."
    for r in records:  # plain JSON-able dicts that make valid news.raw records
        validate(to_raw_record(json.loads(json.dumps(r))), "raw")
    request = httpd.log[0][0]
    assert re.match(r"newswire/\S+ \(\+https?://", request.headers["User-Agent"])
    assert metrics["on_fetch"] == [(url, "ok", len(fixture("rss20_content.xml")))]
    assert metrics["on_items"] == [(url, 2, 0, 0)] and len(metrics["on_success"]) == 1


@pytest.mark.parametrize("name,ctype,n,kind_of_first", [
    ("atom_xhtml.xml", "application/atom+xml", 2, "text/plain"),
    ("rss10_rdf.xml", "application/rdf+xml", 2, "text/plain"),
    ("jsonfeed11.json", "application/feed+json", 3, "text/plain"),
    ("rss091_netscape.xml", "text/xml", 1, "text/plain"),
])
def test_other_formats(httpd, state, name, ctype, n, kind_of_first):
    httpd.expect_request("/f").respond_with_data(fixture(name), content_type=ctype)
    spec = FeedSpec(url=httpd.url_for("/f"), name="Example", lang=None)
    (res,), records = poll(cfg(spec), state)
    assert res.outcome == "ok" and res.new == n == len(records)
    assert records[0]["content_type"] == kind_of_first
    assert all(r["source"] == "Example" and r["raw"] for r in records)


def test_dedup_survives_restart_and_changed_content_is_an_update(httpd, tmp_path):
    body = fixture("rss20_content.xml")
    httpd.expect_request("/rss").respond_with_data(body, content_type=RSS)
    config = cfg(httpd.url_for("/rss"))
    s1 = StateStore(tmp_path / "st.sqlite")
    (r1,), recs1 = poll(config, s1)
    s1.close()
    s2 = StateStore(tmp_path / "st.sqlite")  # a restart
    (r2,), recs2 = poll(config, s2)
    assert (r1.new, len(recs1)) == (2, 2) and (r2.new, r2.duplicate, recs2) == (0, 2, [])
    httpd.clear()
    changed = body.replace(b"dock again from Wednesday morning", b"dock again from Thursday morning")
    httpd.expect_request("/rss").respond_with_data(changed, content_type=RSS)
    (r3,), recs3 = poll(config, s2)
    assert (r3.new, r3.update, r3.duplicate) == (0, 1, 1)
    assert recs3[0]["feed"]["update"] is True and recs3[0]["feed"]["revision"] == 1
    assert recs3[0]["id"] == recs1[1]["id"] and "Thursday" in recs3[0]["raw"]
    s2.close()


def test_same_article_in_two_feeds_is_sent_once(httpd, state):
    httpd.expect_request("/a").respond_with_data(fixture("rss10_rdf.xml"), content_type=RSS)
    httpd.expect_request("/b").respond_with_data(fixture("rss10_rdf.xml"), content_type=RSS)
    (ra,), _ = poll(cfg(httpd.url_for("/a")), state)
    (rb,), recs = poll(cfg(httpd.url_for("/b")), state)
    assert ra.new == 2 and (rb.new, rb.duplicate, recs) == (0, 2, [])


def test_conditional_get(httpd, state, metrics):
    seen = []

    def handler(req: Request) -> Response:
        seen.append((req.headers.get("If-None-Match"), req.headers.get("If-Modified-Since")))
        if req.headers.get("If-None-Match") == '"v1"':
            return Response(status=304, headers={"ETag": '"v1"', "Cache-Control": "max-age=600"})
        return Response(fixture("rss20_content.xml"), content_type=RSS,
                        headers={"ETag": '"v1"', "Last-Modified": "Tue, 24 Nov 2026 18:05:00 GMT"})

    httpd.expect_request("/c").respond_with_handler(handler)
    config = cfg(httpd.url_for("/c"))
    (r1,), _ = poll(config, state)
    (r2,), recs = poll(config, state)
    assert seen == [(None, None), ('"v1"', "Tue, 24 Nov 2026 18:05:00 GMT")]
    assert r1.outcome == "ok" and r2.outcome == "not_modified" and recs == []
    assert r2.next_in == 600
    assert [c[1] for c in metrics["on_fetch"]] == ["ok", "not_modified"] and len(metrics["on_success"]) == 2


def test_gzip_response_is_decoded(httpd, state):
    httpd.expect_request("/gz").respond_with_data(gzip.compress(fixture("rss20_content.xml")), content_type=RSS,
                                                  headers={"Content-Encoding": "gzip"})
    (res,), recs = poll(cfg(httpd.url_for("/gz")), state)
    assert res.outcome == "ok" and len(recs) == 2


# ---------------------------------------------------------------- hostile input

def _slow(req: Request) -> Response:
    def gen():
        yield b'<?xml version="1.0"?><rss version="2.0"><channel><title>slow</title>'
        for _ in range(100):
            time.sleep(0.05)
            yield b" "
    return Response(gen(), content_type=RSS)


def _endless(req: Request) -> Response:
    def gen():
        yield b'<?xml version="1.0"?><rss version="2.0"><channel><title>'
        for _ in range(10_000):
            yield b"x" * 65536
    return Response(gen(), content_type=RSS)


def _redirect(to: str, status: int = 302):
    return lambda req: Response(status=status, headers={"Location": to})


_BOMB = gzip.compress(b"<rss>" + b"\0" * (40 * 1024 * 1024), compresslevel=9)


def test_each_hostile_feed_is_its_own_counted_error(httpd, state, metrics):
    good = fixture("rss20_content.xml")
    routes = {
        "/good": lambda r: Response(good, content_type=RSS),
        "/malformed": lambda r: Response(fixture("malformed.xml"), content_type=RSS),
        "/latin1": lambda r: Response(fixture("latin1_declared_utf8.xml"), content_type="text/xml; charset=utf-8"),
        "/html": lambda r: Response(fixture("not_a_feed.html"), content_type="text/html"),
        "/empty": lambda r: Response(b"", content_type=RSS),
        "/xxe": lambda r: Response(fixture("xxe.xml"), content_type=RSS),
        "/lol": lambda r: Response(fixture("billion_laughs.xml"), content_type=RSS),
        "/bomb": lambda r: Response(_BOMB, content_type=RSS, headers={"Content-Encoding": "gzip"}),
        "/slow": _slow,
        "/endless": _endless,
        "/loop/a": _redirect("/loop/b"),
        "/loop/b": _redirect("/loop/a", 301),
        "/429": lambda r: Response(b"slow down", status=429, headers={"Retry-After": "3600"}),
        "/503": lambda r: Response(b"", status=503, headers={"Retry-After": "Fri, 31 Dec 2100 00:00:00 GMT"}),
        "/500": lambda r: Response(b"oops", status=500),
        "/badgzip": lambda r: Response(b"not gzip at all", content_type=RSS, headers={"Content-Encoding": "gzip"}),
        "/scheme": _redirect("file:///etc/passwd"),
    }
    for i in range(8):
        routes[f"/hop/{i}"] = _redirect(f"/hop/{i + 1}")
    for path, h in routes.items():
        httpd.expect_request(path).respond_with_handler(h)
    expected = {
        "/good": "ok", "/malformed": "ok", "/latin1": "ok", "/html": "parse_error", "/empty": "parse_error",
        "/xxe": "parse_error", "/lol": "parse_error", "/bomb": "too_large", "/slow": "timeout",
        "/endless": "too_large", "/loop/a": "redirect_loop", "/hop/0": "redirect_loop", "/429": "http_error",
        "/503": "http_error", "/500": "http_error", "/badgzip": "error", "/scheme": "refused",
    }
    config = cfg(*(httpd.url_for(p) for p in expected), timeout=3.0, max_bytes=1024 * 1024, max_redirects=5)
    results, records = poll(config, state)
    got = {r.feed.split(str(httpd.port), 1)[1]: r for r in results}
    assert {p: r.outcome for p, r in got.items()} == expected
    assert {tuple(f[:2]) for f in metrics["on_fetch"]} == {(httpd.url_for(p), o) for p, o in expected.items()}
    assert sum(r.new for r in results) == len(records) == 2 + 1 + 1  # good, malformed (1 usable item), latin1
    assert got["/429"].next_in >= 3600 and got["/503"].next_in == FeedSettings().retry_after_max
    assert all(got[p].next_in > 0 and got[p].error for p, o in expected.items() if o != "ok")
    assert state.get_feed(httpd.url_for("/429")).failures == 1
    assert state.get_feed(httpd.url_for("/429")).next_due >= time.time() + 3500  # kept across restarts


def test_backoff_grows_and_success_resets(httpd, state):
    httpd.expect_request("/flaky").respond_with_data(b"", status=500)
    config = cfg(httpd.url_for("/flaky"), backoff_base=60, backoff_max=10_000)
    delays = [poll(config, state)[0][0].next_in for _ in range(4)]
    for n, d in enumerate(delays):
        assert 60 * 2**n / 2 <= d <= 60 * 2**n
    assert state.get_feed(httpd.url_for("/flaky")).failures == 4
    httpd.clear()
    httpd.expect_request("/flaky").respond_with_data(fixture("empty_channel.xml"), content_type=RSS)
    (res,), _ = poll(config, state)
    assert res.outcome == "ok" and state.get_feed(httpd.url_for("/flaky")).failures == 0


# ---------------------------------------------------------------- SSRF

def test_default_settings_refuse_loopback(httpd, state, metrics):
    httpd.expect_request("/feed").respond_with_data(fixture("rss20_content.xml"), content_type=RSS)
    urls = [httpd.url_for("/feed"), httpd.url_for("/feed").replace("127.0.0.1", "localhost")]
    results, records = poll(cfg(*urls, allow_private=False), state)
    assert [r.outcome for r in results] == ["refused", "refused"] and records == []
    assert httpd.log == []  # never connected
    assert {f[1] for f in metrics["on_fetch"]} == {"refused"}


def test_every_redirect_hop_is_checked(httpd, state, monkeypatch):
    # Pretend 127.0.0.1 is public: the first hop is fetched, the hop to ::1 must be refused.
    monkeypatch.setattr("newswire.feeds.fetch.is_public_address", lambda a: a == "127.0.0.1")
    httpd.expect_request("/hop").respond_with_handler(_redirect(f"http://[::1]:{httpd.port}/feed"))
    httpd.expect_request("/ok").respond_with_data(fixture("rss10_rdf.xml"), content_type=RSS)
    results, records = poll(cfg(httpd.url_for("/hop"), httpd.url_for("/ok"), allow_private=False), state)
    assert [r.outcome for r in results] == ["refused", "ok"] and len(records) == 2
    assert "::1" in results[0].error


def test_connect_time_guard_is_installed():
    # The guard hooks httpcore's network backend; if httpx internals move, this fails loudly.
    transport = httpx.AsyncHTTPTransport()
    assert _guard_transport(transport)

    async def go():
        async with httpx.AsyncClient(transport=transport) as client:
            await client.get("http://127.0.0.1:9/")

    with pytest.raises(Refused):
        asyncio.run(go())


# ---------------------------------------------------------------- concurrency, full pages, sink

def test_per_host_concurrency_limit(httpd, state):
    lock = threading.Lock()
    active = [0]
    peak = [0]

    def handler(req: Request) -> Response:
        with lock:
            active[0] += 1
            peak[0] = max(peak[0], active[0])
        time.sleep(0.15)
        with lock:
            active[0] -= 1
        return Response(fixture("empty_channel.xml"), content_type=RSS)

    for i in range(4):
        httpd.expect_request(f"/p{i}").respond_with_handler(handler)
    results, _ = poll(cfg(*(httpd.url_for(f"/p{i}") for i in range(4)), per_host=1), state)
    assert [r.outcome for r in results] == ["ok"] * 4 and peak[0] == 1


def _summary_feed(httpd) -> bytes:
    items = "".join(
        f"<item><title>Story {n}</title><link>{httpd.url_for(path)}</link><guid>{n}</guid>"
        f"<description>Teaser {n}.</description></item>"
        for n, path in [(1, "/story/1"), (2, "/private/2"), (3, "/story/pdf")]
    )
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>S</title>{items}</channel></rss>'.encode()


def test_full_page_fetch_honours_robots(httpd, state, metrics):
    httpd.expect_request("/robots.txt").respond_with_data("User-agent: *\nDisallow: /private/\n",
                                                          content_type="text/plain")
    httpd.expect_request("/story/1").respond_with_data(
        "<html><head><meta charset='windows-1252'></head><body><article><p>Full caf\xe9 story.</p></article></body></html>"
        .encode("cp1252"), content_type="text/html")
    httpd.expect_request("/story/pdf").respond_with_data(b"%PDF-1.4", content_type="application/pdf")
    httpd.expect_request("/private/2").respond_with_data(b"<html>secret</html>", content_type="text/html")
    httpd.expect_request("/rss").respond_with_data(_summary_feed(httpd), content_type=RSS)
    spec = FeedSpec(url=httpd.url_for("/rss"), fetch_full_page=True, name="S")
    (res,), records = poll(cfg(spec), state)
    by_title = {r["title"]: r for r in records}
    assert res.new == 3
    assert by_title["Story 1"]["content_type"] == "text/html" and "Full café story." in by_title["Story 1"]["raw"]
    assert by_title["Story 2"] == {**by_title["Story 2"], "content_type": "text/plain", "raw": "Teaser 2."}
    assert by_title["Story 3"]["content_type"] == "text/plain"  # the page was not HTML
    paths = [req.path for req, _ in httpd.log]
    assert paths.count("/robots.txt") == 1 and "/private/2" not in paths
    assert sorted(p[1] for p in metrics["on_page"]) == ["ok", "parse_error", "robots"]


def test_failing_sink_loses_nothing(httpd, state):
    httpd.expect_request("/rss").respond_with_data(fixture("rss20_content.xml"), content_type=RSS,
                                                   headers={"ETag": '"e1"'})

    def broken(record):
        raise RuntimeError("broker unavailable")

    config = cfg(httpd.url_for("/rss"))
    (r1,), _ = poll(config, state, sink=broken)
    assert r1.error.startswith("sink") and r1.new == 0 and state.get_feed(httpd.url_for("/rss")).etag is None
    got: list[dict] = []

    async def async_sink(record):
        got.append(record)

    (r2,), _ = poll(config, state, sink=async_sink)
    assert r2.new == 2 and len(got) == 2 and state.get_feed(httpd.url_for("/rss")).etag == '"e1"'


def test_run_feeds_loop_stops_on_event(httpd, state):
    httpd.expect_request("/rss").respond_with_data(fixture("rss20_content.xml"), content_type=RSS)
    records: list[dict] = []

    async def go():
        stop = asyncio.Event()
        engine = FeedEngine(cfg(httpd.url_for("/rss"), min_interval=0.0), records.append, state=state)

        async def stopper():
            while len(records) < 2:
                await asyncio.sleep(0.02)
            stop.set()

        try:
            await asyncio.wait_for(asyncio.gather(engine.run(stop), stopper()), timeout=30)
        finally:
            await engine.aclose()

    asyncio.run(go())
    assert len(records) == 2


def test_cli_dry_run_once(httpd, tmp_path, capsys):
    from newswire.cli import main

    httpd.expect_request("/rss").respond_with_data(fixture("rss20_content.xml"), content_type=RSS)
    conf = tmp_path / "feeds.yaml"
    conf.write_text(f"feeds:\n  - {{url: '{httpd.url_for('/rss')}', name: Gazette, lang: en}}\n")
    rc = main(["feeds", "--config", str(conf), "--once", "--dry-run", "--allow-private",
               "--state", str(tmp_path / "s.sqlite")])
    out = capsys.readouterr()
    lines = [json.loads(x) for x in out.out.splitlines()]
    metrics_hooks.reset()
    assert rc == 0 and len(lines) == 2 and {x["source"] for x in lines} == {"Gazette"}
    for x in lines:  # full news.raw records, as `newswire produce -` or the producer expects them
        validate(x, "raw")
    assert {x["lang"] for x in lines} == {"en"}
    rc = main(["feeds", "--config", str(conf), "--once", "--dry-run", "--state", str(tmp_path / "s2.sqlite")])
    assert rc == 1 and "refused" in capsys.readouterr().err  # the SSRF guard is on by default


def test_fetcher_can_be_shared_and_closed(httpd):
    async def go():
        f = Fetcher(FeedSettings(allow_private=True))
        httpd.expect_request("/x").respond_with_data(b"hi")
        try:
            return (await f.get(httpd.url_for("/x"))).body
        finally:
            await f.aclose()

    assert asyncio.run(go()) == b"hi"
