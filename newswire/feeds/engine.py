"""The polling loop: fetch, parse, dedup, hand new items to a sink, reschedule.

Each feed is its own little loop, so one slow or hostile feed costs its own time and
nothing else's; every failure becomes an outcome label, a log line and a backoff, never
an exception out of ``run_feeds``. Items are marked seen (and the feed's ETag /
Last-Modified kept) only after the sink accepted them, so a Kafka outage delays items
instead of losing them.
"""

from __future__ import annotations

import asyncio
import hashlib
import inspect
import logging
import random
import re
import time
import urllib.robotparser
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from urllib.parse import urlsplit

from newswire.feeds import metrics_hooks as metrics
from newswire.feeds.config import ROBOTS_TOKEN, FeedsConfig, FeedSettings, FeedSpec
from newswire.feeds.fetch import Fetcher, FetchError, HttpStatusError
from newswire.feeds.parse import FeedItem, ParsedFeed, decode_html, html_to_text, norm_lang, parse_feed
from newswire.feeds.state import FeedState, StateStore

log = logging.getLogger("newswire.feeds")

Record = dict[str, Any]
Sink = Callable[[Record], Any] | Callable[[Record], Awaitable[Any]]

ACCEPT_FEED = ("application/rss+xml, application/atom+xml, application/feed+json, application/rdf+xml;q=0.9, "
               "application/xml;q=0.8, text/xml;q=0.8, application/json;q=0.7, */*;q=0.1")
ACCEPT_PAGE = "text/html, application/xhtml+xml;q=0.9, */*;q=0.1"


@dataclass
class PollResult:
    feed: str
    outcome: str
    new: int = 0
    duplicate: int = 0
    update: int = 0
    nbytes: int = 0
    next_in: float = 0.0
    error: str | None = None


# ---------------------------------------------------------------- scheduling

_MAX_AGE = re.compile(r"(?:^|[,\s])max-age\s*=\s*\"?(\d{1,9})", re.I)


def cache_max_age(cache_control: str | None) -> float | None:
    if not cache_control or re.search(r"no-store|no-cache", cache_control, re.I):
        return None
    m = _MAX_AGE.search(cache_control)
    return float(m.group(1)) if m else None


def poll_interval(spec: FeedSpec, settings: FeedSettings, cache_control: str | None, ttl: float | None) -> float:
    """Configured interval, else the feed's own hints (the larger of max-age and ttl), else the default."""
    if spec.interval is not None:
        base = spec.interval
    else:
        hints = [h for h in (cache_max_age(cache_control), ttl) if h]
        base = max(hints) if hints else settings.default_interval
    return min(max(base, settings.min_interval), settings.max_interval)


def backoff_delay(failures: int, settings: FeedSettings, rng: random.Random | None = None) -> float:
    """Exponential with "equal jitter": half fixed, half random; capped, so never dropped."""
    rng = rng or random
    d = min(settings.backoff_max, settings.backoff_base * 2.0 ** min(max(failures, 1) - 1, 40))
    return d / 2 + rng.uniform(0, d / 2)


# ---------------------------------------------------------------- identity

def _is_url(s: str | None) -> bool:
    return bool(s) and s.startswith(("http://", "https://")) and bool(urlsplit(s).hostname)


_WS = re.compile(r"\s+")


def content_hash(item: FeedItem) -> str:
    """What makes an item 'changed': its feed-provided text, not a fetched page (ads churn)."""
    text = "\x1f".join(_WS.sub(" ", x or "").strip() for x in (item.title, item.summary, item.content))
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=12).hexdigest()


def item_key(spec: FeedSpec, item: FeedItem, chash: str) -> str:
    """GUID, else link, else content hash. URL-shaped GUIDs share the link namespace so the
    same article in two feeds of one outlet is one item; other GUIDs are scoped by host."""
    from newswire.ids import canonical_url

    if item.guid:
        if _is_url(item.guid):
            return "u:" + canonical_url(item.guid)
        return f"g:{spec.host}:{item.guid}"
    if _is_url(item.link):
        return "u:" + canonical_url(item.link or "")
    return "h:" + chash


def _iso(dt: datetime | None) -> str | None:
    return dt.strftime("%Y-%m-%dT%H:%M:%SZ") if dt else None


