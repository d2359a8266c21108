"""Evaluate entity recognition on the hand-labelled newswire texts in tests/data/entities/.

Exact-span P/R/F1 on PER/LOC/ORG with CoNLL's mapping of OntoNotes labels (PERSON->PER;
GPE/LOC/FAC->LOC; ORG->ORG; everything else ignored), for the stock spaCy model and for
``Enricher``, on the dev half (tuned on) and the held-out half (only measured).

    .venv/bin/python bench/eval_entities.py              # stock vs ours, both halves
    .venv/bin/python bench/eval_entities.py --ablation   # add one step at a time
    .venv/bin/python bench/eval_entities.py --convert    # docs.txt -> dev.jsonl/test.jsonl
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

import orjson

DATA = Path(__file__).resolve().parent.parent / "tests" / "data" / "entities"
CONLL = {"PERSON": "PER", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC", "ORG": "ORG"}
TYPES = ("PER", "LOC", "ORG")
_MARK = re.compile(r"\[\[(.+?)\|([A-Z]*)\]\]")


def convert(src: Path = DATA / "docs.txt") -> None:
    """Turn the inline-marked source into JSONL with character offsets (even docs dev, odd test)."""
    blocks, cur = [], []
    for line in src.read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            continue
        if line.strip() == "---":
            if cur:
                blocks.append("\n".join(cur))
            cur = []
        else:
            cur.append(line)
    if cur:
        blocks.append("\n".join(cur))
    out: dict[str, list[bytes]] = {"dev": [], "test": []}
    for i, block in enumerate(blocks):
        text, spans, pos = [], [], 0
        last = 0
        for m in _MARK.finditer(block):
            text.append(block[last : m.start()])
            pos += m.start() - last
            surface, label = m.group(1), m.group(2)
            if label:
                spans.append([pos, pos + len(surface), label])
            text.append(surface)
            pos += len(surface)
            last = m.end()
        text.append(block[last:])
        doc_text = "".join(text)
        for s, e, _ in spans:
            assert doc_text[s:e] == doc_text[s:e].strip(), (i, doc_text[s:e])
        half = "dev" if i % 2 == 0 else "test"
        out[half].append(orjson.dumps({"id": f"doc{i:03d}", "text": doc_text, "spans": spans}))
    for half, rows in out.items():
        (DATA / f"{half}.jsonl").write_bytes(b"\n".join(rows) + b"\n")
        print(f"{half}: {len(rows)} docs", file=sys.stderr)


def load(half: str) -> list[dict]:
    return [orjson.loads(line) for line in (DATA / f"{half}.jsonl").read_bytes().splitlines() if line.strip()]


def score(docs: list[dict], predicted: list[list[tuple[int, int, str]]]) -> dict[str, tuple[float, float, float]]:
    """Exact-span micro P/R/F1 per type and overall."""
    tp: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    fn: Counter[str] = Counter()
    for doc, pred in zip(docs, predicted, strict=True):
        gold = {(s, e, lab) for s, e, lab in doc["spans"]}
        pred_set = {(s, e, CONLL[lab]) for s, e, lab in pred if lab in CONLL}
        for x in pred_set & gold:
            tp[x[2]] += 1
        for x in pred_set - gold:
            fp[x[2]] += 1
        for x in gold - pred_set:
            fn[x[2]] += 1
    res = {}
    for t in (*TYPES, "ALL"):
        a = sum(tp.values()) if t == "ALL" else tp[t]
        b = sum(fp.values()) if t == "ALL" else fp[t]
        c = sum(fn.values()) if t == "ALL" else fn[t]
        p = a / (a + b) if a + b else 0.0
        r = a / (a + c) if a + c else 0.0
        res[t] = (p, r, 2 * p * r / (p + r) if p + r else 0.0)
    return res


def predict_stock(nlp, docs: list[dict]) -> list[list[tuple[int, int, str]]]:
    return [[(e.start_char, e.end_char, e.label_) for e in d.ents] for d in nlp.pipe(x["text"] for x in docs)]


def predict_ours(enricher, docs: list[dict]) -> list[list[tuple[int, int, str]]]:
    # language detected as in production: a text taken for another language scores nothing
    recs = enricher.enrich_many([d["text"] for d in docs])
    return [[(e["start"], e["end"], e["label"]) for e in r["entities"]] for r in recs]


def _row(name: str, half: str, res: dict) -> str:
    cells = [f"{res['ALL'][0]:.2f} / {res['ALL'][1]:.2f} / **{res['ALL'][2]:.2f}**"]
    cells += [f"{res[t][2]:.2f}" for t in TYPES]
    return f"| {name} | {half} | " + " | ".join(cells) + " |"


def errors(docs: list[dict], predicted: list[list[tuple[int, int, str]]]) -> None:
    for doc, pred in zip(docs, predicted, strict=True):
        gold = {(s, e, lab) for s, e, lab in doc["spans"]}
        ps = {(s, e, CONLL[lab]) for s, e, lab in pred if lab in CONLL}
        t = doc["text"]
        for s, e, lab in sorted(ps - gold):
            print(f"  FP {doc['id']} {t[s:e]!r} {lab}")
        for s, e, lab in sorted(gold - ps):
            print(f"  FN {doc['id']} {t[s:e]!r} {lab}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--convert", action="store_true", help="regenerate dev/test JSONL from docs.txt")
    ap.add_argument("--ablation", action="store_true", help="add the steps one at a time")
    ap.add_argument("--errors", choices=["dev", "test"], help="list our FP/FN on a half")
    args = ap.parse_args(argv)
    if args.convert:
        convert()
        return 0
    from newswire.entities import STEPS, Enricher, load_english

    halves = {h: load(h) for h in ("dev", "test")}
    if args.errors:
        enr = Enricher()
        errors(halves[args.errors], predict_ours(enr, halves[args.errors]))
        return 0
    print("| system | half | P / R / F1 (PER+LOC+ORG) | PER F1 | LOC F1 | ORG F1 |")
    print("|---|---|---|---|---|---|")
    nlp = load_english(full=True)
    ner_only = load_english()
    for h, docs in halves.items():
        print(_row("stock en_core_web_sm (all pipes)", h, score(docs, predict_stock(nlp, docs))))
    for h, docs in halves.items():
        print(_row(f"stock, only {ner_only.pipe_names} (what Enricher runs)", h,
                   score(docs, predict_stock(ner_only, docs))))
    if args.ablation:
        for i in range(len(STEPS) + 1):
            enr = Enricher(steps=STEPS[:i])
            name = "ours: " + (" + ".join(STEPS[:i]) if i else "span clean-up only (leading 'the', glued scores)")
            for h, docs in halves.items():
                print(_row(name, h, score(docs, predict_ours(enr, docs))))
    else:
        enr = Enricher()
        for h, docs in halves.items():
            print(_row("ours (Enricher, all steps)", h, score(docs, predict_ours(enr, docs))))
    return 0


if __name__ == "__main__":
    sys.exit(main())
