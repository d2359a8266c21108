"""Review of ea08719 and 737352c (rounds 30-31 rules, diffed against aec04d9): counter-examples.

Each test asserts what the labelling rules (/work/shared/eval/README.md) require: body = the article's own
paragraphs, in page order (crossheads and quote paragraphs included); standfirst = the deck or a repeat of the lead;
teasers = every block advertising another story, title and summary exactly; everything else (headline, time lines,
ad slots, headers, pagers) boilerplate.

All 12 findings fail on HEAD (ea08719). Those marked "regression" (1-7, 9, 11) pass on aec04d9: the new rule broke
them; 10 is a partial regression (aec04d9 kept two of its three cards); 8 is "under-broad" (fails on aec04d9 too, a
case the new index rule is meant to cover); 12 is "pre-existing", from _restates/_paraphrase_after_lead (ea4035b),
which the review brief asked about as well. The four guards at the end pass on HEAD (the second one fails on
aec04d9: it is what the index rule was added for).
"""

from __future__ import annotations

import pytest
from split_helpers import flat as _flat
from split_helpers import page as _page
from split_helpers import pairs as _pairs

from newswire.split.text import split_text

BANK_CARDS = [
    ("Inflation falls to lowest level in three years", "Lower petrol prices drove the fall, the ONS said."),
    ("Mortgage rates drop as lenders cut deals", "The average two-year fix fell below 5% for the first time since June."),
    ("Pound slips against the dollar", "Sterling fell as traders bet on earlier cuts."),
]


# ------------------------------------------------------------------ 1. index rule (_article_evidence): live blog
# regression: a live blog's entries are one or two sentences under a clock time each. No entry has 25 words and the
# time lines stand between them, so "two full paragraphs in a row" never holds; with a "More on this story" list
# (3 teasers) the whole blog is emptied as an index page's leftovers.
def test_a_live_blog_of_short_timed_entries_over_a_related_list_keeps_its_body() -> None:
    entries = [
        ("10:42", "The Met Office says the strongest gust overnight was 104mph, measured at the Needles on the Isle of Wight."),
        ("10:15", "Great Western Railway has told passengers not to travel west of Exeter until at least the afternoon."),
        ("09:50", "More than 200 schools in Devon and Cornwall are closed today because of the risk from falling trees."),
        ("09:20", "About 150,000 homes are without power, according to the Energy Networks Association."),
    ]
    cards = [
        ("Storm Ciaran: what is an amber weather warning?", "Forecasters explain what the different colours mean for you."),
        ("Why are storms given names?", "The Met Office started naming storms in 2015 to raise awareness."),
        ("How to prepare your home for high winds", "Simple steps can stop fences and bins from causing damage."),
    ]
    res = split_text(_page("Home | News | UK", "Storm Ciaran live: power cuts and travel chaos across the south",
                           *_flat(entries), "More on this story", *_flat(cards)))
    assert res.body == [e[1] for e in entries]
    assert _pairs(res) == cards


