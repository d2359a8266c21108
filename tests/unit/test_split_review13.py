"""Review of 682221d (rounds 38-39 rules): counter-examples.

Each test asserts what the labelling rules (/work/shared/eval/README.md) require: body = the article's own
paragraphs, in page order; standfirst = the deck or a repeat of the lead; teasers = every block advertising another
story, title and summary exactly; everything else (headline, section labels, headers, bylines, dates) boilerplate.

All findings fail on 682221d. Findings 2-4 pass on its parent (regressions, named by the rule that brought them);
finding 1 fails there too, differently (the parent took the labelled headline for the standfirst). The guards at the
end pass on 682221d; they pin what the new rules are for.
"""

from __future__ import annotations

import pytest
from split_helpers import page as _page
from split_helpers import pairs as _pairs

from newswire.split.text import split_text

DE_BODY = [
    "Die Inflationsrate in Deutschland ist im Oktober auf 2,0 Prozent gesunken, wie das Statistische Bundesamt am "
    "Donnerstag mitteilte.",
    "Vor allem Energie war billiger als vor einem Jahr, Lebensmittel dagegen teurer.",
    "Ökonomen erwarten, dass die Teuerung im Winter wieder leicht anzieht.",
]
PL_BODY = [
    "Sejm przyjął w piątek ustawę zmieniającą zasady naliczania podatku od nieruchomości, głosowało za nią 240 posłów.",
    "Ustawa trafi teraz do Senatu.",
    "Opozycja zapowiada skargę do Trybunału Konstytucyjnego.",
]


# ------------------------------------------------------------------ 1. ticker bar: one ticker link over the labelled headline
# ticker bar rule (two labelled lines in a row before the body): a single "Pilne | ..." ticker link right over the page's
# own headline "PILNE: ..." makes a "bar" of two, so the page's headline (over its byline and date) becomes a teaser.
def test_one_ticker_link_over_a_labelled_headline_is_no_ticker_bar() -> None:
    res = split_text(_page("Wiadomości", "Pilne | Prezydent zapowiada weto wobec nowej ustawy",
                           "PILNE: Sejm przyjął ustawę o podatku od nieruchomości", "Anna Kowalska", "14 listopada 2025",
                           *PL_BODY))
    assert _pairs(res) == [("Prezydent zapowiada weto wobec nowej ustawy", "")]
    assert res.standfirst is None
    assert res.body == PL_BODY


# ------------------------------------------------------------------ 2. _source_triples on an article's fixtures list
# _source_triples ("Title | Publisher | date", two in a row, anywhere): a sports story's own fixtures list
# ("Match | Stadium | date") between its paragraphs is read as two teasers and dropped from the body.
def test_a_fixtures_list_in_the_article_is_no_title_publisher_date_teasers() -> None:
    body = [
        "Der 12. Spieltag der Bundesliga bringt gleich zwei Spitzenspiele, in denen sich die Tabelle deutlich verändern könnte.",
        "Bayern München gegen Borussia Dortmund | Allianz Arena | 22. November",
        "Bayer Leverkusen gegen RB Leipzig | BayArena | 23. November",
        "Beide Partien sind ausverkauft. Die Polizei rechnet in München mit einem Großeinsatz.",
    ]
    res = split_text(_page("Sport", "Bundesliga: Die Spiele des Wochenendes", "Von Max Müller", *body))
    assert res.teasers == []
    assert res.body == body


# ------------------------------------------------------------------ 3. short-titled teaser cards closing the article
# _pair_chains "crossheads of <=4 words with their paragraphs closing an article stay body": a headerless list of three
# other stories (short titles, one-sentence summaries) after the last paragraph and before the footer is read as the
# article's crossheads; its cards go to the body and the last card's summary becomes the standfirst.
def test_short_titled_cards_of_other_stories_closing_the_page_are_teasers() -> None:
    cards = [("Dax auf Rekordhoch", "Der deutsche Leitindex hat erstmals die Marke von 20.000 Punkten überschritten."),
             ("Streik bei der Bahn", "Die Lokführergewerkschaft GDL ruft für Freitag zu einem bundesweiten Warnstreik auf."),
             ("Tesla baut Stellen ab", "Im Werk Grünheide sollen bis zu 400 Arbeitsplätze wegfallen.")]
    res = split_text(_page("Wirtschaft", "Inflation sinkt auf 2,0 Prozent", "Von Max Müller", "14. November 2025", *DE_BODY,
                           *(x for c in cards for x in c), "© 2025 Nachrichtenportal GmbH"))
    assert res.standfirst is None
    assert res.body == DE_BODY
    assert _pairs(res) == cards


