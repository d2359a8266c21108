"""Split a real HTML article page into body, standfirst, teasers, headline and canonical URL.

Why this shape: open extractors (trafilatura included) find the article body well but
leak related-story blocks into it and never hand those stories back. So we parse once
with lxml, lift related-story blocks out of the tree as teasers first (``html_teasers``),
then let trafilatura extract the body from the cleaned tree, then clean the body of
what still leaks (repeated paragraphs, the headline, the deck, teaser titles).

Bad input: never raises; pages over the size cap or that lxml cannot make sense of
fall back to a bounded plain-text strip (``html_guard``).
"""

from __future__ import annotations

import logging
import re

from lxml import etree

from newswire.split.html_guard import MAX_HTML_CHARS, MAX_TAGS, plain_text_fallback
from newswire.split.html_meta import PageMeta, extract_meta, find_standfirst
from newswire.split.html_teasers import DocOrder, drop_block, extract_teasers, story_links
from newswire.split.types import SplitResult, Teaser

__all__ = ["split_html"]

_LOG = logging.getLogger(__name__)

LONG_PARAGRAPH = 120  # chars: a <p> this long is prose
CHUNK_MIN_CHARS = 40  # a paragraph from a sibling chunk must be at least this long
MENU_MIN_LINES = 30
MENU_SHORT_SHARE = 0.6  # share of lines under 4 words that marks a menu, not an article


def _complete_chunks(tree, body: list[str]) -> list[str]:
    """Add paragraphs from sibling chunks of the body's container.

    Why: long articles are often cut into several containers with the same class
    (ads or embeds between them), and extractors keep only the best-scoring one.
    A container whose paragraphs fed the body names its class; every other element
    with that exact tag+class, whose paragraphs are prose and not links, is more body.
    """
    if not body:
        return body
    index = {_norm(line): i for i, line in enumerate(body)}
    paras = []  # (doc position, element, normalised text, text)
    for pos, el in enumerate(tree.iter("p")):
        try:
            t = " ".join(el.text_content().split())
        except Exception:  # noqa: BLE001
            continue
        if t:
            paras.append((pos, el, t))
    containers: dict = {}
    for _pos, el, t in paras:
        if _norm(t) in index:
            parent = el.getparent()
            if parent is not None and parent.get("class") and parent.tag in _CHUNK_TAGS:
                key = (parent.tag, parent.get("class"))
                containers.setdefault(key, set()).add(parent)
    if not containers:
        return body
    keyset = set(containers)
    extra: list[tuple[int, str]] = []
    placed: list[tuple[int, int]] = []  # (doc position, body index) of matched lines
    for pos, el, t in paras:
        n = _norm(t)
        if n in index:
            placed.append((pos, index[n]))
            continue
        parent = el.getparent()
        if parent is None or (parent.tag, parent.get("class")) not in keyset or parent in containers[
            (parent.tag, parent.get("class"))
        ]:
            continue
        if len(t) < CHUNK_MIN_CHARS or el.find(".//a") is not None and _link_share(el) > 0.3:
            continue
        extra.append((pos, t))
    if not extra:
        return body
    # merge by document position; body lines without a <p> keep their relative order
    keyed: list[tuple[float, int, str]] = []
    pos_of = {bi: pos for pos, bi in placed}
    last = -1.0
    for i, line in enumerate(body):
        last = float(pos_of.get(i, last + 1e-3))
        keyed.append((last, 0, line))
    keyed.extend((float(pos), 1, t) for pos, t in extra)
    keyed.sort(key=lambda k: (k[0], k[1]))
    return [line for _, _, line in keyed]


_CHUNK_TAGS = ("div", "section", "article")  # not blockquote: embeds repeat per tweet


def _link_share(el) -> float:
    total = len(el.text_content()) or 1
    return sum(len(a.text_content()) for a in el.iter("a")) / total


def _is_short(line: str) -> bool:
    """Menu-item sized: few words and few characters (CJK lines have no spaces)."""
    return len(line) < 25 and len(line.split()) < 4


def _better(second: list[str], first: list[str]) -> bool:
    """Prefer the second opinion when it has fewer menu lines, or when the first had nothing."""
    def short_share(b: list[str]) -> float:
        return sum(1 for x in b if _is_short(x)) / len(b) if b else 1.0

    if not second:
        return False
    if short_share(first) > MENU_SHORT_SHARE and short_share(second) < short_share(first):
        return True
    return not first