# ------------------------------------------------------------------ 2. index rule: ad slots between paragraphs
# regression: a three-paragraph wire story (each paragraph under 25 words) with an "Advertisement" / "Anzeige" slot
# after each paragraph: the slots break "two paragraphs in a row", and a related list of three cards empties the body.
@pytest.mark.parametrize("head,paras,ad,header,cards", [
    (["World", "Magnitude 6.1 earthquake strikes off northern Japan", "By Hiroshi Tanaka", "14 November 2025"], [
        "A magnitude 6.1 earthquake struck off the coast of northern Japan on Friday morning, the Japan Meteorological Agency said.",
        "No tsunami warning was issued, and there were no immediate reports of damage or injuries in the region.",
        "The quake hit at a depth of about 50 kilometres off Aomori prefecture shortly after 9 a.m. local time.",
    ], "Advertisement", "Related", [
        ("Japan marks 14 years since the Fukushima disaster", "Survivors gathered in towns along the coast to remember the dead."),
        ("How Japan builds skyscrapers that survive earthquakes", "Engineers use dampers and flexible frames to absorb the shaking."),
        ("Tsunami warning lifted for Pacific islands", "Authorities said the waves were smaller than feared."),
    ]),
    (["Wirtschaft", "Niedrigwasser legt Rheinschifffahrt lahm", "Von Anna Schmidt", "14. November 2025"], [
        "Der Wasserstand des Rheins ist am Montag am Pegel Kaub auf 78 Zentimeter gefallen, den niedrigsten Stand seit 2022.",
        "Reedereien verlangen deshalb seit Tagen Kleinwasserzuschläge, die die Frachtkosten für Kohle und Heizöl erhöhen.",
        "Der Wetterdienst rechnet frühestens zum Ende der kommenden Woche mit nennenswerten Niederschlägen.",
    ], "Anzeige", "Mehr zum Thema", [
        ("Binnenschiffer fordern Ausbau des Mittelrheins", "Die Vertiefung der Fahrrinne verzögert sich um Jahre."),
        ("BASF drosselt Produktion in Ludwigshafen", "Der Chemiekonzern bekommt weniger Rohstoffe über den Rhein."),
        ("Heizölpreise steigen im Süden", "Händler geben die höheren Frachtkosten an die Kunden weiter."),
    ]),
], ids=["en-advertisement", "de-anzeige"])
def test_a_short_wire_story_with_ad_slots_between_its_paragraphs_keeps_its_body(head, paras, ad, header, cards) -> None:
    res = split_text(_page(*head, paras[0], ad, paras[1], ad, paras[2], header, *_flat(cards)))
    assert res.body == paras
    assert _pairs(res) == cards


# ------------------------------------------------------------------ 3. index rule: inline "Lire aussi" teasers
# regression: French sites set a "Lire aussi : ..." link after every paragraph of a short AFP dispatch. The three
# inline teasers are the "3+ teasers", they also keep the paragraphs apart, and the four-paragraph article is emptied.
def test_a_short_dispatch_interleaved_with_lire_aussi_links_keeps_its_body() -> None:
    paras = [
        "Un séisme de magnitude 5,8 a frappé jeudi soir la région d'Al Haouz, au sud de Marrakech, faisant au moins 12 morts.",
        "Les secours ont été déployés dans plusieurs villages de montagne, où de nombreuses maisons en pisé se sont effondrées.",
        "Le roi Mohammed VI a ordonné la mise en place d'une cellule de crise, selon l'agence officielle MAP.",
        "La région avait déjà été frappée en septembre 2023 par un séisme qui avait fait près de 3 000 morts.",
    ]
    links = ["Au Maroc, un an après le séisme, la reconstruction avance lentement",
             "Comment le Maroc se prépare aux tremblements de terre",
             "Les dons affluent du monde entier après la catastrophe"]
    res = split_text(_page("International", "Nouveau tremblement de terre meurtrier dans le Haut Atlas", "Le Monde avec AFP",
                           "Publié le 14 novembre 2025 à 09h12",
                           paras[0], f"Lire aussi : {links[0]}", paras[1], f"Lire aussi : {links[1]}",
                           paras[2], f"Lire aussi : {links[2]}", paras[3]))
    assert res.body == paras
    assert _pairs(res) == [(t, "") for t in links]


