"""The shipped artifact with the real bundled MiniLM: loads offline and explains its verdicts."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from server.config import Settings
from server.triage.context import MessageContext
from server.triage.factory import build_engine

T0 = datetime(2026, 11, 5, 16, 20, tzinfo=timezone.utc)


@pytest.fixture(scope="module")
def engine():  # noqa: ANN201
    return build_engine(Settings(use_model=True))


def test_loads_offline_and_labels_clear_cases(engine, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: ANN001
    assert engine.version.startswith("minilm-evidence-")
    cases = {
        "pitch": MessageContext(text="Hi Jordan, thanks for connecting! We help SaaS founders book 30+ demos a month. Open to a quick call this week?",
                                sent_at=T0 + timedelta(minutes=10), relationship_began_at=T0, connection_known=True),
        "newsletter": MessageContext(text="📬 Issue #31 of The Design Ops Letter is live! This week: tokens at scale. Read it here: https://designops.substack.com/p/31"),
        "auto_dm": MessageContext(text="Thanks for the follow! Grab my free guide to growing on X here 👉 https://bit.ly/grow-free",
                                  platform="x", sent_at=T0 + timedelta(minutes=3), relationship_began_at=T0, connection_known=True),
        "genuine": MessageContext(text="hey! how did the workshop with the Lisbon team go on Thursday? still keen on that coffee next week?"),
    }
    deciders = set()
    for expected, ctx in cases.items():
        verdict = engine.judge(ctx)
        assert verdict.label == expected, (expected, verdict.label, verdict.reasons)
        # Either the model voted (its pull is a reason) or the cascade says why it was not needed.
        [decider] = {r.signal for r in verdict.reasons} & {"MODEL", "SIGNALS_DECISIVE"}
        deciders.add(decider)
    assert "MODEL" in deciders


def test_the_cascade_skips_the_text_model_only_where_it_cannot_change_the_label(engine) -> None:  # noqa: ANN001
    import copy
    from dataclasses import replace

    # The artifact's recorded swing bounds how far its text part moves two labels apart, on texts it was not fitted on.
    texts = ["📬 Issue #31 of The Design Ops Letter is live! Unsubscribe | View this email in your browser",
             "Hi Jordan, thanks for connecting! We help SaaS founders book 30+ demos a month. Open to a quick call?",
             "Thanks for the follow! Grab my free guide here 👉 https://bit.ly/grow-free",
             "lol yes. see you at 7", "can you review my PR #482", "Your verification code is 483920."]
    contexts = [MessageContext(text=t) for t in texts]
    for output in engine.model.explain(contexts, [[] for _ in contexts]):
        parts = output.text_part.values()
        assert max(parts) - min(parts) <= engine.model.max_text_swing

    # With a smaller bound the signals alone settle clear noise, and say so; asking the text model agrees.
    ctx = MessageContext(text="📬 Issue #31 of The Design Ops Letter is live! This week: tokens at scale. Subscribe here: "
                              "https://designops.substack.com/p/31 — register for our free webinar, save your seat!")
    small_swing = copy.copy(engine.model)
    small_swing.max_text_swing = 0.5
    fast = replace(engine, model=small_swing).judge(ctx)
    full = engine.judge(ctx)
    assert any(r.signal == "SIGNALS_DECISIVE" for r in fast.reasons)
    assert any(r.signal == "MODEL" for r in full.reasons + full.counter_evidence)
    assert fast.label == full.label == "newsletter"


def test_configured_model_path_that_is_missing_fails_fast(tmp_path: Path) -> None:
    from server.triage.embedder import ModelMissing

    with pytest.raises(ModelMissing, match="INCHDEEP_MODEL_PATH"):
        build_engine(Settings(use_model=True, model_path=str(tmp_path)))


def test_an_artifact_with_a_retired_signal_loads_without_it_and_other_differences_fail(tmp_path: Path) -> None:
    import json
    import shutil

    import numpy as np

    from server.triage.model import ARTIFACT_DIR, SIGNAL_FEATURES, LearnedHead

    shutil.copytree(ARTIFACT_DIR, tmp_path / "a")
    meta = json.loads((tmp_path / "a" / "head.json").read_text())
    weights = dict(np.load(tmp_path / "a" / "head.npz"))
    # the shipped artifact was trained with EARLIER_GENUINE: its column is dropped, the others keep their weights
    assert "signal:EARLIER_GENUINE" in meta["signal_features"]
    head = LearnedHead.load(tmp_path / "a", embedder=None)
    assert head.signal_weights.shape[1] == len(SIGNAL_FEATURES)
    for j, feature in enumerate(SIGNAL_FEATURES):
        assert (head.signal_weights[:, j] == weights["signal_weights"][:, meta["signal_features"].index(feature)]).all()
    # a signal the code does not know (not retired) means another set of signals: an error naming the fix
    meta["signal_features"] = meta["signal_features"] + ["signal:SOMETHING_NEW"]
    weights["signal_weights"] = np.hstack([weights["signal_weights"], np.zeros((weights["signal_weights"].shape[0], 1))])
    (tmp_path / "a" / "head.json").write_text(json.dumps(meta))
    np.savez(tmp_path / "a" / "head.npz", **weights)
    with pytest.raises(ValueError, match="inchdeep train"):
        LearnedHead.load(tmp_path / "a", embedder=None)
