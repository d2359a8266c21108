"""A feed served locally, polled by `newswire feeds`, comes out routed on the real broker."""

from __future__ import annotations

import os
import subprocess
import sys
import uuid
from pathlib import Path

import pytest

from newswire import ids

pytestmark = pytest.mark.integration

ARTICLES = [
    ("Central bank raises interest rates to curb inflation",
     "<p>The European Central Bank raised its main interest rate by a quarter point on Thursday, "
     "its president Christine Lagarde said in Frankfurt, as inflation stayed above target.</p>"
     "<p>Markets had expected the move. Bond yields rose and the euro gained against the dollar.</p>"),
    ("Liverpool beat Arsenal in a late thriller at Anfield",
     "<p>Liverpool scored twice in the final ten minutes to beat Arsenal 3-2 at Anfield on Sunday, "
     "lifting them to second place in the Premier League.</p>"
     "<p>Manager Arne Slot praised his substitutes after the match.</p>"),
]


def _rss(base: str, tag: str) -> str:
    items = "".join(
        f"<item><title>{t}</title><link>{base}/story/{tag}/{i}</link><guid>{base}/story/{tag}/{i}</guid>"
        f"<pubDate>Tue, 24 Nov 2026 10:0{i}:00 GMT</pubDate><description>{t}</description>"
        f"<content:encoded><![CDATA[<html><body><article><h1>{t}</h1>{body}</article></body></html>]]>"
        "</content:encoded></item>"
        for i, (t, body) in enumerate(ARTICLES))
    return ('<?xml version="1.0" encoding="utf-8"?><rss version="2.0" '
            'xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Test wire</title>'
            f"<link>{base}/</link><description>local</description>{items}</channel></rss>")


def test_served_feed_items_are_routed(kafka_bootstrap, worker, collector, httpserver, tmp_path):
    from newswire.routing import load_rules

    tag = uuid.uuid4().hex[:8]
    base = httpserver.url_for("").rstrip("/")
    httpserver.expect_request("/feed.xml").respond_with_data(_rss(base, tag), content_type="application/rss+xml")
    cfg = tmp_path / "feeds.yaml"
    cfg.write_text(f"feeds:\n  - url: {base}/feed.xml\n    name: test-wire\n    language: en\n", encoding="utf-8")
    c = collector(*sorted(load_rules().streams() | {"news.topic.other"}))
    env = {**os.environ, "KAFKA_BOOTSTRAP_SERVERS": kafka_bootstrap, "NEWSWIRE_STATE_DIR": str(tmp_path)}
    proc = subprocess.run([sys.executable, "-m", "newswire.cli", "feeds", "--once", "--allow-private",
                           "--config", str(cfg)], env=env, capture_output=True, timeout=120,
                          cwd=Path(__file__).resolve().parents[2])
    assert proc.returncode == 0, proc.stderr.decode()[-3000:]
    wanted = {ids.article_id(f"{base}/story/{tag}/{i}") for i in range(len(ARTICLES))}

    def routed(recs):
        got = {v["id"]: v for t, _, v in recs if isinstance(v, dict) and v.get("id") in wanted}
        return got if set(got) == wanted else None

    got = c.wait_for(routed, what="both feed items routed")
    by_url = {v["url"]: v for v in got.values()}
    bank = by_url[f"{base}/story/{tag}/0"]
    assert any("interest rate" in p for p in bank["body"])
    assert bank["source"] == "test-wire"
    assert bank["topics"][0]["slug"] == "economy"
    football = by_url[f"{base}/story/{tag}/1"]
    assert football["topics"][0]["slug"] == "sport"
    assert "news.topic.sport" in football["streams"]

    # Polling again sends nothing new: the feed's items are remembered across runs.
    again = subprocess.run([sys.executable, "-m", "newswire.cli", "feeds", "--once", "--allow-private",
                            "--config", str(cfg)], env=env, capture_output=True, timeout=120)
    assert again.returncode == 0
    assert b"new=0" in again.stderr or b"0 new" in again.stderr or b"duplicate" in again.stderr, again.stderr[-2000:]
