"""Training: the head is sign-constrained and moves predictions the right way; the tuned text model is the one served;
artifacts load with a clear error when missing or not sign-constrained."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import numpy as np
import pytest

from server.config import Settings
from server.triage.context import LABELS, MessageContext
from server.triage.embedder import DIMENSION, ModelMissing, bundled_model_path, resolve_model_path
from server.triage.engine import TriageEngine
from server.triage.model import LearnedHead, allowed_signal_weights
from server.triage.signals import SIGNALS
from server.triage.training import (
    choose_operating_point, fit, fit_head, frozen_out_of_fold_logits, frozen_text_model, save_artifact, signal_matrix,
)


class HashingEmbedder:
    """A fast stand-in for MiniLM: a normalised bag of hashed words."""

    def embed(self, texts, keys=None, signatures=None):  # noqa: ANN001, ANN201
        out = np.zeros((len(texts), DIMENSION), dtype=np.float32)
        for row, text in enumerate(texts):
            for word in text.lower().split():
                out[row, int(hashlib.md5(word.encode()).hexdigest(), 16) % DIMENSION] += 1
            norm = np.linalg.norm(out[row])
            out[row] /= norm or 1
        return out


# Made-up vocabulary the hand-written signals know nothing about, so only learning can explain the result.
WORDS = {
    "pitch": "zorbly flux bundle savings package upgrade",
    "newsletter": "glimmer quoddy vellum sprocket marzipan tundra",
    "genuine": "grandma plumber pasta hike sink photos sunday",
    "auto_dm": "beep boop bleep blorp zeep zoop",
}


def _corpus(n: int = 12) -> list[tuple[str, str]]:
    rng = np.random.default_rng(3)
    out = []
    for label, words in WORDS.items():
        vocab = words.split()
        for _ in range(n):
            out.append((" ".join(rng.choice(vocab, size=5)), label))
    return out


def _fit_into(tmp_path: Path, corpus: list[tuple[str, str]]) -> TriageEngine:
    embedder = HashingEmbedder()
    contexts = [MessageContext(text=t) for t, _ in corpus]
    labels = [label for _, label in corpus]
    embeddings = embedder.embed([c.text for c in contexts]).astype(np.float64)
    text = frozen_text_model(embeddings, labels)
    by_thread = frozen_out_of_fold_logits(embeddings, labels, [f"thread-{i}" for i in range(len(corpus))])
    by_family = frozen_out_of_fold_logits(embeddings, labels, [f"family-{i % 6}" for i in range(len(corpus))])
    result = fit(signal_matrix(contexts), by_thread, by_family, labels, text, text.logits(embeddings))
    save_artifact(result, tmp_path, trained_on="fixture", examples=len(corpus))
    return TriageEngine(model=LearnedHead.load(tmp_path, embedder))


def test_training_moves_predictions_the_right_way(tmp_path: Path) -> None:
    baseline = TriageEngine()
    probe_pitch = MessageContext(text="zorbly flux savings package")
    probe_news = MessageContext(text="glimmer quoddy vellum tundra")
    assert baseline.judge(probe_pitch).label == "genuine" and baseline.judge(probe_news).label == "genuine"
    learned = _fit_into(tmp_path, _corpus())
    pitch, news = learned.judge(probe_pitch), learned.judge(probe_news)
    assert pitch.label == "pitch" and news.label == "newsletter"
    assert pitch.model_version.startswith("minilm-evidence-")
    model_reason = next(r for r in pitch.reasons if r.signal == "MODEL")
    assert model_reason.weight > 0 and "pitch" in model_reason.detail
    assert learned.judge(MessageContext(text="grandma photos from the hike")).label == "genuine"


def test_signal_weights_only_ever_vote_for_their_own_label() -> None:
    """Even when a genuine signal co-occurs with noise in the data, it cannot learn to pull towards noise."""
    rng = np.random.default_rng(0)
    n = 400
    y = rng.integers(0, len(LABELS), n)
    signals = (rng.random((n, len(SIGNALS))) < 0.15).astype(float)
    short_chat = next(j for j, s in enumerate(SIGNALS) if s.id == "SHORT_CHAT")
    signals[:, short_chat] = (y != 0).astype(float)  # fires on every noise message, never on genuine ones
    head = fit_head(signals, rng.normal(size=(n, len(LABELS))), y)
    assert np.all(head.signal_weights >= 0)
    assert np.all(head.signal_weights[~allowed_signal_weights()] == 0)
    assert head.signal_weights[1:, short_chat].sum() == 0
    assert head.text_weight >= 0


def test_operating_point_keeps_the_target_of_genuine_messages() -> None:
    rng = np.random.default_rng(1)
    y = rng.integers(0, len(LABELS), 500)
    scores = rng.normal(size=(500, len(LABELS))) + 2.0 * np.eye(len(LABELS))[y]
    point = choose_operating_point(scores, y, np.zeros(500, dtype=bool), target=0.99)
    assert point.genuine_recall >= 0.99
    relaxed = choose_operating_point(scores, y, np.zeros(500, dtype=bool), target=0.8, text_only_floor=0.0)
    assert relaxed.noise_caught >= point.noise_caught


def test_the_text_model_alone_always_needs_the_floor_lead() -> None:
    rng = np.random.default_rng(2)
    y = rng.integers(0, len(LABELS), 500)
    scores = rng.normal(size=(500, len(LABELS))) + 3.0 * np.eye(len(LABELS))[y]
    no_rule = np.zeros(500, dtype=bool)
    free = choose_operating_point(scores, y, no_rule, target=0.5, text_only_floor=0.0)
    assert free.bias + free.margin < 6.0
    floored = choose_operating_point(scores, y, no_rule, target=0.5, text_only_floor=6.0)
    assert floored.bias + floored.margin >= 6.0
    assert floored.genuine_recall >= free.genuine_recall  # the figures are at the floor, not at the free choice


def test_artifact_is_versioned_free_of_pickles_and_checked_on_load(tmp_path: Path) -> None:
    _fit_into(tmp_path, _corpus())
    meta = json.loads((tmp_path / "head.json").read_text())
    assert meta["version"].startswith("minilm-evidence-") and meta["examples"] == 48
    data = dict(np.load(tmp_path / "head.npz", allow_pickle=False))
    weights = data["signal_weights"]
    weights[LABELS.index("pitch"), [s.id for s in SIGNALS].index("SHORT_CHAT")] = 1.0  # genuine evidence pulling to pitch
    np.savez(tmp_path / "head.npz", **data)
    with pytest.raises(ValueError, match="sign-constrained"):
        LearnedHead.load(tmp_path, HashingEmbedder())


def test_missing_artifact_names_the_fix(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match="inchdeep train"):
        LearnedHead.load(tmp_path, HashingEmbedder())


def test_missing_model_files_fail_fast(tmp_path: Path) -> None:
    with pytest.raises(ModelMissing, match="model files missing"):
        resolve_model_path(str(tmp_path))


def test_the_tuned_text_model_is_the_one_served(tmp_path: Path) -> None:
    """Tuned layers saved by training are swapped into both runtimes: the served vectors are the trained ones."""
    from server.triage.finetune import TuningRecipe, finetune, read_recipe

    texts = [t for t, _ in _corpus(3)]
    labels = [label for _, label in _corpus(3)]
    recipe = TuningRecipe(layers=2, tuned_layers=1, max_tokens=16, epochs=1, batch_size=8)
    tuned = finetune(texts, labels, bundled_model_path(), recipe)
    path = tuned.save(tmp_path)
    assert read_recipe(path) == recipe
    base = Settings(model_runtime="transformers", model_quantize=False, model_max_tokens=16, artifact_path=str(tmp_path / "none"))
    reference = base.load_embedder(tuning=path).embed(texts[:4])
    onnx = Settings(model_quantize=False, model_max_tokens=16, model_cache_dir=str(tmp_path / "cache")).load_embedder(tuning=path).embed(texts[:4])
    untuned = base.load_embedder(tuning=False).embed(texts[:4])
    assert np.allclose(reference, onnx, atol=1e-3)
    assert not np.allclose(reference, untuned, atol=1e-2)
    # The classifier's logits on the served vectors are what training saw on its own texts.
    logits = reference @ tuned.classifier.T + tuned.classifier_bias
    assert np.allclose(logits, tuned.train_logits[:4], atol=0.05)
