#!/usr/bin/env python3
"""Write the held-out HTML pages of ``heldout/`` (``*.html`` + ``*.json``), same format as make_pages.py.

Why a separate set: the pages of make_pages.py were written alongside the splitter, so
they cannot estimate how it does on layouts it has not seen. These ten were written
before looking at the splitter's code, after shapes real sites use for related stories:
WordPress Jetpack related posts and a recent-posts widget, Taboola/Outbrain-like feeds
(sponsored + organic), card grids with kicker/summary/reading time, asides in the middle
of the text, inline "read also" lines, ranked and timestamped headline lists, React div
soup with hashed classes, an AMP page; in en/de/fr/es/it/nl/pt.

Gold: ``body`` = the article's own paragraphs (inline links in a sentence stay body);
``teasers`` = every block advertising another story of the site, in page order (sponsored
ads to other sites are boilerplate, not teasers); kickers, times, ranks, sources and
reading times belong to neither. Run: python tests/data/split_html/make_heldout.py
"""

from __future__ import annotations

import html
import json
import pathlib
import re

OUT = pathlib.Path(__file__).resolve().parent / "heldout"
LINK = re.compile(r"\[([^\]]+)\]\(([^)]+)\)")


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def rich(s: str) -> str:
    """Paragraph markup: ``[label](url)`` becomes a link, the rest is escaped."""
    out, pos = [], 0
    for m in LINK.finditer(s):
        out.append(esc(s[pos:m.start()]))
        out.append(f'<a href="{esc(m.group(2))}">{esc(m.group(1))}</a>')
        pos = m.end()
    out.append(esc(s[pos:]))
    return "".join(out)


def plain(s: str) -> str:
    return LINK.sub(lambda m: m.group(1), s)


def paras(ps: list[str], cls: str = "") -> str:
    attr = f' class="{cls}"' if cls else ""
    return "".join(f"<p{attr}>{rich(p)}</p>" for p in ps)


def head(title: str, site: str, canonical: str, lang: str, desc: str | None = None, extra: str = "",
         amp: bool = False) -> str:
    html_tag = f'<html amp lang="{lang}">' if amp else f'<html lang="{lang}">'
    parts = [f"<!DOCTYPE html>{html_tag}<head><meta charset=\"utf-8\">",
             '<meta name="viewport" content="width=device-width,initial-scale=1">',
             f"<title>{esc(title)} - {esc(site)}</title>", f'<link rel="canonical" href="{esc(canonical)}">',
             f'<meta property="og:title" content="{esc(title)}">', f'<meta property="og:site_name" content="{esc(site)}">']
    if desc:
        parts.append(f'<meta name="description" content="{esc(desc)}">')
    parts.append(extra)
    parts.append("</head>")
    return "".join(parts)


def abs_url(base: str, u: str) -> str:
    return u if u.startswith("http") else base + u


PAGES: list[dict] = []


def add(pid: str, title: str, url: str, html_text: str, body: list[str], teasers: list[tuple[str, str, str]],
        standfirst: str | None = None, *, into: list[dict] | None = None) -> None:
    """One page and its gold; ``into`` another set's list (make_heldout2.py) instead of this one's."""
    base = re.match(r"https?://[^/]+", url).group(0)  # type: ignore[union-attr]
    (PAGES if into is None else into).append({"id": pid, "html": html_text, "expected": {
        "title": title, "url": url, "standfirst": standfirst, "body": [plain(p) for p in body],
        "teasers": [{"title": t, "summary": s, "url": abs_url(base, u)} for t, s, u in teasers]}})


# 1. English WordPress: Jetpack related posts (image with alt=title, excerpt, date, "In <category>"
#    context) inside entry-content after the share buttons, then tags, comments and a
#    "Recent Posts" sidebar widget with dates.
u1 = "https://www.valleyledger-example.com/2026/03/04/library-sunday-hours/"
t1 = "County libraries to open on Sundays from April"
body1 = [
    "All five branches of the county library will open on Sunday afternoons from the first week of April, the library board decided on Tuesday night after a year-long pilot at the main branch.",
    "The pilot drew more than 11,000 visits over 40 Sundays, most of them families with school-age children and students looking for a quiet place to work before exams.",
    "Board chair Linda Marsh said the extra hours would be staffed by part-time workers rather than by asking full-time librarians to take on a sixth day.",
    "“We heard again and again that Sunday is the only day some people can come in,” Marsh said. “This is the cheapest way we have to reach them.”",
    "The change will cost about $180,000 a year, which the board plans to cover by cutting its spending on printed periodicals and renegotiating its e-book contracts.",
    "Two board members voted against the plan, arguing that the branches in the smaller towns should first get longer weekday hours.",
]
jp1 = [
    ("Library fines abolished after board vote", "The county will no longer charge late fees on children's books, a change supporters say will bring back…", "/2025/11/12/library-fines-abolished/", "November 12, 2025", "Local"),
    ("Main branch renovation wins state design award", "The glass reading room that opened last spring was praised for its use of daylight and recycled…", "/2025/09/30/main-branch-award/", "September 30, 2025", "Arts"),
    ("School board weighs later start times", "Parents packed the meeting to argue for and against moving the first bell to 8:30…", "/2026/02/18/school-start-times/", "February 18, 2026", "Education"),
]
recent1 = [
    ("Water main break closes Route 9 for two days", "/2026/03/04/route-9-water-main/", "March 4, 2026"),
    ("High school robotics team heads to nationals", "/2026/03/03/robotics-nationals/", "March 3, 2026"),
    ("Farmers market moves indoors for the winter", "/2026/03/02/farmers-market-indoors/", "March 2, 2026"),
    ("Council delays vote on downtown parking fees", "/2026/03/01/parking-fees-delay/", "March 1, 2026"),
]
base1 = "https://www.valleyledger-example.com"
jp1_html = ('<div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline"><em>Related</em></h3>'
            '<div class="jp-relatedposts-items jp-relatedposts-items-visual jp-relatedposts-grid">' + "".join(
                f'<div class="jp-relatedposts-post jp-relatedposts-post{i} jp-relatedposts-post-thumbs" data-post-id="{4700 + i}" data-post-format="false">'
                f'<a class="jp-relatedposts-post-a" href="{esc(base1 + u)}" title="{esc(t)}" rel="nofollow" data-origin="4821" data-position="{i}">'
                f'<img class="jp-relatedposts-post-img" loading="lazy" src="{esc(base1)}/wp-content/uploads/rel{i}.jpg" width="350" height="200" alt="{esc(t)}"></a>'
                f'<h4 class="jp-relatedposts-post-title"><a class="jp-relatedposts-post-a" href="{esc(base1 + u)}" title="{esc(t)}" rel="nofollow" data-origin="4821" data-position="{i}">{esc(t)}</a></h4>'
                f'<p class="jp-relatedposts-post-excerpt">{esc(s)}</p><p class="jp-relatedposts-post-date">{esc(d)}</p>'
                f'<p class="jp-relatedposts-post-context">In &quot;{esc(c)}&quot;</p></div>'
                for i, (t, s, u, d, c) in enumerate(jp1)) + "</div></div>")
