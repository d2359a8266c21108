#!/usr/bin/env python3
"""Write the second-round pages of ``heldout2/`` (``*.html`` + ``*.json``), same format as make_pages.py.

Why: after the first held-out round (``heldout/``) the splitter was changed to fix what
those pages showed, so they no longer estimate anything. These six were written after
those changes to check whether the fixes generalise, with phrasings and shapes the
first round did not use ("Más información", "Vous aimerez aussi", "Ti potrebbe
interessare", kicker and title in one link, numbered "most viewed", a carousel of
<li> cards, an author box, a video strip). Written by someone who had read the code, so
a weaker test than round one; labelling rules as in make_heldout.py.
Run: python tests/data/split_html/make_heldout2.py
"""

from __future__ import annotations

import functools
import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
import make_heldout  # noqa: E402
from make_heldout import esc, head, paras, write_pages  # noqa: E402

OUT = pathlib.Path(__file__).resolve().parent / "heldout2"
PAGES: list[dict] = []


add = functools.partial(make_heldout.add, into=PAGES)


# 1. Spanish: "Más información" aside with bare links inside the text, an author box after
#    the text, and "Te recomendamos" cards (image, title, author line) with no class hints.
u1 = "https://elpais-ejemplo.com/clima/2026-07-20/ola-de-calor-julio.html"
t1 = "La tercera ola de calor del verano pone en alerta a nueve comunidades"
b1 = [
    "La Agencia Estatal de Meteorología ha activado este domingo el aviso rojo en nueve comunidades autónomas por temperaturas que superarán los 44 grados en el valle del Guadalquivir.",
    "Es la tercera ola de calor del verano y, según los meteorólogos, podría prolongarse hasta el jueves, con noches en las que el termómetro no bajará de los 25 grados en muchas ciudades.",
    "Sanidad ha recordado que los mayores de 65 años, los niños pequeños y las personas con enfermedades crónicas son los más vulnerables, y ha pedido evitar la actividad física en las horas centrales del día.",
    "Varias ciudades han ampliado el horario de apertura de bibliotecas y centros cívicos climatizados, que funcionarán como refugios climáticos hasta el final del episodio.",
]
mas1 = [
    ("Qué es un refugio climático y dónde encontrar el más cercano", "/clima/2026-07-02/refugios-climaticos.html"),
    ("El verano de 2025 fue el más cálido desde que hay registros", "/clima/2026-01-10/verano-2025-record.html"),
]
rec1 = [
    ("Los incendios de sexta generación, explicados", "/clima/2026-07-18/incendios-sexta-generacion.html", "Manuel Planelles"),
    ("Por qué las noches tropicales son cada vez más frecuentes", "/clima/2026-07-15/noches-tropicales.html", "Clemente Álvarez"),
    ("Así se adapta una ciudad al calor extremo: el ejemplo de Sevilla", "/clima/2026-07-12/sevilla-calor-extremo.html", "Javier Martín-Arroyo"),
]
h1 = (head(t1, "El País Ejemplo", u1, "es")
      + '<body><header><a href="/">EL PAÍS</a><nav><a href="/espana/">España</a> <a href="/clima/">Clima y Medio Ambiente</a> <a href="/economia/">Economía</a></nav></header>'
      + f'<main><article><header><h1>{esc(t1)}</h1><h2>Las temperaturas superarán los 44 grados en el valle del Guadalquivir y el episodio podría durar hasta el jueves</h2>'
      + '<div><a href="/autor/ana-garcia/">Ana García</a> <span>Madrid - 20 jul 2026 - 12:34 CEST</span></div></header>'
      + '<div data-dtm-region="articulo_cuerpo">' + paras(b1[:2])
      + '<aside><p><span>Más información</span></p>' + "".join(f'<div><a href="{esc(u)}">{esc(t)}</a></div>' for t, u in mas1) + "</aside>"
      + paras(b1[2:]) + '</div><div class="a_aut"><p><span>Ana García</span></p><p>Redactora de Clima y Medio Ambiente. Antes trabajó en la sección de Sociedad. Es licenciada en Periodismo por la Universidad Complutense.</p></div>'
      + '<ul class="a_tag"><li><a href="/noticias/ola-calor/">Ola de calor</a></li><li><a href="/noticias/aemet/">Aemet</a></li></ul></article>'
      + '<section><header><h3>Te recomendamos</h3></header><div>' + "".join(
          f'<article><figure><a href="{esc(u)}"><img src="/i/{i}.jpg" alt=""></a></figure><h2><a href="{esc(u)}">{esc(t)}</a></h2><div><span>{esc(a)}</span></div></article>'
          for i, (t, u, a) in enumerate(rec1))
      + '</div></section></main><footer><p>© EDICIONES EL PAÍS EJEMPLO S.L.</p></footer></body></html>')
