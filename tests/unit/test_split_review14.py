"""Review of fb9885e (rounds 39-41 rules, beyond review 13): counter-examples.

Each test asserts what the labelling rules (/work/shared/eval/README.md) require: body = the article's own
paragraphs, in page order; standfirst = the deck or a repeat of the lead; teasers = every block advertising another
story, title and summary exactly; everything else (headline, section labels, headers, bylines, dates, photo captions
and credits) boilerplate.

All findings fail on fb9885e. All but finding 2 pass on 682221d (regressions, named by the rule that brought them);
finding 2 fails there too, differently (the parent kept "Chart: Datawrapper" in the body). The guards at the end pass
on fb9885e; they pin what the new rules are for (the first and last fail on 682221d).
"""

from __future__ import annotations

import pytest
from split_helpers import page as _page
from split_helpers import pairs as _pairs

from newswire.split.text import split_text

DE_BODY = [
    "Bei einem Großbrand in einer Lagerhalle im Hamburger Hafen ist am Dienstagabend ein Schaden in Millionenhöhe "
    "entstanden.",
    "Die Feuerwehr war mit mehr als 120 Einsatzkräften vor Ort.",
    "Verletzt wurde nach ersten Angaben niemand.",
    "Die Brandursache ist noch unklar, die Polizei hat die Ermittlungen aufgenommen.",
]
DE_HEAD = ["Hamburg", "Großbrand im Hafen", "Von Max Müller", "14. November 2025"]
EN_BODY = [
    "WASHINGTON (AP) — The Senate on Tuesday passed a bill that would require social media companies to verify the age "
    "of their users, sending the measure to the House.",
    "The vote was 68 to 31, with members of both parties supporting the bill.",
    "Tech companies have lobbied hard against the measure, arguing it would threaten users' privacy and free speech.",
    "The House is expected to take up the bill early next year.",
]
EN_HEAD = ["Politics", "Senate passes social media age check bill", "By Mary Clare Jalonick", "November 14, 2025"]
FR_BODY = [
    "Le gouvernement a présenté mercredi en Conseil des ministres son projet de loi de finances pour 2026, qui prévoit "
    "40 milliards d'euros d'économies.",
    "Le texte sera examiné à l'Assemblée nationale à partir du 20 octobre.",
    "L'opposition a d'ores et déjà annoncé le dépôt d'une motion de censure.",
]
FR_HEAD = ["Politique", "Budget 2026 : le gouvernement dévoile 40 milliards d'économies", "Par Jean Dupont",
           "Publié le 15 octobre 2025"]


# ------------------------------------------------------------------ 1. caption over its credit: a credit with no caption
# "a line right over its photo credit" loop: a photo shown with only its credit ("Foto: Marcus Brandt") between two
# paragraphs makes the one-sentence paragraph above it a caption; the article loses that paragraph.
def test_a_paragraph_over_a_captionless_photo_credit_stays_body() -> None:
    res = split_text(_page(*DE_HEAD, *DE_BODY[:2], "Foto: Marcus Brandt", *DE_BODY[2:]))
    assert res.standfirst is None
    assert res.body == DE_BODY


# ------------------------------------------------------------------ 2. chart words in _PHOTO + the caption-over-credit loop
# "chart" in _PHOTO makes "Chart: Datawrapper" a credit line, so the caption loop eats the article's paragraph that
# introduces the chart (the credit itself is rightly boilerplate now).
def test_a_paragraph_over_a_chart_credit_stays_body() -> None:
    body = [
        "The number of company insolvencies in England and Wales rose to its highest level since 2009 last quarter, "
        "official figures show.",
        "Construction and hospitality were hit hardest.",
        "Economists expect the numbers to stay high into next year.",
        "The Insolvency Service will publish its next figures in January.",
    ]
    res = split_text(_page("Business", "Insolvencies hit 15-year high", "By Jane Doe", "November 14, 2025", *body[:2],
                           "Chart: Datawrapper", *body[2:]))
    assert res.body == body


