"""IPTC Media Topics (top level) for news articles.

Why this shape: no labelled news corpus may be used, so topics are described in data
(``data/iptc.toml``: description, keywords, hand-written example headlines) and an
article is compared with those in MiniLM space. The final score mixes four pieces of
evidence, weights fitted on the dev halves of our own hand-written sets only:

* cosine to the topic centroid (description + examples),
* mean cosine to the topic's k nearest example headlines (sharper than a centroid
  for topics with several sub-genres, e.g. sport or science-technology),
* keyword hits (title counted double), log-damped,
* a per-topic prior (the five topics that dominate general newswire get a little more).

A logistic regression trained on the example headlines was tried and did not beat this
on the dev halves (see docs/TOPICS.md), so it is not used.

The logits go through a softmax with a temperature so scores read as probabilities.
Only the title and the first ``max_tokens`` WordPiece tokens are encoded: the encoder
is the cost, and the lead carries the topic.
"""

from __future__ import annotations

import html
import re
import threading
from dataclasses import dataclass
from typing import Any

import numpy as np

from newswire.topics.taxonomy import Topic, load_topics

__all__ = ["Topic", "TopicClassifier", "Weights", "load_topics", "shared_classifier"]


@dataclass(frozen=True)
class Weights:
    """How the evidence is mixed; defaults fitted on the dev halves in tests/data/topics/."""

    centroid: float = 0.5
    knn: float = 1.0
    knn_k: int = 12
    keyword: float = 0.06
    prior: float = 1.0  # scale of the per-topic priors in the data file
    temperature: float = 0.05  # minimises dev-set log loss
    title_weight: float = 0.0  # >0: also encode the title alone and mix it in
    examples_used: int | None = None  # None = all examples (baseline uses 3)
    use_description: bool = True


BASELINE = Weights(centroid=1.0, knn=0.0, keyword=0.0, prior=0.0, examples_used=3, temperature=0.05)
FINAL = Weights()


_WORD = re.compile(r"[a-z0-9]+(?:[-'][a-z0-9]+)*")


def _norm_words(text: str) -> str:
    return " " + " ".join(_WORD.findall(text.lower())) + " "


def keyword_counts(topics: list[Topic], title: str, text: str) -> np.ndarray:
    """Whole-word/phrase keyword hits per topic; the title counts double."""
    t, b = _norm_words(title), _norm_words(text)
    out = np.zeros(len(topics), dtype=np.float32)
    for i, topic in enumerate(topics):
        n = 0
        for kw in topic.keywords:
            pat = f" {kw} "
            n += 2 * t.count(pat) + b.count(pat)
        out[i] = n
    return out


_BROKEN_ENTITY = re.compile(r"(?<![&\w])#(\d{2,4});")


def clean(text: str) -> str:
    """Undo HTML escaping that feeds carry (``&amp;quot;``, bare ``#39;``), squeeze spaces."""
    if "&" in text or "#" in text:
        text = html.unescape(text)
        text = html.unescape(_BROKEN_ENTITY.sub(lambda m: f"&#{m.group(1)};", text))
        text = re.sub(r"<[^>]{1,200}>", " ", text)
    return " ".join(text.replace("\\", " ").split())


def lead_text(title: str, text: str, max_words: int = 120) -> str:
    """Title plus the start of the body; the tokenizer truncates the rest."""
    title, text = clean(title), clean(text)
    words = text.split()
    body = " ".join(words[:max_words])
    title = title.strip()
    if title and body:
        sep = " " if title[-1] in ".!?:" else ". "
        return f"{title}{sep}{body}"
    return title or body


