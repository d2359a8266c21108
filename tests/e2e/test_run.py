"""End to end, as a user does it: `newswire run` on the seed page, through a real broker."""

from __future__ import annotations

import os
import subprocess
import sys
import uuid
from pathlib import Path

import orjson
import pytest

pytestmark = [pytest.mark.e2e, pytest.mark.integration]


def test_newswire_run_routes_the_seed_page(kafka_bootstrap, seed_gold, tmp_path):
    # A copy of the seed under a fresh URL, so that earlier runs' dedup state does not apply.
    page = tmp_path / "seed.jsonl"
    url = f"https://news.example.com/e2e/{uuid.uuid4().hex}"
    page.write_bytes(orjson.dumps({"raw": seed_gold["raw"], "content_type": "text/plain", "url": url}) + b"\n")
    env = {**os.environ, "KAFKA_BOOTSTRAP_SERVERS": kafka_bootstrap,
           "NEWSWIRE_APP_ID": f"newswire-e2e-{uuid.uuid4().hex[:6]}", "NEWSWIRE_METRICS_PORT": "0"}
    proc = subprocess.run([sys.executable, "-m", "newswire.cli", "run", "--json", str(page)], env=env,
                          capture_output=True, timeout=300, cwd=Path(__file__).resolve().parents[2])
    assert proc.returncode == 0, proc.stderr.decode()[-4000:]
    lines = [orjson.loads(x) for x in proc.stdout.splitlines() if x.strip()]
    assert len(lines) == 1
    routed = lines[0]
    assert routed["schema"] == "newswire.routed/1"
    assert routed["url"] == url
    assert routed["body"] == seed_gold["gold"]["body"]
    assert [t["title"] for t in routed["teasers"]] == [t["title"] for t in seed_gold["gold"]["teasers"]]
    assert any(s.startswith("news.topic.") for s in routed["streams"])
    assert routed["topics"][0]["code"].startswith("medtop:")
    assert {e["label"] for e in routed["entities"]} & {"PERSON", "ORG", "GPE"}
    assert b"routed 1/1" in proc.stderr
