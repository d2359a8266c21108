"""Find related-story blocks in an HTML tree, turn them into teasers, cut them out.

Why: extractors keep "Related", "Most read", "Lesen Sie auch" blocks in the body when
they sit inside the article container, and never return them as stories. A teaser
block is recognised by what makes it one everywhere: a class/id or heading that says
so (in several languages), or a paragraph that starts with a "read also" cue, and
items that are links with headline-shaped text (several words) to other pages.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import islice
from urllib.parse import urljoin, urlsplit

from lxml import etree

from newswire.split.html_meta import PageMeta

# class/id vocabulary of related-story widgets
RELATED_ATTR_RE = re.compile(
    r"related|recommend|more-?(stories|news|articles|from|on|in|like)|read-?(more|next|also)|"
    r"most-?(read|popular|viewed|shared|commented)|popular|trending|also-?like|you-?may|"
    r"outbrain|taboola|further-?reading|suggest|next-?(article|story|up)|top-?stories|"
    r"latest-?(news|stories|articles)|similar|recirc|jump-?links|more-?to-?read|"
    r"lesen-?sie|weitere|empfehl|lire-?aussi|a-?lire|meme-?sujet|relacionad|leggi-?anche|"
    r"correlat|veja-?tambem|see-?also|also-?read|editors?-?picks|must-?read|"
    r"recent-?(posts|entries|articles|stories|news)|sponsored|promoted",
    re.I,
)
_ATTR_SEP = re.compile(r"[_\s]+")
# cheap substring prefilter on the squashed lower-case class/id before RELATED_ATTR_RE
_ATTR_STEMS = (
    "relat", "recommend", "more", "read", "popular", "trending", "like", "you", "outbrain",
    "taboola", "further", "suggest", "next", "top", "latest", "similar", "recirc", "jump",
    "lesen", "weitere", "empfehl", "lire", "sujet", "leggi", "correlat", "veja", "also",
    "editor", "must", "see", "recent", "sponsor", "promot",
)
LIST_MIN_ITEMS = 3
_STEM_RE = re.compile("|".join(_ATTR_STEMS))

# heading / lead-in cues, multilingual; matched at the start of a short text
CUE_RE = re.compile(
    r"^\W*(related( (stories|articles|news|content|coverage|posts|reading|links))?|"
    r"more (from|on|in|about|stories|news|articles|like this|to read|coverage)\b|"
    r"read (more|also|next|this)\b|also read|see also|must read|"
    r"most (read|popular|viewed|shared|commented)|popular( (now|stories|articles))?|trending( now)?|"
    r"recommended( (for you|stories|articles|reading))?|"
    r"you (may|might) (also )?(like|enjoy|want|be interested)|don'?t miss|further reading|"
    r"top stories|latest (news|stories|articles|headlines)|what to read next|editor'?s'? picks|"
    r"lesen sie (auch|mehr|hier|weiter)|auch interessant|mehr zum thema|mehr (aus|zu) |weitere (artikel|nachrichten|meldungen|themen)|"
    r"das könnte sie (auch )?interessieren|meistgelesen|empfehlungen|zum thema|"
    r"à lire (aussi|également)|a lire (aussi|également)|lire (aussi|également)|sur le même sujet|"
    r"les plus lus|voir aussi|(à|a) voir (aussi|également)|nos articles|"
    r"(te|le|les) puede(n)? interesar|lee (también|más)|leer (también|más)|noticias relacionadas|"
    r"relacionad[ao]s|(lo )?más leíd[ao]s?|también te puede|"
    r"(leggi|vedi) anche|articoli correlati|i più letti|potrebbe interessarti|"
    r"(leia|veja|ler|saiba) (também|mais)|mais lidas|notícias relacionadas|"
    r"zie ook|lees ook|lees meer|meer nieuws|gerelateerd|czytaj (też|także|więcej)|"
    r"läs (också|mer)|les også|læs også|lue myös|"
    # recent-posts widgets and sponsored feeds, same languages
    r"recent (posts|stories|articles|news|entries)|latest posts|in case you missed it|"
    r"(from )?around the web|(sponsored|promoted|paid) (links|stories|content|posts)|"
    r"neueste (artikel|beiträge|nachrichten)|aktuelle (beiträge|artikel)|ähnliche (artikel|beiträge|themen)|"
    r"articles (récents|similaires|liés)|derniers articles|dernières (nouvelles|actualités|infos)|"
    r"(entradas|artículos|noticias) (recientes|similares)|últimas (noticias|entradas)|"
    r"(artigos|posts|notícias) (recentes|relacionad[ao]s)|últimas notícias|"
    r"(articoli|notizie) (recenti|simili|correlate)|ultime notizie|"
    r"recente (berichten|artikelen)|laatste nieuws|meest gelezen|meer (over|lezen)|"
    # "more information" boxes, featured boxes and video strips: links to other stories
    r"más información|mais informações|para saber más|en savoir plus|per saperne di più|"
    r"featured( (stories|articles|posts))?|à la une|uitgelicht|destacad[oa]s|in evidenza|im fokus|"
    r"(more|latest|top|our|nos|plus de|más|mais|weitere|neueste|altri|ultimi|meer|nieuwste) (videos|vidéos|vídeos|video|video's)|"
    r"(vous|tu) (aimerez|pourriez aimer) aussi|(ti|vi) potrebbe(ro)? interessare|te recomendamos|"
    r"dit vind je (misschien )?(ook )?(leuk|interessant)|misschien ook interessant|könnte (sie|dich) (auch )?interessieren)\b",
    re.I,
)
_HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6", "header", "strong", "b", "span", "p", "div", "dt", "label"}
_ATTR_TAGS = ("div", "section", "aside", "ul", "ol", "nav", "footer", "header", "li", "p", "span", "table", "dl")
_SKIP_TAGS = {"script", "style", "noscript", "template", "head", "html", "body", "form", "select"}
_ALL_CAND_TAGS = tuple(sorted(set(_ATTR_TAGS) | _HEADINGS | {"ul", "ol"}))
_BLOCKISH = {"p", "div", "li", "h2", "h3", "h4", "h5", "h6", "span", "section", "dd", "figcaption"}
_TIME_RE = re.compile(
    r"^(\d+\s*(min|mins|minutes?|hours?|hrs?|h|days?|std|stunden?|tage?|heures?|jours?|horas?|días?)\b.*|"
    r"\d{1,2}[:./-]\d{1,2}([:./-]\d{2,4})?.*|.*\b(ago|vor \d+|il y a|hace)\b.*|by .{1,60}|von .{1,60}|par .{1,60}|"
    r"(updated|published|aktualisiert|publié|publicado)\b.*|\d+\s*comments?|.*\d\s*(shares?|views?|likes?|times)\b.*|"
    r"(jan|feb|m[aä]r|apr|ma[yi]|jun|jul|aug|sep|o[ck]t|nov|de[cz])[a-zé]*\.? \d{1,2}\b.*|"
    r"\d{1,2}\.? (jan|feb|m[aä]r|apr|ma[yi]|jun|jul|aug|sep|o[ck]t|nov|de[cz])[a-zé]*\.?( \d{4})?.{0,20})$",
    re.I,
)


@dataclass(slots=True)
class FoundTeaser:
    title: str
    summary: str
    url: str | None
    pos: float = 0.0  # document order, to merge teasers from different passes


def _text(el) -> str:
    try:
        return " ".join(el.text_content().split())
    except Exception:  # noqa: BLE001
        return ""


def _attr(el) -> str:
    return _ATTR_SEP.sub("-", f"{el.get('class') or ''} {el.get('id') or ''}").strip("-")


# "see more" buttons under a block: links, but never a story's headline
MORE_LINK_RE = re.compile(
    r"^\W*((see|view|show|load|read) (more|all)|more (stories|news|articles)$|ver (más|mais|tod[oa]s)|"
    r"voir (plus|tou[ts])|mehr (anzeigen|laden|artikel|nachrichten)|alle (artikel|nachrichten|meldungen|beiträge)|"
    r"mostra (altro|tutt)|vedi (altro|tutt)|carica altr|toon meer|bekijk (meer|alle)|meer (laden|artikelen))\b",
    re.I,
)


def _is_headline(text: str) -> bool:
    words = text.split()
    return 3 <= len(words) <= 40 and len(text) >= 15 and not CUE_RE.match(text) and not MORE_LINK_RE.match(text)


def _url(href: str | None, meta: PageMeta) -> str | None:
    if not href:
        return None
    return _join(meta.base, href.strip())


@lru_cache(maxsize=8192)
def _join(base: str | None, href: str) -> str | None:
    """Absolute http(s) URL of a link, or None; cached: pages repeat their links."""
    if not href or href.startswith(("#", "javascript:", "mailto:", "tel:", "data:")):
        return None
    try:
        full = urljoin(base, href) if base else href
        parts = urlsplit(full)
    except ValueError:
        return None
    if parts.scheme and parts.scheme not in ("http", "https"):
        return None
    return full


@lru_cache(maxsize=16384)
def _stem_hit(cls: str | None, ident: str | None) -> bool:
    """Cheap class/id prefilter, cached: pages repeat the same class strings a lot."""
    return _STEM_RE.search(f"{cls} {ident}".lower()) is not None


class DocOrder:
    """Document position of elements, computed on first use (many pages need none)."""

    def __init__(self, root) -> None:
        self._root = root
        self._pos: dict | None = None

    def get(self, el, default: float = 0.0) -> float:
        if self._pos is None:
            self._pos = {e: n for n, e in enumerate(self._root.iter())}
        return self._pos.get(el, default)


def _link_len(el) -> int:
    return sum(len(_text(a)) for a in el.iter("a"))


def _items(block, meta: PageMeta) -> list[tuple[FoundTeaser, object]]:
    """Teaser items in a block: one per distinct target URL, in page order."""
    links = []
    url_of: dict = {}
    for a in block.iter("a"):
        u = url_of[a] = _url(a.get("href"), meta)
        if u is None or (meta.url and u.split("#")[0] == meta.url):
            continue
        links.append((a, u))
    by_url: dict[str, list] = {}
    order: list[str] = []
    for a, u in links:
        if u not in by_url:
            by_url[u] = []
            order.append(u)
        by_url[u].append(a)
    out = []
    for u in order:
        anchors = by_url[u]
        title = ""
        for a in anchors:
            # a heading inside the link is the headline; otherwise the link text
            heads = [t for t in (_text(h) for h in a.iter("h1", "h2", "h3", "h4", "h5", "h6")) if t]
            t = heads[0] if heads else _link_title(a)
            if not title or (_is_headline(t) and len(t) > len(title) and not _is_headline(title)):
                title = t
        if not _is_headline(title):
            continue
        # item container: climb while the ancestor links only to this story
        item = anchors[0]
        while True:
            parent = item.getparent()
            if parent is None or parent is block:
                break
            targets = {url_of.get(x) for x in parent.iter("a")} - {None}
            if targets - {u}:
                break
            item = parent
        summary = _summary(item, title)
        out.append((FoundTeaser(title, summary, u), item))
    return out


_TITLE_CLASS_RE = re.compile(r"title|headline|heading|hed\b", re.I)
_INLINE = {"em", "i", "b", "strong", "mark", "abbr", "small", "sup", "sub", "u", "q", "cite", "br", "wbr"}


def _link_title(a) -> str:
    """The headline of a link whose text is several blocks (kicker, title, time, dek):
    a block classed as a title, else the first headline-shaped block that is not a
    time or byline; else all the link's text."""
    full = _text(a)
    if len(a) == 0:
        return full
    for el in a.iter():  # "<span class=kicker>VILLAGE FURY</span><strong class=headline>...": the classed part
        if el is not a and isinstance(el.tag, str) and _TITLE_CLASS_RE.search(el.get("class") or ""):
            t = _text(el)
            if t != full and len(t) >= 0.5 * len(full) and _is_headline(t):
                return t
    if any(isinstance(c.tag, str) and c.tag in _INLINE for c in a.iter()):
        return full
    node = a
    for _ in range(8):  # wrappers: <a><div class="card"><div>title</div><div>time</div></div><img></a>
        if (node.text or "").strip() or any((c.tail or "").strip() for c in node):
            break
        texty = [c for c in node if isinstance(c.tag, str) and _text(c)]
        if len(texty) != 1:
            break
        node = texty[0]
    chunks: list[tuple[str, str]] = []  # (text, class of its element)
    if node.text and node.text.strip():
        chunks.append((" ".join(node.text.split()), ""))
    for child in node:
        t = _text(child)
        if t:
            chunks.append((t, f"{child.get('class') or ''} {child.get('id') or ''}"))
        if child.tail and child.tail.strip():
            chunks.append((" ".join(child.tail.split()), ""))
    if len(chunks) < 2:
        return full
    for c, cls in chunks:
        if _TITLE_CLASS_RE.search(cls) and _is_headline(c):
            return c
    for c, _cls in chunks:
        if _is_headline(c) and not _TIME_RE.match(c):
            return c
    return full


