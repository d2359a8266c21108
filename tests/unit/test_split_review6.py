"""Review of 2ffb249 (tries, _PHOTO on the lower-cased line) and 5953880 (round-22 rules and cues): counter-examples.

Each test asserts the behaviour the labelling rules (/work/shared/eval/README.md) ask for; they fail on 5953880.
"""

from __future__ import annotations

import pytest
from split_helpers import page as _page

from newswire.split.text import split_text

BODY = [
    "The central bank raised its main interest rate by a quarter of a percentage point on Thursday, its first increase in two years.",
    "Policymakers said inflation had proved more persistent than expected and that further increases could not be ruled out.",
    "Markets had largely priced in the move, and the currency was little changed after the announcement in the afternoon.",
]
TITLES = ["Copper demand from grid upgrades set to double by 2030", "Chile's mine output falls for a third month",
          "Zinc smelters cut runs as power costs bite"]
HEADLINE = "Central bank raises rates for the first time in two years"


# --------------------------------------------------------------------------- new short_line_cues in ordinary prose
# "n'était pas disponible pour commenter", "niet bereikbaar om te reageren": the no-comment line of a news story,
# a short paragraph of the article, now boilerplate (the cue was meant for "Connectez-vous pour commenter").
NO_COMMENT_PAGES = {
    "fr": (["Économie", "Le groupe ferme son usine de Longwy, 320 emplois menacés", "Par Julien Ferrand", "14 novembre 2025 à 10h12"], [
        "La direction du groupe sidérurgique a annoncé jeudi la fermeture de son usine de Longwy d'ici la fin de l'année prochaine, une décision qui menace 320 emplois.",
        "Les syndicats ont dénoncé un « coup de massue » et appelé à une grève dès lundi, estimant que le site restait rentable malgré la baisse des commandes.",
        "Contacté par l'AFP, le ministère de l'Industrie n'était pas disponible pour commenter.",
        "Selon les élus locaux, l'usine est le premier employeur privé du bassin et fait vivre plusieurs dizaines de sous-traitants dans la région."]),
    "nl": (["Binnenland", "Kabinet schrapt subsidie op thuisbatterijen", "Door onze redactie", "14 november 2025 10:12"], [
        "Het kabinet heeft donderdag besloten de subsidie voor thuisbatterijen per 1 januari volgend jaar te schrappen, zo bevestigen ingewijden.",
        "Volgens de branchevereniging dreigen daardoor honderden installateurs in de problemen te komen, omdat de vraag naar batterijen sterk zal dalen.",
        "Het ministerie van Klimaat was niet bereikbaar om te reageren.",
        "De Tweede Kamer debatteert volgende week over het besluit, waarbij meerdere oppositiepartijen al hebben aangekondigd een motie in te dienen."]),
    "it": (["Economia", "Chiude lo stabilimento di Termoli, 900 posti a rischio", "di Marco Rossi", "14 novembre 2025"], [
        "Il gruppo automobilistico ha annunciato giovedì la chiusura dello stabilimento di Termoli entro la fine del prossimo anno, con 900 posti a rischio.",
        "I sindacati hanno proclamato uno sciopero di otto ore per lunedì e chiesto un incontro urgente al ministero delle Imprese e del Made in Italy.",
        "L'azienda non era disponibile per commentare.",
        "Secondo la Regione, lo stabilimento è il primo datore di lavoro privato del Molise e alimenta un indotto di decine di piccole imprese."]),
    "tr": (["Ekonomi", "Merkez Bankası faizi sabit tuttu", "Ayşe Yılmaz", "14.11.2025 14:32"], [
        "Merkez Bankası Para Politikası Kurulu, politika faizini yüzde 50 seviyesinde sabit tutma kararı aldığını perşembe günü açıkladı.",
        "Piyasa katılımcılarının büyük bölümü kararın beklentilerle uyumlu olduğunu belirtirken, kurun gün içinde yatay seyrettiği görüldü.",
        "Ekonomistler, sonuçlar hakkında yorum yapmak için henüz erken olduğunu söyledi.",
        "Kurul, enflasyon görünümünde belirgin bir iyileşme sağlanana kadar sıkı para politikası duruşunun korunacağını bir kez daha vurguladı."]),
}