# ------------------------------------------------------------------ 4. index rule: short paragraphs (tabloid, brief)
# regression: tabloid copy alternates one-sentence paragraphs with short quotes, and a breaking brief is a lead plus
# "Police have appealed for witnesses.": no paragraph of 25 words and never two of 12+ words in a row, so a "Most
# read" / related list of three cards empties the article.
@pytest.mark.parametrize("head,paras", [
    (["News", "'I screamed the house down': snake catcher called to family bathroom", "By Kate Smith", "14 November 2025"], [
        "A MUM has told of her horror after finding a two-metre python curled up in her toilet.",
        "\u201cI screamed the house down,\u201d she said.",
        "Sarah Jones, 34, spotted the snake when she went to the bathroom at 2am on Tuesday.",
        "\u201cI thought I was dreaming.\u201d",
        "A snake catcher removed the reptile and released it into bushland the next morning.",
    ]),
    (["UK", "Ram raiders rip cash point from Lincolnshire shop wall", "By Tom Hughes", "14 November 2025"], [
        "Two men have been arrested after a cash machine was ripped from the wall of a village shop near Louth on Thursday.",
        "Police have appealed for witnesses.",
    ]),
], ids=["tabloid-quotes", "two-paragraph-brief"])
def test_an_article_of_short_paragraphs_over_a_card_list_keeps_its_body(head, paras) -> None:
    cards = [("Man wins lottery twice in the same week", "The builder from Leeds said he would buy his mum a house."),
             ("Dog walks 200 miles to find its owner", "The collie turned up on the doorstep three weeks after going missing."),
             ("Couple marry in supermarket where they met", "Staff decorated the bakery aisle for the ceremony.")]
    res = split_text(_page(*head, *paras, "Most read", *_flat(cards)))
    assert res.body == paras
    assert _pairs(res) == cards


# ------------------------------------------------------------------ 5. index rule: a Q&A explainer
# regression: an explainer answers question crossheads in one sentence each; the crossheads stand between the
# answers, so no two paragraphs are "in a row" and the whole explainer is emptied by the related list under it.
def test_a_question_and_answer_explainer_over_a_related_list_keeps_its_body() -> None:
    body = [
        "A new strain of bird flu has been found at a poultry farm in Norfolk, the government said on Thursday.",
        "What is bird flu?",
        "It is a disease that spreads among wild birds and can infect chickens, ducks and other poultry.",
        "Can people catch it?",
        "Cases in humans are very rare and usually follow close contact with infected birds, experts say.",
        "What happens next?",
        "All birds on the farm will be culled and a 3km protection zone has been set up around it.",
    ]
    cards = [("Bird flu found in wild swans on the Thames", "Dead birds should not be touched, the council said."),
             ("Poultry keepers told to keep flocks indoors", "The housing order will apply across England from Monday."),
             ("Egg prices rise as bird flu hits supply", "Supermarkets say shelves may be emptier than usual.")]
    res = split_text(_page("Health", "Bird flu: what you need to know", "By Sarah Khan", "14 November 2025", *body,
                           "More on this story", *_flat(cards)))
    assert res.body == body
    assert _pairs(res) == cards


# ------------------------------------------------------------------ 6. index rule (_under_headline): question headline
# regression: a one-sentence brief keeps its body only when "a headline stands over it", and _under_headline rejects
# any headline ending in terminal punctuation: a question ("Will the Bank ... in December?") or an exclamation
# headline, so the brief is emptied.
@pytest.mark.parametrize("headline", ["Will the Bank of England cut rates in December?",
                                      "Rate cut now almost certain, say markets!"], ids=["question", "exclamation"])
def test_a_one_sentence_brief_under_a_question_or_exclamation_headline_keeps_its_body(headline: str) -> None:
    brief = ("Markets now see a two-in-three chance of a cut at the Bank's final meeting of the year, after inflation "
             "fell to 3.1%.")
    res = split_text(_page("Economy", headline, "By Tom Hughes", "14 November 2025", brief, "Related stories",
                           *_flat(BANK_CARDS)))
    assert res.body == [brief]
    assert _pairs(res) == BANK_CARDS


# ------------------------------------------------------------------ 7. index rule (_under_headline): brief with a deck
# regression: when the brief has a deck, the line over it is the standfirst (role "standfirst"), which _under_headline
# does not look past: "no headline over it", and the one-sentence brief is emptied.
def test_a_one_sentence_brief_under_a_headline_and_its_deck_keeps_its_body() -> None:
    deck = "The decision was closer than expected, with four of the nine policymakers voting for a cut."
    brief = ("The Bank of England kept its main interest rate at 4% on Thursday after a five-to-four vote, the narrowest "
             "split since 2023.")
    res = split_text(_page("Economy", "Bank of England holds interest rates at 4%", deck, "By Tom Hughes",
                           "14 November 2025", brief, "Related stories", *_flat(BANK_CARDS)))
    assert res.standfirst == deck
    assert res.body == [brief]
    assert _pairs(res) == BANK_CARDS


