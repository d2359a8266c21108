#!/usr/bin/env python3
"""Write the labelled HTML test pages of this folder (``*.html`` + ``*.json``).

Why generated: the expected body/teasers and the HTML come from one source, so the
labels cannot drift from the pages. Layouts follow real CMS patterns (related asides
inside the article, inline "Lesen Sie auch", heading-only blocks without class hints,
link-wrapped cards, ranked "most read" lists, relative links against <base>/canonical).
Run: python tests/data/split_html/make_pages.py
"""

from __future__ import annotations

import html
import json
import pathlib

HERE = pathlib.Path(__file__).resolve().parent


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def head(title: str, canonical: str | None = None, og_url: str | None = None, desc: str | None = None,
         base: str | None = None, lang: str = "en") -> str:
    parts = [f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{esc(title)} | Example News</title>']
    if canonical:
        parts.append(f'<link rel="canonical" href="{esc(canonical)}">')
    if og_url:
        parts.append(f'<meta property="og:url" content="{esc(og_url)}">')
    parts.append(f'<meta property="og:title" content="{esc(title)}">')
    if desc:
        parts.append(f'<meta name="description" content="{esc(desc)}">')
    if base:
        parts.append(f'<base href="{esc(base)}">')
    parts.append("</head>")
    return "".join(parts)


NAV = ('<header class="site-header"><nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li>'
       '<li><a href="/business">Business</a></li><li><a href="/tech">Tech</a></li><li><a href="/sport">Sport</a></li>'
       '</ul></nav></header>')
FOOT = ('<footer><p>© 2026 Example News. All rights reserved.</p><ul><li><a href="/privacy">Privacy</a></li>'
        '<li><a href="/terms">Terms</a></li><li><a href="/contact">Contact us</a></li></ul></footer></body></html>')


def paras(ps: list[str]) -> str:
    return "".join(f"<p>{esc(p)}</p>" for p in ps)


PAGES: list[dict] = []

# 1. English, related aside inside the article container, items h3 link + summary, relative URLs
body1 = [
    "The city council voted on Tuesday to expand the tram network to the eastern districts, ending a debate that has divided residents for more than a decade.",
    "The plan adds eleven kilometres of track and fourteen new stops, and the council expects the first trams to run on the extension by the spring of 2029.",
    "Supporters said the line would cut commuting times for tens of thousands of people who now depend on crowded buses, and would bring new shops to neglected streets.",
    "Opponents warned that the budget of 640 million euros relied on optimistic forecasts for federal grants, and that years of construction would hurt small businesses along the route.",
    "The mayor said the city had learned from the delays of the western line and would publish a monthly report on costs and progress, open to anyone who wanted to check.",
    "Construction is due to begin next autumn, after a final round of public hearings in each of the affected neighbourhoods.",
]
teasers1 = [
    ("Bus drivers call off strike after last-minute pay deal", "The union accepted a three-year agreement that raises wages by nine percent.", "/local/bus-strike-called-off"),
    ("Why the western tram line ran two years late", "An internal audit blames design changes made after construction had started.", "/local/western-line-audit"),
    ("Residents split over plans for a car-free old town", "", "https://www.example-news.com/local/car-free-old-town"),
]
aside1 = '<aside class="related-stories"><h2>Related stories</h2><ul>' + "".join(
    f'<li><a href="{esc(u)}"><img src="/img/{i}.jpg" alt=""></a><h3><a href="{esc(u)}">{esc(t)}</a></h3>'
    + (f"<p>{esc(s)}</p>" if s else "") + '<span class="time">2 hours ago</span></li>'
    for i, (t, s, u) in enumerate(teasers1)) + "</ul></aside>"
deck1 = "Eleven kilometres of new track will link the eastern districts to the centre by 2029."
PAGES.append({
    "id": "en_related_aside",
    "html": head("Council approves eastern tram extension", canonical="https://www.example-news.com/local/tram-extension",
                 desc=deck1)
    + "<body>" + NAV + '<main><article class="story"><h1>Council approves eastern tram extension</h1>'
    + f'<p class="standfirst">{esc(deck1)}</p><div class="byline">By Anna Berg · 3 March 2026</div>'
    + '<div class="story-body">' + paras(body1[:3]) + aside1 + paras(body1[3:]) + "</div></article></main>" + FOOT,
    "expected": {
        "title": "Council approves eastern tram extension",
        "url": "https://www.example-news.com/local/tram-extension",
        "standfirst": deck1,
        "body": body1,
        "teasers": [{"title": t, "summary": s, "url": "https://www.example-news.com" + u if u.startswith("/") else u}
                    for t, s, u in teasers1],
    },
})

# 2. German, inline "Lesen Sie auch:" paragraph mid-body, "Mehr zum Thema" block without class hints
body2 = [
    "Die Bundesregierung will den Ausbau der Stromnetze beschleunigen und hat dafür am Mittwoch einen Gesetzentwurf beschlossen, der Genehmigungsverfahren deutlich verkürzen soll.",
    "Künftig sollen Planungs- und Genehmigungsschritte parallel statt nacheinander laufen, und Einwände sollen nur noch in einer einzigen Anhörung vorgebracht werden können.",
    "Die Netzbetreiber begrüßten den Entwurf, mahnten aber zusätzliche Fachkräfte in den Behörden an, ohne die auch das schnellste Verfahren ins Stocken gerate.",
    "Umweltverbände kritisierten dagegen, dass die Beteiligung der Öffentlichkeit eingeschränkt werde und der Naturschutz bei der Trassenplanung zu kurz komme.",
    "Der Bundestag soll sich noch vor der Sommerpause in erster Lesung mit dem Gesetz befassen, das Inkrafttreten ist für Anfang des kommenden Jahres geplant.",
]
inline2 = ("Warum der Netzausbau im Süden stockt", "/wirtschaft/netzausbau-sueden")
block2 = [
    ("Strompreise: Was Haushalte im nächsten Jahr erwartet", "Die Netzentgelte steigen in vielen Regionen deutlich.", "/wirtschaft/strompreise-2027"),
    ("Offshore-Wind: Neue Rekordausschreibung in der Nordsee", "Vier Konzerne bieten um Flächen für zwölf Gigawatt.", "/wirtschaft/offshore-ausschreibung"),
    ("Stromspeicher werden zum Geschäftsmodell für Stadtwerke", "", "/wirtschaft/stromspeicher-stadtwerke"),
]
mehr2 = '<div class="box"><h3>Mehr zum Thema</h3>' + "".join(
    f'<div class="item"><a href="{esc(u)}"><span class="t">{esc(t)}</span></a>' + (f"<p>{esc(s)}</p>" if s else "") + "</div>"
    for t, s, u in block2) + "</div>"
PAGES.append({
    "id": "de_lesen_sie_auch",
    "html": head("Bundesregierung will Netzausbau beschleunigen", canonical="https://www.beispiel-zeitung.de/wirtschaft/netzausbau-gesetz",
                 lang="de")
    + "<body>" + NAV + '<div id="content"><div class="artikel"><h1>Bundesregierung will Netzausbau beschleunigen</h1>'
    + paras(body2[:2])
    + f'<p><strong>Lesen Sie auch:</strong> <a href="{esc(inline2[1])}">{esc(inline2[0])}</a></p>'
    + paras(body2[2:]) + mehr2 + '</div></div>' + FOOT,
    "expected": {
        "title": "Bundesregierung will Netzausbau beschleunigen",
        "url": "https://www.beispiel-zeitung.de/wirtschaft/netzausbau-gesetz",
        "standfirst": None,
        "body": body2,
        "teasers": [{"title": inline2[0], "summary": "", "url": "https://www.beispiel-zeitung.de" + inline2[1]}]
        + [{"title": t, "summary": s, "url": "https://www.beispiel-zeitung.de" + u} for t, s, u in block2],
    },
})

# 3. French, <base href>, "À lire aussi" block inside the article, link-wrapped cards (title + summary in the link)
body3 = [
    "Le gouvernement a présenté jeudi un plan de rénovation des écoles primaires, qui prévoit de moderniser près de quatre mille bâtiments d'ici à la fin de la décennie.",
    "La priorité sera donnée à l'isolation thermique et à la ventilation, après plusieurs étés pendant lesquels des classes ont dû fermer en raison de températures trop élevées.",
    "Les communes, propriétaires des bâtiments, pourront obtenir des prêts à taux réduit et des subventions couvrant jusqu'à la moitié du coût des travaux.",
    "Les associations d'élus locaux ont salué l'enveloppe, tout en s'inquiétant de la capacité des petites communes à monter des dossiers souvent complexes.",
    "Le ministre a promis un guichet unique dans chaque département pour accompagner les maires, dont l'ouverture est annoncée pour la rentrée prochaine.",
]
cards3 = [
    ("Canicule : les écoles cherchent des solutions pour l'été", "Brasseurs d'air, horaires décalés et cours de récréation végétalisées.", "societe/canicule-ecoles.html"),
    ("Le prix des travaux de rénovation continue de grimper", "Les artisans font face à la hausse des matériaux et à la pénurie de main-d'œuvre.", "economie/prix-renovation.html"),
]
bloc3 = '<section class="bloc-liens"><h3>À lire aussi</h3>' + "".join(
    f'<a class="carte" href="{esc(u)}"><h4>{esc(t)}</h4><p>{esc(s)}</p></a>' for t, s, u in cards3) + "</section>"
deck3 = "Quatre mille bâtiments doivent être rénovés d'ici à 2030, en commençant par l'isolation."
PAGES.append({
    "id": "fr_a_lire_aussi",
    "html": head("Un plan pour rénover les écoles primaires", og_url="https://www.exemple-journal.fr/societe/plan-ecoles.html",
                 base="https://www.exemple-journal.fr/", desc=deck3, lang="fr")
    + "<body>" + NAV + '<article><header><h1>Un plan pour rénover les écoles primaires</h1>'
    + f'<p class="chapo">{esc(deck3)}</p></header>'
    + '<div class="texte">' + paras(body3[:3]) + bloc3 + paras(body3[3:]) + "</div></article>" + FOOT,
    "expected": {
        "title": "Un plan pour rénover les écoles primaires",
        "url": "https://www.exemple-journal.fr/societe/plan-ecoles.html",
        "standfirst": deck3,
        "body": body3,
        "teasers": [{"title": t, "summary": s, "url": "https://www.exemple-journal.fr/" + u} for t, s, u in cards3],
    },
})

# 4. Spanish, ranked "Lo más leído" list after the body, inside the same container, no class hints
body4 = [
    "El Banco Central mantuvo este miércoles los tipos de interés en el cuatro por ciento, en línea con lo que esperaba la mayoría de los analistas consultados.",
    "La institución señaló que la inflación se ha moderado en los últimos meses, aunque los precios de los servicios siguen subiendo a un ritmo que considera preocupante.",
    "Varios miembros del consejo defendieron una primera bajada en el verano si los datos confirman la tendencia, según el comunicado publicado tras la reunión.",
    "Los mercados reaccionaron con calma: la bolsa cerró con una ligera subida y la rentabilidad de la deuda a diez años apenas se movió.",
]
rank4 = [
    ("El precio de la vivienda marca un nuevo máximo en las grandes ciudades", "/economia/precio-vivienda-maximo"),
    ("Las exportaciones crecen por tercer trimestre consecutivo", "/economia/exportaciones-trimestre"),
    ("Qué cambia en la declaración de la renta este año", "/economia/declaracion-renta-cambios"),
    ("La huelga de transportistas amenaza el abastecimiento", "/economia/huelga-transportistas"),
]
mas4 = '<div class="modulo"><h2>Lo más leído</h2><ol>' + "".join(
    f'<li><span class="num">{i + 1}</span><a href="{esc(u)}">{esc(t)}</a></li>' for i, (t, u) in enumerate(rank4)) + "</ol></div>"
PAGES.append({
    "id": "es_mas_leido",
    "html": head("El Banco Central mantiene los tipos en el 4%", og_url="https://www.ejemplo-diario.es/economia/banco-central-tipos", lang="es")
    + "<body>" + NAV + '<div class="principal"><h1>El Banco Central mantiene los tipos en el 4%</h1>'
    + '<div class="autor">Por Lucía Pérez</div>' + paras(body4) + mas4 + "</div>" + FOOT,
    "expected": {
        "title": "El Banco Central mantiene los tipos en el 4%",
        "url": "https://www.ejemplo-diario.es/economia/banco-central-tipos",
        "standfirst": None,
        "body": body4,
        "teasers": [{"title": t, "summary": "", "url": "https://www.ejemplo-diario.es" + u} for t, u in rank4],
    },
})

# 5. English, "More from Technology" cards with kicker + time, JSON-LD, body with an inline link (not a teaser)
body5 = [
    "A group of researchers has shown that a widely used open-source compression library can be made to leak memory contents when it processes specially crafted archives.",
    "The flaw affects versions released over the past four years, and the maintainers published a fix on Monday, urging distributions to ship it as soon as possible.",
    'According to the <a href="https://security.example.org/advisory-2026-17">advisory</a>, exploitation requires a victim to open a malicious file, which limits the risk for servers that only handle trusted data.',
    "Security teams at several cloud providers said they had already patched their systems and had found no sign that the weakness had been used in attacks.",
    "The researchers plan to present their findings, including the fuzzing technique that uncovered the bug, at a conference in Vienna in June.",
]
cards5 = [
    ("Chipmakers race to secure supply of rare gases", "Neon shortages have pushed prices up fivefold since January.", "/technology/chip-gases", "Semiconductors"),
    ("The quiet comeback of the mechanical keyboard", "Office workers are rediscovering the joy of clicky switches.", "/technology/mechanical-keyboards", "Gadgets"),
    ("Open-source maintainers are burning out. Can funding help?", "A new foundation wants to pay the people who keep the internet running.", "/technology/open-source-funding", "Software"),
]
more5 = '<section><h2>More from Technology</h2><div class="grid">' + "".join(
    f'<div class="card"><span class="kicker">{esc(k)}</span><a href="{esc(u)}"><h3>{esc(t)}</h3></a><p>{esc(s)}</p><time>5 min read</time></div>'
    for t, s, u, k in cards5) + "</div></section>"
ld5 = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Compression library flaw could leak memory, researchers warn",
                  "url": "https://tech.example.com/technology/compression-flaw"})