add("es_mas_informacion", t1, u1, h1, b1, [(t, "", u) for t, u in mas1] + [(t, "", u) for t, u, _ in rec1],
    standfirst="Las temperaturas superarán los 44 grados en el valle del Guadalquivir y el episodio podría durar hasta el jueves")

# 2. German: kicker and title inside one link ("Kicker: Title"), an inline box in the text with
#    two such links, an "Anzeige" label, and "Weitere Artikel" cards at the end.
u2 = "https://www.spiegel-beispiel.de/wissenschaft/mensch/schlafforschung-a-8c21.html"
t2 = "Wer am Wochenende ausschläft, lebt nicht gesünder"
b2 = [
    "Wer unter der Woche zu wenig schläft, kann das Defizit am Wochenende nicht ausgleichen. Das zeigt eine Studie mit mehr als 3000 Teilnehmenden, die Forschende der Universität Freiburg am Montag vorgestellt haben.",
    "Die Probanden trugen zwei Jahre lang Sensoren am Handgelenk, die Schlafdauer und Schlafqualität aufzeichneten. Wer werktags regelmäßig weniger als sechs Stunden schlief, hatte höhere Blutdruckwerte – egal, wie lange er am Wochenende im Bett blieb.",
    "„Ausschlafen fühlt sich gut an, aber der Körper führt kein Konto, das man am Samstag ausgleichen kann“, sagt Studienleiterin Katrin Vogel.",
    "Die Forschenden empfehlen, auch am Wochenende möglichst zu gleichen Zeiten ins Bett zu gehen und aufzustehen. Kurze Mittagsschläfe von höchstens 20 Minuten seien dagegen unbedenklich.",
]
box2 = [
    ("Schlafstörungen", "Warum so viele Menschen nachts um drei Uhr aufwachen", "/wissenschaft/mensch/aufwachen-nachts-a-7f10.html"),
    ("Melatonin", "Was das Schlafhormon wirklich kann – und was nicht", "/gesundheit/melatonin-a-7e55.html"),
]
more2 = [
    ("Ernährung", "Intervallfasten: Neue Studie stellt Nutzen infrage", "Forschende fanden bei Übergewichtigen keinen Vorteil gegenüber normalen Diäten.", "/gesundheit/intervallfasten-a-8b90.html"),
    ("Bewegung", "Schon 4000 Schritte am Tag senken das Sterberisiko", "Eine Metaanalyse wertet Daten von 220.000 Menschen aus.", "/gesundheit/schritte-a-8b12.html"),
    ("Psychologie", "Wie Einsamkeit den Körper krank macht", "Soziale Isolation wirkt sich aus wie 15 Zigaretten am Tag.", "/wissenschaft/einsamkeit-a-8a77.html"),
]
h2 = (head(t2, "Spiegel Beispiel", u2, "de")
      + '<body><header data-area="top"><a href="/">Spiegel Beispiel</a><nav><a href="/politik/">Politik</a><a href="/wissenschaft/">Wissenschaft</a><a href="/gesundheit/">Gesundheit</a></nav></header>'
      + f'<main><article><header><span>Schlafforschung</span><h2><span>Studie zu Schlafmangel</span><span>{esc(t2)}</span></h2></header>'
      + '<div class="RichText">' + paras(b2[:2])
      + '<section class="inline-box"><span>Mehr zum Thema</span><ul>' + "".join(
          f'<li><a href="{esc(u)}"><span>{esc(k)}:</span> <span>{esc(t)}</span></a></li>' for k, t, u in box2) + "</ul></section>"
      + paras(b2[2:3]) + '<div class="ad"><span>Anzeige</span></div>' + paras(b2[3:])
      + '</div><footer><button>Artikel verschenken</button><button>Merken</button></footer></article>'
      + '<section><h2>Weitere Artikel</h2>' + "".join(
          f'<article><a href="{esc(u)}"><span>{esc(k)}</span><span>{esc(t)}</span></a><p>{esc(s)}</p></article>' for k, t, s, u in more2)
      + '</section></main><footer><a href="/impressum">Impressum</a> <a href="/datenschutz">Datenschutz</a></footer></body></html>')
