"""Split a real HTML article page into body, standfirst, teasers, headline and canonical URL.

Why this shape: open extractors (trafilatura included) find the article body well but
leak related-story blocks into it and never hand those stories back. So we parse once
with lxml, lift related-story blocks out of the tree as teasers first (``html_teasers``),
then let trafilatura extract the body from the cleaned tree, then clean the body of
what still leaks (repeated paragraphs, the headline, the deck, teaser titles).

Bad input: never raises; pages over the size cap or that lxml cannot make sense of
fall back to a bounded plain-text strip (``html_guard``).
"""

from __future__ import annotations

import logging

from newswire.split.html_guard import MAX_HTML_CHARS, MAX_TAGS, plain_text_fallback
from newswire.split.html_meta import PageMeta, extract_meta, find_standfirst
from newswire.split.html_teasers import extract_teasers
from newswire.split.types import SplitResult, Teaser

__all__ = ["split_html"]

_LOG = logging.getLogger(__name__)


def split_html(raw: str, *, max_chars: int = MAX_HTML_CHARS) -> SplitResult:
    """Split one HTML page; never raises, whatever the string."""
    try:
        if not isinstance(raw, str) or not raw.strip():
            return SplitResult()
        if len(raw) > max_chars or raw.count("<") > MAX_TAGS:
            return plain_text_fallback(raw[:max_chars])
        return _split(raw)
    except Exception:  # noqa: BLE001 - the contract is "never raises"; degrade instead
        _LOG.debug("split_html fell back to plain text", exc_info=True)
        try:
            return plain_text_fallback(raw[:max_chars] if isinstance(raw, str) else "")
        except Exception:  # noqa: BLE001
            return SplitResult()


def _split(raw: str) -> SplitResult:
    from trafilatura.utils import load_html

    tree = load_html(raw)
    if tree is None:
        return plain_text_fallback(raw)
    meta = extract_meta(tree)
    teasers = extract_teasers(tree, meta)  # removes the blocks it turns into teasers
    meta.standfirst = find_standfirst(tree, meta)
    body = _extract_body(tree, meta)
    body, standfirst = _clean_body(body, meta, teasers)
    return SplitResult(
        body=body,
        standfirst=standfirst,
        teasers=[Teaser(t.title, t.summary, t.url, i) for i, t in enumerate(teasers)],
        title=meta.title,
        url=meta.url,
    )


def _extract_body(tree, meta: PageMeta) -> list[str]:
    import trafilatura

    text = trafilatura.extract(
        tree,
        url=meta.url,
        include_comments=False,
        include_tables=True,
        fast=True,
        deduplicate=False,
    )
    if not text:
        return []
    return [" ".join(line.split()) for line in text.split("\n") if line.strip()]


def _norm(s: str) -> str:
    return " ".join(s.split()).casefold()


def _clean_body(body: list[str], meta: PageMeta, teasers: list) -> tuple[list[str], str | None]:
    """Drop what extractors leak: repeats, the headline, the deck, teaser titles."""
    drop = set()
    if meta.title:
        drop.add(_norm(meta.title))
    for t in teasers:
        drop.add(_norm(t.title))
        if t.summary:
            drop.add(_norm(t.summary))
    standfirst = meta.standfirst
    sf_norm = _norm(standfirst) if standfirst else None
    out: list[str] = []
    seen: set[str] = set()
    for line in body:
        n = _norm(line)
        if not n or n in seen or n in drop:
            continue
        if sf_norm and n == sf_norm:
            continue
        seen.add(n)
        out.append(line)
    return out, standfirst
