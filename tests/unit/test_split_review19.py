"""Review of 56addca + 13b574d + 68850c7 (rounds 52-53 rules): counter-examples.

Each test asserts what the labelling rules (/work/shared/eval/README.md) require: body = the article's own
paragraphs (crossheads included), in page order; standfirst = the deck or a repeat of the lead; teasers = every
block advertising another story, title and summary exactly; everything else boilerplate.

The findings fail on 68850c7 (HEAD) and pass on f6b56b6, the commit before the rules: all are regressions.
The guards at the end pass on 68850c7; they pin what the new rules are for (all fail on f6b56b6).
"""

from __future__ import annotations

import pytest
from split_helpers import page as _page
from split_helpers import pairs as _pairs

from newswire.split.text import split_text

# ------------------------------------------------------------------ 1. "reading time" as a short-line cue
# short_line_cues is wrong: "reading time" / "read time" (added for "Read Time: 4 mins") make any line of up to 14
# words holding the phrase boilerplate, so a short paragraph of an article about children's reading is dropped.
# (passes on f6b56b6)
READING = [
    "Fewer than a third of children and young people aged eight to 18 say they enjoy reading in their free time, "
    "according to the National Literacy Trust.",
    "Its annual survey of more than 76,000 pupils found that enjoyment of reading has fallen by 36 per cent since 2005.",
    "Daily reading time has also dropped, to an average of 14 minutes.",
    "Boys are less likely than girls to read for pleasure, and the gap widens in secondary school.",
    "The trust called on the government to fund a librarian in every primary school.",
]
READING_HEAD = ("Education", "Children reading for pleasure at lowest level on record", "By Grace Palmer",
                "3 March 2025")


def test_a_short_paragraph_about_reading_time_stays_body() -> None:
    res = split_text(_page(*READING_HEAD, *READING))
    assert res.body == READING
    assert res.standfirst is None


# ------------------------------------------------------------------ 2. "reading time" in a teaser's headline
# short_line_cues is wrong (same cue): a related story's headline holding "reading time" is taken for a
# reading-time label, so the card is lost and its summary falls into the body. (passes on f6b56b6)
def test_a_teaser_whose_headline_says_reading_time_keeps_its_card() -> None:
    body = [READING[0], READING[1], READING[3], READING[4]]
    card = ("Why bedtime reading time matters more than you think",
            "Teachers and librarians share their tips for reluctant readers at home.")
    res = split_text(_page(*READING_HEAD, *body, "More on this story", *card))
    assert res.body == body
    assert _pairs(res) == [card]


# ------------------------------------------------------------------ 3. cta_final: a sign-up phrase in prose
# cta_final + _CTA_GATE are wrong: "jetzt anmelden" / "me apunto" closing any short unquoted clause make the line a
# sign-up button, so a local report's closing "kann sich jetzt anmelden." and an interview answer ("R. ..., me
# apunto.", El País style Q&A, no quote marks) are dropped. (passes on f6b56b6)
STADTLAUF = [
    "Der Ravensburger Stadtlauf geht am 17. Mai in seine 25. Auflage. Die Veranstalter rechnen mit mehr als 2000 "
    "Läuferinnen und Läufern aus der ganzen Region.",
    "Neu ist in diesem Jahr eine Strecke über fünf Kilometer für Familien, die durch den Schlosspark und über den "
    "Marienplatz führt.",
    "Die Startgebühr bleibt mit 15 Euro für Erwachsene und 5 Euro für Kinder unverändert, teilte der Verein mit.",
    "Wer mitlaufen will, kann sich jetzt anmelden.",
]
ENTREVISTA = [
    "Carmen Ruiz empezó a correr a los 40 años y a los 52 ganó la categoría de veteranas del maratón de Valencia. "
    "Hablamos con ella en su casa de Madrid, una semana después de la carrera.",
    "Pregunta. ¿Cómo empezó a correr?",
    "Respuesta. Empecé a los 40, después de una depresión muy larga. Un amigo me llevó a una carrera popular en la Casa "
    "de Campo y desde entonces no he parado.",
    "P. ¿Qué supuso ganar en Valencia?",
    "R. Fue el día más feliz de mi vida deportiva. No me lo esperaba, iba a disfrutar y acabé llorando en la meta.",
    "P. ¿Volverá a correr el maratón de Nueva York?",
    "R. Si el cuerpo aguanta, me apunto.",
    "P. ¿Qué le diría a alguien que quiere empezar?",
    "R. Que no tenga prisa. Que salga a andar primero, luego a trotar, y que no se compare con nadie.",
]


