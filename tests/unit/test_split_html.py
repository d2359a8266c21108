"""The HTML splitter on labelled pages with related-story blocks, and on bad input."""

from __future__ import annotations

import json
import pathlib

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newswire.split import split
from newswire.split.html import split_html
from newswire.split.html_eval import TeaserScore, score_teasers
from newswire.split.html_guard import plain_text_fallback, strip_tags
from newswire.split.types import SplitResult

DATA = pathlib.Path(__file__).resolve().parents[1] / "data" / "split_html"
PAGES = sorted(p.stem for p in DATA.glob("*.html"))


def load(name: str) -> tuple[str, dict]:
    return (DATA / f"{name}.html").read_text(encoding="utf-8"), json.loads(
        (DATA / f"{name}.json").read_text(encoding="utf-8")
    )


def test_there_are_labelled_pages() -> None:
    assert len(PAGES) >= 6


@pytest.mark.parametrize("name", PAGES)
def test_body_is_the_article_only(name: str) -> None:
    raw, exp = load(name)
    assert split_html(raw).body == exp["body"]


@pytest.mark.parametrize("name", PAGES)
def test_teasers_title_summary_url(name: str) -> None:
    raw, exp = load(name)
    got = [(t.title, t.summary, t.url) for t in split_html(raw).teasers]
    assert got == [(t["title"], t["summary"], t["url"]) for t in exp["teasers"]]


@pytest.mark.parametrize("name", PAGES)
def test_headline_canonical_url_standfirst(name: str) -> None:
    raw, exp = load(name)
    res = split_html(raw)
    assert (res.title, res.url, res.standfirst) == (exp["title"], exp["url"], exp["standfirst"])


def test_teaser_positions_are_page_order() -> None:
    raw, _ = load("de_lesen_sie_auch")
    assert [t.position for t in split_html(raw).teasers] == [0, 1, 2, 3]


def test_leakage_and_recall_targets_over_all_pages() -> None:
    total = TeaserScore()
    for name in PAGES:
        raw, exp = load(name)
        total.add(score_teasers(split_html(raw), exp["teasers"]))
    assert total.expected >= 20
    assert total.leakage <= 0.03
    assert total.recall >= 0.8


def test_score_teasers_counts_a_leak() -> None:
    res = SplitResult(body=["Body text. Teaser headline here."], teasers=[])
    s = score_teasers(res, [{"title": "Teaser headline here.", "summary": ""}])
    assert (s.leaked_chars, s.found, s.expected) == (len("teaser headline here."), 0, 1)


def test_dispatcher_routes_html() -> None:
    raw, exp = load("en_related_aside")
    assert split(raw, "text/html; charset=utf-8").body == exp["body"]


def test_standfirst_not_in_body_and_lead_paragraph_kept() -> None:
    lead = "The lead paragraph says what happened, where, when and to whom, in one long sentence."
    page = (
        f'<html><head><meta name="description" content="{lead}"></head><body><article><h1>Headline words here</h1>'
        f"<p>{lead}</p><p>{'Second paragraph with more detail on the story and its background. ' * 3}</p>"
        f"<p>{'Third paragraph with reactions from people who were there and experts. ' * 3}</p></article></body></html>"
    )
    res = split_html(page)
    assert res.standfirst is None
    assert res.body[0] == lead


# ---- bad input -------------------------------------------------------------------


def _check(res: SplitResult) -> None:
    assert isinstance(res, SplitResult)
    assert all(isinstance(x, str) and x.strip() for x in res.body)
    titles = {t.title for t in res.teasers}
    assert not titles & set(res.body)  # no line is both body and teaser


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=2000))
def test_never_raises_on_any_string(raw: str) -> None:
    _check(split_html(raw))


