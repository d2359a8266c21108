"""Declarative routing: which output streams an enriched article goes to.

Why data and not code: desks change what they want to follow weekly; a rules file in
``streams/routing.toml`` is reviewed like config and validated at start, with errors that
name the file and line. See docs/TOPICS.md for the format.

A rule matches when every condition it names holds (a list inside one condition means
"any of"). Rule sets are evaluated independently; in a ``first`` set the first matching
rule wins, in an ``all`` set every matching rule contributes. A set's ``otherwise``
streams are used when none of its rules matched. Unless ``default_ruleset = false``, a
built-in set ``topics`` sends an article to ``news.topic.<slug>`` of its best topic (score
at least ``default_min_score``) and otherwise to ``news.topic.other``.
"""

from __future__ import annotations

import fnmatch
import re
import tomllib
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

OTHER_STREAM = "news.topic.other"
TOPIC_STREAM = "news.topic.{slug}"
_STREAM_RE = re.compile(r"^[A-Za-z0-9._-]+$")
_WORD = re.compile(r"[a-z0-9]+(?:[-'][a-z0-9]+)*")

TOP_KEYS = {"default_ruleset", "default_min_score", "ruleset"}
SET_KEYS = {"name", "mode", "rule", "otherwise"}
RULE_KEYS = {"name", "topic", "min_score", "best_topic", "entity", "lang", "source", "keyword", "to"}
ENTITY_KEYS = {"label", "canonical"}


class RulesError(ValueError):
    """A rules file is invalid; the message starts with ``file:line:``."""


@dataclass(frozen=True)
class EntityCond:
    labels: frozenset[str]
    names: frozenset[str]  # casefolded canonical names


@dataclass
class Rule:
    name: str
    to: list[str]
    topics: frozenset[str] = frozenset()
    min_score: float = 0.0
    best_topic: bool = False
    entities: list[EntityCond] = field(default_factory=list)
    langs: frozenset[str] = frozenset()
    sources: list[str] = field(default_factory=list)
    keywords: list[str] = field(default_factory=list)

    def check(self, article: dict) -> tuple[bool, list[str], list[str]]:
        """(matched, reasons, streams). Reasons say why each condition held or failed."""
        reasons: list[str] = []
        ok = True
        matched_slugs: list[str] = []
        topics = _topics(article)
        if self.best_topic or self.topics:
            cands = topics[:1] if self.best_topic else topics
            for t in cands:
                slug = str(t.get("slug") or "")
                if self.topics and slug not in self.topics:
                    continue
                if float(t.get("score") or 0.0) >= self.min_score:
                    matched_slugs.append(slug)
            what = "best topic" if self.best_topic else "topic"
            want = f" in {sorted(self.topics)}" if self.topics else ""
            if matched_slugs:
                scores = {str(t.get("slug")): float(t.get("score") or 0) for t in topics}
                shown = ", ".join(f"{s} {scores.get(s, 0):.2f}" for s in matched_slugs)
                reasons.append(f"{what}{want} with score >= {self.min_score}: {shown}")
            else:
                best = (
                    f"{topics[0].get('slug')} {float(topics[0].get('score') or 0):.2f}" if topics else "none"
                )
                reasons.append(f"no {what}{want} with score >= {self.min_score} (best: {best})")
                ok = False
        if self.entities:
            hit = _entity_hit(self.entities, article.get("entities_merged") or [])
            if hit:
                reasons.append(f"entity {hit}")
            else:
                reasons.append(f"no entity matching {_describe_entities(self.entities)}")
                ok = False
        if self.langs:
            lang = str(article.get("lang") or "")
            if lang.lower() in self.langs:
                reasons.append(f"lang {lang}")
            else:
                reasons.append(f"lang {lang or '?'} not in {sorted(self.langs)}")
                ok = False
        if self.sources:
            src = str(article.get("source") or "").lower()
            pat = next((p for p in self.sources if fnmatch.fnmatchcase(src, p)), None)
            if pat:
                reasons.append(f"source {src} matches {pat}")
            else:
                reasons.append(f"source {src or '?'} matches none of {self.sources}")
                ok = False
        if self.keywords:
            text = _norm_text(article)
            kw = next((k for k in self.keywords if f" {k} " in text), None)
            if kw:
                reasons.append(f"keyword '{kw}'")
            else:
                reasons.append(f"none of the keywords {self.keywords}")
                ok = False
        if not reasons:
            reasons.append("no conditions: always matches")
        streams: list[str] = []
        if ok:
            for s in self.to:
                if "{slug}" in s:
                    streams.extend(s.replace("{slug}", slug) for slug in matched_slugs)
                else:
                    streams.append(s)
        return ok, reasons, streams