share1 = ('<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social sd-social-icon-text sd-sharing">'
          '<h3 class="sd-title">Share this:</h3><div class="sd-content"><ul><li class="share-facebook"><a href="?share=facebook" target="_blank"><span>Facebook</span></a></li>'
          '<li class="share-x"><a href="?share=x" target="_blank"><span>X</span></a></li><li class="share-email"><a href="mailto:?subject=x"><span>Email</span></a></li>'
          '<li class="share-print"><a href="#print"><span>Print</span></a></li></ul></div></div></div>'
          '<div class="sharedaddy sd-block sd-like jetpack-likes-widget-wrapper"><h3 class="sd-title">Like this:</h3><div class="likes-widget-placeholder">Loading...</div></div>')
html1 = (head(t1, "The Valley Ledger", u1, "en-US", extra='<link rel="stylesheet" href="/wp-content/themes/ledger/style.css">')
         + '<body class="post-template-default single single-post postid-4821 single-format-standard">'
         + '<div id="page" class="site"><a class="skip-link screen-reader-text" href="#content">Skip to content</a>'
         + '<header id="masthead" class="site-header"><p class="site-title"><a href="/" rel="home">The Valley Ledger</a></p>'
         + '<p class="site-description">Local news since 1921</p><nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu">'
         + "".join(f'<li class="menu-item"><a href="/category/{x.lower()}/">{x}</a></li>' for x in ["Local", "Education", "Sports", "Obituaries", "Opinion"])
         + '</ul></nav></header><div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">'
         + '<article id="post-4821" class="post-4821 post type-post status-publish format-standard has-post-thumbnail hentry category-local tag-library">'
         + f'<header class="entry-header"><h1 class="entry-title">{esc(t1)}</h1><div class="entry-meta"><span class="posted-on">Posted on '
         + '<a href="' + esc(u1) + '" rel="bookmark"><time class="entry-date published" datetime="2026-03-04T08:12:00-05:00">March 4, 2026</time></a></span>'
         + '<span class="byline"> by <span class="author vcard"><a class="url fn n" href="/author/jnorris/">Jamie Norris</a></span></span></div></header>'
         + '<div class="post-thumbnail"><img src="/wp-content/uploads/library.jpg" alt="The main branch reading room"></div>'
         + '<div class="entry-content">' + paras(body1[:3])
         + '<figure class="wp-block-image size-large"><img src="/wp-content/uploads/pilot.jpg" alt=""><figcaption>Visitors at the main branch during the Sunday pilot. (Ledger photo)</figcaption></figure>'
         + paras(body1[3:]) + share1 + jp1_html + "</div>"
         + '<footer class="entry-footer"><span class="cat-links">Posted in <a href="/category/local/" rel="category tag">Local</a></span>'
         + '<span class="tags-links">Tagged <a href="/tag/library/" rel="tag">library</a>, <a href="/tag/county-budget/" rel="tag">county budget</a></span></footer></article>'
         + '<nav class="navigation post-navigation"><h2 class="screen-reader-text">Post navigation</h2><div class="nav-links">'
         + '<div class="nav-previous"><a href="/2026/03/03/robotics-nationals/" rel="prev">High school robotics team heads to nationals</a></div></div></nav>'
         + '<div id="comments" class="comments-area"><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Reply</h3>'
         + '<form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form"><p class="comment-notes">Your email address will not be published. Required fields are marked *</p>'
         + '<p class="comment-form-comment"><label for="comment">Comment</label><textarea id="comment" name="comment"></textarea></p>'
         + '<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment"></p></form></div></div>'
         + '</main></div><aside id="secondary" class="widget-area"><section id="search-2" class="widget widget_search"><form role="search" method="get" class="search-form" action="/">'
         + '<label><span class="screen-reader-text">Search for:</span><input type="search" class="search-field" placeholder="Search &hellip;" name="s"></label></form></section>'
         + '<section id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">Recent Posts</h2><ul>'
         + "".join(f'<li><a href="{esc(u)}">{esc(t)}</a><span class="post-date">{d}</span></li>' for t, u, d in recent1)
         + '</ul></section><section id="archives-2" class="widget widget_archive"><h2 class="widget-title">Archives</h2><ul>'
         + '<li><a href="/2026/03/">March 2026</a></li><li><a href="/2026/02/">February 2026</a></li><li><a href="/2026/01/">January 2026</a></li></ul></section></aside></div>'
         + '<footer id="colophon" class="site-footer"><div class="site-info">© 2026 The Valley Ledger · <a href="https://wordpress.org/">Proudly powered by WordPress</a></div></footer></div></body></html>')
# the previous-post link in the post navigation advertises another story too (shown twice on the page)
add("en_wp_jetpack", t1, u1, html1, body1,
    [(t, s, u) for t, s, u, _, _ in jp1] + [("High school robotics team heads to nationals", "", "/2026/03/03/robotics-nationals/")]
    + [(t, "", u) for t, u, _ in recent1])

