"""Review of d1a416c + c8f0a83 (rounds 50-51 rules): counter-examples.

Each test asserts what the labelling rules (/work/shared/eval/README.md) require: body = the article's own
paragraphs (crossheads included), in page order; standfirst = the deck or a repeat of the lead; teasers = every
block advertising another story, title and summary exactly; everything else boilerplate.

The findings fail on cabc7a9 (HEAD) and pass on 5be6df8, the commit before the rules: all are regressions.
The guards at the end pass on cabc7a9; they pin what the new rules are for (all fail on 5be6df8).
"""

from __future__ import annotations

import pytest
from split_helpers import page as _page
from split_helpers import pairs as _pairs

from newswire.split.text import split_text

# ------------------------------------------------------------------ 1. _DATELINE_OPEN: a title abbreviation
# _deck_over_dateline is wrong: "[A-Z][a-z]{3,}\. [A-Z]" also matches a second paragraph opening on an abbreviated
# title before a name ("Prof. Dr. ...", "Capt. ..."), so an ordinary one-sentence lead over it becomes the deck.
PROF = [
    "Die anhaltende Trockenheit hat in diesem Sommer bereits mehr als ein Drittel der Fichten im Frankenwald "
    "geschädigt.",
    "Prof. Dr. Michael Brandt von der Universität Bayreuth hält die Lage für dramatisch. Seine Arbeitsgruppe hat in "
    "den vergangenen Wochen mehr als 400 Probeflächen untersucht und an fast jeder zweiten Borkenkäferbefall "
    "festgestellt.",
    "Die Staatsforsten wollen nun verstärkt auf Mischwald setzen. Bis 2030 sollen 30 Millionen junge Bäume gepflanzt "
    "werden.",
    "Umweltschützer fordern darüber hinaus, mehr Totholz im Wald zu belassen, um die Artenvielfalt zu fördern.",
]
CAPT = [
    "Two sailors were injured when a US Navy destroyer collided with a cargo ship in the Sea of Japan early on "
    "Wednesday.",
    "Capt. Sarah Moore, a spokeswoman for the Seventh Fleet, said the USS Benson suffered damage to its starboard side "
    "but was able to return to its home port under its own power.",
    "The cause of the collision is under investigation. The cargo ship's crew were not hurt, according to the Japanese "
    "coast guard.",
    "It is the third collision involving a Seventh Fleet vessel since 2017.",
]


@pytest.mark.parametrize(("head", "body"), [
    (("Wissenschaft", "Hitzesommer setzt Bayerns Wäldern zu", "Von Anna Weber", "14.07.2025, 10:12 Uhr"), PROF),
    (("US", "Navy destroyer collides with cargo ship off Japan", "By Mark Jensen", "June 4, 2025"), CAPT),
])
def test_a_one_sentence_lead_over_a_paragraph_opening_on_an_abbreviated_title_is_no_deck(
        head: tuple[str, ...], body: list[str]) -> None:
    res = split_text(_page(*head, *body))
    assert res.standfirst is None
    assert res.body == body


# ------------------------------------------------------------------ 2. _rewords: a second paragraph adding facts
# _rewords is wrong: a one-sentence second paragraph that reuses the lead's names (a third of its content words)
# to add new facts (where the cuts fall; the political background, with one year) is taken as a restatement; the
# test counts content words shared, never the content words the line adds.
SIEMENS = [
    "Siemens Energy will cut around 4,100 jobs worldwide at its wind turbine unit Siemens Gamesa by 2026 as it tries "
    "to return the loss-making business to profit.",
    "Most of the cuts at Siemens Gamesa will be made in Denmark and Spain, where the turbine maker has large factories.",
    "The company's chief executive, Christian Bruch, said the restructuring was painful but necessary after quality "
    "problems with onshore models.",
    "Shares in Siemens Energy rose 3 per cent in Frankfurt trading on Thursday morning.",
]
JORNADA = [
    "El Consejo de Ministros aprobó este martes el anteproyecto de ley que reduce la jornada laboral máxima de 40 a "
    "37,5 horas semanales sin recorte de salario, tras meses de negociación con los sindicatos.",
    "La reducción de la jornada laboral sin recorte de salario era uno de los compromisos del acuerdo de coalición que "
    "firmaron PSOE y Sumar en 2023.",
    "La vicepresidenta segunda, Yolanda Díaz, defendió en rueda de prensa que la medida beneficiará a más de 12 "
    "millones de trabajadores.",
    "La patronal CEOE, que se levantó de la mesa de diálogo social en noviembre, advierte de que la norma elevará los "
    "costes de las pequeñas empresas.",
]