@pytest.mark.parametrize(("head", "body"), [
    (("Lokales", "Stadtlauf Ravensburg: Mehr als 2000 Starter erwartet", "Von Eva Maurer", "14.03.2025, 18:45 Uhr"),
     STADTLAUF),
    (("Deportes", "Carmen Ruiz: \"Correr me salvó la vida\"", "Por Lucía Martín", "4 de febrero de 2025"), ENTREVISTA),
])
def test_a_short_sentence_closing_on_a_sign_up_phrase_stays_body(head: tuple[str, ...], body: list[str]) -> None:
    res = split_text(_page(*head, *body))
    assert res.body == body
    assert res.standfirst is None


# ------------------------------------------------------------------ 4. _CAPS_SLASH_CREDIT: slash crossheads
# _CAPS_SLASH_CREDIT is wrong: any line of up to six words opening on a capitals word, a slash and a capitalised
# word is an "OUTLET/PHOTOGRAPHER" credit, so currency-pair crossheads ("EUR/USD") and title-case ones ("COVID/RSV
# Vaccines") are dropped, and every paragraph over one (no prose above it but another crosshead) goes as its
# caption: the FX report keeps only its last paragraph. (passes on f6b56b6)
FX = [
    "The dollar fell against most major currencies on Thursday after weak jobless claims data strengthened bets that "
    "the Federal Reserve will cut rates next month.",
    "EUR/USD",
    "The euro rose 0.4 per cent to $1.1690, its highest level in a week, helped by stronger than expected German "
    "industrial orders.",
    "GBP/USD",
    "Sterling gained 0.3 per cent to $1.3410 ahead of the Bank of England's policy decision, where a quarter-point cut "
    "is widely expected.",
    "USD/JPY",
    "The yen strengthened to 146.80 per dollar after a senior Bank of Japan official said further rate rises remained "
    "on the table.",
]
FLU = [
    "Hospital admissions for flu have doubled in a fortnight, and doctors expect the peak to come in early January.",
    "COVID/RSV Vaccines",
    "Older adults and pregnant women can still book a free RSV jab through their GP or a local pharmacy, the health "
    "service said.",
    "Uptake of the Covid booster among over-75s stands at 61 per cent, down from 68 per cent last winter.",
    "Hospitals have been asked to prepare extra beds and to discharge medically fit patients more quickly.",
]


@pytest.mark.parametrize(("head", "body"), [
    (("Markets", "Dollar slips as traders bet on a September rate cut", "By Paul Hart", "7 August 2025"), FX),
    (("Health", "Flu and RSV cases climb as winter sets in", "By Sam Rivers", "12 December 2025"), FLU),
])
def test_crossheads_with_a_slash_between_capitals_stay_body(head: tuple[str, ...], body: list[str]) -> None:
    res = split_text(_page(*head, *body))
    assert res.body == body
    assert res.standfirst is None


# ------------------------------------------------------------------ 5. _CAPS_SLASH_CREDIT: a slash headline
# _CAPS_SLASH_CREDIT is wrong (same pattern): a title-case headline "US/China Trade Truce Extended" is taken for a
# credit, so the deck under it is no longer seen as a deck and is kept as the article's first paragraph.
# (passes on f6b56b6)
def test_the_deck_under_a_headline_with_a_slash_is_the_standfirst() -> None:
    deck = "Washington and Beijing agree to keep tariffs on hold for another 90 days while talks go on."
    body = [
        "The United States and China agreed on Wednesday to extend their tariff truce by 90 days, averting a return to "
        "triple-digit duties that had been due to take effect next week.",
        "The extension was announced in a joint statement after two days of talks in Stockholm between Treasury "
        "Secretary Scott Bessent and Vice Premier He Lifeng.",
        "Officials said negotiators would meet again in October to discuss export controls on chips and rare earths.",
        "Markets in Asia rose on the news, with Hong Kong's Hang Seng index up 1.2 per cent.",
    ]
    res = split_text(_page("World", "US/China Trade Truce Extended", deck, "By Mark Jensen", "June 4, 2025", *body))
    assert res.standfirst == deck
    assert res.body == body


