"""Turns message contexts into verdicts: signals → label scores → label, confidence, patterns, action."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Protocol

from server.triage.context import LABELS, MessageContext, describe_duration
from server.triage.policy import Action, suggest_action
from server.triage.signals import SIGNALS, FiredSignal, fire_all
from server.triage.weights import DEFAULT_WEIGHTS, PRIORS

BASELINE_VERSION = "signals-1"
# Softmax temperature turning label scores into a confidence.
TEMPERATURE = 1.0


@dataclass(frozen=True)
class Reason:
    signal: str
    weight: float
    detail: str

    def as_dict(self) -> dict:
        return {"signal": self.signal, "weight": round(self.weight, 2), "detail": self.detail}


@dataclass(frozen=True)
class Verdict:
    label: str
    confidence: float
    patterns: list[str]
    reasons: list[Reason]
    action: Action
    model_version: str


@dataclass(frozen=True)
class Override:
    """What the owner decided: a corrected label and/or allow-list membership."""

    label: str | None = None
    detail: str = ""
    allow_listed: bool = False
    blocked: bool = False


class LabelModel(Protocol):
    """A learned voter: label probabilities for a batch of contexts (with their fired signals)."""

    version: str

    def predict_proba(self, contexts: Sequence[MessageContext], fired: Sequence[list[FiredSignal]]) -> list[dict[str, float]]: ...


@dataclass
class TriageEngine:
    weights: dict[str, float] = field(default_factory=lambda: dict(DEFAULT_WEIGHTS))
    priors: dict[str, float] = field(default_factory=lambda: dict(PRIORS))
    pitch_window_days: float = 14.0
    model: LabelModel | None = None
    # How strongly the model's log-probabilities count against the signal scores.
    model_weight: float = 3.0

    @property
    def version(self) -> str:
        return self.model.version if self.model else BASELINE_VERSION

    def judge(self, ctx: MessageContext, override: Override | None = None) -> Verdict:
        return self.judge_batch([ctx], [override])[0]

    def judge_batch(self, contexts: Sequence[MessageContext], overrides: Sequence[Override | None] | None = None) -> list[Verdict]:
        fired_per_message = [fire_all(ctx) for ctx in contexts]
        probabilities = self.model.predict_proba(contexts, fired_per_message) if self.model else [None] * len(contexts)
        overrides = overrides or [None] * len(contexts)
        return [
            self._verdict(ctx, fired, proba, override)
            for ctx, fired, proba, override in zip(contexts, fired_per_message, probabilities, overrides, strict=True)
        ]

    def _verdict(self, ctx: MessageContext, fired: list[FiredSignal], proba: dict[str, float] | None, override: Override | None) -> Verdict:
        scores = dict(self.priors)
        for f in fired:
            scores[f.signal.label] += self.weights.get(f.signal.id, 0.0)
        model_reason: Reason | None = None
        if proba is not None:
            for label in LABELS:
                scores[label] += self.model_weight * math.log(max(proba.get(label, 0.0), 1e-4))
        label = max(LABELS, key=lambda l: (scores[l], l == "genuine"))
        confidence = _softmax(scores)[label]
        if proba is not None:
            model_reason = Reason("MODEL", self.model_weight * proba[label], f"the learned model gives {label} {proba[label]:.0%}")
        reasons = self._reasons(fired, label, model_reason)

        override = override or Override()
        if override.blocked and label == "genuine":
            label, confidence = "auto_dm", 1.0
            reasons.insert(0, Reason("BLOCK_LIST", 10.0, "you put this sender on your block list"))
        if override.label:
            label, confidence = override.label, 1.0
            reasons.insert(0, Reason("OWNER_CORRECTION", 10.0, override.detail or f"you marked this as {label}"))
        elif override.allow_listed:
            label, confidence = "genuine", 1.0
            reasons.insert(0, Reason("ALLOW_LIST", 10.0, "this sender is on your allow list"))

        patterns = self._patterns(ctx, fired, label)
        asks = any(f.signal.id == "ASKS_ABOUT_YOU" for f in fired)
        action = suggest_action(label, ctx, allow_listed=override.allow_listed, asks_something=asks)
        return Verdict(label, round(confidence, 4), patterns, reasons, action, self.version)

    def _reasons(self, fired: list[FiredSignal], label: str, model_reason: Reason | None) -> list[Reason]:
        # For the chosen label first (positive weight), then the evidence that pointed elsewhere (negative).
        supporting = [Reason(f.signal.id, self.weights.get(f.signal.id, 0.0), f.detail) for f in fired if f.signal.label == label]
        against = [Reason(f.signal.id, -self.weights.get(f.signal.id, 0.0), f.detail) for f in fired if f.signal.label != label]
        reasons = sorted(supporting, key=lambda r: -r.weight) + sorted(against, key=lambda r: r.weight)
        if model_reason:
            reasons.insert(0, model_reason)
        return reasons

    def _patterns(self, ctx: MessageContext, fired: list[FiredSignal], label: str) -> list[str]:
        patterns: list[str] = []
        minutes = ctx.minutes_since_relationship_began
        if label == "pitch" and minutes is not None and minutes <= self.pitch_window_days * 1440:
            patterns.append("pitch_after_connect")
        for f in fired:
            p = f.signal.pattern
            if p and p not in patterns and (p != "follow_up_nag" or label != "genuine"):
                patterns.append(p)
        if any(f.signal.id == "MERGE_FIELD" for f in fired) and "templated" not in patterns:
            patterns.append("templated")
        return patterns


def pitch_after_connect_detail(ctx: MessageContext) -> str:
    minutes = ctx.minutes_since_relationship_began or 0.0
    return f"pitched {describe_duration(minutes)} after the connection began"


def _softmax(scores: dict[str, float]) -> dict[str, float]:
    top = max(scores.values())
    exps = {k: math.exp((v - top) / TEMPERATURE) for k, v in scores.items()}
    total = sum(exps.values())
    return {k: v / total for k, v in exps.items()}


__all__ = ["TriageEngine", "Verdict", "Reason", "Override", "LabelModel", "SIGNALS", "BASELINE_VERSION"]
