"""Feed bytes to items: feedparser for RSS/Atom/RDF, our own parser for JSON Feed.

``parse_feed`` never raises: whatever the bytes, it returns a ``ParsedFeed`` whose
``error`` says why nothing usable came out. Entity declarations are screened before
feedparser sees the bytes. feedparser itself drops every ``<!ENTITY>`` whose value is
not plain text or one character reference (``sanitizer.replace_doctype``) and turns off
external general entities in the SAX parser, and expat >= 2.4 caps amplification; we
still refuse external, parameter and nested entities outright, because feedparser
only looks at the part of the document before the first element (a comment holding
``<a`` ahead of the DOCTYPE hides it from that check) and a feed has no business
declaring them.
"""

from __future__ import annotations

import calendar
import io
import json
import logging
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

log = logging.getLogger("newswire.feeds")

HTML_TYPES = ("text/html", "application/xhtml+xml", "html", "xhtml")
MAX_ENTITIES = 64


@dataclass
class FeedItem:
    guid: str | None = None
    link: str | None = None
    title: str | None = None
    summary: str | None = None  # may hold HTML (see summary_is_html)
    summary_is_html: bool = False
    content: str | None = None  # full content when the feed carries it
    content_type: str | None = None  # "text/html" or "text/plain"
    published: datetime | None = None  # UTC
    updated: datetime | None = None
    lang: str | None = None
    authors: list[str] = field(default_factory=list)


@dataclass
class ParsedFeed:
    kind: str = ""  # feedparser's version ("rss20", "atom10", "rss10", ...) or "json1"/"json11"
    title: str | None = None
    link: str | None = None
    lang: str | None = None
    ttl: float | None = None  # seconds, from RSS <ttl>
    items: list[FeedItem] = field(default_factory=list)
    error: str | None = None  # set when nothing usable came out
    warnings: list[str] = field(default_factory=list)


# ---------------------------------------------------------------- screening

_DOCTYPE = re.compile(r"<!DOCTYPE", re.I)
_ENTITY = re.compile(r"<!ENTITY\s+(%\s*)?([^\s>]+)\s*([^>]*)>", re.I | re.S)
_SAFE_VALUE = re.compile(r"""^\s*(?:"(?:&#x?[0-9A-Fa-f]+;|[^&"%<]*)"|'(?:&#x?[0-9A-Fa-f]+;|[^&'%<]*)')\s*$""")


def _screen_texts(data: bytes) -> list[str]:
    texts = [data.decode("latin-1")]
    head = data[:512]
    if b"\x00" in head or head[:2] in (b"\xff\xfe", b"\xfe\xff"):
        for enc in ("utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be"):
            try:
                texts.append(data.decode(enc))
            except UnicodeDecodeError:
                continue
    return texts


def screen_entities(data: bytes) -> str | None:
    """Why these bytes must not reach an XML parser, or None.

    Refused: external (SYSTEM/PUBLIC) and parameter entities, entities whose value
    refers to other entities (the billion-laughs shape), and more than MAX_ENTITIES
    declarations. A plain DOCTYPE, or a few text/char-ref entities, pass.
    """
    for text in _screen_texts(data):
        m = _DOCTYPE.search(text)
        if not m:
            continue
        end = text.find("]>", m.end())
        region = text[m.start(): (end + 2) if end >= 0 else len(text)]
        count = 0
        for em in _ENTITY.finditer(region):
            count += 1
            if count > MAX_ENTITIES:
                return f"more than {MAX_ENTITIES} entity declarations"
            if em.group(1):
                return f"parameter entity {em.group(2)[:40]!r}"
            value = em.group(3)
            if re.match(r"\s*(SYSTEM|PUBLIC)\b", value, re.I):
                return f"external entity {em.group(2)[:40]!r}"
            if not _SAFE_VALUE.match(value):
                return f"entity {em.group(2)[:40]!r} refers to other entities or markup"
        if "<!ENTITY" in region.upper() and count == 0:
            return "unparseable entity declaration"
    return None