# 2. English regional paper: sponsored feed ("You May Like", links to other domains with a
#    brand line) and an organic "Recommended for you" feed (same-site links with source line),
#    both after the article; a "RELATED:" line in caps mid-text.
u2 = "https://www.harborcitypost-example.com/news/2026/05/19/ferry-fares-rise"
t2 = "Ferry fares to rise 12 percent as fuel costs bite"
body2 = [
    "HARBOR CITY — Fares on the city's three ferry routes will rise by an average of 12 percent on July 1, the transit authority said Monday, the largest increase in more than a decade.",
    "A monthly commuter pass will go from $96 to $108, while single tickets for adults will cost $4.50 instead of $4. Fares for seniors and students will not change.",
    "The authority blamed a sharp rise in diesel prices and the cost of a new maintenance contract for its two oldest vessels, both of which are more than 30 years old.",
    "Rider groups said the increase would hit island residents hardest, since many of them have no other way to reach jobs on the mainland.",
    "“People on the islands are not choosing the ferry, they depend on it,” said Teresa Alvarez, who chairs the Island Riders Council. “This is a tax on where you live.”",
    "The authority's board will hold two public hearings in June before the increase takes effect. Written comments can be sent until June 20.",
]
rel2 = ("Transit authority orders two electric ferries", "/news/2026/02/11/electric-ferries-order")
sponsored2 = [
    ("Surgeon: If You Have Belly Fat, Do This Before Bed", "Health Insider Daily", "https://ads.example-adnet.com/c?id=881"),
    ("Homeowners Are Trading In Their Doorbell Cams For This $49 Gadget", "TechWise Deals", "https://ads.example-adnet.com/c?id=882"),
    ("The Most Beautiful Coastal Towns You've Never Heard Of", "TravelPulse", "https://ads.example-adnet.com/c?id=883"),
    ("Seniors Born Before 1965 Are Getting A Big Surprise", "Retire Smart Weekly", "https://ads.example-adnet.com/c?id=884"),
]
organic2 = [
    ("Bridge repairs to close two lanes through August", "/news/2026/05/15/bridge-lane-closures"),
    ("Island school to get first full-time nurse", "/news/2026/05/12/island-school-nurse"),
    ("Harbor cleanup volunteers pull two tons of trash from the water", "/news/2026/05/10/harbor-cleanup"),
    ("Opinion: The ferry is a lifeline. Fund it like one", "/opinion/2026/05/08/ferry-lifeline"),
]
html2 = (head(t2, "Harbor City Post", u2, "en")
         + '<body><div class="hdr"><a class="logo" href="/">Harbor City Post</a><ul class="topnav"><li><a href="/news">News</a></li><li><a href="/sports">Sports</a></li>'
         + '<li><a href="/opinion">Opinion</a></li><li><a href="/obits">Obituaries</a></li><li><a href="/subscribe">Subscribe</a></li></ul></div>'
         + '<div class="container"><div class="main-col"><div class="story-head"><a class="section-label" href="/news">News</a>'
         + f'<h1 class="headline">{esc(t2)}</h1><div class="meta">By Carl Jensen | Published May 19, 2026 at 6:45 pm</div></div>'
         + '<div class="story-text">' + paras(body2[:3])
         + f'<p><strong>RELATED:</strong> <a href="{esc(rel2[1])}">{esc(rel2[0])}</a></p>'
         + '<div class="ad-slot"><span class="ad-label">ADVERTISEMENT</span><div id="div-gpt-ad-1"></div></div>'
         + paras(body2[3:]) + '<p class="copyright">Copyright 2026 Harbor City Post. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.</p></div>'
         + '<div id="taboola-below-article-thumbnails" class="trc_related_container"><div class="trc_rbox_header trc_rbox_border_elm"><span class="trc_rbox_header_span">You May Like</span></div>'
         + '<div class="trc_rbox_outer">' + "".join(
             f'<div class="videoCube trc_spotlight_item origin-default thumbnail_top syndicatedItem"><a title="{esc(t)}" href="{esc(u)}" target="_blank" rel="nofollow noopener">'
             f'<span class="thumbBlock_holder"><span class="thumbBlock"></span></span><span class="video-label-box trc-main-label">'
             f'<span class="video-title">{esc(t)}</span><span class="branding">{esc(b)}</span></span></a></div>' for t, b, u in sponsored2)
         + '</div><div class="trc_header_ext"><a class="trc_attribution" href="https://ads.example-adnet.com/what">Sponsored Links by AdNet</a></div></div>'
         + '<div class="OUTBRAIN" data-widget-id="AR_2"><div class="ob-widget ob-feed-layout AR_2"><div class="ob-widget-header"><span class="ob-widget-text">Recommended for you</span></div>'
         + '<div class="ob-widget-items-container">' + "".join(
             f'<div class="ob-dynamic-rec-container ob-recIdx-{i} ob-p"><a class="ob-dynamic-rec-link" href="{esc(u)}" target="_self"><div class="ob-rec-image-container">'
             f'<img class="ob-rec-image" src="/img/rec{i}.jpg" alt=""></div><div class="ob-rec-text-container"><span class="ob-rec-text">{esc(t)}</span>'
             f'<span class="ob-rec-source">Harbor City Post</span></div></a></div>' for i, (t, u) in enumerate(organic2))
         + '</div><div class="ob_what"><a href="https://ads.example-adnet.com/about">What is this?</a></div></div></div>'
         + '<div class="comments-cta"><a href="#comments">View 48 comments</a></div></div>'
         + '<div class="rail"><div class="newsletter"><h3>Get the morning briefing</h3><p>Sign up for our free newsletter, delivered at 6 a.m.</p><button>Sign up</button></div></div></div>'
         + '<div class="ftr"><p>© 2026 Harbor City Post</p><a href="/privacy">Privacy Policy</a> <a href="/terms">Terms of Service</a></div></body></html>')
add("en_feed_widgets", t2, u2, html2, body2, [(rel2[0], "", rel2[1])] + [(t, "", u) for t, u in organic2])

# 3. German: "Mehr zum Thema" grid of cards after the article, outside it, each card an
#    <article> wrapped in one link with image, kicker (Dachzeile), title and teaser text;
#    a newsletter box inside the text; intro paragraph as standfirst.
u3 = "https://www.nordkurier-beispiel.de/wirtschaft/heizkosten-mieter-nachzahlung-123456.html"
t3 = "Mieter müssen mit hohen Nachzahlungen rechnen"
deck3 = "Die Heizkostenabrechnungen für das vergangene Jahr fallen vielerorts deutlich teurer aus. Verbraucherschützer raten, die Abrechnung genau zu prüfen."
body3 = [
    "Viele Mieterinnen und Mieter in Norddeutschland müssen sich in diesem Frühjahr auf hohe Nachzahlungen für Heizung und Warmwasser einstellen. Nach einer Auswertung des Mieterbundes liegen die Kosten im Schnitt um ein Viertel über dem Vorjahr.",
    "Grund sind vor allem die gestiegenen Netzentgelte und der höhere CO2-Preis, der seit Januar auf Erdgas und Heizöl aufgeschlagen wird. Dazu kommt, dass der Winter länger und kälter war als in den beiden Jahren davor.",
    "Besonders betroffen sind Haushalte in älteren Gebäuden mit Gasetagenheizungen oder schlecht gedämmten Fassaden. Dort rechnen die Verbraucherschützer mit Nachforderungen von mehreren hundert Euro.",
    "„Niemand sollte eine Nachzahlung einfach überweisen, ohne die Abrechnung zu prüfen“, sagt Petra Lüders von der Verbraucherzentrale. Häufig würden Kosten umgelegt, die gar nicht umlagefähig seien.",
    "Wer die Summe nicht auf einmal aufbringen kann, sollte früh mit dem Vermieter sprechen. Ratenzahlungen werden nach Angaben des Mieterbundes in den meisten Fällen gewährt.",
]
cards3 = [
    ("Energie", "Strompreise: Diese Versorger senken zum Sommer die Tarife", "Mehrere Stadtwerke geben gesunkene Einkaufspreise an ihre Kunden weiter. Ein Wechsel kann sich trotzdem lohnen.", "/wirtschaft/strompreise-sommer-123401.html"),
    ("Wohnen", "Wohngeld: Wer jetzt Anspruch hat und wie viel es gibt", "Seit der Reform haben deutlich mehr Haushalte Anspruch. Ein Überblick über Grenzen und Antrag.", "/wirtschaft/wohngeld-anspruch-123377.html"),
    ("Sanierung", "Förderung für neue Heizungen: Was sich 2026 ändert", "Die Zuschüsse werden neu verteilt. Wer früh plant, kann bis zu 70 Prozent sparen.", "/wirtschaft/heizungsfoerderung-2026-123350.html"),
    ("Verbraucher", "Nebenkosten prüfen: Die häufigsten Fehler in der Abrechnung", "", "/ratgeber/nebenkosten-fehler-123299.html"),
]
html3 = (head(t3, "Nordkurier Beispiel", u3, "de", desc=deck3)
         + '<body><div class="page"><header class="masthead"><a href="/" class="masthead__logo">Nordkurier</a><nav class="mainnav"><a href="/politik">Politik</a>'
         + '<a href="/wirtschaft">Wirtschaft</a><a href="/kultur">Kultur</a><a href="/sport">Sport</a><a href="/region">Region</a></nav></header>'
         + '<main class="page__main"><article class="article"><header class="article__header"><span class="article__kicker">Heizkosten</span>'
         + f'<h1 class="article__title">{esc(t3)}</h1><p class="article__intro">{esc(deck3)}</p>'
         + '<div class="article__meta"><span class="article__author">Von Jens Hoffmann</span> <time datetime="2026-04-08T06:00:00+02:00">08.04.2026, 06:00 Uhr</time></div></header>'
         + '<figure class="article__image"><img src="/bilder/heizung.jpg" alt="Heizkörper"><figcaption>Ein Thermostat an einem Heizkörper. Foto: dpa</figcaption></figure>'
         + '<div class="article__body">' + paras(body3[:3], "article__paragraph")
         + '<div class="newsletter-box"><p class="newsletter-box__title">Wirtschaft kompakt</p><p>Die wichtigsten Nachrichten aus der Wirtschaft jeden Morgen in Ihrem Postfach.</p>'
         + '<a class="button" href="/newsletter">Jetzt kostenlos abonnieren</a></div>'
         + paras(body3[3:], "article__paragraph") + '</div><footer class="article__footer"><ul class="article__tags"><li><a href="/thema/heizkosten">Heizkosten</a></li>'
         + '<li><a href="/thema/mieten">Mieten</a></li><li><a href="/thema/verbraucher">Verbraucher</a></li></ul>'
         + '<div class="share"><a href="#">Teilen</a><a href="#">Drucken</a></div></footer></article>'
         + '<section class="teaser-grid"><h2 class="teaser-grid__title">Mehr zum Thema</h2><div class="teaser-grid__items">' + "".join(
             f'<article class="teaser teaser--medium"><a class="teaser__link" href="{esc(u)}"><figure class="teaser__media"><img src="/bilder/t{i}.jpg" alt=""></figure>'
             f'<div class="teaser__content"><span class="teaser__kicker">{esc(k)}</span><h3 class="teaser__headline">{esc(t)}</h3>'
             + (f'<p class="teaser__text">{esc(s)}</p>' if s else "") + '</div></a></article>' for i, (k, t, s, u) in enumerate(cards3))
         + '</div></section></main><footer class="pagefooter"><a href="/impressum">Impressum</a> <a href="/datenschutz">Datenschutz</a> <span>© Nordkurier Beispiel 2026</span></footer></div></body></html>')