def build_record(spec: FeedSpec, parsed: ParsedFeed, item: FeedItem, raw: str, content_type: str,
                 verdict: str, revision: int) -> Record:
    """The raw record the producer validates (raw.v1) and sends to news.raw."""
    from newswire.ids import article_id

    url = item.link if _is_url(item.link) else (item.guid if _is_url(item.guid) else None)
    if url:
        rid = article_id(url=url, content=raw)
    elif item.guid:
        rid = article_id(url=None, content=f"{spec.url}\x1f{item.guid}")
    else:
        rid = article_id(url=None, content=f"{item.title or ''}\x1f{raw}")
    return {
        "id": rid,
        "url": url,
        "source": spec.source,
        "title": item.title,
        "content_type": content_type,
        "raw": raw,
        "published_at": _iso(item.published),
        "lang": norm_lang(spec.lang) or item.lang or parsed.lang,
        "feed": {
            "url": spec.url,
            "title": parsed.title,
            "guid": item.guid,
            "update": verdict == "update",
            "revision": revision,
        },
    }


# ---------------------------------------------------------------- robots.txt

class RobotsCache:
    """robots.txt per origin (RFC 9309: 4xx = allow all, 5xx/unreachable = disallow all)."""

    def __init__(self, fetcher: Fetcher, settings: FeedSettings, clock: Callable[[], float] = time.time) -> None:
        self.fetcher = fetcher
        self.settings = settings
        self.clock = clock
        self._cache: dict[str, tuple[urllib.robotparser.RobotFileParser, float]] = {}
        self._locks: dict[str, asyncio.Lock] = {}

    async def allowed(self, url: str) -> bool:
        parts = urlsplit(url)
        origin = f"{parts.scheme}://{parts.netloc}"
        lock = self._locks.setdefault(origin, asyncio.Lock())
        async with lock:
            hit = self._cache.get(origin)
            if hit is None or hit[1] < self.clock():
                hit = self._cache[origin] = await self._load(origin)
        return hit[0].can_fetch(ROBOTS_TOKEN, url)

    async def _load(self, origin: str) -> tuple[urllib.robotparser.RobotFileParser, float]:
        rp = urllib.robotparser.RobotFileParser(origin + "/robots.txt")
        ttl = self.settings.robots_ttl
        try:
            res = await self.fetcher.get(origin + "/robots.txt", {"Accept": "text/plain, */*;q=0.1"},
                                         max_bytes=self.settings.robots_max_bytes)
            rp.parse(res.body.decode("utf-8", errors="replace").splitlines())
        except HttpStatusError as exc:
            if exc.status is not None and 400 <= exc.status < 500:
                rp.allow_all = True
            else:
                rp.disallow_all = True
                ttl = min(ttl, 600.0)
        except FetchError as exc:
            log.info("robots.txt %s unreachable (%s): not fetching pages there for now", origin, exc)
            rp.disallow_all = True
            ttl = min(ttl, 600.0)
        return rp, self.clock() + ttl


# ---------------------------------------------------------------- engine

