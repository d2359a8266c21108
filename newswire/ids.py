"""Stable ids: the Kafka key of every record, so replays and duplicates land together.

An article is named by its canonical URL when it has one (tracking parameters and
fragments removed), else by a hash of its normalised content.
"""

from __future__ import annotations

import hashlib
import re
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

_TRACKING = re.compile(r"^(utm_|fbclid$|gclid$|mc_cid$|mc_eid$|ocid$|cmpid$|ref$|ref_src$|smid$|partner$|at_)")
_WS = re.compile(r"\s+")


def canonical_url(url: str) -> str:
    """Lower-case scheme and host, drop default ports, fragments and tracking parameters."""
    url = (url or "").strip()
    if not url:
        return ""
    try:
        parts = urlsplit(url)
    except ValueError:
        return url
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower()
    port = parts.port if parts.port and (scheme, parts.port) not in (("http", 80), ("https", 443)) else None
    netloc = f"{host}:{port}" if port else host
    query = urlencode(sorted((k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
                             if not _TRACKING.match(k.lower())))
    path = parts.path or "/"
    return urlunsplit((scheme, netloc, path, query, ""))


def _digest(text: str) -> str:
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=8).hexdigest()


def article_id(url: str | None = None, content: str = "") -> str:
    """``a-`` + 16 hex chars; the same article always gets the same id."""
    if url and (c := canonical_url(url)):
        return "a-" + _digest(c)
    return "a-" + _digest(_WS.sub(" ", content or "").strip().lower())


def teaser_id(title: str, summary: str = "", url: str | None = None) -> str:
    """A teaser is a lead to another story: the same lead on two pages gets one id."""
    if url and (c := canonical_url(url)):
        return "t-" + _digest(c)
    return "t-" + _digest(_WS.sub(" ", f"{title}\x1f{summary}").strip().lower())