add("de_kicker_in_link", t2, u2, h2, b2, [(t, "", u) for _, t, u in box2] + [(t, s, u) for _, t, s, u in more2])

# 3. French: "Vous aimerez aussi" carousel of <li> cards (kicker span, title, time), a video
#    strip with durations, and an inline link paragraph without cue that is body text.
u3 = "https://www.ouest-exemple.fr/bretagne/brest/port-de-brest-extension-2026-04-11.html"
t3 = "Le port de Brest va s'agrandir pour accueillir les éoliennes flottantes"
b3 = [
    "Le conseil régional a voté vendredi une enveloppe de 180 millions d'euros pour agrandir le port de commerce de Brest, afin d'y assembler les flotteurs des futurs parcs éoliens en mer.",
    "Les travaux, qui doivent commencer à l'automne, prévoient la création d'un nouveau quai de 400 mètres et de 30 hectares de terre-pleins gagnés sur la mer.",
    "Selon la région, le chantier pourrait créer jusqu'à 1 200 emplois directs pendant la phase d'assemblage, qui durera au moins dix ans. Les détails du projet sont présentés dans le <a href=\"/documents/dossier-port.pdf\">dossier de concertation</a> publié en ligne.",
    "Les associations de protection de la rade ont annoncé qu'elles déposeraient un recours, estimant que l'étude d'impact sous-estime les effets du chantier sur les herbiers marins.",
]
car3 = [
    ("Brest", "Le tramway de Brest aura une deuxième ligne en 2027", "/bretagne/brest/tramway-deuxieme-ligne-2026-04-09.html", "Il y a 2 jours"),
    ("Énergie", "Éolien en mer : le parc de Saint-Brieuc a produit plus que prévu", "/economie/energie/eolien-saint-brieuc-2026-04-05.html", "Il y a 6 jours"),
    ("Finistère", "Les pêcheurs s'inquiètent de la multiplication des parcs éoliens", "/bretagne/finistere/pecheurs-eoliens-2026-04-02.html", "Il y a 9 jours"),
]
vid3 = [
    ("VIDÉO. Les images impressionnantes de la tempête sur la pointe du Raz", "/bretagne/video-tempete-pointe-du-raz-2026-04-10.html", "01:12"),
    ("VIDÉO. Un phoque s'invite sur une plage bondée du Finistère", "/bretagne/video-phoque-plage-2026-04-08.html", "00:47"),
]
h3 = (head(t3, "Ouest Exemple", u3, "fr")
      + '<body><div class="header"><a href="/">Ouest Exemple</a><a href="/bretagne/">Bretagne</a><a href="/economie/">Économie</a><a href="/abonnement/">Je m\'abonne</a></div>'
      + f'<div class="main"><div class="art"><h1>{esc(t3)}</h1><div class="auteur">Yann Le Gall · Publié le 11/04/2026 à 18h05</div>'
      + "".join(f"<p>{p if '<a ' in p else esc(p)}</p>" for p in b3)
      + '</div><div class="bloc"><h2>Vous aimerez aussi</h2><ul class="carousel">' + "".join(
          f'<li class="carousel-item"><a href="{esc(u)}"><img src="/c{i}.jpg" alt=""><span class="k">{esc(k)}</span><span class="tt">{esc(t)}</span></a><span class="time">{esc(d)}</span></li>'
          for i, (k, t, u, d) in enumerate(car3))
      + '</ul></div><div class="bloc"><h2>Nos vidéos</h2>' + "".join(
          f'<div class="v"><a href="{esc(u)}"><span class="dur">{d}</span><span>{esc(t)}</span></a></div>' for t, u, d in vid3)
      + '</div></div><div class="footer">© Ouest Exemple 2026 — Tous droits réservés</div></body></html>')