add("de_teaser_grid", t3, u3, html3, body3, [(t, s, u) for _, t, s, u in cards3], standfirst=deck3)

# 4. French: an <aside> of two cards in the middle of the text ("Sur le même sujet"),
#    a one-line "Lire aussi" catcher with a subscriber mark, and a ranked "Les plus lus" list
#    in the sidebar after the article.
u4 = "https://www.journal-exemple.fr/planete/article/2026/06/02/secheresse-restrictions-eau_61234.html"
t4 = "Sécheresse : quarante départements soumis à des restrictions d'eau"
body4 = [
    "Quarante départements font désormais l'objet de restrictions d'usage de l'eau, a indiqué lundi le ministère de la transition écologique, un niveau rarement atteint aussi tôt dans la saison.",
    "Dans une dizaine d'entre eux, le niveau de « crise » a été déclenché sur une partie du territoire : l'arrosage des jardins, le lavage des voitures et le remplissage des piscines privées y sont interdits.",
    "Les nappes phréatiques, qui avaient pourtant bien profité des pluies de l'hiver, se vident plus vite que prévu en raison de températures supérieures de trois degrés aux normales depuis la mi-mai.",
    "Les agriculteurs, premiers consommateurs d'eau en été, redoutent de nouvelles interdictions d'irrigation au moment où les cultures de maïs en ont le plus besoin.",
    "« Nous ne demandons pas de passe-droit, mais de la visibilité », explique un responsable syndical de la Vienne, où les arrêtés se succèdent d'une semaine à l'autre.",
    "Le gouvernement doit présenter d'ici à la fin du mois un décret visant à mieux encadrer les prélèvements des plus gros consommateurs industriels.",
]
aside4 = [
    ("Comment les villes se préparent aux canicules à répétition", "Îlots de fraîcheur, horaires décalés, plans d'alerte : les mairies multiplient les mesures.", "/planete/article/2026/05/28/villes-canicules_61190.html"),
    ("Les « méga-bassines », un conflit qui ne s'apaise pas", "", "/planete/article/2026/05/20/mega-bassines-conflit_61102.html"),
]
catch4 = ("Irrigation : le difficile partage de l'eau entre agriculteurs", "/planete/article/2026/05/30/irrigation-partage_61211.html")
lus4 = [
    ("Baccalauréat 2026 : les sujets de philosophie", "/societe/article/2026/06/02/bac-philo-sujets_61230.html"),
    ("Le prix des billets de train pour l'été s'envole", "/economie/article/2026/06/01/prix-train-ete_61220.html"),
    ("Un séisme de magnitude 4,8 ressenti dans les Alpes", "/planete/article/2026/06/02/seisme-alpes_61228.html"),
    ("Les députés adoptent la réforme de l'assurance-chômage", "/politique/article/2026/06/01/assurance-chomage_61219.html"),
    ("Tennis : la jeune Française qui bouscule Roland-Garros", "/sport/article/2026/06/02/roland-garros-revelation_61225.html"),
]
html4 = (head(t4, "Le Journal Exemple", u4, "fr")
         + '<body><div id="habillage"><header class="Header"><a class="Header__logo" href="/">Le Journal</a><nav><ul class="Nav"><li><a href="/international/">International</a></li>'
         + '<li><a href="/politique/">Politique</a></li><li><a href="/planete/">Planète</a></li><li><a href="/economie/">Économie</a></li><li><a href="/culture/">Culture</a></li></ul></nav></header>'
         + '<div class="zone zone--article"><section class="article article--content"><header><p class="breadcrumb"><a href="/planete/">Planète</a> › <a href="/planete/eau/">Eau</a></p>'
         + f'<h1 class="article__title">{esc(t4)}</h1><p class="article__desc">Le niveau de crise a été atteint dans une dizaine de départements, où l\'arrosage et le remplissage des piscines sont interdits.</p>'
         + '<p class="meta__publisher">Publié le 2 juin 2026 à 18h30 · <span class="meta__reading-time">Lecture 3 min.</span></p></header>'
         + '<p class="article__paragraph">' + esc(body4[0]) + "</p>" + '<p class="article__paragraph">' + esc(body4[1]) + "</p>"
         + '<aside class="encadre encadre--gauche"><p class="encadre__titre">Sur le même sujet</p>' + "".join(
             f'<div class="carte"><a href="{esc(u)}" class="carte__media"><img src="/img/c{i}.jpg" alt=""></a><div class="carte__texte">'
             f'<a class="carte__lien" href="{esc(u)}">{esc(t)}</a>' + (f"<p>{esc(s)}</p>" if s else "") + "</div></div>" for i, (t, s, u) in enumerate(aside4))
         + "</aside>" + "".join(f'<p class="article__paragraph">{esc(p)}</p>' for p in body4[2:4])
         + '<section class="catcher catcher--inline"><span class="catcher__label">Lire aussi</span> <span class="icon__premium">Article réservé à nos abonnés</span> '
         + f'<a class="catcher__title" href="{esc(catch4[1])}">{esc(catch4[0])}</a></section>'
         + "".join(f'<p class="article__paragraph">{esc(p)}</p>' for p in body4[4:])
         + '<p class="article__signature">Marie Duval</p><section class="paywall-hook"><p>Il vous reste 0 % de cet article à lire.</p></section>'
         + '<div class="services"><a href="#">Partager</a><a href="#">Offrir cet article</a><a href="#">Ajouter à vos sélections</a></div></section>'
         + '<aside class="aside-lus"><h3 class="aside-lus__title">Les plus lus</h3><ol class="aside-lus__list">' + "".join(
             f'<li class="aside-lus__item"><span class="aside-lus__rank">{i + 1}</span><a href="{esc(u)}">{esc(t)}</a></li>' for i, (t, u) in enumerate(lus4))
         + '</ol></aside></div><footer class="Footer"><p>© Le Journal Exemple - Reproduction interdite</p><a href="/cgv">CGV</a> <a href="/mentions-legales">Mentions légales</a></footer></div></body></html>')