# ---------------------------------------------------------------- helpers

def _utc(dt: datetime | None) -> datetime | None:
    if dt is None:
        return None
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=UTC)
    try:
        dt = dt.astimezone(UTC)
    except (OverflowError, ValueError):
        return None
    if not 1970 <= dt.year <= 2200:
        return None
    return dt


def _from_struct(st: Any) -> datetime | None:
    if not st:
        return None
    try:
        return _utc(datetime.fromtimestamp(calendar.timegm(st), UTC))
    except (TypeError, ValueError, OverflowError, OSError):
        return None


def parse_rfc3339(value: Any) -> datetime | None:
    """JSON Feed dates are RFC 3339; be lenient about 'Z' and missing zones."""
    if not isinstance(value, str) or not value.strip() or len(value) > 64:
        return None
    v = value.strip()
    if v.endswith(("z", "Z")):
        v = v[:-1] + "+00:00"
    try:
        return _utc(datetime.fromisoformat(v))
    except ValueError:
        try:
            from email.utils import parsedate_to_datetime

            return _utc(parsedate_to_datetime(value))
        except (TypeError, ValueError, IndexError):
            return None


def norm_lang(value: Any) -> str | None:
    if not isinstance(value, str):
        return None
    v = value.strip().replace("_", "-").lower()
    if not v or len(v) > 35 or not re.fullmatch(r"[a-z]{1,8}(-[a-z0-9]{1,8})*", v):
        return None
    return v


def _str(v: Any, limit: int | None = None) -> str | None:
    if v is None or isinstance(v, (dict, list, bool)):
        return None
    s = str(v).strip() if isinstance(v, (int, float)) else (v.strip() if isinstance(v, str) else None)
    if not s:
        return None
    return s[:limit] if limit else s


def _url(v: Any) -> str | None:
    return _str(v, 4000) if isinstance(v, str) else None


def _is_html_type(t: str | None) -> bool:
    return bool(t) and any(h in t.lower() for h in HTML_TYPES)


# ---------------------------------------------------------------- JSON Feed

def looks_like_json(data: bytes, content_type: str | None = None) -> bool:
    ct = (content_type or "").lower()
    if "json" in ct:
        return True
    head = data[:64].lstrip(b"\xef\xbb\xbf \t\r\n")
    return head.startswith(b"{")


def parse_json_feed(data: bytes) -> ParsedFeed:
    """JSON Feed 1.0/1.1 (https://jsonfeed.org/version/1.1). Never raises."""
    try:
        return _parse_json_feed(data)
    except Exception as exc:  # a parser bug must not stop the engine; say what happened
        log.exception("json feed parser failed")
        return ParsedFeed(error=f"json feed: internal error {type(exc).__name__}")


def _parse_json_feed(data: bytes) -> ParsedFeed:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return ParsedFeed(error="json feed: not UTF-8")
    try:
        doc = json.loads(text)
    except (ValueError, RecursionError) as exc:
        return ParsedFeed(error=f"json feed: {type(exc).__name__}")
    if not isinstance(doc, dict):
        return ParsedFeed(error="json feed: top level is not an object")
    version = doc.get("version")
    if not isinstance(version, str) or "jsonfeed.org/version/" not in version:
        return ParsedFeed(error="json feed: no jsonfeed.org version")
    kind = "json11" if version.rstrip("/").endswith("1.1") else "json1"
    feed_lang = norm_lang(doc.get("language"))
    out = ParsedFeed(kind=kind, title=_str(doc.get("title"), 1000), link=_url(doc.get("home_page_url")),
                     lang=feed_lang)
    items = doc.get("items")
    if not isinstance(items, list):
        out.warnings.append("json feed: 'items' missing or not a list")
        items = []
    feed_authors = _authors(doc)
    for raw in items:
        if not isinstance(raw, dict):
            out.warnings.append("json feed: skipped an item that is not an object")
            continue
        html = _str(raw.get("content_html"))
        if html:
            html = sanitize_html(html)
        plain = _str(raw.get("content_text"))
        summary = _str(raw.get("summary"))
        link = _url(raw.get("url")) or _url(raw.get("external_url"))
        item = FeedItem(
            guid=_str(raw.get("id"), 2000),
            link=link,
            title=_str(raw.get("title"), 2000),
            summary=summary,
            summary_is_html=False,
            content=html or plain,
            content_type="text/html" if html else ("text/plain" if plain else None),
            published=parse_rfc3339(raw.get("date_published")),
            updated=parse_rfc3339(raw.get("date_modified")),
            lang=norm_lang(raw.get("language")) or feed_lang,
            authors=_authors(raw) or feed_authors,
        )
        out.items.append(item)
    return out