add("fr_vous_aimerez", t3, u3, h3, [p.replace('<a href="/documents/dossier-port.pdf">', "").replace("</a>", "") for p in b3],
    [(t, "", u) for _, t, u, _ in car3] + [(t, "", u) for t, u, _ in vid3])

# 4. Italian: "LEGGI ANCHE" list inside the text, and "Ti potrebbe interessare" cards
#    (title + summary) after the article; paragraphs inside a div with an id only.
u4 = "https://www.corriere-esempio.it/economia/26_maggio_12/bollette-luce-gas-giugno.shtml"
t4 = "Bollette, a giugno luce e gas in calo per le famiglie"
b4 = [
    "Buone notizie per le famiglie: a giugno le bollette della luce e del gas scenderanno rispettivamente del 4 e del 7 per cento per i clienti vulnerabili, secondo le stime dell'Autorità per l'energia.",
    "Il calo è dovuto soprattutto alla discesa dei prezzi all'ingrosso del gas, tornati ai livelli precedenti alla crisi energetica grazie alle scorte elevate accumulate durante l'inverno.",
    "Le associazioni dei consumatori accolgono con favore la riduzione, ma ricordano che le tariffe restano ancora più alte di circa un terzo rispetto a cinque anni fa.",
    "Per chi ha un contratto sul mercato libero, l'effetto dipenderà dall'offerta sottoscritta: conviene controllare la scadenza delle condizioni economiche e confrontare le offerte disponibili.",
]
leggi4 = [
    ("Mercato libero, come scegliere l'offerta giusta", "/economia/26_aprile_30/mercato-libero-offerta.shtml"),
    ("Bonus sociale, chi può chiederlo e come", "/economia/26_aprile_22/bonus-sociale-bollette.shtml"),
]
int4 = [
    ("Benzina, il prezzo torna sopra 1,9 euro al litro", "Pesano le tensioni in Medio Oriente e il dollaro forte.", "/economia/26_maggio_11/prezzo-benzina.shtml"),
    ("Mutui, le rate scendono per il terzo mese di fila", "Il taglio dei tassi della Bce si fa sentire sui variabili.", "/economia/26_maggio_10/mutui-rate.shtml"),
    ("Pensioni, ecco quando arriva l'aumento di luglio", "La quattordicesima spetta a chi ha più di 64 anni.", "/economia/26_maggio_09/pensioni-luglio.shtml"),
]
h4 = (head(t4, "Corriere Esempio", u4, "it")
      + '<body><div id="hdr"><a href="/">Corriere Esempio</a> <a href="/economia/">Economia</a> <a href="/cronache/">Cronache</a></div>'
      + f'<div id="content"><h1>{esc(t4)}</h1><p id="sub">di Marco Bianchi</p><div id="testo">' + paras(b4[:2])
      + '<div><p><strong>LEGGI ANCHE</strong></p><ul>' + "".join(f'<li><a href="{esc(u)}">{esc(t)}</a></li>' for t, u in leggi4) + "</ul></div>"
      + paras(b4[2:]) + '</div><p class="riproduzione">© RIPRODUZIONE RISERVATA</p></div>'
      + '<div id="correlati"><h3>Ti potrebbe interessare</h3>' + "".join(
          f'<div class="c"><h4><a href="{esc(u)}">{esc(t)}</a></h4><p>{esc(s)}</p></div>' for t, s, u in int4)
      + '</div><div id="ftr">Copyright 2026 © Corriere Esempio. Tutti i diritti sono riservati.</div></body></html>')
