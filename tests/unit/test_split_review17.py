"""Review of 8ff7fac (rounds 46-47 rules): counter-examples.

Each test asserts what the labelling rules (/work/shared/eval/README.md) require: body = the article's own
paragraphs (crossheads included), in page order; standfirst = the deck or a repeat of the lead; teasers = every
block advertising another story, title and summary exactly; everything else boilerplate.

The findings fail on 8ff7fac; 2-4 pass on 305672f (regressions), 1 fails there too (read as a teaser). The guards
at the end pass on 8ff7fac; they pin what the new rules are for (the first two fail on 305672f).
"""

from __future__ import annotations

import pytest
from split_helpers import page as _page
from split_helpers import pairs as _pairs

from newswire.split.text import split_text

# ------------------------------------------------------------------ 1. _LABEL_CREDIT: a source note on a paragraph
# "... . (Label: Two Names)" as a caption credit: a paragraph of the article that ends with its figures' source
# ("(Quelle: Statistisches Bundesamt)", "(Fuente: Seguridad Social)") is dropped, and the lead above it becomes
# the standfirst (305672f read the paragraph as a teaser instead).
DE_HEAD = ("Wirtschaft", "Inflation sinkt im März überraschend deutlich", "Von Jonas Keller", "1. April 2025")
DE_BODY = [
    "Die Teuerung in Deutschland hat sich im März stärker abgeschwächt als von Ökonomen erwartet.",
    "Die Verbraucherpreise lagen im März um 2,2 Prozent über dem Niveau des Vorjahresmonats. "
    "(Quelle: Statistisches Bundesamt)",
    "Vor allem Energie war billiger als vor einem Jahr, während Dienstleistungen weiter deutlich teurer wurden.",
    "Die Europäische Zentralbank dürfte damit im Juni erneut die Zinsen senken, erwarten die meisten Analysten.",
]
ES_HEAD = ("Economía", "El paro baja en marzo por el tirón de la hostelería", "Por Lucía Fernández",
           "2 de abril de 2025")
ES_BODY = [
    "El número de parados registrados en las oficinas de empleo bajó en marzo en 13.311 personas respecto al mes "
    "anterior.",
    "La cifra total de desempleados se sitúa así en 2,58 millones, la más baja desde 2008. (Fuente: Seguridad Social)",
    "La hostelería concentró buena parte de las nuevas contrataciones ante la llegada de la Semana Santa.",
    "Los sindicatos advierten, sin embargo, de que la temporalidad sigue siendo muy elevada entre los jóvenes.",
]


@pytest.mark.parametrize(("head", "body"), [(DE_HEAD, DE_BODY), (ES_HEAD, ES_BODY)])
def test_a_paragraph_with_its_source_in_parentheses_stays_body(head: tuple[str, ...], body: list[str]) -> None:
    res = split_text(_page(*head, *body))
    assert res.body == body
    assert res.standfirst is None
    assert _pairs(res) == []


# ------------------------------------------------------------------ 2. _PLAYER + _DURATION_TAIL: "Play ..." lines
# "play" as a player word before a "(10:58)" tail: a live blog's timed entry ("Play delayed by rain (10:58)") and a
# sports crosshead with its kick-off time ("Play-off final (Saturday 15:00)") are dropped as a player's link.
@pytest.mark.parametrize(("head", "body"), [
    (("Cricket", "England v India, third Test, day two: live", "By Tom Ellis", "11 July 2025"),
     ["India resumed on 145 for three, still trailing by 242 runs, on a grey morning at Lord's.",
      "Play delayed by rain (10:58)",
      "The covers are coming off and the umpires have announced an 11.30am start, with one over lost.",
      "Root, who made 104 yesterday, took the catch at second slip to remove Pant for 74."]),
    (("Football", "Sunderland and Sheffield United set for Wembley showdown", "By Mark Hale", "20 May 2025"),
     ["Sunderland and Sheffield United will meet in the Championship play-off final on Saturday after two tense "
      "semi-finals.",
      "Play-off final (Saturday 15:00)",
      "The winners will earn a place in the Premier League and an estimated £200m in extra revenue over the next "
      "three years.",
      "Sheffield United finished ten points ahead of Sunderland in the table but lost both league meetings.",
      "Tickets for both clubs' allocations sold out within hours, the EFL said on Tuesday."]),
])
def test_a_play_line_with_a_time_stays_body(head: tuple[str, ...], body: list[str]) -> None:
    res = split_text(_page(*head, *body))
    assert res.body == body


