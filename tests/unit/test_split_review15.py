"""Review of 35685e4 (rounds 42-43 rules): counter-examples.

Each test asserts what the labelling rules (/work/shared/eval/README.md) require: body = the article's own
paragraphs (crossheads and quote-only paragraphs included), in page order; standfirst = the deck or a repeat of the
lead; teasers = every block advertising another story, title and summary exactly; everything else boilerplate.

The findings fail on 35685e4 and pass on ac451ad (regressions, named by the rule that brought them). The guards at
the end pass on 35685e4; they pin what the new rules are for (the first and last fail on ac451ad).
"""

from __future__ import annotations

import pytest
from split_helpers import page as _page
from split_helpers import pairs as _pairs

from newswire.split.text import split_text

FLOOD_HEAD = ["Features", "How one village rebuilt after the flood", "By Claire Hughes", "March 3, 2024"]
FLOOD_TOP = [
    "Five years after the river burst its banks, most of the homes in Pooley Bridge have been rebuilt, but the scars "
    "remain.",
    "More than 200 properties were flooded on the night of December 5, 2015, when Storm Desmond dumped a month of rain "
    "in a day.",
    "Many residents still describe a knot in the stomach whenever heavy rain is forecast.",
]
FLOOD_END = [
    "The old stone bridge had stood for more than 250 years and was the only crossing in the village.",
    "When it collapsed, the village was cut in two and children had a 20-mile detour to school.",
    "A temporary footbridge was opened within weeks, paid for by a local fundraising campaign.",
]


# ------------------------------------------------------------------ 1. _glued_card
# _glued_card: a crosshead run into its section's paragraph of two sentences (not a one-sentence summary) between two
# paragraphs is read as a card; the article loses the paragraph.
def test_a_crosshead_glued_to_a_two_sentence_paragraph_stays_body() -> None:
    body = [
        "A federal judge on Tuesday blocked the planned merger of two airlines, siding with the Justice Department.",
        "What the ruling means for travellersFares on routes out of Boston could rise, analysts said. Spirit had "
        "promised to keep them low.",
        "The companies said they were reviewing the decision and had not decided whether to appeal.",
        "Analysts said the ruling could make regulators more willing to challenge other large deals.",
    ]
    res = split_text(_page("Business", "Airline merger blocked by judge", "By Anna Smith", "March 4, 2025", *body))
    assert res.teasers == []
    assert res.body == body


# ------------------------------------------------------------------ 2. _TIMESTAMP "for N units"
# "for" in the "N units ago" alternative: an English short paragraph "For 90 minutes, nothing." (6 words or fewer)
# is a time line now; the article loses it.
def test_a_short_paragraph_opening_for_n_minutes_stays_body() -> None:
    body = [
        "Rovers reached their first cup final in 31 years on Saturday after a stoppage-time header from captain Liam "
        "Boyle.",
        "The first half was scrappy, with neither side managing a shot on target before the break.",
        "For 90 minutes, nothing.",
        "Then Boyle rose highest at the back post to meet a corner from the substitute Aaron Daly.",
        "Rovers will face Shamrock United in the final at the Aviva Stadium on May 19.",
    ]
    res = split_text(_page("Sports", "Late header sends Rovers into the cup final", "By Tom Reilly", "April 21, 2024",
                           *body))
    assert res.body == body


# ------------------------------------------------------------------ 3. _REPORTERS
# _REPORTERS: any "Name Name in Place and Name Name in Place" line is a byline, so a related link about two stars or
# two leaders ("Taylor Swift in London and Ed Sheeran in Ipswich") is dropped from the list.
def test_a_related_link_shaped_like_two_reporters_stays_a_teaser() -> None:
    body = [
        "Fans paid an average of 142 pounds for a stadium concert ticket in Britain this summer, up almost a third on "
        "last year, according to a new industry survey.",
        "The figures, published by the consumer group Which?, cover 40 of the largest concerts held between May and "
        "August.",
        "Promoters blamed higher costs for staging, security and transport, while fan groups accused them of "
        "exploiting demand.",
        "The government has promised to consult on new rules for resale sites later this year.",
    ]
    cards = [("Resale sites face crackdown on bots", ""), ("Taylor Swift in London and Ed Sheeran in Ipswich", ""),
             ("Glastonbury sells out in under an hour", "")]
    res = split_text(_page("Music", "Stadium tours push summer ticket prices to record highs", "By Hannah Cole",
                           "June 3, 2024", *body, "Related", *[t for t, _ in cards]))
    assert res.body == body
    assert _pairs(res) == cards