def split_html(raw: str, *, max_chars: int = MAX_HTML_CHARS) -> SplitResult:
    """Split one HTML page; never raises, whatever the string."""
    try:
        if not isinstance(raw, str) or not raw.strip():
            return SplitResult()
        if len(raw) > max_chars or raw.count("<") > MAX_TAGS:
            return plain_text_fallback(raw[:max_chars])
        return _split(raw)
    except Exception:  # noqa: BLE001 - the contract is "never raises"; degrade instead
        _LOG.debug("split_html fell back to plain text", exc_info=True)
        try:
            return plain_text_fallback(raw[:max_chars] if isinstance(raw, str) else "")
        except Exception:  # noqa: BLE001
            return SplitResult()


_NEVER_TEXT = ("script", "style", "noscript", "svg", "template", "iframe", "object", "embed", "canvas", "link", "meta")


def _split(raw: str) -> SplitResult:
    from trafilatura.utils import load_html

    tree = load_html(raw)
    if tree is None:
        return plain_text_fallback(raw)
    meta = extract_meta(tree)
    # never text of any article; cut in C once so every later pass (ours, trafilatura's
    # copy and cleaning) walks a smaller tree
    etree.strip_elements(tree, *_NEVER_TEXT, with_tail=False)
    order = DocOrder(tree)  # document order, shared by passes, built only if needed
    teasers = extract_teasers(tree, meta, order)  # removes the blocks it turns into teasers
    _drop_widgets(tree)
    meta.standfirst = find_standfirst(tree, meta)
    body = _extract_body(tree, meta)
    if _suspect(body):
        # second opinion: trafilatura's full cascade (readability/justext comparison);
        # only on the few pages the fast pass got visibly wrong, so speed holds
        second = _extract_body(tree, meta, fast=False)
        if _better(second, body):
            body = second
    body = _complete_chunks(tree, body)
    links = story_links(tree, meta, order, {_norm(line) for line in body})
    body, standfirst, leaked = _clean_body(body, meta, teasers, links)
    if leaked:
        teasers = sorted(teasers + leaked, key=lambda t: t.pos)
    return SplitResult(
        body=body,
        standfirst=standfirst,
        teasers=[Teaser(t.title, t.summary, t.url, i) for i, t in enumerate(teasers)],
        title=meta.title,
        url=meta.url,
    )


_CONTROLS = ("button", "input", "form", "select", "textarea")
_NEVER_DROP = {"html", "body", "main", "article"}
WIDGET_MAX_WORDS = 40  # a box with a control and at most this many words is a widget, not article text
WIDGET_MAX_CHARS = 300


def _drop_widgets(tree) -> None:
    """Sign-up boxes, video strips, players: the smallest-to-largest box around a form control that still holds
    only a few words goes, whatever its classes say ("Elke ochtend het nieuws? ... [Aanmelden]", "WATCH: TRENDING
    VIDEOS [clip][clip]"). Article text never sits in a box with a button and under forty words."""
    boxes = []
    for ctl in tree.iter(*_CONTROLS):
        box, el = None, ctl
        while el is not None and isinstance(el.tag, str) and el.tag not in _NEVER_DROP:
            if not _small_box(el):
                break
            box, el = el, el.getparent()
        if box is not None and box.getparent() is not None:
            boxes.append(box)
    for box in boxes:
        if box.getparent() is not None:  # (an outer box may have taken it already)
            drop_block(box)


def _small_box(el) -> bool:
    """At most WIDGET_MAX_WORDS words and WIDGET_MAX_CHARS characters (forty "words" of Japanese are a paragraph);
    stops reading as soon as it is over, so a page of a thousand inputs in one big form stays linear."""
    size, words = -1, 0  # (the pieces counted as joined by one space each)
    for piece in el.itertext():
        size += len(piece) + 1
        words += len(piece.split())
        if size > WIDGET_MAX_CHARS or words > WIDGET_MAX_WORDS:
            return False
    return True


def _extract_body(tree, meta: PageMeta, *, fast: bool = True) -> list[str]:
    import trafilatura

    text = trafilatura.extract(
        tree,
        url=meta.url,
        include_comments=False,
        include_tables=True,
        fast=fast,
        favor_precision=not fast,
        deduplicate=False,
    )
    if not text:
        return []
    return [" ".join(line.split()) for line in text.split("\n") if line.strip()]