def _summary(item, title: str) -> str:
    """Longest prose-looking text block in the item that is not its headline."""
    best = ""
    tl = title.casefold()
    for el in item.iter():
        if not isinstance(el.tag, str) or el.tag not in _BLOCKISH and el.tag != "a":
            continue
        if el.tag in ("div", "section", "li", "a") and any(
            isinstance(c.tag, str) and c.tag in _BLOCKISH for c in el
        ):
            continue
        t = _text(el)
        tc = t.casefold()
        if not t or tc == tl or tc in tl or len(t.split()) < 5 or _TIME_RE.match(t):
            continue
        idx = tc.find(tl) if tl else -1
        if idx >= 0:  # a block holding the headline too (link text = kicker + headline + dek)
            t = " ".join((t[:idx] + " " + t[idx + len(title):]).split()).strip(" -–—:|")
            tc = t.casefold()
            if len(t.split()) < 5 or tl in tc or tc in tl or _TIME_RE.match(t):
                continue
        if len(t) > len(best):
            best = t
    return best


def _acceptable(block, items: list) -> bool:
    """A block is a teaser block only when it is mostly links, never the article itself."""
    if not items:
        return False
    total = len(_text(block))
    if total == 0:
        return False
    link = _link_len(block)
    prose = total - link
    summaries = sum(len(t.summary) for t, _ in items)
    return prose - summaries <= 150 + 60 * len(items) and total <= 400 * len(items) + 400


