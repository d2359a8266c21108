"""The Prometheus rules and config are checked by Prometheus's own tool, promtool.

``promtool check rules`` (syntax, PromQL, templates), ``promtool check config``
(the compose scrape config, including that its rule file resolves), and
``promtool test rules`` (deploy/prometheus/alerts_test.yml: alerts fire on the
series they should, and stay quiet on the ones they should not).
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

REPO = Path(__file__).resolve().parents[2]
PROM = REPO / "deploy" / "prometheus"
PROMTOOL = shutil.which("promtool")

needs_promtool = pytest.mark.skipif(
    PROMTOOL is None,
    reason="promtool not found on PATH (Debian: apt-get install prometheus; scripts/setup installs it)",
)

REQUIRED_ALERTS = {
    "NewswireWorkerDown",  # worker down
    "NewswireConsumerLagGrowing",  # lag growing
    "NewswireDeadLettersRising",  # dead letters rising
    "NewswireNoArticlesRouted",  # no articles for N minutes
    "NewswireFeedFailing",  # feed failing
}


def _promtool(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([PROMTOOL, *args], cwd=PROM, capture_output=True, text=True, timeout=60)


def _alerts() -> list[dict]:
    doc = yaml.safe_load((PROM / "alerts.yml").read_text(encoding="utf-8"))
    return [r for g in doc["groups"] for r in g["rules"] if "alert" in r]


def test_the_required_alerts_exist_with_severity_and_summary():
    alerts = {r["alert"]: r for r in _alerts()}
    assert set(alerts) >= REQUIRED_ALERTS, f"missing: {sorted(REQUIRED_ALERTS - set(alerts))}"
    for name, rule in alerts.items():
        assert rule.get("labels", {}).get("severity") in {"critical", "warning", "info"}, name
        assert rule.get("annotations", {}).get("summary"), name


def test_the_required_alerts_are_unit_tested():
    tests = yaml.safe_load((PROM / "alerts_test.yml").read_text(encoding="utf-8"))
    tested = {case["alertname"] for t in tests["tests"] for case in t.get("alert_rule_test", [])
              if case.get("exp_alerts")}
    assert len(tested & REQUIRED_ALERTS) >= 2
    assert tested <= {r["alert"] for r in _alerts()}, "alerts_test.yml names an alert that does not exist"


@needs_promtool
def test_promtool_check_rules():
    res = _promtool("check", "rules", "alerts.yml")
    assert res.returncode == 0, res.stdout + res.stderr


@needs_promtool
def test_promtool_check_config():
    res = _promtool("check", "config", "prometheus.yml")
    assert res.returncode == 0, res.stdout + res.stderr
    assert "1 rule files found" in res.stdout + res.stderr


@needs_promtool
def test_promtool_test_rules():
    res = _promtool("test", "rules", "alerts_test.yml")
    assert res.returncode == 0, res.stdout + res.stderr


@needs_promtool
def test_promtool_rejects_a_broken_rule(tmp_path):
    # the check above must be able to fail: a rule with bad PromQL is refused
    bad = tmp_path / "bad.yml"
    bad.write_text("groups:\n- name: x\n  rules:\n  - alert: X\n    expr: sum(rate(newswire_routed_total[5m])\n",
                   encoding="utf-8")
    res = subprocess.run([PROMTOOL, "check", "rules", str(bad)], capture_output=True, text=True, timeout=60)
    assert res.returncode != 0
