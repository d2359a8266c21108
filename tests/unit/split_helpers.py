"""Helpers the splitter's review tests share: a page from its lines, and a result's cards."""

from __future__ import annotations


def page(*lines: str) -> str:
    """A flattened page: one block per line, as the scorer feeds it."""
    return "\n".join(lines)


def pairs(res) -> list[tuple[str, str]]:
    """The result's teasers as (title, summary) pairs, the unit the scorer matches."""
    return [(t.title, t.summary) for t in res.teasers]


def flat(cards: list[tuple[str, str]]) -> list[str]:
    """Titles and summaries in one list (to check no card line leaked into the body)."""
    return [x for c in cards for x in c]
