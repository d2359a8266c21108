"""Metrics seam for the feeds engine: no-ops until ``newswire.metrics`` binds them.

The engine calls these module functions by attribute, so binding (``bind(...)``) or
plain reassignment both take effect. Labels stay low-cardinality: ``feed`` is the
configured name or URL (bounded by the feeds file) and ``outcome`` is one of OUTCOMES.
A failing hook is logged once and never stops a poll.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

log = logging.getLogger("newswire.feeds")

OUTCOMES = ("ok", "not_modified", "http_error", "timeout", "too_large", "parse_error", "refused",
            "redirect_loop", "error")
HOOKS = ("on_fetch", "on_items", "on_success", "on_page")

_bound: dict[str, Callable[..., Any]] = {}
_failed: set[str] = set()


def bind(**hooks: Callable[..., Any]) -> None:
    """Install callbacks by name (see HOOKS); unknown names are an error, not a silent no-op."""
    unknown = set(hooks) - set(HOOKS)
    if unknown:
        raise ValueError(f"unknown feeds metrics hooks: {sorted(unknown)}")
    _bound.update(hooks)


def reset() -> None:
    """Back to no-ops (tests)."""
    _bound.clear()
    _failed.clear()


def _call(name: str, *args: Any) -> None:
    fn = _bound.get(name)
    if fn is None:
        return
    try:
        fn(*args)
    except Exception:
        if name not in _failed:
            _failed.add(name)
            log.exception("feeds metrics hook %s failed (further failures not logged)", name)


def on_fetch(feed: str, outcome: str, nbytes: int) -> None:
    """One feed fetch ended with ``outcome``; ``nbytes`` is the body size after decompression."""
    _call("on_fetch", feed, outcome, nbytes)


def on_items(feed: str, new: int, duplicate: int, update: int) -> None:
    """Items of one successful poll, by dedup verdict (only delivered ones count as new/update)."""
    _call("on_items", feed, new, duplicate, update)


def on_success(feed: str, ts: float) -> None:
    """Unix time of the feed's last successful poll (200 parsed, or 304)."""
    _call("on_success", feed, ts)


def on_page(feed: str, outcome: str, nbytes: int) -> None:
    """One full-page fetch for an item of ``feed``; outcome adds ``robots`` (disallowed)."""
    _call("on_page", feed, outcome, nbytes)
