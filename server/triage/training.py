"""`inchdeep train`: fit the learned head on the labelled corpus and write a versioned artifact.

Contexts for training come from replaying the corpus through the same ingest path production uses, with
the gold labels standing in for earlier verdicts. Hyper-parameters (regularisation and a bias towards
genuine, since hiding a real person is the costliest mistake) are chosen by cross-validation on the
training threads only; the dev threads are never seen here.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

import numpy as np

from server.triage.context import LABELS, MessageContext
from server.triage.engine import Override, Reason, TriageEngine, Verdict
from server.triage.model import CONTEXT_FEATURES, SIGNAL_FEATURES, Embedder, structured_features
from server.triage.policy import Action
from server.triage.signals import fire_all

CORPUS_DIR = Path(__file__).resolve().parents[2] / "data" / "corpus"
# The smallest genuine recall the chosen bias must reach in cross-validation.
TARGET_GENUINE_RECALL = 0.985


class GoldEngine(TriageEngine):
    """Answers with the gold label and records every context it is asked about."""

    def __init__(self, gold: dict[str, str]) -> None:
        super().__init__()
        self.gold = gold
        self.seen: list[tuple[MessageContext, str]] = []

    def judge_batch(self, contexts: Sequence[MessageContext], overrides: Sequence[Override | None] | None = None) -> list[Verdict]:
        verdicts = []
        for ctx in contexts:
            label = self.gold.get(ctx.message_id, "genuine")
            self.seen.append((ctx, label))
            verdicts.append(Verdict(label, 1.0, [], [Reason("GOLD", 0.0, "training replay")], Action("none", ""), "gold"))
        return verdicts


def training_contexts(path: Path) -> tuple[list[MessageContext], list[str], list[str]]:
    """Contexts, gold labels and thread ids of the labelled incoming messages in a corpus file."""
    from server.evaluation import _id, read_labelled, replay

    items = read_labelled(path)
    gold = {_id(i.message): i.label for i in items if i.label and i.message.direction == "incoming"}
    threads = {_id(i.message): f"{i.message.platform}:{i.message.thread_id}" for i in items}
    engine = GoldEngine(gold)
    replay(items, engine)
    kept = [(ctx, label) for ctx, label in engine.seen if ctx.message_id in gold]
    return [c for c, _ in kept], [l for _, l in kept], [threads[c.message_id] for c, _ in kept]


def feature_matrix(contexts: Sequence[MessageContext], embedder: Embedder) -> np.ndarray:
    structured = np.vstack([structured_features(c, fire_all(c)) for c in contexts])
    return np.hstack([structured, embedder.embed([c.text for c in contexts])]).astype(np.float32)


@dataclass
class FitResult:
    weights: np.ndarray
    intercept: np.ndarray
    label_bias: np.ndarray
    c: float
    cv_macro_f1: float
    cv_genuine_recall: float


def _macro_f1(y: np.ndarray, pred: np.ndarray) -> float:
    f1s = []
    for k in range(len(LABELS)):
        tp = np.sum((pred == k) & (y == k))
        fp = np.sum((pred == k) & (y != k))
        fn = np.sum((pred != k) & (y == k))
        if tp + fn == 0:
            continue
        f1s.append(2 * tp / (2 * tp + fp + fn) if tp else 0.0)
    return float(np.mean(f1s)) if f1s else 0.0


def fit(x: np.ndarray, labels: Sequence[str], groups: Sequence[str], *, folds: int = 5,
        c_grid: Sequence[float] = (0.5, 1.0, 2.0, 4.0, 8.0), seed: int = 7) -> FitResult:
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import GroupKFold

    y = np.array([LABELS.index(l) for l in labels])
    n_folds = max(2, min(folds, len(set(groups))))
    splitter = GroupKFold(n_splits=n_folds)

    def model(c: float) -> LogisticRegression:
        return LogisticRegression(C=c, max_iter=3000, class_weight="balanced", random_state=seed)

    best: tuple[float, float, float, float] | None = None  # (macro_f1, c, bias, genuine_recall)
    genuine = LABELS.index("genuine")
    for c in c_grid:
        # Out-of-fold scores for every training message, grouped by thread so no thread leaks across folds.
        scores = np.zeros((len(y), len(LABELS)))
        for train_idx, test_idx in splitter.split(x, y, groups):
            clf = model(c).fit(x[train_idx], y[train_idx])
            scores[test_idx] = _full_scores(clf, x[test_idx])
        for bias in np.arange(0.0, 3.01, 0.25):
            shifted = scores.copy()
            shifted[:, genuine] += bias
            pred = shifted.argmax(axis=1)
            recall = float(np.mean(pred[y == genuine] == genuine)) if np.any(y == genuine) else 1.0
            if recall >= TARGET_GENUINE_RECALL:
                f1 = _macro_f1(y, pred)
                if best is None or f1 > best[0] + 1e-9:
                    best = (f1, c, float(bias), recall)
                break  # the smallest bias that reaches the target recall, for this C
    if best is None:
        best = (0.0, 1.0, 3.0, 0.0)
    f1, c, bias, recall = best
    final = model(c).fit(x, y)
    weights, intercept = _full_params(final)
    label_bias = np.zeros(len(LABELS), dtype=np.float32)
    label_bias[genuine] = bias
    return FitResult(weights, intercept, label_bias, c, f1, recall)


def _full_params(clf) -> tuple[np.ndarray, np.ndarray]:  # noqa: ANN001
    """Weights for all four labels, even when a label is missing from a (small) training set."""
    weights = np.full((len(LABELS), clf.coef_.shape[1]), 0.0, dtype=np.float32)
    intercept = np.full(len(LABELS), -20.0, dtype=np.float32)
    classes = list(clf.classes_)
    if len(classes) == 2:  # sklearn stores one row for binary problems
        weights[classes[1]], intercept[classes[1]] = clf.coef_[0] / 2, clf.intercept_[0] / 2
        weights[classes[0]], intercept[classes[0]] = -clf.coef_[0] / 2, -clf.intercept_[0] / 2
        return weights, intercept
    for row, k in enumerate(classes):
        weights[k], intercept[k] = clf.coef_[row], clf.intercept_[row]
    return weights, intercept


def _full_scores(clf, x: np.ndarray) -> np.ndarray:  # noqa: ANN001
    weights, intercept = _full_params(clf)
    return x @ weights.T + intercept


def save_artifact(result: FitResult, directory: Path, *, trained_on: str, examples: int,
                  embedding_settings: dict | None = None) -> str:
    directory.mkdir(parents=True, exist_ok=True)
    digest = hashlib.sha256(result.weights.tobytes() + result.intercept.tobytes() + result.label_bias.tobytes()).hexdigest()[:10]
    version = f"minilm-lr-{digest}"
    np.savez(directory / "head.npz", weights=result.weights, intercept=result.intercept, label_bias=result.label_bias)
    meta = {
        "version": version,
        "labels": list(LABELS),
        "structured_features": list(SIGNAL_FEATURES + CONTEXT_FEATURES),
        "embedding": "all-MiniLM-L6-v2 mean-pooled, L2-normalised, 384-d",
        # Serve with the same inference settings the head was trained on (INCHDEEP_MODEL_RUNTIME / _MAX_TOKENS / _QUANTIZE).
        "embedding_settings": embedding_settings or {},
        "trained_on": trained_on,
        "examples": examples,
        "regularisation_c": result.c,
        "genuine_bias": float(result.label_bias[LABELS.index("genuine")]),
        "cv_macro_f1": round(result.cv_macro_f1, 4),
        "cv_genuine_recall": round(result.cv_genuine_recall, 4),
        "trained_at": datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
    }
    (directory / "head.json").write_text(json.dumps(meta, indent=2) + "\n")
    return version


def train(corpus: Path, out_dir: Path, embedder: Embedder, embedding_settings: dict | None = None) -> dict:
    contexts, labels, groups = training_contexts(corpus)
    x = feature_matrix(contexts, embedder)
    result = fit(x, labels, groups)
    version = save_artifact(result, out_dir, trained_on=corpus.name, examples=len(labels), embedding_settings=embedding_settings)
    return json.loads((out_dir / "head.json").read_text()) | {"version": version}