# ------------------------------------------------------------------ 3. new prompt_openers
# prompt_openers "sponsored by" / "présenté par" / "in partnership with" (any line of <= 30 words opening with them):
# an article's paragraph opening on a participle phrase ("Sponsored by Senator ..., the bill ...") is dropped.
@pytest.mark.parametrize("head,body,line", [
    (EN_HEAD, EN_BODY, "Sponsored by Republican Senator John Cornyn and Democrat Amy Klobuchar, the bill would also ban "
                       "targeted ads to minors."),
    (EN_HEAD, EN_BODY, "In partnership with the Red Cross, the city opened three emergency shelters for families who "
                       "lost their homes."),
    (FR_HEAD, FR_BODY, "Présenté par le ministre de l'Économie, le texte prévoit aussi un gel du barème de l'impôt sur le "
                       "revenu."),
], ids=["sponsored-by", "in-partnership-with", "presente-par"])
def test_a_paragraph_opening_on_sponsored_or_presented_by_stays_body(head, body, line) -> None:
    want = [body[0], line, *body[1:]]
    res = split_text(_page(*head, *want))
    assert res.body == want


# ------------------------------------------------------------------ 4. _OFFER
# _OFFER (a period "for" a price in a line of <= 14 words): a court story's short paragraph on a sentence
# ("jailed for 6 months for £40 of groceries", "8 mesi per 300 euro") reads as a subscription offer and is dropped.
@pytest.mark.parametrize("head,body,line", [
    (["UK", "Serial shoplifter jailed", "By Tom Wright", "14 November 2025"],
     ["A 34-year-old man has been jailed after stealing groceries from the same supermarket in Leeds on eleven "
      "occasions, a court heard.",
      "Magistrates heard that he had taken items worth more than £400 in total between March and June.",
      "The judge said the sentence had to deter others."],
     "He was jailed for 6 months for £40 of groceries."),
    (["Cronaca", "Furti al supermercato, condannato", "di Marco Rossi", "14 novembre 2025"],
     ["Un uomo di 45 anni è stato condannato dal tribunale di Milano per una serie di furti in un supermercato della "
      "periferia.",
      "Secondo l'accusa, l'uomo aveva sottratto merce per un valore complessivo di circa 300 euro.",
      "Il suo avvocato ha annunciato ricorso in appello."],
     "Il giudice gli ha inflitto 8 mesi per 300 euro di merce rubata."),
], ids=["en-6-months-for-40", "it-8-mesi-per-300-euro"])
def test_a_sentence_for_a_sum_is_no_subscription_offer(head, body, line) -> None:
    want = [body[0], line, *body[1:]]
    res = split_text(_page(*head, *want))
    assert res.body == want


# ------------------------------------------------------------------ 5. _RANK_ROW
# _RANK_ROW (three "1. x" entries after ":", ";" or "·"): an article's paragraph enumerating demands
# ("three demands: 1. higher wages; 2. ...; 3. ...") is taken for a table row and dropped.
def test_an_enumerating_paragraph_is_no_ranking_row() -> None:
    body = [EN_BODY[0], "The union has three demands: 1. higher wages; 2. shorter hours; 3. better pensions for retired "
                        "workers.", *EN_BODY[1:]]
    res = split_text(_page(*EN_HEAD, *body))
    assert res.body == body


