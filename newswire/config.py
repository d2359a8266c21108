"""Settings from environment variables, with defaults that work on a laptop.

Every variable is listed in README.md (Configuration); ``Settings.describe()`` prints them.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field, fields
from pathlib import Path


def _env(name: str, default: str) -> str:
    return os.environ.get(name, default)


@dataclass(frozen=True)
class Settings:
    bootstrap: str = field(default_factory=lambda: _env("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:9092"))
    app_id: str = field(default_factory=lambda: _env("NEWSWIRE_APP_ID", "newswire"))
    home: Path = field(default_factory=lambda: Path(_env("NEWSWIRE_HOME", str(Path.home() / ".cache" / "newswire"))))
    metrics_addr: str = field(default_factory=lambda: _env("NEWSWIRE_METRICS_ADDR", "0.0.0.0"))
    # 0 = pick a free port; several workers on one host each get their own.
    metrics_port: int = field(default_factory=lambda: int(_env("NEWSWIRE_METRICS_PORT", "9464")))
    max_page_bytes: int = field(default_factory=lambda: int(_env("NEWSWIRE_MAX_PAGE_BYTES", str(5_000_000))))
    batch_size: int = field(default_factory=lambda: int(_env("NEWSWIRE_BATCH_SIZE", "32")))
    batch_within: float = field(default_factory=lambda: float(_env("NEWSWIRE_BATCH_WITHIN", "0.05")))
    story_window_hours: float = field(default_factory=lambda: float(_env("NEWSWIRE_STORY_WINDOW_HOURS", "48")))
    # Articles the story index keeps (about 1.2 kB each in the worker): memory stays bounded.
    story_capacity: int = field(default_factory=lambda: int(_env("NEWSWIRE_STORY_CAPACITY", "50000")))
    # Routed article ids remembered against exact replays: a window and a cap per partition
    # (about 250 bytes each in the worker), so the table does not grow for as long as it runs.
    dedup_window_hours: float = field(default_factory=lambda: float(_env("NEWSWIRE_DEDUP_HOURS", "48")))
    dedup_per_partition: int = field(default_factory=lambda: int(_env("NEWSWIRE_DEDUP_PER_PARTITION", "100000")))
    routing_rules: str = field(default_factory=lambda: _env("NEWSWIRE_ROUTING_RULES", ""))
    log_level: str = field(default_factory=lambda: _env("NEWSWIRE_LOG_LEVEL", "info"))

    def describe(self) -> list[tuple[str, str]]:
        return [(f.name, str(getattr(self, f.name))) for f in fields(self)]


def settings() -> Settings:
    """Read the environment now (tests change it between calls)."""
    return Settings()
