"""Topic data, keyword evidence, classifier output shape and the classify CLI."""

from __future__ import annotations

import argparse
import io
import json
import re

import pytest

from newswire.topics.classifier import Topic, keyword_counts, lead_text, load_topics

IPTC = {
    "medtop:01000000": "arts, culture, entertainment and media",
    "medtop:02000000": "crime, law and justice",
    "medtop:03000000": "disaster, accident and emergency incident",
    "medtop:04000000": "economy, business and finance",
    "medtop:05000000": "education",
    "medtop:06000000": "environment",
    "medtop:07000000": "health",
    "medtop:08000000": "human interest",
    "medtop:09000000": "labour",
    "medtop:10000000": "lifestyle and leisure",
    "medtop:11000000": "politics",
    "medtop:12000000": "religion",
    "medtop:13000000": "science and technology",
    "medtop:14000000": "society",
    "medtop:15000000": "sport",
    "medtop:16000000": "conflict, war and peace",
    "medtop:17000000": "weather",
}


def test_topic_data_has_the_17_iptc_subjects() -> None:
    topics = load_topics()
    assert {t.code: t.label for t in topics} == IPTC
    assert len({t.slug for t in topics}) == 17
    for t in topics:
        assert re.fullmatch(r"[a-z][a-z-]*", t.slug), t.slug
        assert t.coarse in {"world", "business", "scitech", "sport"}
        assert len(t.examples) >= 10 and t.description


def _topic(slug: str, kws: tuple[str, ...]) -> Topic:
    return Topic(slug, "x", slug, "world", "d", kws, ())


def test_keyword_counts_whole_words_title_double() -> None:
    topics = [_topic("a", ("strike", "wall street")), _topic("b", ("goal",))]
    got = keyword_counts(topics, "Strike at plant", "Workers on strike near Wall Street; goalkeeper hurt.")
    assert got.tolist() == [2 + 1 + 1, 0]  # "goalkeeper" is not "goal"


def test_lead_text_joins_title_and_truncates_body() -> None:
    assert lead_text("Title", "a b c", max_words=2) == "Title. a b"
    assert lead_text("Why?", "x") == "Why? x"
    assert lead_text("", "x y") == "x y"


@pytest.fixture(scope="module")
def clf():
    from newswire.topics.classifier import TopicClassifier

    try:
        return TopicClassifier()
    except FileNotFoundError as exc:
        pytest.skip(str(exc))


def test_classify_many_returns_all_topics_best_first(clf) -> None:
    res = clf.classify_many(
        [
            ("Striker scores twice as United beat City", "The forward's double sealed a 2-0 derby win."),
            ("Shares slump as bank misses profit forecast", "Quarterly earnings fell 20 percent."),
            ("", ""),
        ]
    )
    assert len(res) == 3
    for r in res:
        assert len(r) == 17 and {t["code"] for t in r} == set(IPTC)
        scores = [t["score"] for t in r]
        assert scores == sorted(scores, reverse=True)
        assert abs(sum(scores) - 1.0) < 0.01
        assert set(r[0]) == {"label", "code", "slug", "score"}
    assert res[0][0]["slug"] == "sport"
    assert res[1][0]["slug"] == "economy"


def test_world_news_lands_on_politics_or_conflict(clf) -> None:
    res = clf.classify_many(
        [
            ("Rebels shell capital as peace talks stall", "Fighting killed 30 people overnight."),
            ("Opposition wins parliamentary election", "The prime minister conceded defeat on Sunday."),
        ]
    )
    assert res[0][0]["slug"] == "conflict"
    assert res[1][0]["slug"] == "politics"


def test_cli_writes_one_line_per_input(clf, monkeypatch) -> None:
    from newswire.topics import classifier, cli

    monkeypatch.setattr(classifier, "_SHARED", clf)
    lines = [
        {"id": "a", "title": "NASA launches Mars probe", "text": "The rocket lifted off on Monday."},
        {"id": "b", "title": "Heatwave warning", "text": ""},
    ]
    monkeypatch.setattr("sys.stdin", io.StringIO("\n".join(json.dumps(x) for x in lines) + "\n\n"))
    out = io.StringIO()
    monkeypatch.setattr("sys.stdout", out)
    p = argparse.ArgumentParser()
    cli.add_arguments(p)
    assert cli.main(p.parse_args(["--jsonl", "--top", "2"])) == 0
    recs = [json.loads(x) for x in out.getvalue().splitlines()]
    assert [r["id"] for r in recs] == ["a", "b"]
    assert all(len(r["topics"]) == 2 and set(r["topics"][0]) == {"label", "code", "score"} for r in recs)
    assert recs[0]["topics"][0]["code"] == "medtop:13000000"


def test_clean_undoes_feed_escaping() -> None:
    from newswire.topics.classifier import clean

    assert clean("Fed&amp;#39;s &lt;b&gt;rate&lt;/b&gt;  call") == "Fed's rate call"
    assert clean("Oil #36;50 a barrel") == "Oil $50 a barrel"
    assert clean("Plain #1 text") == "Plain #1 text"


def test_prototype_cache_gives_the_same_scores(clf, tmp_path, monkeypatch) -> None:
    from newswire.topics.classifier import TopicClassifier

    monkeypatch.setenv("NEWSWIRE_HOME", str(tmp_path))
    item = [("Fed raises rates", "The central bank lifted its key rate.")]
    few = load_topics()[:3]  # keep the cold encode cheap
    cold = TopicClassifier(encoder=clf.encoder, topics=few)
    assert list((tmp_path / "topics").glob("prototypes-*.npy"))
    warm = TopicClassifier(encoder=clf.encoder, topics=few)
    assert cold.classify_many(item) == warm.classify_many(item)
    assert len(cold.classify_many(item)[0]) == 3


def test_accuracy_on_hand_written_wire_style_set_does_not_regress(clf) -> None:
    from pathlib import Path

    data = Path(__file__).resolve().parents[1] / "data" / "topics"
    items = []
    for half in ("dev", "test"):
        lines = (data / f"ag_style_{half}.jsonl").read_text(encoding="utf-8").splitlines()
        items += [json.loads(x) for x in lines if x.strip()]
    coarse = {t.slug: t.coarse for t in clf.topics}
    res = clf.classify_many([(it["title"], it["text"]) for it in items])
    acc = sum(coarse[r[0]["slug"]] == it["coarse"] for r, it in zip(res, items, strict=True)) / len(items)
    assert acc >= 0.93, acc  # measured 0.983 (bench/eval_topics.py)
