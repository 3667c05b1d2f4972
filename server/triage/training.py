"""`inchdeep train`: fit the sign-constrained head on the labelled corpus and write a versioned artifact.

Contexts for training come from replaying the corpus through the same ingest path production uses, with the gold
labels standing in for earlier verdicts. The fit is a multinomial logistic regression solved with bounded L-BFGS:
each signal's weight is ≥ 0 for the label it votes for and fixed at 0 for the others (see model.py), the text
model's weights are free but more strongly regularised.

Choices made on the training file only, by cross-validation grouped by *family* (every message of a family of
texts — e.g. "customer questions", "political fundraising" — is held out together), so they are judged on kinds of
text the fit has not seen:
- the text weights' regularisation, for the best macro-F1;
- the operating point: the genuine bias and the extra margin the text model needs when no rule fires, the pair
  that catches the most noise while keeping at least TARGET_GENUINE_RECALL of genuine messages.
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
from server.triage.model import SIGNAL_FEATURES, Embedder, allowed_signal_weights, signal_vector
from server.triage.policy import Action
from server.triage.signals import SIGNALS, fire_all

CORPUS_DIR = Path(__file__).resolve().parents[2] / "data" / "corpus"
# Genuine messages the operating point must keep, out of fold (hiding a real person is the costliest mistake).
TARGET_GENUINE_RECALL = 0.99
SIGNAL_L2 = 1e-3
TEXT_L2_GRID = (3e-3, 1e-2, 3e-2)
BIAS_GRID = tuple(np.round(np.arange(0.0, 6.01, 0.25), 2))
MARGIN_GRID = (0.0, 0.5, 1.0, 1.5, 2.0, 3.0)
GENUINE = LABELS.index("genuine")


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


@dataclass
class TrainingSet:
    contexts: list[MessageContext]
    labels: list[str]
    threads: list[str]
    families: list[str]


def training_contexts(path: Path) -> TrainingSet:
    """Contexts, gold labels, thread ids and families of the labelled incoming messages in a corpus file."""
    from server.evaluation import _id, read_labelled, replay

    items = read_labelled(path)
    gold = {_id(i.message): i.label for i in items if i.label and i.message.direction == "incoming"}
    threads = {_id(i.message): f"{i.message.platform}:{i.message.thread_id}" for i in items}
    families = {_id(i.message): i.family or threads[_id(i.message)] for i in items}
    engine = GoldEngine(gold)
    replay(items, engine)
    kept = [(ctx, label) for ctx, label in engine.seen if ctx.message_id in gold]
    return TrainingSet([c for c, _ in kept], [l for _, l in kept], [threads[c.message_id] for c, _ in kept],
                       [families[c.message_id] for c, _ in kept])


def signal_matrix(contexts: Sequence[MessageContext]) -> np.ndarray:
    return np.vstack([signal_vector(fire_all(c)) for c in contexts]).astype(np.float64)


def embedding_matrix(contexts: Sequence[MessageContext], embedder: Embedder) -> np.ndarray:
    return np.asarray(embedder.embed([c.text for c in contexts]), dtype=np.float64)


@dataclass
class Head:
    signal_weights: np.ndarray  # (labels, signals), ≥ 0 where allowed, 0 elsewhere
    text_weights: np.ndarray  # (labels, dimension)
    intercept: np.ndarray  # (labels,)

    def scores(self, signals: np.ndarray, embeddings: np.ndarray) -> np.ndarray:
        return signals @ self.signal_weights.T + embeddings @ self.text_weights.T + self.intercept


def fit_head(signals: np.ndarray, embeddings: np.ndarray, y: np.ndarray, *, text_l2: float,
             signal_l2: float = SIGNAL_L2) -> Head:
    """Class-balanced multinomial logistic regression, signal weights bounded as model.py requires (L-BFGS-B)."""
    from scipy.optimize import minimize

    n, s = signals.shape
    d = embeddings.shape[1]
    k = len(LABELS)
    counts = np.bincount(y, minlength=k).astype(np.float64)
    sample_weight = (n / (k * np.maximum(counts, 1)))[y]
    sample_weight /= sample_weight.sum()
    onehot = np.eye(k)[y]
    allowed = allowed_signal_weights()

    def unpack(theta: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        return theta[: k * s].reshape(k, s), theta[k * s : k * s + k * d].reshape(k, d), theta[k * s + k * d :]

    def loss(theta: np.ndarray) -> tuple[float, np.ndarray]:
        ws, wt, b = unpack(theta)
        z = signals @ ws.T + embeddings @ wt.T + b
        z -= z.max(axis=1, keepdims=True)
        log_p = z - np.log(np.exp(z).sum(axis=1, keepdims=True))
        value = -(sample_weight * (onehot * log_p).sum(axis=1)).sum()
        value += 0.5 * signal_l2 * (ws**2).sum() + 0.5 * text_l2 * (wt**2).sum()
        residual = (np.exp(log_p) - onehot) * sample_weight[:, None]
        grad = np.concatenate([
            (residual.T @ signals + signal_l2 * ws).ravel(),
            (residual.T @ embeddings + text_l2 * wt).ravel(),
            residual.sum(axis=0),
        ])
        return float(value), grad

    bounds = [(0.0, None) if ok else (0.0, 0.0) for ok in allowed.ravel()] + [(None, None)] * (k * d + k)
    start = np.zeros(k * s + k * d + k)
    result = minimize(loss, start, jac=True, method="L-BFGS-B", bounds=bounds, options={"maxiter": 3000})
    ws, wt, b = unpack(result.x)
    ws = np.where(allowed, np.maximum(ws, 0.0), 0.0)
    return Head(ws, wt, b)


def _oof_scores(signals: np.ndarray, embeddings: np.ndarray, y: np.ndarray, groups: Sequence[str], text_l2: float,
                folds: int) -> np.ndarray:
    """Out-of-fold scores (before any operating point), every group held out together."""
    from sklearn.model_selection import GroupKFold

    scores = np.zeros((len(y), len(LABELS)))
    splitter = GroupKFold(n_splits=max(2, min(folds, len(set(groups)))))
    for train_idx, test_idx in splitter.split(signals, y, groups):
        head = fit_head(signals[train_idx], embeddings[train_idx], y[train_idx], text_l2=text_l2)
        scores[test_idx] = head.scores(signals[test_idx], embeddings[test_idx])
    return scores


def apply_operating_point(scores: np.ndarray, noise_rule_fired: np.ndarray, bias: float, margin: float) -> np.ndarray:
    shifted = scores.copy()
    shifted[:, GENUINE] += bias + np.where(noise_rule_fired, 0.0, margin)
    return shifted.argmax(axis=1)


def macro_f1(y: np.ndarray, pred: np.ndarray) -> float:
    f1s = []
    for k in range(len(LABELS)):
        tp = np.sum((pred == k) & (y == k))
        fp = np.sum((pred == k) & (y != k))
        fn = np.sum((pred != k) & (y == k))
        if tp + fn == 0:
            continue
        f1s.append(2 * tp / (2 * tp + fp + fn) if tp else 0.0)
    return float(np.mean(f1s)) if f1s else 0.0


@dataclass
class OperatingPoint:
    bias: float
    margin: float
    genuine_recall: float
    noise_caught: float
    macro_f1: float


def choose_operating_point(scores: np.ndarray, y: np.ndarray, noise_rule_fired: np.ndarray,
                           target: float = TARGET_GENUINE_RECALL) -> OperatingPoint:
    """The (bias, margin) that catches the most noise while keeping `target` of genuine messages; ties go to the
    larger margin, then the smaller bias (text alone must be sure; rules are trusted more)."""
    genuine = y == GENUINE
    best: OperatingPoint | None = None
    fallback: OperatingPoint | None = None
    for margin in MARGIN_GRID:
        for bias in BIAS_GRID:
            pred = apply_operating_point(scores, noise_rule_fired, bias, margin)
            kept = float(np.mean(pred[genuine] == GENUINE)) if genuine.any() else 1.0
            caught = float(np.mean(pred[~genuine] != GENUINE)) if (~genuine).any() else 0.0
            point = OperatingPoint(float(bias), float(margin), kept, caught, macro_f1(y, pred))
            if fallback is None or kept > fallback.genuine_recall:
                fallback = point
            if kept < target:
                continue
            if best is None or (caught, margin, -bias) > (best.noise_caught + 1e-9, best.margin, -best.bias):
                best = point
            break  # the smallest bias that reaches the target, for this margin
    return best or fallback  # type: ignore[return-value]


@dataclass
class FitResult:
    head: Head
    text_l2: float
    point: OperatingPoint


def fit(signals: np.ndarray, embeddings: np.ndarray, labels: Sequence[str], groups: Sequence[str], *,
        folds: int = 5) -> FitResult:
    y = np.array([LABELS.index(l) for l in labels])
    noise_rule = signals[:, [j for j, s in enumerate(SIGNALS) if s.label != "genuine"]].any(axis=1)
    best: tuple[tuple[float, float], float, OperatingPoint] | None = None
    for text_l2 in TEXT_L2_GRID:
        scores = _oof_scores(signals, embeddings, y, groups, text_l2, folds)
        point = choose_operating_point(scores, y, noise_rule)
        key = (point.genuine_recall >= TARGET_GENUINE_RECALL, point.macro_f1)
        if best is None or key > best[0]:
            best = (key, text_l2, point)
    assert best is not None
    _, text_l2, point = best
    return FitResult(fit_head(signals, embeddings, y, text_l2=text_l2), text_l2, point)


def save_artifact(result: FitResult, directory: Path, *, trained_on: str, examples: int,
                  embedding_settings: dict | None = None) -> str:
    directory.mkdir(parents=True, exist_ok=True)
    head = result.head
    arrays = {"signal_weights": head.signal_weights.astype(np.float32), "text_weights": head.text_weights.astype(np.float32),
              "intercept": head.intercept.astype(np.float32)}
    digest = hashlib.sha256(b"".join(a.tobytes() for a in arrays.values())
                            + f"{result.point.bias}/{result.point.margin}".encode()).hexdigest()[:10]
    version = f"minilm-evidence-{digest}"
    np.savez(directory / "head.npz", **arrays)
    meta = {
        "version": version,
        "labels": list(LABELS),
        "signal_features": list(SIGNAL_FEATURES),
        "embedding": "all-MiniLM-L6-v2 mean-pooled, L2-normalised, 384-d",
        # Serve with the same inference settings the head was trained on (INCHDEEP_MODEL_RUNTIME / _MAX_TOKENS / _QUANTIZE).
        "embedding_settings": embedding_settings or {},
        "trained_on": trained_on,
        "examples": examples,
        "text_l2": result.text_l2,
        "genuine_bias": result.point.bias,
        "text_only_margin": result.point.margin,
        "cv_grouped_by": "family",
        "cv_genuine_recall": round(result.point.genuine_recall, 4),
        "cv_noise_caught": round(result.point.noise_caught, 4),
        "cv_macro_f1": round(result.point.macro_f1, 4),
        "trained_at": datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
    }
    (directory / "head.json").write_text(json.dumps(meta, indent=2) + "\n")
    return version


def train(corpus: Path, out_dir: Path, embedder: Embedder, embedding_settings: dict | None = None) -> dict:
    data = training_contexts(corpus)
    signals = signal_matrix(data.contexts)
    embeddings = embedding_matrix(data.contexts, embedder)
    result = fit(signals, embeddings, data.labels, data.families)
    version = save_artifact(result, out_dir, trained_on=corpus.name, examples=len(data.labels),
                            embedding_settings=embedding_settings)
    return json.loads((out_dir / "head.json").read_text()) | {"version": version}
