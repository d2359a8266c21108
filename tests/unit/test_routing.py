"""Routing rules: loading, validation with line numbers, matching, explain, streams."""

from __future__ import annotations

import argparse
import io
import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newswire.routing import OTHER_STREAM, RULE_KEYS, RulesError, load_rules, parse_rules

REPO = Path(__file__).resolve().parents[2]


def article(**kw) -> dict:
    base = {
        "id": "a1",
        "title": "Apple shares jump after results",
        "body": ["Apple said quarterly profit rose.", "Investors cheered."],
        "lang": "en",
        "source": "wire.example.com",
        "topics": [
            {
                "slug": "economy",
                "label": "economy, business and finance",
                "code": "medtop:04000000",
                "score": 0.7,
            },
            {
                "slug": "science-technology",
                "label": "science and technology",
                "code": "medtop:13000000",
                "score": 0.2,
            },
        ],
        "entities_merged": [{"canonical": "Apple", "label": "ORG", "mentions": 2}],
    }
    base.update(kw)
    return base


RULES = """
default_min_score = 0.3

[[ruleset]]
name = "desks"
mode = "all"

[[ruleset.rule]]
name = "markets"
topic = "economy"
min_score = 0.5
keyword = ["shares", "interest rates"]
to = "news.desk.markets"

[[ruleset.rule]]
name = "apple"
entity = { label = "ORG", canonical = "apple" }
to = ["news.desk.apple", "news.desk.tech"]

[[ruleset.rule]]
name = "tech-topic"
topic = ["science-technology", "medtop:04000000"]
min_score = 0.1
to = "news.alerts.{slug}"

[[ruleset]]
name = "lang"
mode = "first"
otherwise = "news.edition.intl"

[[ruleset.rule]]
name = "de"
lang = ["de", "at"]
to = "news.edition.de"

[[ruleset.rule]]
name = "wire"
source = "*.example.com"
to = "news.edition.wire"

[[ruleset.rule]]
name = "never-reached"
to = "news.edition.unused"
"""


def test_route_all_match_first_match_and_default() -> None:
    book = parse_rules(RULES, "r.toml")
    got = book.route(article())
    assert got == [
        "news.desk.markets",
        "news.desk.apple",
        "news.desk.tech",
        "news.alerts.economy",
        "news.alerts.science-technology",
        "news.edition.wire",
        "news.topic.economy",
    ]


def test_conditions_fail_independently() -> None:
    book = parse_rules(RULES, "r.toml")
    a = article(
        title="Budget vote",
        body=["Parliament met."],
        lang="DE",
        source="other.org",
        topics=[{"slug": "politics", "code": "medtop:11000000", "score": 0.25}],
        entities_merged=[{"canonical": "Apple", "label": "PERSON"}],
    )
    assert book.route(a) == ["news.edition.de", OTHER_STREAM]  # best score 0.25 < 0.3


def test_unmatched_goes_to_other_and_otherwise() -> None:
    book = parse_rules(
        RULES.replace('to = "news.edition.unused"', 'lang = "xx"\nto = "news.edition.unused"'), "r"
    )
    a = article(topics=[], entities_merged=[], source="blog", title="x", body=[])
    assert book.route(a) == ["news.edition.intl", OTHER_STREAM]


def test_explain_lists_every_rule_with_reasons() -> None:
    book = parse_rules(RULES, "r.toml")
    steps = book.explain(article(title="Apple results", body=["No market words here."]))
    by = {(s["ruleset"], s["rule"]): s for s in steps}
    m = by[("desks", "markets")]
    assert not m["matched"] and any("keywords" in r for r in m["reasons"])
    assert by[("desks", "apple")]["matched"] and "Apple (ORG)" in by[("desks", "apple")]["reasons"][0]
    assert by[("lang", "never-reached")]["reasons"][0].startswith("skipped")
    assert by[("topics", "best-topic")]["streams"] == ["news.topic.economy"]
    assert len(steps) == 3 + 3 + 1 + 1 + 1  # rules + otherwise of 'lang' + default + its otherwise


def test_streams_cover_everything_route_can_return() -> None:
    book = parse_rules(RULES, "r.toml")
    s = book.streams()
    assert {"news.alerts.economy", "news.alerts.science-technology", "news.edition.intl", OTHER_STREAM} <= s
    assert "news.topic.sport" in s and "news.alerts.sport" not in s
    assert len([x for x in s if x.startswith("news.topic.")]) == 18


def test_default_ruleset_can_be_switched_off() -> None:
    book = parse_rules('default_ruleset = false\n[[ruleset]]\nname="x"\n[[ruleset.rule]]\nto="s"\n', "r")
    assert book.route(article()) == ["s"]