# ------------------------------------------------------------------ 4. "a. m."/"p. m." endings
# the "p. m." ending of the date-line rule: a short Spanish sentence giving a date and an hour is a date line now;
# the article loses its paragraph.
def test_a_short_spanish_sentence_ending_in_p_m_stays_body() -> None:
    body = [
        "El Servicio Autónomo de Acueductos anunció este lunes un corte programado del suministro de agua en seis "
        "colonias de la capital.",
        "La suspensión se debe a trabajos de reparación en la tubería principal que abastece el sector oriental.",
        "El corte será el 14 de noviembre de 2025, 8 p. m.",
        "Las autoridades recomendaron a los vecinos almacenar agua con anticipación y revisar el estado de sus tanques.",
        "El servicio se restablecerá de forma gradual durante la madrugada siguiente.",
    ]
    res = split_text(_page("Nacionales", "Corte de agua afectará a seis colonias de Tegucigalpa", "Por Ana Martínez",
                           "Tegucigalpa, Honduras", *body))
    assert res.body == body


# ------------------------------------------------------------------ 5. gap rule: links over the article's crosshead
# `cross`/`links` in the body loop: a long section title (or a pull quote) stacked over a short crosshead between
# paragraphs is read as a link over the crosshead; the article loses it to the teasers.
@pytest.mark.parametrize("over", [
    "Part two: the long road back to a normal life",
    "“We lost everything we owned in a single night”",
])
def test_a_section_title_over_a_crosshead_stays_body(over: str) -> None:
    body = [*FLOOD_TOP, over, "A new bridge", *FLOOD_END]
    res = split_text(_page(*FLOOD_HEAD, *body))
    assert res.teasers == []
    assert res.body == body


# ------------------------------------------------------------------ 6. _restates past a crosshead
# _restates now lets a crosshead stand under the rewording: a second paragraph that reuses the lead's words to add
# the ban's exceptions becomes the standfirst, and the crosshead under it is lost from the body too.
def test_a_second_paragraph_over_a_crosshead_is_no_standfirst() -> None:
    body = [
        "The city council voted on Tuesday to ban cars from the historic centre of the town from next spring, ending "
        "a debate that has lasted for more than a decade.",
        "The ban on cars in the historic centre of the town will apply from next spring to all vehicles except buses, "
        "taxis and delivery vans.",
        "Shops fear losing trade",
        "Traders on the High Street said they feared losing customers who drive in from surrounding villages.",
        "The chamber of commerce has asked the council to build a park-and-ride site before the ban begins.",
        "Council leader Margaret Dunn said the scheme would make the centre safer and cleaner for residents and "
        "visitors.",
    ]
    res = split_text(_page("Local", "Council votes to ban cars from historic centre", "By Peter Walsh",
                           "October 8, 2024", *body))
    assert res.standfirst is None
    assert res.body == body


# ------------------------------------------------------------------ guards
# _glued_card (guard): the rule's own case, a one-sentence card glued shut between two paragraphs, is a teaser.
def test_guard_a_glued_card_between_paragraphs_is_a_teaser() -> None:
    card = "How Townsville rebuilt after the 2019 floodFive years on, the city has spent 300 million dollars on levees."
    res = split_text(_page("National", "Cairns braces for record floods", "By Kate Nguyen", "January 14, 2025",
                           *FLOOD_TOP[:2], card, *FLOOD_END))
    assert _pairs(res) == [("How Townsville rebuilt after the 2019 flood",
                            "Five years on, the city has spent 300 million dollars on levees.")]
    assert res.body == [*FLOOD_TOP[:2], *FLOOD_END]


# _REPORTERS (guard): the byline of two reporters between the headline and the lead is neither body nor standfirst.
def test_guard_a_two_reporter_byline_is_boilerplate() -> None:
    body = [
        "STOCKHOLM — Sweden formally joined NATO on Thursday, ending two centuries of military non-alignment.",
        "The accession documents were handed over at a ceremony in Washington attended by Prime Minister Ulf "
        "Kristersson.",
        "In London, officials welcomed the move as a boost for security in the Baltic region.",
    ]
    res = split_text(_page("World", "Sweden joins NATO", "Erik Lindqvist in Stockholm and Sarah Whitcombe in London",
                           "March 7, 2024", *body))
    assert res.standfirst is None
    assert res.body == body


# _TIMESTAMP "for" (guard): the Danish "for 2 timer siden" under a card is its time line, not part of the card.
def test_guard_danish_for_n_timer_siden_is_a_time_line() -> None:
    body = [
        "Regeringen har fremlagt et forslag om at hæve pensionsalderen til 70 år fra 2040.",
        "Forslaget skal forhandles med Folketingets partier i løbet af efteråret.",
        "Fagbevægelsen kalder planen urimelig for mennesker med hårdt fysisk arbejde.",
    ]
    res = split_text(_page("Indland", "Pensionsalderen skal stige til 70 år", "Af Mette Hansen", "3. september 2024",
                           *body, "Læs også", "Ny aftale om efterløn på plads", "for 2 timer siden",
                           "Sådan påvirker reformen din pension", "for 5 timer siden"))
    assert res.body == body
    assert _pairs(res) == [("Ny aftale om efterløn på plads", ""), ("Sådan påvirker reformen din pension", "")]