def _suspect(body: list[str]) -> bool:
    """The fast pass looks wrong: nothing, or a menu (mostly short lines), not an article.
    (A low-recall test against the page's long paragraphs was tried and lost: it
    swaps in blog-roll excerpts on index-like pages.)"""
    if not body:
        return True
    short = sum(1 for line in body if _is_short(line))
    return len(body) >= MENU_MIN_LINES and short > MENU_SHORT_SHARE * len(body)


# lines that are page furniture in any article, wherever an extractor leaves them
BOILER_RE = re.compile(
    r"^\W*(copyright\b|©|\(c\) \d{4}|all rights reserved|alle rechte vorbehalten|tous droits réservés|"
    r"todos los derechos|order reprints|print (this )?article|share (this|on)\b|click here\b|"
    r"sign up\b|subscribe\b|follow us\b|advertisement$|anzeige$|werbung$|publicité$|publicidad$|"
    r"tags?:?$|schlagwörter|an error has occurred|thank you$|this article has been sent|"
    r"write to .{1,60} at \S+@|(updated|published|aktualisiert|publié|publicado)( at| on|:)? [\w ,.:]{1,40}$|"
    r"[\w.+-]+@[\w-]+\.[\w.]+$)",
    re.I,
)


# links that sell something rather than tell a story: dropped from the body, not teasers
CALL_TO_ACTION_RE = re.compile(
    r"\b(click here|subscribe|sign up|newsletter|download|get the .{1,20} app|follow us|"
    r"hier klicken|abonnieren|abonnez|inscrivez|suscríbete|descarga)\b",
    re.I,
)


# ad-slot labels: a line that says only this is never article text, wherever it stands
AD_LABEL_RE = re.compile(
    r"^\W*(advertisement|advertising|ad|anzeige|werbung|publicité|publicidad|pubblicità|publicidade|"
    r"advertentie|reklame|annons|mainos|reklama|sponsored)\W*$",
    re.I,
)
# the end of a page, not of an article: paywall notes and appeals for money
TAIL_RE = re.compile(
    r"\b(il vous reste \d+ ?%|réservé aux abonnés|nur für abonnenten|exclusivo para (suscriptores|assinantes)|"
    r"this (article|story) is (for|available to|reserved for) (subscribers|members)|"
    r"your (donation|support|contribution) (keeps|helps|makes|allows)|support (our|independent) journalism|"
    r"make a (donation|contribution)|unterstützen sie (unseren|unsere)|faites un don|haz una donación)",
    re.I,
)
# the close of a page, not of its article: newsletter and tip-off boxes, error reports, channel invitations, reuse
# notes (only at the end of the body, only on a short line: an article may quote a newsletter)
END_CTA_RE = re.compile(
    r"\b(newsletter|nieuwsbrief|boletín|infolettre|suscríbete|abonnez-vous|inscreva-se|iscriviti|abonniere|"
    r"meld je aan|melde dich|s'inscrire|sign up|subscribe|story to share|email us|got a (story|tip)|tip us off|"
    r"fout gezien|report an error|signaler une erreur|fehler gefunden|errore nell'articolo|"
    r"réutiliser ce contenu|reuse this content|republish this|"
    r"(canal|canale|channel|kanal|kanaal)\b.{0,40}\b(whatsapp|telegram)|(whatsapp|telegram) (channel|kanal|kanaal))",
    re.I,
)


def _end_call(line: str) -> bool:
    return len(line.split()) <= 16 and END_CTA_RE.search(line) is not None


# a byline line: "By Jane Doe | 3 May 2026", "Di Giulia Ferri · 3 ottobre", "Von Jens Hoffmann"
BYLINE_RE = re.compile(r"^(by|von|par|por|di|da|door|de|av|af)\s+[^\W\d_][\w'’.-]*\s+[^\W\d_]", re.I)
_SEP_RE = re.compile(r"[|·•]|\d")


_DATED_RE = re.compile(r"\d{1,2}[:./h]\d{2}|\b(19|20)\d{2}\b")


def _is_byline(line: str) -> bool:
    """A short unpunctuated "By <Name>" line, with a date or separator or only a name;
    or a short "Name · Published 11/04/2026" meta line (separator and a date or time)."""
    words = line.split()
    if len(words) > 12 or line.rstrip()[-1:] in ".!?:;\"”»":
        return False
    if not BYLINE_RE.match(line):
        return bool(re.search(r"[|·•]", line)) and bool(_DATED_RE.search(line))
    return len(words) <= 10 and (
        bool(_SEP_RE.search(line)) or (len(words) <= 4 and all(w[:1].isupper() for w in words[1:]))
    )


