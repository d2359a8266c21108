"""Generated news-like articles and hostile payloads for benchmarks and fault tests.

Why generated: no news corpus may be downloaded, and benchmarks need thousands of
distinct articles whose entity density is close to real wire copy (names, places and
organisations in most sentences), so NER and the topic classifier do real work.
Deterministic for a given seed; every article gets a unique URL, hence a unique id.

    python bench/gen_articles.py --n 3 --words 600     # print samples
"""

from __future__ import annotations

import argparse
import random
import uuid
from collections.abc import Iterator

PEOPLE = [
    "Angela Merkel", "Emmanuel Macron", "Olaf Scholz", "Rishi Sunak", "Keir Starmer", "Joe Biden",
    "Kamala Harris", "Narendra Modi", "Xi Jinping", "Fumio Kishida", "Giorgia Meloni", "Pedro Sanchez",
    "Ursula von der Leyen", "Christine Lagarde", "Jerome Powell", "Janet Yellen", "Elon Musk", "Tim Cook",
    "Satya Nadella", "Sundar Pichai", "Mary Barra", "Warren Buffett", "Lionel Messi", "Serena Williams",
    "Novak Djokovic", "Lewis Hamilton", "Simone Biles", "Marcus Rashford", "Sarah Connolly", "David Okafor",
    "Maria Gonzalez", "Hiroshi Tanaka", "Priya Raman", "Thomas Becker", "Fatima Al-Sayed", "John Whitfield",
    "Laura Chen", "Ahmed Hassan", "Ingrid Larsen", "Pavel Novak", "Grace Mwangi", "Oliver Brennan",
]
PLACES = [
    "London", "Paris", "Berlin", "Madrid", "Rome", "Brussels", "Washington", "New York", "Chicago",
    "Los Angeles", "Tokyo", "Beijing", "Shanghai", "New Delhi", "Mumbai", "Sydney", "Toronto", "Nairobi",
    "Lagos", "Cairo", "Istanbul", "Moscow", "Kyiv", "Warsaw", "Stockholm", "Oslo", "Dublin", "Edinburgh",
    "Manchester", "Geneva", "Frankfurt", "Singapore", "Seoul", "Jakarta", "Mexico City", "Sao Paulo",
    "Buenos Aires", "Johannesburg", "Texas", "California", "Bavaria", "Scotland", "Brazil", "Germany",
    "France", "Japan", "China", "India", "Canada", "Australia", "Kenya", "Nigeria", "Ukraine", "Poland",
]
ORGS = [
    "the European Central Bank", "the Federal Reserve", "the Bank of England", "the United Nations",
    "the World Health Organization", "the International Monetary Fund", "NATO", "the European Commission",
    "Apple Inc.", "Microsoft", "Alphabet", "Amazon", "Tesla", "Siemens AG", "Volkswagen", "Toyota Motor Corp.",
    "Samsung Electronics", "Shell Plc", "BP", "HSBC Holdings", "Goldman Sachs", "JPMorgan Chase", "Pfizer",
    "Novartis", "AstraZeneca", "Boeing", "Airbus", "Reuters", "the Labour Party", "the Conservative Party",
    "the Supreme Court", "the Ministry of Finance", "Manchester United", "Real Madrid", "Bayern Munich",
    "the International Olympic Committee", "FIFA", "Greenpeace", "Oxford University", "the Red Cross",
]
TOPICS = {
    "politics": {
        "titles": ["{person} faces pressure over {noun} vote in {place}",
                   "Parliament in {place} backs {noun} bill after long debate",
                   "{org} calls snap election as {noun} row deepens"],
        "nouns": ["budget", "immigration", "pension", "electoral reform", "tax", "coalition", "border"],
        "sentences": [
            "{person} told lawmakers in {place} on {day} that the {noun} plan would pass before the summer recess.",
            "Opposition leaders accused {person} of ignoring voters in {place}, where support for the {noun} measure has fallen.",
            "A spokesperson for {org} said the government had not yet decided whether to hold a referendum on {noun}.",
            "Polls published by {org} show the ruling coalition trailing by six points after the {noun} dispute.",
            "Ministers met in {place} late on {day} to try to rescue the {noun} agreement, officials said.",
            "{person}, who has led the party since {year}, said the {noun} vote was a test of confidence.",
        ],
    },
    "business": {
        "titles": ["{org} shares jump after {noun} forecast beats estimates",
                   "{org} to cut {num} jobs as {noun} slows in {place}",
                   "{person} named chief executive of {org}"],
        "nouns": ["earnings", "revenue", "profit", "demand", "supply chain", "merger", "dividend"],
        "sentences": [
            "{org} reported quarterly {noun} of {num} million dollars, above what analysts in {place} had expected.",
            "Shares of {org} rose {pct} percent in early trading in {place} after the {noun} update.",
            "{person}, chief executive of {org}, said the company would invest in new factories near {place}.",
            "Analysts at {org} cut their {noun} outlook, citing weaker consumer spending in {place}.",
            "The deal, which values {org} at about {num} billion dollars, still needs approval from regulators in {place}.",
            "{org} said on {day} that {noun} in {place} had recovered faster than expected since {year}.",
        ],
    },
    "economy": {
        "titles": ["{org} holds rates as inflation eases in {place}",
                   "Inflation in {place} falls to {pct} percent",
                   "{person} warns of slower growth as {noun} weighs"],
        "nouns": ["inflation", "interest rates", "unemployment", "growth", "wages", "trade deficit", "bond yields"],
        "sentences": [
            "{org} kept its main interest rate unchanged on {day}, as {noun} in {place} continued to ease.",
            "{person} said the bank would watch {noun} closely before deciding on the next move.",
            "Economists polled by {org} expect {noun} to stay near {pct} percent for the rest of the year.",
            "Data from the statistics office in {place} showed {noun} rising for a third straight month.",
            "Markets in {place} rallied after {person} signalled that the cycle of increases may be over.",
        ],
    },
    "sport": {
        "titles": ["{org} beat rivals 2-1 in {place} thriller",
                   "{person} wins title in {place} after five sets",
                   "{org} sack coach after poor run of results"],
        "nouns": ["final", "semi-final", "league match", "derby", "cup tie", "grand prix", "tournament"],
        "sentences": [
            "{person} scored twice in the second half as {org} won the {noun} in {place} on {day}.",
            "The {noun} in {place} drew a crowd of {num} thousand, the largest since {year}.",
            "{org} coach said {person} would miss the next {noun} with a hamstring injury.",
            "{person} beat the defending champion in straight sets to reach the {noun} in {place}.",
            "Fans in {place} celebrated late into the night after {org} clinched the {noun}.",
            "{person} said after the {noun} that the team had shown character on a difficult night in {place}.",
        ],
    },
    "health": {
        "titles": ["{org} warns of rising {noun} cases in {place}",
                   "New {noun} treatment approved in {place}",
                   "Hospitals in {place} under strain as {noun} spreads"],
        "nouns": ["measles", "influenza", "dengue", "cholera", "vaccine", "cancer drug", "malaria"],
        "sentences": [
            "{org} said {num} cases of {noun} had been recorded in {place} since the start of the month.",
            "{person}, a doctor at a hospital in {place}, said wards were full and staff were exhausted.",
            "Regulators in {place} approved the {noun} developed by {org} after a trial of {num} patients.",
            "Health officials urged parents in {place} to make sure children were protected against {noun}.",
            "{org} will send medical teams to {place} to help contain the {noun} outbreak, {person} said.",
        ],
    },
    "technology": {
        "titles": ["{org} unveils new {noun} at event in {place}",
                   "{person} says {org} will open {noun} centre in {place}",
                   "Regulators in {place} fine {org} over {noun}"],
        "nouns": ["artificial intelligence", "smartphone", "chip", "data centre", "cloud service", "privacy", "software"],
        "sentences": [
            "{org} showed its latest {noun} to developers in {place} on {day}, promising faster performance.",
            "{person} said {org} would spend {num} million dollars on a new {noun} facility near {place}.",
            "Regulators in {place} said {org} had broken rules on {noun} and fined it {num} million euros.",
            "Engineers at {org} in {place} have been working on the {noun} project since {year}.",
            "Critics including {person} warned that the {noun} could be misused without stronger oversight.",
        ],
    },
    "environment": {
        "titles": ["Floods hit {place} as {noun} intensifies",
                   "{org} report warns on {noun} targets",
                   "{person} pledges action on {noun} at {place} summit"],
        "nouns": ["climate change", "drought", "wildfire", "emissions", "heatwave", "deforestation", "sea level rise"],
        "sentences": [
            "Emergency services in {place} evacuated {num} homes on {day} as the {noun} worsened.",
            "A report by {org} found that {noun} had cost the economy of {place} billions since {year}.",
            "{person} told delegates in {place} that countries must act faster to limit {noun}.",
            "Scientists at {org} said the {noun} in {place} was linked to record ocean temperatures.",
            "Campaigners from {org} staged a protest in {place} demanding tougher rules on {noun}.",
        ],
    },
    "crime": {
        "titles": ["Police in {place} arrest {num} after {noun}",
                   "{person} jailed over {noun} in {place}",
                   "{org} investigates {noun} at offices in {place}"],
        "nouns": ["fraud", "robbery", "cyber attack", "bribery", "smuggling", "money laundering", "arson"],
        "sentences": [
            "Police in {place} said on {day} they had arrested {num} people in connection with the {noun}.",
            "{person} was sentenced to {small} years in prison by a court in {place} for {noun}.",
            "Prosecutors said the {noun} scheme had been run from {place} since {year}.",
            "{org} said it was cooperating fully with investigators looking into the {noun}.",
            "Detectives appealed for witnesses after the {noun} in central {place} late on {day}.",
        ],
    },
}
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
QUOTES = [
    '"We will not accept this," {person} said in a statement.',
    '"This is a turning point for {place}," said {person}, speaking to reporters.',
    '"The numbers speak for themselves," a spokesperson for {org} said.',
    '"It has been a very difficult year for everyone in {place}," {person} told {org}.',
]