add("fr_aside_middle", t4, u4, html4, body4,
    [(t, s, u) for t, s, u in aside4] + [(catch4[0], "", catch4[1])] + [(t, "", u) for t, u in lus4],
    standfirst="Le niveau de crise a été atteint dans une dizaine de départements, où l'arrosage et le remplissage des piscines sont interdits.")

# 5. Spanish: "Noticias relacionadas" bare link list in the middle of the text, an inline
#    "Te puede interesar:" line, and an "Últimas noticias" list with clock times after it.
u5 = "https://www.diario-ejemplo.es/sociedad/2026-09-14/alquiler-jovenes-bono_4021.html"
t5 = "El Gobierno amplía el bono de alquiler joven a los menores de 35 años"
body5 = [
    "El Consejo de Ministros aprobó este martes la ampliación del bono de alquiler joven, que pasará a cubrir a los menores de 35 años con ingresos inferiores a tres veces el salario mínimo.",
    "La ayuda, de 250 euros al mes durante dos años, solo podía solicitarse hasta ahora por quienes no habían cumplido los 30. Según el ministerio, unas 120.000 personas más podrán beneficiarse de ella.",
    "Las comunidades autónomas serán las encargadas de tramitar las solicitudes, como hasta ahora, y recibirán 400 millones de euros adicionales para hacer frente a la demanda.",
    "Las asociaciones de inquilinos valoraron la medida, pero advirtieron de que, sin un control de los precios, una parte de la ayuda acabará en manos de los propietarios.",
    "Los primeros pagos con las nuevas condiciones llegarán, previsiblemente, a partir de enero, una vez que se publique la orden en el Boletín Oficial del Estado.",
]
rel5 = [
    ("El precio del alquiler sube un 9% en un año y marca otro récord", "/economia/2026-09-02/precio-alquiler-record_3977.html"),
    ("Cómo solicitar el bono de alquiler joven paso a paso", "/sociedad/2026-08-20/solicitar-bono-alquiler_3901.html"),
]
inter5 = ("Los jóvenes se emancipan a los 30,4 años, la edad más alta desde que hay registros", "/sociedad/2026-07-11/emancipacion-jovenes_3702.html")
ult5 = [
    ("16:42", "Detenido un hombre por el incendio del monte de la sierra", "/sucesos/2026-09-14/detenido-incendio_4030.html"),
    ("16:15", "La Liga aplaza el partido del domingo por la alerta roja", "/deportes/2026-09-14/liga-aplaza-partido_4028.html"),
    ("15:58", "El paro baja en 40.000 personas en agosto", "/economia/2026-09-14/paro-agosto_4025.html"),
    ("15:31", "Sanidad recomienda la vacuna de la gripe a partir de los 60 años", "/sociedad/2026-09-14/vacuna-gripe_4023.html"),
]
html5 = (head(t5, "Diario Ejemplo", u5, "es")
         + '<body><div id="cabecera"><a href="/" id="logo">Diario Ejemplo</a><ul id="menu"><li><a href="/espana/">España</a></li><li><a href="/internacional/">Internacional</a></li>'
         + '<li><a href="/economia/">Economía</a></li><li><a href="/sociedad/">Sociedad</a></li><li><a href="/deportes/">Deportes</a></li></ul></div>'
         + '<div id="contenedor"><div class="col-izq"><div class="noticia"><h1>' + esc(t5) + '</h1>'
         + '<h2 class="entradilla">La ayuda de 250 euros al mes llegará a unas 120.000 personas más a partir de enero</h2>'
         + '<div class="firma">Ana Romero <span class="fecha">Madrid - 14 SEP 2026 - 13:20 CEST</span></div>'
         + '<div class="cuerpo">' + paras(body5[:2])
         + '<div class="relacionadas"><p class="relacionadas-titulo">Noticias relacionadas</p><ul>'
         + "".join(f'<li><a href="{esc(u)}">{esc(t)}</a></li>' for t, u in rel5) + "</ul></div>"
         + paras(body5[2:4]) + f'<p><strong>Te puede interesar:</strong> <a href="{esc(inter5[1])}">{esc(inter5[0])}</a></p>'
         + paras(body5[4:]) + '</div><div class="etiquetas">Archivado en: <a href="/tag/vivienda/">Vivienda</a> <a href="/tag/jovenes/">Jóvenes</a> <a href="/tag/alquiler/">Alquiler</a></div>'
         + '<div class="compartir">Compartir en <a href="#">Facebook</a> <a href="#">WhatsApp</a> <a href="#">Twitter</a></div></div></div>'
         + '<div class="col-der"><div class="ultimas"><h3>Últimas noticias</h3><ul>' + "".join(
             f'<li><time>{h}</time> <a href="{esc(u)}">{esc(t)}</a></li>' for h, t, u in ult5)
         + '</ul><a class="ver-mas" href="/ultimas-noticias/">Ver más noticias</a></div></div></div>'
         + '<div id="pie"><p>© Diario Ejemplo S.L. Todos los derechos reservados.</p><a href="/aviso-legal">Aviso legal</a> <a href="/cookies">Política de cookies</a></div></body></html>')
add("es_relacionadas_ultimas", t5, u5, html5, body5,
    [(t, "", u) for t, u in rel5] + [(inter5[0], "", inter5[1])] + [(t, "", u) for _, t, u in ult5],
    standfirst="La ayuda de 250 euros al mes llegará a unas 120.000 personas más a partir de enero")

