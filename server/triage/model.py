"""The learned voter: a multinomial logistic-regression head over sentence embeddings plus signal features.

Only numpy is needed at run time: the artifact is a small .npz of weights (no pickle). Because the head is
linear, every label's score splits exactly into per-signal contributions plus the text embedding's
contribution, which is what the verdict's reasons show.
"""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

import numpy as np

from server.triage.context import LABELS, MessageContext
from server.triage.signals import SIGNALS, FiredSignal
from server.triage.text import URL_RE

ARTIFACT_DIR = Path(__file__).resolve().parent / "artifacts"
CONTEXT_FEATURES = (
    "ctx:answers_owner_question", "ctx:owner_started_thread", "ctx:owner_wrote_before", "ctx:unanswered_before",
    "ctx:template_other_senders", "ctx:template_same_sender", "ctx:earlier_noise", "ctx:earlier_genuine",
    "ctx:has_link", "ctx:within_hour", "ctx:within_day", "ctx:within_window", "ctx:connection_known", "ctx:length",
)
SIGNAL_FEATURES = tuple(f"signal:{s.id}" for s in SIGNALS)


class Embedder(Protocol):
    def embed(self, texts: Sequence[str], keys: Sequence[str | None] | None = None,
              signatures: Sequence[bytes | None] | None = None) -> np.ndarray: ...


def structured_features(ctx: MessageContext, fired: list[FiredSignal]) -> np.ndarray:
    ids = {f.signal.id for f in fired}
    minutes = ctx.minutes_since_relationship_began
    earlier_noise = sum(1 for label in ctx.earlier_labels if label != "genuine")
    values = [1.0 if s.id in ids else 0.0 for s in SIGNALS] + [
        float(ctx.answers_owner_question),
        float(ctx.owner_started_thread),
        float(ctx.owner_wrote_before),
        math.log1p(ctx.unanswered_before),
        math.log1p(ctx.template_other_senders),
        math.log1p(ctx.template_same_sender),
        math.log1p(earlier_noise),
        float("genuine" in ctx.earlier_labels),
        float(bool(URL_RE.search(ctx.text))),
        float(minutes is not None and minutes <= 60),
        float(minutes is not None and minutes <= 1440),
        float(minutes is not None and minutes <= 14 * 1440),
        float(ctx.connection_known),
        math.log1p(len(ctx.text)) / 5,
    ]
    return np.asarray(values, dtype=np.float32)


@dataclass(frozen=True)
class ModelOutput:
    proba: dict[str, float]
    # Per fired signal: its contribution to each label's score.
    signal_contributions: dict[str, dict[str, float]]
    # The text embedding's contribution to each label's score.
    text_contribution: dict[str, float]
    adjusted_scores: dict[str, float]


class LearnedHead:
    """Label probabilities for message contexts; `version` names the artifact."""

    def __init__(self, weights: np.ndarray, intercept: np.ndarray, label_bias: np.ndarray, version: str, embedder: Embedder) -> None:
        self.weights = weights.astype(np.float32)  # (labels, features)
        self.intercept = intercept.astype(np.float32)
        self.label_bias = label_bias.astype(np.float32)
        self.version = version
        self.embedder = embedder
        self.n_structured = len(SIGNAL_FEATURES) + len(CONTEXT_FEATURES)
        self.embedding_settings: dict = {}
        self._contributions: dict[str, dict[str, float]] | None = None

    @classmethod
    def load(cls, directory: Path, embedder: Embedder) -> LearnedHead:
        meta_path, weights_path = directory / "head.json", directory / "head.npz"
        if not meta_path.is_file() or not weights_path.is_file():
            raise FileNotFoundError(f"no trained model in {directory}: run `inchdeep train`")
        meta = json.loads(meta_path.read_text())
        data = np.load(weights_path, allow_pickle=False)
        expected = list(SIGNAL_FEATURES + CONTEXT_FEATURES)
        if meta["structured_features"] != expected or tuple(meta["labels"]) != LABELS:
            raise ValueError(f"the model in {directory} was trained with other signals: run `inchdeep train` again")
        head = cls(data["weights"], data["intercept"], data["label_bias"], meta["version"], embedder)
        head.embedding_settings = meta.get("embedding_settings", {})
        return head

    def features(self, contexts: Sequence[MessageContext], fired: Sequence[list[FiredSignal]]) -> np.ndarray:
        structured = np.vstack([structured_features(c, f) for c, f in zip(contexts, fired, strict=True)])
        embeddings = self.embedder.embed([c.text for c in contexts], [c.fingerprint or None for c in contexts])
        return np.hstack([structured, embeddings]).astype(np.float32)

    def explain(self, contexts: Sequence[MessageContext], fired: Sequence[list[FiredSignal]]) -> list[ModelOutput]:
        if not contexts:
            return []
        x = self.features(contexts, fired)
        # Whole-batch arithmetic; the loop below only reads the results into per-message dicts.
        scores = x @ self.weights.T + self.intercept
        proba = np.exp(scores - scores.max(axis=1, keepdims=True))
        proba /= proba.sum(axis=1, keepdims=True)
        text_parts = x[:, self.n_structured :] @ self.weights[:, self.n_structured :].T
        adjusted = scores + self.label_bias
        contributions = self._signal_contributions()
        # Plain lists first: reading numpy rows one by one costs more than the arithmetic above.
        return [
            ModelOutput(
                proba=dict(zip(LABELS, p, strict=True)),
                signal_contributions={f.signal.id: contributions[f.signal.id] for f in fired_here},
                text_contribution=dict(zip(LABELS, t, strict=True)),
                adjusted_scores=dict(zip(LABELS, a, strict=True)),
            )
            for p, t, a, fired_here in zip(proba.tolist(), text_parts.tolist(), adjusted.tolist(), fired, strict=True)
        ]

    def _signal_contributions(self) -> dict[str, dict[str, float]]:
        """Each signal's fitted weight per label (constant for a loaded head, so computed once)."""
        if self._contributions is None:
            self._contributions = {
                s.id: {label: float(self.weights[k, i]) for k, label in enumerate(LABELS)} for i, s in enumerate(SIGNALS)
            }
        return self._contributions
