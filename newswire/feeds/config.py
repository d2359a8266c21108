"""Feeds configuration: which feeds to poll and how politely.

Two file forms: ``feeds.txt`` (one URL a line, ``#`` comments) for the common case, and
``feeds.yaml`` when a feed needs its own interval, headers, language or full-page fetch.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from newswire import __version__

log = logging.getLogger("newswire.feeds")

REPO_URL = "https://github.com/newswire/newswire"
USER_AGENT = f"newswire/{__version__} (+{REPO_URL})"
# The token robots.txt rules are matched against.
ROBOTS_TOKEN = "newswire"


class ConfigError(ValueError):
    """A feeds file that cannot be used; raised at start-up so a typo is seen at once."""


@dataclass(frozen=True)
class FeedSettings:
    """Engine-wide limits. Defaults suit a newsroom polling a few hundred public feeds."""

    timeout: float = 20.0  # total deadline of one fetch, redirects and body included
    max_bytes: int = 15 * 1024 * 1024  # after decompression
    max_redirects: int = 5
    per_host: int = 2  # concurrent requests to one host
    concurrency: int = 16  # concurrent polls overall
    default_interval: float = 900.0
    min_interval: float = 120.0
    max_interval: float = 6 * 3600.0
    backoff_base: float = 60.0
    backoff_max: float = 6 * 3600.0
    retry_after_max: float = 24 * 3600.0
    allow_private: bool = False  # SSRF guard off: only for local use and tests
    user_agent: str = USER_AGENT
    state_path: str | None = None  # None: $NEWSWIRE_STATE_DIR/feeds.sqlite or ~/.cache/newswire/
    robots_ttl: float = 6 * 3600.0
    robots_max_bytes: int = 512 * 1024
    max_pages_per_poll: int = 20  # full-page fetches one poll of one feed may make
    max_items_per_poll: int = 1000

    def with_(self, **changes: Any) -> FeedSettings:
        return replace(self, **changes)


@dataclass(frozen=True)
class FeedSpec:
    """One feed as configured."""

    url: str
    name: str | None = None
    interval: float | None = None  # None: from Cache-Control / ttl / default
    headers: dict[str, str] = field(default_factory=dict)
    lang: str | None = None
    fetch_full_page: bool = False

    @property
    def label(self) -> str:
        """Metrics/log label: the configured name, else the feed URL (bounded by the config)."""
        return self.name or self.url

    @property
    def host(self) -> str:
        return (urlsplit(self.url).hostname or "").lower()

    @property
    def source(self) -> str:
        host = self.host
        return self.name or (host[4:] if host.startswith("www.") else host)


@dataclass(frozen=True)
class FeedsConfig:
    feeds: tuple[FeedSpec, ...]
    settings: FeedSettings = field(default_factory=FeedSettings)


def _check_url(url: str, where: str) -> str:
    url = url.strip()
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ConfigError(f"{where}: not an http(s) URL: {url!r}")
    return url


def _dedup(feeds: list[FeedSpec]) -> tuple[FeedSpec, ...]:
    seen: set[str] = set()
    out = []
    for f in feeds:
        if f.url in seen:
            log.warning("feeds config: %s listed twice, keeping the first", f.url)
            continue
        seen.add(f.url)
        out.append(f)
    return tuple(out)


def parse_txt(text: str, source: str = "feeds.txt") -> FeedsConfig:
    """One URL a line; ``#`` starts a comment (whole line, or after whitespace)."""
    feeds = []
    for n, line in enumerate(text.splitlines(), 1):
        line = line.split(" #", 1)[0].split("\t#", 1)[0].strip()
        if not line or line.startswith("#"):
            continue
        feeds.append(FeedSpec(url=_check_url(line, f"{source}:{n}")))
    return FeedsConfig(feeds=_dedup(feeds))


_SETTING_TYPES = {f.name: f.type for f in fields(FeedSettings)}


def _settings_from(d: Any, source: str) -> FeedSettings:
    if d is None:
        return FeedSettings()
    if not isinstance(d, dict):
        raise ConfigError(f"{source}: 'settings' must be a mapping")
    unknown = set(d) - set(_SETTING_TYPES)
    if unknown:
        raise ConfigError(f"{source}: unknown settings {sorted(unknown)}")
    kw: dict[str, Any] = {}
    for k, v in d.items():
        t = _SETTING_TYPES[k]
        try:
            if t == "float":
                kw[k] = float(v)
            elif t == "int":
                kw[k] = int(v)
            elif t == "bool":
                kw[k] = bool(v)
            else:
                kw[k] = None if v is None else str(v)
        except (TypeError, ValueError) as exc:
            raise ConfigError(f"{source}: settings.{k}: {exc}") from None
    return FeedSettings(**kw)


def _feed_from(entry: Any, where: str) -> FeedSpec:
    if isinstance(entry, str):
        return FeedSpec(url=_check_url(entry, where))
    if not isinstance(entry, dict) or "url" not in entry:
        raise ConfigError(f"{where}: a feed is a URL or a mapping with 'url'")
    allowed = {"url", "name", "interval", "headers", "lang", "language", "fetch_full_page"}
    unknown = set(entry) - allowed
    if unknown:
        raise ConfigError(f"{where}: unknown keys {sorted(unknown)}")
    headers = entry.get("headers") or {}
    if not isinstance(headers, dict):
        raise ConfigError(f"{where}: headers must be a mapping")
    interval = entry.get("interval")
    try:
        interval = None if interval is None else float(interval)
    except (TypeError, ValueError):
        raise ConfigError(f"{where}: interval must be a number of seconds") from None
    lang = entry.get("lang", entry.get("language"))
    return FeedSpec(
        url=_check_url(str(entry["url"]), where),
        name=str(entry["name"]) if entry.get("name") else None,
        interval=interval,
        headers={str(k): str(v) for k, v in headers.items()},
        lang=str(lang) if lang else None,
        fetch_full_page=bool(entry.get("fetch_full_page", False)),
    )


def parse_yaml(text: str, source: str = "feeds.yaml") -> FeedsConfig:
    """``settings:`` (optional) and ``feeds:`` (a list of URLs or mappings)."""
    import yaml

    try:
        doc = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise ConfigError(f"{source}: {exc}") from None
    if doc is None:
        doc = {}
    if isinstance(doc, list):
        doc = {"feeds": doc}
    if not isinstance(doc, dict):
        raise ConfigError(f"{source}: expected a mapping with 'feeds'")
    entries = doc.get("feeds") or []
    if not isinstance(entries, list):
        raise ConfigError(f"{source}: 'feeds' must be a list")
    feeds = [_feed_from(e, f"{source}: feeds[{i}]") for i, e in enumerate(entries)]
    return FeedsConfig(feeds=_dedup(feeds), settings=_settings_from(doc.get("settings"), source))


def load_config(path: str | Path) -> FeedsConfig:
    """Read a feeds file; the suffix picks the form (.yaml/.yml, anything else is text)."""
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8")
    except OSError as exc:
        raise ConfigError(f"{p}: {exc}") from None
    if p.suffix.lower() in (".yaml", ".yml"):
        return parse_yaml(text, str(p))
    return parse_txt(text, str(p))


def default_config_path(root: str | Path = ".") -> Path:
    """seeds/feeds.yaml if present, else seeds/feeds.txt."""
    root = Path(root)
    y = root / "seeds" / "feeds.yaml"
    return y if y.exists() else root / "seeds" / "feeds.txt"
