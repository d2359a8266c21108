"""Review of 190469e (rounds 44-45 rules): counter-examples.

Each test asserts what the labelling rules (/work/shared/eval/README.md) require: body = the article's own
paragraphs (crossheads and quote-only paragraphs included), in page order; standfirst = the deck or a repeat of the
lead; teasers = every block advertising another story, title and summary exactly; everything else boilerplate.

The findings fail on 190469e and pass on 59c4128 (regressions, named by the rule that brought them). The guards at
the end pass on 190469e; they pin what the new rules are for (the first fails on 59c4128).
"""

from __future__ import annotations

import pytest
from split_helpers import page as _page
from split_helpers import pairs as _pairs

from newswire.split.text import split_text

# ------------------------------------------------------------------ 1. prompt_openers: Turkish opinion disclaimer
# "yazıda yer alan görüşler" / "bu yazıda yer alan görüşler" as prompt openers: a news paragraph about the views in
# a column (the story's subject) opens with the same words and is dropped as the site's disclaimer.
TR_TOP = [
    "İstanbul Cumhuriyet Başsavcılığı, bir gazetede pazar günü yayımlanan köşe yazısı nedeniyle yazar hakkında "
    "soruşturma başlattı.",
]
TR_END = [
    "Gazetenin yayın yönetmeni yaptığı açıklamada, yazarın ifade özgürlüğünü kullandığını savundu.",
    "Gazeteciler Cemiyeti de soruşturmanın basın özgürlüğüne yönelik bir tehdit olduğunu belirtti.",
]


@pytest.mark.parametrize("para", [
    "Yazıda yer alan görüşler sosyal medyada kısa sürede büyük tepki çekti.",
    "Bu yazıda yer alan görüşler nedeniyle yazar, halkı kin ve düşmanlığa tahrikle suçlanıyor.",
])
def test_a_turkish_paragraph_about_a_columns_views_stays_body(para: str) -> None:
    body = [*TR_TOP, para, *TR_END]
    res = split_text(_page("Gündem", "Köşe yazısı nedeniyle gazeteciye soruşturma", "Ayşe Demir", "12 Mart 2025",
                           *body))
    assert res.body == body


# ------------------------------------------------------------------ 2. prompt_openers: Hindi "(इस खबर को"
# "(इस खबर को" as a prompt opener: the stock closing aside "(इस खबर को लिखे जाने तक ...)" ("at the time of writing,
# the owner had not responded") is the reporter's own sentence, and it is dropped.
def test_a_hindi_at_the_time_of_writing_aside_stays_body() -> None:
    body = [
        "दिल्ली के बवाना औद्योगिक क्षेत्र में मंगलवार देर रात एक प्लास्टिक फैक्ट्री में भीषण आग लग गई, जिसमें तीन मजदूरों "
        "की मौत हो गई।",
        "दमकल विभाग की 20 गाड़ियों ने करीब चार घंटे की मशक्कत के बाद आग पर काबू पाया।",
        "पुलिस ने फैक्ट्री मालिक के खिलाफ लापरवाही का मामला दर्ज कर लिया है।",
        "(इस खबर को लिखे जाने तक फैक्ट्री मालिक की ओर से कोई प्रतिक्रिया नहीं आई थी।)",
    ]
    res = split_text(_page("देश", "दिल्ली में फैक्ट्री में आग, तीन मजदूरों की मौत", "रिपोर्ट: अमित शर्मा", "12 मार्च 2025",
                           *body))
    assert res.body == body