@pytest.mark.parametrize(("head", "body"), [
    (("Business", "Siemens Energy to cut 4,100 jobs at wind unit", "By Paul Hart", "7 November 2025"), SIEMENS),
    (("Economía", "El Gobierno aprueba la reducción de la jornada a 37,5 horas", "Por Lucía Martín",
      "4 de febrero de 2025"), JORNADA),
])
def test_a_second_paragraph_reusing_the_leads_names_to_add_facts_is_no_standfirst(
        head: tuple[str, ...], body: list[str]) -> None:
    res = split_text(_page(*head, *body))
    assert res.standfirst is None
    assert res.body == body


# ------------------------------------------------------------------ 3. two-sentence captions over a credit
# the two-sentence caption rule is wrong: _prose_near only steps over fillers, so a paragraph of two short sentences
# under a crosshead, over an in-article photo shown with its credit alone, is dropped as the photo's caption.
def test_a_two_sentence_paragraph_under_a_crosshead_over_a_bare_photo_credit_stays_body() -> None:
    body = [
        "Der Stadtrat hat am Donnerstagabend mit großer Mehrheit ein neues Parkkonzept für die Altstadt beschlossen. "
        "Künftig sollen Anwohner Vorrang bei den Stellplätzen erhalten, Besucher werden in die Parkhäuser am Ring "
        "gelenkt.",
        "Die Gebühren für das Kurzzeitparken steigen von 1,50 auf 2 Euro pro Stunde. Die Parkzeit in der Fußgängerzone "
        "wird auf zwei Stunden begrenzt.",
        "Kritik aus dem Handel",
        "Die Einzelhändler sind mit dem Beschluss unzufrieden. Sie fürchten, dass Kunden künftig ausbleiben.",
        "Der Vorsitzende des Gewerbevereins, Thomas Brenner, sprach von einem schwarzen Tag für die Innenstadt. Schon "
        "jetzt würden viele Kunden lieber in die Einkaufszentren am Stadtrand fahren, wo das Parken kostenlos sei.",
        "Oberbürgermeisterin Karin Holl verteidigte das Konzept. Die Altstadt müsse lebenswert bleiben, sagte sie nach "
        "der Sitzung.",
    ]
    res = split_text(_page("Lokales", "Stadtrat beschließt neues Parkkonzept für die Altstadt", "Von Eva Maurer",
                           "14.03.2025, 18:45 Uhr", *body[:4], "Foto: Ralf Lienhart", *body[4:]))
    assert res.body == body


# ------------------------------------------------------------------ 4. _tag_items: a list-then-colon headline
# _tag_items is wrong: "Inter, Napoli, Atalanta: le pagelle" splits into three items of one to three words (the
# colon and what follows it ride in the last one), so a real inline teaser after "Leggi anche:" is lost as tags.
def test_an_inline_teaser_whose_headline_opens_on_a_comma_list_keeps_its_title() -> None:
    body = [
        "L'Inter ha battuto l'Empoli per 3-1 a San Siro e si è portata a un punto dal Napoli, che ha vinto a Bergamo.",
        "Il Napoli resta in testa grazie al successo in casa dell'Atalanta, firmato da Lukaku e McTominay nel secondo "
        "tempo.",
        "Più dietro, la Juventus non va oltre il pareggio a Bologna e scivola al quinto posto in classifica.",
    ]
    res = split_text(_page("Sport", "Serie A, il punto dopo la 20a giornata", "di Marco Rossi", "20 gennaio 2025",
                           *body[:2], "Leggi anche: Inter, Napoli, Atalanta: le pagelle", body[2]))
    assert res.body == body
    assert _pairs(res) == [("Inter, Napoli, Atalanta: le pagelle", "")]