PAGES.append({
    "id": "en_more_from_cards",
    "html": head("Compression library flaw could leak memory, researchers warn", canonical="/technology/compression-flaw",
                 og_url="https://tech.example.com/technology/compression-flaw")
    .replace("</head>", f'<script type="application/ld+json">{ld5}</script></head>')
    + "<body>" + NAV + '<main><div class="article"><h1>Compression library flaw could leak memory, researchers warn</h1>'
    + '<div class="article-body">' + "".join(f"<p>{p if '<a ' in p else esc(p)}</p>" for p in body5) + "</div></div>"
    + more5 + "</main>" + FOOT,
    "expected": {
        "title": "Compression library flaw could leak memory, researchers warn",
        "url": "https://tech.example.com/technology/compression-flaw",
        "standfirst": None,
        "body": [p.replace('<a href="https://security.example.org/advisory-2026-17">', "").replace("</a>", "") for p in body5],
        "teasers": [{"title": t, "summary": s, "url": "https://tech.example.com" + u} for t, s, u, _ in cards5],
    },
})

# 6. English, no teasers at all: links inside body paragraphs must stay body
body6 = [
    "Heavy rain flooded dozens of streets in the river valley overnight, forcing the closure of two schools and the main road to the coast.",
    'The weather service said more than <a href="/weather/records">eighty millimetres</a> fell in six hours, close to the record set in 1998.',
    "Fire crews pumped water from basements until the early morning, and volunteers filled sandbags at the town hall to protect shops near the bridge.",
    "Forecasters expect drier weather from Thursday, but warned that river levels could keep rising for another day as water arrives from the hills.",
]
PAGES.append({
    "id": "en_no_teasers",
    "html": head("Overnight rain floods river valley streets", canonical="https://www.example-news.com/weather/valley-floods")
    + "<body>" + NAV + '<article><h1>Overnight rain floods river valley streets</h1>'
    + "".join(f"<p>{p if '<a ' in p else esc(p)}</p>" for p in body6) + "</article>" + FOOT,
    "expected": {
        "title": "Overnight rain floods river valley streets",
        "url": "https://www.example-news.com/weather/valley-floods",
        "standfirst": None,
        "body": [p.replace('<a href="/weather/records">', "").replace("</a>", "") for p in body6],
        "teasers": [],
    },
})

