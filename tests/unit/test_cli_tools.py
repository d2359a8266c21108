"""The user-facing helpers of `newswire run`, `tail` and `topics` that need no broker."""

from __future__ import annotations

from newswire.inspect import summarize
from newswire.run import seed_pages


def test_seed_pages_are_pages_not_feed_lists(tmp_path):
    for name in ("a.txt", "b.html", "c.jsonl", "feeds.txt", "feeds.yaml", ".hidden.txt", "notes.md"):
        (tmp_path / name).write_text("x", encoding="utf-8")
    assert [p.rsplit("/", 1)[1] for p in seed_pages(tmp_path)] == ["a.txt", "b.html", "c.jsonl"]


def test_the_repository_seeds_include_the_seed_page():
    assert any(p.endswith("000_0d3839a6ee60bab6.txt") for p in seed_pages())


def test_summarize_routed_and_deadletter():
    routed = {"schema": "newswire.routed/1", "title": "T", "standfirst": "S", "body": ["one two", "three"],
              "teasers": [{"title": "Other story", "position": 0}],
              "entities_merged": [{"canonical": "Paris", "label": "GPE", "mentions": 2}],
              "topics": [{"slug": "politics", "score": 0.8}], "streams": ["news.topic.politics"], "story_id": "a-1"}
    text = summarize(routed)
    for part in ("body: 2 paragraph(s), 3 words", "teasers: 1", "Paris (GPE×2)", "politics 0.80",
                 "streams: news.topic.politics"):
        assert part in text
    dead = summarize({"schema": "newswire.deadletter/1", "stage": "split", "reason": "not_json", "error": "bad"})
    assert "stage split reason not_json: bad" in dead
