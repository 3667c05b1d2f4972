"""Replays a labelled inbox (contract JSONL) into a fresh database and scores the verdicts."""

from __future__ import annotations

import json
import tempfile
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

from pydantic import ValidationError

from server.auth.service import create_user
from server.db import make_engine, make_session_factory, session_scope
from server.inbox.schemas import MessageIn
from server.inbox.service import IngestService, TemplateCache, derive_message_id
from server.migrate import upgrade
from server.triage.context import LABELS
from server.triage.engine import TriageEngine
from server.triage.signals import mentions_new_connection

BATCH = 200


class EvalFileError(ValueError):
    pass


@dataclass
class LabelledMessage:
    message: MessageIn
    label: str | None
    gold_patterns: list[str] | None
    # The corpus's family of texts (e.g. "g_customer"), for leave-one-family-out results; None elsewhere.
    family: str | None = None


@dataclass
class Prediction:
    message_id: str
    label: str
    patterns: list[str]
    confidence: float


@dataclass
class EvalResult:
    per_label: dict[str, dict[str, float]]
    macro_f1: float
    genuine_recall: float
    # Of the gold noise messages (any noise label), the share labelled as some noise: what the filter catches.
    noise_caught: float
    pitch_after_connect: dict[str, float]
    messages_per_second: float
    accuracy: float
    model_version: str
    predictions: list[Prediction] = field(default_factory=list)
    confusion: dict[str, dict[str, int]] = field(default_factory=dict)

    def as_dict(self) -> dict:
        return {
            "macro_f1": round(self.macro_f1, 4),
            "per_label": self.per_label,
            "genuine_recall": round(self.genuine_recall, 4),
            "genuine_kept": round(self.genuine_recall, 4),
            "noise_caught": round(self.noise_caught, 4),
            "pitch_after_connect": self.pitch_after_connect,
            "messages_per_second": round(self.messages_per_second, 1),
            "accuracy": round(self.accuracy, 4),
            "model_version": self.model_version,
            "confusion": self.confusion,
        }


def read_labelled(path: Path) -> list[LabelledMessage]:
    items: list[LabelledMessage] = []
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                raw = json.loads(line)
                message = MessageIn.model_validate(raw)
                if message.history is None:  # contract.md: evaluation files without the field are complete
                    message = message.model_copy(update={"history": "complete"})
            except json.JSONDecodeError as exc:
                raise EvalFileError(f"{path.name} line {number}: not valid JSON ({exc.msg})") from None
            except ValidationError as exc:
                first = exc.errors()[0]
                where = ".".join(str(p) for p in first["loc"])
                raise EvalFileError(f"{path.name} line {number}: {where}: {first['msg']}") from None
            label = raw.get("label")
            if label is not None and label not in LABELS:
                raise EvalFileError(f"{path.name} line {number}: unknown label {label!r}")
            patterns = raw.get("patterns")
            family = raw.get("family")
            items.append(LabelledMessage(message, label, patterns if isinstance(patterns, list) else None,
                                         family if isinstance(family, str) else None))
    if not items:
        raise EvalFileError(f"{path.name}: no messages")
    return items


def gold_pitch_after_connect(items: list[LabelledMessage], window_days: float) -> dict[str, bool]:
    """Gold pattern: given in the file, else derived from the taxonomy rule: a pitch within the window after a known
    connection start (`connected_at`, or an earlier or the same message of theirs saying the connection just began),
    never for InMail or sponsored messages."""
    if any(i.gold_patterns is not None for i in items):
        return {_id(i.message): "pitch_after_connect" in (i.gold_patterns or []) for i in items if i.label}
    said: dict[tuple[str, str], datetime] = {}
    gold: dict[str, bool] = {}
    for i in sorted(items, key=lambda i: i.message.sent_at):
        m = i.message
        other = m.sender if m.direction == "incoming" else m.participant
        key = (m.platform, other.id if other else "")
        if m.direction == "incoming" and mentions_new_connection(m.text):
            said.setdefault(key, m.sent_at)
        start = m.connected_at or said.get(key)
        if i.label:
            gold[_id(m)] = (i.label == "pitch" and start is not None and m.channel is None
                            and m.sent_at - start <= timedelta(days=window_days))
    return gold


def _id(m: MessageIn) -> str:
    return m.message_id or derive_message_id(m)