# ------------------------------------------------------------------ 6. _CONTACT_OPENERS
# contact line (opens with "kontakt" / "email " and holds an address): a phishing story's paragraph quoting the
# fraudsters' address ("Kontaktiert wurden die Opfer über ...@...", "Email addresses such as ...@...") is dropped.
@pytest.mark.parametrize("head,body", [
    (["Bayern", "Polizei warnt vor Phishing-Mails", "Von Max Müller", "14. November 2025"],
     ["Die bayerische Polizei warnt vor einer neuen Welle von Phishing-Mails, die angeblich von Sparkassen stammen und "
      "Kunden auffordern, ihre Daten zu bestätigen.",
      "Kontaktiert wurden die Opfer über die Adresse kundenservice@sparkasse-sicherheit.de, warnt das Landeskriminalamt.",
      "Wer bereits Daten eingegeben hat, sollte umgehend seine Bank informieren."]),
    (["Tech", "Fake invoice scam targets small firms", "By Jane Doe", "November 14, 2025"],
     ["Security researchers have warned of a wave of fake invoices sent to small businesses in the name of well-known "
      "software companies.",
      "Email addresses such as billing@micros0ft-support.com were used to make the messages look genuine.",
      "Anyone who received such a message should not click on its links, the researchers said."]),
], ids=["de-kontaktiert", "en-email-addresses"])
def test_a_paragraph_quoting_an_email_address_is_no_contact_line(head, body) -> None:
    res = split_text(_page(*head, *body))
    assert res.body == body


# ------------------------------------------------------------------ 7. load_more "voir le" / "voir la"
# load_more prefixes "voir le " / "voir la " (any line of <= 6 words opening with them): a French teaser titled
# "Voir le Mont-Saint-Michel autrement" / "Voir la mer avant de mourir" is a load-more link; the list is lost
# (cards: its summary and the next card go to the body; titles: every title of the list is dropped).
def test_a_teaser_card_titled_voir_le_is_no_load_more_link() -> None:
    cards = [("Voir le Mont-Saint-Michel autrement", "Une traversée de la baie à pied, avec un guide, à marée basse."),
             ("Étretat, la falaise et la foule", "Les habitants réclament des quotas face à l'afflux de visiteurs.")]
    res = split_text(_page(*FR_HEAD, *FR_BODY, "À lire aussi", *(x for c in cards for x in c)))
    assert res.body == FR_BODY
    assert _pairs(res) == cards


def test_a_teaser_title_voir_la_mer_is_no_load_more_link() -> None:
    titles = ["Voir la mer avant de mourir", "Étretat, la falaise et la foule", "Les Normands et leurs vaches"]
    res = split_text(_page(*FR_HEAD, *FR_BODY, "À lire aussi", *titles))
    assert res.body == FR_BODY
    assert _pairs(res) == [(t, "") for t in titles]


# ------------------------------------------------------------------ 8. time unit "t"
# time_units "t" (Finnish "2 t sitten"): "10 T-Shirts im Test" now matches _TIMESTAMP ("10 T" and a short rest), so a
# listicle teaser title is a time line and drops out of the list.
def test_a_t_shirt_listicle_title_is_no_time_line() -> None:
    titles = ["10 T-Shirts im Test", "Die besten Jeans für den Herbst", "Sneaker aus Recyclingmaterial"]
    res = split_text(_page("Mode", "Nachhaltige Mode boomt", "Von Max Müller", "14. November 2025", *DE_BODY,
                           "Mehr zum Thema", *titles))
    assert res.body == DE_BODY
    assert _pairs(res) == [(t, "") for t in titles]


# ------------------------------------------------------------------ 9. new section header "tendances"
# section_headers "tendances": an article's own crosshead "Tendances" between paragraphs is a list header and
# dropped from the body.
def test_a_crosshead_tendances_inside_the_article_stays_body() -> None:
    body = [
        "Le marché de l'occasion continue de progresser en France, porté par les plateformes en ligne et la hausse des "
        "prix du neuf.",
        "Selon une étude publiée jeudi, un Français sur deux a acheté un vêtement de seconde main cette année.",
        "Tendances",
        "Les vêtements de sport et les sacs de luxe sont les plus recherchés, tandis que les meubles anciens reviennent "
        "en force chez les jeunes acheteurs.",
        "Les professionnels s'attendent à une nouvelle hausse des ventes à l'approche des fêtes.",
    ]
    res = split_text(_page("Économie", "La seconde main séduit un Français sur deux", "Par Jean Dupont",
                           "15 octobre 2025", *body))
    assert res.body == body


