"""Related-story leakage and teaser recall of an HTML split against labelled pages.

Why here: the unit tests and ``bench/bench_split_html.py`` report the same two figures
the issue sets targets for (<= 3 % of related-story text leaking into the body,
>= 80 % of related stories found as teasers); one definition keeps them in step.
"""

from __future__ import annotations

from dataclasses import dataclass

from newswire.split.types import SplitResult


def _norm(s: str | None) -> str:
    return " ".join((s or "").split()).casefold()


@dataclass(slots=True)
class TeaserScore:
    leaked_chars: int = 0  # expected teaser text (title + summary) found inside the body
    teaser_chars: int = 0
    found: int = 0  # expected teasers whose title was returned as a teaser title
    expected: int = 0

    @property
    def leakage(self) -> float:
        return self.leaked_chars / self.teaser_chars if self.teaser_chars else 0.0

    @property
    def recall(self) -> float:
        return self.found / self.expected if self.expected else 1.0

    def add(self, other: TeaserScore) -> None:
        self.leaked_chars += other.leaked_chars
        self.teaser_chars += other.teaser_chars
        self.found += other.found
        self.expected += other.expected


def score_teasers(result: SplitResult, expected_teasers: list[dict]) -> TeaserScore:
    """Leakage counts a title or summary as leaked when it appears in the joined body."""
    body = _norm(" ".join(result.body))
    got = {_norm(t.title) for t in result.teasers}
    score = TeaserScore()
    for t in expected_teasers:
        for part in (t.get("title"), t.get("summary")):
            n = _norm(part)
            if not n:
                continue
            score.teaser_chars += len(n)
            if n in body:
                score.leaked_chars += len(n)
        score.expected += 1
        score.found += _norm(t.get("title")) in got
    return score