# ------------------------------------------------------------------ 4. _TITLE_TAIL's any-language time unit
# _TITLE_TAIL's new alternative (a number and any language's time unit after a separator, no "ago" needed): a headline
# ending in a government's "– 100 giorni" / "– 100 dni" / "- 100 días" (its first hundred days) loses that part of the
# title, as if it were the link's "2 hours ago".
@pytest.mark.parametrize("head,lead,line,title,rest", [
    (["Economia", "Inflazione in calo"],
     "L'inflazione in Italia è scesa a ottobre all'1,2 per cento, secondo la stima preliminare diffusa giovedì dall'Istat.",
     "Leggi anche: Il bilancio del governo Meloni – 100 giorni", "Il bilancio del governo Meloni – 100 giorni",
     ["A pesare sono stati soprattutto i prezzi dell'energia.", "Gli economisti si attendono una lieve risalita nei prossimi mesi."]),
    (["Kraj", "Inflacja spada"],
     "Inflacja w Polsce spadła w październiku do 4,2 procent, wynika z szybkiego szacunku opublikowanego w czwartek przez GUS.",
     "Czytaj także: Bilans rządu Donalda Tuska – 100 dni", "Bilans rządu Donalda Tuska – 100 dni",
     ["Najbardziej potaniała energia.", "Ekonomiści spodziewają się dalszego spadku."]),
    (["Economía", "La inflación baja"],
     "La inflación en España bajó en octubre al 1,8 por ciento, según el dato adelantado publicado el jueves por el INE.",
     "Lee también: El balance del Gobierno de Sánchez - 100 días", "El balance del Gobierno de Sánchez - 100 días",
     ["La electricidad fue lo que más bajó.", "Los economistas esperan más bajadas."]),
], ids=["it-100-giorni", "pl-100-dni", "es-100-dias"])
def test_a_duration_closing_a_headline_is_no_time_tail(head, lead, line, title, rest) -> None:
    res = split_text(_page(*head, lead, line, *rest))
    assert _pairs(res) == [(title, "")]
    assert res.body == [lead, *rest]


# ------------------------------------------------------------------ guards (pass on 682221d)
# guard (ticker labels): a labelled ticker link over the labelled headline, byline and lead is the only teaser.
def test_guard_a_ticker_link_over_the_labelled_headline_is_one_teaser() -> None:
    body = [
        "Мэр Москвы подписал указ о введении режима повышенной готовности в связи с сильным снегопадом, который ожидается "
        "в выходные.",
        "Жителей просят по возможности отказаться от поездок на личном транспорте.",
        "Коммунальные службы переведены на усиленный режим работы.",
    ]
    res = split_text(_page("Новости", "Срочно: Госдума приняла закон о налоге на роскошь",
                           "Срочно: в Москве ввели режим повышенной готовности", "Анна Белова", "14 ноября 2025", *body))
    assert _pairs(res) == [("Госдума приняла закон о налоге на роскошь", "")]
    assert res.standfirst is None
    assert res.body == body


# guard (_restates when the lead opens the page): a second paragraph that reuses the lead's words to add a new fact is body.
def test_guard_a_second_paragraph_reusing_the_leads_words_stays_body() -> None:
    body = [
        "Police in Lyon have arrested three men suspected of stealing paintings worth 2 million euros from a private "
        "gallery last month.",
        "The three men suspected of stealing the paintings were already known to police and had been under surveillance "
        "for weeks.",
        "Investigators said the works had been found in a garage and were undamaged.",
        "The gallery owner thanked the police on social media.",
    ]
    res = split_text(_page(*body))
    assert res.standfirst is None
    assert res.body == body


# guard (_PAGER with a word at either end): a lottery story's numbers line, not running 1 2 3, is no pager.
def test_guard_a_line_of_lottery_numbers_is_no_pager() -> None:
    body = [
        "Bei der Ziehung der Lottozahlen am Samstagabend gab es keinen Sechser mit Superzahl, der Jackpot steigt damit auf "
        "12 Millionen Euro.",
        "Gewinnzahlen: 3 11 19 24 38 45",
        "Superzahl: 7",
        "Die nächste Ziehung findet am Mittwoch statt. Annahmeschluss ist um 18 Uhr.",
    ]
    res = split_text(_page("Lotto am Samstag", "Die Gewinnzahlen der Ziehung vom 15. November 2025", *body))
    assert res.teasers == []
    assert res.body == body
