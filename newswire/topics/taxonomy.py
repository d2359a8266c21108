"""The IPTC top-level topics as data (no numpy: routing and the catalogue read it too)."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

DATA_FILE = "iptc.toml"


@dataclass(frozen=True)
class Topic:
    slug: str
    code: str
    label: str
    coarse: str
    description: str
    keywords: tuple[str, ...]
    examples: tuple[str, ...]
    prior: float = 0.0  # additive logit: how common the topic is in general news


def load_topics(path: str | Path | None = None) -> list[Topic]:
    """The 17 topics from the data file (packaged ``data/iptc.toml`` by default)."""
    if path is None:
        return list(_packaged())
    return _parse(Path(path).read_bytes(), str(path))


@lru_cache(maxsize=1)
def _packaged() -> tuple[Topic, ...]:
    raw = resources.files("newswire.topics").joinpath("data", DATA_FILE).read_bytes()
    return tuple(_parse(raw, DATA_FILE))


def _parse(raw: bytes, name: str) -> list[Topic]:
    doc = tomllib.loads(raw.decode("utf-8"))
    topics = [
        Topic(
            slug=t["slug"],
            code=t["code"],
            label=t["label"],
            coarse=t["coarse"],
            description=t["description"],
            keywords=tuple(k.lower() for k in t.get("keywords", [])),
            examples=tuple(t.get("examples", [])),
            prior=float(t.get("prior", 0.0)),
        )
        for t in doc["topic"]
    ]
    slugs = [t.slug for t in topics]
    if len(set(slugs)) != len(slugs):
        raise ValueError(f"{name}: duplicate topic slugs")
    return topics


def topic_slugs() -> list[str]:
    return [t.slug for t in _packaged()]
