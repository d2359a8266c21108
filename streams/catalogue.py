"""Load the topic catalogue (``catalogue.toml`` beside this file)."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources

RAW = "news.raw"
ARTICLES = "news.articles"
TEASERS = "news.teasers"
ENRICHED = "news.enriched"
DEADLETTER = "news.deadletter"
TOPIC_PREFIX = "news.topic."
OTHER = TOPIC_PREFIX + "other"


@dataclass(frozen=True)
class TopicSpec:
    name: str
    schema: str
    description: str
    partitions: int
    replication_factor: int
    retention_ms: int
    cleanup_policy: str
    max_message_bytes: int

    def configs(self) -> dict[str, str]:
        """Topic-level configs as Kafka names them."""
        return {
            "retention.ms": str(self.retention_ms),
            "cleanup.policy": self.cleanup_policy,
            "max.message.bytes": str(self.max_message_bytes),
        }


@dataclass(frozen=True)
class Catalogue:
    topics: tuple[TopicSpec, ...]
    family: TopicSpec  # template for news.topic.<slug>

    def get(self, name: str) -> TopicSpec:
        for t in self.topics:
            if t.name == name:
                return t
        if name.startswith(self.family.name):
            return self.output_stream(name)
        raise KeyError(f"topic {name!r} is not in the catalogue (streams/catalogue.toml)")

    def output_stream(self, name: str) -> TopicSpec:
        """Any stream the routing rules name takes the output family's settings."""
        return TopicSpec(**{**self.family.__dict__, "name": name})

    def all_topics(self, streams: set[str] | frozenset[str] = frozenset()) -> list[TopicSpec]:
        """The fixed topics plus the given output streams (from the routing rules)."""
        names = {t.name for t in self.topics}
        extra = sorted(s for s in set(streams) | {OTHER} if s not in names)
        return list(self.topics) + [self.output_stream(s) for s in extra]


def _spec(entry: dict, defaults: dict, name: str) -> TopicSpec:
    merged = {**defaults, **entry}
    unknown = set(merged) - {"name", "prefix", "schema", "description", "partitions", "replication_factor",
                             "retention_ms", "cleanup_policy", "max_message_bytes"}
    if unknown:
        raise ValueError(f"streams/catalogue.toml: topic {name!r}: unknown field(s) {sorted(unknown)}")
    return TopicSpec(
        name=name,
        schema=str(merged.get("schema", "")),
        description=str(merged.get("description", "")),
        partitions=int(merged["partitions"]),
        replication_factor=int(merged["replication_factor"]),
        retention_ms=int(merged["retention_ms"]),
        cleanup_policy=str(merged["cleanup_policy"]),
        max_message_bytes=int(merged["max_message_bytes"]),
    )


def parse_catalogue(text: str, *, partitions: int | None = None) -> Catalogue:
    doc = tomllib.loads(text)
    defaults = dict(doc.get("defaults", {}))
    if partitions:
        defaults["partitions"] = partitions
    topics = tuple(_spec({k: v for k, v in t.items() if k != "name"}, defaults, t["name"]) for t in doc.get("topic", []))
    fam = doc.get("family", [{}])[0]
    family = _spec({k: v for k, v in fam.items() if k != "prefix"}, defaults, fam.get("prefix", TOPIC_PREFIX))
    return Catalogue(topics=topics, family=family)


@cache
def load_catalogue(partitions: int | None = None) -> Catalogue:
    """The packaged catalogue; ``partitions`` (or NEWSWIRE_PARTITIONS) overrides the default count."""
    import os

    if partitions is None and os.environ.get("NEWSWIRE_PARTITIONS"):
        partitions = int(os.environ["NEWSWIRE_PARTITIONS"])
    text = resources.files("newswire.streams").joinpath("catalogue.toml").read_text(encoding="utf-8")
    return parse_catalogue(text, partitions=partitions)
