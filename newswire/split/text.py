"""Split a flattened news page (one block per line) into body, standfirst and teasers.

Why rules and not a model: the input is small, multilingual and the splitter sits on
the hot path (>= 2,000 pages/s on one core). The rules are about *shape*, not about
particular sites: a body paragraph is long, sentence-shaped prose in a run with its
neighbours; a teaser is a headline (short, no final full stop) followed by a one-sentence
summary, glued to it, set off by a separator, or standing alone inside a list announced
by a section header; a standfirst is a line that repeats the lead, or the deck between
headline and lead. Per-language words live in ``data/cues.toml``.
"""

from __future__ import annotations

import json
import math
import re
import tomllib
import unicodedata
from collections.abc import Callable
from functools import lru_cache
from importlib import resources
from itertools import repeat
from operator import itemgetter

from newswire.split.types import SplitResult, Teaser

__all__ = ["split_text"]

_MAX_PASSES = 8
MAX_CHARS = 5_000_000  # larger pages are cut, never parsed in full (the agent dead-letters them first)


# --------------------------------------------------------------------------- cues
def _norm(s: str) -> str:
    low = s.lower()
    if "\u0307" in low:  # Turkish "İ" lower-cases to "i" + a combining dot: "SON DAKİKA" is "son dakika"
        low = low.replace("\u0307", "")
    if "Σ" in s:
        low = _final_sigma(low)
    return " ".join(low.split())


def _lower(s: str) -> str:
    """str.lower() for the regexes that run on lower-cased text: without the combining dot of a Turkish "İ"."""
    low = s.lower()
    if "Σ" in s:
        low = _final_sigma(low)
    return low.replace("\u0307", "") if "\u0307" in low else low


_SIGMA_END = re.compile(r"(?<=[^\W\d_])σ(?![^\W\d_])")


def _final_sigma(low: str) -> str:
    """"ΕΠΙΣΗΣ" lower-cases to "επισης" in CPython but to "επισησ" in the compiled build: one spelling for both."""
    return _SIGMA_END.sub("ς", low)


@lru_cache(maxsize=1)
def _cues() -> dict:
    data = tomllib.loads(resources.files("newswire.split").joinpath("data/cues.toml").read_text("utf-8"))
    return data


def _any_in(words: tuple[str, ...]) -> Callable[[str], bool]:
    """A test "does s contain any of these words": one chained expression, ~4x faster than any() over a generator."""
    return eval("lambda s: " + " or ".join(f"{w!r} in s" for w in words))  # noqa: S307 - our own literal words


def _alt(words: list[str]) -> str:
    """An alternation of literal words as a trie: ``re`` tries a flat alternation word by word at every position
    (a 200-word cue list cost microseconds per line); a trie shares prefixes. Same strings, same preference:
    at every node the longer continuation is tried before the word ending there, as longest-first did."""
    trie: dict = {}
    for w in set(words):
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _trie_re(trie)