def _fill(rng: random.Random, template: str, noun: str) -> str:
    return template.format(
        person=rng.choice(PEOPLE), place=rng.choice(PLACES), org=rng.choice(ORGS), noun=noun,
        day=rng.choice(DAYS), year=rng.randint(1995, 2024), num=rng.randint(2, 950), pct=rng.randint(1, 12),
        small=rng.randint(2, 15),
    )


def article(rng: random.Random, words: int = 600, topic: str | None = None) -> tuple[str, str, str]:
    """(topic, title, text): a dateline, a lead, paragraphs of 2-4 sentences, quotes; ~``words`` words."""
    topic = topic or rng.choice(sorted(TOPICS))
    spec = TOPICS[topic]
    noun = rng.choice(spec["nouns"])
    title = _fill(rng, rng.choice(spec["titles"]), noun)
    title = title[0].upper() + title[1:]
    paras: list[str] = []
    count = 0
    lead = f"{rng.choice(PLACES).upper()}, {rng.choice(DAYS)} ({rng.choice(['Reuters', 'AP', 'AFP'])}) - " + \
        _fill(rng, rng.choice(spec["sentences"]), noun)
    paras.append(lead)
    count += len(lead.split())
    while count < words:
        n = rng.randint(2, 4)
        sents = []
        for _ in range(n):
            if rng.random() < 0.15:
                sents.append(_fill(rng, rng.choice(QUOTES), noun))
            else:
                sents.append(_fill(rng, rng.choice(spec["sentences"]), rng.choice(spec["nouns"])))
        p = " ".join(sents)
        paras.append(p)
        count += len(p.split())
    return topic, title, "\n\n".join(paras)