def replay(items: list[LabelledMessage], engine: TriageEngine) -> tuple[list[Prediction], float]:
    """Ingest every message in sent_at order into a throwaway SQLite inbox; return predictions and msgs/s."""
    with tempfile.TemporaryDirectory(prefix="inchdeep-eval-") as tmp:
        url = f"sqlite:///{Path(tmp) / 'eval.sqlite3'}"
        upgrade(url)
        db = make_engine(url)
        factory = make_session_factory(db)
        with session_scope(factory) as session:
            user, _ = create_user(session, "eval")
            user_id = user.id
        ordered = sorted(items, key=lambda i: i.message.sent_at)
        templates = TemplateCache()
        predictions: list[Prediction] = []
        started = time.perf_counter()
        for start in range(0, len(ordered), BATCH):
            batch = [i.message for i in ordered[start : start + BATCH]]
            with session_scope(factory) as session:
                service = IngestService(session, user_id, engine, templates)
                for m, v in zip(batch, service.ingest(batch), strict=True):
                    if m.direction == "incoming" and v["label"]:
                        predictions.append(Prediction(v["message_id"], v["label"], v["patterns"], v["confidence"]))
        elapsed = time.perf_counter() - started
        db.dispose()
    return predictions, len(ordered) / elapsed if elapsed else 0.0


def score(items: list[LabelledMessage], predictions: list[Prediction], rate: float, window_days: float, version: str) -> EvalResult:
    gold = {_id(i.message): i.label for i in items if i.label and i.message.direction == "incoming"}
    predicted = {p.message_id: p for p in predictions}
    pairs = [(gold[mid], predicted[mid].label) for mid in gold if mid in predicted]
    per_label: dict[str, dict[str, float]] = {}
    for label in LABELS:
        tp = sum(1 for g, p in pairs if g == label and p == label)
        fp = sum(1 for g, p in pairs if g != label and p == label)
        fn = sum(1 for g, p in pairs if g == label and p != label)
        per_label[label] = _prf(tp, fp, fn) | {"support": sum(1 for g, _ in pairs if g == label)}
    present = [l for l in LABELS if per_label[l]["support"] > 0]
    macro = sum(per_label[l]["f1"] for l in present) / len(present) if present else 0.0
    gold_pac = gold_pitch_after_connect(items, window_days)
    tp = sum(1 for mid, g in gold_pac.items() if g and mid in predicted and "pitch_after_connect" in predicted[mid].patterns)
    fp = sum(1 for mid, g in gold_pac.items() if not g and mid in predicted and "pitch_after_connect" in predicted[mid].patterns)
    fn = sum(1 for mid, g in gold_pac.items() if g and (mid not in predicted or "pitch_after_connect" not in predicted[mid].patterns))
    confusion = {g: {p: sum(1 for a, b in pairs if a == g and b == p) for p in LABELS} for g in LABELS}
    accuracy = sum(1 for g, p in pairs if g == p) / len(pairs) if pairs else 0.0
    # Unrounded (per_label is rounded for display): a printed 0.974 must not stand for 220 of 226 = 0.97345.
    genuine = [p for g, p in pairs if g == "genuine"]
    genuine_kept = sum(1 for p in genuine if p == "genuine") / len(genuine) if genuine else 0.0
    noise = [(g, p) for g, p in pairs if g != "genuine"]
    noise_caught = sum(1 for _, p in noise if p != "genuine") / len(noise) if noise else 0.0
    return EvalResult(per_label, macro, genuine_kept, noise_caught, _prf(tp, fp, fn) | {"support": tp + fn},
                      rate, accuracy, version, predictions, confusion)


def _prf(tp: int, fp: int, fn: int) -> dict[str, float]:
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4)}


def evaluate(path: Path, engine: TriageEngine) -> EvalResult:
    items = read_labelled(path)
    predictions, rate = replay(items, engine)
    return score(items, predictions, rate, engine.pitch_window_days, engine.version)


def write_predictions(predictions: Iterable[Prediction], out: Path) -> None:
    with out.open("w", encoding="utf-8") as handle:
        for p in predictions:
            handle.write(json.dumps({"message_id": p.message_id, "label": p.label, "patterns": p.patterns,
                                     "confidence": p.confidence}) + "\n")