_FRAGMENTS = st.sampled_from([
    "<html>", "</html>", "<body>", "<div class='related'>", "</div>", "<p>", "</p>", "<h2>Related</h2>",
    "<a href='/x-y-z'>", "<a href='javascript:void(0)'>", "</a>", "<ul>", "<li>", "</li>", "</ul>",
    "<script>", "</script>", "<!--", "-->", "<![CDATA[", "]]>", "<meta property='og:url' content='http://[::1'>",
    "<link rel='canonical' href='http://exa mple.com/%zz'>", "<base href='::'>", "&amp;", "&#0;", "&#xD800;",
    "<script type='application/ld+json'>{\"articleBody\": [1,", "<h1>", "</h1>", "Read also: ", "\x00", "\ud7ff",
    "Lesen Sie auch", "A headline of several words here", "Some sentence of body text that goes on. ",
])


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(_FRAGMENTS, st.text(max_size=30)), max_size=60))
def test_never_raises_on_broken_html(parts: list[str]) -> None:
    _check(split_html("".join(parts)))


def test_deep_nesting_returns() -> None:
    raw = "<html><body>" + "<div>" * 100_000 + "deep text of several words here ok" + "</div>" * 100_000
    _check(split_html(raw))


def test_giant_attribute_returns() -> None:
    raw = "<html><body><p title='" + "a" * 3_000_000 + "'>Some text in the page that is long enough.</p></body></html>"
    _check(split_html(raw))


def test_megabytes_of_junk_degrade_to_plain_text() -> None:
    raw = "<p>Visible words in a sentence that counts as prose here.</p>" + "<<>>&&<x " * 600_000
    assert len(raw) > 5_000_000
    res = split_html(raw)
    _check(res)
    assert res.body[:1] == ["Visible words in a sentence that counts as prose here."]


def test_many_tags_take_the_fallback() -> None:
    raw = "<b>x</b>" * 450_000 + "<p>A paragraph of prose with six or more words.</p>"
    res = split_html(raw)
    _check(res)
    assert res.teasers == [] and res.title is None


def test_strip_tags_drops_scripts_and_unclosed_tags() -> None:
    raw = "<p>one two</p><SCRIPT>var x = '<p>no</p>';</SCRIPT><p>three</p><div unclosed"
    assert strip_tags(raw).split() == ["one", "two", "three"]


def test_strip_tags_keeps_offsets_with_case_changing_characters() -> None:
    # 'İ'.lower() is two characters; a naive lower() would shift the closing-tag search
    raw = "İİİİ<script>hidden</script>visible"
    assert strip_tags(raw) == "İİİİvisible"


def test_plain_text_fallback_keeps_prose_lines_once() -> None:
    raw = "<p>Menu</p><p>This line is prose with enough words.</p><p>This line is prose with enough words.</p>"
    assert plain_text_fallback(raw).body == ["This line is prose with enough words."]


def _page(body_html: str, head: str = "") -> str:
    prose = "".join(
        f"<p>Paragraph {i} of the article tells the story in plain sentences, with enough words to be prose.</p>"
        for i in range(6)
    )
    return f"<html><head>{head}</head><body><article><h1>A headline of several words</h1>{body_html}{prose}</article></body></html>"


def test_card_title_without_duplicate_summary_or_date() -> None:
    block = (
        '<ul class="related-widget">'
        + "".join(
            f'<li><a href="https://example.com/news/story-number-{i}"><img src="x.jpg" alt="">'
            f'<span class="story-title">Story number {i} has a headline here</span>'
            f'<span class="screen-reader-text">Story number {i} has a headline here</span></a>'
            f"<time>Nov. 20, 2019 12:00 AM EST</time></li>"
            for i in range(3)
        )
        + "</ul>"
    )
    res = split_html(_page(block))
    assert [(t.title, t.summary) for t in res.teasers] == [
        (f"Story number {i} has a headline here", "") for i in range(3)
    ]


def test_signup_blurb_is_not_a_standfirst() -> None:
    blurb = "Sign up to our newsletter for exclusive updates and enhanced content"
    page = _page(f"<div class='box'>{blurb}</div>", head=f'<meta name="description" content="{blurb}">')
    assert split_html(page).standfirst is None


def test_deck_before_the_headline_is_not_taken() -> None:
    deck = "A site-wide tagline that is not about this article at all, shown above it."
    page = _page("", head=f'<meta name="description" content="{deck}">').replace(
        "<body>", f"<body><div class='brand'><p>{deck}</p></div>"
    )
    assert split_html(page).standfirst is None