def drop_block(el) -> None:
    """Remove an element and its subtree but keep its tail text (lxml's drop_tree, or remove for other nodes)."""
    parent = el.getparent()
    if parent is None:
        return
    try:
        el.drop_tree()
    except Exception:  # noqa: BLE001 - non-HtmlElement nodes
        parent.remove(el)


def _heading_block(h, meta: PageMeta):
    """The block a cue heading introduces: its parent, or itself plus following siblings."""
    parent = h.getparent()
    if parent is not None and parent.tag not in ("body", "html", "article", "main"):
        items = _items(parent, meta)
        if _acceptable(parent, items) and _text(parent)[: len(_text(h)) + 40].casefold().find(
            _text(h).casefold()[:20]
        ) >= 0:
            return parent, items
    return None


def _prefix(el, limit: int = 80) -> str:
    """First ``limit`` characters of an element's text without building all of it."""
    parts: list[str] = []
    size = 0
    for chunk in el.itertext():
        parts.append(chunk)
        size += len(chunk)
        if size >= limit:
            break
    return " ".join("".join(parts).split())


def _lead_text(el) -> str:
    """The text an element starts with (own text or its first child's), cheaply."""
    t = (el.text or "").strip()
    depth = 0
    while not t and len(el) and depth < 3:
        el = el[0]
        if not isinstance(el.tag, str):
            return ""
        t = (el.text or "").strip()
        depth += 1
    return t


