"""The learned voter: a sign-constrained multinomial logistic head over signals and a text model.

Every label's score is an intercept, plus the weights of the signals that fired, plus the text model's part (its
logit for that label, a linear classifier over the fine-tuned sentence embedding, times one fitted weight ≥ 0).
The fit (training.py) constrains each signal's weights: a
signal adds only to the score of the label it votes for (≥ 0; for "noise" signals, to any noise label) and adds
nothing to the others, so a signal that speaks for genuine can never move a message towards noise. Because the head
is linear, a verdict's reasons are exactly these parts.

Genuine is the default: `genuine_bias` is added to genuine's score (the operating point, chosen in training so real
people are kept first), and a text with no rule firing needs the text model to lead by `text_only_margin` more.

Only numpy is needed at run time: the artifact is a small .npz of weights (no pickle).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

import numpy as np

from server.triage.context import LABELS, MessageContext
from server.triage.signals import RETIRED_SIGNAL_IDS, SIGNAL_POSITION, SIGNALS, FiredSignal

ARTIFACT_DIR = Path(__file__).resolve().parent / "artifacts"
SIGNAL_FEATURES = tuple(f"signal:{s.id}" for s in SIGNALS)
GENUINE = LABELS.index("genuine")


class Embedder(Protocol):
    def embed(self, texts: Sequence[str], keys: Sequence[str | None] | None = None,
              signatures: Sequence[bytes | None] | None = None) -> np.ndarray: ...

    def warm_up(self) -> None: ...


def allowed_signal_weights() -> np.ndarray:
    """(labels, signals) mask: where a signal's weight may be non-zero (and is then ≥ 0)."""
    mask = np.zeros((len(LABELS), len(SIGNALS)), dtype=bool)
    for j, signal in enumerate(SIGNALS):
        for k, label in enumerate(LABELS):
            mask[k, j] = signal.label == label or (signal.label == "noise" and label != "genuine")
    return mask


def signal_vector(fired: list[FiredSignal]) -> np.ndarray:
    values = np.zeros(len(SIGNALS), dtype=np.float32)
    for f in fired:
        values[SIGNAL_POSITION[f.signal.id]] = 1.0
    return values


@dataclass(frozen=True)
class ModelOutput:
    """One message's scores, split into their parts."""

    # Final scores per label: intercept + signals + text, with the operating point's genuine bias applied.
    scores: dict[str, float]
    # Each fired signal's weight for each label (≥ 0, and zero for every label it does not vote for).
    signal_weights: dict[str, dict[str, float]]
    # The text model's part of each label's score, and the text model's own probabilities.
    text_part: dict[str, float]
    text_proba: dict[str, float]

    def weight(self, signal_id: str, label: str) -> float:
        return self.signal_weights[signal_id][label]