# ------------------------------------------------------------------ 6. _CAPS_SLASH_CREDIT: an Indonesian card
# _CAPS_SLASH_CREDIT is wrong (same pattern): Indonesian headlines are title case and "TNI/Polri" (army/police) opens
# many, so a related card "TNI/Polri Perketat Pengamanan Sorong" is a credit; the list under "Berita Terkait" breaks
# and both cards' lines fall into the body. (passes on f6b56b6)
def test_an_indonesian_card_opening_on_an_acronym_pair_stays_a_teaser() -> None:
    body = [
        "Polisi mengamankan 12 orang setelah bentrokan antarwarga di Distrik Sorong Timur, Papua Barat Daya, pada "
        "Minggu malam. Dua orang mengalami luka ringan dalam kejadian tersebut.",
        "Kapolres Sorong Kota AKBP Budi Santoso mengatakan situasi sudah kondusif dan aparat gabungan masih berjaga di "
        "lokasi.",
        "Ia meminta warga tidak terprovokasi oleh kabar yang belum jelas kebenarannya di media sosial.",
    ]
    cards = [
        ("TNI/Polri Perketat Pengamanan Sorong",
         "Aparat gabungan menambah personel di sejumlah titik rawan menjelang perayaan Paskah."),
        ("Warga Sorong Gelar Doa Bersama untuk Perdamaian",
         "Ratusan warga dari berbagai agama berkumpul di lapangan kota untuk mendoakan perdamaian."),
    ]
    res = split_text(_page("Nasional", "Polisi Amankan 12 Orang Usai Bentrok Antarwarga di Sorong", "Oleh Rina Ayu",
                           "Senin, 10 Maret 2025 14:20 WIB", *body, "Berita Terkait", *cards[0], *cards[1]))
    assert res.body == body
    assert _pairs(res) == cards


# ------------------------------------------------------------------ guards (pass on 68850c7)
# guard, _CAPS_SLASH_CREDIT: a Spanish "OUTLET/Photographer" credit (accented capitals) and the caption over it.
def test_guard_a_spanish_outlet_slash_photographer_credit_and_its_caption_are_boilerplate() -> None:
    body = [
        "Más de 20.000 vecinos de la comarca de l'Horta Sud siguen sin suministro eléctrico una semana después de la "
        "dana que arrasó la provincia de Valencia.",
        "La compañía eléctrica asegura que trabaja para restablecer el servicio antes del fin de semana, pero muchos "
        "transformadores quedaron sepultados por el lodo.",
        "Los ayuntamientos afectados han pedido al Gobierno que declare la zona catastrófica.",
    ]
    res = split_text(_page("Internacional", "Inundaciones en Valencia: miles de vecinos siguen sin luz una semana "
                           "después", "Por Lucía Martín", "5 de noviembre de 2024",
                           "Voluntarios retiran barro de una calle de Paiporta este lunes.", "EL PAÍS/Mónica Torres",
                           *body))
    assert res.body == body
    assert res.standfirst is None


# guard, _END_MARK: a Spanish press release closed by "– FIN –": the company's "Acerca de" and contact are no body.
def test_guard_a_spanish_press_releases_end_mark_closes_the_body() -> None:
    body = [
        "Iberdrola y la cadena de estaciones de servicio Petroprix han firmado un acuerdo para instalar 300 puntos de "
        "recarga rápida para vehículos eléctricos en sus gasolineras de Andalucía antes de finales de 2026.",
        "Los puntos tendrán una potencia de hasta 180 kW, lo que permitirá recargar el 80 % de la batería de un coche "
        "en unos veinte minutos.",
        "La inversión prevista supera los 15 millones de euros y generará más de un centenar de empleos durante la "
        "fase de obras.",
    ]
    res = split_text(_page("Notas de prensa", "Iberdrola instalará 300 puntos de recarga rápida en gasolineras de "
                           "Andalucía", "Madrid, 12 de marzo de 2025", *body, "– FIN –", "Acerca de Iberdrola",
                           "Iberdrola es una de las mayores compañías eléctricas del mundo por capitalización bursátil y "
                           "líder en energías renovables, con presencia en más de 30 países.",
                           "Contacto de prensa: Departamento de Comunicación, prensa@iberdrola.es, +34 91 000 00 00"))
    assert res.body == body
    assert res.teasers == []