@dataclass
class RuleSet:
    name: str
    mode: str  # "first" | "all"
    rules: list[Rule]
    otherwise: list[str] = field(default_factory=list)


@dataclass
class RuleBook:
    rulesets: list[RuleSet]
    source: str = "<rules>"

    def explain(self, article: dict) -> list[dict]:
        """Every rule, matched or not, with the reasons; then each set's fallback."""
        out: list[dict] = []
        for rs in self.rulesets:
            any_match = False
            for rule in rs.rules:
                if rs.mode == "first" and any_match:
                    out.append(
                        {
                            "ruleset": rs.name,
                            "rule": rule.name,
                            "matched": False,
                            "reasons": ["skipped: an earlier rule matched (first-match set)"],
                            "streams": [],
                        }
                    )
                    continue
                ok, reasons, streams = rule.check(article)
                any_match = any_match or ok
                out.append(
                    {
                        "ruleset": rs.name,
                        "rule": rule.name,
                        "matched": ok,
                        "reasons": reasons,
                        "streams": streams,
                    }
                )
            if rs.otherwise:
                out.append(
                    {
                        "ruleset": rs.name,
                        "rule": "otherwise",
                        "matched": not any_match,
                        "reasons": ["no rule in the set matched" if not any_match else "a rule matched"],
                        "streams": list(rs.otherwise) if not any_match else [],
                    }
                )
        return out

    def route(self, article: dict) -> list[str]:
        """Stream names for the article, in rule order, without duplicates."""
        seen: dict[str, None] = {}
        for step in self.explain(article):
            for s in step["streams"]:
                seen.setdefault(s, None)
        return list(seen)

    def matched_rule_names(self, article: dict) -> list[str]:
        """``ruleset/rule`` of every rule that sent the article somewhere (for the record)."""
        return [f"{s['ruleset']}/{s['rule']}" for s in self.explain(article) if s["matched"] and s["streams"]]

    def streams(self) -> set[str]:
        """Every stream the rules can produce (``{slug}`` expanded over the 17 topics)."""
        from newswire.topics.taxonomy import topic_slugs

        out: set[str] = set()
        for rs in self.rulesets:
            out.update(rs.otherwise)
            for rule in rs.rules:
                for s in rule.to:
                    if "{slug}" in s:
                        slugs = sorted(rule.topics) if rule.topics else topic_slugs()
                        out.update(s.replace("{slug}", x) for x in slugs)
                    else:
                        out.add(s)
        return out


def default_ruleset(min_score: float = 0.0) -> RuleSet:
    return RuleSet(
        name="topics",
        mode="first",
        rules=[Rule(name="best-topic", to=[TOPIC_STREAM], best_topic=True, min_score=min_score)],
        otherwise=[OTHER_STREAM],
    )


# -- loading and validation --------------------------------------------------------


def default_rules_path() -> Path | None:
    from newswire.config import settings

    env = settings().routing_rules
    if env:
        return Path(env)
    try:
        p = resources.files("newswire.streams").joinpath("routing.toml")
        return Path(str(p)) if p.is_file() else None
    except ModuleNotFoundError:
        return None


def load_rules(path: str | Path | None = None) -> RuleBook:
    """Parse and validate a rules file (default: $NEWSWIRE_ROUTING_RULES or streams/routing.toml)."""
    p = Path(path) if path is not None else default_rules_path()
    if p is None:
        return RuleBook([default_ruleset()], source="<built-in>")
    text = p.read_text(encoding="utf-8")
    return parse_rules(text, name=str(path if path is not None else p))