def _short(line: str) -> bool:
    return len(line) <= 40 and len(line.split()) <= 5


def _trim_edges(body: list[str]) -> list[str]:
    """Strip furniture lines (copyright, reprints, share, sign-up, bylines, paywall and
    donation notes) from the ends of the body; mid-body they may be quoted or listed, so
    they stay there. At the end, a run of short lines that holds a furniture line (share
    buttons, copyright, footer links) goes as a whole. (Dropping any short unpunctuated tail
    was tried and lost: some bodies are all short lines, CJK lines have no spaces.)"""
    start, end = 0, len(body)
    while start < end and (BOILER_RE.match(body[start]) or _is_byline(body[start])):
        start += 1
    while end > start:
        line = body[end - 1]
        cut = _end_box(body, start, end)
        if cut is not None:
            end = cut
            continue
        if not (BOILER_RE.match(line) or TAIL_RE.search(line)):
            break
        end -= 1
    run = end
    while run > start and (_short(body[run - 1]) or BOILER_RE.match(body[run - 1])):
        run -= 1
    if run > start and run < end and any(BOILER_RE.match(x) for x in body[run:end]):
        end = run
        while end > start and (BOILER_RE.match(body[end - 1]) or TAIL_RE.search(body[end - 1])):
            end -= 1
    return body[start:end]


def _end_box(body: list[str], start: int, end: int) -> int | None:
    """Where a sign-up or tip-off box closing the body starts: its call to action ("Suscríbete gratis a nuestra
    newsletter"), with only button-sized lines under it ("Apúntate") and its unpunctuated title over it ("Recibe las
    noticias de València en tu correo")."""
    for i in range(end - 1, max(start, end - 4) - 1, -1):
        if _end_call(body[i]):
            break
        if len(body[i].split()) > 4:
            return None
    else:
        return None
    title = body[i - 1].rstrip() if i > start else ""
    if title and len(title.split()) <= 10 and (title[-1:].isalpha() or title[-1:] in "?:"):
        i -= 1  # (not a date or a figure: "— 9to5Mac.com (@9to5mac) November 4, 2019" closes an embedded post)
    return i


def _before_headline(body: list[str], title: str | None, known: set[str] | dict) -> int:
    """How many leading lines sit above the headline in the extracted text: menus, kickers,
    tickers (all short, or ``known`` teaser lines). 0 when the headline is not there or
    article-like text precedes it."""
    if not title:
        return 0
    t = _norm(title)
    for i, line in enumerate(body[:40]):
        if _norm(line) == t:
            return i if all(_short(x) or _norm(x) in known for x in body[:i]) else 0
    return 0


def _norm(s: str) -> str:
    return " ".join(s.split()).casefold()


def _clean_body(
    body: list[str], meta: PageMeta, teasers: list, links: dict
) -> tuple[list[str], str | None, list]:
    """Drop what extractors leak: repeats, the headline, the deck, teaser titles;
    a line that is all one headline link to another page becomes a teaser."""
    drop = set()
    if meta.title:
        drop.add(_norm(meta.title))
    for t in teasers:
        drop.add(_norm(t.title))
        if t.summary:
            drop.add(_norm(t.summary))
    standfirst = meta.standfirst
    sf_norm = _norm(standfirst) if standfirst else None
    out: list[str] = []
    leaked: list = []
    seen: set[str] = set()
    lead = _before_headline(body, meta.title, drop | set(links))
    title_n = _norm(meta.title) if meta.title else None
    for i, line in enumerate(body):
        n = _norm(line)
        if not n or n in seen or n in drop or AD_LABEL_RE.match(line):
            continue
        if title_n and n.endswith(title_n) and len(n) - len(title_n) <= 60:
            continue  # kicker glued to the headline ("Studie zu SchlafmangelWer am ...")
        if sf_norm and n == sf_norm:
            continue
        link = links.get(n)
        if i < lead and link is None:
            continue  # above the headline: page furniture (its story links, tickers, still count)
        seen.add(n)
        if link is not None:
            if not BOILER_RE.match(line) and not CALL_TO_ACTION_RE.search(line):
                leaked.append(link)
            continue
        out.append(line)
    return _trim_edges(out), standfirst, leaked