def _attr_candidate(el, meta: PageMeta):
    """(block, items) when ``el``'s class/id names a related-story widget."""
    if el.tag in ("a", "article", "main", "body") or not RELATED_ATTR_RE.search(_attr(el)):
        return None
    items = _items(el, meta)
    return (el, items) if _acceptable(el, items) else None


def _cue_candidate(el, meta: PageMeta):
    """(block, items) when ``el`` is a "Related"/"Lesen Sie auch" heading or lead-in."""
    head = _lead_text(el)
    if not head or not CUE_RE.match(head[:80]):
        return None
    t = _text(el)
    if len(t) > 300:
        return None
    if el.tag in ("p", "div", "li", "dt", "span", "strong", "b") and el.find(".//a") is not None:
        # inline "Read also: <a>Title</a>" lead-in inside one paragraph
        items = _items(el, meta)
        if items and _acceptable(el, items):
            return el, items
    if len(t) <= 60:
        return _heading_block(el, meta)
    return None


_SLUG_RE = re.compile(r"/[^/?#]*[a-z0-9]+-[a-z0-9]+[^/?#]*/?(?:[?#].*)?$|/\d{5,}[^/]*$|\.s?html?$", re.I)


def _list_candidate(el, meta: PageMeta):
    """(block, items) for a cue-free list of story links: every item one link with a
    headline (several words) to an article-shaped URL (slug or long id), nothing else."""
    if len(el) < LIST_MIN_ITEMS:
        return None
    lis = [c for c in el if c.tag == "li"]
    if len(lis) < LIST_MIN_ITEMS:
        return None
    headline_links = 0
    for li in lis:
        a = li.find(".//a")
        if a is not None and len(_text(a).split()) >= 4:
            headline_links += 1
    if headline_links < LIST_MIN_ITEMS or headline_links < 0.75 * len(lis):
        return None
    if any(a.tag in ("nav", "header", "footer") for a in el.iterancestors()):
        return None
    total = len(_text(el)) or 1
    if _link_len(el) < 0.8 * total:
        return None
    items = _items(el, meta)
    if len(items) < LIST_MIN_ITEMS or len(items) < 0.75 * len(lis):
        return None
    for teaser, _item in items:
        if len(teaser.title.split()) < 4 or not _SLUG_RE.search(teaser.url or ""):
            return None
    return el, items