@pytest.mark.parametrize("lang", sorted(NO_COMMENT_PAGES))
def test_a_no_comment_sentence_in_the_article_is_body(lang: str) -> None:
    head, body = NO_COMMENT_PAGES[lang]
    res = split_text(_page(*head, *body))
    assert res.body == body


# a teaser whose headline holds the phrase: the card is lost and its summary lands in the body
TEASER_PAGES = {
    "fr": ("À lire aussi", [
        ("Le Premier ministre s'invite au 20 heures pour commenter la réforme des retraites",
         "Le gouvernement veut défendre un texte contesté jusque dans sa majorité."),
        ("Arcelor annonce 600 suppressions de postes dans le Nord", "Le sidérurgiste invoque la concurrence de l'acier asiatique à bas prix."),
        ("Le prix de l'électricité va baisser de 15 % en février", "La Commission de régulation de l'énergie a publié sa proposition mardi.")]),
    "it": ("Leggi anche", [
        ("Meloni in diretta tv per commentare il risultato delle regionali",
         "La premier ha parlato di una vittoria netta della coalizione di centrodestra."),
        ("Stellantis, vendite in calo del 12% in Europa", "Il gruppo paga la debolezza del mercato delle auto elettriche."),
        ("Bollette, da febbraio la luce costa meno", "Arera ha aggiornato le tariffe per i clienti vulnerabili.")]),
    "nl": ("Lees ook", [
        ("Minister roept Kamer bijeen om te reageren op kritiek van Raad van State",
         "De Raad van State noemde het wetsvoorstel onuitvoerbaar en slecht onderbouwd."),
        ("Netbeheerders waarschuwen voor langere wachtlijsten", "Bedrijven moeten tot 2030 wachten op een zwaardere aansluiting.")]),
}


@pytest.mark.parametrize("lang", sorted(TEASER_PAGES))
def test_a_teaser_title_holding_a_comment_phrase_stays_a_teaser(lang: str) -> None:
    head, body = NO_COMMENT_PAGES[lang]
    body = [body[0], body[1], body[3]]
    header, cards = TEASER_PAGES[lang]
    lines = [header]
    for t, s in cards:
        lines += [t, s]
    res = split_text(_page(*head[:2], head[3], *body, *lines))
    assert [(t.title, t.summary) for t in res.teasers] == cards
    assert res.body == body and res.standfirst is None


# --------------------------------------------------------------------------- zone rule: BOILER line ending in a time
def test_a_source_line_over_the_headline_does_not_pull_the_headline_into_the_list() -> None:
    # the list's last line is a "Source: Reuters · 2 hours ago" credit; the article's headline and deck follow.
    # 5953880 keeps the list going over the credit and takes the headline as a bare-title card (d680d91 did not)
    res = split_text(_page("Trending", *TITLES, "Source: Reuters · 2 hours ago", HEADLINE,
                           "The quarter-point move surprised few in the markets.", *BODY))
    assert [t.title for t in res.teasers] == TITLES
    assert res.body == BODY


def test_cards_with_source_lines_then_a_headline_over_its_lead() -> None:
    # the round-22 case ("Kaynak: AA · 2 gün önce" under each card) with the article's headline right over its lead:
    # the list now runs on into the headline and makes it a card (d680d91 ended the list after the first card)
    lines = ["Trending"]
    for n, t in enumerate(TITLES, 1):
        lines += [t, f"Source: Reuters · {n} hours ago"]
    res = split_text(_page(*lines, HEADLINE, *BODY))
    assert HEADLINE not in [t.title for t in res.teasers]
    assert [t.title for t in res.teasers] == TITLES and res.body == BODY


