"""docs/metrics.md is the metrics contract: it and the code must agree, both ways.

The code side is what prometheus-client's default REGISTRY actually holds after
importing ``newswire.metrics`` (not a hand-kept list), so a metric added in code but
not documented, documented but removed, or retyped/relabelled, fails here.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
DOC = REPO / "docs" / "metrics.md"

_ROW = re.compile(r"^\|\s*`(?P<name>newswire_[a-z0-9_]+)`\s*\|\s*(?P<type>[a-z]+)\s*\|(?P<labels>[^|]*)\|(?P<meaning>[^|]+)\|\s*$")


def exposed_name(name: str, kind: str) -> str:
    """The series name a user types in PromQL (prometheus-client strips _total/_info internally)."""
    return {"counter": f"{name}_total", "info": f"{name}_info"}.get(kind, name)


def code_metrics() -> dict[str, tuple[str, frozenset[str]]]:
    """exposed name -> (type, label names) for every newswire_* collector in the REGISTRY."""
    from prometheus_client import REGISTRY

    import newswire.metrics  # noqa: F401 - registers the metrics

    out: dict[str, tuple[str, frozenset[str]]] = {}
    # The registry has no public "list collectors"; _collector_to_names is what
    # register()/unregister() maintain, stable across prometheus-client releases.
    for collector in list(REGISTRY._collector_to_names):
        labelnames = set(getattr(collector, "_labelnames", ()))
        for family in collector.collect():
            if not family.name.startswith("newswire_"):
                continue
            if family.type == "info":  # an Info's labels live in its one sample
                for sample in family.samples:
                    labelnames |= set(sample.labels)
            out[exposed_name(family.name, family.type)] = (family.type, frozenset(labelnames))
    return out


def parse_doc(text: str) -> dict[str, tuple[str, frozenset[str]]]:
    """exposed name -> (type, label names) from the doc's table rows."""
    out: dict[str, tuple[str, frozenset[str]]] = {}
    for line in text.splitlines():
        m = _ROW.match(line.strip())
        if not m:
            continue
        name = m["name"]
        if name in out:
            raise AssertionError(f"{name} is documented twice")
        labels = frozenset(re.findall(r"`([a-z_][a-z0-9_]*)`", m["labels"]))
        if not m["meaning"].strip():
            raise AssertionError(f"{name} has no meaning in the doc")
        out[name] = (m["type"], labels)
    return out


@pytest.fixture(scope="module")
def documented() -> dict[str, tuple[str, frozenset[str]]]:
    return parse_doc(DOC.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def in_code() -> dict[str, tuple[str, frozenset[str]]]:
    return code_metrics()


def test_the_code_has_metrics_at_all(in_code):
    # guards against a registry walk that silently finds nothing
    assert "newswire_messages_in_total" in in_code
    assert len(in_code) >= 15


def test_every_metric_in_code_is_documented(in_code, documented):
    missing = sorted(set(in_code) - set(documented))
    assert not missing, f"metrics in newswire/metrics.py but not in docs/metrics.md: {missing}"


def test_every_documented_metric_exists(in_code, documented):
    stale = sorted(set(documented) - set(in_code))
    assert not stale, f"metrics in docs/metrics.md that the code does not register: {stale}"


def test_types_and_labels_agree(in_code, documented):
    wrong = {name: {"code": in_code[name], "doc": documented[name]}
             for name in set(in_code) & set(documented) if in_code[name] != documented[name]}
    assert not wrong, f"type or labels differ between code and doc: {wrong}"


def test_parser_reads_rows_and_rejects_duplicates():
    row = "| `newswire_x_total` | counter | `stage`, `topic` | Things. |"
    assert parse_doc(row) == {"newswire_x_total": ("counter", frozenset({"stage", "topic"}))}
    assert parse_doc("| `newswire_y` | histogram | — | Time. |") == {"newswire_y": ("histogram", frozenset())}
    with pytest.raises(AssertionError):
        parse_doc(row + "\n" + row)


def test_names_follow_conventions(in_code):
    for name, (kind, labels) in in_code.items():
        if kind == "counter":
            assert name.endswith("_total"), name
        if kind == "histogram" and ("latency" in name or "duration" in name):
            assert name.endswith("_seconds"), name
        assert not labels & {"id", "url", "article_id", "title"}, f"{name}: high-cardinality label"