# ------------------------------------------------------------------ 10. show-all links
# _SHOW_ALL_HEADS/TAILS ("tutte" ... "vedere", <= 4 words): an Italian article's crosshead "Tutte da vedere" ("all
# worth seeing") is a "show all" link and dropped from the body.
def test_a_crosshead_tutte_da_vedere_is_no_show_all_link() -> None:
    body = [
        "Milano si prepara a un autunno ricco di mostre, con oltre venti esposizioni in programma tra ottobre e gennaio "
        "nei principali musei della città.",
        "Il Palazzo Reale ospiterà una grande retrospettiva dedicata a Caravaggio, con prestiti da musei di tutto il mondo.",
        "Tutte da vedere",
        "Alla Pinacoteca di Brera arriva invece una mostra sui paesaggi dell'Ottocento lombardo, mentre la Triennale "
        "dedica una sala al design degli anni Sessanta.",
        "I biglietti sono già in vendita sui siti dei musei.",
    ]
    res = split_text(_page("Cultura", "Milano, le mostre dell'autunno", "di Marco Rossi", "14 novembre 2025", *body))
    assert res.body == body


# ------------------------------------------------------------------ 11. ranked zone ending between paragraphs
# ranked_zone without "not mid_body": a "Most read" list between paragraphs whose ranked titles each carry their
# outlet's name ("Politico", "The Hill") ends at the first outlet line; the third card ("3. ...") is lost.
def test_a_ranked_list_with_source_lines_between_paragraphs_keeps_every_card() -> None:
    res = split_text(_page(*EN_HEAD, *EN_BODY[:2], "Most read",
                           "1. House Speaker says vote could come in January", "Politico",
                           "2. Tech giants step up lobbying in Washington", "The Hill",
                           "3. Parents rally outside the Capitol", "Axios", *EN_BODY[2:]))
    assert _pairs(res) == [("House Speaker says vote could come in January", ""),
                           ("Tech giants step up lobbying in Washington", ""),
                           ("Parents rally outside the Capitol", "")]


# ------------------------------------------------------------------ guards (pass on fb9885e)
# guard (caption over its credit): a caption right over its name-only credit between paragraphs is boilerplate.
@pytest.mark.xfail(strict=True, reason="under a paragraph, a one-sentence caption over its credit has the shape of a "
                   "one-sentence paragraph over a photo shown with its credit alone (finding 1): the paragraph is kept")
def test_guard_a_caption_over_its_credit_is_no_paragraph() -> None:
    res = split_text(_page(*DE_HEAD, *DE_BODY[:2], "Löschboote im Einsatz am Burchardkai am Dienstagabend.",
                           "Foto: Marcus Brandt", *DE_BODY[2:]))
    assert res.body == DE_BODY


# guard (caption over its credit): a teaser card's summary over the card's photo credit stays the card's summary.
def test_guard_a_card_summary_over_its_photo_credit_stays_the_summary() -> None:
    cards = [("Hafenbahn wird ausgebaut", "Der Senat investiert 200 Millionen Euro in neue Gleise am Hafen."),
             ("Neuer Chef für die Elbphilharmonie", "Der bisherige Intendant wechselt im Sommer nach Wien.")]
    res = split_text(_page(*DE_HEAD, *DE_BODY, "Mehr aus Hamburg", *cards[0], "Foto: dpa", *cards[1],
                           "Foto: Christian Charisius"))
    assert res.body == DE_BODY
    assert _pairs(res) == cards


# guard (_OFFER, _CONTACT_OPENERS): a subscription offer and the author's contact line closing the article are
# boilerplate.
def test_guard_an_offer_and_a_contact_line_are_boilerplate() -> None:
    res = split_text(_page(*EN_HEAD, *EN_BODY, "Contact Megan Albright at malbright@example.com or follow her on X.",
                           "Digital subscription: 4 weeks for $1"))
    assert res.body == EN_BODY
    assert res.teasers == []