def parse_rules(text: str, name: str = "<rules>") -> RuleBook:
    """Validate the TOML text; errors name the line of the offending key."""
    loc = _Locator(text, name)
    try:
        doc = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        m = re.search(r"line (\d+)", str(exc))
        raise RulesError(f"{name}:{m.group(1) if m else '?'}: {exc}") from None
    for k in doc:
        if k not in TOP_KEYS:
            raise loc.error(f"unknown top-level field '{k}'", k)
    sets: list[RuleSet] = []
    raw_sets = doc.get("ruleset", [])
    if not isinstance(raw_sets, list):
        raise loc.error("'ruleset' must be an array of tables ([[ruleset]])", "ruleset")
    names: set[str] = set()
    for si, rs in enumerate(raw_sets):
        for k in rs:
            if k not in SET_KEYS:
                raise loc.error(f"unknown field '{k}' in ruleset", k, si)
        sname = _str(rs.get("name", f"set{si + 1}"), "name", loc, si)
        if sname in names:
            raise loc.error(f"duplicate ruleset name '{sname}'", "name", si)
        names.add(sname)
        mode = rs.get("mode", "first")
        if mode not in ("first", "all"):
            raise loc.error(f"mode must be 'first' or 'all', not {mode!r}", "mode", si)
        otherwise = _streams(rs.get("otherwise", []), "otherwise", loc, si, None, templated=False)
        rules = []
        rule_names: set[str] = set()
        for ri, r in enumerate(rs.get("rule", [])):
            rule = _rule(r, loc, si, ri)
            if rule.name in rule_names:
                raise loc.error(f"duplicate rule name '{rule.name}' in ruleset '{sname}'", "name", si, ri)
            rule_names.add(rule.name)
            rules.append(rule)
        sets.append(RuleSet(name=sname, mode=mode, rules=rules, otherwise=otherwise))
    if doc.get("default_ruleset", True):
        if "topics" in names:
            raise loc.error("ruleset name 'topics' is reserved for the default set", "name")
        ms = doc.get("default_min_score", 0.0)
        if not isinstance(ms, int | float) or isinstance(ms, bool) or not 0 <= ms <= 1:
            raise loc.error("default_min_score must be a number in [0, 1]", "default_min_score")
        sets.append(default_ruleset(float(ms)))
    elif "default_min_score" in doc:
        raise loc.error("default_min_score given but default_ruleset = false", "default_min_score")
    return RuleBook(sets, source=name)


def _rule(r: dict, loc: _Locator, si: int, ri: int) -> Rule:
    from newswire.topics.taxonomy import load_topics

    for k in r:
        if k not in RULE_KEYS:
            raise loc.error(f"unknown field '{k}'", k, si, ri)
    name = _str(r.get("name", f"rule{ri + 1}"), "name", loc, si, ri)
    if "to" not in r:
        raise loc.error(f"rule '{name}' has no 'to' streams", None, si, ri)
    # Codes are accepted but stored as slugs, so "{slug}" streams expand to valid names.
    to_slug = {t.slug: t.slug for t in load_topics()} | {t.code: t.slug for t in load_topics()}
    wanted = _str_list(r.get("topic", []), "topic", loc, si, ri)
    for t in wanted:
        if t not in to_slug:
            raise loc.error(f"unknown topic '{t}' (use an IPTC slug or medtop code)", "topic", si, ri)
    topics = frozenset(to_slug[t] for t in wanted)
    ms = r.get("min_score", 0.0)
    if not isinstance(ms, int | float) or isinstance(ms, bool) or not 0 <= ms <= 1:
        raise loc.error("min_score must be a number in [0, 1]", "min_score", si, ri)
    best = r.get("best_topic", False)
    if not isinstance(best, bool):
        raise loc.error("best_topic must be true or false", "best_topic", si, ri)
    if "min_score" in r and not (topics or best):
        raise loc.error("min_score without 'topic' or 'best_topic'", "min_score", si, ri)
    ents_raw = r.get("entity", [])
    if isinstance(ents_raw, dict):
        ents_raw = [ents_raw]
    if not isinstance(ents_raw, list):
        raise loc.error("entity must be a table or a list of tables", "entity", si, ri)
    ents = []
    for e in ents_raw:
        if not isinstance(e, dict) or not e:
            raise loc.error("entity must be a table with 'label' and/or 'canonical'", "entity", si, ri)
        for k in e:
            if k not in ENTITY_KEYS:
                raise loc.error(f"unknown field '{k}' in entity", k, si, ri)
        labels = frozenset(x.upper() for x in _str_list(e.get("label", []), "label", loc, si, ri))
        names = frozenset(x.casefold() for x in _str_list(e.get("canonical", []), "canonical", loc, si, ri))
        ents.append(EntityCond(labels, names))
    langs = frozenset(x.lower() for x in _str_list(r.get("lang", []), "lang", loc, si, ri))
    sources = [x.lower() for x in _str_list(r.get("source", []), "source", loc, si, ri)]
    kws = [
        " ".join(_WORD.findall(x.lower())) for x in _str_list(r.get("keyword", []), "keyword", loc, si, ri)
    ]
    if any(not k for k in kws):
        raise loc.error("empty keyword", "keyword", si, ri)
    templated = bool(topics) or best
    to = _streams(r["to"], "to", loc, si, ri, templated=templated)
    if not to:
        raise loc.error(f"rule '{name}' has no 'to' streams", "to", si, ri)
    return Rule(name, to, topics, float(ms), best, ents, langs, sources, kws)