class LearnedHead:
    """Label scores for message contexts; `version` names the artifact.

    score(label) = intercept + Σ weights of the signals that fired + text_weight × text model's logit, where the text
    model is a linear classifier over the (fine-tuned) sentence embedding."""

    def __init__(self, signal_weights: np.ndarray, text_classifier: np.ndarray, text_bias: np.ndarray, intercept: np.ndarray, *,
                 text_weight: float, text_swing: float, genuine_bias: float, text_only_margin: float, version: str,
                 embedder: Embedder) -> None:
        self.signal_weights = signal_weights.astype(np.float32)  # (labels, signals)
        self.text_classifier = text_classifier.astype(np.float32)  # (labels, embedding dimension)
        self.text_bias = text_bias.astype(np.float32)
        self.intercept = intercept.astype(np.float32)
        self.text_weight = float(text_weight)
        # How far the text part moved two labels' scores apart on the training texts: when the signals alone lead by
        # more, the cascade skips the text model (see engine._decisive).
        self.max_text_swing = float(text_swing)
        self.genuine_bias = float(genuine_bias)
        self.text_only_margin = float(text_only_margin)
        self.version = version
        self.embedder = embedder
        self.embedding_settings: dict = {}
        allowed = allowed_signal_weights()
        if np.any(self.signal_weights[~allowed] != 0) or np.any(self.signal_weights < 0) or self.text_weight < 0:
            raise ValueError("a weight pulls against its own label: the artifact is not sign-constrained")
        self._weights_by_signal = {
            s.id: {label: float(self.signal_weights[k, j]) for k, label in enumerate(LABELS)} for j, s in enumerate(SIGNALS)
        }

    @classmethod
    def load(cls, directory: Path, embedder: Embedder) -> LearnedHead:
        meta_path, weights_path = directory / "head.json", directory / "head.npz"
        if not meta_path.is_file() or not weights_path.is_file():
            raise FileNotFoundError(f"no trained model in {directory}: run `inchdeep train`")
        meta = json.loads(meta_path.read_text())
        stored = meta.get("signal_features") or []
        # Retired signals' columns are dropped; any other difference means another set of signals.
        retired = {f"signal:{i}" for i in RETIRED_SIGNAL_IDS}
        kept = [k for k, feature in enumerate(stored) if feature not in retired]
        if [stored[k] for k in kept] != list(SIGNAL_FEATURES) or tuple(meta["labels"]) != LABELS or "text_weight" not in meta:
            raise ValueError(f"the model in {directory} was trained with other signals: run `inchdeep train` again")
        data = np.load(weights_path, allow_pickle=False)
        head = cls(data["signal_weights"][:, kept], data["text_classifier"], data["text_bias"], data["intercept"],
                   text_weight=meta["text_weight"], text_swing=meta["text_swing"], genuine_bias=meta["genuine_bias"],
                   text_only_margin=meta["text_only_margin"], version=meta["version"], embedder=embedder)
        head.embedding_settings = meta.get("embedding_settings", {})
        return head

    def weight(self, signal_id: str, label: str) -> float:
        """A signal's fitted weight for a label (≥ 0; zero for the labels it does not vote for)."""
        return self._weights_by_signal[signal_id][label]

    def signal_only_scores(self, fired: list[FiredSignal]) -> dict[str, float]:
        """Scores without the text part (what the cascade can know before embedding anything)."""
        scores = self.intercept + self.signal_weights @ signal_vector(fired)
        scores[GENUINE] += self.genuine_bias + (0.0 if _noise_rule_fired(fired) else self.text_only_margin)
        return dict(zip(LABELS, scores.tolist(), strict=True))

    def explain(self, contexts: Sequence[MessageContext], fired: Sequence[list[FiredSignal]]) -> list[ModelOutput]:
        if not contexts:
            return []
        signals = np.vstack([signal_vector(f) for f in fired])
        embeddings = self.embedder.embed([c.text for c in contexts], [c.fingerprint or None for c in contexts])
        # Whole-batch arithmetic; the loop below only reads the results into per-message dicts.
        text_logits = embeddings @ self.text_classifier.T + self.text_bias
        text_part = self.text_weight * text_logits
        scores = self.intercept + signals @ self.signal_weights.T + text_part
        scores[:, GENUINE] += self.genuine_bias + np.array(
            [0.0 if _noise_rule_fired(f) else self.text_only_margin for f in fired], dtype=np.float32)
        text_proba = np.exp(text_logits - text_logits.max(axis=1, keepdims=True))
        text_proba /= text_proba.sum(axis=1, keepdims=True)
        return [
            ModelOutput(
                scores=dict(zip(LABELS, s, strict=True)),
                signal_weights={f.signal.id: self._weights_by_signal[f.signal.id] for f in fired_here},
                text_part=dict(zip(LABELS, t, strict=True)),
                text_proba=dict(zip(LABELS, p, strict=True)),
            )
            for s, t, p, fired_here in zip(scores.tolist(), text_part.tolist(), text_proba.tolist(), fired, strict=True)
        ]


def _noise_rule_fired(fired: list[FiredSignal]) -> bool:
    return any(f.signal.label != "genuine" for f in fired)