def _trie_re(node: dict) -> str:
    branches = [re.escape(ch) + _trie_re(child) for ch, child in sorted(node.items()) if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if "" in node:  # a word ends here: optional, greedy (the longer word first)
        return body + "?" if len(branches) > 1 else "(?:" + body + ")?"
    return body


_C = _cues()
_HEADER_EXACT = frozenset(h for h in _C["section_headers"] if not h.endswith(" *"))
_HEADER_PREFIX = tuple(h[:-1] for h in _C["section_headers"] if h.endswith(" *"))
_HEADER_LONG_WORDS = frozenset(h for h in _HEADER_EXACT if " " not in h and len(h) >= 8)
_HEADER_MULTI = tuple(h + " " for h in _HEADER_EXACT if " " in h)  # "read more" -> "Read more on this topic"


def _by_first_word(prefixes: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    out: dict[str, list[str]] = {}
    for pre in prefixes:
        out.setdefault(pre.split(" ", 1)[0], []).append(pre)
    return {k: tuple(v) for k, v in out.items()}


# every header prefix holds a space, so only those sharing the line's first word can match: a dict lookup
# and a handful of startswith tests instead of ~300 (this runs for every short line)
_HEADER_STARTS = _by_first_word(_HEADER_PREFIX + _HEADER_MULTI)


def _starts_with_header(h: str) -> bool:
    """Does h open with a header phrase ("more from ...", "read more on ...")?"""
    return h.startswith(_HEADER_STARTS.get(h.split(" ", 1)[0], ()))

# "Dazu passend", "Leia também" alone on a line: the prefix of an inline teaser, set above a list instead
_HEADER_EXACT = _HEADER_EXACT | frozenset(p for p in _C["inline_prefixes"] if " " in p)
_READ_MORE = frozenset(_C["read_more"])
_PAGER_LINKS = frozenset(_C["pager_links"])
_ALL_NEWS = tuple(w + " " for w in _C["all_news_prefixes"])  # "Усі новини футболу", "Näytä kaikki 14 uutista ..."
_PROMPT_OPENERS = tuple(_C["prompt_openers"])
_MEDIA_LABELS = frozenset(_C["media_labels"])
_BANNER_WORDS = tuple(_C["banner_words"])
_MORE_SECTIONS = frozenset(_C["more_sections"])
_LOAD_MORE = frozenset(_C["load_more"]) | _PAGER_LINKS
_SOCIAL = frozenset(_C["social"]) | frozenset(_C["footer_links"])
_STARTERS = frozenset(_C["sentence_starters"])
_SOURCE_LABELS = tuple(_C["source_labels"])
_SOURCES_LIST = re.compile(r"^(?:" + _alt(_C["sources_labels"]) + r")\s?:\s[^,]+,[^,]+,")
_CJK_COUNT = re.compile(r"^(?:[\d.,]+\s*[万萬千]?\s*(?:" + _alt(_C["cjk_count_words"]) + r")|(?:" + _alt(_C["cjk_more_links"])
                        + r")\s*\d*\s*(?:篇|条|條)?(?:" + _alt(_C["cjk_count_nouns"]) + r")?\s*[»›>]?)$")
_STAT_LINE = re.compile(r"^[^\d:|]{2,30}:\s*\d+(?:[.,]\d+)?\s*%?\s*[–—-]\s*\d+(?:[.,]\d+)?\s*%?$")
_PAGER = re.compile(r"^[\s«‹<←]*(?:(?!\d)\S{1,15}\s+)?(\d{1,4})\s+(\d{1,4})\s+(\d{1,4})(?:\s+(?:\d{1,4}|…|\.\.\.))*"
                    r"(?:\s+(?!\d)[^\s»›>→]{1,15})?[\s»›>→]*$")  # (a "next" / "previous" word at either end)
_SHARE_WORDS = frozenset(_C["share_words"])
_SHARE_OBJECTS = frozenset(_C["share_objects"])
_SHORT_CUE_1 = re.compile(r"(?<!\w)(?:" + _alt([w for w in _C["short_line_cues"] if " " not in w]) + r")(?!\w)")
_SHORT_CUE_N = re.compile(r"(?<!\w)(?:" + _alt([w for w in _C["short_line_cues"] if " " in w]) + r")(?!\w)")
_INLINE = re.compile(  # "Read also: ", "Leggi anche >> ", "Lees ook »", "【関連記事】"
    r"^(?:[➤►▶→»›•]\s*)?(?:(?:" + _alt(_C["inline_prefixes"]) + r")\s*(?::|：|»|›|>|-|–|—|\|)(?:[»›>]*)|[【\[](?:"
    + _alt(_C["inline_prefixes"]) + r")[】\]])\s*(?=\S)", re.IGNORECASE
)
# "Lire le décryptage | Title", "Read the analysis: Title", "Leggi l'intervista: Title": a reading cue naming a genre
_INLINE_GENRE = re.compile(
    r"^(?:lire|read|leggi|lees|lesen sie|leer|lea|lee|leia|läs|les|czytaj|lue)\s+"
    r"(?:(?:le|la|les|the|our|das|die|den|il|lo|el|o|a|de|het)\s+|l['’])?[^\W\d_][\w'’-]{2,20}"
    r"\s*(?::|：|»|›|>|–|—|\|)\s*(?=\S)",
    re.IGNORECASE,
)


def _inline_match(t: str) -> re.Match[str] | None:
    return _INLINE.match(t) or (_INLINE_GENRE.match(t) if t[:1] in "lLrRcC" else None)


_BYLINE = re.compile(
    r"^(?:(?:" + _alt(_C["byline_leads"]) + r")\s+)?(?:" + _alt(_C["byline_words"]) + r")\s+(?!(?:" + _alt(_C["byline_not_before"]) + r")\b)[^\W\d_]",
    re.IGNORECASE
)
_CONTRIB = re.compile(_alt(_C["contributor_phrases"]))  # matched on the lower-cased line: much faster than IGNORECASE
# every contributor phrase holds one of these stems: a cheap gate before the long alternation
_CONTRIB_STEMS = ("contribu", "beigetragen", "colaboró", "bijgedragen", "bidrog")
_has_contrib_stem = _any_in(_CONTRIB_STEMS)
_LOAD_MORE_PREFIX = tuple(w + " " for w in _C["load_more"])
# a market ticker's figures: "+0,82%", "-2", "▲"
_TICKER_HINT = re.compile(r"[%▲▼△▽↑↓]|[+\-−±]\d")
_TICKER_TOKEN = re.compile(r"^(?:[▲▼△▽↑↓]|[+\-−±]?\d[\d.,]*%|[+\-−±]\d[\d.,]*)$")
_COOKIE_CTX = re.compile(_alt(_C["cookie_words"]), re.IGNORECASE)
_NEWSLETTER = re.compile(r"newsletter|inbox|enter your e-?mail|e-?mail address", re.IGNORECASE)
_NEWSLETTER_CTX = re.compile(r"sign up|subscribe|abonn|inscri|anmeld|suscr|iscriv|assin|registr|enter your|"
                             r"\b(?:receive|recibe|recibir|recíbela|reçois|recevez|recevoir|erhalten sie|ricevi|ricevere|receba|"
                             r"receber|ontvang)\b", re.IGNORECASE)  # "recibe cada mañana"
_CTA_VERBS = frozenset(_C["cta_verbs"])
_PAYWALL = re.compile(r"(?:^|[.!?]\s+)(?:" + _alt(_C["paywall_phrases"]) + ")")  # opening a sentence: a prompt
_PROD_CREDITS = re.compile(r"\b(?:presented|hosted|narrated|reported|produced|edited|mixed|written)\s+by\b")
_has_paywall_word = _any_in(("subscri", "abonn", "assin", "suscri", "abbonat", "weiterlesen", "premium", "předplat",
                             "prenumer", "abonament", "abone"))
_CTA_CHANNEL_WORD = re.compile(r"(?<!\w)(?:" + _alt(_C["cta_channels"]) + r")(?!\w)|\S@\w[\w-]*\.\w")
_CTA_CHANNEL = re.compile(r"(?<!\w)(?:" + _alt(_C["cta_channels"]) + r")(?!\w)|\S@\w[\w-]*\.\w"
                          r"|(?<!\w)(?:" + _alt(_C["cta_platforms"]) + r")")
_MAIL_CALL = re.compile(r"(?:^|[.!?]\s+)(?:e-?mail|mail|write|schrijf|mailen|schreiben sie|écrivez|escríbanos|escribe|"
                        r"scriveteci|scrivi|skriv|kirjoita|napisz)(?:\s+[^\s@]+){0,2}\s+[\w.+-]+@[\w-]+\.\w")
_CTA_AMBIGUOUS = frozenset(("sigue", "siga", "segue", "segui", "volg"))  # also "it remains", "follows"...
_US = frozenset(("us", "nos", "uns", "nous", "ons", "kami", "noi", "nas", "nás", "nám", "нас", "nami", "oss", "os", "bizi"))
_QUOTES = ("\"", "“", "”", "«", "»", "„", "'")
_CTA_GATE = ("google news", "app", "mail", "whatsapp", "telegram", "news", "nieuws", "nyhe", "bolet", "infolettre", "biuletyn",
             "bülten", "alert", "notif", "benachricht", "push", "podcast", "@", "correo", "postfach", "facebook", "bulet",
             "póstlist", "viber", "barua pepe",
             "instagram", "twitter", "tiktok", "youtube", "threads", "linkedin", "рассылк", "розсилк", "فيسبوك",
             "تيليجرام", "تلغرام", "واتساب", "النشرة", "نشرتنا", "inscri", "abonne", "sign me up")
_has_cta_word = _any_in(_CTA_GATE)
_SENT_START = re.compile(r"(?:^|[.!?…]\s+)([^\W\d_][\w'’-]*)")  # no quote: a quoted call is reported speech
_READER = frozenset(_C["reader_words"])
_TIME_WORDS = _alt(_C["time_words"])
_TIME_LEADS = tuple(_C["time_leads"])
_TIME_UNITS = _alt(_C["time_units"])
_TIMESTAMP = re.compile(
    r"^(?:"
    r"(?:%(w)s)\b.{0,40}"  # "Updated 3 hours ago", "Published 14 March", "vor 2 Stunden"
    # "3 hours ago", "5 min", "2 Tagen" - not "100 days of war", "24 hours in pictures": a headline goes on
    # ((?!\w), not \b: a unit may end in a vowel sign, "2 घंटे पहले")
    r"|\d+\s*(?:%(u)s)\.?(?!\w)(?!\s+(?:of|in|to|for|at|on|with|that|de|del|des|du|en|im|di|da|do|na|nel|dans|que)\b).{0,20}"
    r"|(?:pred|לפני|قبل|منذ)\s+\d+\s*(?:%(u)s)\b.{0,10}"  # "pred 2 urama" (sl), "לפני 3 שעות", "قبل 5 ساعات"
    r"|for\s+\d+\s*(?:%(u)s)\s+(?:%(w)s)"  # "for 2 timer siden" (da/no); "For 90 minutes, nothing." is prose
    r"|(?:%(w)s)"
    r"|(?:[^\W\d_]{1,4}[.,]?\s+){0,2}\d{1,2}[:.h]\d{2}(?:\s*(?:am|pm|uhr|h))?"  # 14:32, "ore 12:41", "i dag 09:32", "dziś, 14:21"
    r"(?:\s+\(?(?:gmt|utc|cet|cest|bst|est|edt|pst|pdt|et|pt|msk|ist|jst)(?:[+-]\d{1,2})?\)?)?"  # "12:45 GMT", "14:20 (IST)"
    r"|(?:(?:%(d)s),\s+)?\d{1,4}[./-]\s?\d{1,2}(?:[./-]\s?\d{2,4})?(?:,?\s+(?:[^\W\d_]{1,5}\s+)?\d{1,2}[:.h]\d{2}.*)?"
    # "1. 12. 2025", "21. 6. 2025 ob 11:20", "sreda, 22. 10. 2025 ob 06:00" (a weekday before it)
    # (a month is no run of Han or kana: "2 多地出台新政" is a ranked title)
    r"|\d{1,2}\.?\s+[^\W\d_\u3040-\u30ff\u3400-\u9fff][^\s\d.,:;!?]{2,11}\.?(?:\s+\d{4})?(?:,?\s+\d{1,2}[:.h]\d{2}.*)?"  # 14 March 2025, 16 जुलाई 2024
    r"|[^\W\d_]{3,10}\.?\s+\d{1,2}(?:,\s+\d{4})?"  # March 14, 2025
    r"|(?:\d{4}\s?[年년]\s?)?\d{1,2}\s?[月월]\s?\d{1,2}\s?[日일](?:\s*\d{1,2}[:時时시]\s?\d{2}分?)?"  # 5月28日, 2024年6月3日 17時05分
    r"|\d{1,2}\s+[\u0e00-\u0e7f.]{2,12}\s+\d{4}(?:\s+\d{1,2}[:.]\d{2}(?:\s*น\.)?)?"  # 14 มี.ค. 2568 10:32 น.
    r")$".replace("%(w)s", _TIME_WORDS).replace("%(u)s", _TIME_UNITS).replace("%(d)s", _alt(_C["weekdays"])),
    re.IGNORECASE,
)
_DIGIT = re.compile(r"\d")
_FULL_DATE = re.compile(  # day, month word and year (either order), or a numeric date with its time
    # (a month word may hold vowel signs, which are no \w: "8 जुलाई 2025")
    r"(?<!\w)(?:\d{1,2}\.?\s+(?:[^\W\d_]|[\u0900-\u097f]){3,12}\.?,?\s+\d{4}|[^\W\d_]{3,12}\.?\s+\d{1,2},?\s+\d{4}"
    r"|\d{1,2}[./-]\d{1,2}[./-]\d{2,4},?\s+(?:[^\W\d_]{1,5}\s+)?\d{1,2}[:.h]\d{2}"  # "14/11/2025 à 07:12"
    r"|\d{4}[./-]\d{1,2}[./-]\d{1,2}\.?,?\s+(?:[^\W\d_]{1,5}\s+)?\d{1,2}[:.h]\d{2}"  # "2025.03.11. 오후 2:14"
    r"|\d{1,2}\s+de\s+[^\W\d_]{3,12}\s+de\s+\d{4}"  # "14 de novembro de 2023", "3 de mayo de 2024"
    r"|\d{1,2}\.?\s+[^\W\d_]{3,12}\.?,?\s+(?:à|a|at|um|alle|om|kl\.?)\s+\d{1,2}[:.h]\d{2}"  # "18 mars à 06h45": no year, a time
    r"|\d{4}\.\s+[^\W\d_]{3,12}\.?\s+\d{1,2}\.)(?!\w)"  # "2024. augusztus 21.": year first (hu)
)
_SHORT_TIME = re.compile(r"^\d{1,3}\s?(?:s|m|h|d|w|min|mins|hr|hrs|std|t|j|g)$|^\d{1,2}[:.h]\d{2}$", re.IGNORECASE)
_CLOCK_LEAD = r"(?:klo|kl\.|godz\.)\s+"  # "klo 21.30 Jokerit voitti ...", "kl. 06.12 ..."
_CLOCK_PREFIX = re.compile(
    r"^(?:(?:" + _CLOCK_LEAD + r")?\d{1,2}[:.h]\d{2}(?:\s*(?:am|pm|uhr|h))?\s*[-–—|·:]?|\d{1,3}\s?(?:h|m|min|mins|hrs?|hours?|minutes?)(?:\s+ago)?\s*[-–—|·:])"
    r"(?:\s+(?=\S)|(?<=\d)(?-i:(?=[A-ZÀ-ÖØ-Þ][^\W\d_])))",  # "22:01Microsoft hæver prisen ...": glued too
    re.IGNORECASE,
)
_GLUED_HEADER = re.compile(r"^([^\W\d_][^:.!?]{1,38}[^\s:]):[" + "A-ZÀ-ÖØ-ÞА-ЯЁ" + r"]")
_TITLE_TAIL = re.compile(  # "Title · 3 min read", "Title | 2h", "Title - 5 hours ago"
    r"\s+[·|•–—-]\s+(?:\d+\s*(?:min|mins|minute|minutes|minuten|minutos|minuti)\.?(?:\s+\S+){0,2}"
    r"|\d{1,3}\s?(?:s|m|h|d|w|min|hr|hrs|hours?|minutes?|days?)(?:\s+ago)?|\d{1,2}[:.]\d{2}"
    # any language's unit and "ago" ("| 4 घंटे पहले", "· 2 óra"), the unit a whole word
    # (the "ago" word is needed: "– 100 giorni" closes a headline on a government's first hundred days)
    r"|(?:" + _TIME_WORDS + r")\s+\d{1,3}\s?(?:" + _TIME_UNITS + r")(?!\w)"
    r"|\d{1,3}\s?(?:" + _TIME_UNITS + r")(?!\w)\s+(?:" + _TIME_WORDS + r"))$",
    re.IGNORECASE,
)
_SOURCE_TAIL = re.compile(r"\s+[·|•]\s+(?:(?:" + _alt(_C["name_particles"]) + r")\s)?[A-Z0-9À-ÖØ-Þ][^·|•.!?]{0,30}$")  # ("de Volkskrant")
# (a day's number before the full stop is no break: "zum 1. Mai wieder", "den 14. März")
_SENT_BREAK = re.compile(  # (scripts without capitals: any letter of theirs opens the next sentence)
    r"(?:[!?…]|\.(?<!\b\d\.)(?<!\b\d\d\.))[\"'”’»)]?\s+[\"“«„]?[A-ZÀ-ÖØ-ÞА-ЯЁΑ-Ω\u10d0-\u10ff\u0620-\u064a\u05d0-\u05ea\u0904-\u0939]")
_BULLET = re.compile(r"^(?:[•·▪►▶◆■□●○*→»›✓✔–—-]\s*)+(?=\S)")
_RANK = re.compile(r"^(?:#|no\.?\s*)?\d{1,3}[.)]?$", re.IGNORECASE)
_RANK_PREFIX = re.compile(
    r"^(?:#\s?)?(\d{1,3})(?:[.)]\s+|\s*[-–—|·]\s+|\s+|[.)]?(?=[¡¿«“\"']?[A-ZÀ-ÖØ-ÞА-ЯЁΑ-Ω][^\W\d_]))(?=\S)")  # "1.Title", "2¡Bombazo" glued too
_TICKER_LABEL = re.compile(r"^(?:" + _alt(_C["ticker_labels"]) + r")\s*[:|]\s*", re.IGNORECASE)  # ("SON DAKİKA | ...")
# a rank glued to a title in a script without spaces ("1物価高で..."): cut only where the list's numbers run in sequence
# ("3分기", "3メガバンク", "6大行" open titles with figures, review 12)
_CJK_RANK = re.compile(r"^(\d{1,2})(?![月年時时分])(?=[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af])")  # ("1月の物価" is January)
# a Chinese photo caption: "图为…" ("pictured: ..."), or closing on the photographer's credit ("记者 许晴 摄")
_CJK_CAPTION = re.compile(r"^(?:图为|圖為|图片为|圖片為|图[：:/]|圖[：:/]|[图圖]\d{1,2}/\d{1,2}\s)"
                          r"|(?:记者|記者|摄影|攝影|通讯员|通訊員)\s*[^\s。，]{1,8}\s*(?:[摄攝]|供图|供圖)\s*$")
# A caption's credit. Matched on the lower-cased line (half the cost of IGNORECASE), the word branches sharing one \b
# and each a trie (a flat alternation per branch, tried at every position, cost ~15 us a line).
_PHOTO = re.compile(
    r"\b(?:(?:" + _alt(["photo", "photos", "foto", "fotos", "fotó", "photograph", "photography", "bild", "image",
                        "picture", "credit", "crédit", "crédito", "fotografía", "fotografia", "immagine", "illustration",
                        "chart", "graphic", "infographic", "gráfico", "graphique", "grafiek", "grafika",
                        "grafik", "video", "фото", "світлина", "φωτογραφία", "φωτ", "صورة", "تصوير", "צילום", "फोटो",
                        "तस्वीर", "ფოტო", "写真", "图片", "图", "摄影", "사진", "kuva", "kép", "zdjęcie", "slika", "bilde",
                        "billede", "snímek", "picha", "ภาพ", "fotoğraf", "ảnh"]) + r")\s*[:=：]"
    r"|(?:" + _alt(["getty images", "shutterstock", "imago images", "picture alliance", "ap photo", "afp via getty",
                    "alamy", "file photo", "archive photo", "archivbild", "archivfoto", "photo d'archive",
                    "foto de archivo", "foto d'archivio", "archiefbeeld", "arkivbild", "zdjęcie archiwalne",
                    "архивное фото", "صورة أرشيفية"]) + r")\b"
    r"|(?:" + _alt(["photo", "photograph", "picture", "foto", "bild", "image"]) + r")\s+(?:by|von|de|di|van|av|par)\s"
    r"|(?:" + _alt(["reuters", "afp", "ap", "epa", "dpa", "efe", "ansa", "xinhua", "anp", "aap", "pa", "getty",
                    "ap images"])
    + r")\s*/\s*[^\W\d_][\w .'\-/]{1,40}\)?\.?$)"
    r"|\[사진|\((?:photo|foto|bild|image|фото)\b|[（(][^（）()]{1,24}(?:提供|撮影|摄)[）)]$"
)
_TAGS = re.compile(
    r"^(?:tags?|topics?|themen|schlagwörter|schlagworte|sujets|mots-clés|mots clés|temas|etiquetas|tópicos|"
    r"argomenti|onderwerpen|ämnen|emner|tagi|etiketler|теги|címkék|štítky|oznake|etichete|avainsanat|"
    r"टैग|टैग्स|الوسوم|وسوم|תגיות|标签|タグ|태그|мітки|ετικέτες|thẻ|mga tag|"
    # "Keywords:", "الكلمات المفتاحية:" label a tag list as well
    r"keywords|schlüsselwörter|palabras clave|parole chiave|palavras-chave|trefwoorden|nyckelord|słowa kluczowe|"
    r"klíčová slova|anahtar kelimeler|ключевые слова|ключові слова|الكلمات المفتاحية|كلمات مفتاحية|λέξεις-κλειδιά|"
    r"kata kunci|từ khóa|キーワード|关键词|키워드|asiasanat|aiheet|cuvinte cheie|kulcsszavak)\s*:",
    re.IGNORECASE,
)
# "Editor: Dewi Lestari", "责任编辑：王敏", "Pewarta: Rizki Maulana": a newsroom role and a name
_ROLE_CREDIT_RX = r"^(?:" + _alt(_C["credit_labels"]) + r")\s*[:：]\s*[^.!?:：？。！]{1,40}$"
_CREDIT = re.compile(
    r"^\(?(?:additional\s+)?(?:reporting|writing|editing|compiled|produced|translated|edited)\s+by\b|"
    r"^\((?:mit material|with reporting|reporting)\b|^mit material von\b|^\((?:dpa|afp|ap|reuters|efe|ansa)\)$"
    r"|^(?:source|sources|quelle|fuente|fonte|bron|källa|kilde|lähde|źródło|zdroj|forrás|kaynak|sursa|izvor|πηγή)\s*:\s*[^.!?]{1,50}$"
    r"|" + _ROLE_CREDIT_RX,
    re.IGNORECASE,
)
_LABELLED_CAPTION = ("image caption", "image source", "media caption", "video caption")
_ROLE_CREDIT = re.compile(_ROLE_CREDIT_RX, re.IGNORECASE)  # "كتب: ...", "Editor: Dewi Lestari" on a line of its own
_COPYRIGHT = re.compile(r"©|\(c\)\s*\d{4}|^\(c\)\s+[^\W\d_]|copyright\b", re.IGNORECASE)  # (and "(c) Agencia EFE")
_LEGAL = re.compile(  # on the lower-cased line: "【免责声明】...", "Disclaimer: ...", or a notice's own wording
    r"^[【\[(«\"]?(?:" + _alt(_C["legal_labels"]) + r")\s*[】\]):：]|^(?:" + _alt(_C["legal_openers"]) + r")")
_AD_LINES = frozenset(_C["ad_lines"])
_DATELINE = re.compile(
    r"^[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ.'’/\- ]+(?:\s*,[^-–—:|]{0,30})?(?:\s*\([^)]{1,30}\))?\s*$"
)
_NAV_SEP = re.compile(r"\s+[·|•›»>/]\s+|\s*[|•›]\s*")
_TERMINAL = frozenset(".!?…。！？؟।")
_CLOSERS = "\"'”’“‘»«)]›」』*"
_OPENERS = frozenset("\"'“‘«„‚¿¡([")
_AMOUNT_ABBR = r"\d\s*(?:(?:mio|mia|mrd|mld|mln|bn|tys|tis|mill)\.\s*)?(?:kr|zł|kn|mio|mia|mrd|mld|mln|tys|tis|mill|proc|pct)\."
_ABBREV_END = re.compile(r"(?:\b(?:[A-Z]\.){2,}|\b[ap]\.m\.|\b(?:Inc|Ltd|Co|Corp|Jr|Sr|St|Dr|Mr|Mrs|Ms|No|vs|etc)\.|"
                         r"(?i:" + _AMOUNT_ABBR + r"))$")
_QUOTE_PAIRS = {"'": "'", "’": "‘'", "\"": "\"", "”": "“\"", "»": "«", "«": "»", "“": "„", "›": "‹", ")": "("}
_SEPARATORS = (" — ", " – ", " | ", " - ", " : ", ": ")
_NOSPACE = re.compile(r"[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff]")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
# (cues in scripts without spaces have no word boundaries to look for: "...仅提供信息聚合服务，内容版权归原作者所有。")
_CJK_CUES = [w for w in _C["short_line_cues"] if _CJK.search(w)]
# (a short one only opening or closing the line: "字号：大 中 小" is the tool bar, "老字号" a word, review 11)
_SHORT_CUE_CJK = re.compile("|".join([re.escape(w) for w in _CJK_CUES if len(w) >= 6]
                                     + [f"^{re.escape(w)}|(?<!\\w){re.escape(w)}[\\s：:。.!！]*$" for w in _CJK_CUES if len(w) < 6])
                            or "(?!)")


# --------------------------------------------------------------------------- line features
def _nwords(s: str) -> int:
    n = s.count(" ") + 1
    if (n < 4 or n * 10 < len(s)) and _CJK.search(s):  # scripts without spaces: two characters count as a word
        # (also when a few spaces set off phrases: "运河边的老厂房变身文创园 首批商户已入驻 | 由上世纪...")
        n = max(n, len(_CJK.findall(s)) // 2)
    if n * 12 < len(s) and _NOSPACE.search(s):  # Thai, Lao, Khmer, Myanmar: a word is about five letters
        n = max(n, len(_NOSPACE.findall(s)) // 5)
    return n


def _ends_terminal(s: str) -> bool:
    t = s.rstrip(_CLOSERS + " ")
    return bool(t) and t[-1] in _TERMINAL






_FIRST = itemgetter(0)


@lru_cache(maxsize=4096)
def _lower_ratio(s: str) -> float:
    """Share of words that do not start upper-case: high in sentences, low in headlines-in-title-case and names.

    Words opening with a quote or a bracket are left out; that is close enough and keeps this in C loops.
    """
    firsts = "".join(map(_FIRST, s[:400].split()))
    n = sum(map(str.isalpha, firsts))
    if not n:
        return 0.0
    return 1.0 - sum(map(str.isupper, firsts)) / n


def _opens_lower(s: str) -> bool:
    """Opens in lower case, in a script that writes capitals (Georgian letters are lower case to Unicode only)."""
    c = s[:1]
    return c.islower() and not "\u10d0" <= c <= "\u10ff"


def _starts_upper(s: str) -> bool:
    """Starts like a sentence or a headline: capital, digit, or a script without case (CJK, Arabic...)."""
    t = s.lstrip("\"'“‘«„‚¿¡([‹ ")
    if not t:
        return False
    c = t[0]
    if "\u10d0" <= c <= "\u10ff":
        return True  # Georgian: its letters are lower case to Unicode, but the script writes no capitals
    return c.isupper() or c.isdigit() or (not c.islower() if c.isalpha() else c not in ".,;:-–—")


@lru_cache(maxsize=4096)
def _sentence_like(s: str, min_words: int = 4) -> bool:
    """A summary or a paragraph: starts like a sentence and reads like one."""
    if not (_starts_upper(s) or _camel_start(s)):
        return False
    nw = len(s.split())
    if nw < min_words and _CJK.search(s):
        nw = _nwords(s)  # no spaces between words: count characters
    if nw < min_words:
        return False
    if _lower_ratio(s) < 0.3 and not _CJK.search(s):
        return False
    return _ends_terminal(s) or nw >= 8


def _summary_like(s: str, min_words: int = 4) -> bool:
    """A teaser's summary: a sentence, or one that opens in lower case ("the agency says ...", "noul nivel ...").

    Cards often show the summary cut from the middle of a sentence or written as a continuation of the
    title; the lower-case opening needs the full stop and the prose rhythm a sentence has.
    """
    if _sentence_like(s, min_words):
        return True
    c = s[:1]
    return c.islower() and _ends_terminal(s) and s.count(" ") + 1 >= min_words and _lower_ratio(s) >= 0.5


def _brand_start(s: str) -> bool:
    """A sentence may open with a brand written in lower case: eBay, iPhone, my6sense."""
    w = s[:12].split(" ", 1)[0]
    return len(w) >= 3 and w[0].islower() and any(ch.isupper() or ch.isdigit() for ch in w[1:4])


def _camel_start(s: str) -> bool:
    """Headlines may open with a brand written in lower case: iPhone, eBay, iOS."""
    w = s.split(" ", 1)[0]
    return len(w) >= 3 and w[0].islower() and (any(ch.isupper() for ch in w[1:4]) or w.rstrip(_PUNCT) in _CAMEL_BRANDS)


_SENTENCE_THEN_PAREN = re.compile(r"[.!?]\s\([^()]{1,60}\)$")  # "... Vorjahresmonats. (Quelle: ...)"


@lru_cache(maxsize=4096)
def _title_like(s: str, min_words: int = 2, max_words: int = 22) -> bool:
    """A headline: short, starts upper-case, no closing full stop (abbreviations aside)."""
    if not s or not (_starts_upper(s) or _camel_start(s)):
        return False
    n = _nwords(s)
    if n < min_words or n > max_words:
        return False
    t = s.rstrip(_CLOSERS)
    if t.endswith(".") and not _ABBREV_END.search(t):
        return False
    if s.endswith(")") and _SENTENCE_THEN_PAREN.search(s):
        return False  # "... des Vorjahresmonats. (Quelle: Statistisches Bundesamt)": a sentence with its source
    return not t.endswith((",", ";", ":"))


# line kinds
BLANK, BOILER, FILLER, HEADER, READMORE, NAV = "blank", "boiler", "filler", "header", "readmore", "nav"
PROSE, SHORT, INLINE = "prose", "short", "inline"


class _Line:
    __slots__ = ("i", "text", "full", "low", "n", "kind", "strong", "split", "split_done", "score")

    def __init__(self, i: int, text: str, full: str | None = None) -> None:
        self.i = i
        self.text = text  # what the rules look at (a trailing "Read more" cut off)
        self.full = text if full is None else full  # the whole stripped line, as body paragraphs are output
        self.low = ""
        self.n = _nwords(text) if text else 0
        self.kind = BLANK
        self.strong = False  # a paragraph that can carry a body on its own
        self.split: tuple[str, str] | None = None  # lazily computed one-line teaser split
        self.split_done = False
        self.score = 0.0  # how sure that split is


_CONTACT_HEADS = tuple(_C["contact_headers"])
_MORE_NEWS = re.compile(
    r"^(?:more|latest)(?: from)? (?:local|world|national|regional|international|business|sports?|tech|technology|"
    r"politics|entertainment|science|health|us|uk|eu) (?:news|stories|headlines)$"
)


# "Meer vertaald nieuws", "Mehr regionale Nachrichten", "More local stories": a "more" word, a qualifier, a "news" word
_MORE_ANY_NEWS = re.compile(r"^(?:" + _alt(_C["more_words"]) + r")(?: [^\W\d_]+){0,2} (?:" + _alt(_C["news_words"]) + r")$")
_HEADER_TAILS = tuple(" " + t for t in _C.get("section_header_tails", []))


def _is_header(low: str) -> bool:
    """A line that announces a list of other stories ("Most read", "Mehr zum Thema", "Similar News:...")."""
    h = low.rstrip(" :：»›>-–—").strip()
    if h.startswith(_CONTACT_HEADS):
        return False  # "Media contact:": a press release's contact block, not a list of stories
    if h and not h[0].isalnum():  # "🔥 Trending", "» Most read", "▶ Related"
        h = h.lstrip("".join(ch for ch in h[:4] if not ch.isalnum())).strip()
    if h.startswith("similar news") or h in _HEADER_EXACT or _MORE_NEWS.match(h) or _MORE_ANY_NEWS.match(h):
        return True
    if ":" in h or "：" in h:  # "Similar News:You can also read ..." - a header with its own blurb
        head = h.replace("：", ":").split(":", 1)[0].strip()
        if head in _HEADER_EXACT and (len(head.split()) >= 2 or _CJK.search(head)):  # (one "word" of Han: 相似新闻)
            return True
    if len(h.split()) <= 6:
        if _starts_with_header(h) or (h.count(" ") < 4 and (" " + h).endswith(_HEADER_TAILS)):  # "X'un diğer yazıları"
            return True
        if 2 <= h.count(" ") + 1 <= 3 and h.rsplit(" ", 1)[-1] in _HEADER_LONG_WORDS and h[-1:].isalpha():
            return True  # "Urheilun luetuimmat", "Sport meistgelesen": a long one-word header after its section
        if low.rstrip().endswith((":", "：")) and not any(ch.isdigit() for ch in h) and not (
                _CJK.search(h) and len(h) > 8):  # ("会议确定了...五项重点任务：" introduces the article's own list)
            return True  # "Read more on this topic:", "Lesen Sie dazu:"
        # "Live: Latest headlines", "World: Most read"
        tail = h.rsplit(": ", 1)[-1]
        if tail != h and tail in _HEADER_EXACT:
            return True
    return False


_RANK_ROW = re.compile(r"(?:^|[·|•;:]\s)\d{1,2}[.)]\s[^\W\d_][^·|•;:\d]{0,30}\d")  # a ranking's entries with their figures
_NAME_IN = (r"[A-ZÀ-ÖØ-Þ][\w'’.-]+(?: [A-ZÀ-ÖØ-Þ][\w'’.-]+){1,2} (?:" + _alt(_C["place_prepositions"])
            + r") [A-ZÀ-ÖØ-Þ][\w-]+(?: [A-ZÀ-ÖØ-Þ][\w-]+)?")
_REPORTERS = re.compile(r"^" + _NAME_IN + r",? (?:" + _alt(_C["and_words"]) + r") " + _NAME_IN + r"$")
_SHOW_ALL_HEADS = frozenset(_C["show_all_heads"])
_TEAM_BYLINES = frozenset(_C["team_bylines"])
_SHOW_ALL_TAILS = frozenset(_C["show_all_tails"])
_CONTACT_BOX = frozenset(_C["contact_box_heads"])
_CONTACT = re.compile(r"^(?i:" + _alt(_C["contact_openers"]) + r")\s+(?:[A-ZÀ-ÖØ-Þ]|us\b|uns\b|nous\b)")  # a name after it
_SPONSOR_OPENERS = tuple(_C["sponsor_openers"])
_OFFER_WORD = re.compile(r"(?<!\w)(?:" + _alt(_C["offer_words"]) + r")(?!\w)")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+")
_WIRE_ID = re.compile(r"\b[a-z]{2,6}:\d{6}-\d{2}-\d{4,}")


# a period "for" a price: "1 månad för 1 kr", "4 weeks for $1", "1 Monat für 0,99 €"
_OFFER = re.compile(r"\b\d{1,2}\s(?:" + _alt(_C["offer_periods"]) + r")\s(?:" + _alt(_C["for_words"]) + r")\s"
                    r"(?:(?:" + _alt(_C["only_words"]) + r")\s)?(?:[€$£]\s?\d|\d[\d.,]*\s?(?:kr|€|zł|kč|eur|euro|chf)(?!\w))")
_PLAIN_DURATION = re.compile(r"\s\(\d{1,2}:\d{2}(?::\d{2})?\)$")  # "(11:42)": a clip's length, nothing else
_LABEL_CREDIT = re.compile(r"[.!?]\s\([A-Z]{2,6}:\s[A-ZÀ-ÖØ-Þ][\w'’-]+(?:\s[A-ZÀ-ÖØ-Þ][\w'’-]+){1,2}\)$")  # ("(Quelle: ...)" is a source)
_SLASH_CREDIT = re.compile(r"[.)]\s/\s[A-ZÀ-ÖØ-Þ][\w.'’-]*(?:\s[A-ZÀ-ÖØ-Þ][\w.'’-]*){0,3}$")  # "... de archivo. / D. H."


_COPY_CREDIT = re.compile(r"[.!?]\s+©\s?[A-ZÀ-ÖØ-Þ][^.!?©]{1,50}$")
# an outlet in capitals, a slash, its photographer: "WARTA NUSANTARA/ADITYA NUGROHO", "KOMPAS.com/Rina Ayu"
# (an outlet of two words or a web address, a photographer's first and last name: "EUR/USD", "US/China Trade Truce
# Extended" and "TNI/Polri Perketat ..." are no credits, review 19)
_CAPS_SLASH_CREDIT = re.compile(
    r"^(?:[A-ZÀ-Þ][A-ZÀ-Þ.]+(?: [A-ZÀ-Þ.]+){1,2}|[A-ZÀ-Þ][A-ZÀ-Þa-z]+\.(?:com|id|co\.id))\s?/\s?"
    r"[A-ZÀ-Þ][\w.'\-]+(?: [A-ZÀ-Þ][\w.'\-]+){1,3}$")


def _credit_line(c: _Line) -> bool:
    """"Foto: Mario Berger", "Photo: AP": a photo's credit alone on its line, a name and nothing else (a credit that
    describes the picture, "Foto: Kaader filmist „Kaljukotkas“ (Allfilm)", is the caption itself)."""
    if c.kind == BOILER and _CAPS_SLASH_CREDIT.match(c.text):
        return True  # "WARTA NUSANTARA/ADITYA NUGROHO", "ANTARA FOTO/Hafidz Mubarak": an outlet and its photographer
    if c.kind != BOILER or c.n > 5 or _PHOTO.match(c.text.lower()) is None:
        return False
    rest = c.text.split(":", 1)[-1].split("=", 1)[-1]
    return 1 <= len(rest.split()) <= 3 and not any(ch in rest for ch in "()„“\"«")


def _photo_credit(t: str, low: str) -> bool:
    if "©" in t and _COPY_CREDIT.search(t, max(0, len(t) - 60)):
        return True  # "... au deuxième étage. © Musée des Beaux-Arts de Rouen": a caption and its picture's owner
    if t[-1:].isupper() and (_AGENCY_TAIL.search(t, max(0, len(t) - 40)) or (
            t.count(" ") < 40 and _CAPS_CREDIT.search(t, max(0, len(t) - 40)))):
        return True  # "... in Haarlem, vanochtend vroeg. ANP", "... en la nave de Martos. GUARDIA CIVIL": credited
    if t[-1:] == ")" and t.count(" ") < 40 and _LABEL_CREDIT.search(t, max(0, len(t) - 40)):
        return True  # "Water levels at Lake Hume have fallen. (RN: Tom Whitfield)": a caption credited to its photographer
    if " / " in t[-40:] and t.count(" ") < 40 and _SLASH_CREDIT.search(t, max(0, len(t) - 40)):
        return True  # "La calle Libreros, en una imagen de archivo. / D. H.": a caption with its photographer
    ends = low[:60] + " … " + low[-90:] if len(low) > 150 else low
    # every alternative of _PHOTO needs a "/" or one of these words: skip the regex on plain prose
    if not _has_photo_word(ends):  # substring tests: ~4x faster than one alternation regex
        return False
    if len(low) <= 150:
        return bool(_PHOTO.search(low))
    return bool(_PHOTO.search(low, 0, 60) or _PHOTO.search(low, len(low) - 90))


_PHOTO_WORDS = ("/", "photo", "foto", "fotó", "image", "bild", "picture", "credit", "crédit", "getty", "video", "shutterstock",
                "alamy", "immagine", "illustration", "grafik", "фото", "світлина", "φωτ", "صورة", "تصوير", "צילום", "फोटो",
                "तस्वीर", "写真", "图", "摄影", "사진", "提供", "撮影", "ფოტო", "archiefbeeld", "zdjęcie", "kuva", "kép", "slika", "picha", "ภาพ",
                "chart", "graphi", "gráfico", "grafiek", "grafika", "ảnh")
_has_photo_word = _any_in(_PHOTO_WORDS)
_AGENCY_TAIL = re.compile(r"[.!?]\s+(?:ANP|AFP|EPA|DPA|AP|PA|EFE|ANSA|BELGA|MTI|PAP|NTB|TT|ČTK|CTK|AAP|REUTERS|Reuters)$")
_CAPS_CREDIT = re.compile(r"[.!?]\s+[A-ZÀ-ÖØ-Þ]{2,}(?:[ /][A-ZÀ-ÖØ-Þ]{2,}){0,2}$")  # a sentence, then a credit in capitals
_AMOUNT_ABBR_END = re.compile(_AMOUNT_ABBR + "$", re.IGNORECASE)


def _amount_end(t: str, n: int) -> bool:
    """"Havn bygger anlæg for 140 mio. kr.": a one-clause line whose last full stop is an amount's abbreviation."""
    return n <= 16 and t[-1:] == "." and _AMOUNT_ABBR_END.search(t, max(0, len(t) - 30)) is not None \
        and not _SENT_BREAK.search(t)


_UNIT_ABBR_END = re.compile(r"\d\s*(?:min|mins|std|hrs?|h|mn|godz|dk|perc)\.$")
_DASH_SEP = re.compile(r"\s+[-–—]\s+")


def _source_and_time(t: str) -> bool:
    """A source name (up to four capitalised words) then a time: "Ouest-France - il y a 3 heures"."""
    parts = _DASH_SEP.split(t)
    if len(parts) != 2:
        return False
    head, tail = parts[0].split(), _norm(parts[1])
    if not head or len(head) > 4 or not all(w[:1].isupper() or w[:1].isdigit() for w in head):
        return False
    return bool(_TIMESTAMP.match(tail) or _SHORT_TIME.match(tail))


def _is_glued_header(t: str) -> bool:
    """"Weitere News:Lesen Sie ..." - a short label glued to its blurb, in any language."""
    m = _GLUED_HEADER.match(t)
    return m is not None and len(m.group(1).split()) <= 4 and not any(ch.isdigit() for ch in m.group(1))


def _is_nav(line: _Line) -> bool:
    parts = [p for p in _NAV_SEP.split(line.text) if p.strip()]
    if len(parts) < 2:
        return False
    # "Handelsblatt · 5 Std.": an abbreviated time may end in a full stop
    return all(len(p.split()) <= 3 and (not _ends_terminal(p) or _TIMESTAMP.match(_norm(p))) for p in parts)


def _time_part(p: str) -> bool:
    """One part of a separated line is a date or a time ("3 ore fa", "2h", "منذ ساعتين")."""
    low = _norm(p)
    return bool(_TIMESTAMP.match(low) or _SHORT_TIME.match(low))


def _ends_in_time(t: str) -> bool:
    """"المصدر: أنباء الخليج | منذ ساعتين": the last part of a separated line is a date or a time."""
    parts = [p.strip() for p in _NAV_SEP.split(t) if p.strip()]
    return len(parts) >= 2 and _time_part(parts[-1])


def _source_time(t: str) -> bool:
    """"Il Sole 24 Ore · 3 ore fa", "Reuters | 2h", "1 hr 10 mins · Easy": short parts around a separator, the
    last one a time (or the first, before a short label)."""
    parts = [p.strip() for p in _NAV_SEP.split(t) if p.strip()]
    if len(parts) < 2 or len(parts) > 3:
        return False
    if not _time_part(parts[-1]):
        # "2 hrs plus overnight · More effort": a duration, then a short label
        return len(parts) == 2 and _DIGIT.search(parts[0]) is not None and _TIMESTAMP.match(_norm(parts[0])) is not None \
            and len(parts[1].split()) <= 3 and not _ends_terminal(parts[1])
    return all(len(p.split()) <= 5 and not _ends_terminal(p) and (_name_words(p.split()) or (len(p) <= 12 and _caseless(p))
                                                                  or (_DIGIT.search(p) is not None and _TIMESTAMP.match(_norm(p)) is not None))
               for p in parts[:-1])  # (a source in a script without capitals: short; "21. 10. 2025 14:32 | 48 komentářů")


def _caseless(t: str) -> bool:
    """"华夏证券报", "أنباء الخليج": a script without capitals, where a name cannot show itself by them."""
    letters = [ch for ch in t if ch.isalpha()]
    return bool(letters) and not any(ch.isupper() or ch.islower() for ch in letters)


_ELIDED = frozenset(_C["elided_articles"])  # "La Dépêche de l'Atlantique", "Corriere d'Italia"


def _name_words(ws: list[str]) -> bool:
    """"Il Sole 24 Ore", "Corriere della Sera": capitalised words, short lower-case links between them."""
    last = ws[-1][2:] if ws and ws[-1][:2] in _ELIDED else (ws[-1] if ws else "")
    if not ws or not ws[0][:1].isupper() or not (last[:1].isupper() or last[:1].isdigit()):
        return False
    return all(w[:1].isupper() or w[:1].isdigit() or len(w) <= 4 or (w[:2] in _ELIDED and w[2:3].isupper()) for w in ws)


_KINDS: dict[str, tuple[str, bool]] = {}  # line text -> (kind, strong): boilerplate repeats across pages
_SPLITS: dict[str, tuple[tuple[str, str] | None, float]] = {}  # line text -> one-line teaser split, score
_MEMO_MAX = 4096


def _classify(line: _Line) -> None:
    """Line kind and whether it is a paragraph strong enough to carry a body; memoised by text.

    A plain dict on the line itself, not lru_cache around a throw-away line: this runs for every line.
    """
    t = line.text
    if t:
        got = _KINDS.get(t)
        if got is None:
            _classify_uncached(line)
            if len(_KINDS) >= _MEMO_MAX:
                _KINDS.clear()
            _KINDS[t] = (line.kind, line.strong)
        else:
            line.kind, line.strong = got


_END_MARK = re.compile(r"^(?:#{3}|[-–—]{1,2}\s?(?:" + _alt(_C["end_marks"]) + r"|30)\s?[-–—]{1,2}|انتهى|סוף|（完）|\(完\))$",
                      re.IGNORECASE)  # (between dashes: a bare "End" or "Fin" may be a line of the article)
_MINUTE_WORDS = r"min|mins|minutos?|minuti|minutes?|minuten|minuter|minutter|minuuttia|minut"  # (one list for both)
_READ_TIME = re.compile(
    r"^(?:lectura|leitura|lettura|lecture|lesezeit|leestijd|lästid|lesetid|læsetid|lukuaika|czas czytania|okuma süresi|"
    r"reading time|read time|tempo de leitura|tiempo de lectura|tempo di lettura|temps de lecture)(?: de| di)?\s*:?\s*"
    r"\d{1,3}\s*(?:" + _MINUTE_WORDS + r")\.?$")
_MINUTES_ONLY = re.compile(r"\s*\d{1,3}\s*(?:" + _MINUTE_WORDS + r")\.?\s*$", re.IGNORECASE)


def _tag_items(rest: str) -> bool:
    """Three or more items of one to three words set off by commas, no full stop: a tag list, not a headline."""
    items = rest.strip().split(", ")
    return len(items) >= 3 and ":" not in rest and not _ends_terminal(rest) and all(1 <= len(x.split()) <= 3 for x in items)


_NAV_CHAR = re.compile("[|·•›»>/]")
_DIALOGUE_DASHES = ("– ", "— ", "- ")


def _classify_uncached(line: _Line) -> None:
    t, n = line.text, line.n
    low = line.low = _norm(t) if n <= 14 else _lower(t)
    if n <= 6:
        bare = low.strip(" :»›>→➔➜➤►▶▸⟶«‹<←").strip()  # "Continue reading →", "► Leer más", "← Older posts"
        if low in _READ_MORE or bare in _READ_MORE:
            line.kind = READMORE
            return
        if low in _LOAD_MORE or bare in _LOAD_MORE:
            line.kind = BOILER
            return
    if t[:1] == "#" and 2 <= n <= 15 and all(w[:1] == "#" for w in t.split()):
        line.kind = BOILER  # "#LG트윈스 #두산베어스 #KBO": a tag list
        return
    if not t[:1].isalnum() and not any(map(str.isalnum, t)):  # "___", "* * *": rules between parts of a page
        line.kind = BOILER
        return
    if n <= 3 and _END_MARK.match(t):
        line.kind = BOILER  # "###", "-ends-": a press release's end mark
        return
    if n <= 6 and "/" in t and _CAPS_SLASH_CREDIT.match(t):
        line.kind = BOILER  # "WARTA NUSANTARA/ADITYA NUGROHO": a photo's credit on its own line
        return
    if t[:1] == "[" and t[-1:] == "]" and n <= 12:
        line.kind = BOILER  # "[Embedded video from TikTok]": a placeholder for what the page could not show
        return
    if n <= 8 and _CJK_COUNT.match(t):
        line.kind = FILLER  # "98.6万热度", "查看全部6篇报道": a list item's heat count, a load-more link
        return
    if n <= 15 and (pg := _PAGER.match(t)) and int(pg[2]) == int(pg[1]) + 1 and int(pg[3]) == int(pg[2]) + 1:
        line.kind = BOILER  # "1 2 3 … 36", "« 1 2 3 »": a page's pager
        return
    m = _inline_match(t)
    if m and t.count(" | ") >= 2 and all(_nwords(x) <= 2 for x in t[m.end():].split(" | ")):
        m = None  # "Última Hora | País | Mundo | Economia": a menu whose first item is a ticker's label
    if m and _MINUTES_ONLY.match(t, m.end()):
        line.kind = BOILER  # "Read Time: 4 mins": the reading time, no title
        return
    if m and _tag_items(t[m.end():]):
        line.kind = BOILER  # "Mehr zum Thema: Kempten, Stadtrat, Hallenbad, Schwimmen": the story's tags, no title
        return
    if m and _nwords(t[m.end():]) >= 2 and (
        _title_like(_strip_title(t[m.end():]), 2, 30) or _inline_teaser(t)[1]  # "Read also: Title | Summary."
    ):
        line.kind = INLINE
        return
    if ((n <= 8 or ":" in t[:40] or "：" in t[:20]) and _is_header(low)) or (":" in t[:42] and _is_glued_header(t)) or (
            n <= 3 and t.startswith("More ") and (t[5:].isupper() or t[5:].lower() in _MORE_SECTIONS)):  # "More NFL"
        line.kind = HEADER
        return
    if _RANK.match(t) or (n <= 6 and _TIMESTAMP.match(low)):
        line.kind = FILLER
        return
    if (n <= 6 and low.startswith(_LOAD_MORE_PREFIX)) or (n <= 14 and low.startswith(_ALL_NEWS)):  # "Ver más noticias de fútbol »"
        line.kind = BOILER
        return
    if n <= 8 and _TICKER_HINT.search(t) and not _ends_terminal(t) and _ticker(t):
        line.kind = BOILER  # "FTSE MIB 34.215,40 +0,82%", "USD 81,25 ▲ 0,43"
        return
    if n <= 30 and _SOURCES_LIST.match(low):
        line.kind = BOILER  # "Sources : Franceinfo, L'Union, Le Figaro Vin · 23 articles": a cluster's outlets
        return
    if n <= 12 and low.startswith(_SOURCE_LABELS):  # "来源：中国新闻网 2小时前", "来源：新华网　责任编辑：王晓东"
        ws = t.split()
        timed = _ends_in_time(t) or any(_time_part(" ".join(ws[-k:])) for k in (1, 2, 3) if len(ws) > k)
        line.kind = FILLER if timed else BOILER  # (a card's time line keeps a list going; a credit does not)
        return
    if n <= 10 and (" - " in t or " – " in t or " — " in t) and _source_and_time(t):
        line.kind = FILLER  # "Le Figaro - il y a 2 heures"
        return
    if (n <= 12 or (n <= 24 and low.startswith(_TIME_LEADS))) and _DIGIT.search(t) and _FULL_DATE.search(t) and (
        not _ends_terminal(t) or low.endswith(("a.m.", "p.m.")) or (low.endswith(("a. m.", "p. m.")) and low.startswith(_TIME_LEADS))
        or (_NAV_CHAR.search(t) is not None and _UNIT_ABBR_END.search(low, len(low) - 12) is not None)
    ):  # ("... · Lecture 4 min.": an abbreviated unit's full stop ends no sentence)
        line.kind = FILLER  # "November 14, 2025 10:31 AM UTC Updated 2 hours ago", "Cairo - Thursday 14 November 2025"
        return
    short = n <= 14
    if n <= 4 and low.strip(" :") in _CONTACT_BOX:
        line.kind = BOILER  # "Get in touch": a contact box's heading
        return
    if n <= 4 and (_SHORT_CUE_1.search(low) or low in _SOCIAL):
        line.kind = FILLER if ("advert" in low or "anzeige" in low or "werbung" in low or "public" in low) else BOILER
        return
    if (n <= 30 and low.startswith(_PROMPT_OPENERS)) or (n <= 12 and low.startswith(_SPONSOR_OPENERS)):
        line.kind = BOILER  # "Refresh the page for updates", "This article is part of our series ...": the site speaking
        return
    if n <= 8 and _PLAYER.match(low) and not low.startswith("play") and _PLAIN_DURATION.search(t):
        line.kind = BOILER  # "Listen to the full interview (11:42)": the player's link
        return
    if n <= 8 and _STAT_LINE.match(t):
        line.kind = FILLER  # "Удари: 11 – 14", "Possession: 47% – 53%": a match's figures, no headline
        return
    if n <= 40 and len(_RANK_ROW.findall(t)) >= 3:
        line.kind = FILLER  # "Classement : 1. Toulouse 62 pts · 2. Bordeaux 61 pts · 3. Toulon 55 pts": a table row
        return
    if 2 <= n <= 3 and _team_byline(t):
        line.kind = BOILER  # "Uredništvo Novice24", "Redakcja Wiadomości": the newsroom signs ("Redaktion unter Druck" is a crosshead)
        return
    if n <= 4 and low.split(" ", 1)[0] in _SHOW_ALL_HEADS and low.rsplit(" ", 1)[-1] in _SHOW_ALL_TAILS:
        line.kind = BOILER  # "Alle Pressemitteilungen anzeigen": a list's "show all" link
        return
    if n <= 25 and "@" in t and _CONTACT.match(t) and _EMAIL.search(t):
        line.kind = BOILER  # "Contact Megan Albright at malbright@example.com or follow her on X": the author's address
        return
    if n <= 6 and _WIRE_ID.search(low):
        line.kind = BOILER  # "dpa-infocom, dpa:240214-99-987654/3": a wire service's story id
        return
    if n <= 14 and _OFFER.search(low) and _OFFER_WORD.search(low):
        line.kind = BOILER  # "Kvällsbladet Plus – prova 1 månad för 1 kr", "Digital: 4 weeks for $1": a subscription offer
        return
    if n <= 15 and " | " in t and sum(p.strip() in _SOCIAL for p in low.split("|")) >= 2:
        line.kind = BOILER  # "Terms of Use | Privacy Policy | Do Not Sell My Personal Information"
        return
    if n <= 10 and _share_row(low):
        line.kind = BOILER  # "Partager : Facebook Twitter E-mail", "Compartilhe no WhatsApp"
        return
    if short and (_SHORT_CUE_N.search(low) or (_CJK.search(t) is not None and _SHORT_CUE_CJK.search(t) is not None)):
        tail = _TITLE_TAIL.search(t, max(0, len(t) - 40))
        core = t[: tail.start()] if tail else ""
        if not (core and _nwords(core) >= 3 and not _SHORT_CUE_N.search(core.lower())):  # "Title · 4 min read"
            line.kind = FILLER if "advert" in low or "continue" in low else BOILER
            return
    if ("cookie" in low or (not low.isascii() and ("çerez" in low or "eväste" in low or "sütik" in low or "kolačić" in low))) \
            and _COOKIE_CTX.search(t):
        line.kind = BOILER
        return
    if n <= 40 and ("newsletter" in low or "inbox" in low or "mail" in low) and _NEWSLETTER.search(t) and _NEWSLETTER_CTX.search(t):
        line.kind = BOILER
        return
    if n <= 40 and " by " in low and len(_PROD_CREDITS.findall(low)) >= 2:
        line.kind = BOILER  # "Presented by Leo Marsh. Reported by Hannah Mills. Produced by ...": a programme's credits
        return
    if n <= 30 and _has_paywall_word(low) and _PAYWALL.search(low):
        line.kind = BOILER  # "Conteúdo exclusivo para assinantes. Assine por R$ 1,90 ...", "Subscribe to keep reading"
        return
    if n <= 30 and _call_to_action(low, t):
        line.kind = BOILER  # "Download our app for breaking news alerts.", "Sigue a ... en WhatsApp"
        return
    if (n <= 25 or t[:1] == "©") and ("©" in t or "copyright" in low or "(c)" in low) and _COPYRIGHT.search(t):
        line.kind = BOILER
        return
    if n <= 3 and low.strip(" -–—:•") in _AD_LINES:
        line.kind = FILLER  # "إعلان" alone on its line: the ad slot, not a headline about an announcement
        return
    if n == 1 and t.isupper() and low.strip(" :•|") in _MEDIA_LABELS:
        line.kind = FILLER  # "VIDEO" over a clip's title: a card's label
        return
    if n <= 12 and ", " in t and not _ends_terminal(t) and _twin_banner(t):
        line.kind = BOILER  # "United States Latest News, United States Headlines": an aggregator's banner
        return
    if low.startswith(_LABELLED_CAPTION):
        line.kind = BOILER  # "Image caption, The timbers were spotted ...": a caption labelled as one
        return
    if n <= 5 and _PAGE_OF.match(t):
        line.kind = BOILER  # "Page 1 of 48", "Страница 1 от 48", "Seite 2 / 12"
        return
    if n <= 2 and _COMMENT_COUNT.match(t):
        line.kind = BOILER
        return
    if n <= 10 and "°" in t and _WEATHER.match(low):
        line.kind = BOILER  # "Vandaag 14°C, zwaar bewolkt", "Tomorrow 11°C, showers": a weather box
        return
    if n <= 4 and t[:1].isdigit() and _VIEW_COUNT.match(low):
        line.kind = FILLER  # "12 430 переглядів", "1.2K views": a card's view count, like its time
        return
    if _LEGAL.match(low):
        line.kind = BOILER  # "【免责声明】本文仅代表作者本人观点 ...", "Dilarang keras mengambil konten ..."
        return
    if (":" in t and _TAGS.match(t)) or _CREDIT.match(t):  # a tag list needs its colon
        line.kind = BOILER
        return
    if n <= 30 and _credit_text(low):
        line.kind = BOILER  # "Associated Press writer Jane Doe contributed to this report.", wherever it stands
        return
    # credits sit at the start or the end of a caption: look there only
    if n <= 60 and (_photo_credit(t, low) or (len(t) <= 200 and _CJK_CAPTION.search(t))):
        line.kind = BOILER
        return
    if (n <= 12 or (n <= 24 and ("|" in t or "·" in t) and _DIGIT.search(t))) and _BYLINE.match(t) \
            and not _ends_terminal(t):  # ("Par Julien Ferrand | Publié le 02/11/2024 à 22h10 | Mis à jour ...")
        line.kind = BOILER
        return
    if n <= 8 and _DATELINE.match(t) and _DIGIT.search(t) or (n <= 3 and t.isupper() and n >= 1 and len(t) > 3 and _DATELINE.match(t) and "," in t):
        line.kind = BOILER
        return
    if "\u3000" in t and n <= 6:
        src, _, when = t.partition("\u3000")
        if len(src) <= 12 and _caseless(src) and _TIMESTAMP.match(_norm(when)):
            line.kind = FILLER  # "华夏证券报　2024-04-01 18:22": a source and a time set apart by a wide space
            return
    navc = 2 <= n <= 25 and _NAV_CHAR.search(t) is not None
    if navc and n <= 12 and _source_time(t):
        line.kind = FILLER  # "Il Sole 24 Ore · 3 ore fa": a source name of up to five words and a time
        return
    if navc and _is_nav(line):
        parts = [p.strip().lower() for p in _NAV_SEP.split(t) if p.strip()]
        line.kind = FILLER if any(_TIMESTAMP.match(p) or _SHORT_TIME.match(p) for p in parts) else NAV
        return
    if n <= 3 and not _ends_terminal(t) and (_SHORT_CUE_1.search(low) or low in _SOCIAL):
        line.kind = BOILER
        return
    if n <= 6 and _READ_TIME.match(low):
        line.kind = FILLER  # "Lectura de 2 min", "Leitura de 3 min": a card's or the article's reading time, meta
        return
    if _ends_terminal(t) or n >= 25 or (n >= 20 and t.count(" ") * 20 < len(t) and _NOSPACE.search(t[:40])):
        line.kind = PROSE  # (Thai writes no full stop: a long run of its letters is a paragraph)
        # a quote opened by a dash ("– Inflationen är nu nära målet, säger ...") is a paragraph like any other
        u = t[2:] if t[:2] in _DIALOGUE_DASHES else t.lstrip(".… ") if t[:1] in ".…" else t  # "... Penn State said"
        # ... and so is one opening with a lower-case brand ("eBay said ...", "my6sense offers ...")
        line.strong = n >= 10 and (_starts_upper(u) or _brand_start(u)) and (_lower_ratio(t) >= 0.3 or bool(_CJK.search(t)))
        if not line.strong and n >= 25 and not _ends_terminal(t):
            line.kind = SHORT
        return
    line.kind = SHORT


_CTA_FINAL = re.compile(r"(?:" + _alt(_C["cta_final"]) + r")\s*(?:[,.!।]|$)")
_PAGE_OF = re.compile(
    r"^(?:page|pagina|página|seite|страница|сторінка|strona|stránka|strana|sayfa|sivu|side|sida|oldal|pagină|σελίδα|"
    r"halaman|trang|صفحة|עמוד|페이지|ページ|页)\.?\s+\d{1,4}\s*(?:/|[^\W\d_]{1,4})\s*\d{1,5}$", re.IGNORECASE)
_WEATHER = re.compile(
    r"^(?:(?:today|tomorrow|tonight|heute|morgen|vandaag|aujourd'hui|demain|hoy|mañana|oggi|domani|hoje|amanhã|idag|"
    r"imorgon|i dag|i morgen|dziś|jutro|dnes|zítra|bugün|yarın|сегодня|завтра)[\s:,]*-?\d{1,2}\s?°\s?[cf]?\b"
    r"|-?\d{1,2}\s?°\s?[cf]?$)")
_VIEW_COUNT = re.compile(
    r"^\d[\d\s.,]*[kmкт]?\.?\s*(?:views?|vues?|aufrufe|visualizaciones|visualizações|visualizzazioni|weergaven|visningar|"
    r"wyświetle[ńn]|zhlédnutí|görüntülenme|okunma|просмотр(?:ов|а)?|перегляд(?:ів|и)?|προβολές|megtekintés|vizualizări|"
    r"lượt xem|kali dibaca|dilihat|مشاهدة|مشاهدات|צפיות|बार देखा गया|次阅读|阅读|回表示|조회)$")
_COMMENT_COUNT = re.compile(r"^[^\W\d_][\w-]{2,20}\s*\((?!(?:19|20)\d\d\))\d{1,5}\)$")  # ("Oppenheimer (2023)")  # "Yorumlar (6)", "Diskuze (14)", "Comments (3)"


def _share_row(low: str) -> bool:
    """A share prompt and the networks it offers: opens with a share word, ends with a network's name."""
    ws = [w for w in (x.strip(":：|·•,/-–—") for x in low.split()) if w]
    if len(ws) >= 2 and all(w in _SOCIAL for w in ws):
        return True  # "Facebook Twitter WhatsApp E-mail": the buttons alone
    if len(ws) < 2 or ws[-1] not in _SOCIAL or not (ws[0] in _SHARE_WORDS or _SHORT_CUE_1.fullmatch(ws[0])):
        return False
    return all(w in _SOCIAL or len(w) <= 3 or w in _SHARE_OBJECTS for w in ws[1:-1])  # ("no", "on", "via": "Facebook
    # sues TikTok" is news; "Jaa artikkeli Facebook X WhatsApp": the article shared)


def _twin_banner(t: str) -> bool:
    """Two short parts that open with the same name ("São Paulo Últimas Notícias, São Paulo Manchetes")."""
    parts = t.split(", ")
    if len(parts) != 2:
        return False
    a, b = parts[0].split(), parts[1].split()
    if not 2 <= len(a) <= 6 or not 2 <= len(b) <= 6 or a[0] != b[0] or a[0][:1].islower():
        return False
    k = 0
    while k < min(len(a), len(b)) - 1 and a[k] == b[k]:
        k += 1
    # (the first word of each rest opens upper-case, or the script has no case: "中国 最新新闻, 中国 头条",
    # "Sverige Senaste nyheter, Sverige Rubriker")
    if a[k:] == b[k:] or a[k][:1].islower() or b[k][:1].islower() or len(a) - k > 3 or len(b) - k > 3:
        return False
    rest = " ".join(a[k:] + b[k:]).lower()  # ("Manchester United sack ..., Manchester City extend ...": two headlines)
    return any(w in rest for w in _BANNER_WORDS)


_SITE_WORDS = frozenset(_C["site_words"])


def _call_to_action(low: str, t: str = "") -> bool:
    """The site talking to its reader: a sentence opening with a call ("Download", "Follow", "Meld u aan") and a
    channel (app, newsletter, WhatsApp, an e-mail address), in a short line or one that addresses the reader
    ("your", "uw", "uns"). News prose reports on apps; it does not tell the reader to get one."""
    if not _has_cta_word(low):
        return False
    if len(low) <= 160 and low.count(" ") < 12 and not any(q in low for q in _QUOTES[:-1]) \
            and " '" not in low and "' " not in low and _CTA_FINAL.search(low) is not None:
        # (an apostrophe inside a word is Turkish grammar, "Google News'te ... abone olun", not a quotation)
        return True  # "Bültenimize abone olun, teknoloji gündemini kaçırmayın!": the call closes the clause
    if "@" in low and len(low) <= 200 and _MAIL_CALL.search(low) is not None:
        return True  # "Reageren? Mail naar opinie@...", "Write to letters@...": the address the reader is sent to
    if not any(m.group(1) in _CTA_VERBS for m in _SENT_START.finditer(low)):
        return False
    if _CTA_CHANNEL.search(low) is None:
        return False
    words = low.split()
    opens_call = words[0] in _CTA_VERBS and words[0] not in _CTA_AMBIGUOUS
    second = t.split(None, 2)[1:2]  # the word after the call, as written: a capital names the site
    if _CTA_CHANNEL_WORD.search(low) is None and not (low.rstrip().endswith("!") or any(
            w.strip(_PUNCT) in _US for w in words) or (opens_call and (len(words) <= 12 or any(
                w.strip(_PUNCT) in _SITE_WORDS for w in words) or (second != [] and second[0][:1].isupper()
                                                                  and any(w.strip(_PUNCT) in _READER for w in words))))):
        # (or one naming the site and the reader: "Suivez France Bleu Provence sur Facebook ... de votre région")
        # ("Follow WBC Cornwall on Facebook ... Send your story ideas to our newsdesk.": a call that names the reader)
        return False  # only a platform named: "Sigue sin aclararse quién grabó el vídeo ... en TikTok" is news
    # (a newsletter named in a call of a few more words is still the site's own prompt)
    return len(words) <= 12 or (len(words) <= 20 and _NEWSLETTER.search(low) is not None) or any(
        w.strip(_PUNCT) in _READER for w in words)


_BULLET_MARKS = "•·▪►▶◆■□●○*→✓✔"


def _fragment_summary(c: _Line) -> bool:
    """A card's summary cut from a sentence: opens in lower case and reads as prose ("autores, horarios y ...").

    Only ever asked of the line under a title inside a list: an article's paragraph never opens in lower case.
    """
    t = c.text
    return _opens_lower(t) and 3 <= c.n <= 40 and not _camel_start(t) and _lower_ratio(t) >= 0.6 and t[-1:] != ":"


_LOWER_SEPS = (" — ", " – ", " | ", " - ", ": ")


def _lower_sep_split(s: str) -> tuple[str, str] | None:
    """"Where to swim this summer — a list of pools ...": a title (4+ words), a strong separator, a lower-case
    summary. Not asked outside a list: a dash clause in a sentence looks the same."""
    for sep in _LOWER_SEPS:
        k = s.find(sep)
        if k > 0:
            title, summary = s[:k].strip(), s[k + len(sep):].strip()
            if sep == ": " and (
                (_nwords(summary) < 10 and not (_nwords(summary) >= 5 and summary.endswith(".")))
                or _nwords(summary) <= _nwords(title) or s[k - 1:k].isspace()
                or title[:1] in _OPENERS or title[-1:] in _CLOSERS
            ):  # (a shorter summary counts when it closes as a sentence: "Title: syynä ovat ... vuosihuolto.")
                return None  # "Neve al Nord: allerta gialla ...", "« On ne s'en sort plus » : les ...": one headline
            if (
                _opens_lower(summary) and not _camel_start(summary) and _nwords(summary) >= 5
                and sep not in summary and _title_like(title, 3 if sep == ": " else 4, 20) and _lower_ratio(summary) >= 0.5
            ):
                return title, summary
            return None
    return None


def _bulleted(t: str) -> bool:
    """A list item's line: a bullet mark first ("*" only with a space after it: "*Deck in italics*" is no item)."""
    c = t[:1]
    return c in _BULLET_MARKS and (c != "*" or t[1:2] == " ")
_SCORE = re.compile(r"\d\s?[-–—:]\s?\d")
_NUMBERED = re.compile(r"^\d{1,2}[.)]\s+\S")


def _list_intro(c: _Line) -> bool:
    """A line that introduces a list inside the article ("Sunday's results:", "Here's what to know:").

    It ends in a colon and is not one of the cue headers that open a list of other stories.
    """
    t = c.text
    if not t.endswith((":", "：")) or c.kind not in (HEADER, SHORT, PROSE) or _INLINE.match(t):
        return False
    h = _norm(t).rstrip(" :：")
    return h not in _HEADER_EXACT and not _starts_with_header(h)


def _dated_cards(content: list[_Line], j: int, last_unit: str) -> bool:
    """Title, summary, date: is the rhythm confirmed by the card before (a pair) or the card after it?"""
    if last_unit == "pair":
        return True
    k = j + 3  # after this card's title, summary and date
    N = len(content)
    return (
        k + 2 < N and content[k].kind in (SHORT, PROSE) and content[k + 1].kind in (SHORT, PROSE)
        and content[k + 2].kind == FILLER and content[k + 1].n >= content[k].n
    )


def _meta_side(after_card: bool, in_list: bool, tail: bool, lead: bool) -> tuple[bool, bool]:
    """Where a list keeps its meta lines: under each card (tail) or over it (lead), decided by the first one seen."""
    if after_card and not lead:
        return True, lead
    if not in_list:
        return tail, True
    return tail, lead


def _meta_shape(c: _Line) -> tuple[str, str]:
    if c.kind == FILLER and _ends_in_time(c.text):
        # "Reuters · 2 hours ago" and "Bloomberg · 1 day ago" alike; "Site · 14.05.2024 16:20" not
        last = [p for p in _NAV_SEP.split(c.text) if p.strip()][-1]
        return c.kind, "abs" if _ABS_DATE.search(last) else "rel"
    w = c.text.split(maxsplit=1)[0] if c.text.strip() else ""
    return c.kind, "0" if w[:1].isdigit() else w


_ABS_DATE = re.compile(r"\d{4}|\d{1,2}[./]\d{1,2}[./]")


def _same_meta(a: _Line, b: _Line) -> bool:
    """Two meta lines of one list: "Tom Becker" and "Anna Schmidt", "Quelle: X · vor 3 Std." and "Quelle: Y · gestern"."""
    return _meta_shape(a) == _meta_shape(b) or (a.kind == b.kind and _name_line(a) and _name_line(b)) or (
        a.kind == b.kind and a.n <= 8 and b.n <= 8 and _meta_tail(a.text) == _meta_tail(b.text) != "")


_DIGITS = re.compile(r"\d+")


def _meta_tail(t: str) -> str:
    """What follows a meta line's first separator, its figures blanked: "Salud · 5 min de lectura" and "Viajes · 7 min
    de lectura" share "0 min de lectura" (each card names its own section)."""
    m = _NAV_SEP.search(t)
    return _DIGITS.sub("0", t[m.end():].strip()) if m else ""


def _enumeration(t: str) -> bool:
    """"1 kg brambor, 2 vejce, 4 stroužky česneku, sůl, pepř": five or more short items and no label or sentence.

    ("Mehl, Zucker, Butter, Eier, ..." too: a tag line is told by the bare label over it, see _mark_tag_lines)"""
    items = t.split(", ")
    return len(items) >= 5 and ":" not in t and not _ends_terminal(t) and all(len(x.split()) <= 5 for x in items)


def _crosshead_like(c: _Line) -> bool:
    """A section heading inside an article: a few words with no closing full stop, or a short question."""
    t = c.text
    return c.kind in (SHORT, PROSE) and c.n <= 10 and not t.endswith((":", "：")) and (
        not _ends_terminal(t) or t.rstrip(_CLOSERS).endswith("?")
    )


def _list_item(c: _Line) -> bool:
    """An item of a list in the article: a bullet, a result/figure line ("Tappara–HIFK 4–1", "SDP 15 (+2)"), or a
    quantity ("500g strong white bread flour", "2 medium eggs, beaten")."""
    t = c.text
    return c.kind in (SHORT, PROSE) and (
        bool(_BULLET.match(t)) or (c.n <= 12 and _SCORE.search(t) is not None)
        or (c.n <= 6 and _RESULT_END.search(t) is not None)
        or (c.n <= (8 if _QTY_UNIT.match(t) else 5) and _QUANTITY.match(t) is not None and not _ends_terminal(t))
    )


_RESULT_END = re.compile(r"\s\d[\d.,]*\s*(?:\([+\-−±]?\d[\d.,]*\)|%)?$")
_QTY_UNIT = re.compile(r"^\d+(?:[.,/]\d+)?\s?(?:g|kg|mg|ml|cl|dl|l|oz|lb|lbs|tsp|tbsp|cups?|cm|mm|pcs?)\.?\s")
_QUANTITY = re.compile(r"^\d+(?:[.,/½¼¾]\d*)?\s?(?:[^\W\d_]{1,5}\.?)?\s+[^\W\d_]")  # "500g flour", "2 medium eggs"


def _dated_item(c: _Line) -> bool:
    """A list item led by a date or a number ("June 9 -- Coral Sky Amphitheatre", "3. Rovers 2:1"), or a bullet."""
    if c.kind not in (SHORT, PROSE):
        return False
    t = c.text
    if _BULLET.match(t):
        return c.n <= 45  # (a bullet of a sentence or two: "• Anyone aged 70 or over, whatever their income, ...")
    return c.n <= 14 and _DIGIT.search(t[:12]) is not None and (t[:1].isdigit() or t.find(" ") < 10)


def _list_blocks(content: list[_Line], role: list[str], sf: int | None) -> list[int]:
    """Lists that are part of the article become body: an intro line ending in a colon over bullets or results.

    Between two paragraphs the intro and its items (all of them, however short); above the first paragraph
    only the intro, when bullets follow it. Returns the body positions afterwards.
    """
    N = len(content)
    body_idx = [j for j in range(N) if role[j] == "body"]
    if not body_idx:
        return body_idx
    changed = False
    for a, b in zip(body_idx, body_idx[1:], strict=False):
        if sf is not None and a < sf < b:
            continue
        i = a + 1
        if b - a == 2:  # "Three things explain the jam:" between paragraphs, its points already body
            if role[i] in ("", "boiler") and _list_intro(content[i]) and (
                content[i].n >= 5 or _BULLET.match(content[b].text) or _NUMBERED.match(content[b].text)
            ):  # ("Watch:", "In pictures:", "Share this article:" are labels, not intros)
                role[i] = "body"
                changed = True
            continue
        if b - a < 4:
            continue
        while i < b and ((content[i].kind == FILLER and not role[i]) or (content[i].kind == INLINE and role[i] == "teaser")):
            i += 1  # a live blog's time stamp over the entry, an inline "Read also: ..." link above the list
        start = i
        if not role[i] and _crosshead_like(content[i]) and b - i >= 4 and (
            _list_intro(content[i + 1]) or all(not role[k] and _dated_item(content[k]) for k in range(i + 1, b))
        ):
            i += 1  # a crosshead over the list ("Banche in testa al listino", "Qui y a droit ?", "Datas e cidades")
        end = b
        if b - i >= 4 and not role[b - 1] and _crosshead_like(content[b - 1]) and not _dated_item(content[b - 1]):
            end = b - 1  # the next section's crosshead after the list ("Quand sera-t-il versé ?")
        if end - i >= 3 and all(not role[k] and (_dated_item(content[k]) or (
                k > i and k + 1 < end and _crosshead_like(content[k]) and _dated_item(content[k + 1])))
                for k in range(i, end)):  # (a crosshead between two lists: "• ... / How to register? / 1. ...")
            for k in range(start, b):  # "15/08 – Belém", "29/08 – Fortaleza", ...: the article's own dated list
                role[k] = "body"
            changed = True
            continue
        if end - i < 3 or role[i] not in ("", "boiler") or not _list_intro(content[i]):
            continue
        items = range(i + 1, end)
        semi = [content[j].text.rstrip().endswith(";") for j in items]
        if all(
            not role[j] and (_list_item(content[j]) or semi[m] or (m == len(semi) - 1 and m and semi[m - 1])
                             or (m + 1 < len(semi) and _list_intro(content[j]) and _list_item(content[j + 1])))
            for m, j in enumerate(items)
        ):  # bullets or figures (in one or more groups, "For the filling:"); or items closed by semicolons
            for j in range(start, b):
                role[j] = "body"
            changed = True
    last = body_idx[-1]
    i = last + 1
    if i < N and role[i] in ("", "boiler") and i != sf and _list_intro(content[i]):
        k = i + 1
        while k < N and k != sf and not role[k] and _dated_item(content[k]):
            k += 1
        # "Tour dates:" then "June 9 - West Palm Beach, FL", ...: the article's own list; under a header-shaped
        # intro ("In this episode:") only bullets count
        if k - i > 3 and (content[i].kind != HEADER or all(_BULLET.match(content[j].text) for j in range(i + 1, k))):
            for j in range(i, k):
                role[j] = "body"
            changed = True
    f = body_idx[0]
    p = f - 1
    if p >= 0 and p != sf and not role[p] and _BULLET.match(content[f].text) and _list_intro(content[p]) \
            and content[p].n >= 5 and _starts_upper(content[p].text) and _lower_ratio(content[p].text) >= 0.3:
        role[p] = "body"  # "The civil protection has issued a red alert. Here is what to know:" over its bullets
        changed = True
    else:
        while p >= 0 and p != sf and not role[p] and _bulleted(content[p].text):
            p -= 1
        if f - p > 2 and p >= 0 and p != sf and role[p] in ("", "boiler") and _list_intro(content[p]):
            for j in range(p, f):  # "Key points:" over bullets, then the article: a summary box of its own
                role[j] = "body"
            changed = True
    return [j for j in range(N) if role[j] == "body"] if changed else body_idx


def _ticker(t: str) -> bool:
    """Market data, not words: a signed figure, a percentage or an arrow, and at most half the words with letters."""
    ws = t.split()
    if not any(_TICKER_TOKEN.match(w) for w in ws):
        return False
    return 2 * sum(1 for w in ws if any(map(str.isalpha, w))) <= len(ws)


def _strip_title(s: str) -> str:
    """Drop clock times, read-more arrows and trailing separators around a title."""
    s = s.strip()
    m = _BULLET.match(s)
    if m and _nwords(s[m.end():]) >= 2:
        s = s[m.end():]
    m = _CLOCK_PREFIX.match(s)
    if m and s[m.end():].strip():
        s = s[m.end():]
    m = _BADGE.match(s)
    if m and s[m.end():m.end() + 1].isupper():
        s = s[m.end():]  # "Article réservé à nos abonnés Le cacao, ...": the paywall badge, not the headline
    m = _DURATION_TAIL.search(s, max(0, len(s) - 24))
    if m and m.start() > 0:
        s = s[: m.start()]  # "Flu season arrives early (Duration 2:31)": a video's length
    if s.endswith(")"):
        m = _READ_TIME_TAIL.search(s, max(0, len(s) - 60))
        if m and m.start() > 0:
            s = s[: m.start()]  # "Title (The Economist, 8 min)": the source and reading time of a newsletter link
    m = _TIME_PREFIX.match(s)
    if m and _TIMESTAMP.match(_norm(m.group(1))) and _nwords(s[m.end():]) >= 2:
        s = s[m.end():]  # "Yesterday | Title", "vor 2 Std. · Title": the item's time before its title
    k = s.find(" | ")
    if 0 < k <= 30 and s.find(" | ", k + 3) < 0 and _nwords(s[:k]) <= 3 and not _DIGIT.search(s[:k]) \
            and _starts_upper(s) and _nwords(s[k + 3:]) >= 4 and _title_like(s[k + 3:], 4, 22):
        s = s[k + 3:]  # "VÍDEO | Los goles del Betis", "Liga de Campeones | El Atlético ...": a label over the title
    for rm in (" »", " ›", " →", " >"):
        if s.endswith(rm) and not (rm == " »" and "«" in s) and not (rm == " ›" and "‹" in s):
            s = s[: -len(rm)].rstrip()
    m = _TITLE_TAIL.search(s, max(0, len(s) - 40))
    if m and m.start() > 0 and _nwords(s[: m.start()]) >= 2:
        s = s[: m.start()].rstrip()
        # "Title | Bloomberg | 12m": the source sits between the title and its time
        m = _SOURCE_TAIL.search(s, max(0, len(s) - 40))
        if m and _nwords(s[: m.start()]) >= 3:
            s = s[: m.start()].rstrip()
    # a read-more cue at the end of a title, in any language of the cue list ("Aurora rejects ban Read more »")
    ws = s.rstrip(" »›>→").rsplit(" ", _READ_TAIL_WORDS)
    for k in range(1, len(ws)) if ws[-1].lower() in _TITLE_READ_LAST else ():  # longest cue first
        if " ".join(ws[k:]).lower() in _TITLE_READ_TAILS:
            cut = " ".join(ws[:k]).rstrip(" -–—|·:")
            if len(cut) > 3:
                s = cut
            break
    return s.strip(" \t-–—|·:")


_READ_TIME_TAIL = re.compile(
    r"\s*\((?:[^()]{1,40},\s*)?\d{1,3}\s*(?:min|mins|minutes?|minuten|minutos|minuti|minuter|minutter|minut|dk|perc)\.?"
    r"(?:\s+[^\W\d_]+){0,2}\)$",
    re.IGNORECASE,
)
_BADGE = re.compile(r"^(?:" + _alt(_C["subscriber_badges"]) + r")\s*[:|·•-]?\s+", re.IGNORECASE)
_DURATION_TAIL = re.compile(r"\s*\((?:[^\W\d_]{1,10}:?\s+)?\d{1,2}:\d{2}(?::\d{2})?\)$")
_TIME_PREFIX = re.compile(r"^([^|·•–—]{2,24}?)\s+[|·•–—-]\s+(?=\S)")
_TITLE_READ_TAILS = frozenset(_C["title_read_tails"])
_TITLE_READ_LAST = frozenset(w.rsplit(" ", 1)[-1] for w in _TITLE_READ_TAILS)
_READ_TAIL_WORDS = max(w.count(" ") + 1 for w in _TITLE_READ_TAILS)


# --------------------------------------------------------------------------- one-line teaser splits
_UP = "A-ZÀ-ÖØ-ÞĀĂĄĆĈĊČĎĐĒĔĖĘĚĜĞĠĢĤĦĨĪĬĮİĶĹĻĽĿŁŃŅŇŊŌŎŐŒŔŖŘŚŜŞŠŢŤŦŨŪŬŮŰŲŴŶŸŹŻŽΑ-ΩА-ЯЁ"
# a capital glued to what precedes it; inside a run of capitals only when a letter follows ("HBMSales"),
# since the middle of an acronym ("NATO") is never a boundary
# (the capital is matched first and the look-behind checked after: much faster than look-behind first)
_UPPER_INSIDE = re.compile(
    r"[" + _UP + r"](?<=[^\s" + _UP + r"][" + _UP + r"])|[" + _UP + r"](?<=[" + _UP + r"][" + _UP + r"])(?=[^\W\d_])"
)


def _opens_quote(s: str, q: int) -> bool:
    """Does the quote mark at s[q] open a quotation (rather than close one begun earlier in s)?"""
    c, before = s[q], s[:q]
    if c in "«„":
        return True
    if c == "“":
        return before.rfind("„") <= before.rfind("“")  # German „...“ closes with this mark
    return before.count('"') % 2 == 0


def _glue_points(s: str) -> list[int]:
    """Offsets where a headline runs into the next sentence without a space ("fundThe", "2025The", "?A")."""
    pts: list[int] = []
    for m in _UPPER_INSIDE.finditer(s):
        i = m.start()
        ts = s.rfind(" ", 0, i) + 1
        if ts > 100 and s.count(" ", 0, ts) >= 26:
            break  # a title has at most 25 words (_glue_ok): no boundary lies this far in
        te = s.find(" ", i)
        tok = s[ts:] if te < 0 else s[ts:te]
        k = i - ts
        L = len(tok)
        if k == 1 and tok[0] in "?!»:" and ts >= 2 and s[ts - 1] == " " and s[ts - 2].isalnum():
            pts.append(i)  # French spacing: "projet de loi ?Critères", "un équilibre »La ministre"
            continue
        if L < 3:
            continue
        p = tok[k - 1]
        if k >= 2 and p in "\"“«„" and (tok[k - 2].islower() or tok[k - 2].isdigit()) and _opens_quote(s, i - 1):
            pts.append(i - 1)  # 'are coming"We are close," he said' - the summary opens with a quote
        elif p.islower() and k >= 3 and tok[k - 2].islower() and _brand_repeated(s, ts, i - 1, tok[k - 1:]):
            pts.append(i - 1)  # "ecco quantoiPad di ...": the summary opens with a brand the line names elsewhere
        elif p.isdigit() and k + 2 < L and tok[k + 1].isupper() and tok[k + 2].islower():
            pts.append(i + 1)  # "near 40CThe health ...": the unit stays with its number
        elif p.islower() or p.isdigit() or (k >= 2 and p in "?!'’\"”“».)%" and tok[k - 2] != " "):
            head = _BRAND_HEADS.get(tok[k:k + 3]) if p.islower() else None
            if head is not None:  # "ModelleiPhone-Besitzer": the summary opens with "iPhone", cut before its "i"
                h = next((len(x) for x in head if tok[:k].endswith(x) and k > len(x) and tok[k - len(x) - 1].isalpha()
                          and tok.startswith(head[x], k - len(x))), 0)
                if h:
                    pts.append(i - h)
                    continue
            pts.append(i)
        elif p.isupper() and k >= 2 and k + 1 < L and tok[k + 1].islower() and tok[k - 2].isupper():
            pts.append(i)  # "HBMSales": acronym then a capitalised word
    for m in _LOWER_GLUE.finditer(s, 0, 260):
        k = m.end()
        if k < len(s) and s[k].isdigit() and s[k - 1].isalpha() and s[s.rfind(" ", 0, k) + 1].isupper():
            continue  # "Covid19 patients", "Windows11 users": a name with its number, not a title run into a summary
        pts.append(k)  # "... des del 2021el Consorci ...", "... na panelih?lastniki, ki ..."
    return pts


_CAMEL_BRANDS = frozenset(_C.get("camel_brands", []))
# camel brands by the first three letters of their capital part: {"Pho": {"i": "iPhone"}, "Bay": {"e": "eBay"}, ...}
def _brand_heads(brands: frozenset[str]) -> dict[str, dict[str, str]]:
    heads: dict[str, dict[str, str]] = {}
    for b in brands:
        hump = next(i for i, ch in enumerate(b) if ch.isupper())
        heads.setdefault(b[hump:hump + 3], {})[b[:hump]] = b
    return heads


_BRAND_HEADS = _brand_heads(_CAMEL_BRANDS)


# after a number only an article can open the glued summary ("2021el Consorci"): "9am on", "2in of", "1er janvier"
# are units, times and ordinals
_DIGIT_GLUE_WORDS = frozenset({"el", "la", "els", "les", "le", "il", "lo", "los", "las", "the", "der", "die", "das", "het",
                               "een", "un", "una", "une", "ein", "eine"})
# (and a full-width question or exclamation mark into Han or kana: "なぜ今年は雪が多いのか？専門家は…")
# (and a word into a number that opens a sentence: "... wird erwachsen8 von 10 Punkten: ...")
# (one class first: most positions fail on it, not on five alternatives in turn)
_LOWER_GLUE = re.compile(r"(?=[?!«„\d])(?:[?!](?=[a-zà-öø-ÿ]{2})|\d(?=[a-zà-öø-ÿ]{2,4} )"
                         r"|(?<=[a-zà-öø-ÿ]{3})(?=\d{1,3}(?:[.,]\d+)?\s[a-zà-öø-ÿ])"
                         r"|(?<=[a-zà-öø-ÿ]{2})(?=[«„]\s?[A-ZÀ-ÖØ-Þ]))")  # "... la métropole« Tous les ..."


_LETTER_DIGIT = re.compile(r"(?<=[^\W\d_]{3})(?=\d{1,4}(?:[.,]\d+)?\s+[^\W\d_])")


_EMOJI_CAP = re.compile(r"(?<=[\U0001F300-\U0001FAFF\u2600-\u27BF\ufe0f])(?=[A-ZÀ-ÖØ-Þ])")  # (❤️ ends in U+FE0F)
# seams of a known card: an abbreviation's stop ("from the U.S.U.S. Commerce", "at 1 p.m.The bourse"), a unit after a
# number ("near 40CThe health"), an ellipsis ("augmenter…À partir"), a closing quote into an opening one
# ("sanieren“„Die Lage"), a question or exclamation mark into an inverted one ("otoño?¿Por qué")
_MARK_SEAM = re.compile(r"(?<=\.)(?=[A-ZÀ-ÖØ-Þ])|(?<=\d[A-Za-z°])(?=[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ])|(?<=…)(?=[A-ZÀ-ÖØ-Þ«„“\"])"
                        r"|(?<=[“”»\"])(?=[„“«\"])|(?<=[?!a-zà-öø-ÿ])(?=[¿¡][A-ZÀ-ÖØ-Þ])")
_FULLWIDTH_Q = re.compile(r"[？！](?=[\u3040-\u30ff\u3400-\u9fff])")


def _card_seam(s: str) -> tuple[str, str] | None:
    """Seams the glue finder leaves alone, tried only on a line known to be one card (between read-more lines):
    a word run into a number ("... rüzgârı esti3 dalda aday ..."), an emoji into a capital ("... quadrados 🌳A área
    ..."), a full-width question mark into Han or kana ("なぜ今年は雪が多いのか？専門家は ..."). (An acronym into a
    one-letter word, "TRTA categoria", is not cut: "NATO for" looks the same.)"""
    cuts = [m.start() for m in _LETTER_DIGIT.finditer(s, 0, 200) if s[m.start() - 1].islower()]
    cuts += [m.start() for m in _EMOJI_CAP.finditer(s, 0, 200)]
    cuts += [m.end() for m in _FULLWIDTH_Q.finditer(s, 0, 200)]
    cuts += [m.start() for m in _MARK_SEAM.finditer(s, 0, 200)]
    for k in sorted(cuts):
        title, summary = s[:k].rstrip(), s[k:]
        if _title_like(title, 3, 20) and _sentence_like(summary, 4):
            return title, summary
    return None


def _brand_repeated(s: str, ts: int, k: int, word: str) -> bool:
    """Does the lower-case-initial brand glued at s[k] ("iPad") stand as a word of its own elsewhere in s?"""
    w = word.rstrip(".,;:!?\"'”’»)")
    if len(w) < 3:
        return False
    at = s.find(w)
    while at >= 0:
        if at != k and (at == 0 or not s[at - 1].isalnum()) and (at + len(w) == len(s) or not s[at + len(w)].isalnum()):
            return True
        at = s.find(w, at + 1)
    return False


def _glue_ok(s: str, k: int) -> float | None:
    """Score a glue split at offset k, or None when it cannot be a title/summary boundary."""
    title, summary = s[:k].rstrip(), s[k:].lstrip()
    # left fragment (letters of the title's last word) and right fragment (first word of the summary)
    ltok = title.rsplit(" ", 1)[-1]
    rword = summary.split(" ", 1)[0]
    rletters = "".join(ch for ch in rword if ch.isalpha() or ch == "'" or ch == "’")
    p = title[-1]
    if p == ".":
        if not _ABBREV_END.search(title):
            return None
    elif p in "'’\"”“»)":
        opener = _QUOTE_PAIRS.get(p, "")
        if p in "'’":
            # a closing quote needs an opening one in the title ("... is 'secure'Officials")
            # (an elision such as "dell'" or "l'" opens nothing)
            if not ("‘" in title or " '" in title[:-1] or title.startswith("'") or "(’" in title or " ’" in title[:-1]):
                return None
        elif opener and not any(o in title for o in opener) and title.count(p) < 2:
            return None
    elif p.isalpha():
        lfrag = ""
        for ch in reversed(ltok):
            if ch.isalpha():
                lfrag = ch + lfrag
            else:
                break
        if lfrag[:1].isupper() and len(lfrag) <= 3 and not lfrag.isupper():
            return None  # McDonald, LeBron, YouTube, DeSantis
        if len(lfrag) <= 1:
            return None  # iPhone, eBay
    alpha = "".join(ch for ch in rletters if ch.isalpha())
    if alpha.isupper() and len(alpha) <= 2 and alpha.lower() not in _STARTERS and not (
            len(rword) == 1 and ltok[:1].islower() and len(ltok) >= 3):
        return None  # SpaceX, OpenAI (but "... часаВ гасенето", "... godinaU obnovu": a one-letter word opens it)
    if _opens_lower(summary) and not _camel_start(summary):  # ("iPad di ..." opens with a brand: below)
        # only after a question/exclamation mark or a number, into a sentence-opening word ("2021el Consorci"),
        # never an ordinal's ending ("1er janvier", "2nd round")
        low_word = rletters.lower()
        if not (p in "?!" or (p.isdigit() and low_word in _DIGIT_GLUE_WORDS)) \
                or not _summary_like(summary, 4) or not _title_like(title, 2, 25):
            return None
    elif not _title_like(title, 2, 25) or not _sentence_like(summary, 4):
        return None
    if title.count("(") > title.count(")"):
        return None  # "(HawaiiNewsNow)": a name inside brackets, the title cannot end there
    score = 0.0
    starter = rletters.lower() in _STARTERS
    if starter:
        score += 2.0
    if not p.isalpha() or p.islower():
        score += 0.5
    if _ends_terminal(summary):
        score += 0.5
    if p.isalpha() and ltok[:1].isupper() and not starter:
        score -= 0.5  # BlackRock, WhatsApp: a brand is as likely as a boundary
    if title.count(",") >= 2 or _nwords(title) > 16:
        score -= 1.5  # a sentence, not a headline
    if "(" in title and ")" in title and _DATELINE.match(title.split(")")[0] + ")"):
        score -= 2.0
    return score


_SPACES = str.maketrans({0xA0: " ", 0x202F: " ", 0x2009: " ", 0x2007: " "})  # same length: offsets carry over


def _sep_split(s: str) -> tuple[str, str] | None:
    sn = s.translate(_SPACES) if ("\u00a0" in s or "\u202f" in s or "\u2009" in s or "\u2007" in s) else s
    k = sn.find(" · ")
    if k > 0 and sn.find(" · ", k + 3) < 0:  # "Fantasy football: 5 pickups for Week 7 · Three running backs ...": the dot
        title, summary = s[:k].strip(), s[k + 3:].strip()  # divides, the colon is the title's own
        if _title_like(title, 3, 22) and _ends_terminal(summary) and _sentence_like(summary, 6):
            return title, summary
    for sep in _SEPARATORS:
        start = 0
        while True:
            k = sn.find(sep, start, 260)
            if k < 0:
                break
            title = s[:k].strip()
            if title.count(" ") >= 22:
                break  # too long for a title (_title_like below), and later cuts only make it longer
            summary = s[k + len(sep):].strip()
            start = k + 1
            if sep == ": " and title.endswith(" "):
                continue
            if _TIMESTAMP.match(_norm(title)) or _SHORT_TIME.match(title):
                continue  # "2h ago | Oil prices slide ...": the time of a list item, then its title
            if _DATELINE.match(title) or "(" in title and title.rstrip().endswith(")") or _caps_dateline(title) or (
                (_DIGIT.search(title) or "," in title) and _place_date(title)
            ):
                continue  # "BRUSSELS, Oct 8 (Reuters) - ...", "(ANSA) - MILANO, 14 NOV - ..."
            if sep[-2] == ":" and (not _ends_terminal(summary) or summary[:1] in _OPENERS):
                continue  # "Jahnstadion: Verein und Stadt einigen sich": a kicker and its headline, not a summary;
                # 'Another reportedly said: "Bird flu ..."': a quote introduced, not a summary
            if _title_like(title, 2, 22) and _sentence_like(summary, 4) and _nwords(summary) <= 80:
                return title, summary
    return None


def _colon_card(s: str) -> tuple[str, str] | None:
    """"Title of several words: A summary longer than it, with no full stop": a card in a list whose summaries end
    bare. (A kicker is one to three words, "Jahnstadion: Verein und Stadt einigen sich"; a headline's second half
    is no longer than its first; the caller asks for a neighbour of the same shape.)"""
    k = s.find(": ")
    if k < 0 or s.find(": ", k + 2) >= 0:
        return None
    title, summary = s[:k].strip(), s[k + 2:].strip()
    nt, ns = _nwords(title), _nwords(summary)
    if not 4 <= nt <= 14 or ns < 8 or ns <= nt or summary[:1] in _OPENERS or summary.rstrip()[-1:] in "?!؟":
        return None
    return (title, summary) if _title_like(title, 4, 14) and _sentence_like(summary, 8) else None


def _place_date(title: str) -> bool:
    """"Milano, 3 dicembre 2025", "Berlin, 14.11.2025", "New York, NY": a place (and date) opening a lead."""
    m = _FULL_DATE.search(title) or _NUM_DATE.search(title)
    if not m:
        ws = title.replace(",", " ").split()
        return "," in title and len(ws) <= 4 and all(w[:1].isupper() for w in ws)
    rest = (title[: m.start()] + " " + title[m.end():]).replace(",", " ").split()
    return len(rest) <= 3 and all(w[:1].isupper() for w in rest)


_NUM_DATE = re.compile(r"(?<!\w)\d{1,2}[./-]\d{1,2}[./-]\d{2,4}(?!\w)")


def _caps_dateline(title: str) -> bool:
    """A wire dateline, not a headline: no lower-case letter, and a date or an agency in brackets."""
    if "(" not in title and not _DIGIT.search(title):
        return False
    letters = [ch for ch in title if ch.isalpha()]
    # (a script without case has no capitals either: an Arabic headline with a number is no dateline)
    return sum(map(str.isupper, letters)) >= 3 and not any(map(str.islower, letters))


def _one_line_split(line: _Line) -> tuple[str, str] | None:
    """Title and summary of a one-line teaser: glued, or around a separator."""
    if not line.split_done:
        got = _SPLITS.get(line.text)
        if got is None:
            _one_line_split_uncached(line)
            if len(_SPLITS) >= _MEMO_MAX:
                _SPLITS.clear()
            _SPLITS[line.text] = (line.split, line.score)
        else:
            line.split, line.score = got
        line.split_done = True
    return line.split


def _one_line_split_uncached(line: _Line) -> None:
    s = line.text
    res: tuple[str, str] | None = None
    if 5 <= line.n <= 250:
        sn = s.translate(_SPACES) if ("\u00a0" in s or "\u202f" in s or "\u2009" in s or "\u2007" in s) else s
        strong_sep = next((sep for sep in _SEPARATORS[:4] if sep in sn), None)
        sep_res = _sep_split(s) if strong_sep else None
        best, best_k = None, -1
        head = sn if len(sn) <= 260 else sn[:260]  # a title is short: its end lies near the start
        for k in _glue_points(head):
            sc = _glue_ok(s, k)
            if sc is not None and (best is None or sc > best):
                best, best_k = sc, k
        if best is not None and not (sep_res and sep_res[0] in s[:best_k] and len(sep_res[0]) < best_k):
            res = (s[:best_k].rstrip(), s[best_k:].lstrip())
            line.score = best
        elif sep_res:
            res = sep_res
            line.score = 1.0
        elif ": " in sn:
            res = _sep_split(s)
            line.score = 1.0
    line.split = res


# --------------------------------------------------------------------------- near duplicates


_PUNCT = "\"'“”‘’«»„‚‹›()[]{}.,;:!?¿¡…—–-/|·•*#%&+="


@lru_cache(maxsize=2048)
def _tokset(s: str) -> frozenset[str]:
    """Words, or character pairs for scripts written without spaces (a copy of a Japanese lead shares its pairs)."""
    if s.count(" ") * 12 < len(s) and _CJK.search(s):
        t = "".join(ch for ch in s if ch.isalnum())
        return frozenset(t[i:i + 2] for i in range(len(t) - 1))
    return frozenset(map(str.strip, s.lower().split(), repeat(_PUNCT)))


# --------------------------------------------------------------------------- main
def split_text(raw: str) -> SplitResult:
    """Split a flattened page; never raises, and splitting its own body again changes nothing."""
    try:
        res, lines = _split_lines(raw)
        body = res.body
        if _settled(lines):
            return res
        # fixpoint on the body alone: each pass keeps a sub-sequence, so this terminates; real pages
        # settle in one or two passes, and a page that keeps shrinking is degenerate: it gets no body
        for _ in range(_MAX_PASSES):
            if not body:
                break
            again = _split("\n".join(body)).body
            if again == body:
                break
            body = again
        else:
            body = []
        if body is not res.body:
            res = SplitResult(body=body, standfirst=res.standfirst, teasers=res.teasers)
        return res
    except Exception:  # pragma: no cover - last resort: a bad page must not stop the stream
        return SplitResult()


def _settled(body: list[_Line]) -> bool:
    """Would splitting the body alone give it back unchanged? A sufficient, cheap test.

    On a page of body lines only there are no headers, read-more lines or boilerplate, so nothing
    can open a teaser zone; all that could still fire is a pair of one-line teasers side by side,
    a headline + summary pair (needs a short line), or a repeated lead. Rule those out and the
    second pass is the identity.
    """
    for c in body:
        if c.kind != PROSE:
            return False
        if c.n <= 45 and _one_line_split(c) is not None and c.score >= 1.0:
            return False
        if c.score < 0.0:
            return False  # a glue point this page vetoed (a name spelt elsewhere on it): the body alone may not
    return _find_repeat(body) is None


_CAMEL = re.compile(r"(?<!\w)\w*[a-zà-öø-ÿ][A-ZÀ-ÖØ-Þ]\w*")  # (anchored at word starts: no retry inside words)
# (the capital first: capitals are rare, so the scan skips most characters; the look-behind checks the pair)
_CAMEL_GATE = re.compile(r"[A-ZÀ-ÖØ-Þ](?<=[a-zà-öø-ÿ][A-ZÀ-ÖØ-Þ])")


def _keep_names_whole(raw: str, content: list[_Line]) -> None:
    """A glue point inside a word the page spells the same way elsewhere ("TramCo", "iPhone") is a name, not a
    title glued to its summary: those lines get no one-line split on this page."""
    if not _CAMEL_GATE.search(raw):
        return
    seen: dict[str, set[str]] = {}
    for t in {ln.text for ln in content}:
        if _CAMEL_GATE.search(t) is None:
            continue
        for m in _CAMEL.finditer(t):  # the words before it: a card shown twice (once cut) is no second spelling
            seen.setdefault(m.group(), set()).add(t[max(0, m.start() - 24):m.start()])
    names = {w for w, ctx in seen.items() if len(ctx) >= 2}
    if not names:
        return
    for ln in content:
        if ln.kind not in (PROSE, SHORT):
            continue
        sp = _one_line_split(ln)
        if sp is None:
            continue
        k = len(sp[0])
        t = ln.text
        if k >= len(t) or t[k].isspace() or t[k - 1].isspace():
            continue  # cut at a separator, not a glue
        a = k
        while a > 0 and not t[a - 1].isspace():
            a -= 1
        b = k
        while b < len(t) and not t[b].isspace():
            b += 1
        if t[a:b].strip(_PUNCT) in names:
            ln.split, ln.score = None, -1.0  # (a negative score marks the veto for _settled)


def _split(raw: str) -> SplitResult:
    return _split_lines(raw)[0]


def _split_lines(raw: str) -> tuple[SplitResult, list[_Line]]:
    """The split, and the body's line records (for the cheap idempotence test)."""
    if not raw or not raw.strip():
        return SplitResult(), []
    if len(raw) > MAX_CHARS:
        raw = raw[:MAX_CHARS]
    lines = []
    for i, t in enumerate(raw.splitlines()):
        t = t.strip()
        core = _cut_read_tail(t) if t and t[-1] not in _PLAIN_END else t
        lines.append(_Line(i, core, t))
    for ln in lines:
        _classify(ln)
    content = [ln for ln in lines if ln.kind != BLANK]
    N = len(content)
    _mark_source_lines(content)
    _mark_tag_lines(content)
    _keep_names_whole(raw, content)
    role: list[str] = [""] * N  # "", "body", "teaser", "standfirst", "boiler"
    teasers: dict[int, tuple[str, str]] = {}  # position in content -> (title, summary)
    more: dict[int, list[tuple[str, str]]] = {}  # further teasers on the same line ("Read also: A · B · C")

    # 1. standfirst by repetition of the lead (reserved before anything else claims the line)
    standfirst_at = _find_repeat(content)
    # the lead's copy closing the page (no paragraph after it) is a summary line, not the article resuming
    sf_closes = standfirst_at is not None and not any(
        content[k].kind == PROSE and content[k].strong for k in range(standfirst_at + 1, N)
    )

    # a line right over its photo credit ("Foto: Mario Berger") is the photo's caption
    for j in range(N - 1):
        c = content[j]
        if j != standfirst_at and c.kind in (SHORT, PROSE) and c.n <= 30 and _credit_line(content[j + 1]) \
                and _ends_terminal(c.text) and not _prose_near(content, j - 1, -1) and (
                    not (brk := _SENT_BREAK.search(c.text)) or (
                        c.n <= 25 and not _SENT_BREAK.search(c.text, brk.end())
                        and sum(content[m].kind == PROSE and content[m].strong for m in range(j)) <= 1)):
            # (a caption may run to two short sentences: "Das Bad ist seit 1974 in Betrieb. Die Lüftung gilt als marode.",
            # over the article only, a deck at most above it: inside it, two sentences over a credit-only photo are a
            # paragraph, review 18)
            role[j] = "boiler"  # (a headline, unpunctuated, may stand right over the lead photo's credit; under a
            # paragraph the line is the article's, over a photo shown with its credit alone, review 14)

    # 2. teaser zones opened by section headers / read-more lines
    def next_is_body(j: int) -> bool:
        """Is content[j] followed by a paragraph that starts or continues an article?"""
        k = j + 1
        while k < N and content[k].kind in (FILLER,):
            k += 1
        if k >= N or (k == standfirst_at and sf_closes):
            return False
        if k == standfirst_at and k + 1 < N:
            k += 1  # (the lead's copy right under it: the article goes on below the copy)
        c = content[k]
        if _title_question(c) and (k > j + 1 or (k + 1 < N and content[k + 1].kind == FILLER) or (
                k + 2 < N and content[k + 1].kind == PROSE and content[k + 2].kind == FILLER)):
            return False  # "... / 4 min read / Why are so many young people waiting?": the next card's title
            # (or right under the summary when a summary and a source line follow it: the cards' rhythm)
        return c.kind == PROSE and c.strong and _one_line_split(c) is None and _lower_sep_split(c.text) is None

    j = 0
    in_zone = False
    zone_generic = False
    mid_body = False  # the zone interrupts an article: a several-sentence paragraph after a title is the article again
    last_unit = ""
    # the list's meta lines (a time, a source) stand after each card (tail) or before it (lead): a bare title
    # with no meta line of its own, straight over a paragraph, is then the article's headline, not one more card
    tail_meta = lead_meta = False
    zone_start = 0

    def zone_card_with_read_more(j: int) -> bool:
        k = j + 1
        while k < N and content[k].kind == FILLER:
            k += 1
        if k >= N or content[k].kind != READMORE or content[k].text.strip() in ("…", "..."):
            return False  # ("…" alone is also a section break in an article)
        k = j - 1
        while k > 0 and content[k].kind == FILLER:
            k -= 1
        return content[k].kind in (READMORE, HEADER)

    def ranked_zone(j: int) -> bool:
        if not content[zone_start + 1].text[:1].isdigit():
            return False  # (the list's first card opens with its rank)
        cards = [k for k in range(zone_start + 1, j) if k in teasers]
        ranks = [int(m.group(1)) for m in (_RANK_PREFIX.match(content[k].text) for k in cards) if m]
        # ("3 killed ...", "10 restaurants ..." open with numbers too: ranks count 1, 2, 3; "01", "02" as well)
        return len(cards) >= 2 and len(ranks) == len(cards) and ranks == list(range(1, len(ranks) + 1))

    tailed_scan = [0, 0]  # [next position to look at, 1 once a card is followed straight by the next one]

    def every_card_tailed(j: int) -> bool:
        # no card of the zone is followed straight by the next card: each has its meta line under it
        # (scanned once per zone, on from where the last call stopped: a long list stays linear)
        k = max(tailed_scan[0], zone_start + 1)
        while k < j - 1 and not tailed_scan[1]:
            if role[k] == "teaser" and role[k + 1] == "teaser" and k + 1 in teasers:
                tailed_scan[1] = 1
            k += 1
        tailed_scan[0] = max(tailed_scan[0], k)
        return not tailed_scan[1]

    while j < N:
        ln = content[j]
        kd = ln.kind
        if j == standfirst_at:
            in_zone = False
            j += 1
            continue
        if kd == HEADER or (kd == READMORE and not in_zone):
            if kd == HEADER and j + 1 < N and ln.text[-1:] in ":：" and _list_item(content[j + 1]) and _list_intro(ln):
                in_zone = False  # "Sunday's results:" over result lines or bullets: a list of the article's own
                j += 1
                continue
            card = _card_over_read_more(content, role, j, standfirst_at) if kd == READMORE and not in_zone else None
            if card is not None:  # "Title / Name · date · 4 min read / Summary. / Continue reading →": the first card
                ct, cm = card
                teasers[ct] = (_strip_title(content[ct].text), content[cm].text)
                role[ct] = role[cm] = "teaser"
                for k in range(ct + 1, cm):
                    role[k] = "boiler"
            if not in_zone:
                b = j - 1
                while b >= 0 and content[b].kind == FILLER:
                    b -= 1
                mid_body = b >= 0 and content[b].kind == PROSE and content[b].strong and not role[b]
            in_zone, zone_generic, last_unit = True, False, "pair" if card is not None else ""
            tail_meta = lead_meta = False
            zone_start = j
            tailed_scan[0], tailed_scan[1] = j + 1, 0
            role[j] = "boiler"
            glued = _card_after_blurb(ln.text) if kd == HEADER else None
            if glued is not None:  # "Vergelijkbaar nieuws:U kunt ook ... verzameld.NS rijdt ... - Op meerdere ..."
                teasers[j] = glued
                role[j] = "teaser"
                last_unit = "line"
            j += 1
            continue
        if kd == INLINE:
            many = _inline_titles(ln.text)
            if many:
                teasers[j] = (_strip_title(many[0]), "")
                more[j] = [(_strip_title(t), "") for t in many[1:]]
            else:
                teasers[j] = _inline_teaser(ln.text)
            role[j] = "teaser"
            j += 1
            continue
        if not in_zone:
            if kd == SHORT and j + 2 < N and _title_like(ln.text, 2, 20) and j + 1 != standfirst_at:
                nx1 = content[j + 1]
                m2 = j + 2
                while m2 < N and content[m2].kind == FILLER:
                    m2 += 1
                if (
                    m2 < N and content[m2].kind == READMORE and nx1.kind == PROSE
                    and _sentence_like(nx1.text, 4) and _one_line_split(nx1) is None
                ):
                    teasers[j] = (_strip_title(ln.text), nx1.text)
                    role[j] = role[j + 1] = "teaser"
                    j += 2
                    continue
            j += 1
            continue
        # inside a zone: bylines, dates and reading times of the listed stories are part of the list, and so is
        # a "Source: X | 2 hours ago" line (a script without capitals, or, under a card, a credit label:
        # "Kaynak: AA · 2 gün önce"; not a copyright line, which closes a list)
        if kd in (FILLER, READMORE) or (kd == BOILER and _between_headline_and_lead(ln.text)) or (
                kd == NAV and (_ends_in_time(ln.text) or (
                    ln.n <= 6 and last_unit == "line" and role[j - 1] == "teaser"
                    and _unit_type_at(content, j + 1, standfirst_at) == "line"))) or (  # "Uit het Spaans · El País"
                kd == BOILER and last_unit and _CREDIT.match(ln.text) and not _COPYRIGHT.search(ln.text)
                and _ends_in_time(ln.text) and every_card_tailed(j + 1)):
            if kd != READMORE:
                tail_meta, lead_meta = _meta_side(role[j - 1] == "teaser", bool(last_unit), tail_meta, lead_meta)
            role[j] = "boiler"
            j += 1
            continue
        if kd in (SHORT, PROSE) and not _RANK_PREFIX.match(ln.text) and (not mid_body or ln.n >= 3) and ranked_zone(j):
            in_zone = False  # "1. ... / 2. ... / 3. ..." and then a title with no rank: the page's own headline
            # (between paragraphs: the article's crosshead, or its next paragraph)
            continue
        if kd in (SHORT, PROSE):
            many = _inline_titles(ln.text) if ("|" in ln.text or "·" in ln.text or "•" in ln.text) else None
            if many and (sum(_norm(t) in _SOCIAL for t in many) >= 2 or all(_nwords(t) <= 2 for t in many)):
                many = None  # "Terms of Use | Privacy Policy | ...": the footer's links; "País | Mundo | Economia": a menu
            if many and len(many) >= 3:  # "Title one | Title two | Title three" under a list header
                teasers[j] = (_strip_title(many[0]), "")
                more[j] = [(_strip_title(t), "") for t in many[1:]]
                role[j] = "teaser"
                last_unit = "title"
                j += 1
                continue
            nxc = content[j + 1] if j + 2 < N else ln
            if (j + 2 < N and content[j + 2].kind == READMORE and content[j + 2].text.strip() not in ("…", "...")
                    and last_unit in ("", "pair")
                    and nxc.kind in (PROSE, SHORT) and j + 1 != standfirst_at and ln.n <= 16
                    and nxc.n > ln.n and nxc.n >= 6 and not _SENT_BREAK.search(ln.text) and _starts_upper(ln.text)
                    and (j == 0 or content[j - 1].kind in (READMORE, HEADER, FILLER) or role[j - 1] == "boiler")):
                # title, summary, read-more line, in a list of such cards: the rhythm makes the card, whatever the
                # title ends with ("Letzte Fahrt für die „Loreley“.") or the summary holds ("... – Experten ...")
                teasers[j] = (_strip_title(ln.text), nxc.text)
                role[j] = role[j + 1] = "teaser"
                last_unit = "pair"
                j += 2
                continue
            sp = _one_line_split(ln)
            # an author's name, a source or a time may stand between a card's title and its summary
            si = j + 1
            if sp is None or ln.text[len(sp[0]):].lstrip()[:1] == ":":  # "Tempête Ciaran : 80 000 foyers..." is a title
                while si < N and si < j + 3 and (content[si].kind == FILLER or _name_line(content[si])):
                    si += 1
            nx = content[si] if si < N else None
            if (
                _title_like(_greek_question(ln.text), 2 if zone_generic is False else 4, 20)
                and nx is not None
                and nx.kind in (PROSE, SHORT)
                and si != standfirst_at
                and (
                    (_summary_like(nx.text, 4) and (_ends_terminal(nx.text) or nx.n >= 20))
                    or _fragment_summary(nx)
                    # "Title / a summary with no full stop (Thai writes none) / อ่านต่อ": its read-more closes the card
                    or (si == j + 1 and nx.n >= 6 and si + 1 < N and content[si + 1].kind == READMORE
                        and nx.n > ln.n)
                    # "Title / Summary without a full stop / 19.02.2026": the date closes the card, as a date
                    # right under a title closes a title-only one
                    or (si == j + 1 and si + 1 < N and content[si + 1].kind == FILLER and ln.n >= 4
                        and nx.n >= max(6, ln.n) and _summary_like(nx.text, 6) and _dated_cards(content, j, last_unit))
                )
                and _one_line_split(nx) is None
                # "Title / 4 min read / Title? / 3 min read", "14:05 / Title / 13:48 / Title?": when every card has its
                # time line, the line after the next time line is the next card, not this one's summary
                and not (si > j + 1 and content[si - 1].kind == FILLER and (
                    (si + 1 < N and content[si + 1].kind == FILLER) or (j > 0 and content[j - 1].kind == FILLER)))
                and not (_RANK_PREFIX.match(ln.text) and _RANK_PREFIX.match(nx.text))  # "1 Title" over "2 Title?"
                and not _CLOCK_PREFIX.match(nx.text)  # "13:30 Title?": the next item of a clock list
                # "Le Parisien" under a card, over the next card: the source line, not a title over a question
                and not (last_unit == "pair" and kd == SHORT and ln.n <= 3 and not _ends_terminal(ln.text)
                         and _unit_type_at(content, j + 1, standfirst_at) == "pair")
                and not (mid_body and last_unit != "pair" and _title_question(nx)
                         and si + 1 < N and content[si + 1].kind == PROSE)  # two bare titles, the 2nd a question
                # "Title / Why are ...? / Title" and then no summary: three bare titles, the middle one a question
                and not (si == j + 1 and _title_question(nx) and nx.n <= 12 and si + 1 < N
                         and content[si + 1].kind == SHORT and _title_like(content[si + 1].text, 3, 18)
                         and not _ends_terminal(content[si + 1].text)
                         and (si + 2 >= N or content[si + 2].kind not in (PROSE, SHORT)
                              or (content[si + 2].kind == PROSE and content[si + 2].n >= 20)))
            ):
                blurb = mid_body and last_unit == "" and _summary_under_link(content, si)
                # (a line opening in lower case is no article's lead: it is this card's summary whatever follows)
                if not blurb and not _opens_lower(nx.text) and (next_is_body(si) or (
                    mid_body and _SENT_BREAK.search(nx.text) and not _list_goes_on(content, si + 1, standfirst_at)
                ) or (
                    # bare titles interrupting an article, then a full paragraph and no further card: the article
                    mid_body and last_unit == "title" and nx.strong and nx.n >= 20
                    and _unit_type_at(content, si + 1, standfirst_at) is None
                )):
                    # (when every card so far had a meta line under it, the title with one is the last card and
                    # the one without it the headline)
                    # (a title whose meta line has another shape than the cards' is the headline over its byline)
                    tailed = tail_meta and every_card_tailed(j) and (si == j + 1 or _same_meta(content[j - 1], content[j + 1]))
                    if (last_unit == "title" or (last_unit == "" and (mid_body or content[zone_start].kind == HEADER))) \
                            and _title_like(ln.text, 3, 18) and (si > j + 1 if tailed else mid_body or si == j + 1):
                        # (under a read-more line that opened the zone, with no card before it, it is the page's
                        # headline: "Couverture complète / Franceinfo · il y a 3 heures / Vendanges en Champagne ...")
                        # (before the article, a title over a source/date line and the lead is its headline)
                        teasers[j] = (_strip_title(ln.text), "")  # a list of bare titles, then the article resumes
                        role[j] = "teaser"
                        in_zone = False
                        j += 1
                        continue
                    if not (mid_body and last_unit == "pair" and _short_summary(nx)):
                        in_zone = False  # headline + lead of an article: the zone is over
                        continue
                    # inside an article a list of pairs goes on while summaries stay one short sentence
                elif _body_after_meta(content, si + 1, standfirst_at if sf_closes else None) and not (
                        mid_body and last_unit == "pair" and tail_meta and si + 1 < N
                        and _same_meta(content[j - 1], content[si + 1])) and not (
                        # (a list header between paragraphs over one card and its meta line: the article has begun,
                        # so this is no headline over its lead)
                        mid_body and last_unit == "" and j == zone_start + 1 and content[zone_start].kind == HEADER
                        and si + 1 < N and not _BYLINE.match(content[si + 1].text)):
                    # (inside an article, a pair whose meta line has the shape of the cards' before it, "Viajes · 7
                    # min de lectura" under "Economía · 4 min de lectura", is the list's last card)
                    in_zone = False  # headline and deck, a byline/source/date, then the lead: the article starts
                    continue
                teasers[j] = (_strip_title(ln.text), nx.text)
                role[j] = role[si] = "teaser"
                for m in range(j + 1, si):
                    role[m] = "boiler"
                last_unit = "pair"
                j = si + 1
                continue
            if sp is None and ln.n <= 45 and (_colon_card(ln.text) and any(
                    0 <= m < N and _colon_card(content[m].text) for m in (j - 1, j + 1))):
                sp = _colon_card(ln.text)  # "Wild bee numbers fall by a quarter: Surveys across 12 countries show ..."
            if sp is None and ln.n <= 45 and (not mid_body or not next_is_body(j)):
                sp = _lower_sep_split(ln.text)  # (in an article a list interrupts, not the line the article resumes with)  # "Title — a list of public pools ...": cards cut their summaries
            if sp is not None and last_unit == "title" and ln.n <= 16 and ln.text[len(sp[0]):].lstrip()[:1] == ":":
                sp = None  # "Bakan açıkladı: Okullar ... mi?" among bare titles: a kicker and its headline, one title
            if sp is not None and ln.n <= 45:  # longer lines are paragraphs, as outside a zone
                teasers[j] = (_strip_title(sp[0]), sp[1])
                role[j] = "teaser"
                last_unit = "line"
                j += 1
                continue
            qt = _greek_question(ln.text)
            if (kd == SHORT or (
                kd == PROSE and ln.n <= 16 and qt.rstrip(_CLOSERS)[-1:] in "?!" and not next_is_body(j)
            )) and _title_like(qt, 3, 18):  # a bare title may end in a question or exclamation mark ("Who can apply?")
                tailed = tail_meta and j + 1 < N and every_card_tailed(j) and _same_meta(content[j - 1], content[j + 1])
                if not mid_body and not tailed and (_body_after_meta(content, j + 1, standfirst_at if sf_closes else None) or (
                        # (a plain title: one with the list's clock, rank or "| 4 min read" is its last card)
                        j + 2 < N and content[j + 1].kind in (SHORT, PROSE)
                        and (content[j + 1].n > ln.n or (content[j + 1].n == ln.n and lead_meta and j > 0
                                                         and content[j - 1].kind != FILLER))
                        # (a deck as long as the headline: when every card had its time line above it, a title
                        # without one is no card)
                        and content[j + 2].kind in (FILLER, BOILER) and not _CLOCK_PREFIX.match(ln.text)
                        and not _RANK_PREFIX.match(ln.text) and not _NAV_CHAR.search(ln.text)
                        and _body_after_meta(content, j + 2, standfirst_at if sf_closes else None))):
                    in_zone = False  # the article's headline (and deck) over its byline and date: the list is over
                    continue
                teasers[j] = (_strip_title(ln.text), "")
                role[j] = "teaser"
                last_unit = "title"
                j += 1
                continue
            if kd == SHORT and ln.n <= 3 and not _ends_terminal(ln.text):
                # a source name ("Reuters", "The Guardian") between teasers of one kind keeps the list going
                nxt_unit = _unit_type_at(content, j + 1, standfirst_at)
                if nxt_unit is not None and (nxt_unit == last_unit or not last_unit):
                    tail_meta, lead_meta = _meta_side(role[j - 1] == "teaser", bool(last_unit), tail_meta, lead_meta)
                    role[j] = "boiler"
                    j += 1
                    continue
            if kd == PROSE and ln.n <= 60 and zone_card_with_read_more(j) and _one_line_split(ln) is None:
                # a card whose title and summary run together with no visible seam ("…大量欠航除雪が追いつかず…"),
                # between the list header or the last card's read-more line and its own: one teaser, uncut unless
                # a word runs into a number ("... rüzgârı esti3 dalda aday ..."), which a card may be cut at
                cut = _card_seam(ln.text)
                teasers[j] = (_strip_title(cut[0]), cut[1]) if cut else (_strip_title(ln.text), "")
                role[j] = "teaser"
                last_unit = "line"
                j += 1
                continue
        in_zone = False
        j += 1  # the line that ended the zone is judged below like any other

    # 3. one-line teasers outside zones: confirmed by a read-more line or by a neighbour of the same shape
    def _before_read_more(j: int) -> bool:
        k = j + 1
        while k < N and content[k].kind == FILLER:
            k += 1
        return k < N and content[k].kind == READMORE

    cand = [
        j for j in range(N)
        if not role[j] and j != standfirst_at and content[j].kind in (PROSE, SHORT)
        and (content[j].n <= 45 or _before_read_more(j))  # longer lines are paragraphs unless a cue says otherwise
        and _one_line_split(content[j])
    ]
    cset = set(cand)
    for j in cand:
        confirmed = False
        k = j + 1
        while k < N and content[k].kind == FILLER:
            k += 1
        if k < N and content[k].kind == READMORE:
            confirmed = True
        if content[j].score >= 3.0 and content[j].n <= 45 and _plain_glue(content[j]):
            confirmed = True  # "...since 2008The average deal...": a glue with every sign of a boundary needs no company
        cards_around = 0
        for dd in (-1, 1):
            k = j + dd
            while 0 <= k < N and content[k].kind in (FILLER, READMORE) or (0 <= k < N and role[k] == "boiler" and content[k].kind == READMORE) \
                    or (0 <= k < N and content[k].kind == BOILER and _BYLINE.match(content[k].text)) \
                    or (0 <= k < N and not role[k] and content[k].n <= 2 and content[k].kind in (SHORT, BOILER)
                        and not _ends_terminal(content[k].text)):
                k += dd  # (a card's byline under it: "Title - Summary." / "Por Ramón Iglesias" / "Title - Summary.";
                # a card's label or an ad slot between two: "Premium", "Analys", "Annons")
            if (
                0 <= k < N
                and content[j].score >= 1.0
                and ((k in cset and content[k].score >= 1.0) or (role[k] == "teaser" and k in teasers and teasers[k][1]))
            ):
                confirmed = True
            if 0 <= k < N and ((role[k] == "teaser" and k in teasers and teasers[k][1] and content[k].kind != INLINE) or (
                    k in cset and content[k].score >= (1.0 if dd == 1 and role[j - 1:j] != ["body"] else 2.0))):
                cards_around += 1  # (a card confirmed above and a likely one below: "…i SandvikenBolaget pekar …")
        sp0 = content[j].split
        if cards_around == 2 and content[j].score >= 0.5 and sp0 is not None and not content[j].text[len(sp0[0]):][:1].isspace():
            confirmed = True  # "... над МарицаПричината ...": a weaker glue between two cards of the same list
        if confirmed:
            sp = _one_line_split(content[j])
            assert sp is not None
            teasers[j] = (_strip_title(sp[0]), sp[1])
            role[j] = "teaser"

    # 3b. two-line teasers outside zones: at least two title/summary pairs in a row
    _source_triples(content, role, teasers, standfirst_at)
    _pair_chains(content, role, teasers, standfirst_at)
    _filler_title_runs(content, role, teasers, standfirst_at)
    _clock_title_runs(content, role, teasers, standfirst_at)

    # 4. body: strong paragraphs, plus short lines held between them (crossheads, short quotes)
    for j in range(N):
        if not role[j] and j != standfirst_at and content[j].kind == PROSE and content[j].strong:
            role[j] = "body"
    body_idx = [j for j in range(N) if role[j] == "body"]
    if len(body_idx) >= 3 and (_question_headline(content, body_idx) or _headline_as_paragraph(content, body_idx)):
        role[body_idx.pop(0)] = ""  # "Wat verandert er voor huurders?" over its deck, the byline and the date
    if body_idx:
        # the article starts at the first paragraph that is not itself shaped like a one-line teaser
        # ("Title | One sentence." above the headline is a teaser even when it is long enough to be prose)
        # (or the paragraph the standfirst copies, right next to it)
        first = next((j for j in body_idx if not _teaser_shaped(content[j]) or _lead_with_dash(content, j) or (
            standfirst_at is not None and abs(j - standfirst_at) == 1
            and content[j].text[:24] == content[standfirst_at].text[:24])), body_idx[0])
        last = body_idx[-1]
        # one-line teasers before the first or after the last paragraph need no confirmation
        for j in range(N):
            if (
                (not role[j] or (role[j] == "body" and j < first)) and j != standfirst_at and (j < first or j > last)
                and content[j].kind in (PROSE, SHORT) and content[j].n <= 45
            ):
                t = content[j].text
                many = _inline_titles(t) if j > last and ("|" in t or "·" in t or "•" in t) else None
                if many and len(many) >= 3:  # "Title one | Title two | Title three" after the article
                    teasers[j] = (_strip_title(many[0]), "")
                    more[j] = [(_strip_title(x), "") for x in many[1:]]
                    role[j] = "teaser"
                    continue
                sp = _one_line_split(content[j])
                if sp is not None and _ends_terminal(sp[1]) and content[j].score >= 0.5:
                    teasers[j] = (_strip_title(sp[0]), sp[1])
                    role[j] = "teaser"

    # a lone paragraph under the page's footer (a list of other stories, then the copyright line) is no more of
    # the article: an appended summary, or more boilerplate
    body_idx = [j for j in range(N) if role[j] == "body"]
    if len(body_idx) >= 3 and _after_footer(content, role, body_idx[-2], body_idx[-1]):
        role[body_idx[-1]] = ""

    # author notes close the article: "Jane Doe is our Paris correspondent." is not part of it
    # (and so is the note before a lone line far below it: a summary appended at the page's end)
    body_idx = [j for j in range(N) if role[j] == "body"]
    for j in body_idx[-1:] + (body_idx[-2:-1] if len(body_idx) > 2 and body_idx[-1] - body_idx[-2] > 3 else []):
        if _author_note(content[j].text) or _byline_bio(content, role, j):
            role[j] = "boiler"

    first_body = next((j for j in range(N) if role[j] == "body"), N)
    ticks: dict[int, str] = {}
    for j in range(first_body):
        tm = _TICKER_LABEL.match(content[j].text) if not role[j] else None
        if tm is not None and _title_like(content[j].text[tm.end():], 3, 22):
            ticks[j] = content[j].text[tm.end():]
    for j in [j for j in ticks if _body_after_meta(content, j + 1)]:
        del ticks[j]  # ("PILNE: Sejm przyjął ..." over its byline, date and lead: the page's headline, review 13)
    for j, rest in ticks.items():
        if j - 1 in ticks or j + 1 in ticks:  # a ticker bar: two labelled links in a row ("SON DAKİKA | ...")
            teasers[j] = (_strip_title(rest), "")
            role[j] = "teaser"
    for j in range(first_body - 2):
        # "Just nu: Stormvarning ..." over the headline, its byline and the lead: a ticker's link to another story
        # (the labelled line right over the byline is the page's own headline with its kicker, review 12)
        if not role[j] and (tk := _TICKER_LABEL.match(content[j].text)) and _title_like(content[j].text[tk.end():], 3, 22) \
                and content[j + 1].kind in (SHORT, PROSE) and not role[j + 1] and _title_like(content[j + 1].text, 3, 22) \
                and not _ends_terminal(content[j + 1].text) and _body_after_meta(content, j + 2):
            teasers[j] = (_strip_title(content[j].text[tk.end():]), "")
            role[j] = "teaser"
    # 5. standfirst: the repeated lead, else the deck line between headline and lead (decided before the
    # gaps between paragraphs are filled, so that captions and source lines under a deck stay out of the body)
    standfirst = content[standfirst_at].full if standfirst_at is not None else None
    sf_line, sf_was = standfirst_at, "boiler"
    if standfirst_at is not None:
        role[standfirst_at] = "standfirst"
    else:
        body_idx = [j for j in range(N) if role[j] == "body"]
        if body_idx:
            fs = _deck_with_full_stop(content, role, body_idx)
            d = body_idx[0] if fs == 2 else _find_deck(content, role, body_idx[0])
            if d is None and fs:
                d = body_idx[0]
            if d is None:
                d = _deck_over_byline(content, role, body_idx[0])
            if d is not None:
                standfirst = content[d].full
                sf_line, sf_was = d, role[d] or "boiler"
                role[d] = "standfirst"

    body_idx = [j for j in range(N) if role[j] == "body"]
    for a, b in zip(body_idx, body_idx[1:], strict=False):
        if standfirst_at is not None and a < standfirst_at < b:
            continue  # the lead's copy between them: what sits around it is headline matter, not the article
        gap = [j for j in range(a + 1, b) if not role[j] and content[j].kind in (PROSE, SHORT)]
        if len(gap) == 1 and (tk := _TICKER_LABEL.match(content[gap[0]].text)) and _title_like(content[gap[0]].text[tk.end():], 3, 22):
            teasers[gap[0]] = (_strip_title(content[gap[0]].text[tk.end():]), "")  # "Eilmeldung: ..." between paragraphs
            role[gap[0]] = "teaser"  # (over the byline it is the page's own headline with its kicker, review 12)
            continue
        if gap and len(gap) <= 4 and gap == list(range(gap[0], gap[0] + len(gap))) \
                and content[gap[0] - 1].kind in (HEADER, BOILER) and not content[gap[0] - 1].text.endswith(":") \
                and _is_header(content[gap[0] - 1].text.lower()) and all(  # ("Sunday's results:" opens the article's list)
                content[j].kind == SHORT and _title_like(_strip_title(content[j].text), 4, 22) for j in gap):
            for j in gap:  # "MORE STORIES" over ranked headlines, set between paragraphs: links, not the article's list
                teasers[j] = (_strip_title(content[j].text), "")
                role[j] = "teaser"
            continue
        # (an enumeration without a full stop, "1 kg brambor, 2 vejce, 4 stroužky česneku, ...", is the article's list)
        shorts = sum(content[j].kind == SHORT and not _enumeration(content[j].text) for j in gap)
        cross = len(gap) >= 2 and gap[-1] == b - 1 and content[b - 1].kind == SHORT and content[b - 1].n <= 5 \
            and not _ends_terminal(content[b - 1].text)  # (the links, then the article's next crosshead)
        links = gap[:-1] if cross else gap
        if cross and any(content[j].text[:1] in _OPENERS or _LOWER_AFTER_COLON.search(content[j].text) for j in links):
            links = []  # a pull quote or "Part two: the long road back" over the crosshead: the article's own headings
        if links and len(links) <= 3 and all(_bare_title(content[j]) and _headline_text(content[j].text) for j in links):
            for j in links:  # links to other stories set between paragraphs; crossheads run to 2-5 words
                teasers[j] = (_strip_title(content[j].text), "")
                role[j] = "teaser"
            if cross:
                role[b - 1] = "body"
            continue
        if gap and shorts <= 2 and all(j != standfirst_at for j in gap):
            for j in gap:
                role[j] = "body"
    body_idx = _list_blocks(content, role, standfirst_at)
    for a, j, b in zip(body_idx, body_idx[1:], body_idx[2:], strict=False):
        sp = _glued_card(content[j])
        if sp is not None and j - a <= 2 and b - j <= 2:  # "How Townsville rebuilt after the 2019 floodFive years on, ...":
            teasers[j] = (_strip_title(sp[0]), sp[1])     # a card glued shut between two paragraphs
            role[j] = "teaser"
    end = standfirst_at if standfirst_at is not None and body_idx and standfirst_at > body_idx[-1] else N
    if body_idx and body_idx[-1] < end - 1:
        # the article's last short sentences, when nothing but a repeat of its lead (or nothing) follows them
        gap = list(range(body_idx[-1] + 1, end))
        if all(
            not role[j] and content[j].kind == PROSE and _sentence_like(content[j].text, 3)
            and not _author_note(content[j].text)
            for j in gap
        ):
            for j in gap:
                role[j] = "body"
        else:
            # or when a list header follows them ("Beslutet fattades enhälligt." then "Most read")
            k = body_idx[-1] + 1
            took = 0
            while k < end and took < 2 and (
                (not role[k] and content[k].kind == PROSE and _sentence_like(content[k].text, 3)
                 and not _author_note(content[k].text))
                or (content[k].kind == INLINE and k + 1 < end and not role[k + 1])  # "Read also: ..." between them
            ):
                took += content[k].kind != INLINE
                k += 1
            while k > body_idx[-1] + 1 and content[k - 1].kind == INLINE:
                k -= 1
            # ... or boilerplate, a list or nothing: any line but more prose ("Der Sachschaden wird ... geschätzt.")
            if k > body_idx[-1] + 1 and (k >= end or content[k].kind != PROSE or role[k] in ("teaser", "boiler")):
                for j in range(body_idx[-1] + 1, k):
                    if content[j].kind != INLINE:
                        role[j] = "body"

    _bare_title_runs(content, role, teasers, standfirst_at)
    got = _learned_standfirst(content, role, sf_line)
    if got != sf_line:
        if sf_line is not None:
            role[sf_line] = sf_was
        standfirst = None
        if got is not None:
            role[got] = "standfirst"
            teasers.pop(got, None)
            more.pop(got, None)
            standfirst = content[got].full

    # an index page: what is left between its cards is chrome (a section blurb, "Showing 1-6 of 214 posts"), not
    # an article, which has a paragraph of 25 words or two full paragraphs in a row; one short line is left alone
    if sum(r == "teaser" for r in role) >= 3 and "body" in role and not _article_evidence(content, role) and (
            _one_line_split(content[role.index("body")]) is not None
            or not _under_headline(content, role, role.index("body")) or _index_signs(content)):
        # (a line or two under a headline are a brief, reviews 1 and 10, unless the first is cut like a card)
        for j in range(N):
            if role[j] == "body":
                role[j] = "boiler"

    # a press release's end mark ("###", "-ends-", "-انتهى-"): what follows (the company's "About", media
    # contacts) is no article; lists of other releases there stay teasers
    end_mark = next((j for j in range(N) if content[j].n <= 3 and _END_MARK.match(content[j].text)), None)
    if end_mark is not None and any(role[j] == "body" for j in range(end_mark)):
        for j in range(end_mark + 1, N):
            if role[j] == "body":
                role[j] = "boiler"

    # 6. rank numbers before titles ("1 Title", "2 Title"), source names after them ("Title - Reuters")
    for j, (title, summary) in teasers.items():
        parts = content[j].text.split(" | ") if " | " in content[j].text else []
        if parts and _source_triple(content[j].text) and title.startswith(parts[0].strip()) \
                and summary.strip() in ("", parts[1].strip(), content[j].text.split(" | ", 1)[1].strip()):
            teasers[j] = (parts[0].strip(), "")  # "Title | Le Dauphiné | il y a 2 h": the publisher is no summary
    _strip_inline_labels(content, role, teasers)
    order = sorted(teasers)
    pairs = [teasers[j] for j in order]
    if more:
        pairs = [x for j in order for x in ([teasers[j], *more[j]] if j in more and role[j] == "teaser" else [teasers[j]])]
    titles = _strip_sources(_strip_times(_strip_ranks([t for t, _ in pairs])))
    out = [
        Teaser(title=t, summary=_strip_summary(pr[1]), position=p)
        for p, (pr, t) in enumerate(zip(pairs, titles, strict=True))
    ]
    body_lines = [content[j] for j in range(N) if role[j] == "body"]
    if not body_lines:
        standfirst = None  # no article, no lead to repeat: an index page has no standfirst
    return SplitResult(body=[c.full for c in body_lines], standfirst=standfirst, teasers=out), body_lines


_SUMMARY_TAIL = re.compile(
    r"(?:\s*(?:[·|•–—-]\s*)?(?:" + _alt([w for w in _C["read_more"] if len(w) > 3]) + r")\s*[»›>→]?"
    r"|\s+[·|•]\s+[^·|•]{1,30})$",
    re.IGNORECASE,
)


_READ_TAIL = re.compile(
    r"(?<=[.!?…\"”’»)])\s+(?:" + _alt([w for w in _C["read_more"] if len(w) > 3]) + r")\s*[»›>→]?$", re.IGNORECASE
)
_PLAIN_END = frozenset(".!?\"”’)0123456789")


_SHOWING = re.compile(r"^(?:" + _alt(_C["showing_words"]) + r")\s+\d+\s*(?:[–-]\s*\d+\s*)?(?:" + _alt(_C["of_words"])
                      + r")\s+\d[\d.,]*", re.IGNORECASE)


def _index_signs(content: list[_Line]) -> bool:
    """A pager, 'Older posts' or 'Showing 1-6 of 214 posts': the page is a list of stories, not an article."""
    for c in content:
        if c.kind in (BOILER, SHORT, FILLER) and c.n <= 12:
            low = _norm(c.text)
            pg = _PAGER.match(c.text)
            if (pg and int(pg[2]) == int(pg[1]) + 1) or low.strip(" «‹<←→›»>") in _PAGER_LINKS or _SHOWING.match(low):
                return True
    return False


def _headline_over(content: list[_Line], j: int) -> bool:
    """Is there a headline-shaped line right over line j (past meta lines)? Then j is a deck, not the headline."""
    h = j - 1
    while h >= 0 and content[h].kind in (FILLER, BOILER):
        h -= 1
    return h >= 0 and content[h].kind in (SHORT, PROSE) and _title_like(content[h].text, 3, 22) \
        and not _ends_terminal(content[h].text)


_BLURB_GLUE = re.compile(r"[.!?](?=[A-ZÀ-ÖØ-ÞА-ЯЁ])")


def _card_after_blurb(t: str) -> tuple[str, str] | None:
    """A list header with its blurb and the first card glued on: "Similar News:You can also read ... sources.Title -
    Summary." gives that card (title, summary)."""
    k = t.find(":")
    if k < 0 or k > 42:
        return None
    m = _BLURB_GLUE.search(t, k + 1)
    if m is None:
        return None
    tail = t[m.end():].strip()
    if _nwords(tail) < 5:
        return None
    sp = _sep_split(tail)
    return (_strip_title(sp[0]), sp[1]) if sp is not None else None


def _under_headline(content: list[_Line], role: list[str], j: int) -> bool:
    """Does a headline stand over line j, past its date and byline lines?"""
    h, heads = j - 1, []
    while h >= 0 and (content[h].kind in (FILLER, BOILER) and role[h] != "teaser" or role[h] == "standfirst"):
        if role[h] == "standfirst":
            heads.append(h)  # (past its date, byline and deck; a headline taken for the deck counts as one)
        h -= 1
    if h >= 0 and not role[h]:
        heads.append(h)
    return any(content[k].kind in (SHORT, PROSE) and _title_like(content[k].text, 3, 22)
               and (not _ends_terminal(content[k].text) or content[k].text.rstrip(_CLOSERS)[-1:] in "?!")
               # (a title over the line with no byline between, with cards above it, is one more card whose pair was
               # missed on an index page; a brief under its byline keeps its body under a "Trending" strip, review 11)
               and not (not any(_BYLINE.match(content[m].text) for m in range(k + 1, j))
                        and any(role[m] == "teaser" and content[m].kind != INLINE for m in range(k)))
               for k in heads)


def _article_evidence(content: list[_Line], role: list[str]) -> bool:
    """Does the body hold an article: a paragraph of 25 words or more, or two full-sentence paragraphs of 8 or more
    in one run? A run goes on past time stamps, ad slots, inline links, crossheads and the standfirst, and breaks
    at a card, a list header or a read-more line (review 10: short wire stories, tabloid paragraphs, Q&A)."""
    body = [j for j, r in enumerate(role) if r == "body"]
    if not body or any(content[j].n >= 25 for j in body):
        return True
    full = 0
    for a, b in zip([body[0] - 1, *body], body, strict=False):
        if a >= 0 and any(_breaks_run(content[k], role[k]) for k in range(a + 1, b)):
            full = 0  # (a card, a list's header or unclaimed text between them: another run)
        c = content[b]
        if c.kind == SHORT and c.n >= 5 and _title_like(c.text, 5, 22) and c.text.rstrip(_CLOSERS)[-1:] not in "?!":
            full = 0  # a card's title that went to the body ("PSI fecha em máximos de 17 anos puxado pela banca")
        elif c.kind == PROSE and c.n >= 8 and _ends_terminal(c.text):
            full += 1
            if full >= 2:
                return True
    return False


def _breaks_run(c: _Line, r: str) -> bool:
    return (r == "teaser" and c.kind != INLINE) or c.kind in (HEADER, READMORE) or (not r and c.kind in (SHORT, PROSE))


def _card_over_read_more(content: list[_Line], role: list[str], j: int, sf: int | None) -> tuple[int, int] | None:
    """The title and summary right over a read-more line that opens a list, when nothing like an article stands
    over the title: (title, summary) positions, else None."""
    m = j - 1
    if m < 1 or role[m] or m == sf or content[m].kind not in (PROSE, SHORT) or content[m].n > 45 \
            or not _summary_like(content[m].text, 5) or _one_line_split(content[m]) is not None:
        return None
    t = m - 1
    while t > 0 and t > m - 3 and content[t].kind == FILLER:
        t -= 1
    if role[t] or t == sf or content[t].kind != SHORT or not _title_like(content[t].text, 3, 20) \
            or (_ends_terminal(content[t].text) and not _title_question(content[t])):
        return None
    a = t - 1
    while a >= 0 and content[a].kind == FILLER:
        a -= 1
    if a >= 0 and content[a].kind == PROSE and content[a].strong and not role[a]:
        return None  # a paragraph over the title: an article's crosshead and its last paragraph, then "Read more"
    return t, m


def _after_footer(content: list[_Line], role: list[str], a: int, b: int) -> bool:
    """Between paragraphs a and b: two teasers of a list, then a copyright line, and b is the page's last text."""
    if any(content[k].kind == PROSE for k in range(b + 1, len(content))):
        return False
    cards = 0
    for k in range(a + 1, b):
        if role[k] == "teaser" and content[k].kind != INLINE:
            cards += 1
        elif cards >= 2 and content[k].kind == BOILER and _footer_copyright(content[k].text):
            return True
    return False


def _footer_copyright(t: str) -> bool:
    """"© La Gazette – Reproduction interdite", "Copyright 2025 X. All rights reserved." - not "Dusk. © Jane Doe"."""
    if not _COPYRIGHT.search(t) or _SENT_BREAK.search(t.split("©")[0] + " X"):
        return False
    return t.lstrip()[:1] == "©" or t.lower().startswith(("copyright", "(c)")) or _DIGIT.search(t) is not None


def _cut_read_tail(t: str) -> str:
    """"A sentence. Read more": the cue after a finished sentence points elsewhere; the line is the sentence."""
    m = _READ_TAIL.search(t, max(0, len(t) - 40))
    return t[: m.start()] if m and m.start() > 0 else t


def _strip_summary(s: str) -> str:
    """Drop a trailing "Read more »" or " · 2h" source/time tail, or a leading "12 March 2025 – " date: they
    belong to neither title nor summary."""
    s = s.strip()
    if s[:1].isdigit() or s[:1].isupper():
        m = _TIME_PREFIX.match(s)
        if m and _TIMESTAMP.match(_norm(m.group(1))) and _nwords(s[m.end():]) >= 3:
            s = s[m.end():]
    if s[-1:] in ".!?\"”’)" and not s.endswith(("...", "…")):
        return s  # a sentence that ends properly has no read-more or time tail
    off = max(0, len(s) - 48)  # tails are short; searching the whole summary is quadratic
    m = _SUMMARY_TAIL.search(s, off)
    if m and m.start() > 0:
        tail = s[m.start():].strip(" ·|•–—-»›>→").lower()
        if _norm(tail) in _READ_MORE or _TIMESTAMP.match(_norm(tail)) or _SHORT_TIME.match(tail) or "read" in tail:
            s = s[: m.start()].rstrip()
    return s


_BIO_VERBS = frozenset(_C["bio_verbs"])
_BIO_JOBS = re.compile(_alt(_C["bio_jobs"]))


def _author_note(t: str) -> bool:
    """"Katrin Brenner ist Wirtschaftskorrespondentin in Frankfurt ...": a name, a verb, a newsroom job."""
    ws = t.split(None, 4)
    if len(ws) < 4 or len(t) > 400:
        return False
    for k in (2, 3):  # two- or three-word names
        if all(w[:1].isupper() and w.replace("-", "").isalpha() for w in ws[:k]) and ws[k] in _BIO_VERBS:
            return bool(_BIO_JOBS.search(t.lower(), 0, 160))
    return False


_PARENS = re.compile(r"\([^)]*\)")
_COPULAS = frozenset(("is", "ist", "est", "es", "è", "é", "είναι", "är", "er", "jest", "je", "є", "on"))


_BIO_WORK = frozenset(_C["bio_work_verbs"])


def _byline_bio(content: list[_Line], role: list[str], j: int) -> bool:
    """"Ο Νίκος Παπαδόπουλος είναι πολεοδόμος ...": the last paragraph opens with the byline's name and a verb,
    whatever the author's trade: a note about the author, not the article."""
    ws = content[j].text.split(None, 6)
    if len(ws) < 5 or content[j].n > 80 or not any(w in _BIO_VERBS for w in ws[2:5]):
        return False
    first = next((k for k in range(j) if role[k] == "body"), j)
    for k in range(max(0, first - 10), first):
        c = content[k]
        if c.kind not in (BOILER, SHORT) or c.n > 16:
            continue
        if not (_BYLINE.match(c.text) or (_name_line(c) and any(
                content[m].kind == FILLER for m in range(k + 1, min(k + 3, len(content)))))):
            continue  # a byline, or a name over the date line ("Donald Trump" as a topic line is neither)
        name = _PARENS.sub("", c.text).split(",")[0].split()  # "Par Hélène Marchetti (économiste)", "By X, reporter"
        if _BYLINE.match(c.text):
            name = name[1:]
        if len(name) < 2 or not all(w[:1].isupper() for w in name[-2:]):
            continue
        n = len(name)
        if ws[0] == name[0] and _BYLINE.match(c.text) and content[j].n <= 45 and (
                ws[1] in _BIO_WORK or (ws[1] in _COPULAS and _BIO_JOBS.search(content[j].text.lower(), 0, 160))):
            return True  # "Grace reports on East African economies ...": the author by first name, at the page's end
        for i in range(0, 3):  # "Jane Doe is", "Ο Νίκος Παπαδόπουλος είναι": the full name, then a copula
            if [w.strip(",") for w in ws[i:i + n]] == name and len(ws) > i + n and ws[i + n] in _COPULAS:
                return True
    return False


def _credit_text(low: str) -> bool:
    """"jane doe contributed to this report.": the stems gate the long phrase alternation (most lines have none)."""
    # substring tests, not a regex alternation: str.__contains__ is ~10x faster on a prose line
    return _has_contrib_stem(low) and bool(_CONTRIB.search(low))


def _bare_title(c: _Line) -> bool:
    """A headline of 7+ words with no closing punctuation: too long for a crosshead."""
    return c.kind == SHORT and _title_like(c.text, 7, 20) and _lower_ratio(c.text) >= 0.3


def _name_shaped(c: _Line) -> bool:
    """"Reuters", "Al Jazeera English", "Bloomberg.com", "Landkreis Kelheim": every word capitalised, nothing else."""
    if c.kind != SHORT or c.n > 4 or _ends_terminal(c.text):
        return False
    for w in c.text.split():
        if not (w[0].isupper() or w[0].isdigit() or (len(w) >= 3 and any(map(str.isupper, w[1:4])))):  # "elDiario.es"
            return False
    return not _NOT_IN_NAME.search(c.text)


_NOT_IN_NAME = re.compile(r"[^\w\s\-'’.&]")


def _mark_tag_lines(content: list[_Line]) -> None:
    """"Topics" over "Interest rates, Inflation, Central banks", "About the author": labels without a colon, and the
    comma list under a tag label, are boilerplate (the list alone looks like an article's enumeration)."""
    for j, c in enumerate(content):
        if c.n > 4 or len(c.text) > 24 or c.kind not in (SHORT, HEADER) or c.text[-1:] in ".!?":
            continue
        low = _norm(c.text).rstrip(" :")
        if low in _BARE_TAG_LABELS:
            c.kind = BOILER
            if j + 1 < len(content) and content[j + 1].kind == SHORT and content[j + 1].text.count(", ") >= 2:
                content[j + 1].kind = BOILER
        elif low in _AUTHOR_BOX:
            c.kind = BOILER


_BARE_TAG_LABELS = frozenset(("topics", "tags", "tag", "themen", "schlagworte", "schlagwörter", "sujets", "mots-clés",
                              "temas", "etiquetas", "tópicos", "argomenti", "onderwerpen", "keywords", "related topics",
                              "ämnen", "emner", "tagi", "etiketler", "теги", "теми", "štítky", "avainsanat"))
_AUTHOR_BOX = frozenset(("about the author", "über den autor", "über die autorin", "zur person", "à propos de l'auteur",
                         "sobre el autor", "sobre la autora", "sull'autore", "sobre o autor", "over de auteur",
                         "om skribenten", "o autorze", "o autorovi", "yazar hakkında", "об авторе", "про автора"))


def _mark_source_lines(content: list[_Line]) -> None:
    """Source names and place/section kickers of list items are fillers, when the page repeats the shape.

    The shape: one or two name-shaped lines with a time line (or the list header) on one side and a teaser
    title on the other ("Title / Reuters / 2 hours ago", "5h / Sky News / Title"), at least twice on the
    page. A byline under a headline has the shape once; a list has it for every item.
    """
    N = len(content)
    runs: list[tuple[int, int]] = []
    names = [j for j, c in enumerate(content) if c.kind == SHORT and c.n <= 4 and (_name_shaped(c) or (
        _name_words(c.text.split()) and not _ends_terminal(c.text) and not _NOT_IN_NAME.search(c.text)
        and not _DIGIT.search(c.text)) or (c.n <= 3 and len(c.text) <= 24 and _caseless(c.text) and not _ends_terminal(c.text)))]
    # ("연합뉴스", "هسبريس": in a script without capitals a short line in the same place is the publisher)
    if len(names) < 2:  # (a publisher's name may link its words: "Corriere di Bologna", "Il Resto del Carlino")
        return
    nameset = set(names)
    done = -1
    for j in names:
        if j <= done:
            continue
        b = done = j + 1 if j + 1 in nameset else j
        if j > 0 and b + 1 < N:
            p, q = content[j - 1], content[b + 1]
            # a cluster's "Full coverage" link ends one item like a time line does
            if (p.kind in (FILLER, HEADER, READMORE) and _teaserish(q)) or (q.kind == FILLER and _teaserish(p)):
                runs.append((j, b))
    if len(runs) >= 2:
        for a, b in runs:
            for k in range(a, b + 1):
                content[k].kind = FILLER


def _teaserish(c: _Line) -> bool:
    """A teaser's title line, or a one-line teaser (glued or with a separator), and not a name itself."""
    if c.kind not in (SHORT, PROSE) or c.n > 45 or _name_shaped(c):
        return False
    return (c.kind == SHORT and _title_like(c.text, 3, 20)) or _one_line_split(c) is not None


def _name_line(c: _Line) -> bool:
    """"Sarah Coleman": two to four capitalised words, nothing else (an author under a card's title)."""
    if c.kind != SHORT or not 2 <= c.n <= 4:
        return False
    ws = c.text.split()
    return all(w[:1].isupper() and w.replace("-", "").replace("'", "").replace(".", "").isalpha() for w in ws)


def _short_summary(c: _Line) -> bool:
    """One sentence of at most 25 words: how a teaser's summary reads, unlike a paragraph."""
    return c.n <= 25 and not _SENT_BREAK.search(c.text)


def _greek_question(t: str) -> str:
    """Greek asks with ";": "Γιατί κανείς δεν θέλει να μείνει στο κέντρο;" reads as a question title in a list."""
    if t.endswith((";", "\u037e")) and "\u0370" <= t[-2:-1] <= "\u03ff":
        return t[:-1] + "?"
    return t


def _summary_under_link(content: list[_Line], si: int) -> bool:
    """Inside an article, is content[si] the one-sentence blurb of the linked story above it, not the article again?

    A blurb is one sentence of at most 20 words (or two, when the article resumes with a paragraph twice as long);
    the article resumes with a paragraph clearly longer than that.
    """
    c = content[si]
    if c.n > 20 or not _ends_terminal(c.text):
        return False
    brk = _SENT_BREAK.search(c.text)
    if brk and (_SENT_BREAK.search(c.text, brk.end()) or c.text[:1] in _OPENERS):
        return False  # (two sentences opening on a quote mark: the article's quote paragraph)
    k = si + 1
    while k < len(content) and content[k].kind == FILLER:
        k += 1
    return k < len(content) and content[k].n >= (2 * c.n if brk else c.n + 8)


def _list_goes_on(content: list[_Line], j: int, sf: int | None) -> bool:
    """After a two-sentence line in a list: does another card follow (a headline over one short sentence)?

    An article that resumes after a mid-body list runs on in paragraphs; a list keeps its rhythm.
    """
    N = len(content)
    while j < N and content[j].kind in (FILLER, READMORE):
        j += 1
    if j + 2 < N and j != sf and content[j].kind == SHORT and content[j].n <= 3 and not _ends_terminal(content[j].text) \
            and content[j + 1].kind == SHORT:
        j += 1  # a kicker over the next card's title ("Anbieterwechsel")
    if j + 1 >= N or j == sf or j + 1 == sf:
        return False
    a, b = content[j], content[j + 1]
    question = a.kind == PROSE and a.n <= 16 and a.text.rstrip(_CLOSERS)[-1:] in "?!"  # "Hat sich der Aufwand gelohnt?"
    if _fragment_summary(b) and (a.kind == SHORT or question):
        return _title_like(a.text, 4, 20)  # "Title / tuinmeubels vastzetten, ...": a card with a cut summary
    if (a.kind != SHORT and not question) or b.kind != PROSE or not _sentence_like(b.text, 4) \
            or _one_line_split(b) is not None:
        return False
    # a crosshead may stand over a short paragraph too: a long summary needs a headline-length title
    return _title_like(a.text, 4, 20) and (_short_summary(b) or (a.n >= 6 and b.n <= 60))


def _body_after_meta(content: list[_Line], j: int, end_copy: int | None = None) -> bool:
    """Do a byline, source or date line and then a paragraph follow content[j-1]? (a deck over its lead)

    end_copy: the position of a lead's copy that closes the page; it is no lead to come.
    """
    N = len(content)
    k = j
    while k < N and (
        content[k].kind == FILLER
        or (content[k].kind == BOILER and (_between_headline_and_lead(content[k].text) or (
            len(content[k].text) <= 60 and _norm(content[k].text).startswith(_SOURCE_PREFIXES))))  # "Πηγή: ΑΠΕ-ΜΠΕ"
        or _source_line(content[k]) or _name_line(content[k])
    ):
        k += 1
    if k in (j, end_copy) or k >= N:
        return _score_lines_then_byline(content, j, end_copy)
    c = content[k]
    if c.kind == SHORT and c.n <= 30 and k + 1 < N and k + 1 != end_copy and (
        any(content[m].kind == BOILER and _BYLINE.match(content[m].text) for m in range(j, k))
        or (any(_name_line(content[m]) for m in range(j, k)) and any(content[m].kind == FILLER for m in range(j, k)))
    ):
        c = content[k + 1]  # byline, date, then the lead photo's caption over the lead
    if _title_question(c) and all(content[m].kind == FILLER and _card_time(content[m].text) for m in range(j, k)):
        return False  # "... / 4 min read / Why are so many waiting?": the next card; under a byline it is a lead
    return (c.kind == PROSE and c.strong and _one_line_split(c) is None) or _score_lines_then_byline(content, j, end_copy)


_RESULT = re.compile(r"\w \d{1,3}\s?[-–—]\s?\d{1,3} \w")  # "Bristol Rovers 2-1 Exeter City", "Hà Nội FC 2-1 Thể Công"


def _score_lines_then_byline(content: list[_Line], j: int, end_copy: int | None) -> bool:
    """Headline, "Annecy FC 1 - 2 Grenoble Foot 38", "Buts : ...", "Par Julien Ferrand | Publié le ...", lead:
    up to five short lines, among them a score and a byline, a reporter's name or a date, right over a paragraph
    (in either order: "Minh Khôi / 19/10/2025 21:05 / Hà Nội FC 2-1 Thể Công Viettel / Ghi bàn: ...")."""
    k = j
    scored = signed = False
    while k < len(content) and k < j + 5 and content[k].kind in (SHORT, FILLER, BOILER, NAV) and (
            content[k].n <= 14 or _BYLINE.match(content[k].text)) and (
            content[k].kind != SHORT or _DIGIT.search(content[k].text) or _name_line(content[k])):
        # (a score, the scorers, a name or a date: a short line without a figure is the next headline)
        c = content[k]
        scored = scored or (c.kind == SHORT and c.n <= 10 and _RESULT.search(c.text) is not None)
        signed = signed or _BYLINE.match(c.text) is not None or _name_line(c) or (
            c.kind == FILLER and _FULL_DATE.search(c.text) is not None)
        k += 1
    if k in (j, end_copy) or k >= len(content) or not (scored and signed):
        return False  # (no score line: titles of a list over a headline and its byline)
    c = content[k]
    return c.kind == PROSE and c.strong and _one_line_split(c) is None


def _card_time(t: str) -> bool:
    """"4 min read", "3 hours ago", "Reuters · 2h": the time line a card carries, not a story's date."""
    low = _norm(t)
    if bool(_SHORT_TIME.match(low) or (_SHORT_CUE_N.search(low) and _has_reading_word(low)) or (
            _DIGIT.search(low) and low.count(" ") <= 4 and not _FULL_DATE.search(t) and _TIMESTAMP.match(low))):
        return True
    for sep in (" • ", " · ", " | "):  # "AFP • il y a 3 heures": the source, then the time
        if sep in t and low.count(" ") <= 9:
            return _card_time(t.rsplit(sep, 1)[1])
    return False


def _title_question(c: _Line) -> bool:
    """"Why are so many young people waiting for care?": one short question is a card's title, not a lead.

    Asked only of the line after a time or meta line inside a list, where a lead would have to stand.
    """
    return c.n <= 16 and c.text.rstrip(_CLOSERS)[-1:] == "?" and not _SENT_BREAK.search(c.text)


def _unit_type_at(content: list[_Line], j: int, sf: int | None) -> str | None:
    """What kind of teaser starts at content[j] (after fillers), if any: "line", "pair" or "title"."""
    N = len(content)
    while j < N and content[j].kind in (FILLER, READMORE):
        j += 1
    if j >= N or j == sf or content[j].kind not in (SHORT, PROSE):
        return None
    c = content[j]
    if _one_line_split(c) is not None:
        return "line"
    if not _title_like(c.text, 3, 20):
        return None
    if j + 1 < N and content[j + 1].kind == PROSE and _summary_like(content[j + 1].text, 4):
        return "pair"
    return "title" if c.kind == SHORT else None


_TITLE_LIST_SEP = re.compile(r"\s+[·|•]\s+")


def _inline_titles(text: str) -> list[str] | None:
    """"Read also: Title one · Title two | Title three": several headlines behind one cue, set off by dots or bars.

    Every part must read as a headline of three words or more (no full stop, no time, no read-more cue), so
    that "Title | Summary." and "Title · 3 min read" keep their one-teaser reading.
    """
    m = _inline_match(text)
    rest = text[m.end():] if m else text
    if "·" not in rest and "|" not in rest and "•" not in rest:
        return None
    parts = [p.strip() for p in _TITLE_LIST_SEP.split(rest)]
    if len(parts) < 2:
        return None
    for p in parts:
        low = _norm(p)
        if not _title_like(p, 3, 20) or _TIMESTAMP.match(low) or _SHORT_CUE_N.search(low) or p[:1].isdigit() \
                or _STAT_LINE.match(p):  # ("Удари: 11 – 14 | Кутові: 3 – 7": a match's figures)
            return None
    return parts


def _inline_teaser(text: str) -> tuple[str, str]:
    m = _inline_match(text)
    rest = text[m.end():] if m else text
    fake = _Line(0, rest.strip())
    sp = _one_line_split(fake)
    if sp is not None and _ends_terminal(sp[1]):
        return _strip_title(sp[0]), sp[1]
    return _strip_title(rest), ""


def _headline_text(t: str) -> bool:
    """Reads like a headline rather than a list item: opens with a letter or a quote, ends with a word, no URL.

    ("5.5-inch display", "(Graphic: ... - here)", "1a etapa: 10 de março", "See you soon! 🙂" are items or notes.)
    """
    c, e = t[:1], t.rstrip(_CLOSERS)[-1:]
    return (c.isalpha() or c in "\"'“‘«„") and (e.isalnum() or e in "?!") and "http" not in t and "www." not in t


def _plain_glue(c: _Line) -> bool:
    """A glued split whose summary opens with an ordinary capitalised word ("The", "Lenders"), not "OS" of macOS."""
    sp = _one_line_split(c)
    if sp is None or not sp[0][-1:].isalnum() and sp[0][-1:] not in "?!\"”’»":
        return False
    w = sp[1].split(" ", 1)[0].rstrip(",.;:!?")
    return len(w) == 1 or (w[:1].isupper() and w[1:].islower())


# "Za 2 nov – Rommelmarkt Lombok, 10.00-16.00 uur", "Sat 2 Nov - Flea market ...": an events box, not stories
_AGENDA_ITEM = re.compile(r"^[^\W\d_]{2,3}\.?\s+\d{1,2}\.?\s+[^\W\d_]{3,4}\.?\s+[–—-]\s.*\d{1,2}[.:]\d{2}")


def _bare_title_runs(content: list[_Line], role: list[str], teasers: dict[int, tuple[str, str]], sf: int | None) -> None:
    """Three or more headlines in a row after the article (or on a page without one), with no header:
    a list of other stories. Inside the article such lines would be crossheads, which never come in threes.
    """
    N = len(content)
    last_body = N - 1
    while last_body >= 0 and role[last_body] != "body":
        last_body -= 1

    def ok(j: int) -> bool:
        c = content[j]
        return (
            not role[j] and j != sf and c.kind == SHORT and _title_like(c.text, 4, 20) and _lower_ratio(c.text) >= 0.3
            and _headline_text(c.text) and not _name_shaped(c) and not _AGENDA_ITEM.match(c.text)
        )

    j = last_body + 1
    while j < N:
        if not ok(j):
            j += 1
            continue
        run, k = [j], j + 1
        while k < N:
            m = k
            while m < N and content[m].kind == FILLER:
                m += 1
            if m < N and ok(m):
                run.append(m)
                k = m + 1
            else:
                break
        m = k
        while m < N and content[m].kind == FILLER:
            m += 1
        if len(run) >= 3 and not (m < N and content[m].kind == PROSE and not role[m]):
            for r in run:
                teasers[r] = (_strip_title(content[r].text), "")
                role[r] = "teaser"
        j = k


_NAME_PARTICLES = frozenset(_C["name_particles"])
_SOURCE_AFTER = re.compile(r"(?:\s+[-–—|·•]\s+([^-–—|·•()]{2,40})|\s*\(([^()]{2,40})\))$")


def _strip_sources(titles: list[str]) -> list[str]:
    """"Title - Reuters", "Titre (Le Monde)": a publisher after the headline, when the list does it at least twice."""
    if len(titles) < 2:
        return titles
    cut: list[int | None] = []
    for t in titles:
        tail = t[-46:]
        m = _SOURCE_AFTER.search(t, max(0, len(t) - 46)) if t[-1:] == ")" or " - " in tail or " – " in tail or \
            " — " in tail or " | " in tail or " · " in tail or " • " in tail else None
        name = (m.group(1) or m.group(2)).strip() if m else ""
        words = name.split()
        if len(words) > 1 and words[0] in _NAME_PARTICLES:
            words = words[1:]  # "de Volkskrant", "la Repubblica"
        if m is not None and words and len(words) <= 5 and _name_words(words) and _nwords(t[: m.start()]) >= 3:
            cut.append(m.start())
        else:
            cut.append(None)
    if sum(c is not None for c in cut) < 2:
        return titles
    return [t if c is None else t[:c].rstrip() for t, c in zip(titles, cut, strict=True)]


_TIME_TAIL = re.compile(r"(?:\u3000|\s{2,}|\s+[·|•–—-]\s+)([^\u3000·|•–—]{2,30})$")


def _strip_times(titles: list[str]) -> list[str]:
    """"Title　5月28日", "Title · 12:30": a date after the headline (set off by more than a space), when the list
    does it at least twice; a headline that ends in a date word ("... for May 28") keeps it."""
    if len(titles) < 2:
        return titles
    cut: list[int | None] = []
    for t in titles:
        m = _TIME_TAIL.search(t)
        ok = m is not None and m.start() >= 6 and bool(_TIMESTAMP.match(_norm(m.group(1))))
        cut.append(m.start() if m is not None and ok else None)
    if sum(c is not None for c in cut) < 2:
        return titles
    return [t if c is None else t[:c].rstrip() for t, c in zip(titles, cut, strict=True)]


_LABEL_HEAD = re.compile(r"^([^\W\d_][\w'’]*(?:\s[\w'’]+){0,3})\s?(?::|[\-–—|](?=\s))\s*(?=\S)")  # not "CDU-Chef"


def _strip_inline_labels(content: list[_Line], role: list[str], teasers: dict[int, tuple[str, str]]) -> None:
    """"Ye Bhi Padhein: Title" between paragraphs, twice: a read-also label in a language the cues do not know.

    Only for bare titles set between the article's paragraphs, and only when two different titles carry the
    same label: a list of "Fact check: ..." headlines keeps its kicker, and so does one title with a colon.
    """
    found: dict[str, list[tuple[int, int]]] = {}
    for j, (title, summary) in teasers.items():
        if summary or not 0 < j < len(content) - 1 or role[j - 1] != "body" or role[j + 1] != "body":
            continue
        m = _LABEL_HEAD.match(title)
        if m is not None and _nwords(title[m.end():]) >= 3:
            found.setdefault(m.group(1).lower(), []).append((j, m.end()))
    for hits in found.values():
        if len({teasers[j][0][e:] for j, e in hits}) >= 2:
            for j, e in hits:
                teasers[j] = (teasers[j][0][e:], "")


def _strip_ranks(titles: list[str]) -> list[str]:
    out = list(titles)
    nums: list[int | None] = []
    for t in titles:
        m = _RANK_PREFIX.match(t)
        nums.append(int(m.group(1)) if m else None)
    cjk = [int(m.group(1)) if (m := _CJK_RANK.match(t)) else None for t in titles]
    titles = list(titles)
    for i, n in enumerate(cjk):
        if n is not None and nums[i] is None and _nwords(titles[i]) >= 2 and (
                (i > 0 and cjk[i - 1] == n - 1) or (i + 1 < len(cjk) and cjk[i + 1] == n + 1)):
            titles[i] = out[i] = titles[i][len(str(n)):]
    for i, t in enumerate(titles):
        m = _RANK_PREFIX.match(t)
        if not m:
            continue
        sep = t[m.start(1) + len(m.group(1)):m.end()]
        n = nums[i]
        seq = n is not None and ((i > 0 and nums[i - 1] == n - 1) or (i + 1 < len(nums) and nums[i + 1] == n + 1))
        if sep.strip() in (".", ")", "-", "–", "—", "|", "·") and (seq or sep.strip() in (".", ")")) or seq:
            rest = t[m.end():]
            if _nwords(rest) >= 2:
                out[i] = rest
    return out


_LONG_WORD = re.compile(r"\w{5,}")


@lru_cache(maxsize=2048)
def _lead_keys(text: str) -> tuple[tuple[str, ...], int]:
    """A cheap gate before token sets: a repeat of the lead keeps several of its ten longest words."""
    found = set(_LONG_WORD.findall(text.lower()))
    if len(found) < 10:
        return (), 0  # no gate: the token sets decide
    ws = sorted(found)
    ws.sort(key=len)  # stable: ties stay alphabetical, so the choice does not depend on hashing
    return tuple(ws[-10:]), 3


def _find_repeat(content: list[_Line]) -> int | None:
    """The line that repeats one of the first paragraphs (exact, with typos, cut short, reworded)."""
    longs = [j for j, c in enumerate(content) if c.kind in (PROSE, SHORT) and c.n >= 8]
    if len(longs) < 2:
        return None
    # the lead is among the first paragraphs; teasers placed above the article must not crowd it out
    leads: list[int] = []
    for j in longs:
        c = content[j]
        sp = _one_line_split(c) if c.n >= 12 and c.kind == PROSE and c.n <= 45 else None
        if c.n >= 12 and c.kind == PROSE and (c.n > 45 or sp is None or c.score < 0.5 or (
                c.n >= 20 and c.text[len(sp[0]):].lstrip()[:1] == ":")  # "... einstellen: Die Werke ...": a lead
                or (c.n >= 25 and any(content[k].text[:24] == c.text[:24] and content[k].kind == PROSE
                                      and content[k].text != c.text for k in (j - 1, j + 1) if 0 <= k < len(content)))):
            # (a long line with its copy next to it is a lead and its standfirst, whatever dash it holds)
            leads.append(j)
            if len(leads) == 5:
                break
    best: tuple[int, int] | None = None
    # a repeat sits next to the lead or at either end of the page (an aggregator's summary line above the
    # headline); exact copies count wherever they are
    is_long = set(longs)
    tail = longs[-4:]
    if leads and (longs[0] < leads[0] or (
            longs[0] == leads[0] and len(leads) > 1 and leads[1] - leads[0] >= 3
            and content[leads[0] + 1].kind == SHORT and _title_like(content[leads[0] + 1].text, 3, 22))):
        tail = [longs[0], *tail]  # (or the page's first paragraph over the headline: the lead's copy above it)
    copies: dict[str, list[int]] = {}
    texts = [content[j].text for j in longs]
    if len(set(texts)) < len(texts):  # exact copies are rare: index them only when there are some
        for j, t in zip(longs, texts, strict=True):
            copies.setdefault(t, []).append(j)
    for a in leads:
        na = content[a].n
        ta = content[a].text
        dups = [b for b in copies.get(ta, ()) if b != a] if copies else []
        if dups and _over_read_more(content, a) and all(_over_read_more(content, b) for b in dups):
            continue  # a card shown twice, each time over its "Read more »": no lead and its copy
        if len(dups) > 1:
            continue
        near = [b for b in range(a - 2, a + 3) if b in is_long]
        for b in (a - 4, a - 3, a + 3, a + 4):  # further off only over a date, a byline or a caption
            if b in is_long and all(content[m].kind in (FILLER, BOILER) for m in range(min(a, b) + 1, max(a, b))):
                near.append(b)
        near += tail
        seen = set(dups)
        lo, hi = 0.4 * na, 2.5 * na
        sa = _tokset(ta)
        la = len(sa)
        ascii_a = ta.isascii()  # (two ASCII lines have no accent gap: the common case, without a call)
        for b in near:
            cut = content[b].n >= 8 and content[b].n < na and (content[b].text[:30] == ta[:30] or _after_dateline(ta, content[b].text))
            if b == a or b in seen or not (lo <= content[b].n <= hi or cut):
                continue  # (a copy cut short to a third of the lead still opens with the lead's own words)
            seen.add(b)
            tb = content[b].text
            if (len(tb) > len(ta) + 8 and _card_of(tb, ta)) or (len(ta) > len(tb) + 8 and _card_of(ta, tb)):
                continue  # "Title - <the line>": a card shown twice (once as title + summary lines), not a repeat
            # _repeats inlined (the hot loop of the page): token-set near copy, then the lead-keys gate
            sb = _tokset(content[b].text)
            lb = len(sb)
            if la < 6 or lb < 6:
                continue
            inter = len(sa & sb)
            folded = False
            if inter / min(la, lb) < 0.7 and abs(a - b) <= 2 and 0.6 * len(ta) < len(tb) < 1.4 * len(ta) \
                    and not (ascii_a and tb.isascii()) and _accent_gap(ta, tb):
                # a copy typed without the language's letters ("Turkiye Futbol Federasyonu ... yabanci oyuncu",
                # "Muenchen"): compare both with the accents folded away, one way or the other
                inter, folded = max(len(_tokset(_fold(ta)) & _tokset(_fold(tb))),
                                    len(_tokset(_fold(ta, True)) & _tokset(_fold(tb, True)))), True
            if inter / min(la, lb) < 0.7 or (inter / max(la, lb) < 0.4 and not cut):
                continue
            if folded:
                ok = False
                for de in (False, True):
                    keys, need = _lead_keys(_fold(ta, de))
                    ok = ok or not need or sum(map(_fold(tb, de).lower().__contains__, keys)) >= need
                if not ok:
                    continue
            else:
                keys, need = _lead_keys(ta)
                if need and sum(map(tb.lower().__contains__, keys)) < need:
                    continue
            dups.append(b)
            if len(dups) > 1:
                break
        if len(dups) == 1:  # a standfirst repeats the lead once; three copies are something else
            b = dups[0]
            best = (min(a, b), max(a, b))
            break
    if best is None:
        got = _paraphrase_at_end(content, longs, leads)
        if got is None:
            got = _paraphrase_at_start(content, leads)
        return got if got is not None else _paraphrase_after_lead(content, leads)
    a, b = best
    ta, tb = content[a].text, content[b].text
    if ta == tb:
        return b
    d = a + 1
    if d < b and content[a].kind == SHORT and not _ends_terminal(ta) and content[d].kind in (SHORT, PROSE) \
            and content[d].n >= 8 and _sentence_like(content[d].text, 8) and _one_line_split(content[d]) is None \
            and not (content[d].kind == SHORT and content[d].n < content[a].n and not _ends_terminal(content[d].text)):
        return d  # the headline repeats the lead's words; the line under it is the deck
        # (a shorter unpunctuated line under it is the headline, and the long line over it the lead's cut copy)
    ea, eb = _ends_terminal(ta), _ends_terminal(tb)
    if ea != eb:
        if not ea and b == a + 1 and ta[:30] != tb[:30] and _title_like(ta, 3, 22) and not _headline_over(content, a):
            # the headline over a line that shares its words: over a byline or a date and the lead, that line is
            # the deck ("Intempéries : le Gard ... en vigilance rouge" / "Le Gard et l'Hérault sont placés ...");
            # else it is the lead, and the page has no copy of it
            return b if _body_after_meta(content, b + 1) else None
        return b if ea else a
    if b - a >= 2 and b + 1 < len(content) and content[b + 1].kind == PROSE and all(
            content[k].kind not in (PROSE, SHORT) for k in range(a + 1, b)):
        return a  # copy, byline/date/caption, then the copy that runs on into the article: the first is the deck
    la_, lb_ = sum(ord(ch) > 127 and ch.isalpha() for ch in ta), sum(ord(ch) > 127 and ch.isalpha() for ch in tb)
    if min(la_, lb_) == 0 and max(la_, lb_) >= 3:
        return b if lb_ == 0 else a  # the copy typed without the language's letters ("Muenchen") is the repeat
    if len(ta) != len(tb):
        return a if len(ta) < len(tb) else b
    return b


def _over_read_more(content: list[_Line], k: int) -> bool:
    """Is the line at k followed (past fillers) by a read-more line?"""
    k += 1
    while k < len(content) and content[k].kind == FILLER:
        k += 1
    return k < len(content) and content[k].kind == READMORE


def _after_dateline(lead: str, copy: str) -> bool:
    """Does the copy open where the lead's text opens past its dateline ("Rzeszów, 12 maja 2025 r. – Spółka ...")?"""
    k = lead.find(copy[:30], 0, 90)
    if k <= 0 or lead[k - 1] != " " or lead[:k].rstrip()[-1:] not in "-–—:.":
        return False
    head = copy.rstrip(" .…")
    return lead.startswith(head, k) or lead[k:k + 60] == copy[:60]  # (a headline opening on the lead's words parts sooner)


_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"})
_FOLD_EXTRA = str.maketrans({"ı": "i", "İ": "I", "ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ß": "ss"})


def _accent_gap(a: str, b: str) -> bool:
    """One line has far fewer non-ASCII letters than the other (a copy typed without them): worth folding both."""
    xa, xb = _extra_bytes(a), _extra_bytes(b)
    return min(xa, xb) == 0 and max(xa, xb) >= 3  # (both memoised: most pairs stop here)


@lru_cache(maxsize=4096)
def _extra_bytes(s: str) -> int:
    """Non-ASCII letters (not quotes or dashes, which a copy keeps)."""
    return sum(1 for ch in s if ch > "\x7f" and ch.isalpha())


@lru_cache(maxsize=2048)
def _fold(s: str, umlauts: bool = False) -> str:
    """Accents off ("Türkiye" -> "Turkiye", "acıkladı" -> "acikladi"; with umlauts "München" -> "Muenchen"): a copy
    typed without them still matches."""
    if umlauts:
        s = s.translate(_UMLAUTS)
    return "".join(ch for ch in unicodedata.normalize("NFKD", s.translate(_FOLD_EXTRA)) if not unicodedata.combining(ch))


def _card_of(line: str, summary: str) -> bool:
    """Is line "Title - summary" (any strong separator) for this summary?"""
    if len(line) <= len(summary) + 8 or not line.endswith(summary):
        return False
    head = line[: -len(summary)].rstrip()
    h = head.rstrip(" .-—–:|")
    if _wire_lead(line) or ("(" in h and h.endswith(")")) or _DATELINE.match(h) or _caps_dateline(h) or (
            (_DIGIT.search(h) or "," in h) and _place_date(h)):
        return False  # "MADRID, 14 jun (EFE).- <the lead>", "OSLO, Nov 5 - <the lead>": a dateline, not a card's title
    return head.endswith(("-", "—", "–", "|", ":"))


def _paraphrase_at_end(content: list[_Line], longs: list[int], leads: list[int]) -> int | None:
    """A one-sentence rewording of the lead closing the page (a summary line appended after the article).

    Looser than a copy: half of its words are the lead's and three of the lead's ten longest words come
    back. Article paragraphs share at most about 40% of their words with the lead, and the line must be
    the last one of the page and come after at least two other paragraphs.
    """
    if not leads or len(longs) < 4:
        return None
    b = longs[-1]
    c, a = content[b], leads[0]
    if c.kind != PROSE or not 8 <= c.n <= 35 or b - a < 3:
        return None
    for k in range(b + 1, len(content)):
        if content[k].kind == PROSE:
            return None
    ta, tb = _tokset(content[a].text), _tokset(c.text)  # both usually built already by the copy search
    inter = len(ta & tb)
    if inter < 6 or inter / min(len(ta), len(tb)) < 0.5 or inter / max(len(ta), len(tb)) < 0.3:
        return None
    if _SENT_BREAK.search(c.text) or any(content[k].text == c.text for k in longs[:-1]):
        return None  # two sentences are a paragraph; exact copies are _find_repeat's business
    keys, need = _lead_keys(content[a].text)
    low = c.text.lower()
    return b if need and sum(k in low for k in keys) >= need else None


def _paraphrase_at_start(content: list[_Line], leads: list[int]) -> int | None:
    """A one-sentence rewording of the lead as the page's first line, above the section label and headline.

    Pages flattened with their meta description first; the chrome (two short lines or more) must stand
    between it and the lead, and it shares half of its words and two of the lead's ten longest words.
    """
    if len(leads) < 2 or leads[0] != 0:
        return None
    c, a = content[0], leads[1]
    if c.kind != PROSE or not 8 <= c.n <= 35 or a < 3 or _SENT_BREAK.search(c.text):
        return None
    if any(content[k].kind == PROSE for k in range(1, a)) or content[1].kind not in (SHORT, HEADER, NAV):
        return None
    ta, tb = _tokset(content[a].text), _tokset(c.text)
    inter = len(ta & tb)
    if inter < 6 or inter / min(len(ta), len(tb)) < 0.5 or inter / max(len(ta), len(tb)) < 0.3:
        return None
    keys, need = _lead_keys(content[a].text)
    low = c.text.lower()
    return 0 if need and sum(k in low for k in keys) >= 2 else None


_FIGURE = re.compile(r"\d+(?:[.,\u00a0 ]\d+)*")


def _figures(t: str) -> set[str]:
    """The numbers of a line, separators dropped ("1 300" and "1300" are one figure)."""
    return {re.sub(r"\D", "", m) for m in _FIGURE.findall(t)}


def _paraphrase_after_lead(content: list[_Line], leads: list[int]) -> int | None:
    """A one-sentence rewording of the lead right under it, the article going on after it.

    What tells a restatement from the second paragraph is what it adds: it keeps half of its words from the
    lead, shares far fewer with the paragraph after it, is shorter than the lead and brings no figure the lead
    lacks (a second paragraph that reuses the lead's words usually does so to add numbers). The lead may open
    the page (a seed-style page starts on it; round 38). The mirror case, a
    shorter rewording right over the lead, is left alone: on a page without a headline it has the shape of a
    one-sentence lead over the paragraph that develops it (test_split_review8).
    """
    for i, a in enumerate(leads[:3]):  # (cards' summaries above the article come first on a cluster page)
        if _restates(content, a + 1, a, loose=i == 0):
            return a + 1
    return None


def _restates(content: list[_Line], j: int, lead: int, loose: bool = False) -> bool:
    """Is line j, next to the lead, a shorter one-sentence rewording of it that adds nothing? (loose: also a freer
    rewording, under the page's first lead only)"""
    k = max(j, lead) + 1  # (the first line after the two)
    if k + 1 > len(content):
        return False
    c, ld = content[j], content[lead]
    if c.kind not in (PROSE, SHORT) or not 12 <= c.n <= 35 or not 0.35 * ld.n <= c.n <= 0.9 * ld.n \
            or _SENT_BREAK.search(c.text) or c.text[:1] in _OPENERS or c.text.rstrip().endswith((":", "：")):
        return False  # (a quote that echoes the lead is the article's, review 10)
    follow = [m for m in range(k, min(k + 4, len(content))) if content[m].kind == PROSE]
    heads = [m for m in range(k, follow[0]) if content[m].kind == SHORT] if follow else []
    if len(follow) < 2 or any(content[m].n > 6 or _ends_terminal(content[m].text) for m in heads) or (
            heads and c.n > 0.7 * ld.n):
        return False  # the article goes on under the two (past a caption, a date or a crosshead at most; over a
        # crosshead only a clear shortening, not a second paragraph adding to the lead, review 15)
    tc = _tokset(c.text)
    inter = len(tc & _tokset(ld.text))
    if inter < 8 or inter / len(tc) < 0.5:
        return loose and _rewords(c, ld, content[follow[0]])
    if len(tc & _tokset(content[follow[0]].text)) / len(tc) > inter / len(tc) - 0.2:
        return False  # as close to the next paragraph as to the lead: the article's thread, not a restatement
    return len(_figures(c.text) - _figures(ld.text)) <= 1  # ("three kilometres" restated as "3 km"; a second
    # paragraph reusing the lead's words to add figures adds several)


_SPEECH_VERBS = frozenset(_C["speech_verbs"])


def _content_words(s: str) -> frozenset[str]:
    """Words of four letters or more, and figures: what a rewording keeps when it changes the small words."""
    return frozenset(w for w in _tokset(s) if len(w) > 3 or w.isdigit())


def _rewords(c: _Line, ld: _Line, nxt: _Line) -> bool:
    """A freer rewording under the lead ("A causa della siccità, la società idrica di Palermo ha deciso di distribuire
    l'acqua a turni in 40 quartieri ..." under "Da lunedì prossimo l'acqua arriverà a turni in quaranta quartieri di
    Palermo. Lo ha deciso l'azienda ..."): a third of its content words from the lead, clearly shorter than it, far
    closer to it than to the paragraph after it, and no figure of its own beyond one restated."""
    if c.n > 0.8 * ld.n or c.n > 32 or not _ends_terminal(c.text):
        return False  # (a caption under the lead has no full stop)
    if any(w.strip(_PUNCT) in _SPEECH_VERBS for w in c.text.lower().split()[:6]):
        return False  # "The council said the pool would reopen ...": who said it first, the article's second paragraph
    wc = _content_words(c.text)
    if len(wc) < 8:
        return False
    shared = len(wc & _content_words(ld.text))
    if shared < 4 or shared < 0.3 * len(wc):
        return False
    if len(wc & _content_words(nxt.text)) > 0.5 * shared:
        return False  # it shares with the next paragraph too: the article's thread, not a restatement
    lead_low = ld.text.lower()
    if sum(1 for w in c.text.split()[1:] if w[:1].isupper() and w.strip(_PUNCT).lower() not in lead_low) >= 2:
        return False  # "... in Denmark and Spain", "... PSOE y Sumar": names the lead lacks, new facts
    return len(_figures(c.text) - _figures(ld.text)) <= 1


def _lead_with_dash(content: list[_Line], j: int) -> bool:
    """"Exports hit a record — 112 million bottles were sold, 7 % more. The agency said so.": under the caption
    or the date, a dash and two sentences after it make the article's first paragraph, not a card."""
    sp = _one_line_split(content[j])
    if sp is None or not _SENT_BREAK.search(sp[1]):
        return False
    k = j - 1
    while k >= 0 and content[k].kind == FILLER:
        k -= 1
    return k >= 0 and content[k].kind in (BOILER, FILLER)


def _teaser_shaped(c: _Line) -> bool:
    """A one-line "Title | Summary." (glued or set off by a strong separator, not a colon)."""
    if c.n > 45:
        return False
    sp = _one_line_split(c)
    if sp is None or c.score < 1.0 or not _ends_terminal(sp[1]) or (c.n >= 30 and _DATED_OPENING.match(sp[0])):
        return False  # ("Sáng 15/3, UBND TP HCM khởi công ... Bến Thành - Tham Lương ...": a lead opens on its date)
    return c.text[len(sp[0]):].lstrip()[:1] != ":"


_DATED_OPENING = re.compile(r"(?:[^\W\d_]+\s){0,2}\d{1,2}[/.]\d{1,2}(?:[/.]\d{2,4})?,\s")


# reading or listening time ("4 min read", "Tempo de leitura: 3 min", "Artikel anhören")
_has_reading_word = _any_in(("listen", "read", "lecture", "lectura", "lese", "leitura", "lettura", "leestijd", "lästid",
                             "anhören", "ascolta", "escuchar", "écouter", "ouvir", "читање", "чтени", "четене", "czytania",
                             "čtení", "čítania", "okuma", "olvasás", "lectură", "lukuaika", "læsetid", "lesetid", "bacaan",
                             "đọc", "pagbasa", "kusoma", "ανάγνωση", "קריאה", "قراءة", "पढ़"))


def _team_byline(t: str) -> bool:
    """"Uredništvo Novice24": a newsroom word and a name of one or two capitalised words."""
    ws = t.split()
    return 2 <= len(ws) <= 3 and ws[0].lower() in _TEAM_BYLINES and all(w[:1].isupper() or w[:1].isdigit() for w in ws[1:])


def _between_headline_and_lead(t: str) -> bool:
    """Boilerplate that sits between a headline, its deck and the lead: bylines, captions, dates, reading time."""
    low = _norm(t)
    return bool(
        _BYLINE.match(t) or _PHOTO.search(low) or _TIMESTAMP.match(low) or _DATELINE.match(t) or _ROLE_CREDIT.match(t)
        or _REPORTERS.match(t) or _team_byline(t)
        or low.startswith(_LABELLED_CAPTION)
        or (t[-1:].isupper() and _AGENCY_TAIL.search(t, max(0, len(t) - 40)) is not None)
        or (_SHORT_CUE_N.search(low) and _has_reading_word(low))
    )


_SOURCE_PREFIXES = tuple(_C["source_prefixes"])


def _source_line(c: _Line) -> bool:
    """"TT", "Lusa", "Madrid | EFE": an agency or place line between a deck and the lead."""
    if c.kind == NAV:
        return c.n <= 4
    return c.kind == SHORT and c.n <= 3 and not _ends_terminal(c.text) and _starts_upper(c.text)


_WIRE_LEAD = re.compile(r"^([A-ZÀ-ÖØ-Þ][^()\n]{1,40})\([A-Za-z][\w.\-/ ]{0,20}\)\s*(?:\.?[-–—:]+\s*|\s)(?=\S)")


_WIRE_LEAD_CJK = re.compile(r"^(?:[\u4e00-\u9fff]{2,14}\d{1,2}月\d{1,2}日(?:电|訊|讯)|【[^】]{1,12}】|\([^)]{1,12}=[^)]{1,8}\)|（[^）]{1,12}=[^）]{1,8}）)")


def _wire_lead(t: str) -> bool:
    """"BERLIN (dpa) - ...", "Tel Aviv (AFP) Israel hat ...", "Fráncfort, 18 dic (EFE).- ...": a wire story's first line
    ("新华社福州9月28日电", "【ワシントン共同】", "(서울=연합뉴스)" in scripts without capitals)."""
    if (t[:1] in "【(（" or "\u4e00" <= t[:1] <= "\u9fff") and _WIRE_LEAD_CJK.match(t):
        return True
    m = _WIRE_LEAD.match(t)
    return m is not None and m.group(1).count(" ") <= 5 and t[m.end()][:1] not in ",;"




_PLAYER = re.compile(r"^(?:" + _alt(_C["player_words"]) + r")\b")  # "Play episode", "Listen"


# a lead's own dateline: "Heilbronn. Der Getriebehersteller ...", "PALERMO – Da lunedì ...", "MADRID, 14 jun - ..."
# (a place of four letters or more, so "Ms. Okafor" and "Dr. Ito" are no places)
_DATELINE_OPEN = re.compile(
    r"^(?:[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’]{3,}(?:-[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’]+)*\.\s(?=[A-ZÀ-ÖØ-Þ„«\"])"
    r"|[A-ZÀ-ÖØ-Þ]{3,}(?:[ -][A-ZÀ-ÖØ-Þ]{2,}){0,2}(?:,[^–—\-]{2,30})?\s?[–—-]\s)")


_TITLE_ABBR = frozenset(_C["title_abbreviations"])


def _deck_over_dateline(content: list[_Line], body_idx: list[int]) -> bool:
    """A one-sentence first paragraph over the paragraph that carries the story's dateline ("Heilbronn. Der ...",
    "PALERMO – ..."), under a headline, with only meta lines between them: the dateline opens the article, so the
    line above it is the deck (tickers, captions or nothing between)."""
    f, g = body_idx[0], body_idx[1]
    c, ld = content[f], content[g]
    if c.n < 8 or c.n > 35 or _SENT_BREAK.search(c.text) or not (_DATELINE_OPEN.match(ld.text) or _wire_lead(ld.text)):
        return False
    if _DATELINE_OPEN.match(c.text) or _wire_lead(c.text) or ld.n <= c.n:
        return False
    if ld.text.split(".", 1)[0].lower() in _TITLE_ABBR:
        return False  # "Prof. Dr. Michael Brandt ...", "Capt. Sarah Moore, ...": a title before a name, no place
    return all(content[k].kind in (FILLER, BOILER) for k in range(f + 1, g)) and any(
        content[k].kind == SHORT and _title_like(content[k].text, 3, 24) for k in range(max(0, f - 4), f))


def _deck_with_full_stop(content: list[_Line], role: list[str], body_idx: list[int]) -> int:
    """Headline, one-sentence deck, then byline/date/caption/source, then the lead: the deck is not the lead.

    With nothing between them, a short one-sentence line under the headline followed by a longer
    paragraph is a deck too: leads run to 25-40 words, decks to 10-22. Returns 2 when meta lines (or a
    wire lead) mark it, 1 on length alone (weaker than a deck line found above it), 0 for no deck.
    """
    if len(body_idx) < 2:
        return 0
    f = body_idx[0]
    c = content[f]
    if c.n > 45 or f == 0 or _bulleted(c.text):
        return 0
    brk = _SENT_BREAK.search(c.text)
    brk2 = _SENT_BREAK.search(c.text, brk.end()) if brk else None
    if brk2 and (c.n > 40 or _SENT_BREAK.search(c.text, brk2.end())):
        return 0  # three long sentences or four: a paragraph (a broadcaster's deck runs to three short ones)
    if _deck_over_dateline(content, body_idx):
        return 2
    h = f - 1
    if h > 0 and content[h].kind in (HEADER, SHORT, FILLER) and content[h].n <= 2 and not _ends_terminal(content[h].text) \
            and role[h] in ("", "boiler"):
        if _DIGIT.search(content[h].text):
            return 0  # a time over it ("12:45 GMT"): the first entry of a live blog, not a deck
        h -= 1  # a label over the deck ("L'essentiel", "In short")
    if h > 0 and content[h].kind == BOILER and not role[h] and (
            _PHOTO.search(_lower(content[h].text)) or (content[h].n <= 4 and not _ends_terminal(content[h].text)
                                                        and not _BYLINE.match(content[h].text)
                                                        and not _ROLE_CREDIT.match(content[h].text))):
        h -= 1  # the lead photo's caption between the headline and the deck, or a tool line ("字号：大 中 小", "Share")
    dated = False
    if h > 0 and content[h].kind == FILLER and not role[h] and content[h - 1].kind == SHORT:
        h -= 1  # "Headline / 27 January 2026 · 38 min / deck": only with meta lines under the deck (below)
        dated = True
    if role[h] or not (content[h].kind == SHORT or _title_question(content[h])) or not (_title_like(content[h].text, 3, 20) or (
            _title_like(content[h].text, 3, 24) and not (h > 0 and content[h - 1].kind in (FILLER, BOILER)))):
        # (a long headline stands over the meta lines; a long unpunctuated line under them is a caption, review 17)
        return 0  # no headline right above it
    if h > 0 and content[h - 1].kind == FILLER and _SHORT_TIME.match(content[h - 1].text):
        return 0  # "09:42 / Power cuts reach 48,000 homes / entry": a live blog's entry under its time, not a deck
    g = body_idx[1]
    if _wire_lead(content[g].text) and brk2 is None:
        return 2  # "Tel Aviv (AFP) Israel hat ...": the wire copy starts below it, so it is the deck
    if brk2 is not None and not any(_BYLINE.match(content[k].text) for k in range(f + 1, g)):
        return 0  # (three sentences make a deck only over a byline: "Correctie: ... Dat moet 12 miljoen zijn. ..." is not)
    between = range(f + 1, g)
    meta = [
        k for k in between
        if content[k].kind == FILLER or (content[k].kind == BOILER and _between_headline_and_lead(content[k].text))
        or _source_line(content[k])  # "ČTK | 1. 12. 2025 11:30": a source and date line is meta too
    ]
    if dated:  # "Headline / date / deck": a byline or a player under it tells a deck from a lead over an ad slot
        return 2 if any(
            _BYLINE.match(content[k].text) or (content[k].kind == BOILER and _PLAYER.match(content[k].text.lower()))
            or _agency_byline(content[k].text)  # "Petr Kolář, ČTK": a name and its agency
            for k in range(f + 1, g)
        ) else 0
    if brk or c.n > 35:  # a two-sentence or long deck needs a byline or a date before the lead, not just a caption
        return 2 if any(_BYLINE.match(content[k].text) or content[k].kind == FILLER for k in meta) else 0
    if meta:
        return 2
    return 1 if g == f + 1 and 10 <= c.n <= 22 and content[g].n > c.n and c.kind == PROSE else 0


def _agency_byline(t: str) -> bool:
    """"Petr Kolář, ČTK", "Ana Ruiz, EFE": two or three capitalised names and an agency's upper-case initials."""
    name, sep, agency = t.partition(", ")
    ws = name.split()
    return bool(sep) and 2 <= len(ws) <= 3 and all(w[:1].isupper() and w.isalpha() for w in ws) \
        and 2 <= len(agency) <= 6 and agency.isalpha() and agency.isupper()


def _question_headline(content: list[_Line], body_idx: list[int]) -> bool:
    """The first "paragraph" is a one-question headline: its deck right under it, then a byline or a date, then the lead."""
    f, d, g = body_idx[0], body_idx[1], body_idx[2]
    if d != f + 1 or g == d + 1 or not _title_question(content[f]) or not _title_like(content[f].text, 3, 16):
        return False
    meta = range(d + 1, g)
    return all(content[k].kind in (FILLER, BOILER) for k in meta) and any(
        (content[k].kind == FILLER and _DIGIT.search(content[k].text)) or _BYLINE.match(content[k].text) for k in meta)


def _headline_as_paragraph(content: list[_Line], body_idx: list[int]) -> bool:
    """"Havn bygger anlæg for 140 mio. kr." over a lead three times its length, and no other headline above: the
    page's headline, read as a paragraph because an abbreviation (or a question mark) ends it."""
    f, g = body_idx[0], body_idx[1]
    c = content[f]
    if g != f + 1 or c.n > 16 or _SENT_BREAK.search(c.text) or not _title_like(c.text, 3, 16) \
            or content[g].n < 2.5 * c.n or not _ends_terminal(c.text):
        return False
    return f > 0 and not any(content[k].kind in (SHORT, PROSE) and _title_like(content[k].text, 3, 22) for k in range(f))


def _deck_over_byline(content: list[_Line], role: list[str], first_body: int) -> int | None:
    """Headline, deck, byline: the deck, however many captions and credits stand between the byline and the lead.

    Walks up from the lead over short lines (captions, credits, dates) to the byline; the line above it is the
    deck when a shorter headline stands right above that.
    """
    j = first_body - 1
    byline = False
    if j < 2:
        return None
    while j > 1 and not role[j]:
        c = content[j]
        if (c.kind == BOILER and _BYLINE.match(c.text)) or (
                _name_line(c) and content[j - 1].kind in (SHORT, PROSE) and content[j - 1].n >= 18):
            byline = True  # ("Анна Белова" alone under the deck, her title and the date under her name)
        elif c.kind not in (FILLER, BOILER) and not (c.kind == SHORT and c.n <= 12 and not byline):
            break
        j -= 1
    c, h = content[j], content[j - 1]
    if (
        not byline or role[j] or role[j - 1] or c.kind not in (SHORT, PROSE) or not 18 <= c.n <= 45
        or h.kind != SHORT or not _title_like(h.text, 4, 20) or 2 * h.n > c.n  # decks run long, headlines short
        or not _starts_upper(c.text) or _lower_ratio(c.text) < 0.5 or c.text.endswith((":", "：")) or _bulleted(c.text)
    ):
        return None
    return j


def _find_deck(content: list[_Line], role: list[str], first_body: int) -> int | None:
    """The line under the headline that sums the story up (dek), when there is one.

    A deck sits right under the headline, before the byline and the date; a line that comes after them
    is a photo caption. A lone candidate with a byline or date between it and the lead is the headline.
    """
    got: list[int] = []
    skipped = [False, False]  # boilerplate skipped before the first candidate / between the two
    j = first_body - 1
    while j >= 0 and len(got) < 2:
        c = content[j]
        if role[j] == "teaser":
            break
        if c.kind == FILLER or (c.kind == BOILER and _between_headline_and_lead(c.text)) or (
            not role[j] and c.kind == SHORT and _REPORTERS.match(c.text)) or (
            not got and not role[j] and _source_line(c) and _name_shaped(c)
            and (skipped[0] or (j > 0 and _ends_terminal(content[j - 1].text) and _sentence_like(content[j - 1].text, 6)))
        ):  # "Europa Press" over a date line: the agency line under a deck is meta like the date
            skipped[len(got)] = True
            j -= 1
            continue
        if c.kind in (SHORT, PROSE) and c.n >= 3 and not role[j]:
            got.append(j)
            j -= 1
            continue
        break
    if not got:
        return None
    d = got[0]
    c = content[d]
    if not _starts_upper(c.text) or _lower_ratio(c.text) < 0.3 or c.text.endswith((":", "：")) or _bulleted(c.text):
        return None  # a line ending in a colon introduces what follows, a bulleted line is a list item: no deck
    if _PAREN_END.search(c.text[-40:]) and c.text.rstrip()[-1:] == ")":
        return None  # "... in Dubai. (Archive)": the lead photo's caption
    if c.text.count("(") >= 2 and len(_PAREN_NUM.findall(c.text)) >= 2:
        return None  # "Buts : Diallo (34e) pour Annecy ; Mbemba (58e) ...": a match sheet, not a deck
    if len(got) == 2 and c.n >= 6 and not skipped[1] and not (content[got[1]].n <= 3 and (
            c.n <= 10 or (c.n <= 16 and not _ends_terminal(c.text) and _lower_ratio(content[got[1]].text) == 0.0)
    )) and not (  # ("Science & Tech" over a 12-word line is a section label over the headline)
            _section_label(content[got[1]])):
        return d  # under a headline; a label of a few words over a short line ("The big picture") makes it the headline
        # ("Serie C - Girone B" over the line is a section label: that line is the headline)
    if len(got) == 1 and c.n >= 15 and c.n <= 45 and not skipped[0]:
        return d
    return None


# a reporter and where she files from: "Antoine Lefebvre, à Reims", "Jane Doe, in Nairobi" (a byline, no title)
_CORRESPONDENT = re.compile(
    r"^[A-ZÀ-ÖØ-Þ][\w'’\-]+(?: [A-ZÀ-ÖØ-Þ][\w'’\-]+){1,2}, (?:à|in|en|a|em|aus|from|dari|z|ze|из|από) [A-ZÀ-ÖØ-Þ][\w'’\-]+$")


def _filler_title_runs(content: list[_Line], role: list[str], teasers: dict[int, tuple[str, str]], sf: int | None) -> None:
    """Bare titles each with its own time/source line ("Cinco Días · hace 3 h" above or "2 hours ago" below),
    at least twice in a row: a list of other stories even without a header. A headline has one date line,
    not a rhythm of them. An item may carry a one-sentence summary under its title (a cluster's lead story).
    """
    N = len(content)

    def is_title(j: int) -> bool:
        return not role[j] and j != sf and content[j].kind == SHORT and _title_like(content[j].text, 3, 20) \
            and not _CORRESPONDENT.match(content[j].text)

    def unit_end(j: int) -> int:
        """The item's last line: its summary when one short sentence stands under a headline of 5+ words."""
        k = j + 1
        if k < N and k != sf and not role[k] and content[j].n >= 5:
            c = content[k]
            if c.kind == PROSE and _sentence_like(c.text, 5) and _short_summary(c) and _one_line_split(c) is None:
                return k
        return j

    j = 0
    while j < N:
        if not is_title(j):
            j += 1
            continue
        run, ends, k = [j], [unit_end(j)], unit_end(j) + 1
        while True:
            m = k
            while m < N and content[m].kind in (FILLER, READMORE):
                m += 1
            if m > k and content[k].kind == FILLER:  # a source name above the next title: "2 hours ago / Reuters / Title"
                while m < N and m < k + 3 and _name_shaped(content[m]) and not role[m]:
                    m += 1
            if m == k or m >= N or not is_title(m):
                break
            run.append(m)
            ends.append(unit_end(m))
            k = ends[-1] + 1
        # every title has its filler on the same side; an end that breaks the rhythm is left out
        # (when each side leaves one end out, the shorter line goes: list headers are short)
        end_of = dict(zip(run, ends, strict=True))
        fb = [r for r in run if r > 0 and content[r - 1].kind == FILLER]
        fa = [r for r in run if end_of[r] + 1 < N and content[end_of[r] + 1].kind == FILLER]
        if len(fb) != len(fa):
            keep = fb if len(fb) > len(fa) else fa
        else:
            keep = fb if fb == fa or content[run[0]].n < content[run[-1]].n else fa
        if len(keep) >= 2 and sum(end_of[r] == r for r in keep) >= 1:  # at least one bare title: not headline + lead pairs
            for r in keep:
                e = end_of[r]
                teasers[r] = (_strip_title(content[r].text), content[e].text if e != r else "")
                role[r] = "teaser"
                if e != r:
                    role[e] = "teaser"
        j = ends[-1] + 1


def _clock_title_runs(content: list[_Line], role: list[str], teasers: dict[int, tuple[str, str]], sf: int | None) -> None:
    """Titles that each open with a clock time ("13:45 Brand in flat onder controle"), at least two in a row:
    a news ticker even without a header. Live-blog entries with a time are sentences, not titles.
    """
    cand = [j for j, c in enumerate(content) if c.kind == SHORT and ("0" <= c.text[:1] <= "9" or c.text[:1] in "kg")
            and not role[j] and j != sf]
    if len(cand) < 2:
        return
    items = []
    for j in cand:
        m = _CLOCK_PREFIX.match(content[j].text)
        if m and _title_like(content[j].text[m.end():], 3, 20):
            items.append(j)
    run: list[int] = []
    for j in [*items, -2]:  # the sentinel closes the last run
        if run and j != run[-1] + 1:
            if len(run) >= 2:
                for r in run:
                    teasers[r] = (_strip_title(content[r].text), "")
                    role[r] = "teaser"
            run = []
        run.append(j)


def _source_triple(t: str) -> bool:
    """"Title | Publisher | 19 maart": a link to another story with its source and date, one to a line."""
    parts = t.split(" | ")
    if len(parts) != 3 or not _title_like(parts[0], 3, 22):
        return False
    ws = parts[1].split()
    if len(ws) > 1 and ws[0] in _NAME_PARTICLES:
        ws = ws[1:]
    return 0 < len(ws) <= 4 and _name_words(ws) and _TIMESTAMP.match(_norm(parts[2])) is not None


def _source_triples(content: list[_Line], role: list[str], teasers: dict[int, tuple[str, str]], sf: int | None) -> None:
    """Two or more "Title | Publisher | date" lines in a row (a header or nothing over them): other stories."""
    N = len(content)
    j = 0
    while j < N:
        run: list[int] = []
        k = j
        while k < N and not role[k] and k != sf and content[k].kind in (SHORT, PROSE) and _source_triple(content[k].text):
            run.append(k)
            k += 1
        if len(run) >= 2 and not (_prose_near(content, run[0] - 1, -1) and _prose_near(content, k, 1)):
            for r in run:  # (between two paragraphs it is the article's own list: "Match | Stadium | date", review 13)
                teasers[r] = (content[r].text.split(" | ", 1)[0].strip(), "")
                role[r] = "teaser"
        j = k + 1 if k == j else k


def _prose_near(content: list[_Line], k: int, step: int) -> bool:
    """Is the first line from k on (stepping over fillers) a paragraph?"""
    while 0 <= k < len(content) and content[k].kind == FILLER:
        k += step
    return 0 <= k < len(content) and content[k].kind == PROSE and content[k].strong


_LOWER_AFTER_COLON = re.compile(r":\s+[a-zà-öø-ÿ]")


def _glued_card(c: _Line) -> tuple[str, str] | None:
    """"Title of 4-16 wordsSummary sentence.": a headline run into its summary with no space (a letter, then the
    summary's capital), cut with confidence; a paragraph's glued sentences have their full stop at the seam."""
    if c.kind != PROSE or c.n > 45:
        return None
    sp = _one_line_split(c)
    if sp is None or c.score < 1.0:
        return None
    k = len(sp[0])
    if k + 1 >= len(c.text) or not c.text[k - 1].isalnum() or not c.text[k].isupper() or not c.text[k + 1].islower():
        return None  # (a capital then lower case opens the summary's word: "macOS worth ..." is a brand, not a seam)
    return sp if _title_like(sp[0], 4, 16) and _ends_terminal(sp[1]) and _sentence_like(sp[1], 6) \
        and not _SENT_BREAK.search(sp[1]) else None


def _pair_chains(content: list[_Line], role: list[str], teasers: dict[int, tuple[str, str]], sf: int | None) -> None:
    """Headline line + one-sentence summary line, at least twice in a row: a teaser list without a header."""
    N = len(content)

    def pair_at(j: int, min_words: int = 3) -> int:
        """The summary's position when a card opens at j, else 0 (a time line may stand between the two)."""
        si = j + 2 if j + 2 < N and content[j + 1].kind == FILLER and not role[j + 1] else j + 1
        if si >= N or j == sf or si == sf:
            return 0
        if role[j] or role[si]:  # (a card of the run already found, by its read-more line, still counts)
            return si if role[j] == role[si] == "teaser" and teasers.get(j, ("", ""))[1] == content[si].text else 0
        a, b = content[j], content[si]
        if a.kind != SHORT or not _title_like(a.text, min_words, 20):
            return 0
        ok = b.kind == PROSE and _summary_like(b.text, 5) and b.n <= 45 and _one_line_split(b) is None
        if ok and a.n < 3 and not _short_summary(b):
            ok = False  # a two-word title over a full paragraph is a live blog's heading ("Motorway latest")
        return si if ok else 0

    def one_line_at(j: int) -> tuple[str, str] | None:
        c = content[j] if j < N else None
        if c is None or role[j] or j == sf or c.kind not in (PROSE, SHORT) or c.n > 45:
            return None
        sp = _one_line_split(c)
        k = len(sp[0]) if sp else 0
        if sp is not None and c.score >= 1.0 and 0 < k < len(c.text) and not c.text[k].isspace() \
                and c.text[k] not in ":：" and not c.text[k - 1].isspace():
            return sp  # a glue, not a colon or a dash
        return _card_seam(c.text)  # ("... Rocío Vidal 💍La presentadora ...")

    def _prose_before(j: int) -> bool:
        j -= 1
        while j >= 0 and content[j].kind in (FILLER,):
            j -= 1
        return j >= 0 and content[j].kind == PROSE and content[j].strong and not role[j]

    def _prose_after(j: int) -> bool:
        while j < N and content[j].kind in (FILLER,):
            j += 1
        if j + 1 < N and content[j].kind == SHORT and content[j].n <= 5 and not _ends_terminal(content[j].text) \
                and not _short_summary(content[j + 1]):
            j += 1  # a short crosshead ("Motorway latest") over a full paragraph (not a card's one-line summary)
        return j < N and content[j].kind == PROSE and content[j].strong and not role[j]

    j = 0
    while j < N:
        if content[j].kind != SHORT:  # every pair opens with a short headline line
            j += 1
            continue
        run: list[int] = []
        summ: dict[int, int] = {}
        k = j
        glued: dict[int, tuple[str, str]] = {}
        while True:
            si = pair_at(k, 2 if len(run) >= 2 else 3)  # (a two-word title, "Heathrow explained", once the list is clear)
            if not si and run and not _prose_before(run[0]):
                g = one_line_at(k)
                if g is not None:  # a glued "TitleSummary" card among two-line ones, outside an article
                    si, glued[k] = k, g
            if not si:
                break
            run.append(k)
            summ[k] = si
            k = si + 1
            while k < N and not role[k] and (content[k].kind in (FILLER, READMORE) or (
                    content[k].kind == SHORT and content[k].n <= 2 and content[k].text.isupper())):
                k += 1  # (and a card's label: "VÍDEO", "EXCLUSIVA")
        while run and run[-1] in glued:
            k = run.pop()  # a glued line closing the run is as likely the article's next paragraph: only between cards
        if len(run) >= 2:
            # cards set inside an article: headlines (6+ words) over one short sentence each, between paragraphs;
            # crossheads are shorter and the paragraphs under them run on
            cards = _prose_before(run[0]) and all(
                summ[r] > r and content[r].n >= 6 and _lower_ratio(content[r].text) >= 0.3 and _short_summary(content[summ[r]])
                and _headline_text(content[r].text)  # "7. Invest the money ...": a listicle's numbered crosshead
                for r in run
            )
            # a pair followed by more prose is a headline and lead, not a teaser
            if not cards and k < N and content[k].kind == PROSE and content[k].strong and not role[k]:
                run = run[:-1]
            if len(run) >= 2 and not cards and _prose_before(run[0]) and (
                    _prose_after(k) or (all(content[r].n <= 4 and summ[r] > r for r in run) and any(
                        content[summ[r]].n >= 25 or _SENT_BREAK.search(content[summ[r]].text) for r in run))):
                run = []  # crossheads inside an article, not a list of other stories (or closing it: "About Acme")
            if len(run) >= 2 and _prose_before(run[0]) and any(summ[r] > r + 1 for r in run):
                run = []  # "heading / 09:42 / entry" inside an article: a live blog's entries
            if len(run) >= 2 and all(r > 0 and content[r - 1].kind == FILLER for r in run) and all(
                summ[r] > r and _SENT_BREAK.search(content[summ[r]].text) for r in run
            ):
                run = []  # "09:42 / Power cuts reach 48,000 homes / two sentences": a live blog's entries
            if len(run) >= 2:
                for r in run:
                    if summ[r] == r:
                        teasers[r] = (_strip_title(glued[r][0]), glued[r][1])
                    else:
                        teasers[r] = (_strip_title(content[r].text), content[summ[r]].text)
                    role[r] = role[summ[r]] = "teaser"
                    if summ[r] > r + 1:
                        role[r + 1] = "boiler"
                # a headline with no summary closing the list ("Alonso terminará sexto" then "Página 1 de 12")
                e = summ[run[-1]] + 1
                while e < N and content[e].kind in (FILLER, READMORE) and not role[e]:
                    e += 1
                if e < N and e != sf and not role[e] and content[e].kind == SHORT and _title_like(content[e].text, 4, 20):
                    f = e + 1
                    while f < N and content[f].kind == FILLER:
                        f += 1
                    if (f >= N or content[f].kind != PROSE) and not _body_after_meta(content, e + 1, sf):
                        # (over a byline, a date and a paragraph it is the article's headline)
                        teasers[e] = (_strip_title(content[e].text), "")
                        role[e] = "teaser"
            j = k if len(run) >= 2 else j + 1
        else:
            j += 1


def clear_caches() -> None:
    """Forget per-text memos (benchmarks use this so that repeated pages are not free)."""
    _KINDS.clear()
    _SPLITS.clear()
    for f in (_sentence_like, _title_like, _lower_ratio, _tokset, _lead_keys, _fold, _extra_bytes):
        f.cache_clear()


# --------------------------------------------------------------------------- learned standfirst
# The rules above find a standfirst by shape (a repeat of the lead, a deck between headline and lead). What
# they miss on unseen pages is the long tail of where a standfirst sits and how it rewords the lead; a small
# logistic model over generic line features arbitrates between the rules' pick and the other candidates.
# Weights: data/standfirst.json, trained by tools/train_standfirst.py on the labelled pages.

SF_FEATURES = (
    "bias", "before_body", "after_body",
    "contain", "cover", "keys", "contain_hi", "prefix_cut", "gap", "gap_meta", "headline_above", "nwords", "n_ok",
    "terminal", "two_sent", "last_content", "top3", "photo", "copy_elsewhere", "prose", "lower_start", "ratio_n",
    "colon_end", "byline_below", "before_x_contain", "after_x_contain",
    "paren_end", "label_open", "title_shaped", "headline_right_above", "meta_right_below", "caption_word",
    "headline_between", "sentence_shaped", "is_first_body", "source_below", "long_lead",
)
_PAREN_NUM = re.compile(r"\(\d{1,3}(?:e|'|’|\.|\+\d{1,2}|ème|°)?\)")  # a match minute: "(34e)", "(58')", "(90+2)"
_PAREN_END = re.compile(r"\([^()]{2,60}\)[.\s]*$")  # "(ANTARA/Foto)", "(AP Photo/Chris Lund)": a caption's credit
_LABEL_OPEN = re.compile(r"^[^\s:,]+(?:\s[^\s:,]+)?\s?[:,]\s")  # "FT: ...", "Image caption, ...": a label, then text
_CAPTION_WORD = _any_in(("caption", "photo", "foto", "fotó", "image", "bild", "kuva", "zdjęcie", "фото", "φωτογραφία",
                         "写真", "图", "صورة", "sursa foto", "fotografía", "picture"))


def _sf_features(content: list[_Line], role: list[str], j: int, lead: int, first_b: int, last_b: int) -> list[float]:
    c, ld = content[j], content[lead]
    gc, gl = _tokset(c.text), _tokset(ld.text)  # (words, or character pairs for scripts written without spaces)
    inter = len(gc & gl)
    contain = inter / len(gc) if gc else 0.0
    cover = inter / len(gl) if gl else 0.0
    keys, need = _lead_keys(ld.text)
    low = c.text.lower()
    kfrac = sum(k in low for k in keys) / 10.0 if need else contain
    plow = low.replace("\u0307", "") if "\u0307" in low else low  # the caption regexes: "GETTY İMAGES"
    head = c.text.rstrip(".…").strip()[:40]
    prefix_cut = 1.0 if len(head) >= 20 and head in ld.text and c.text != ld.text else 0.0
    lo, hi = (j, lead) if j < lead else (lead, j)
    between = range(lo + 1, hi)
    gap = min(len(between), 8) / 8.0
    gap_meta = 1.0 if all(content[k].kind not in (PROSE,) and role[k] != "body" for k in between) else 0.0
    h = j - 1
    while h >= 0 and content[h].kind in (FILLER, BOILER):
        h -= 1
    headline_above = 1.0 if h >= 0 and content[h].kind == SHORT and _title_like(content[h].text, 3, 22) \
        and not _ends_terminal(content[h].text) and role[h] != "body" else 0.0
    last_content = 1.0 if not any(content[k].kind == PROSE for k in range(j + 1, len(content))) else 0.0
    byline_below = 1.0 if any(_BYLINE.match(content[k].text) for k in range(j + 1, min(j + 4, len(content)))) else 0.0
    before = 1.0 if j < first_b else 0.0
    after = 1.0 if j > last_b else 0.0
    return [
        1.0, before, after,
        contain, cover, kfrac, 1.0 if contain >= 0.6 else 0.0, prefix_cut, gap, gap_meta, headline_above,
        min(c.n, 60) / 40.0, 1.0 if 8 <= c.n <= 45 else 0.0, 1.0 if _ends_terminal(c.text) else 0.0,
        1.0 if _SENT_BREAK.search(c.text) else 0.0, last_content, 1.0 if j < 3 else 0.0,
        1.0 if _PHOTO.search(plow) else 0.0,
        1.0 if any(content[k].text == c.text for k in range(len(content)) if k != j) else 0.0,
        1.0 if c.kind == PROSE else 0.0, 1.0 if c.text[:1].islower() else 0.0, min(c.n / max(ld.n, 1), 2.0),
        1.0 if c.text.endswith((":", "：")) else 0.0, byline_below, before * contain, after * contain,
        1.0 if _PAREN_END.search(c.text) else 0.0, 1.0 if _LABEL_OPEN.match(c.text) else 0.0,
        1.0 if not _ends_terminal(c.text) and _title_like(c.text, 3, 22) else 0.0,
        1.0 if j > 0 and content[j - 1].kind == SHORT and _title_like(content[j - 1].text, 3, 22)
        and not _ends_terminal(content[j - 1].text) else 0.0,
        1.0 if j + 1 < len(content) and content[j + 1].kind in (FILLER, BOILER) else 0.0,
        1.0 if _CAPTION_WORD(low[:40]) or _photo_credit(c.text, plow) else 0.0,
        1.0 if j < lead and any(content[k].kind == SHORT and _title_like(content[k].text, 3, 22)
                                and not _ends_terminal(content[k].text) for k in between) else 0.0,
        1.0 if _ends_terminal(c.text) and _sentence_like(c.text, 6) else 0.0,
        1.0 if j == first_b else 0.0,
        1.0 if j + 1 < len(content) and (_source_line(content[j + 1]) or _photo_credit(content[j + 1].text,
                                                                                      _lower(content[j + 1].text))) else 0.0,
        1.0 if c.n > 35 else 0.0,
    ]


def _sf_candidates(content: list[_Line], role: list[str], extra: int | None = None) -> list[tuple[int, list[float]]]:
    """Lines that could be the standfirst: the lines above the body, the prose after it, and its first and last
    paragraphs when something that is not body stands beside them (a headline above, a footer before);
    each with its features against the lead it would stand for.

    A page of body lines alone has no candidates, so splitting a body again never takes a line from it.
    """
    N = len(content)
    body = [j for j in range(N) if role[j] == "body"]
    if not body:
        return []
    first_b, last_b = body[0], body[-1]
    cand = set(range(max(0, first_b - 8), first_b)) | set(range(last_b + 1, N))
    if first_b > 0 and len(body) > 1 and body[1] > first_b + 1 and content[first_b].n <= 35 \
            and not _SENT_BREAK.search(content[first_b].text) and _photo_credit(content[first_b + 1].text,
                                                                                _lower(content[first_b + 1].text)):
        cand.add(first_b)  # a one-sentence first paragraph over the photo caption, then the lead: maybe a deck
    if len(body) > 2 and body[-2] < last_b - 2 and role[last_b - 1] != "teaser" and content[last_b - 1].kind != INLINE \
            and "teaser" not in role[last_b + 1:]:
        cand.add(last_b)  # the page's last text, under a footer or share buttons (not one ad or link): maybe a summary
    if extra is not None:
        cand.add(extra)  # (the trainer: the rules' pick, a positive example wherever it stands)
    # the headline is never the standfirst: the headline-shaped line nearest above the body, or the much shorter
    # one right above that (then the nearer one is its deck); "Serie C - Girone B" is a section label, not a headline
    heads = [k for k in range(max(0, first_b - 8), first_b) if content[k].kind in (PROSE, SHORT) and role[k] != "teaser"
             and (not _ends_terminal(content[k].text) or _title_question(content[k]) or _amount_end(content[k].text, content[k].n))
             and _title_like(content[k].text, 3, 22) and not _PAREN_END.search(content[k].text[-40:])  # (a credited caption)
             and not _section_label(content[k])]
    hl = heads[-1] if heads else None
    if hl is not None and hl - 1 in heads and content[hl].n >= max(12, 1.2 * content[hl - 1].n):
        hl -= 1
    out = []
    for j in sorted(cand):
        c = content[j]
        if c.kind not in (PROSE, SHORT) or c.n < 5 or role[j] == "teaser" or (j == hl and j != extra):
            continue
        if j != extra and j < first_b and _PAREN_END.search(c.text[-40:]):
            continue  # "... in Dubai. (Archive)", "(AP Photo/Chris Lund)": a photo caption
        if j != extra and (len(_PAREN_NUM.findall(c.text)) >= 2 or _author_note(c.text) or _REPORTERS.match(c.text)):
            continue  # "Buts : Diallo (34e) pour Annecy ; Mbemba (58e) ...": a match sheet; an author's bio
        if j != extra and j < first_b and j + 1 < N and (
                (_source_line(content[j + 1]) and content[j + 1].kind == SHORT) or _credit_line(content[j + 1])):
            continue  # "Boeren met trekkers op de ringweg ..." over "ANP" or "Foto: Mario Berger": a caption and its credit
        if j != extra and j < first_b and j > 0 and not _ends_terminal(c.text) and (
                content[j - 1].kind == FILLER or _BYLINE.match(content[j - 1].text)):
            continue  # no full stop, under the byline or the date: the lead photo's caption
        lead = next((b for b in body if b > j), None) if j < first_b or j == first_b else None
        if lead is None or j > last_b:
            lead = first_b if first_b != j else (body[1] if len(body) > 1 else None)
        if lead is None or lead == j:
            continue
        out.append((j, _sf_features(content, role, j, lead, first_b, last_b)))
    return out


def _section_label(c: _Line) -> bool:
    """"Serie C - Girone B", "News › Europe": a short label with a breadcrumb separator, never a headline."""
    return c.n <= 6 and any(x in c.text for x in (" - ", " | ", " › ", " > "))


def _sf_weights() -> tuple[list[float], float]:
    try:
        data = json.loads(resources.files("newswire.split").joinpath("data/standfirst.json").read_text("utf-8"))
    except FileNotFoundError:
        return [], 1.0
    if list(data["features"]) != list(SF_FEATURES):
        return [], 1.0  # weights for another feature set: the rules alone
    return [float(w) for w in data["weights"]], float(data["threshold"])


_SF_W, _SF_T = _sf_weights()
# the threshold as a logit: compare scores directly, no exp() per page (and no overflow on an extreme score)
_SF_Z = math.log(_SF_T / (1.0 - _SF_T)) if 0.0 < _SF_T < 1.0 else math.inf
SF_TRACE: list[tuple[list[_Line], list[tuple[int, list[float]]], int | None]] | None = None  # set by the trainer


def _learned_standfirst(content: list[_Line], role: list[str], rule_sf: int | None) -> int | None:
    """The rules' standfirst; when they found none, the model's best candidate if it is sure enough.

    The model only fills gaps: on pages the rules handle it agreed with them, and where it did not, the
    rules were the better guess; on new pages the rules find no standfirst far more often than a wrong one.
    """
    if rule_sf is not None and SF_TRACE is None:
        return rule_sf
    cands = _sf_candidates(content, role, rule_sf)
    if SF_TRACE is not None:
        SF_TRACE.append((content, cands, rule_sf))
    if rule_sf is not None or not _SF_W or not cands:
        return rule_sf
    best, best_z = None, -math.inf
    for j, f in cands:
        z = sum(w * x for w, x in zip(_SF_W, f, strict=True))
        if z > best_z:
            best, best_z = j, z
    return best if best_z >= _SF_Z else None
