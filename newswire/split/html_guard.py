"""Bounded fallback for HTML we will not hand to lxml/trafilatura.

Why: pathological pages (megabytes of junk, millions of tags, giant attributes) must
cost time and memory linear in their size; a single forward scan with ``str.find``
gives that, where regexes with lazy ``.*?`` over unclosed tags would not.
"""

from __future__ import annotations

import html as _html

from newswire.split.types import SplitResult

MAX_HTML_CHARS = 5_000_000  # configurable default size cap (issue 3)
MAX_TAGS = 400_000  # more '<' than this: not an article page we can afford to parse
MIN_WORDS = 6  # a fallback body line must look like prose, not a menu item

_ASCII_LOWER = {c: c + 32 for c in range(ord("A"), ord("Z") + 1)}
_SKIP = {"script", "style", "noscript", "template", "svg", "head", "textarea"}
_BREAK = {
    "p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "section",
    "article", "header", "footer", "blockquote", "ul", "ol", "table", "aside", "nav",
    "title", "dd", "dt", "pre", "figure", "figcaption", "main", "form",
}


def strip_tags(raw: str) -> str:
    """Text of ``raw`` with tags removed and block tags as newlines; linear time."""
    out: list[str] = []
    low = raw.translate(_ASCII_LOWER)  # once, same length: closing-tag searches stay linear
    i, n = 0, len(raw)
    while i < n:
        j = raw.find("<", i)
        if j < 0:
            out.append(raw[i:])
            break
        out.append(raw[i:j])
        k = raw.find(">", j + 1)
        if k < 0:  # unclosed tag runs to the end: nothing visible left
            break
        inner = raw[j + 1 : k]
        name = inner.lstrip("/!").split(None, 1)[0].lower().rstrip("/") if inner.strip("/! ") else ""
        i = k + 1
        if name in _SKIP and not inner.startswith("/") and not inner.rstrip().endswith("/"):
            end = low.find("</" + name, i)
            if end < 0:
                break
            k2 = raw.find(">", end)
            i = n if k2 < 0 else k2 + 1
            continue
        if name in _BREAK:
            out.append("\n")
    return "".join(out)


def plain_text_fallback(raw: str) -> SplitResult:
    """Prose-looking lines of the stripped page as the body; no teasers, no guesses."""
    text = _html.unescape(strip_tags(raw))
    body: list[str] = []
    seen: set[str] = set()
    for line in text.split("\n"):
        line = " ".join(line.split())
        if len(line.split()) >= MIN_WORDS and line not in seen:
            seen.add(line)
            body.append(line)
    return SplitResult(body=body)