# ------------------------------------------------------------------ 3. byline_words: newsroom words in crossheads
# "redaktion", "redakcja", "rédaction", "redacción" as byline words: a crosshead of a media story that opens with
# the word for "newsroom" ("Redaktion unter Druck") is read as a byline and lost from the body.
@pytest.mark.parametrize(("head", "top", "cross", "end"), [
    (("Medien", "Regionalzeitung streicht jede dritte Stelle", "Von Jonas Keller", "4. Februar 2025"),
     ["Die Rheinische Rundschau will bis Ende des Jahres fast 60 ihrer 180 Stellen abbauen, wie der Verlag am "
      "Dienstag mitteilte.",
      "Betroffen sind vor allem die Lokalausgaben in der Eifel und im Westerwald, die künftig zusammengelegt werden "
      "sollen."],
     "Redaktion unter Druck",
     ["Schon in den vergangenen Jahren hatte die Zeitung mehrere Außenbüros geschlossen und Stellen nicht "
      "nachbesetzt.",
      "Der Betriebsrat kündigte Widerstand an und forderte einen Sozialplan für alle Beschäftigten."]),
    (("Kraj", "Dziennikarze lokalnej gazety protestują przeciw zwolnieniom", "Anna Nowak", "5 lutego 2025"),
     ["Pracownicy Gazety Pomorskiej rozpoczęli we wtorek protest przeciwko planowanym zwolnieniom w redakcji.",
      "Wydawca zapowiedział, że do końca roku pracę straci co trzeci dziennikarz."],
     "Redakcja bez reporterów",
     ["Według związkowców po zwolnieniach w terenie zostanie tylko czterech reporterów na całe województwo.",
      "Zarząd spółki tłumaczy decyzję spadkiem przychodów z reklam i sprzedaży egzemplarzy."]),
    (("Médias", "Le quotidien régional va supprimer un tiers de ses postes", "Par Julie Martin", "4 février 2025"),
     ["La direction du Courrier de l'Ouest a annoncé mardi la suppression de 60 postes sur 180 d'ici à la fin de "
      "l'année.",
      "Les éditions locales de Cholet et de Saumur seront fusionnées au printemps."],
     "Rédaction en sursis",
     ["Depuis cinq ans, le journal a déjà fermé trois agences locales et ne remplace plus les départs à la retraite.",
      "Les syndicats ont appelé à une grève jeudi et réclament un plan de départs volontaires."]),
    (("Medios", "El diario regional despedirá a un tercio de su plantilla", "Por Laura Gómez", "4 de febrero de 2025"),
     ["La empresa editora de La Voz del Sur anunció el martes el despido de 60 de sus 180 trabajadores antes de fin "
      "de año.",
      "Las ediciones locales de Jerez y Algeciras se fusionarán en primavera."],
     "Redacción sin reporteros",
     ["En los últimos cinco años el periódico ya cerró tres delegaciones y dejó de cubrir las jubilaciones.",
      "El comité de empresa convocó una huelga para el jueves y exige un plan de bajas voluntarias."]),
])
def test_a_crosshead_opening_with_newsroom_stays_body(head: tuple[str, ...], top: list[str], cross: str,
                                                      end: list[str]) -> None:
    body = [*top, cross, *end]
    res = split_text(_page(*head, *body))
    assert res.teasers == []
    assert res.body == body


# ------------------------------------------------------------------ 4. byline_words: "uredništvo" in a teaser title
# "uredništvo" as a byline word: a related link about a newsroom ("Uredništvo Jutarnjeg lista seli se u novu
# zgradu") is read as a byline and dropped from the list.
def test_a_related_link_opening_with_urednistvo_stays_a_teaser() -> None:
    body = [
        "Izdavač Zagorskog lista objavio je da će novine od travnja izlaziti samo na internetu.",
        "Prodaja tiskanog izdanja u posljednjih je pet godina pala za više od polovice, navodi uprava.",
        "Pretplatnici će bez doplate dobiti pristup internetskom izdanju.",
    ]
    cards = [("Uredništvo Jutarnjeg lista seli se u novu zgradu", ""),
             ("Tiskara u Varaždinu zatvara vrata nakon 70 godina", ""),
             ("Lokalni mediji gube oglašivače brže od nacionalnih", "")]
    res = split_text(_page("Mediji", "Lokalni tjednik prestaje izlaziti u tiskanom izdanju", "Ivana Horvat",
                           "5. veljače 2025.", *body, "Pročitajte još", *[t for t, _ in cards]))
    assert res.body == body
    assert _pairs(res) == cards