# 6. Italian React/Next page: hashed class names only, a breaking-news ticker above the
#    article, body paragraphs in divs, and link-wrapped cards (kicker, title, summary,
#    reading time) under "Potrebbe interessarti anche".
u6 = "https://www.giornale-esempio.it/cronaca/2026/10/03/treni-sciopero-venerdi-orari"
t6 = "Sciopero dei treni venerdì: gli orari e le fasce garantite"
body6 = [
    "Venerdì 10 ottobre i treni regionali e a lunga percorrenza potranno subire cancellazioni e ritardi per uno sciopero nazionale di 24 ore proclamato da diverse sigle sindacali del settore ferroviario.",
    "L'agitazione inizierà alle 21 di giovedì e terminerà alle 21 di venerdì. Come previsto dalla legge, saranno garantiti i treni in partenza tra le 6 e le 9 e tra le 18 e le 21.",
    "I sindacati chiedono il rinnovo del contratto scaduto da quasi due anni e più personale a bordo dei treni regionali, dove le aggressioni al personale sono aumentate.",
    "Le aziende ferroviarie invitano i viaggiatori a informarsi prima di partire. Chi rinuncia al viaggio può chiedere il rimborso del biglietto fino all'orario di partenza del treno.",
    "È il terzo sciopero dei trasporti dall'inizio dell'autunno, e altri due sono già stati annunciati per novembre nel trasporto pubblico locale.",
]
tick6 = ("Maltempo, allerta arancione in Liguria e Toscana", "/cronaca/2026/10/03/allerta-arancione-liguria")
cards6 = [
    ("Trasporti", "Metro, bus e tram: il calendario degli scioperi di ottobre", "Tutte le date da segnare per chi si sposta in città.", "/cronaca/2026/10/01/calendario-scioperi-ottobre"),
    ("Economia", "Il prezzo dei biglietti dell'alta velocità aumenta del 6%", "Le nuove tariffe entreranno in vigore a gennaio.", "/economia/2026/09/29/prezzo-alta-velocita"),
    ("Cronaca", "Aggressioni sui treni, arrivano le guardie giurate a bordo", "Il piano coinvolge le linee con più incidenti negli ultimi mesi.", "/cronaca/2026/09/25/guardie-giurate-treni"),
    ("Italia", "Pendolari, il treno più lento d'Italia viaggia a 40 all'ora", "", "/cronaca/2026/09/20/treno-piu-lento"),
]
html6 = (head(t6, "Il Giornale Esempio", u6, "it", extra='<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{}}}</script>')
         + '<body><div id="__next"><div class="sc-1x9k2-0 hQwXsN"><div class="sc-a7f3e-0 kPzLmA"><a class="sc-a7f3e-1 bVtRqE" href="/">Il Giornale</a>'
         + '<div class="sc-a7f3e-2 cXyZab"><a href="/cronaca">Cronaca</a><a href="/politica">Politica</a><a href="/economia">Economia</a><a href="/sport">Sport</a></div></div>'
         + f'<div class="sc-t1c-0 dFgHjK"><span class="sc-t1c-1 eRtYuI">Ultim\'ora</span><a class="sc-t1c-2 fGhJkL" href="{esc(tick6[1])}">{esc(tick6[0])}</a></div>'
         + '<div class="sc-3e7q-0 gHjKlZ"><div class="sc-3e7q-1 aSdFgH"><span class="sc-3e7q-2 qWeRtY">Cronaca</span>'
         + f'<h1 class="sc-3e7q-3 zXcVbN">{esc(t6)}</h1><div class="sc-3e7q-4 mNbVcX">Di Giulia Ferri · 3 ottobre 2026, 11:04</div></div>'
         + '<div class="sc-9p8o-0 lKjHgF">' + "".join(f'<div class="sc-9p8o-1 pOiUyT">{esc(p)}</div>' for p in body6[:3])
         + '<div class="sc-ad-0 adSlot"><div>Pubblicità</div></div>'
         + "".join(f'<div class="sc-9p8o-1 pOiUyT">{esc(p)}</div>' for p in body6[3:]) + "</div>"
         + '<div class="sc-s5h-0 wErTyU"><button class="sc-s5h-1">Condividi</button><button class="sc-s5h-1">Copia link</button></div></div>'
         + '<div class="sc-r2l-0 yUiOpA"><h2 class="sc-r2l-1 hGfDsA">Potrebbe interessarti anche</h2><div class="sc-r2l-2 jKlMnB">' + "".join(
             f'<a class="sc-c4d-0 xCvBnM" href="{esc(u)}"><div class="sc-c4d-1 qAzWsX"><img src="/_next/image?url=/img/{i}.jpg&amp;w=640" alt=""></div>'
             f'<div class="sc-c4d-2 eDcRfV"><span class="sc-c4d-3 tGbYhN">{esc(k)}</span><h3 class="sc-c4d-4 uJmIkO">{esc(t)}</h3>'
             + (f'<div class="sc-c4d-5 lPoKiJ">{esc(s)}</div>' if s else "") + '<span class="sc-c4d-6 mNhBgV">3 min di lettura</span></div></a>'
             for i, (k, t, s, u) in enumerate(cards6))
         + '</div></div><div class="sc-f0o-0 zAqWsX"><span>© 2026 Il Giornale Esempio S.p.A. - P.IVA 01234567890</span><a href="/privacy">Privacy</a><a href="/cookie">Cookie policy</a></div></div></div></body></html>')
add("it_react_cards", t6, u6, html6, body6, [(tick6[0], "", tick6[1])] + [(t, s, u) for _, t, s, u in cards6])

# 7. Dutch AMP page: amp-img, amp-sidebar navigation, inline "Lees ook:" line, and a
#    "Meer nieuws" block of link-wrapped cards with a time line after the text.
u7 = "https://www.dagblad-voorbeeld.nl/binnenland/fietspaden-gemeente-investeert~a4412/"
t7 = "Gemeente trekt 30 miljoen uit voor bredere fietspaden"
body7 = [
    "De gemeente trekt de komende vier jaar 30 miljoen euro uit om de drukste fietspaden in de stad te verbreden. Dat heeft het college dinsdag bekendgemaakt.",
    "Op veel routes naar het centrum is het in de spits zo druk dat fietsers elkaar nauwelijks kunnen inhalen. Vooral de opkomst van elektrische fietsen en bakfietsen zorgt voor problemen.",
    "Als eerste worden de fietspaden langs de singel en de route naar het station aangepakt. Daar moeten ook parkeerplaatsen voor auto's verdwijnen om ruimte te maken.",
    "Ondernemers langs de singel zijn niet blij met het verdwijnen van de parkeerplaatsen. Zij vrezen dat klanten wegblijven als ze niet meer voor de deur kunnen parkeren.",
    "De gemeenteraad bespreekt het plan eind deze maand. Een meerderheid lijkt voor te stemmen.",
]
lees7 = ("Aantal fietsongelukken met e-bikes flink gestegen", "/binnenland/fietsongelukken-e-bikes~a4387/")
meer7 = [
    ("Nieuwe parkeergarage onder het stationsplein gaat in mei open", "/binnenland/parkeergarage-stationsplein~a4409/", "2 uur geleden"),
    ("Buurtbewoners protesteren tegen kap van 80 bomen", "/binnenland/protest-bomenkap~a4402/", "5 uur geleden"),
    ("Gratis bus voor 65-plussers wordt verlengd", "/binnenland/gratis-bus-ouderen~a4398/", "gisteren"),
]
amp_css = ('<style amp-boilerplate>body{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both;animation:-amp-start 8s steps(1,end) 0s 1 normal both}</style>'
           '<script async src="https://cdn.ampproject.org/v0.js"></script><script async custom-element="amp-sidebar" src="https://cdn.ampproject.org/v0/amp-sidebar-0.1.js"></script>'
           '<style amp-custom>.card{display:block}.t{font-weight:700}</style>')
html7 = (head(t7, "Dagblad Voorbeeld", u7, "nl", extra=amp_css, amp=True)
         + '<body><amp-sidebar id="menu" layout="nodisplay" side="left"><ul><li><a href="/binnenland/">Binnenland</a></li><li><a href="/buitenland/">Buitenland</a></li>'
         + '<li><a href="/economie/">Economie</a></li><li><a href="/sport/">Sport</a></li></ul></amp-sidebar>'
         + '<header class="hdr"><button on="tap:menu.toggle">Menu</button><a href="/">Dagblad Voorbeeld</a></header>'
         + f'<main><div class="art"><h1>{esc(t7)}</h1><div class="meta">Redactie · 14 jan. 2026, 17:02</div>'
         + '<amp-img src="/fiets.jpg" width="1200" height="675" layout="responsive" alt="Fietsers op de singel"></amp-img><p class="caption">Fietsers in de spits op de singel. © ANP</p>'
         + paras(body7[:3]) + f'<p><strong>Lees ook:</strong> <a href="{esc(lees7[1])}">{esc(lees7[0])}</a></p>' + paras(body7[3:])
         + '<amp-social-share type="whatsapp"></amp-social-share><amp-social-share type="facebook"></amp-social-share></div>'
         + '<div class="meer"><h2>Meer nieuws</h2>' + "".join(
             f'<a class="card" href="{esc(u)}"><amp-img src="/m{i}.jpg" width="320" height="180" layout="responsive" alt=""></amp-img>'
             f'<span class="t">{esc(t)}</span><span class="d">{esc(d)}</span></a>' for i, (t, u, d) in enumerate(meer7))
         + '</div></main><footer><p>© 2026 Dagblad Voorbeeld</p><a href="/privacy">Privacy</a> <a href="/cookies">Cookies</a></footer></body></html>')