_REPEAT_TAGS = ("ul", "ol", "div", "section")
_ITEM_TAGS = {"li", "div", "article", "section", "p", "a"}
_REST_MAX = 40  # chars per item besides headline, summary and times (kicker, source, rank)
_SUMMARY_MAX = 320


def _rest(text: str, title: str, summary: str) -> str:
    """What an item says besides its headline and summary, times and short labels dropped."""
    for part in (title, summary):
        if part:
            text = text.replace(part, " ", 1)
    bits = [b for b in re.split(r"\s*[|·•]\s*|\s{2,}", " ".join(text.split())) if b]
    return " ".join(b for b in bits if not _TIME_RE.match(b) and len(b) > 3)


_INLINE_LIKE = _INLINE | {"span", "time", "a", "img", "font", "label", "picture"}


def _inline_text(node, skip) -> str:
    """Text of ``node`` that runs inline with its content: block-level children and ``skip`` left out."""
    out = [node.text or ""]
    for c in node:
        if c is not skip and isinstance(c.tag, str) and c.tag in _INLINE_LIKE:
            out.append(_inline_text(c, skip))
        out.append(c.tail or "")
    return "".join(out)


def _standalone(a) -> bool:
    """The link is a block of its own (a card, a heading link, a list entry), not a few
    words inside a sentence: the text running inline with it is at most a time or a rank
    (a summary in its own block below does not count)."""
    if any(isinstance(c.tag, str) and c.tag not in _INLINE for c in a.iterdescendants()):
        return True  # link-wrapped card: <a><h3>…</h3><p>…</p></a>
    block = a.getparent()
    while block is not None and block.tag in _INLINE_LIKE:
        block = block.getparent()
    if block is None:
        return False
    around = " ".join(_inline_text(block, a).split())
    return not around or len(around) <= 3 or bool(_TIME_RE.match(around))


def _has_words(el, n: int) -> bool:
    """``el`` has at least ``n`` words of text, read only as far as needed (markup
    whitespace between tags does not count, unlike a character prefix)."""
    seen = 0
    for chunk in el.itertext():
        seen += len(chunk.split())
        if seen >= n:
            return True
    return False


# links with a rel, or whose text has >= 4 words (3 inner spaces): chosen in C, so the
# many short menu links never become Python objects
_LINKS_XPATH = etree.XPath(
    ".//a[@rel or string-length(normalize-space(.)) - string-length(translate(normalize-space(.), ' ', '')) >= 3]"
)
_RUN_DEPTH = 6  # a card's headline link sits at most this deep under the run's container