# --------------------------------------------------------------------------- zone rule: title over a meta line and the lead
def test_the_last_card_of_a_sidebar_with_author_lines_is_no_headline() -> None:
    # the page's headline and byline stand at the top; a "Trending" sidebar (title / author) is flattened
    # between them and the lead. Every card has its author line: the last one is a card like the others.
    res = split_text(_page(HEADLINE, "By Jane Doe", "14 November 2025", "Trending",
                           TITLES[0], "Sarah Coleman", TITLES[1], "Tom Becker", TITLES[2], "Anna Schmidt", *BODY))
    assert [t.title for t in res.teasers] == TITLES
    assert res.body == BODY


# --------------------------------------------------------------------------- enumeration in the gap-filling rule
def test_a_tag_line_without_label_does_not_pull_the_page_end_into_the_body() -> None:
    # "Topics / tags / About the author / bio": the unlabelled tag line is an "enumeration", so the gap now holds
    # two short lines only and everything between the last paragraph and the bio is filled in as body
    bio = ("Jane Doe covers central banks and financial markets from London, where she has worked for the paper "
           "since 2012 after a decade in Frankfurt.")
    res = split_text(_page("Central bank raises rates", "By Jane Doe", *BODY, "Topics",
                           "Interest rates, Inflation, Central banks, Monetary policy, Currencies", "About the author", bio))
    assert res.body == BODY


# --------------------------------------------------------------------------- 2ffb249: _PHOTO on lower-cased text
# Turkish "İ" lower-cases to "i" + U+0307. _norm() drops the combining dot, but several call sites now pass
# str.lower() (the deck rule's caption test, lines of 15+ words in _classify): "GETTY İMAGES", "VİDEO:",
# "EPA/ERDEM ŞAHİN" no longer read as credits; with IGNORECASE on the original line they did.
BTR = ["Merkez Bankası Para Politikası Kurulu, politika faizini yüzde 50 seviyesinde sabit tutma kararı aldığını perşembe günü yaptığı yazılı açıklamayla duyurdu.",
       "Piyasa katılımcılarının büyük bölümü kararın beklentilerle uyumlu olduğunu belirtirken, kurun gün içinde yatay seyrettiği görüldü ve borsa hafif yükseldi.",
       "Kurul, enflasyon görünümünde belirgin bir iyileşme sağlanana kadar sıkı para politikası duruşunun korunacağını bir kez daha vurguladı."]


@pytest.mark.parametrize("caption", ["Fotoğraf: GETTY İMAGES", "Fotoğraf: AFP VİA GETTY İMAGES", "VİDEO: AA",
                                     "Merkez Bankası'nın Ankara'daki genel merkezi. EPA/ERDEM ŞAHİN"])
def test_a_caption_credit_with_dotted_capital_i_between_headline_and_deck(caption: str) -> None:
    deck = "Karar, piyasaların beklentileriyle uyumlu oldu ve kurda sert bir hareket görülmedi."
    res = split_text(_page("Ekonomi", "Merkez Bankası faizi yüzde 50'de sabit tuttu", caption, deck, "Ayşe Yılmaz",
                           "14.11.2025 14:32", *BTR))
    assert res.standfirst == deck and res.body == BTR


@pytest.mark.parametrize("credit", ["Fotoğraf: GETTY İMAGES", "EPA/ERDEM ŞAHİN"])
def test_a_long_caption_with_a_dotted_capital_i_credit_is_no_teaser(credit: str) -> None:
    caption = ("Merkez Bankası Başkanı, Ankara'daki genel merkezde düzenlenen basın toplantısında enflasyon raporunu "
               "gazetecilere sunarken görülüyor. " + credit)
    res = split_text(_page("Ekonomi", "Merkez Bankası faizi yüzde 50'de sabit tuttu", "Ayşe Yılmaz", "14.11.2025 14:32",
                           BTR[0], BTR[1], caption, BTR[2]))
    assert res.teasers == [] and res.body == BTR