# 7. English, obfuscated CSS classes (css-in-js), "You might also like" in a span, READ MORE inline in caps
body7 = [
    "The national football association confirmed on Friday that the new stadium will host the cup final for the next five seasons, after a vote of its member clubs.",
    "The decision ends a long dispute with the owners of the old ground, who had offered lower rent in exchange for a ten-year contract.",
    "Clubs in the north had pushed for the final to rotate between cities, but the proposal won only a third of the votes at the meeting.",
    "Ticket prices for next season's final will be frozen at last year's level, the association said, and a share of seats will be reserved for local schools.",
]
inline7 = ("Cup holders name new captain after surprise transfer", "https://sport.example.net/football/new-captain")
like7 = [
    ("Five things we learned from the derby weekend", "https://sport.example.net/football/derby-lessons"),
    ("Referees to wear body cameras in pilot scheme", "https://sport.example.net/football/referee-cameras"),
    ("Women's league attendance doubles in a single season", "https://sport.example.net/football/womens-attendance"),
]
blk7 = '<div class="css-1q2w3e"><span class="css-9z8x7c">You might also like</span><div class="css-4r5t6y">' + "".join(
    f'<div class="css-7u8i9o"><a class="css-0p9o8i" href="{esc(u)}">{esc(t)}</a></div>' for t, u in like7) + "</div></div>"
