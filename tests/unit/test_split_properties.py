"""Properties the text splitter must keep on any input, not just on labelled pages."""

from __future__ import annotations

import json
import pathlib

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newswire.split.text import _split, split_text

HERE = pathlib.Path(__file__).resolve().parents[1] / "data" / "split"


def _page_lines() -> list[str]:
    """Real lines from the labelled pages, so generated pages exercise the rules, not just noise."""
    out: list[str] = []
    for f in sorted(HERE.glob("*.json"))[:20]:
        out.extend(json.loads(f.read_text(encoding="utf-8"))["raw"].split("\n"))
    return out or ["A line."]


REAL = _page_lines()
TRICKY = [
    "Read more »", "Weiterlesen", "Most read", "Related:", "1", "2 hours ago", "14:32", "Advertisement",
    "By Jane Doe", "Similar News:You can also read news stories.", "Title here — A summary sentence follows here.",
    "Markets rally on rate hopesThe index rose 2% on Monday after the data.", "U.S.Same", "'quoted'Then more",
    "Read also: Something happened somewhere", "© 2025 Example", "\u00a0", "\t", "  ", "Ünïcödé ÅÄÖ «»„“",
    "a" * 300, ". . .", "?A", "HBMSales rise", "1. Ranked title for the list",
]
line = st.one_of(st.sampled_from(REAL), st.sampled_from(TRICKY), st.text(max_size=80))
page = st.lists(line, max_size=25).map("\n".join)
FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _strings(res) -> list[str]:
    out = list(res.body) + [t.title for t in res.teasers] + [t.summary for t in res.teasers]
    if res.standfirst is not None:
        out.append(res.standfirst)
    return out


@FAST
@given(st.one_of(st.text(), page))
def test_never_raises_on_any_string(raw: str) -> None:
    # the unguarded core: split_text's last-resort except would hide a crash behind an empty result
    _split(raw)
    split_text(raw)


@FAST
@given(page)
def test_every_output_string_is_a_substring_of_the_input(raw: str) -> None:
    res = split_text(raw)
    for s in _strings(res):
        assert s in raw
    stripped = {ln.strip() for ln in raw.splitlines()}
    for para in res.body:
        assert para in stripped  # whole lines
    if res.standfirst is not None:
        assert res.standfirst in stripped


@FAST
@given(page)
def test_no_line_is_both_body_and_teaser(raw: str) -> None:
    res = split_text(raw)
    counts: dict[str, int] = {}
    for ln in raw.splitlines():
        counts[ln.strip()] = counts.get(ln.strip(), 0) + 1
    teaser_bits = {t.title for t in res.teasers} | {t.summary for t in res.teasers if t.summary}
    for para in res.body:
        if para in teaser_bits:
            assert counts[para] >= 2, para  # only a repeated line may be used twice
    if res.standfirst is not None and res.standfirst in res.body:
        assert counts[res.standfirst] >= 2


@FAST
@given(page)
def test_splitting_its_own_body_again_changes_nothing(raw: str) -> None:
    body = split_text(raw).body
    assert split_text("\n".join(body)).body == body


@given(st.text(alphabet=" \t\n\r\u00a0\u2003\u3000\x0b\x0c", max_size=50))
def test_empty_and_whitespace_pages_give_an_empty_result(raw: str) -> None:
    res = split_text(raw)
    assert res.body == [] and res.teasers == [] and res.standfirst is None


def test_labelled_pages_are_idempotent_too() -> None:
    for line_page in sorted(HERE.glob("*.json")):
        raw = json.loads(line_page.read_text(encoding="utf-8"))["raw"]
        body = split_text(raw).body
        assert split_text("\n".join(body)).body == body, line_page.name