# ------------------------------------------------------------------ 5. _byline_bio: the subject's first name
# _byline_bio's first-name clause is wrong: it takes any closing paragraph opening on "<first name> is/was" when
# that first name heads a byline or a name-over-date line, so an obituary (the name is the headline) loses its
# closing paragraph, and so does a profile whose subject shares the reporter's first name (it then turns up as
# the standfirst).
OBIT = [
    "Margaret Thompson, who taught generations of children to read at Hillside Primary School, has died after a short "
    "illness.",
    "Born in Carlisle in 1938, she trained as a teacher in Newcastle and moved to the town in 1961, where she taught for "
    "more than thirty years.",
    "Former pupils remember her for the reading corner she built in her classroom and for the plays she wrote and "
    "staged every Christmas.",
    "After retiring she volunteered at the town library for two decades and ran its children's book club until she "
    "was 80.",
    "Margaret was 87 and is survived by her husband Robert, their two daughters and five grandchildren.",
]
PROFILE = [
    "When the county library service announced it would close the Hillside branch, volunteers stepped in to keep it "
    "open three days a week.",
    "Among them was Grace Walker, a retired teacher who has run the children's book club for 15 years.",
    "She says the club is the most rewarding thing she has ever done, and the children clearly agree.",
    "Grace is 83 and has no plans to stop: she has already signed up to run a summer reading challenge for the "
    "village school.",
]


@pytest.mark.parametrize(("head", "body"), [
    (("Obituaries", "Margaret Thompson", "March 3, 2025"), OBIT),
    (("Community", "Volunteer of the year: the librarian who never retired", "By Grace Palmer", "March 3, 2025"),
     PROFILE),
])
def test_a_closing_paragraph_about_a_subject_named_by_first_name_stays_body(
        head: tuple[str, ...], body: list[str]) -> None:
    res = split_text(_page(*head, *body))
    assert res.body == body
    assert res.standfirst is None


# ------------------------------------------------------------------ 6. _call_to_action: a how-to's instruction
# _call_to_action is wrong: a call verb opening the line plus any reader word ("your") now makes a long line with a
# platform named a site prompt, so a how-to article's own instruction ("Follow the steps on Instagram's help
# centre ... your identity") is dropped; news advice addresses the reader too.
def test_a_how_to_articles_instruction_naming_a_platform_stays_body() -> None:
    body = [
        "Thousands of Instagram users have reported losing access to their accounts in recent weeks after falling for "
        "messages that appear to come from Meta's support team.",
        "If your account has been taken over, the first step is to request a login link from the app's sign-in screen, "
        "which Meta sends to the email address or phone number on file.",
        "Follow the steps on Instagram's help centre to confirm your identity with a video selfie if the hacker has also "
        "changed your login details.",
        "Once you are back in, change your password, turn on two-factor authentication and remove any devices you do "
        "not recognise.",
    ]
    res = split_text(_page("Technology", "Instagram account hacked? Here is how to get it back", "By Sam Rivers",
                           "12 March 2025", *body))
    assert res.body == body


# ------------------------------------------------------------------ guards (pass on cabc7a9)
SEVILLA = [
    "El Ayuntamiento de Sevilla aprobó este jueves el proyecto para rehabilitar el antiguo mercado de abastos de la "
    "Puerta de la Carne.",
    "Las obras costarán 4,2 millones de euros y durarán dieciocho meses, según el delegado de Urbanismo.",
    "Los comerciantes del barrio reclaman que el nuevo mercado mantenga puestos de alimentación a precios asequibles.",
]
SEVILLA_HEAD = ("Sevilla", "Luz verde a la rehabilitación del mercado de la Puerta de la Carne", "Por Lucía Fernández",
                "14 de marzo de 2025")