def _run_parents(root, rel_links: list) -> set:
    """Containers that could hold a run of cards: within ``_RUN_DEPTH`` levels above at
    least ``LIST_MIN_ITEMS`` headline links (>= 4 words). Why: found bottom-up from the
    few headline links, so the walk need not look at the children of every <div>.
    Links with a ``rel`` go to ``rel_links`` on the way (one pass over the links)."""
    counts: dict = {}
    for a in _LINKS_XPATH(root):
        if a.get("rel") is not None:
            rel_links.append(a)
            if not _has_words(a, 4):
                continue
        p = a.getparent()
        for _ in range(_RUN_DEPTH):
            if p is None:
                break
            counts[p] = counts.get(p, 0) + 1
            p = p.getparent()
    return {e for e, c in counts.items() if c >= LIST_MIN_ITEMS and e.tag in _REPEAT_TAGS and len(e) >= LIST_MIN_ITEMS}


def _repeat_candidate(el, meta: PageMeta):
    """(block, items) for a cue-free run of same-shaped items (cards, list entries),
    each one story: a standalone headline link (>= 4 words) to an article-shaped URL,
    optionally a summary and a time, nothing else. Why: related grids and rivers often
    come with no heading or class that says so; their shape does."""
    if len(el) < LIST_MIN_ITEMS or next(islice(el.iter("a"), LIST_MIN_ITEMS - 1, None), None) is None:
        return None  # fewer children or links than a run needs (both checked in C)
    kids = [c for c in el if isinstance(c.tag, str)]
    if len(kids) < LIST_MIN_ITEMS:
        return None
    sigs: dict = {}
    for c in kids:
        key = (c.tag, c.get("class"))
        sigs[key] = sigs.get(key, 0) + 1
    (tag, cls), n = max(sigs.items(), key=lambda kv: kv[1])
    if n < LIST_MIN_ITEMS or n < 0.75 * len(kids) or tag not in _ITEM_TAGS:
        return None
    same = [c for c in kids if c.tag == tag and c.get("class") == cls]
    # cheap gates before any text is built: items have a headline link and are card-sized
    misses_allowed = n - 0.75 * n
    misses = 0
    for c in same:
        for k, a in enumerate(c.iter("a")):  # the first link may be the image's
            if k < 3 and _has_words(a, 4):
                break
            if k >= 2:
                misses += 1
                break
        else:
            misses += 1
        if misses > misses_allowed:
            return None
    if any(len(_prefix(c, 700)) > 600 for c in same):
        return None
    if any(a.tag in ("nav", "header", "footer") for a in el.iterancestors()):
        return None
    items = _items(el, meta)
    if len(items) < LIST_MIN_ITEMS or len(items) < 0.75 * n:
        return None
    for teaser, item in items:
        if len(teaser.title.split()) < 4 or not _SLUG_RE.search(teaser.url or ""):
            return None
        if _TIME_RE.match(teaser.title.strip(" -–—|·•")) or len(teaser.summary) > _SUMMARY_MAX:
            return None
        if len(_rest(_text(item), teaser.title, teaser.summary)) > _REST_MAX:
            return None
        anchors = [item] if item.tag == "a" else list(item.iter("a"))
        if not any(_standalone(a) for a in anchors if _url(a.get("href"), meta) == teaser.url):
            return None
    return el, items


def story_links(tree, meta: PageMeta, order: DocOrder, lines: set[str]) -> dict[str, FoundTeaser]:
    """Links left in the tree whose text is a headline and one of the body ``lines``
    (normalised, case-folded), by that text.

    Why: when such a link's text turns up as a whole body line, the extractor has
    kept a teaser (an inline "also read" or a stray related item); it moves to teasers.
    """
    out: dict[str, FoundTeaser] = {}
    if not lines:
        return out
    body = tree.find(".//body")
    for a in (body if body is not None else tree).iter("a"):
        t = _text(a)
        if len(t) < 15 or t.casefold() not in lines or not _is_headline(t) or len(t.split()) < 4:
            continue
        u = _url(a.get("href"), meta)
        if u is None or (meta.url and u.split("#")[0] == meta.url) or not _SLUG_RE.search(u):
            continue
        key = t.casefold()
        if key not in out:
            out[key] = FoundTeaser(t, "", u, float(order.get(a, 0)))
    return out