PAGES.append({
    "id": "en_obfuscated_classes",
    "html": head("New stadium to host cup final for five years", canonical="https://sport.example.net/football/stadium-final")
    + "<body>" + NAV + '<div class="css-a1b2c3"><h1 class="css-d4e5f6">New stadium to host cup final for five years</h1>'
    + '<div class="css-g7h8i9">' + paras(body7[:2])
    + f'<p class="css-j1k2l3"><b>READ MORE:</b> <a href="{esc(inline7[1])}">{esc(inline7[0])}</a></p>'
    + paras(body7[2:]) + "</div>" + blk7 + "</div>" + FOOT,
    "expected": {
        "title": "New stadium to host cup final for five years",
        "url": "https://sport.example.net/football/stadium-final",
        "standfirst": None,
        "body": body7,
        "teasers": [{"title": inline7[0], "summary": "", "url": inline7[1]}]
        + [{"title": t, "summary": "", "url": u} for t, u in like7],
    },
})

# 8. English, related list with no cue at all: a bare <ul> of headline links after the text.
# Labelled as teasers (they are), kept to measure honestly what cue-free blocks cost.
body8 = [
    "Shares in the country's largest grocery chain fell sharply on Wednesday after the company cut its profit forecast for the year, blaming a price war with discount rivals.",
    "The chain said it would lower prices on more than two thousand products to win back customers, a move analysts estimated would cost it around 300 million a year.",
    "Its chief executive said the company was prepared to accept lower margins for two years in order to protect its share of the market.",
    "Rival retailers' shares also fell, as investors bet that the price cuts would spread across the sector before the holiday season.",
]
bare8 = [
    ("Discount grocers open record number of stores", "https://biz.example.org/retail/discount-stores"),
    ("Food inflation slows for the fourth month in a row", "https://biz.example.org/economy/food-inflation"),
    ("Supplier squeeze: farmers warn of lower prices", "https://biz.example.org/retail/farmers-prices"),
]
ul8 = '<ul class="list">' + "".join(f'<li><a href="{esc(u)}">{esc(t)}</a></li>' for t, u in bare8) + "</ul>"
PAGES.append({
    "id": "en_cue_free_list",
    "html": head("Grocery chain shares tumble on profit warning", canonical="https://biz.example.org/retail/grocery-profit-warning")
    + "<body>" + NAV + '<div class="page"><div class="content"><h1>Grocery chain shares tumble on profit warning</h1>'
    + paras(body8) + ul8 + "</div></div>" + FOOT,
    "expected": {
        "title": "Grocery chain shares tumble on profit warning",
        "url": "https://biz.example.org/retail/grocery-profit-warning",
        "standfirst": None,
        "body": body8,
        "teasers": [{"title": t, "summary": "", "url": u} for t, u in bare8],
    },
})

