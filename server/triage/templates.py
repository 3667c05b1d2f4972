"""Template detection: the same text, modulo names, numbers and links, seen from several senders.

Each message gets an exact fingerprint of its masked text and a MinHash signature of its masked word
uni- and bi-grams. A TemplateIndex answers "which earlier messages are near-copies of this one" with a
vectorised comparison of signatures, so it stays fast with tens of thousands of messages.
"""

from __future__ import annotations

import hashlib
from functools import lru_cache
from dataclasses import dataclass

import numpy as np

from server.triage.text import fingerprint, mask, words

SIGNATURE_SIZE = 64
# Estimated Jaccard similarity of masked word 1-2-grams above which two texts count as one template.
NEAR_DUPLICATE_THRESHOLD = 0.45
# Very short texts ("thanks!", "ok") are not templates even when identical.
MIN_TEMPLATE_WORDS = 6
_MIN_AGREEMENT = NEAR_DUPLICATE_THRESHOLD * SIGNATURE_SIZE
_ONES = np.ones(SIGNATURE_SIZE, dtype=np.float32)

_PRIME = (1 << 61) - 1
_rng = np.random.default_rng(20261122)
_A = _rng.integers(1, _PRIME, SIGNATURE_SIZE, dtype=np.uint64)
_B = _rng.integers(0, _PRIME, SIGNATURE_SIZE, dtype=np.uint64)


@dataclass(frozen=True)
class TextPrint:
    fingerprint: str
    minhash: bytes
    word_count: int


def shingles(masked: str) -> set[str]:
    tokens = words(masked)
    return set(tokens) | {f"{tokens[i]} {tokens[i + 1]}" for i in range(len(tokens) - 1)}


def minhash_signature(masked: str) -> np.ndarray:
    items = shingles(masked) or {""}
    hashes = np.array([_shingle_hash(s) for s in items], dtype=np.uint64)
    # (a*x + b) mod p per permutation; the 60-bit inputs keep the products inside uint64 with wrap-around,
    # which is fine for hashing purposes.
    permuted = (hashes[:, None] * _A[None, :] + _B[None, :]) % np.uint64(_PRIME)
    return permuted.min(axis=0).astype(np.uint32)


# Words and word pairs recur across messages far more than whole texts do: their hashes are kept (bounded).
_SHINGLE_HASHES: dict[str, int] = {}
_SHINGLE_HASHES_MAX = 100_000  # ≈ 14 MB at most, keys included (measured)


def _shingle_hash(shingle: str) -> int:
    value = _SHINGLE_HASHES.get(shingle)
    if value is None:
        if len(_SHINGLE_HASHES) >= _SHINGLE_HASHES_MAX:
            _SHINGLE_HASHES.clear()
        value = _SHINGLE_HASHES[shingle] = int.from_bytes(hashlib.blake2b(shingle.encode(), digest_size=8).digest(), "big") >> 4
    return value


def text_print(text: str, names: tuple[str, ...] = ()) -> TextPrint:
    return _print_of_masked(mask(text, names))


@lru_cache(maxsize=8192)
def _print_of_masked(masked: str) -> TextPrint:
    """Copies of a template mask to the same string: their fingerprint and signature are computed once."""
    return TextPrint(fingerprint(masked), minhash_signature(masked).tobytes(), len(words(masked)))


def similarity(a: bytes, b: bytes) -> float:
    sa, sb = np.frombuffer(a, dtype=np.uint32), np.frombuffer(b, dtype=np.uint32)
    return float(np.mean(sa == sb))


class TemplateIndex:
    """Near-duplicate lookup over one inbox's incoming messages.

    One row per distinct fingerprint (exact copies of a template share it), with the senders who sent it. A query
    matches its exact fingerprint directly and scans the most recent distinct texts for near-copies, so the cost
    stays bounded however large the inbox grows.
    """

    def __init__(self, recent: int = 5000) -> None:
        self.recent = recent
        self._matrix = np.empty((256, SIGNATURE_SIZE), dtype=np.uint32)
        self._rows: dict[str, int] = {}
        self._senders: list[list[str]] = []

    def add(self, sender_id: str, fingerprint: str, signature: bytes, word_count: int) -> None:
        if word_count < MIN_TEMPLATE_WORDS:
            return
        row = self._rows.get(fingerprint)
        if row is None:
            row = len(self._senders)
            if row == len(self._matrix):
                grown = np.empty((2 * row, SIGNATURE_SIZE), dtype=np.uint32)
                grown[:row] = self._matrix
                self._matrix = grown
            self._matrix[row] = np.frombuffer(signature, dtype=np.uint32)
            self._rows[fingerprint] = row
            self._senders.append([])
        self._senders[row].append(sender_id)

    def discard(self, sender_id: str, fingerprint: str) -> None:
        row = self._rows.get(fingerprint)
        if row is not None and sender_id in self._senders[row]:
            self._senders[row].remove(sender_id)

    def similar_senders(self, fingerprint: str, signature: bytes, word_count: int) -> list[str]:
        """Senders of stored texts that are copies or near-copies of this one, one entry per copy."""
        n = len(self._senders)
        if word_count < MIN_TEMPLATE_WORDS or n == 0:
            return []
        start = max(0, n - self.recent)
        query = np.frombuffer(signature, dtype=np.uint32)
        # Agreements counted by a float32 product with ones (exact for counts ≤ 64): half the time of a bool sum
        # over 5,000 rows, and this runs once per incoming message.
        near = (self._matrix[start:n] == query).astype(np.float32) @ _ONES >= _MIN_AGREEMENT
        rows = set((near.nonzero()[0] + start).tolist())
        exact = self._rows.get(fingerprint)
        if exact is not None:
            rows.add(exact)
        return [sender for row in rows for sender in self._senders[row]]