add("it_leggi_anche_list", t4, u4, h4, b4, [(t, "", u) for t, u in leggi4] + [(t, s, u) for t, s, u in int4])

# 5. English: numbered "Most viewed" list (rank in its own span) before the article in the DOM,
#    a "Related:" inline line, a tag cloud "Explore more on these topics", and "More on this
#    story" links whose titles have no summary.
u5 = "https://www.theguardian-example.com/environment/2026/feb/03/river-pollution-fines"
t5 = "Water firms face record fines over river pollution"
b5 = [
    "Water companies in England face record fines after regulators found that sewage was discharged into rivers on more than 400,000 occasions last year, nearly all of them without permission.",
    "The Environment Agency said it would seek penalties of up to £250m against the three worst offenders, and would for the first time ask the courts to ban bonuses for their executives.",
    "Campaigners welcomed the move but said the fines were small compared with the profits and dividends the companies had paid out over the past decade.",
    "The industry body Water UK said its members were investing £10bn to reduce spills, and that new monitors had made the scale of the problem visible for the first time.",
]
viewed5 = [
    ("Storm brings 90mph winds and travel chaos to north of England", "/uk-news/2026/feb/03/storm-winds-travel"),
    ("‘It feels like a betrayal’: nurses react to pay offer", "/society/2026/feb/02/nurses-pay-offer"),
    ("The best books of the month, chosen by our critics", "/books/2026/feb/01/best-books-february"),
]
rel5 = ("Sewage spills: how bad is your local river?", "/environment/2026/jan/20/sewage-spills-local-river")
more5 = [
    ("Regulator accused of failing to act on sewage dumping", "/environment/2025/dec/12/regulator-sewage-dumping"),
    ("Water bills to rise by average of £86 a year", "/money/2025/nov/28/water-bills-rise"),
    ("Swimmers fall ill after race in polluted river", "/environment/2025/aug/10/swimmers-ill-polluted-river"),
]
h5 = (head(t5, "The Guardian Example", u5, "en-GB")
      + '<body><header><a href="/">The Guardian Example</a><nav><a href="/uk-news">UK</a> <a href="/environment">Environment</a> <a href="/money">Money</a></nav></header>'
      + '<div class="layout"><aside class="right"><h2>Most viewed</h2><ol>' + "".join(
          f'<li><span class="n">{i + 1}</span><a href="{esc(u)}">{esc(t)}</a></li>' for i, (t, u) in enumerate(viewed5))
      + f'</ol></aside><article><h1>{esc(t5)}</h1><div class="standfirst"><p>Regulator to seek £250m in penalties and a ban on executive bonuses</p></div>'
      + '<address>Helena Horton Environment reporter</address><time>Tue 3 Feb 2026 07.00 GMT</time><div class="body">' + paras(b5[:2])
      + f'<p><strong>Related: </strong><a href="{esc(rel5[1])}">{esc(rel5[0])}</a></p>' + paras(b5[2:])
      + '</div><div class="tags"><h2>Explore more on these topics</h2><ul><li><a href="/environment/water">Water</a></li><li><a href="/environment/pollution">Pollution</a></li>'
      + '<li><a href="/business/utilities">Utilities</a></li></ul><a href="/help/reuse">Reuse this content</a></div></article></div>'
      + '<section><h2>More on this story</h2><ul>' + "".join(f'<li><a href="{esc(u)}">{esc(t)}</a></li>' for t, u in more5)
      + '</ul></section><footer><p>© 2026 Guardian Example News &amp; Media Limited or its affiliated companies. All rights reserved.</p></footer></body></html>')
