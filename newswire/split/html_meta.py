"""Page-level facts of an HTML article: canonical URL, base, headline, deck, JSON-LD body.

Why: the headline and the deck (standfirst) are exactly what extractors paste at the
top of the body; knowing them lets us take them out again. The canonical URL is the
base every teaser link is made absolute against.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

MAX_LD_CHARS = 2_000_000

# Classes/ids pages give the deck under the headline, in several CMS dialects.
DECK_RE = re.compile(
    r"stand-?first|(^|[-_ ])(deck|dek|lede|lead|intro|kicker-?text|strapline|subhead(line)?|sub-?title|"
    r"summary|excerpt|description|teaser-?text|chapo|chapeau|entradilla|sumario|vorspann|"
    r"article-?teaser|article-?lead|post-?excerpt|standfirst|desc|linha-?fina|bajada|sommario|catenaccio|"
    r"sottotitolo|ondertitel|unterzeile)($|[-_ ])",
    re.I,
)


@dataclass(slots=True)
class PageMeta:
    title: str | None = None
    url: str | None = None
    base: str | None = None
    description: str | None = None
    standfirst: str | None = None
    ld_body: str | None = None


def _text(el) -> str:
    try:
        return " ".join(el.text_content().split())
    except Exception:  # noqa: BLE001 - comments/PIs/odd nodes
        return ""


def _metas(tree) -> dict[str, str]:
    """All <meta> name/property/itemprop -> content, first one wins; one tree pass."""
    out: dict[str, str] = {}
    for m in tree.iter("meta"):
        content = m.get("content")
        if not content:
            continue
        for attr in ("property", "name", "itemprop"):
            key = m.get(attr)
            if key:
                key = key.strip().lower()
                if key not in out:
                    v = " ".join(content.split())
                    if v:
                        out[key] = v
    return out


def _meta(metas: dict[str, str], *names: str) -> str | None:
    for name in names:
        v = metas.get(name)
        if v:
            return v
    return None


def _abs_http(href: str | None, base: str | None = None) -> str | None:
    if not href:
        return None
    href = href.strip()
    try:
        full = urljoin(base, href) if base else href
        parts = urlsplit(full)
    except ValueError:
        return None
    if parts.scheme in ("http", "https") and parts.netloc:
        return full
    return None


def _walk_ld(obj, out: dict) -> None:
    stack = [obj]
    steps = 0
    while stack and steps < 10_000:
        steps += 1
        x = stack.pop()
        if isinstance(x, dict):
            body = x.get("articleBody")
            if isinstance(body, str) and len(body) > len(out.get("body") or ""):
                out["body"] = body
            for key, dst in (("headline", "headline"), ("description", "description")):
                v = x.get(key)
                if isinstance(v, str) and v.strip() and dst not in out and ("articleBody" in x or "@type" in x):
                    out[dst] = v
            stack.extend(v for v in x.values() if isinstance(v, (dict, list)))
        elif isinstance(x, list):
            stack.extend(x)


def _json_ld(tree) -> dict:
    out: dict = {}
    for s in tree.xpath('//script[contains(@type, "ld+json")]'):
        txt = s.text or ""
        if not txt.strip() or len(txt) > MAX_LD_CHARS:
            continue
        try:
            data = json.loads(txt)
        except ValueError:
            continue
        _walk_ld(data, out)
    return out


def _same(a: str, b: str) -> bool:
    a, b = a.casefold(), b.casefold()
    return a == b or (len(a) > 15 and (a in b or b in a))


def extract_meta(tree) -> PageMeta:
    """Read head and JSON-LD facts; cheap (a handful of XPath queries)."""
    meta = PageMeta()
    metas = _metas(tree)
    base_href = next(iter(tree.xpath("//base/@href")), None)
    canon = None
    for link in tree.xpath("//link[@href]"):
        rel = (link.get("rel") or "").lower().split()
        if "canonical" in rel:
            canon = link.get("href")
            break
    og_url = _meta(metas, "og:url")
    url = _abs_http(canon) or _abs_http(og_url) or _abs_http(canon, _abs_http(base_href))
    meta.url = url
    meta.base = _abs_http(base_href, url) or url

    ld = _json_ld(tree)
    if ld.get("body"):
        meta.ld_body = ld["body"]
    meta.description = _meta(metas, "og:description", "description", "twitter:description") or (
        " ".join(ld["description"].split()) if ld.get("description") else None
    )

    h1s = [t for t in (_text(h) for h in tree.xpath("//body//h1")) if t]
    candidates = [c for c in (_meta(metas, "og:title", "twitter:title"), ld.get("headline")) if c]
    title_tag = next((t for t in (_text(t) for t in tree.xpath("//title")) if t), None)
    if title_tag:
        candidates.append(title_tag)
    title = None
    for h in h1s:
        if any(_same(h, c) for c in candidates):
            title = h
            break
    if title is None:
        title = candidates[0] if candidates else (h1s[0] if h1s else None)
    meta.title = " ".join(title.split()) if title else None
    return meta


_PROSE_END = re.compile(r"[.!?…:;\"”’)»]$")


_NOT_DECK_RE = re.compile(r"\b(sign up|subscribe|newsletter|cookies?|javascript|log ?in|register)\b", re.I)
_FURNITURE_ATTR_RE = re.compile(r"foot|sidebar|modal|popup|newsletter|cookie|promo|signup", re.I)
_WORDY = re.compile(r"[^\W\d_]{2,}")  # 2: Romance decks are full of "de", "la", "a", "al"


def _attrs(el) -> str:
    return f"{el.get('class') or ''} {el.get('id') or ''}"


def _looks_like_deck(t: str) -> bool:
    """Prose: enough words, mostly real words (not a dateline or timestamp), no code."""
    words = t.split()
    if not 4 <= len(words) <= 90 or any(c in t for c in "{}<>|") or t.startswith("!"):
        return False
    return sum(1 for w in words if _WORDY.search(w)) >= 0.6 * len(words)


def _prev_el(el):
    prv = el.getprevious()
    while prv is not None and not isinstance(prv.tag, str):
        prv = prv.getprevious()
    return prv


def _next_el(el):
    nxt = el.getnext()
    while nxt is not None and not isinstance(nxt.tag, str):
        nxt = nxt.getnext()
    return nxt


def _is_lead_paragraph(el) -> bool:
    """A paragraph followed by more paragraphs is the article's lead, not a deck."""
    nxt = _next_el(el)
    return el.tag == "p" and nxt is not None and nxt.tag == "p" and len(_text(nxt)) >= 80


