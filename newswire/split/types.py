"""Result types of the splitter, shared by the text and HTML paths and by the agents."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Teaser:
    """A block that advertises another story: leads users will want to follow."""

    title: str
    summary: str = ""
    url: str | None = None
    position: int = 0  # order among the page's teasers, 0-based


@dataclass(frozen=True, slots=True)
class SplitResult:
    body: list[str] = field(default_factory=list)
    standfirst: str | None = None
    teasers: list[Teaser] = field(default_factory=list)
    title: str | None = None  # headline, when the input says which it is (HTML <title>/og:title)
    url: str | None = None  # canonical URL, when the page names one

    def to_dict(self) -> dict:
        return {
            "body": list(self.body),
            "standfirst": self.standfirst,
            "teasers": [
                {"title": t.title, "summary": t.summary, "url": t.url, "position": t.position}
                for t in self.teasers
            ],
            "title": self.title,
            "url": self.url,
        }
