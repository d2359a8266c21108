"""newswire.feeds: a Kafka-free polling producer for RSS, Atom and JSON Feed.

``run_feeds(config, sink)`` polls every feed on its own schedule and calls ``sink``
(sync or async) with one raw record per new or updated item; the producer wires the
sink to Kafka. See docs/FEEDS.md.
"""

from newswire.feeds.config import ConfigError, FeedsConfig, FeedSettings, FeedSpec, load_config
from newswire.feeds.engine import FeedEngine, PollResult, poll_once, run_feeds
from newswire.feeds.parse import ParsedFeed, parse_feed, parse_json_feed

__all__ = [
    "ConfigError",
    "FeedEngine",
    "FeedSettings",
    "FeedSpec",
    "FeedsConfig",
    "ParsedFeed",
    "PollResult",
    "load_config",
    "parse_feed",
    "parse_json_feed",
    "poll_once",
    "run_feeds",
]