@pytest.mark.parametrize(
    ("text", "line", "msg"),
    [
        (
            '[[ruleset]]\nname = "a"\n\n[[ruleset.rule]]\nname = "r"\ntopc = "sport"\nto = "x"\n',
            6,
            "unknown field 'topc'",
        ),
        ('[[ruleset]]\nname = "a"\nmode = "some"\n', 3, "mode must be"),
        ('[[ruleset]]\n[[ruleset.rule]]\ntopic = "sports"\nto = "x"\n', 3, "unknown topic 'sports'"),
        ('[[ruleset]]\n[[ruleset.rule]]\ntopic = "sport"\nmin_score = 2\nto = "x"\n', 4, "min_score"),
        ('[[ruleset]]\n[[ruleset.rule]]\nname = "r"\nlang = "en"\n', 2, "no 'to'"),
        ('[[ruleset]]\n[[ruleset.rule]]\nto = "news.{slug}"\n', 3, "{slug}"),
        ('[[ruleset]]\n[[ruleset.rule]]\nto = "bad stream!"\n', 3, "invalid stream"),
        ('[[ruleset]]\n[[ruleset.rule]]\nentity = { lable = "ORG" }\nto = "x"\n', 3, "unknown field 'lable'"),
        (
            '[[ruleset]]\n[[ruleset.rule]]\nto = "x"\n[[ruleset.rule]]\nto = "y"\nname = "rule1"\n',
            6,
            "duplicate rule",
        ),
        ("defaults = 1\n", 1, "unknown top-level"),
        ('[[ruleset]]\nname = "a"\nmode = \n', 3, "Invalid"),
    ],
)
def test_errors_name_file_and_line(text: str, line: int, msg: str) -> None:
    with pytest.raises(RulesError) as exc:
        parse_rules(text, "streams/routing.toml")
    assert str(exc.value).startswith(f"streams/routing.toml:{line}: ")
    assert msg in str(exc.value)


@settings(max_examples=60, deadline=None)
@given(
    n_rules=st.integers(1, 4),
    bad_rule=st.integers(0, 3),
    key=st.from_regex(r"[a-z][a-z_]{2,10}", fullmatch=True).filter(lambda k: k not in RULE_KEYS),
    pad=st.lists(st.sampled_from(["", "# comment", 'lang = "en"']), max_size=3, unique=True),
)
def test_unknown_key_reported_at_its_line(n_rules: int, bad_rule: int, key: str, pad: list[str]) -> None:
    bad_rule %= n_rules
    lines = ["[[ruleset]]", 'name = "s"']
    want = 0
    for i in range(n_rules):
        lines += ["", "[[ruleset.rule]]", f'name = "r{i}"', *pad]
        if i == bad_rule:
            lines.append(f"{key} = 1")
            want = len(lines)
        lines.append('to = "out"')
    with pytest.raises(RulesError) as exc:
        parse_rules("\n".join(lines) + "\n", "f.toml")
    assert str(exc.value) == f"f.toml:{want}: unknown field '{key}'"


def test_shipped_rules_file_is_valid() -> None:
    book = load_rules(REPO / "streams" / "routing.toml")
    assert OTHER_STREAM in book.streams()
    assert book.route(article())  # routes somewhere


def test_route_cli_explain(monkeypatch, tmp_path: Path) -> None:
    from newswire import routing_cli

    rules = tmp_path / "r.toml"
    rules.write_text(RULES)
    monkeypatch.setattr(
        "sys.stdin", io.StringIO(json.dumps(article()) + "\n" + json.dumps(article(id="a2")) + "\n")
    )
    out = io.StringIO()
    monkeypatch.setattr("sys.stdout", out)
    p = argparse.ArgumentParser()
    routing_cli.add_arguments(p)
    assert routing_cli.main(p.parse_args(["--explain", "--rules", str(rules), "-"])) == 0
    text = out.getvalue()
    assert text.count("streams: news.desk.markets") == 2
    assert "[MATCH] desks/apple -> news.desk.apple, news.desk.tech" in text


def test_route_cli_reports_bad_rules(monkeypatch, tmp_path: Path, capsys) -> None:
    from newswire import routing_cli

    rules = tmp_path / "bad.toml"
    rules.write_text('[[ruleset]]\n[[ruleset.rule]]\ntopc = "x"\nto = "y"\n')
    p = argparse.ArgumentParser()
    routing_cli.add_arguments(p)
    assert routing_cli.main(p.parse_args(["--check", "--rules", str(rules)])) == 2
    assert f"{rules}:3: unknown field 'topc'" in capsys.readouterr().err


def test_topics_given_by_code_only_are_routed_by_slug() -> None:
    book = parse_rules("", "r")
    a = article(topics=[{"label": "sport", "code": "medtop:15000000", "score": 0.9}])
    assert book.route(a) == ["news.topic.sport"]


def test_load_rules_honours_env_and_defaults(monkeypatch, tmp_path: Path) -> None:
    f = tmp_path / "mine.toml"
    f.write_text('default_ruleset = false\n[[ruleset]]\nname = "x"\n[[ruleset.rule]]\nto = "only.this"\n')
    monkeypatch.setenv("NEWSWIRE_ROUTING_RULES", str(f))
    assert load_rules().route(article()) == ["only.this"]
    monkeypatch.delenv("NEWSWIRE_ROUTING_RULES")
    assert load_rules().source.endswith("routing.toml")


def test_matched_rule_names() -> None:
    book = parse_rules(RULES, "r.toml")
    assert book.matched_rule_names(article()) == [
        "desks/markets",
        "desks/apple",
        "desks/tech-topic",
        "lang/wire",
        "topics/best-topic",
    ]
    bare = article(topics=[], lang="fr", source="x", title="", body=[], entities_merged=[])
    assert book.matched_rule_names(bare) == [
        "lang/never-reached",  # a rule without conditions always matches
        "topics/otherwise",
    ]