# a feed that says it is paid for: its links to other sites are ads, not stories
SPONSOR_RE = re.compile(
    r"\b(sponsored|promoted|paid (content|post|partner)|partner content|advertorial|ads? by|"
    r"anzeige|gesponsert|sponsoris[ée]e?s?|patrocinad[oa]s?|sponsorizzat[oa]|gesponsord|publicidad|publicité)\b",
    re.I,
)
_SPONSOR_ATTR_RE = re.compile(r"sponsor|promoted|advert", re.I)
_SLD = {"co", "com", "net", "org", "gov", "ac", "edu", "ne", "or", "go", "gob", "nic"}


@lru_cache(maxsize=4096)
def _site(url: str | None) -> str | None:
    """Registrable domain, roughly (example.co.uk, example.com.br): sister hosts are one site."""
    if not url:
        return None
    try:
        host = (urlsplit(url).hostname or "").rstrip(".")
    except ValueError:
        return None
    labels = host.split(".")
    if len(labels) >= 3 and len(labels[-1]) == 2 and labels[-2] in _SLD:
        return ".".join(labels[-3:])
    return ".".join(labels[-2:]) or None


def _sponsored(blk) -> bool:
    if SPONSOR_RE.search(" ".join(blk.itertext())):  # spaced: text_content() glues "Weekly" + "Sponsored"
        return True
    return any(_SPONSOR_ATTR_RE.search(_attr(e)) for e in blk.iter() if isinstance(e.tag, str) and (e.get("class") or e.get("id")))


def extract_teasers(tree, meta: PageMeta, order: DocOrder | None = None) -> list[FoundTeaser]:
    """Teasers in page order; the blocks they came from are removed from ``tree``."""
    body = tree.find(".//body")
    root = body if body is not None else tree
    blocks: list[tuple[object, list]] = []
    taken: set = set()
    covered: set = set()
    # one walk in document order over the tags that can hold or head a block (C-side
    # tag filter); outer elements come first, so the widest teaser block wins
    attr_tags, head_tags = set(_ATTR_TAGS), _HEADINGS
    rel_links: list = []
    run_parents = _run_parents(root, rel_links)
    for el in root.iter(*_ALL_CAND_TAGS):
        if el in covered:
            continue
        tag = el.tag
        found = None
        if tag in attr_tags:
            cls, ident = el.get("class"), el.get("id")
            if (cls or ident) and _stem_hit(cls, ident):
                found = _attr_candidate(el, meta)
        if found is None and tag in head_tags and len(el) <= 4:
            found = _cue_candidate(el, meta)
        if found is None and el in run_parents:  # >= 3 headline links below: lists and runs
            if tag in ("ul", "ol"):
                found = _list_candidate(el, meta)
            if found is None:
                found = _repeat_candidate(el, meta)
        if found is None:
            continue
        blk, items = found
        if blk in taken:
            continue
        blocks.append((blk, items))
        taken.add(blk)
        covered.update(blk.iter())  # O(1) "inside a taken block" from now on
    for a in rel_links:
        # previous/next-post links (rel=prev/next) with a headline: the CMS's own teasers
        if a in covered or not {"prev", "next"} & set((a.get("rel") or "").lower().split()):
            continue
        # its longest text run: "Previous"/"Next" labels and arrows sit in runs of their own
        title = max((" ".join(x.split()) for x in a.itertext()), key=len, default="")
        u = _url(a.get("href"), meta)
        if not u or len(title.split()) < 4 or not _is_headline(title) or not _SLUG_RE.search(u):
            continue
        if meta.url and u.split("#")[0] == meta.url:
            continue
        blocks.append((a, [(FoundTeaser(title, "", u), a)]))
        taken.add(a)
    if order is None:
        order = DocOrder(root)
    # a block inside another chosen block is already part of it; keep page order
    blocks = [(b, i) for b, i in blocks if not any(a in taken for a in b.iterancestors())]
    blocks.sort(key=lambda bi: order.get(bi[0], 0))
    teasers: list[FoundTeaser] = []
    home = _site(meta.url or meta.base)
    for blk, items in blocks:
        base = float(order.get(blk, 0))
        if home and any(_site(t.url) != home for t, _ in items) and _sponsored(blk):
            # the block is still cut out of the tree; its ads to other sites are not teasers
            items = [(t, item) for t, item in items if _site(t.url) == home]
        for k, (t, item) in enumerate(items):
            t.pos = float(order.get(item, base + k * 1e-3))
            teasers.append(t)
    for blk, _ in blocks:
        drop_block(blk)
    return teasers