def sanitize_html(html: str) -> str:
    """The same sanitiser feedparser applies to RSS/Atom HTML (scripts, handlers, styles out)."""
    try:
        from feedparser.sanitizer import _sanitize_html

        return _sanitize_html(html, "utf-8", "text/html")
    except Exception:  # a private function: if it moves or chokes, strip to text rather than pass scripts on
        return html_to_text(html)


def _authors(obj: dict) -> list[str]:
    names: list[str] = []
    authors = obj.get("authors")
    if not isinstance(authors, list):
        authors = [obj.get("author")] if isinstance(obj.get("author"), dict) else []
    for a in authors:
        if isinstance(a, dict) and (n := _str(a.get("name"), 200)):
            names.append(n)
    return names


# ---------------------------------------------------------------- RSS / Atom

def _parse_xml_feed(data: bytes, content_type: str | None, url: str | None) -> ParsedFeed:
    import feedparser

    reason = screen_entities(data)
    if reason:
        return ParsedFeed(error=f"refused XML: {reason}")
    # No type at all makes feedparser flag NonXMLContentType; a server that said nothing
    # gets the benefit of the doubt.
    headers = {"content-type": content_type or "application/xml"}
    if url:
        headers["content-location"] = url
    # BytesIO: a str or bytes argument could be taken for a URL or a file name.
    d = feedparser.parse(io.BytesIO(data), response_headers=headers)
    bozo = d.get("bozo_exception") if d.get("bozo") else None
    version = d.get("version") or ""
    entries = d.get("entries") or []
    fd = d.get("feed") or {}
    if not version and not entries:
        why = f": {type(bozo).__name__}: {str(bozo)[:200]}" if bozo else ""
        return ParsedFeed(error=f"not a feed{why}")
    out = ParsedFeed(kind=version or "unknown", title=_str(fd.get("title"), 1000), link=_str(fd.get("link")),
                     lang=norm_lang(fd.get("language")))
    if bozo is not None:
        out.warnings.append(f"{type(bozo).__name__}: {str(bozo)[:200]}")
    ttl = _str(fd.get("ttl"))
    if ttl and ttl.isdigit():
        out.ttl = float(min(int(ttl), 10**6)) * 60.0
    for e in entries:
        out.items.append(_item_from_entry(e, out.lang))
    return out


def _title(e: Any) -> str | None:
    title = _str(e.get("title"), 2000)
    if title and "<" in title and _is_html_type((e.get("title_detail") or {}).get("type")):
        title = html_to_text(title) or None
    return title


def _item_from_entry(e: Any, feed_lang: str | None) -> FeedItem:
    content = None
    ctype = None
    lang = None
    for c in e.get("content") or []:
        value = _str(c.get("value"))
        if not value:
            continue
        is_html = _is_html_type(c.get("type"))
        if content is None or (is_html and ctype != "text/html"):
            content, ctype = value, "text/html" if is_html else "text/plain"
            lang = norm_lang(c.get("language"))
    sd = e.get("summary_detail") or {}
    summary = _str(e.get("summary"))
    if summary and content and summary == content:
        summary = None
    authors = [n for a in (e.get("authors") or []) if isinstance(a, dict) and (n := _str(a.get("name"), 200))]
    return FeedItem(
        guid=_str(e.get("id"), 2000),
        link=_str(e.get("link")),
        title=_title(e),
        summary=summary,
        summary_is_html=_is_html_type(sd.get("type")),
        content=content,
        content_type=ctype,
        # dict.get: FeedParserDict.get maps a missing published_parsed to updated_parsed with a warning
        published=_from_struct(dict.get(e, "published_parsed")) or _from_struct(dict.get(e, "updated_parsed")),
        updated=_from_struct(dict.get(e, "updated_parsed")),
        lang=lang or norm_lang(sd.get("language")) or feed_lang,
        authors=authors,
    )