add("en_most_viewed_first", t5, u5, h5, b5, [(t, "", u) for t, u in viewed5] + [(rel5[0], "", rel5[1])] + [(t, "", u) for t, u in more5],
    standfirst="Regulator to seek £250m in penalties and a ban on executive bonuses")

# 6. Dutch: "Dit vind je misschien ook interessant" cards built from <article> elements
#    whose title is in a <p>, and an "Uitgelicht" single feature box in the middle of the text.
u6 = "https://www.nos-voorbeeld.nl/artikel/2519934-woningbouw-achter-op-schema"
t6 = "Woningbouw loopt verder achter op schema"
b6 = [
    "Er zijn vorig jaar 71.000 nieuwe woningen opgeleverd, ruim 20.000 minder dan het kabinet zich ten doel had gesteld. Dat blijkt uit cijfers van het Centraal Bureau voor de Statistiek.",
    "Bouwbedrijven wijzen op de hoge rente en de lange procedures voor vergunningen. Vooral in de grote steden duurt het vaak jaren voordat er gebouwd kan worden.",
    "De minister van Volkshuisvesting zegt dat de achterstand dit jaar moet worden ingelopen, onder meer door gemeenten te helpen met extra ambtenaren voor vergunningen.",
    "Woningzoekenden merken de tekorten direct: de gemiddelde wachttijd voor een sociale huurwoning is in sommige regio's opgelopen tot meer dan tien jaar.",
]
feat6 = ("Waarom bouwen in Nederland zo lang duurt", "Van plan tot oplevering gaan gemiddeld zeven jaar voorbij. Een analyse.", "/artikel/2519001-waarom-bouwen-zo-lang-duurt")
cards6 = [
    ("Huurprijzen vrije sector stijgen minder hard", "/artikel/2519800-huurprijzen-vrije-sector"),
    ("Gemeenten willen meer tijdelijke woningen op lege kavels", "/artikel/2519655-tijdelijke-woningen"),
    ("Starters kopen vaker samen met vrienden een huis", "/artikel/2519520-starters-kopen-samen"),
    ("Bouwvakkers gezocht: tekort loopt op tot 40.000", "/artikel/2519410-tekort-bouwvakkers"),
]
h6 = (head(t6, "NOS Voorbeeld", u6, "nl")
      + '<body><header><a href="/">NOS Voorbeeld</a><nav><a href="/nieuws/binnenland">Binnenland</a> <a href="/nieuws/economie">Economie</a></nav></header>'
      + f'<main><article><h1>{esc(t6)}</h1><p class="meta">Economie · Vandaag, 08:42</p>' + paras(b6[:2])
      + f'<div class="feature"><span>Uitgelicht</span><a href="{esc(feat6[2])}"><h3>{esc(feat6[0])}</h3><p>{esc(feat6[1])}</p></a></div>'
      + paras(b6[2:]) + '</article><section><h2>Dit vind je misschien ook interessant</h2><div class="grid">' + "".join(
          f'<article class="card"><a href="{esc(u)}"><img src="/x{i}.jpg" alt=""><p>{esc(t)}</p></a></article>' for i, (t, u) in enumerate(cards6))
      + '</div></section></main><footer>© NOS Voorbeeld</footer></body></html>')
add("nl_misschien_interessant", t6, u6, h6, b6, [feat6] + [(t, "", u) for t, u in cards6])


def main() -> None:
    write_pages(PAGES, OUT)


if __name__ == "__main__":
    main()