# ------------------------------------------------------------------ 8. index rule: a blog's tagline (under-broad)
# under-broad: the rule is meant to drop "a section blurb" on an index page, but a blog's front page sets its tagline
# right under the blog's name, which passes for "a headline over a one-sentence brief": the tagline stays body
# although the page says what it is ("Showing 1-6 of 214 posts", "← Older posts", a pager).
def test_a_blog_tagline_under_the_blog_name_on_its_index_page_is_no_body() -> None:
    cards = [
        ("Why I finally gave up on growing celery",
         "Three summers of stringy stalks taught me that some crops are not worth the water."),
        ("The best garlic varieties for a cold, wet plot",
         "I planted six kinds last October and two of them came through the winter unscathed."),
        ("A beginner's guide to saving tomato seeds",
         "It takes a jam jar, a week of patience and a strong stomach for the smell."),
    ]
    res = split_text(_page("The Allotment Diaries",
                           "Notes from a small plot in Sheffield, written between the weeding and the watering.",
                           "Showing 1-6 of 214 posts", *_flat(cards), "\u2190 Older posts", "\u00ab 1 2 3 \u2026 36 \u00bb"))
    assert res.body == []
    assert _pairs(res) == cards


# ------------------------------------------------------------------ 9. _find_repeat: headline-over-deck branch
# regression: the new branch reads "a title-like line right over a line sharing its words" as headline over deck and
# returns the lower line when meta follows it. A deck with no full stop (common in Spanish, Italian, German) is
# title-like too; over the lead and an ad slot ("Publicidad" is a FILLER, i.e. "meta"), the LEAD becomes the
# standfirst and leaves the body. aec04d9 returned the deck.
def test_a_deck_without_full_stop_over_the_lead_and_an_ad_slot_is_the_standfirst() -> None:
    deck = ("El Consejo de Ministros aprueba la subida del salario mínimo a 1.184 euros al mes, que beneficiará a "
            "2,5 millones de trabajadores")
    body = [
        "El Consejo de Ministros ha aprobado este martes la subida del salario mínimo interprofesional a 1.184 euros al "
        "mes en 14 pagas, una medida que beneficiará a 2,5 millones de trabajadores, según el Ministerio de Trabajo.",
        "La patronal CEOE se ha desmarcado del acuerdo, que sí han firmado los sindicatos CCOO y UGT tras varias semanas "
        "de negociación.",
        "La ministra de Trabajo, Yolanda Díaz, ha defendido que la medida reducirá la brecha salarial entre hombres y mujeres.",
    ]
    res = split_text(_page("Economía", "Luz verde al nuevo salario mínimo", deck, body[0], "Publicidad", *body[1:]))
    assert res.standfirst == deck
    assert res.body == body


# ------------------------------------------------------------------ 10. _pair_chains: _prose_after crosshead skip
# regression (partial): a headerless card list after the article ends with a card whose title has two words ("Heathrow
# explained"); it is too short for a pair, so the run stops there, and the new skip reads that title as "a short
# crosshead over the next paragraph" (its summary): the run is thrown away as crossheads and every card falls into
# the body. aec04d9 kept the first two cards.
def test_a_headerless_card_list_closing_on_a_two_word_title_is_not_read_as_crossheads() -> None:
    body = [
        "The central bank raised its main interest rate by a quarter of a percentage point on Thursday, the first "
        "increase in two years, citing stubborn inflation.",
        "The governor said further rises could not be ruled out if wage growth stayed strong over the winter months.",
        "Economists had expected the move after figures last week showed prices rising at their fastest pace since the spring.",
    ]
    cards = [
        ("Supermarket chain to close 40 stores", "The retailer blamed rising rents and falling footfall for the closures."),
        ("Carmaker recalls 100,000 electric vehicles", "A software fault can cause the brakes to fail in cold weather."),
        ("Heathrow explained", "Why the airport's third runway has taken more than twenty years to get off the ground, "
                               "and what happens next."),
    ]
    res = split_text(_page("Business", "Central bank raises rates for the first time in two years", "By Rachel Okafor",
                           "3 October 2024", *body, *_flat(cards)))
    assert res.body == body
    assert _pairs(res) == cards