add("nl_amp", t7, u7, html7, body7, [(lees7[0], "", lees7[1])] + [(t, "", u) for t, u, _ in meer7])

# 8. Portuguese (Brazil): "Leia também" box with a bare list in the text, an inline
#    "LEIA MAIS:" line, and "Mais lidas" cards (rank, title, time) after the article.
u8 = "https://www.folha-exemplo.com.br/cotidiano/2026/08/enchentes-sul-defesa-civil.shtml"
t8 = "Chuvas deixam 12 cidades em situação de emergência no Sul"
body8 = [
    "As chuvas que atingem o Sul do país desde o fim de semana deixaram 12 cidades em situação de emergência, segundo balanço divulgado pela Defesa Civil nesta terça-feira (18).",
    "Mais de 3.000 pessoas tiveram de deixar suas casas, a maioria em áreas próximas a rios que transbordaram. Escolas e ginásios foram transformados em abrigos temporários.",
    "O governo estadual anunciou a liberação de R$ 50 milhões para obras emergenciais e pediu ajuda federal para recuperar estradas e pontes danificadas.",
    "A previsão é de que a chuva diminua a partir de quinta-feira, mas os meteorologistas alertam que o nível dos rios deve continuar alto por pelo menos mais três dias.",
    "Moradores de áreas de risco devem acompanhar os alertas enviados por SMS e procurar os abrigos indicados pelas prefeituras em caso de necessidade.",
]
leia8 = [
    ("Como doar para as vítimas das enchentes no Sul", "/cotidiano/2026/08/como-doar-enchentes.shtml"),
    ("Rio atinge maior nível em 40 anos e invade centro da cidade", "/cotidiano/2026/08/rio-maior-nivel.shtml"),
    ("Especialistas explicam por que as chuvas extremas estão mais frequentes", "/ambiente/2026/08/chuvas-extremas.shtml"),
]
mais8 = ("Governo federal envia Força Nacional para ajudar no resgate", "/cotidiano/2026/08/forca-nacional-resgate.shtml")
lidas8 = [
    ("Mega-Sena acumula e prêmio vai a R$ 80 milhões", "/mercado/2026/08/mega-sena-acumula.shtml", "há 2 horas"),
    ("Frente fria derruba temperaturas em São Paulo", "/cotidiano/2026/08/frente-fria-sp.shtml", "há 4 horas"),
    ("Seleção é convocada para as eliminatórias", "/esporte/2026/08/selecao-convocada.shtml", "há 5 horas"),
]
html8 = (head(t8, "Folha Exemplo", u8, "pt-BR")
         + '<body><header class="cabecalho"><a href="/" class="logo">Folha Exemplo</a><nav><a href="/poder/">Poder</a> <a href="/mercado/">Mercado</a> '
         + '<a href="/cotidiano/">Cotidiano</a> <a href="/esporte/">Esporte</a> <a href="/ilustrada/">Ilustrada</a></nav><a class="assine" href="/assine">Assine</a></header>'
         + '<main class="conteudo"><article class="materia"><header><span class="chapeu">Enchentes</span>'
         + f'<h1 class="materia__titulo">{esc(t8)}</h1><h2 class="materia__linha-fina">Mais de 3.000 pessoas deixaram suas casas; governo estadual pede ajuda federal</h2>'
         + '<div class="autoria">Paulo Menezes <span>Porto Alegre</span> <time>18.ago.2026 às 14h10</time></div></header>'
         + '<div class="materia__corpo">' + paras(body8[:2])
         + '<div class="saiba-mais"><strong>Leia também</strong><ul>' + "".join(f'<li><a href="{esc(u)}">{esc(t)}</a></li>' for t, u in leia8) + "</ul></div>"
         + paras(body8[2:4]) + f'<p><b>LEIA MAIS: </b><a href="{esc(mais8[1])}">{esc(mais8[0])}</a></p>' + paras(body8[4:])
         + '</div><div class="tags">Tópicos: <a href="/tag/chuvas">chuvas</a> <a href="/tag/defesa-civil">Defesa Civil</a></div>'
         + '<div class="comentarios"><a href="#comentarios">Ver todos os comentários (23)</a></div></article>'
         + '<section class="mais-lidas"><h2>Mais lidas</h2>' + "".join(
             f'<div class="mais-lidas__item"><span class="mais-lidas__pos">{i + 1}</span><a href="{esc(u)}"><h3>{esc(t)}</h3></a><span class="mais-lidas__tempo">{esc(d)}</span></div>'
             for i, (t, u, d) in enumerate(lidas8))
         + '</section></main><footer class="rodape"><p>Copyright Folha Exemplo. Todos os direitos reservados.</p></footer></body></html>')
add("pt_leia_tambem", t8, u8, html8, body8,
    [(t, "", u) for t, u in leia8] + [(mais8[0], "", mais8[1])] + [(t, "", u) for t, u, _ in lidas8],
    standfirst="Mais de 3.000 pessoas deixaram suas casas; governo estadual pede ajuda federal")

