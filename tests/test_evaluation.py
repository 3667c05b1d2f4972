"""Scoring an evaluation file: the headline rates are exact counts, not rounded per-label figures."""

from __future__ import annotations

from server.evaluation import LabelledMessage, Prediction, score
from server.inbox.schemas import MessageIn
from tests.conftest import msg


def test_genuine_kept_and_noise_caught_are_exact_shares() -> None:
    # 226 genuine messages of which 6 are hidden: 220 / 226 = 0.97345, which rounds to 0.973, never to 0.974.
    items, predictions = [], []
    for i in range(226 + 3):
        gold = "genuine" if i < 226 else "pitch"
        items.append(LabelledMessage(MessageIn.model_validate(msg(f"m{i}", "hello", thread=f"t{i}")), gold, None))
        said = "pitch" if i < 6 or i == 226 else ("genuine" if i < 226 or i == 227 else "newsletter")
        predictions.append(Prediction(f"m{i}", said, [], 0.9))
    result = score(items, predictions, rate=1.0, window_days=14, version="test")
    assert result.genuine_recall == 220 / 226 and f"{result.genuine_recall:.3f}" == "0.973"
    assert result.noise_caught == 2 / 3