def _str(v: Any, key: str, loc: _Locator, si: int | None = None, ri: int | None = None) -> str:
    if not isinstance(v, str) or not v.strip():
        raise loc.error(f"'{key}' must be a non-empty string", key, si, ri)
    return v


def _str_list(v: Any, key: str, loc: _Locator, si: int | None, ri: int | None) -> list[str]:
    items = [v] if isinstance(v, str) else v
    if not isinstance(items, list) or not all(isinstance(x, str) and x.strip() for x in items):
        raise loc.error(f"'{key}' must be a string or a list of strings", key, si, ri)
    return list(items)


def _streams(v: Any, key: str, loc: _Locator, si: int | None, ri: int | None, templated: bool) -> list[str]:
    out = _str_list(v, key, loc, si, ri)
    for s in out:
        if "{slug}" in s and not templated:
            raise loc.error(f"stream '{s}' uses {{slug}} but the rule has no topic condition", key, si, ri)
        if not _STREAM_RE.match(s.replace("{slug}", "x")) or len(s) > 249:
            raise loc.error(f"invalid stream name '{s}' (letters, digits, '.', '_', '-')", key, si, ri)
    return out


class _Locator:
    """Finds the line of a key in the TOML text: tomllib keeps no positions."""

    def __init__(self, text: str, name: str) -> None:
        self.name = name
        self.lines = text.splitlines()
        self.set_lines: list[int] = []
        self.rule_lines: list[list[int]] = []
        for i, line in enumerate(self.lines, 1):
            s = line.strip()
            if re.match(r"^\[\[\s*ruleset\s*\]\]", s):
                self.set_lines.append(i)
                self.rule_lines.append([])
            elif re.match(r"^\[\[\s*ruleset\s*\.\s*rule\s*\]\]", s) and self.rule_lines:
                self.rule_lines[-1].append(i)

    def _span(self, si: int | None, ri: int | None) -> tuple[int, int]:
        headers = sorted(set(self.set_lines) | {x for r in self.rule_lines for x in r})
        if si is None or si >= len(self.set_lines):
            start = 1
        elif ri is None or ri >= len(self.rule_lines[si]):
            start = self.set_lines[si]
        else:
            start = self.rule_lines[si][ri]
        end = next((h for h in headers if h > start), len(self.lines) + 1)
        if si is None:
            end = headers[0] if headers else len(self.lines) + 1
        return start, end

    def line_of(self, key: str | None, si: int | None = None, ri: int | None = None) -> int:
        start, end = self._span(si, ri)
        if key is not None:
            pat = re.compile(rf"(^|[\s{{,]){re.escape(key)}\s*=")
            for i in range(start, end):
                line = self.lines[i - 1].split("#", 1)[0]
                if pat.search(line):
                    return i
        return start

    def error(self, msg: str, key: str | None, si: int | None = None, ri: int | None = None) -> RulesError:
        return RulesError(f"{self.name}:{self.line_of(key, si, ri)}: {msg}")


# -- article helpers ---------------------------------------------------------------


def _topics(article: dict) -> list[dict]:
    """Topics best first; a topic given by code only (classify CLI output) gets its slug."""
    from newswire.topics.taxonomy import load_topics

    by_code = {t.code: t.slug for t in load_topics()}
    ts = [t for t in article.get("topics") or [] if isinstance(t, dict)]
    ts = [t if t.get("slug") else {**t, "slug": by_code.get(str(t.get("code")), "")} for t in ts]
    return sorted(ts, key=lambda t: -float(t.get("score") or 0.0))


def _entity_hit(conds: list[EntityCond], ents: list[dict]) -> str | None:
    for e in ents:
        label = str(e.get("label") or "").upper()
        canon = str(e.get("canonical") or "")
        for c in conds:
            if c.labels and label not in c.labels:
                continue
            if c.names and canon.casefold() not in c.names:
                continue
            return f"{canon} ({label})"
    return None


def _describe_entities(conds: list[EntityCond]) -> str:
    parts = []
    for c in conds:
        bits = []
        if c.labels:
            bits.append("label " + "/".join(sorted(c.labels)))
        if c.names:
            bits.append("name " + "/".join(sorted(c.names)))
        parts.append(" and ".join(bits))
    return " or ".join(parts)


def _norm_text(article: dict) -> str:
    body = article.get("body") or []
    if isinstance(body, str):
        body = [body]
    text = " ".join([str(article.get("title") or ""), *map(str, body)])
    return " " + " ".join(_WORD.findall(text.lower())) + " "