# ------------------------------------------------------------------ 11. time_words "i dag" / "i morgen"
# regression: "i dag" and "i morgen" joined time_words, and _TIMESTAMP takes a time word followed by ANY 40
# characters; a short Norwegian/Danish/Swedish headline opening "I morgen ..." / "I dag ..." ("tomorrow", "today")
# becomes a FILLER time line: the card is lost and the list after it falls into the body.
@pytest.mark.parametrize("title", ["I morgen stenger E6 ved Hamar", "I dag åpner den nye Bjørvika-broen"],
                         ids=["i-morgen", "i-dag"])
def test_a_scandinavian_headline_opening_with_today_or_tomorrow_stays_a_teaser(title: str) -> None:
    body = [
        "Strømprisen i Sør-Norge stiger til over to kroner per kilowattime torsdag, den høyeste prisen siden januar, "
        "viser tall fra Nord Pool.",
        "Årsaken er lite vind i Nord-Europa og lav fyllingsgrad i vannmagasinene etter en tørr høst, ifølge analytikere.",
        "Regjeringen vil vurdere å forlenge strømstøtten til husholdningene, sier energiministeren til NRK.",
    ]
    cards = [("Fergene på Hurtigruten innstilt", "Sterk vind gjør det umulig å seile mellom Bodø og Tromsø."),
             (title, "Veien blir stengt i seks timer på grunn av sprengningsarbeid."),
             ("Ny rekord for elbilsalget", "Nesten ni av ti nye biler som ble solgt i oktober var elektriske.")]
    res = split_text(_page("Nyheter", "Strømprisen stiger kraftig i Sør-Norge", "Av Kari Nordmann", "14. november 2025",
                           *body, "Les også", *_flat(cards)))
    assert res.body == body
    assert _pairs(res) == cards


# ------------------------------------------------------------------ 12. _restates / _paraphrase_after_lead (pre-existing)
# pre-existing (ea4035b, moved into _restates by aec04d9): wire copy often follows the lead with the speaker's own
# words, a quote that echoes it. It shares half its words with the lead, fewer with the next paragraph, adds no
# figure: taken as the standfirst. A quote paragraph attributed to a named speaker is the article's body.
def test_a_quote_paragraph_echoing_the_lead_is_body_not_the_standfirst() -> None:
    body = [
        "Lufthansa will scrap the fuel surcharge on all its European flights from January, the airline said on Friday, "
        "citing lower oil prices and weaker demand.",
        "\u201cWe will scrap the fuel surcharge on all European flights from January,\u201d chief executive Carsten Spohr "
        "told reporters in Frankfurt.",
        "The surcharge was introduced in 2022 when jet fuel prices surged after Russia's invasion of Ukraine, and added "
        "up to 40 euros to a one-way ticket.",
        "Rivals Air France-KLM and IAG have not yet said whether they will follow, though analysts expect pressure on "
        "them to rise.",
        "Lufthansa shares rose 2.3% in early trading.",
    ]
    res = split_text(_page("Business", "Airline scraps fuel surcharge on all European flights", "By Reuters",
                           "14 November 2025", *body))
    assert res.standfirst is None
    assert res.body == body


# ================================================================== guards (pass on HEAD)