# guard, _deck_over_dateline: a Portuguese deck over the lead carrying the wire-style dateline ("BRASÍLIA – ...").
def test_guard_a_portuguese_deck_over_the_dateline_lead_is_the_standfirst() -> None:
    deck = ("O governo federal vai liberar mais 2 bilhões de reais para obras de contenção de encostas em cidades "
            "atingidas pelas chuvas.")
    body = [
        "BRASÍLIA – O Ministério das Cidades anunciou nesta terça-feira a liberação de R$ 2 bilhões para obras de "
        "prevenção de deslizamentos em 150 municípios, a maioria no Sudeste e no Nordeste, onde as chuvas deste ano já "
        "deixaram mais de 80 mortos.",
        "Segundo o ministro, os recursos serão repassados diretamente às prefeituras, que terão até dezembro para "
        "apresentar os projetos.",
        "Especialistas alertam, porém, que o dinheiro é insuficiente diante do número de áreas de risco mapeadas no país.",
    ]
    res = split_text(_page("Política", "Governo libera R$ 2 bilhões para prevenir deslizamentos", "Por Ana Souza",
                           "12/03/2025 10h15", deck, *body))
    assert res.standfirst == deck
    assert res.body == body


# guard, _rewords: an English rewording of the lead right under it (its own words, nothing new) is the standfirst.
def test_guard_a_free_english_rewording_under_the_lead_is_the_standfirst() -> None:
    lead = ("From Monday, cars that fail the city's emissions standard will be banned from the whole of central Lyon. The "
            "metropolitan authority took the decision after ten days of fine-particle pollution that has left the valley "
            "under a brown haze.")
    sf = "Ten days of smog have pushed Lyon to ban its most polluting cars from the centre, starting on Monday."
    rest = [
        "The ban covers vehicles with Crit'Air ratings of 3 to 5, about 80,000 of those registered in the area, "
        "according to the prefecture.",
        "Offenders face a fine of 68 euros, but municipal police will start by handing out warnings, the town hall said.",
    ]
    res = split_text(_page("Europe", "Smog-hit city gets tough on drivers", "By Julie Martin", "12 March 2025",
                           lead, sf, *rest))
    assert res.standfirst == sf
    assert res.body == [lead, *rest]


# guard, two-sentence captions: a Spanish caption of two short sentences over its photo credit is boilerplate.
def test_guard_a_spanish_two_sentence_caption_over_its_credit_is_boilerplate() -> None:
    res = split_text(_page(*SEVILLA_HEAD, "El mercado lleva cerrado desde 2009. Su estructura de hierro está protegida.",
                           "Foto: Manuel Gómez", *SEVILLA))
    assert res.body == SEVILLA
    assert res.standfirst is None


# guard, _tag_items: an Italian tag list after "Leggi anche:" is no teaser.
def test_guard_an_italian_tag_list_after_a_read_also_cue_is_no_teaser() -> None:
    res = split_text(_page(*SEVILLA_HEAD, *SEVILLA, "Leggi anche: Roma, Campidoglio, Piste ciclabili"))
    assert res.teasers == []
    assert res.body == SEVILLA


# guard, _byline_bio: a Spanish author's note opening on the byline's first name closes no article.
def test_guard_a_spanish_authors_note_by_first_name_is_boilerplate() -> None:
    res = split_text(_page(*SEVILLA_HEAD, *SEVILLA,
                           "Lucía es periodista y escribe sobre economía y mercados desde Madrid."))
    assert res.body == SEVILLA


# guard, _call_to_action: a French call naming the reader ("votre région", "vos photos") and two platforms.
def test_guard_a_french_reader_call_naming_platforms_is_boilerplate() -> None:
    body = [
        "La mairie de Marseille a annoncé jeudi la fermeture pour travaux de la piscine Vallier pendant au moins "
        "dix-huit mois.",
        "Le bassin olympique, construit en 1970, présente d'importantes fuites et ne répond plus aux normes "
        "d'accessibilité.",
        "Les clubs de natation seront accueillis dans les piscines de la Pointe-Rouge et de Luminy pendant la durée du "
        "chantier.",
    ]
    res = split_text(_page("Marseille", "La piscine Vallier fermée pour dix-huit mois", "Par Julie Martin",
                           "14 mars 2025", *body,
                           "Suivez France Bleu Provence sur Facebook et Instagram pour ne rien manquer de l'actualité "
                           "de votre région et partager vos photos."))
    assert res.body == body