class TopicClassifier:
    """Scores an article against the 17 IPTC top-level topics, best first."""

    def __init__(
        self,
        encoder: Any = None,
        topics: list[Topic] | None = None,
        weights: Weights = FINAL,
        max_tokens: int = 48,
    ) -> None:
        if encoder is None:
            from newswire.topics.encoder import shared_encoder

            encoder = shared_encoder()
        self.encoder = encoder
        self.topics = topics or load_topics()
        self.weights = weights
        self.max_tokens = max_tokens
        self._build_prototypes()

    def _build_prototypes(self) -> None:
        w = self.weights
        texts: list[str] = []
        owner: list[int] = []
        desc_idx: list[int] = []
        for i, t in enumerate(self.topics):
            ex = list(t.examples if w.examples_used is None else t.examples[: w.examples_used])
            if w.use_description:
                desc_idx.append(len(texts))
                texts.append(t.description)
                owner.append(i)
            texts.extend(ex)
            owner.extend([i] * len(ex))
        emb = self._prototype_embeddings(texts)
        self._owner = np.asarray(owner)
        is_desc = np.zeros(len(texts), dtype=bool)
        is_desc[desc_idx] = True
        self._example_emb = emb[~is_desc]
        self._example_owner = self._owner[~is_desc]
        cents = np.zeros((len(self.topics), emb.shape[1]), dtype=np.float32)
        for i in range(len(self.topics)):
            c = emb[self._owner == i].mean(axis=0)
            cents[i] = c / max(float(np.linalg.norm(c)), 1e-9)
        self._centroids = cents

    def _prototype_embeddings(self, texts: list[str]) -> np.ndarray:
        """Encode the prototypes, cached on disk: encoding ~300 texts is most of startup."""
        import hashlib
        import os

        from newswire.config import settings

        h = hashlib.sha256(type(self.encoder).__name__.encode())
        h.update(str(getattr(self.encoder, "fingerprint", "")).encode())
        for t in texts:
            h.update(t.encode("utf-8") + b"\0")
        path = settings().home / "topics" / f"prototypes-{h.hexdigest()[:24]}.npy"
        try:
            emb = np.load(path)
            if emb.shape[0] == len(texts):
                return emb
        except (OSError, ValueError):
            pass
        emb = self.encoder.encode(texts)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_suffix(f".{os.getpid()}.tmp")
            with open(tmp, "wb") as f:
                np.save(f, emb)
            os.replace(tmp, path)
        except OSError:
            pass  # read-only home: just encode every time
        return emb

    # -- scoring -----------------------------------------------------------------

    def embed(self, items: list[tuple[str, str]]) -> np.ndarray:
        """Article embeddings from title + lead, truncated to ``max_tokens``."""
        enc = self.encoder
        texts = [lead_text(t, b) for t, b in items]
        ids = [e.ids for e in enc.tokenizer.encode_batch(texts)]
        cut = [x if len(x) <= self.max_tokens else x[: self.max_tokens - 1] + [x[-1]] for x in ids]
        emb = enc.encode_ids(cut)
        if self.weights.title_weight > 0:
            temb = enc.encode([t or " " for t, _ in items])
            emb = emb + self.weights.title_weight * temb
            emb /= np.maximum(np.linalg.norm(emb, axis=1, keepdims=True), 1e-9)
        return emb

    def logits(self, emb: np.ndarray, items: list[tuple[str, str]]) -> np.ndarray:
        w = self.weights
        out = w.centroid * (emb @ self._centroids.T)
        if w.knn:
            sims = emb @ self._example_emb.T
            knn = np.zeros_like(out)
            for i in range(len(self.topics)):
                s = sims[:, self._example_owner == i]
                if s.shape[1] == 0:
                    continue
                k = min(w.knn_k, s.shape[1])
                knn[:, i] = np.sort(s, axis=1)[:, -k:].mean(axis=1)
            out = out + w.knn * knn
        if w.prior:
            out = out + w.prior * np.asarray([t.prior for t in self.topics], dtype=np.float32)
        if w.keyword:
            kw = np.vstack([keyword_counts(self.topics, t, b) for t, b in items])
            out = out + w.keyword * np.log1p(kw)
        return out

    def probabilities(self, logits: np.ndarray) -> np.ndarray:
        z = logits / max(self.weights.temperature, 1e-6)
        z -= z.max(axis=1, keepdims=True)
        p = np.exp(z)
        return p / p.sum(axis=1, keepdims=True)

    def classify_many(self, items: list[tuple[str, str]]) -> list[list[dict]]:
        """Per (title, text): all topics as ``{label, code, slug, score}``, best first."""
        if not items:
            return []
        items = [(t or "", b or "") for t, b in items]
        probs = self.probabilities(self.logits(self.embed(items), items))
        results = []
        for row in probs:
            order = np.argsort(-row, kind="stable")
            results.append(
                [
                    {
                        "label": self.topics[j].label,
                        "code": self.topics[j].code,
                        "slug": self.topics[j].slug,
                        "score": round(float(row[j]), 4),
                    }
                    for j in order
                ]
            )
        return results

    def classify(self, title: str, text: str) -> list[dict]:
        return self.classify_many([(title, text)])[0]


_SHARED: TopicClassifier | None = None
_LOCK = threading.Lock()


def shared_classifier() -> TopicClassifier:
    """One classifier per process (prototype embeddings are computed once, ~1 s)."""
    global _SHARED
    with _LOCK:
        if _SHARED is None:
            _SHARED = TopicClassifier()
        return _SHARED


def coarse_of(slug: str, topics: list[Topic] | None = None) -> str:
    """4-class mapping (world/business/scitech/sport) of a topic slug."""
    for t in topics or load_topics():
        if t.slug == slug:
            return t.coarse
    raise KeyError(slug)