# 9. English, a stray related headline as its own paragraph inside the text (no cue, no class),
# pointing to an article-shaped URL; and a call-to-action link paragraph that is neither
body9 = [
    "The regional airline said on Monday it would resume flights to the island from June, two years after it suspended the route because of falling demand.",
    "Three weekly return flights are planned at first, rising to daily service in the summer months if bookings meet the airline's targets.",
    "Hotel owners on the island welcomed the decision, saying that the ferry alone could not bring enough visitors to sustain the season.",
    "The airline will use smaller turboprop aircraft on the route, which it says are cheaper to run and better suited to the island's short runway.",
]
stray9 = ("Island ferry operator adds a second boat for the summer", "https://www.example-news.com/travel/island-ferry-second-boat")
PAGES.append({
    "id": "en_stray_link_paragraph",
    "html": head("Airline to resume island flights in June", canonical="https://www.example-news.com/travel/island-flights-resume")
    + "<body>" + NAV + '<article><h1>Airline to resume island flights in June</h1>'
    + paras(body9[:2]) + f'<p><a href="{esc(stray9[1])}">{esc(stray9[0])}</a></p>'
    + paras(body9[2:]) + '<p><a href="/newsletter-signup">Click here to sign up for our travel newsletter</a></p>'
    + "</article>" + FOOT,
    "expected": {
        "title": "Airline to resume island flights in June",
        "url": "https://www.example-news.com/travel/island-flights-resume",
        "standfirst": None,
        "body": body9,
        "teasers": [{"title": stray9[0], "summary": "", "url": stray9[1]}],
    },
})


def main() -> None:
    for page in PAGES:
        (HERE / f"{page['id']}.html").write_text(page["html"], encoding="utf-8")
        (HERE / f"{page['id']}.json").write_text(
            json.dumps(page["expected"], ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