def parse_feed(data: bytes, *, content_type: str | None = None, url: str | None = None) -> ParsedFeed:
    """Any bytes to a ParsedFeed; ``error`` is set (never an exception) when unusable."""
    try:
        if not isinstance(data, (bytes, bytearray)):
            return ParsedFeed(error="not bytes")
        data = bytes(data)
        if not data.strip():
            return ParsedFeed(error="empty body")
        if looks_like_json(data, content_type):
            head = data[:64].lstrip(b"\xef\xbb\xbf \t\r\n")
            if head.startswith((b"{", b"[")):
                return parse_json_feed(data)
        return _parse_xml_feed(data, content_type, url)
    except Exception as exc:  # feedparser has many corners; one feed's bytes must not stop the rest
        log.warning("feed parser raised %s on %s", type(exc).__name__, url, exc_info=True)
        return ParsedFeed(error=f"parser error: {type(exc).__name__}")


# ---------------------------------------------------------------- HTML helpers

class _TextExtractor:
    """Tag-stripping for summaries: block tags become line breaks, scripts/styles vanish."""

    BLOCK = {"p", "br", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr",
             "section", "article", "figure", "figcaption", "pre", "hr"}
    SKIP = {"script", "style", "noscript", "template"}

    @classmethod
    def run(cls, html: str) -> str:
        from html.parser import HTMLParser

        parts: list[str] = []
        depth = 0

        class P(HTMLParser):
            def handle_starttag(self, tag, attrs):  # type: ignore[no-untyped-def]
                nonlocal depth
                if tag in cls.SKIP:
                    depth += 1
                elif tag in cls.BLOCK:
                    parts.append("\n")

            def handle_endtag(self, tag):  # type: ignore[no-untyped-def]
                nonlocal depth
                if tag in cls.SKIP:
                    depth = max(0, depth - 1)
                elif tag in cls.BLOCK:
                    parts.append("\n")

            def handle_data(self, data):  # type: ignore[no-untyped-def]
                if not depth:
                    parts.append(data)

        p = P(convert_charrefs=True)
        p.feed(html)
        p.close()
        text = "".join(parts)
        lines = [re.sub(r"[ \t\r\f\v\xa0]+", " ", ln).strip() for ln in text.split("\n")]
        return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def html_to_text(html: str) -> str:
    """Plain text of an HTML fragment (feed summaries are often HTML)."""
    try:
        return _TextExtractor.run(html)
    except Exception:  # html.parser is lenient, but a summary must never stop a poll
        return re.sub(r"<[^>]*>", " ", html).strip()


_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{1,40})""", re.I)


def decode_html(body: bytes, content_type: str | None) -> str:
    """Decode a fetched page: HTTP charset, else <meta charset>, else UTF-8, else cp1252."""
    import codecs

    candidates: list[str] = []
    m = re.search(r"charset\s*=\s*[\"']?([A-Za-z0-9_.:-]{1,40})", content_type or "", re.I)
    if m:
        candidates.append(m.group(1))
    if body.startswith(codecs.BOM_UTF8):
        candidates.insert(0, "utf-8-sig")
    mm = _META_CHARSET.search(body[:4096])
    if mm:
        candidates.append(mm.group(1).decode("ascii", "ignore"))
    candidates += ["utf-8"]
    for enc in candidates:
        try:
            codecs.lookup(enc)
            return body.decode(enc)
        except (LookupError, UnicodeDecodeError):
            continue
    return body.decode("cp1252", errors="replace")