# ------------------------------------------------------------------ 5. _SHARE_OBJECTS in _share_row
# "post" and "story" as share objects: a Spanish link title "Del post a la story en Instagram" ("del" is the Danish
# share verb, "instagram" a network) is a share row now, and the whole related list under it is lost.
def test_a_spanish_link_title_shaped_like_a_share_row_stays_a_teaser() -> None:
    body = [
        "Instagram anunció el lunes un cambio en su algoritmo que dará más visibilidad a los vídeos cortos frente a "
        "las fotos.",
        "Los creadores de contenido se quejan de que sus publicaciones tradicionales llegan ahora a muchas menos "
        "personas.",
        "La empresa asegura que el cambio responde a lo que los usuarios prefieren ver.",
    ]
    cards = [("Del post a la story en Instagram", ""), ("Cómo proteger tu cuenta de WhatsApp de los hackers", ""),
             ("Los mejores móviles de gama media de 2025", "")]
    res = split_text(_page("Tecnología", "Instagram cambia su algoritmo y los creadores protestan", "Por Marta Ruiz",
                           "3 de marzo de 2025", *body, "Te puede interesar", *[t for t, _ in cards]))
    assert res.body == body
    assert _pairs(res) == cards


# ------------------------------------------------------------------ guards
# _source_time (guard): a card's "date time | N comments" meta line is neither a teaser nor body.
def test_guard_a_date_and_comment_count_line_is_card_meta() -> None:
    body = [
        "Vláda ve středu schválila návrh, podle kterého se platy učitelů od ledna zvýší v průměru o sedm procent.",
        "Ministr školství uvedl, že peníze na navýšení jsou zajištěny v rozpočtu na příští rok.",
        "Odbory považují navýšení za nedostatečné a nevylučují stávku.",
    ]
    res = split_text(_page("Domácí", "Vláda schválila zvýšení platů učitelů", "Jana Nováková", "21. 10. 2025", *body,
                           "Další články", "Školy hlásí nedostatek učitelů fyziky", "21. 10. 2025 14:32 | 48 komentářů",
                           "Maturity se příští rok změní", "20. 10. 2025 09:15 | 12 komentářů"))
    assert res.body == body
    assert _pairs(res) == [("Školy hlásí nedostatek učitelů fyziky", ""), ("Maturity se příští rok změní", "")]


# _SHARE_OBJECTS and "aiheet" (guard): a Finnish share row and topic list are boilerplate, not the article's.
def test_guard_a_finnish_share_row_and_topics_are_boilerplate() -> None:
    body = [
        "Hallitus esittää ensi vuoden budjetissa kuntien valtionosuuksiin noin 300 miljoonan euron leikkausta.",
        "Kuntaliiton mukaan leikkaus johtaa väistämättä palveluiden karsimiseen ja veronkorotuksiin.",
        "Valtiovarainministeriö perustelee leikkausta julkisen talouden sopeutustarpeella.",
    ]
    res = split_text(_page("Kotimaa", "Hallitus leikkaa kuntien valtionosuuksia", "Matti Virtanen", "3.3.2025",
                           "Jaa artikkeli Facebook X WhatsApp", *body, "Aiheet: Politiikka, Kunnat, Talous"))
    assert res.standfirst is None
    assert res.body == body
    assert res.teasers == []


# byline_words (guard): an editorial-team byline under the headline is neither body nor standfirst.
def test_guard_an_editorial_team_byline_is_boilerplate() -> None:
    body = [
        "Sejm przyjął w piątek ustawę o ochronie ludności i obronie cywilnej, która zakłada budowę nowych schronów.",
        "Za ustawą głosowało 430 posłów, nikt nie był przeciw.",
        "Teraz ustawą zajmie się Senat, który ma na to 30 dni.",
    ]
    res = split_text(_page("Kraj", "Sejm przyjął ustawę o ochronie ludności", "Redakcja Wiadomości", "5 lutego 2025",
                           *body))
    assert res.standfirst is None
    assert res.body == body