# guard, _READ_TIME: Portuguese "Leitura de 3 min" lines over cards are meta, neither titles nor body.
def test_guard_portuguese_reading_time_lines_over_cards_are_no_titles() -> None:
    body = [
        "O governo federal lançou nesta terça-feira um programa de crédito de R$ 20 bilhões para micro e pequenas "
        "empresas, com juros abaixo dos praticados pelo mercado.",
        "As empresas poderão pedir até R$ 150 mil, com prazo de pagamento de até cinco anos e carência de um ano, "
        "segundo o Ministério da Fazenda.",
        "O programa será operado pelos bancos públicos a partir de abril.",
    ]
    titles = ["Dólar fecha em queda após dados de inflação nos EUA",
              "Petrobras anuncia redução no preço do diesel para distribuidoras",
              "Bolsa sobe puxada por ações de bancos e mineradoras"]
    res = split_text(_page("Economia", "Governo anuncia novo programa de crédito para pequenas empresas",
                           "Por Ana Souza", "12/03/2025 10h15", *body, "Mais lidas", "Leitura de 3 min", titles[0],
                           "Leitura de 2 min", titles[1], "Leitura de 4 min", titles[2]))
    assert res.body == body
    assert _pairs(res) == [(t, "") for t in titles]


# guard, _CJK_CAPTION: a gallery caption "图2/6 ... 通讯员 陈立 供图" is no lead and no standfirst.
def test_guard_a_chinese_gallery_caption_is_boilerplate() -> None:
    body = [
        "3月4日，位于杭州拱墅区运河边的原杭州第一棉纺厂改造项目正式开园，首批30家文创企业和商户已经入驻。",
        "据介绍，该厂房建于上世纪50年代，是杭州现存规模最大的近代工业建筑群之一。改造过程中，设计团队保留了锯齿形屋顶和红砖外墙。",
        "拱墅区文旅局相关负责人表示，园区将重点引进设计、动漫和非遗手作等业态，预计全年接待游客超过100万人次。",
    ]
    res = split_text(_page("本地新闻", "运河边的老厂房变身文创园", "图2/6 改造后的锯齿形屋顶厂房。 通讯员 陈立 供图", *body))
    assert res.body == body
    assert res.standfirst is None


ROMA = [
    "La stazione Termini della linea A della metropolitana di Roma resterà chiusa per lavori dal 3 febbraio al 28 "
    "marzo, ha annunciato l'Atac.",
    "I treni transiteranno senza fermarsi, mentre resterà aperto l'interscambio con la linea B, che continuerà a "
    "fermare regolarmente.",
    "L'azienda ha predisposto un servizio di bus navetta tra Termini e la stazione Repubblica, con corse ogni cinque "
    "minuti.",
]
ROMA_HEAD = ("Cronaca", "Roma, chiude per lavori la stazione Termini della metro A", "di Marco Rossi", "20 gennaio 2025")


# guard, legal_openers: an Italian masthead's imprint ("Direttore responsabile: ..., Registrazione ...") and a German
# sign-up form's privacy note are boilerplate.
@pytest.mark.parametrize("line", [
    "Direttore responsabile: Mario Rossi. Registrazione presso il Tribunale di Roma n. 123 del 12 maggio 2005. "
    "Partita IVA 01234567890.",
    "Ihre Daten werden gemäß unserer Datenschutzerklärung verarbeitet. Sie können sich jederzeit vom Newsletter "
    "abmelden.",
])
def test_guard_an_imprint_or_a_sign_up_privacy_note_is_boilerplate(line: str) -> None:
    res = split_text(_page(*ROMA_HEAD, *ROMA, line))
    assert res.body == ROMA
    assert res.standfirst is None
