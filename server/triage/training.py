"""`inchdeep train`: tune the text model and fit the sign-constrained head on the labelled corpus.

Contexts for training come from replaying the corpus through the same ingest path production uses, with the gold
labels standing in for earlier verdicts. Then:
1. The text model: the top layers of MiniLM fine-tuned with a linear classifier (finetune.py). Its logits for every
   training message are computed twice, out of fold, by models tuned without that message: once holding out its
   *thread* (texts like it were seen: how much the text model knows) and once holding out its whole *family* of
   texts, e.g. every customer question (kinds of text never seen: how it does on messages unlike the corpus).
2. The head, on the out-of-thread logits: intercepts, one weight for the text model (≥ 0) and each signal's weights
   (≥ 0 for the label it votes for, fixed at 0 for the others), a class-balanced multinomial logistic regression
   solved with bounded L-BFGS.
3. The operating point, on the out-of-family scores: the genuine bias and the extra margin the text model needs
   when no rule fires, the pair that catches the most noise while keeping TARGET_GENUINE_RECALL of genuine messages
   of families the text model never saw. Points chosen on in-corpus scores hid up to one real person in twelve on
   real messages (README); 0.98 rather than 0.985 was chosen by measuring both on real messages.
4. The final text model, tuned on every training message, is what ships (encoder.npz + the classifier).
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
from server.triage.finetune import group_fold
from server.triage.model import SIGNAL_FEATURES, Embedder, allowed_signal_weights, signal_vector
from server.triage.policy import Action
from server.triage.signals import SIGNALS, fire_all

CORPUS_DIR = Path(__file__).resolve().parents[2] / "data" / "corpus"
# Genuine messages the operating point must keep, out of family (hiding a real person is the costliest mistake).
TARGET_GENUINE_RECALL = 0.98
# The least lead the text model needs over genuine when it alone speaks (genuine bias + text-only margin), measured on
# real messages (real-dev.jsonl, measuring only). Every real person the out-of-family point (0.75 + 4.0) hid there was
# hidden by the text model alone reading a formal letter as selling; rules were not the problem. At 4.9, real-dev
# keeps 0.982 of genuine messages (was 0.973) and catches 0.773 of noise (was 0.778); raising the bias instead (0.9)
# gave 0.982 / 0.767 and let a greeting that only asks "are you the right person…" pass as genuine.
TEXT_ONLY_LEAD_FLOOR = 4.9
SIGNAL_L2 = 1e-3
BIAS_GRID = tuple(np.round(np.arange(0.0, 8.01, 0.25), 2))
MARGIN_GRID = (0.0, 0.5, 1.0, 1.5, 2.0, 3.0, 4.0)
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


def noise_rule_fired(signals: np.ndarray) -> np.ndarray:
    return signals[:, [j for j, s in enumerate(SIGNALS) if s.label != "genuine"]].any(axis=1)


@dataclass
class Head:
    signal_weights: np.ndarray  # (labels, signals), ≥ 0 where allowed, 0 elsewhere
    text_weight: float  # ≥ 0: how much the text model's logits count
    intercept: np.ndarray  # (labels,)

    def scores(self, signals: np.ndarray, text_logits: np.ndarray) -> np.ndarray:
        return signals @ self.signal_weights.T + self.text_weight * text_logits + self.intercept


def fit_head(signals: np.ndarray, text_logits: np.ndarray, y: np.ndarray, *, signal_l2: float = SIGNAL_L2) -> Head:
    """Class-balanced multinomial logistic regression; signal weights bounded as model.py requires (L-BFGS-B)."""
    from scipy.optimize import minimize

    n, s = signals.shape
    k = len(LABELS)
    counts = np.bincount(y, minlength=k).astype(np.float64)
    sample_weight = (n / (k * np.maximum(counts, 1)))[y]
    sample_weight /= sample_weight.sum()
    onehot = np.eye(k)[y]
    allowed = allowed_signal_weights()

    def loss(theta: np.ndarray) -> tuple[float, np.ndarray]:
        ws, alpha, b = theta[: k * s].reshape(k, s), theta[k * s], theta[k * s + 1 :]
        z = signals @ ws.T + alpha * text_logits + b
        z -= z.max(axis=1, keepdims=True)
        log_p = z - np.log(np.exp(z).sum(axis=1, keepdims=True))
        value = -(sample_weight * (onehot * log_p).sum(axis=1)).sum() + 0.5 * signal_l2 * (ws**2).sum()
        residual = (np.exp(log_p) - onehot) * sample_weight[:, None]
        grad = np.concatenate([(residual.T @ signals + signal_l2 * ws).ravel(), [(residual * text_logits).sum()],
                               residual.sum(axis=0)])
        return float(value), grad

    bounds = [(0.0, None) if ok else (0.0, 0.0) for ok in allowed.ravel()] + [(0.0, None)] + [(None, None)] * k
    start = np.concatenate([np.zeros(k * s), [0.1], np.zeros(k)])
    result = minimize(loss, start, jac=True, method="L-BFGS-B", bounds=bounds, options={"maxiter": 5000})
    ws = np.where(allowed, np.maximum(result.x[: k * s].reshape(k, s), 0.0), 0.0)
    return Head(ws, float(max(result.x[k * s], 0.0)), result.x[k * s + 1 :])


def apply_operating_point(scores: np.ndarray, noise_rule: np.ndarray, bias: float, margin: float) -> np.ndarray:
    shifted = scores.copy()
    shifted[:, GENUINE] += bias + np.where(noise_rule, 0.0, margin)
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


def choose_operating_point(scores: np.ndarray, y: np.ndarray, noise_rule: np.ndarray,
                           target: float = TARGET_GENUINE_RECALL, text_only_floor: float = TEXT_ONLY_LEAD_FLOOR) -> OperatingPoint:
    """The (bias, margin) that catches the most noise while keeping `target` of genuine messages; ties go to the
    larger margin, then the smaller bias (the text alone must be sure; rules are trusted more). Bias + margin is never
    below `text_only_floor`."""
    genuine = y == GENUINE
    best: OperatingPoint | None = None
    safest: OperatingPoint | None = None
    for grid_margin in MARGIN_GRID:
        for bias in BIAS_GRID:
            margin = max(grid_margin, round(text_only_floor - bias, 2))
            pred = apply_operating_point(scores, noise_rule, bias, margin)
            kept = float(np.mean(pred[genuine] == GENUINE)) if genuine.any() else 1.0
            caught = float(np.mean(pred[~genuine] != GENUINE)) if (~genuine).any() else 0.0
            point = OperatingPoint(float(bias), float(margin), kept, caught, macro_f1(y, pred))
            if safest is None or kept > safest.genuine_recall:
                safest = point
            if kept < target:
                continue
            if best is None or (caught, margin, -bias) > (best.noise_caught + 1e-9, best.margin, -best.bias):
                best = point
            break  # the smallest bias that reaches the target, for this margin
    return best or safest  # type: ignore[return-value]


@dataclass
class TextModel:
    """A linear classifier over sentence embeddings (the tuned encoder's, or a frozen one's)."""

    classifier: np.ndarray  # (labels, dimension)
    bias: np.ndarray  # (labels,)

    def logits(self, embeddings: np.ndarray) -> np.ndarray:
        return embeddings @ self.classifier.T + self.bias


def frozen_text_model(embeddings: np.ndarray, labels: Sequence[str], c: float = 4.0) -> TextModel:
    """Without fine-tuning (tests, `--no-finetune`): a logistic regression on the frozen embeddings."""
    from sklearn.linear_model import LogisticRegression

    y = np.array([LABELS.index(l) for l in labels])
    clf = LogisticRegression(C=c, max_iter=3000, class_weight="balanced").fit(embeddings, y)
    classifier = np.zeros((len(LABELS), embeddings.shape[1]))
    bias = np.full(len(LABELS), -20.0)
    if len(clf.classes_) == 2:  # sklearn stores one row for binary problems
        classifier[clf.classes_[1]], bias[clf.classes_[1]] = clf.coef_[0] / 2, clf.intercept_[0] / 2
        classifier[clf.classes_[0]], bias[clf.classes_[0]] = -clf.coef_[0] / 2, -clf.intercept_[0] / 2
    else:
        for row, k in enumerate(clf.classes_):
            classifier[k], bias[k] = clf.coef_[row], clf.intercept_[row]
    return TextModel(classifier, bias)


def frozen_out_of_fold_logits(embeddings: np.ndarray, labels: Sequence[str], groups: Sequence[str], folds: int = 2) -> np.ndarray:
    fold_of = {g: group_fold(g, folds) for g in set(groups)}
    out = np.zeros((len(labels), len(LABELS)))
    for fold in range(folds):
        held = np.array([fold_of[g] == fold for g in groups])
        if held.any() and not held.all():
            model = frozen_text_model(embeddings[~held], [l for l, h in zip(labels, held, strict=True) if not h])
            out[held] = model.logits(embeddings[held])
    return out


@dataclass
class FitResult:
    head: Head
    text: TextModel
    point: OperatingPoint
    text_swing: float


def fit(signals: np.ndarray, thread_oof_logits: np.ndarray, family_oof_logits: np.ndarray, labels: Sequence[str],
        text: TextModel, final_text_logits: np.ndarray) -> FitResult:
    """The head from out-of-thread text logits, the operating point from out-of-family ones; `text` is what ships."""
    y = np.array([LABELS.index(l) for l in labels])
    head = fit_head(signals, thread_oof_logits, y)
    point = choose_operating_point(head.scores(signals, family_oof_logits), y, noise_rule_fired(signals))
    part = head.text_weight * final_text_logits
    swing = float((part[:, :, None] - part[:, None, :]).max()) if len(part) else 0.0
    return FitResult(head, text, point, swing)


def save_artifact(result: FitResult, directory: Path, *, trained_on: str, examples: int,
                  embedding_settings: dict | None = None, tuning: str | None = None) -> str:
    directory.mkdir(parents=True, exist_ok=True)
    head = result.head
    arrays = {"signal_weights": head.signal_weights.astype(np.float32), "intercept": head.intercept.astype(np.float32),
              "text_classifier": result.text.classifier.astype(np.float32), "text_bias": result.text.bias.astype(np.float32)}
    digest = hashlib.sha256(b"".join(a.tobytes() for a in arrays.values())
                            + f"{head.text_weight}/{result.point.bias}/{result.point.margin}/{tuning}".encode()).hexdigest()[:10]
    version = f"minilm-evidence-{digest}"
    np.savez(directory / "head.npz", **arrays)
    meta = {
        "version": version,
        "labels": list(LABELS),
        "signal_features": list(SIGNAL_FEATURES),
        "embedding": "all-MiniLM-L6-v2 mean-pooled, L2-normalised, 384-d" + (f"; top layers tuned ({tuning})" if tuning else ""),
        # Serve with the same inference settings the head was trained on (INCHDEEP_MODEL_RUNTIME / _MAX_TOKENS / _QUANTIZE).
        "embedding_settings": embedding_settings or {},
        "trained_on": trained_on,
        "examples": examples,
        "text_weight": head.text_weight,
        "text_swing": result.text_swing,
        "genuine_bias": result.point.bias,
        "text_only_margin": result.point.margin,
        "head_from": "out-of-thread text logits on the training file (two folds of threads)",
        "operating_point_from": f"out-of-family scores on the training file (two folds of families), "
                                f"keeping {TARGET_GENUINE_RECALL:.1%} of genuine messages",
        "cv_genuine_recall": round(result.point.genuine_recall, 4),
        "cv_noise_caught": round(result.point.noise_caught, 4),
        "cv_macro_f1": round(result.point.macro_f1, 4),
        "trained_at": datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
    }
    (directory / "head.json").write_text(json.dumps(meta, indent=2) + "\n")
    return version


def train_frozen(corpus: Path, out_dir: Path, embedder: Embedder, embedding_settings: dict | None = None) -> dict:
    """Train the head over a frozen embedder (no fine-tuning): quick, and what the tests use."""
    data = training_contexts(corpus)
    signals = signal_matrix(data.contexts)
    embeddings = np.asarray(embedder.embed([c.text for c in data.contexts]), dtype=np.float64)
    text = frozen_text_model(embeddings, data.labels)
    by_thread = frozen_out_of_fold_logits(embeddings, data.labels, data.threads)
    by_family = frozen_out_of_fold_logits(embeddings, data.labels, data.families)
    result = fit(signals, by_thread, by_family, data.labels, text, text.logits(embeddings))
    version = save_artifact(result, out_dir, trained_on=corpus.name, examples=len(data.labels), embedding_settings=embedding_settings)
    return json.loads((out_dir / "head.json").read_text()) | {"version": version}


def train(corpus: Path, out_dir: Path, model_dir: Path, recipe, embedding_settings: dict | None = None,  # noqa: ANN001
          progress=print) -> dict:  # noqa: ANN001
    """The full recipe: out-of-family tuned text logits, the head, then the shipped tuned encoder."""
    from server.triage.finetune import finetune, out_of_fold_logits
    from server.triage.onnx_export import tuning_digest

    data = training_contexts(corpus)
    texts = [c.text for c in data.contexts]
    signals = signal_matrix(data.contexts)
    progress(f"{len(texts)} messages; tuning the text model on two folds of threads (out-of-thread logits)…")
    by_thread = out_of_fold_logits(texts, data.labels, data.threads, model_dir, recipe)
    progress("…and on two folds of families (out-of-family logits)…")
    by_family = out_of_fold_logits(texts, data.labels, data.families, model_dir, recipe)
    progress("tuning the shipped text model on every training message…")
    tuned = finetune(texts, data.labels, model_dir, recipe)
    path = tuned.save(out_dir)
    text = TextModel(tuned.classifier, tuned.classifier_bias)
    result = fit(signals, by_thread, by_family, data.labels, text, tuned.train_logits)
    version = save_artifact(result, out_dir, trained_on=corpus.name, examples=len(data.labels),
                            embedding_settings=embedding_settings, tuning=tuning_digest(path))
    return json.loads((out_dir / "head.json").read_text()) | {"version": version}
