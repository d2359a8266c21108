"""The numpy MiniLM must reproduce the original implementation's ids and embeddings."""

from __future__ import annotations

import json
import os
from pathlib import Path

import numpy as np
import pytest

REPO = Path(__file__).resolve().parents[2]


def _reference_path() -> Path:
    shared = os.environ.get("NEWSWIRE_SHARED_DIR")
    base = Path(shared) if shared else REPO.parent / "shared"
    return base / "eval" / "minilm-reference.json"


@pytest.fixture(scope="module")
def reference() -> dict:
    path = _reference_path()
    if not path.exists():
        pytest.skip(f"reference embeddings not found at {path} (set NEWSWIRE_SHARED_DIR)")
    return json.loads(path.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def encoder():
    from newswire.topics.encoder import MiniLMEncoder

    try:
        return MiniLMEncoder()
    except FileNotFoundError as exc:
        pytest.skip(str(exc))


def test_token_ids_match_exactly(reference: dict, encoder) -> None:
    items = reference["items"]
    ids = encoder.tokenize([it["text"] for it in items])
    for it, got in zip(items, ids, strict=True):
        assert got == it["input_ids"], it["text"][:60]


def test_embeddings_match_reference(reference: dict, encoder) -> None:
    items = reference["items"]
    got = encoder.encode([it["text"] for it in items], batch_size=8)
    ref = np.asarray([it["embedding"] for it in items], dtype=np.float64)
    ref /= np.linalg.norm(ref, axis=1, keepdims=True)
    cos = (got.astype(np.float64) * ref).sum(axis=1)
    bad = [(it["text"][:40], float(c)) for it, c in zip(items, cos, strict=True) if c < 0.999]
    assert not bad, bad
    assert np.allclose(np.linalg.norm(got, axis=1), 1.0, atol=1e-4)


def test_batching_does_not_change_embeddings(encoder) -> None:
    texts = ["Short one.", "A much longer sentence about the central bank and interest rates today."]
    together = encoder.encode(texts, batch_size=2)
    alone = np.vstack([encoder.encode([t]) for t in texts])
    assert np.allclose(together, alone, atol=1e-5)