class FeedEngine:
    """Polls the configured feeds; ``sink`` receives each new or updated item's record."""

    def __init__(self, config: FeedsConfig, sink: Sink, *, state: StateStore | None = None,
                 fetcher: Fetcher | None = None, rng: random.Random | None = None,
                 clock: Callable[[], float] = time.time) -> None:
        self.config = config
        self.settings = config.settings
        self.sink = sink
        self._own_state = state is None
        self.state = state if state is not None else StateStore(self.settings.state_path)
        self._own_fetcher = fetcher is None
        self.fetcher = fetcher or Fetcher(self.settings)
        self.robots = RobotsCache(self.fetcher, self.settings, clock)
        self.rng = rng or random.Random()
        self.clock = clock
        self._sem = asyncio.Semaphore(max(1, self.settings.concurrency))

    async def aclose(self) -> None:
        if self._own_fetcher:
            await self.fetcher.aclose()
        if self._own_state:
            self.state.close()

    # -- one poll

    async def poll(self, spec: FeedSpec) -> PollResult:
        """Poll one feed now; every failure is returned as an outcome, never raised."""
        label = spec.label
        st = self.state.get_feed(spec.url)
        headers = {"Accept": ACCEPT_FEED, **spec.headers}
        if st.etag:
            headers["If-None-Match"] = st.etag
        if st.last_modified:
            headers["If-Modified-Since"] = st.last_modified
        try:
            res = await self.fetcher.get(spec.url, headers)
        except FetchError as exc:
            return self._failed(spec, st, exc.outcome, str(exc), retry_after=exc.retry_after)
        now = self.clock()
        if res.not_modified:
            st.etag = res.headers.get("etag") or st.etag
            st.last_modified = res.headers.get("last-modified") or st.last_modified
            return self._succeeded(spec, st, "not_modified", now, res.headers.get("cache-control"), None, 0)
        nbytes = len(res.body)
        parsed = await asyncio.to_thread(parse_feed, res.body, content_type=res.content_type, url=res.url)
        if parsed.error:
            return self._failed(spec, st, "parse_error", parsed.error, nbytes=nbytes)
        for w in parsed.warnings[:3]:
            log.info("feed %s: tolerated: %s", label, w)
        if not parsed.items:
            log.info("feed %s: %s feed with no items", label, parsed.kind)
        new, dup, upd, sink_error = await self._deliver(spec, parsed)
        metrics.on_items(label, new, dup, upd)
        if sink_error:
            # Fetch was fine, delivery was not: keep the old validators so the next poll
            # gets the full feed again, and retry soon.
            metrics.on_fetch(label, "ok", nbytes)
            st.failures += 1
            delay = backoff_delay(st.failures, self.settings, self.rng)
            st.next_due, st.last_outcome = now + delay, "ok"
            self.state.put_feed(spec.url, st)
            return PollResult(label, "ok", new, dup, upd, nbytes, delay, error=sink_error)
        st.etag = res.headers.get("etag")
        st.last_modified = res.headers.get("last-modified")
        result = self._succeeded(spec, st, "ok", now, res.headers.get("cache-control"), parsed.ttl, nbytes)
        result.new, result.duplicate, result.update = new, dup, upd
        log.info("feed %s: ok %d new, %d updated, %d duplicate; next in %.0fs", label, new, upd, dup, result.next_in)
        return result

    def _succeeded(self, spec: FeedSpec, st: FeedState, outcome: str, now: float, cache_control: str | None,
                   ttl: float | None, nbytes: int) -> PollResult:
        interval = poll_interval(spec, self.settings, cache_control, ttl)
        st.failures, st.last_success, st.next_due, st.last_outcome = 0, now, now + interval, outcome
        self.state.put_feed(spec.url, st)
        metrics.on_fetch(spec.label, outcome, nbytes)
        metrics.on_success(spec.label, now)
        return PollResult(spec.label, outcome, nbytes=nbytes, next_in=interval)

    def _failed(self, spec: FeedSpec, st: FeedState, outcome: str, why: str, *, retry_after: float | None = None,
                nbytes: int = 0) -> PollResult:
        st.failures += 1
        delay = backoff_delay(st.failures, self.settings, self.rng)
        if retry_after is not None:
            delay = max(delay, min(retry_after, self.settings.retry_after_max))
        st.next_due, st.last_outcome = self.clock() + delay, outcome
        self.state.put_feed(spec.url, st)
        metrics.on_fetch(spec.label, outcome, nbytes)
        log.warning("feed %s: %s: %s (failure %d in a row, next try in %.0fs)", spec.label, outcome, why,
                    st.failures, delay)
        return PollResult(spec.label, outcome, nbytes=nbytes, next_in=delay, error=why)

    async def _deliver(self, spec: FeedSpec, parsed: ParsedFeed) -> tuple[int, int, int, str | None]:
        new = dup = upd = pages = 0
        seen_now: set[str] = set()
        still_there: list[str] = []
        # Feeds list newest first; send oldest first so consumers see them in order.
        for item in reversed(parsed.items[: self.settings.max_items_per_poll]):
            if not (item.guid or item.link or item.title or item.summary or item.content):
                continue
            chash = content_hash(item)
            key = item_key(spec, item, chash)
            if key in seen_now:
                dup += 1
                continue
            seen_now.add(key)
            verdict, revision = self.state.classify(key, chash)
            if verdict == "duplicate":
                dup += 1
                still_there.append(key)
                continue
            raw, ctype = item.content, item.content_type
            if raw is None and spec.fetch_full_page and _is_url(item.link) and pages < self.settings.max_pages_per_poll:
                pages += 1
                html = await self.fetch_page(spec, item.link or "")
                if html is not None:
                    raw, ctype = html, "text/html"
            if raw is None:
                summary = item.summary or ""
                raw, ctype = (html_to_text(summary) if item.summary_is_html else summary), "text/plain"
            record = build_record(spec, parsed, item, raw, ctype or "text/plain", verdict, revision)
            try:
                out = self.sink(record)
                if inspect.isawaitable(out):
                    await out
            except Exception as exc:
                log.error("feed %s: sink refused %s: %s; will retry the feed", spec.label, record["id"], exc)
                self.state.touch(still_there)
                return new, dup, upd, f"sink: {type(exc).__name__}: {exc}"
            self.state.remember(key, chash, revision, spec.url)
            if verdict == "update":
                upd += 1
            else:
                new += 1
        self.state.touch(still_there)
        return new, dup, upd, None

    async def fetch_page(self, spec: FeedSpec, url: str) -> str | None:
        """The article page's HTML, if robots.txt allows and it is HTML within the limits."""
        label = spec.label
        if not await self.robots.allowed(url):
            metrics.on_page(label, "robots", 0)
            log.info("feed %s: robots.txt disallows %s", label, url)
            return None
        same_host = (urlsplit(url).hostname or "").lower() == spec.host
        headers = {"Accept": ACCEPT_PAGE, **(spec.headers if same_host else {})}
        try:
            res = await self.fetcher.get(url, headers)
        except FetchError as exc:
            metrics.on_page(label, exc.outcome, 0)
            log.info("feed %s: page %s: %s: %s", label, url, exc.outcome, exc)
            return None
        ct = res.content_type.lower()
        if res.not_modified or (ct and "html" not in ct):
            metrics.on_page(label, "parse_error", len(res.body))
            log.info("feed %s: page %s is not HTML (%s)", label, url, ct or "no type")
            return None
        metrics.on_page(label, "ok", len(res.body))
        return decode_html(res.body, res.content_type)

    # -- loops

    async def _guarded_poll(self, spec: FeedSpec) -> PollResult:
        async with self._sem:
            try:
                return await self.poll(spec)
            except asyncio.CancelledError:
                raise
            except Exception as exc:  # a bug in one poll must not end the others
                log.exception("feed %s: unexpected failure", spec.label)
                st = self.state.get_feed(spec.url)
                return self._failed(spec, st, "error", f"{type(exc).__name__}: {exc}")

    async def _loop(self, spec: FeedSpec, stop: asyncio.Event) -> None:
        st = self.state.get_feed(spec.url)
        cap = max(self.settings.max_interval, self.settings.retry_after_max)
        # Resume the schedule kept across restarts (Retry-After included); spread first polls.
        delay = min(max(0.0, st.next_due - self.clock()), cap)
        delay += self.rng.uniform(0, min(5.0, self.settings.min_interval))
        while not stop.is_set():
            try:
                await asyncio.wait_for(stop.wait(), timeout=delay)
                break
            except TimeoutError:
                pass
            try:
                delay = (await self._guarded_poll(spec)).next_in
            except Exception:  # even the failure path failed (state file?): keep the loop alive
                log.exception("feed %s: poll failed outside its own error handling", spec.label)
                delay = backoff_delay(1, self.settings, self.rng)

    async def run(self, stop_event: asyncio.Event | None = None, once: bool = False) -> list[PollResult]:
        """Poll every feed once (``once``) or forever until ``stop_event`` is set."""
        try:
            pruned = self.state.prune()
            if pruned:
                log.info("feeds: forgot %d items not seen for 90 days", pruned)
        except Exception:
            log.exception("feeds: pruning the state failed")
        if once:
            return list(await asyncio.gather(*(self._guarded_poll(s) for s in self.config.feeds)))
        stop = stop_event or asyncio.Event()
        tasks = [asyncio.create_task(self._loop(s, stop), name=f"feed:{s.label}") for s in self.config.feeds]
        try:
            await stop.wait()
        finally:
            for t in tasks:
                t.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)
        return []


async def poll_once(config: FeedsConfig, sink: Sink, *, state: StateStore | None = None,
                    fetcher: Fetcher | None = None) -> list[PollResult]:
    """Poll every configured feed once, now, ignoring schedules (CLI ``--once``, tests)."""
    engine = FeedEngine(config, sink, state=state, fetcher=fetcher)
    try:
        return await engine.run(once=True)
    finally:
        await engine.aclose()


async def run_feeds(config: FeedsConfig, sink: Sink, *, stop_event: asyncio.Event | None = None,
                    once: bool = False, state: StateStore | None = None) -> list[PollResult]:
    """Run the producer: every feed on its own schedule until ``stop_event`` is set."""
    engine = FeedEngine(config, sink, state=state)
    try:
        return await engine.run(stop_event, once)
    finally:
        await engine.aclose()