def raw_records(n: int, *, words: int = 600, seed: int = 1, run: str | None = None) -> Iterator[dict]:
    """``n`` news.raw records of ~``words`` words, unique URLs (ids) per ``run``."""
    from newswire.pipeline import make_raw

    rng = random.Random(seed)
    run = run or uuid.uuid4().hex[:8]
    for i in range(n):
        _topic, title, text = article(rng, words)
        yield make_raw(f"{title}\n\n{text}", "text/plain", url=f"https://wire.example.com/{run}/{i}",
                       source="bench", title=title, lang="en")


# ---------------------------------------------------------------- hostile payloads

HOSTILE_KINDS = (
    "bad_utf8", "not_json", "empty", "json_scalar", "wrong_schema", "unknown_version", "missing_raw",
    "nested_html", "broken_html", "empty_body", "huge", "over_cap", "control_chars", "exotic_text",
    "script_only", "giant_line", "ok_small",
)


def hostile_payloads(n: int, *, seed: int = 7, run: str | None = None, max_page_bytes: int = 5_000_000,
                     huge: tuple[int, int] = (100_000, 300_000)) -> Iterator[tuple[bytes, bytes, str]]:
    """``n`` (key, value, kind) payloads for news.raw that try to break a worker.

    Keys are unique, and equal to the record id whenever the payload is a record, so the
    checker can find each one on a routed stream or the dead letters. Big payloads are
    rare (a few per thousand) to keep a 10,000-payload run within minutes; ``huge`` is the
    size range of big pages under the cap (NER takes ~10 s per 100 kB on a busy 2-core box).
    """
    import orjson

    from newswire.pipeline import make_raw

    rng = random.Random(seed)
    run = run or uuid.uuid4().hex[:8]
    weights = {k: 10.0 for k in HOSTILE_KINDS}
    weights.update(huge=0.1, over_cap=0.2, giant_line=0.3, nested_html=4.0)
    kinds, w = zip(*weights.items(), strict=True)
    for i in range(n):
        kind = rng.choices(kinds, w)[0]
        key = f"h-{run}-{i}"

        def rec(raw: str, ctype: str = "text/plain", **extra: object) -> bytes:
            r = make_raw(raw, ctype, url=f"https://hostile.example.com/{run}/{i}", id=key)  # noqa: B023
            r.update(extra)
            return orjson.dumps(r)

        if kind == "bad_utf8":
            value = bytes(rng.getrandbits(8) for _ in range(rng.randint(1, 300))) + b"\xc3\x28\xff"
        elif kind == "not_json":
            value = rng.choice([b"hello world", b"{not json", b"<html><body>x</body></html>", b"\x00\x00"])
        elif kind == "empty":
            value = b""
        elif kind == "json_scalar":
            value = rng.choice([b"null", b"42", b'"a string"', b"[]", b"[1,2,3]", b"true", b"{}"])
        elif kind == "wrong_schema":
            r = orjson.loads(rec("Some text about London."))
            mutate = rng.choice(["drop_id", "id_int", "raw_null", "ctype_bad", "extra_nested", "ingested_bad"])
            if mutate == "drop_id":
                r.pop("id")
            elif mutate == "id_int":
                r["id"] = 12345
            elif mutate == "raw_null":
                r["raw"] = None
            elif mutate == "ctype_bad":
                r["content_type"] = "application/pdf"
            elif mutate == "extra_nested":
                r["feed"] = "not an object"
            else:
                r["ingested_at"] = 17
            value = orjson.dumps(r)
        elif kind == "unknown_version":
            r = orjson.loads(rec("Text from Paris."))
            r["schema"] = "newswire.raw/99"
            value = orjson.dumps(r)
        elif kind == "missing_raw":
            r = orjson.loads(rec("x"))
            r.pop("raw")
            value = orjson.dumps(r)
        elif kind == "nested_html":
            depth = rng.choice([500, 2000, 10000, 50000])
            tag = rng.choice(["div", "span", "table", "p", "b"])
            value = rec("<html><body>" + f"<{tag}>" * depth + "Deep text in Berlin."
                        + f"</{tag}>" * rng.choice([0, depth]) + "</body></html>", "text/html")
        elif kind == "broken_html":
            value = rec(rng.choice([
                "<html><body><p>Unclosed <b>bold <i>italic <a href='x'>link",
                "<<<>>><p>>>Text<</p><script>while(1){}</script><p>Officials in Rome said</p>",
                "<html>" + "<p>Paragraph about Madrid.</p>" * 200 + "<!-- unterminated comment",
                "<?xml version='1.0'?><!DOCTYPE html [<!ENTITY x 'y'>]><html>&x;&x;&#0;&#xD800;</html>",
                "<table><tr><td>" * 300 + "cell",
            ]), "text/html")
        elif kind == "empty_body":
            value = rec(rng.choice(["", " ", "\n\n\n", "\t \u00a0 \u200b"]), rng.choice(["text/plain", "text/html"]))
        elif kind == "huge":
            # big but under the cap: NER has to chew through all of it
            size = rng.randint(*huge)
            para = "The council in Leeds met on Monday to discuss the budget for schools and roads. "
            value = rec((para * (size // len(para) + 1))[:size])
        elif kind == "over_cap":
            value = rec("x" * (max_page_bytes + rng.randint(1, 100_000)))
        elif kind == "control_chars":
            value = rec("".join(chr(rng.randint(0, 31)) for _ in range(200)) + " Tokyo \x00 \x7f \ufeff")
        elif kind == "exotic_text":
            value = rec(rng.choice([
                "مرحبا بالعالم. قال المسؤولون في القاهرة يوم الاثنين إن الميزانية الجديدة ستمر.",
                "東京で月曜日、政府は新しい予算案を発表した。" * 20,
                "😀🔥💥 " * 500 + "Emoji storm in Lagos.",
                "\u202eRTL override text from Tel Aviv\u202c and \u0301\u0301\u0301 combining marks",
                "Ünïcödé nörmälïzätïön ﬁ ﬂ Ⅻ ① in Zürich and São Paulo.",
            ]))
        elif kind == "script_only":
            value = rec("<html><head><script>" + "var a=1;" * 2000 + "</script><style>p{}</style></head></html>",
                        "text/html")
        elif kind == "giant_line":
            value = rec("word " * rng.randint(20_000, 100_000))
        else:  # ok_small
            _t, title, text = article(rng, 80)
            value = rec(f"{title}\n\n{text}")
        yield key.encode(), value, kind


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--n", type=int, default=2)
    p.add_argument("--words", type=int, default=600)
    p.add_argument("--seed", type=int, default=1)
    a = p.parse_args()
    for r in raw_records(a.n, words=a.words, seed=a.seed):
        print(r["id"], r["url"], len(r["raw"].split()), "words")
        print(r["raw"][:800], "...\n")


if __name__ == "__main__":
    main()
