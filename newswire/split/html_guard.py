"""Bounded fallback for HTML we will not hand to lxml/trafilatura.

Why: pathological pages (megabytes of junk, millions of tags, giant attributes) must
cost time and memory linear in their size; forward scans with ``str.find`` and regexes
whose character classes cannot backtrack give that, where lazy ``.*?`` over unclosed
tags would not.
"""

from __future__ import annotations

import html as _html
import re

from newswire.split.types import SplitResult

MAX_HTML_CHARS = 5_000_000  # configurable default size cap (issue 3)
MAX_TAGS = 400_000  # more '<' than this: not an article page we can afford to parse
MIN_WORDS = 6  # a fallback body line must look like prose, not a menu item

_ASCII_LOWER = {c: c + 32 for c in range(ord("A"), ord("Z") + 1)}
_SKIP_OPEN = re.compile(r"<(script|style|noscript|template|svg|head|textarea)\b")
_BREAK = {
    "p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "section",
    "article", "header", "footer", "blockquote", "ul", "ol", "table", "aside", "nav",
    "title", "dd", "dt", "pre", "figure", "figcaption", "main", "form",
}
# matched on the ASCII-lower-cased copy: re.I (or [pP] classes) is ~8x slower on junk
_BREAK_TAG = re.compile(r"</?(?:" + "|".join(sorted(_BREAK)) + r")\b[^<>]*>")
_ANY_TAG = re.compile(r"<[!/?]?[A-Za-z][^<>]*>|<!--[^<>]*-->")


def strip_tags(raw: str) -> str:
    """Text of ``raw`` with tags removed and block tags as newlines; linear time.

    Skipped elements (script, style, ...) are cut with ``str.find`` from each opening
    to its closing tag, so an unclosed ``<script`` costs one scan, not one per tag;
    the remaining tags go in two C-speed substitutions whose classes cannot backtrack.
    """
    low = raw.translate(_ASCII_LOWER)  # same length as raw, unlike str.lower()
    kept: list[str] = []
    i, n = 0, len(raw)
    while i < n:
        m = _SKIP_OPEN.search(low, i)
        if m is None:
            kept.append(raw[i:])
            break
        kept.append(raw[i : m.start()])
        end = low.find("</" + m.group(1), m.end())
        close = low.find(">", end) if end >= 0 else -1
        if close < 0:  # unclosed script/style: the rest of the page is inside it
            break
        i = close + 1
    text = "".join(kept)
    parts, last = [], 0
    for m in _BREAK_TAG.finditer(text.translate(_ASCII_LOWER)):
        parts.append(text[last : m.start()])
        parts.append("\n")
        last = m.end()
    parts.append(text[last:])
    text = _ANY_TAG.sub("", "".join(parts))
    last = text.rfind("<")  # an unclosed tag at the very end hides the rest
    if last >= 0 and text.find(">", last) < 0:
        text = text[:last]
    return text


def _mostly_letters(line: str) -> bool:
    sample = line[:2000]  # a sample keeps megabyte-long junk lines cheap
    return sum(c.isalpha() or c.isspace() for c in sample) >= 0.7 * len(sample)


def plain_text_fallback(raw: str) -> SplitResult:
    """Prose-looking lines of the stripped page as the body; no teasers, no guesses."""
    text = _html.unescape(strip_tags(raw))
    body: list[str] = []
    seen: set[str] = set()
    for line in text.split("\n"):
        line = " ".join(line.split())
        if len(line.split()) >= MIN_WORDS and line not in seen and _mostly_letters(line):
            seen.add(line)
            body.append(line)
    return SplitResult(body=body)