# ------------------------------------------------------------------ 3. source triple in the zone's pair test
# "Title | Publisher | time" never pairs with the next line: in a card list where each triple has its summary on
# the line under it, the first card loses its summary, which falls into the body.
FR_BODY = [
    "Le Sénat a adopté mardi soir, par 210 voix contre 110, la réforme des retraites des agriculteurs voulue par le "
    "gouvernement.",
    "Le texte prévoit de calculer les pensions sur les 25 meilleures années, comme pour les salariés du privé.",
    "Les syndicats agricoles saluent une avancée mais réclament une application dès l'an prochain.",
]
FR_CARDS = [
    ("Grève des contrôleurs aériens : des centaines de vols annulés",
     "La DGAC demande aux compagnies de réduire leurs programmes de vols à Paris et Marseille."),
    ("Inondations dans l'Ouest : trois départements en vigilance rouge",
     "Les crues de la Vilaine et de la Mayenne devraient atteindre leur pic jeudi."),
    ("Budget 2026 : le gouvernement prépare de nouvelles économies",
     "Bercy cherche 40 milliards d'euros pour tenir son objectif de déficit."),
]


def test_source_triple_cards_keep_the_summary_under_them() -> None:
    sources = ["Le Parisien | il y a 2 h", "Ouest-France | il y a 3 h", "Les Echos | il y a 5 h"]
    cards = [x for (t, s), src in zip(FR_CARDS, sources, strict=True) for x in (f"{t} | {src}", s)]
    res = split_text(_page("Politique", "Le Sénat adopte la réforme des retraites agricoles", "Par Julie Martin",
                           "4 février 2025", *FR_BODY, "À lire aussi", *cards))
    assert res.body == FR_BODY
    assert _pairs(res) == FR_CARDS


# ------------------------------------------------------------------ 4. _deck_with_full_stop: up to 24 words
# a "headline" of up to 24 words over the deck: a 23-word photo caption (no full stop) between the byline and a
# one-sentence lead now passes for the headline, and the lead is taken as the standfirst.
def test_a_long_caption_over_a_short_lead_makes_no_deck() -> None:
    body = [
        "At least 38 people were killed when a strong earthquake struck southern Turkey overnight, officials said.",
        "The magnitude 6.4 quake hit shortly after 3am local time, waking residents across Adana, Osmaniye and Hatay "
        "provinces, and was felt as far away as Cyprus and northern Syria.",
        "Turkey's disaster agency AFAD said more than 600 people had been injured and that search teams were still "
        "working at 40 collapsed buildings.",
        "President Recep Tayyip Erdogan said the government would provide emergency housing for all those who had "
        "lost their homes.",
    ]
    res = split_text(_page(
        "World", "Earthquake kills dozens in southern Turkey", "By Selin Kaya", "4 February 2025",
        "Rescue workers search the rubble of a collapsed apartment block in the southern city of Adana on Tuesday "
        "morning after the overnight earthquake",
        *body))
    assert res.standfirst is None
    assert res.body == body


# ------------------------------------------------------------------ guards (pass on 8ff7fac)
# guard, _PLAYER + _DURATION_TAIL: the player's link with its duration under an interview is no paragraph.
def test_guard_a_listen_link_with_its_duration_is_boilerplate() -> None:
    body = [
        "The former central bank governor said the government had waited too long to act on rising energy prices.",
        "He told the programme that households would feel the effects of higher bills well into next year.",
        "The Treasury said it was confident its support package would reach those most in need.",
    ]
    res = split_text(_page("Business", "Former governor warns on energy bills", "By Kate Morris", "3 March 2025",
                           body[0], "Listen to the full interview (11:42)", *body[1:]))
    assert res.body == body


# guard, source triples: "Title | Publisher | time" lines are title-only cards, the publisher no summary.
def test_guard_source_triples_are_title_only_cards() -> None:
    sources = ["Le Dauphiné | il y a 2 h", "Ouest-France | il y a 3 h", "Les Echos | il y a 5 h"]
    triples = [f"{t} | {src}" for (t, _), src in zip(FR_CARDS, sources, strict=True)]
    res = split_text(_page("Politique", "Le Sénat adopte la réforme des retraites agricoles", "Par Julie Martin",
                           "4 février 2025", *FR_BODY, "À lire aussi", *triples))
    assert res.body == FR_BODY
    assert _pairs(res) == [(t, "") for t, _ in FR_CARDS]


# guard, _LABEL_CREDIT: a photo caption credited in parentheses is no paragraph.
def test_guard_a_caption_with_its_credit_in_parentheses_is_boilerplate() -> None:
    body = [
        "Farmers along the Murray River say they are bracing for the worst irrigation season in more than a decade.",
        "The Murray-Darling Basin Authority has cut water allocations for the second year in a row.",
        "Irrigators say many smaller farms will not survive another dry winter without government help.",
    ]
    res = split_text(_page("Rural", "Murray irrigators brace for dry season", "By Sarah Blake", "12 May 2025",
                           "Water levels at Lake Hume have fallen sharply since January. (RN: Tom Whitfield)", *body))
    assert res.body == body
    assert res.standfirst is None