def find_standfirst(tree, meta: PageMeta) -> str | None:
    """The deck as displayed above the article: a visible block equal to the meta
    description, or a short deck-classed block. Search stops at the first long
    paragraph (the body has begun); a lead paragraph is body, not deck."""
    desc = meta.description
    desc_n = desc.casefold() if desc else None
    body = tree.find(".//body")
    if body is None:
        return None
    # the deck sits under the headline: with an <h1> on the page, start looking after it
    seen_h1 = body.find(".//h1") is None
    for el in body.iter("h1", "p", "h2", "div", "span", "header", "section"):
        if el.tag == "h1":
            seen_h1 = True
            continue
        if not seen_h1:
            continue
        if el.tag not in ("p", "h2") and (el.find(".//p") is not None or el.find(".//div") is not None):
            continue  # a container, not a deck line (checked before its costly text)
        t = _text(el)
        if el.tag == "p" and len(t) >= 250 and not (desc_n and t.casefold() == desc_n):
            return None  # the article's text has started
        if not t or len(t) > 600 or not _looks_like_deck(t):
            continue
        cls = f"{el.get('class') or ''} {el.get('id') or ''}"
        parent = el.getparent()
        if el.tag == "p" and parent is not None and len(parent) == 1:
            cls += f" {_attrs(parent)}"  # <div class="standfirst"><p>deck</p></div>
        is_desc = bool(desc_n) and t.casefold() == desc_n
        is_deck_cls = bool(cls.strip()) and DECK_RE.search(cls) is not None and el.find(".//a") is None
        if not is_deck_cls and el.tag == "h2" and _prev_el(el) is not None and _prev_el(el).tag == "h1":
            # an unclassed <h2> right under the <h1>, written as a sentence: the deck
            is_deck_cls = len(t.split()) >= 8 and el.find(".//a") is None
        if not (is_desc or is_deck_cls):
            continue
        if el.xpath("ancestor::a|ancestor::nav|ancestor::footer|ancestor::aside|ancestor::figure"):
            continue
        if _NOT_DECK_RE.search(t) or any(_FURNITURE_ATTR_RE.search(_attrs(a)) for a in el.iterancestors()):
            continue
        if _is_lead_paragraph(el):
            continue
        return t
    return None
