"""Split a news page into its article body, standfirst and teasers of other stories.

``split(raw, content_type)`` never raises on any string; see ``text`` (flattened
pages, one block per line) and ``html`` (real article pages). Text pages go through
``native.split_text_impl()``: the mypyc build of ``text`` while it is fresh, else ``text`` itself.
"""

from __future__ import annotations

from newswire.split.types import SplitResult, Teaser

__all__ = ["SplitResult", "Teaser", "split"]


def split(raw: str, content_type: str = "text/plain") -> SplitResult:
    """Dispatch on the content type; HTML that arrives labelled as text is still HTML."""
    if not raw or not raw.strip():
        return SplitResult()
    ctype = (content_type or "text/plain").split(";", 1)[0].strip().lower()
    if ctype in ("text/html", "application/xhtml+xml"):
        from newswire.split.html import split_html

        return split_html(raw)
    from newswire.split.native import split_text_impl

    return split_text_impl().split_text(raw)