# 9. English business site: a "Trending" sidebar of headline links with relative times that
#    comes BEFORE the article in the DOM; body paragraphs with links inside sentences (body);
#    a "Related topics" tag list (boilerplate); "More from Markets" cards with section label,
#    summary and reading time after the article.
u9 = "https://www.moneydesk-example.com/markets/central-bank-holds-rates-signals-cut"
t9 = "Central bank holds rates but signals a cut in December"
body9 = [
    "The central bank left its benchmark interest rate unchanged at 4.25 percent on Thursday, but said for the first time that it expected to lower borrowing costs before the end of the year.",
    "Policymakers voted seven to two to keep rates on hold, with the two dissenters favouring an immediate quarter-point cut, according to [minutes of the meeting](https://www.centralbank-example.org/minutes/2026-10) published alongside the decision.",
    "Inflation has fallen to 2.6 percent from a peak of more than 9 percent, and the bank now expects it to reach its 2 percent target in the second half of next year.",
    "Governor Helen Marsh said the labour market was cooling “broadly as we expected” and that wage growth, which the bank watches closely, had slowed for five months in a row.",
    "Markets had priced in a roughly one-in-three chance of a cut this month. The currency fell half a percent against the dollar after the announcement, and [government bond yields](https://www.moneydesk-example.com/markets/bonds) dropped to their lowest level since March.",
    "Economists said the bank's guidance made a December cut very likely, unless the next two inflation reports surprise on the upside.",
]
trend9 = [
    ("Oil slides as producers signal higher output", "/markets/oil-slides-output", "1h ago"),
    ("Retail sales beat forecasts for third month", "/economy/retail-sales-beat", "3h ago"),
    ("Chipmaker shares jump 14% on record orders", "/companies/chipmaker-record-orders", "5h ago"),
    ("Housing starts fall to a two-year low", "/economy/housing-starts-low", "6h ago"),
]
more9 = [
    ("Bonds", "Why bond investors are betting on a soft landing", "Long-dated yields have fallen a full point since the summer.", "/markets/bond-investors-soft-landing"),
    ("Currencies", "The dollar's long rally is running out of steam", "Traders are cutting bets as the Fed turns more cautious.", "/markets/dollar-rally-steam"),
    ("Stocks", "Bank shares rise as lending margins hold up", "Third-quarter results showed less pressure than feared.", "/markets/bank-shares-margins"),
]
html9 = (head(t9, "MoneyDesk", u9, "en-GB")
         + '<body><div class="wrap"><div class="topbar"><a href="/" class="brand">MoneyDesk</a><ul class="nav"><li><a href="/markets">Markets</a></li>'
         + '<li><a href="/economy">Economy</a></li><li><a href="/companies">Companies</a></li><li><a href="/personal-finance">Personal Finance</a></li></ul>'
         + '<a class="signin" href="/login">Sign in</a></div><div class="layout"><div class="side"><div class="trending"><h2>Trending</h2><ol>' + "".join(
             f'<li><a href="{esc(u)}">{esc(t)}</a> <span class="ago">{d}</span></li>' for t, u, d in trend9)
         + '</ol></div><div class="promo">Try MoneyDesk Premium free for 30 days</div></div><div class="center"><div class="art-hd"><a class="crumb" href="/markets">Markets</a>'
         + f'<h1>{esc(t9)}</h1><div class="dek">Policymakers say inflation is close enough to target to start easing</div>'
         + '<div class="by">Priya Natarajan, Economics Correspondent · 23 Oct 2026</div></div><div class="art-bd">' + paras(body9)
         + '</div><div class="topics"><h3>Related topics</h3><ul><li><a href="/topic/interest-rates">Interest rates</a></li><li><a href="/topic/inflation">Inflation</a></li>'
         + '<li><a href="/topic/central-banks">Central banks</a></li></ul></div>'
         + '<div class="more"><h2>More from Markets</h2><div class="row">' + "".join(
             f'<div class="tile"><a href="{esc(u)}"><img src="/i/{i}.jpg" alt=""></a><span class="lbl">{esc(k)}</span><h3><a href="{esc(u)}">{esc(t)}</a></h3>'
             f'<p>{esc(s)}</p><span class="rt">4 min read</span></div>' for i, (k, t, s, u) in enumerate(more9))
         + '</div></div></div></div><div class="foot"><p>© 2026 MoneyDesk Ltd. Registered in England No. 0123456.</p><a href="/privacy">Privacy</a> <a href="/cookies">Cookie settings</a></div></div></body></html>')
add("en_trending_more_from", t9, u9, html9, body9,
    [(t, "", u) for t, u, _ in trend9] + [(t, s, u) for _, t, s, u in more9],
    standfirst="Policymakers say inflation is close enough to target to start easing")

# 10. English, no cue words on the main block: inline "Also read:" in italics, a heading
#     "Related coverage" followed by link-only paragraphs (same tag as the body!), and after
#     the text a headingless river of repeated items (title link, summary, date) in divs.
u10 = "https://www.coastalobserver-example.com/environment/seagrass-restoration-results"
t10 = "Seagrass meadows bounce back in restored bay"
body10 = [
    "Seagrass has returned to more than 200 hectares of the bay in the five years since volunteers began replanting it, according to a survey published on Wednesday.",
    "The meadows had almost disappeared by 2015, after decades of runoff from farms and a series of warm summers clouded the water and starved the plants of light.",
    "Divers and local fishers planted more than a million seeds collected by hand from the few surviving patches, a method that had never been tried at this scale in the region.",
    "“The first two years, almost nothing came up, and we wondered whether we were wasting our time,” said Dr Rachel Owusu, the marine biologist who led the project.",
    "The survey found that fish numbers in the restored areas were three times higher than in bare patches nearby, and that the meadows were already storing carbon in the seabed.",
    "The team now wants to extend the project to two other bays, and is asking the state for a grant to build a seed-processing facility on the waterfront. Details are on the [project's website](https://seagrass-project.example.org/).",
]
also10 = ("Warm water kills off kelp forests along the northern coast", "/environment/kelp-forests-warm-water")
cov10 = [
    ("Fishers and scientists team up to count the bay's fish", "/environment/fishers-scientists-count"),
    ("How much carbon can the ocean floor really store?", "/science/ocean-floor-carbon"),
]
river10 = [
    ("Drought forces town to truck in drinking water", "The reservoir has fallen to 12 percent of capacity after the driest winter on record.", "/environment/drought-town-water", "Nov 18, 2026"),
    ("Wind farm approved off the southern cape", "The 40-turbine project will power about 300,000 homes when it is finished in 2030.", "/energy/wind-farm-southern-cape", "Nov 17, 2026"),
    ("Beach closures rise after heavy rain washes sewage into sea", "Health officials urged swimmers to check water quality reports before going in.", "/environment/beach-closures-sewage", "Nov 15, 2026"),
    ("Rare turtle nests found on island for the first time in decades", "Rangers have fenced off the nests to protect them from dogs and foxes.", "/wildlife/turtle-nests-island", "Nov 14, 2026"),
]
html10 = (head(t10, "Coastal Observer", u10, "en")
          + '<body><div class="x7f"><div class="x7f-h"><a href="/">Coastal Observer</a> <a href="/environment">Environment</a> <a href="/energy">Energy</a> '
          + '<a href="/wildlife">Wildlife</a> <a href="/science">Science</a> <a href="/donate">Donate</a></div>'
          + f'<div class="x7f-b"><h1>{esc(t10)}</h1><p class="x7f-by">By Tom Reilly | November 19, 2026</p>'
          + paras(body10[:2]) + f'<p><em>Also read: <a href="{esc(also10[1])}">{esc(also10[0])}</a></em></p>'
          + paras(body10[2:5]) + "<h4>Related coverage</h4>" + "".join(f'<p><a href="{esc(u)}">{esc(t)}</a></p>' for t, u in cov10)
          + paras(body10[5:]) + '<p class="x7f-support">The Coastal Observer is a nonprofit newsroom. Your donation keeps our reporting free for everyone.</p></div>'
          + '<div class="x7f-r">' + "".join(
              f'<div class="x7f-i"><a href="{esc(u)}">{esc(t)}</a><div>{esc(s)}</div><div class="x7f-d">{esc(d)}</div></div>' for t, s, u, d in river10)
          + '</div><div class="x7f-f">© 2026 Coastal Observer. All rights reserved. <a href="/about">About</a> <a href="/ethics">Ethics policy</a></div></div></body></html>')
add("en_cue_free_river", t10, u10, html10, body10,
    [(also10[0], "", also10[1])] + [(t, "", u) for t, u in cov10] + [(t, s, u) for t, s, u, _ in river10])


def write_pages(pages: list[dict], out: pathlib.Path) -> None:
    out.mkdir(exist_ok=True)
    for page in pages:
        (out / f"{page['id']}.html").write_text(page["html"], encoding="utf-8")
        (out / f"{page['id']}.json").write_text(
            json.dumps(page["expected"], ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def main() -> None:
    write_pages(PAGES, OUT)


if __name__ == "__main__":
    main()