# guard: the index rule must leave a one-sentence dated brief under its headline alone
def test_guard_a_one_sentence_dateline_brief_over_a_card_list_keeps_its_body() -> None:
    brief = "Berlin \u2013 Der Bundestag hat am Freitag das umstrittene Rentenpaket der Bundesregierung mit knapper Mehrheit beschlossen."
    cards = [("Junge Union droht mit Nein zum Rentenpaket", "Die Nachwuchsorganisation der Union fordert Änderungen an der Haltelinie."),
             ("Was das Rentenpaket für Sie bedeutet", "Die wichtigsten Fragen und Antworten zur Reform im Überblick."),
             ("Rentenversicherung warnt vor steigenden Beiträgen", "Der Beitragssatz könnte bis 2030 auf über 20 Prozent steigen.")]
    res = split_text(_page("Politik", "Bundestag beschließt Rentenpaket", "14. November 2025", brief, "Mehr zum Thema",
                           *_flat(cards)))
    assert res.body == [brief]
    assert _pairs(res) == cards


# guard: what the index rule is for: a category blurb, "Showing 1-6 of 214 posts", older-posts and pager lines
def test_guard_a_category_blurb_on_an_index_page_is_no_body() -> None:
    cards = [
        ("Why I finally gave up on growing celery",
         "Three summers of stringy stalks taught me that some crops are not worth the water."),
        ("The best garlic varieties for a cold, wet plot",
         "I planted six kinds last October and two of them came through the winter unscathed."),
        ("A beginner's guide to saving tomato seeds",
         "It takes a jam jar, a week of patience and a strong stomach for the smell."),
    ]
    res = split_text(_page("The Allotment Diaries", "Category: Vegetables",
                           "Notes from a small plot in Sheffield, written between the weeding and the watering.",
                           "Showing 1-6 of 214 posts", *_flat(cards), "\u2190 Older posts", "\u00ab 1 2 3 \u2026 36 \u00bb"))
    assert res.body == []
    assert _pairs(res) == cards


# guard: the long-bullet rule (_dated_item up to 45 words): an article's own bullets of a sentence each are body
def test_guard_long_bullets_between_paragraphs_are_the_articles_own_list() -> None:
    body = [
        "The government has confirmed that millions of pensioners will receive the winter fuel payment again this year "
        "after a change to the rules announced in the summer.",
        "You will get the payment if one of the following applies to you:",
        "\u2022 You were born before 22 September 1959 and you lived in England or Wales during the qualifying week in September.",
        "\u2022 You receive Pension Credit, Universal Credit or another means-tested benefit, whatever your income and "
        "whether or not you live alone.",
        "\u2022 You live in a care home and do not receive Pension Credit, in which case you may get a lower rate of payment.",
        "The payment is worth up to \u00a3300 and should arrive in bank accounts in November or December, the Department "
        "for Work and Pensions said.",
        "People whose income is above \u00a335,000 a year will have the money taken back through the tax system.",
    ]
    res = split_text(_page("Money", "Winter fuel payment: who will get it this year", "By Sarah Khan", "14 November 2025", *body))
    assert res.body == body
    assert res.teasers == []


# guard: long bullets are not the article's when they advertise other stories under a "Read more:" header
def test_guard_a_bulleted_read_more_list_of_title_summary_cards_stays_teasers() -> None:
    body = [
        "The city council voted on Tuesday to close the main bridge over the river for repairs next spring, officials "
        "said after a long meeting.",
        "The closure is expected to last at least six months and will force thousands of commuters onto longer routes "
        "through the northern suburbs.",
        "Officials said a ferry service would run during peak hours, although its timetable and fares have not yet been "
        "announced by the operator.",
    ]
    cards = [
        ("Bridge closure: what commuters need to know",
         "Buses will run every ten minutes during the works, and the ferry will be free for season-ticket holders."),
        ("Mayor unveils new cycling plan",
         "The city will add 40 kilometres of protected lanes by 2028, paid for by a new congestion charge."),
        ("Ferry operator wins ten-year contract",
         "The company will replace its two oldest boats with electric ones before the bridge closes."),
    ]
    res = split_text(_page("Local", "Main bridge to close for six months", "By Jane Doe", "14 November 2025", *body,
                           "Read more:", *(f"\u2022 {t} \u2013 {s}" for t, s in cards)))
    assert res.body == body
    assert _pairs(res) == cards
