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
from functools import lru_cache
from pathlib import Path
from typing import Protocol

import numpy as np

from server.triage.context import LABELS, MessageContext
from server.triage.signals import SIGNAL_POSITION, SIGNALS, FiredSignal
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

    def warm_up(self) -> None: ...


@lru_cache(maxsize=4096)
def _has_link(text: str) -> bool:
    return bool(URL_RE.search(text))


def structured_features(ctx: MessageContext, fired: list[FiredSignal]) -> np.ndarray:
    minutes = ctx.minutes_since_relationship_began
    earlier_noise = sum(1 for label in ctx.earlier_labels if label != "genuine")
    signal_values = [0.0] * len(SIGNALS)
    for f in fired:
        signal_values[SIGNAL_POSITION[f.signal.id]] = 1.0
    values = signal_values + [
        float(ctx.answers_owner_question),
        float(ctx.owner_started_thread),
        float(ctx.owner_wrote_before),
        math.log1p(ctx.unanswered_before),
        math.log1p(ctx.template_other_senders),
        math.log1p(ctx.template_same_sender),
        math.log1p(earlier_noise),
        float("genuine" in ctx.earlier_labels),
        float(_has_link(ctx.text)),
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
    # Per signal (all of them, shared between outputs): per label, how much firing pulls towards that label
    # rather than the others (its fitted weight for the label minus its mean weight for the other labels).
    signal_pulls: dict[str, dict[str, float]]
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
        self._pulls: dict[str, dict[str, float]] | None = None

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
        pulls = self._signal_pulls()
        # Plain lists first: reading numpy rows one by one costs more than the arithmetic above.
        return [
            ModelOutput(
                proba=dict(zip(LABELS, p, strict=True)),
                signal_pulls=pulls,
                text_contribution=dict(zip(LABELS, t, strict=True)),
                adjusted_scores=dict(zip(LABELS, a, strict=True)),
            )
            for p, t, a in zip(proba.tolist(), text_parts.tolist(), adjusted.tolist(), strict=True)
        ]

    def _signal_pulls(self) -> dict[str, dict[str, float]]:
        """Each signal's pull per label (constant for a loaded head, so computed once)."""
        if self._pulls is None:
            self._pulls = {
                s.id: {label: pull(dict(zip(LABELS, self.weights[:, i].tolist(), strict=True)), label) for label in LABELS}
                for i, s in enumerate(SIGNALS)
            }
        return self._pulls


def pull(contribution: dict[str, float], label: str) -> float:
    """How much a contribution to every label's score favours `label` over the others (on average)."""
    others = [v for other, v in contribution.items() if other != label]
    return contribution[label] - sum(others) / len(others)
