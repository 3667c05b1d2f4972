"""Turns message contexts into verdicts: signals → label scores → label, confidence, patterns, action."""

from __future__ import annotations

import math
from collections.abc import Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Protocol

from server.triage.context import LABELS, MessageContext
from server.triage.policy import Action, suggest_action
from server.triage.model import ModelOutput, pull
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
    """A learned voter (see model.LearnedHead): per-context probabilities with their explanation."""

    version: str
    embedder: object

    def explain(self, contexts: Sequence[MessageContext], fired: Sequence[list[FiredSignal]]) -> list[ModelOutput]: ...


# Embeddings are computed on this thread while the request's thread does its storage work: the model's native code
# runs without the GIL, so the two overlap. One thread: the model runs one batch at a time anyway.
_EMBEDDING = ThreadPoolExecutor(max_workers=1, thread_name_prefix="inchdeep-embed")


@dataclass
class TriageEngine:
    weights: dict[str, float] = field(default_factory=lambda: dict(DEFAULT_WEIGHTS))
    priors: dict[str, float] = field(default_factory=lambda: dict(PRIORS))
    pitch_window_days: float = 14.0
    model: LabelModel | None = None
    # Signal-score lead above which the model is skipped (see _decisive); None-like large value disables it.
    cascade_margin: float = 2.5

    def __post_init__(self) -> None:
        # The cascade's check on a text alone, cached per engine (its weights and margin decide): copies of a
        # template and re-posted messages repeat it.
        self._decisive_on_its_text = lru_cache(maxsize=4096)(
            lambda text: self._decisive(fire_all(MessageContext(text=text))))

    @property
    def version(self) -> str:
        return self.model.version if self.model else BASELINE_VERSION

    def prepare(self, texts: Sequence[str], fingerprints: Sequence[str], signatures: Sequence[bytes] | None = None) -> Future[None]:
        """Start embedding a batch's texts in the background, so that judging them later hits the embedding cache;
        the caller does its storage work meanwhile and waits on the returned future before judging.

        Texts whose signals alone settle the label are skipped (the cascade); if their conversation later makes
        them less clear-cut, they are embedded one by one at judging time. With their MinHash signatures, near-copies
        of recently embedded texts share those embeddings.
        """
        if self.model is None or not texts:
            done: Future[None] = Future()
            done.set_result(None)
            return done
        # The cascade's signal check is Python work: done here, so the background thread is mostly native code and
        # does not hold the GIL against the request's own work.
        needed = [(t, f, s) for t, f, s in zip(texts, fingerprints, signatures or [None] * len(texts), strict=True)
                  if not self._decisive_on_its_text(t)]
        return _EMBEDDING.submit(self.model.embedder.embed, [t for t, _, _ in needed], [f for _, f, _ in needed],
                                 [s for _, _, s in needed])

    def warm_up(self) -> None:
        """Run the model once before the first request, so that request does not pay for its first-run set-up."""
        if self.model is not None:
            self.model.embedder.warm_up()

    def judge(self, ctx: MessageContext, override: Override | None = None) -> Verdict:
        return self.judge_batch([ctx], [override])[0]

    def judge_batch(self, contexts: Sequence[MessageContext], overrides: Sequence[Override | None] | None = None) -> list[Verdict]:
        fired_per_message = [fire_all(ctx) for ctx in contexts]
        outputs: list[ModelOutput | None] = [None] * len(contexts)
        if self.model is not None:
            # The cascade: the model only sees messages whose signals leave the label open.
            open_ = [i for i, fired in enumerate(fired_per_message) if not self._decisive(fired)]
            explained = self.model.explain([contexts[i] for i in open_], [fired_per_message[i] for i in open_])
            for i, output in zip(open_, explained, strict=True):
                outputs[i] = output
        overrides = overrides or [None] * len(contexts)
        return [
            self._verdict(ctx, fired, output, override)
            for ctx, fired, output, override in zip(contexts, fired_per_message, outputs, overrides, strict=True)
        ]

    def _verdict(self, ctx: MessageContext, fired: list[FiredSignal], output: ModelOutput | None, override: Override | None) -> Verdict:
        if output is None:
            label, confidence, reasons = self._signal_vote(fired)
            if self.model is not None:
                reasons.append(Reason("SIGNALS_DECISIVE", 0.0, "clear-cut on its signals alone, the language model was not needed"))
        else:
            label, confidence, reasons = _model_vote(fired, output)

        label, rule_reason = _decision_rules(label, fired)
        if rule_reason:
            reasons.insert(0, rule_reason)

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

    def _signal_scores(self, fired: list[FiredSignal]) -> dict[str, float]:
        scores = dict(self.priors)
        for f in fired:
            scores[f.signal.label] += self.weights.get(f.signal.id, 0.0)
        return scores

    def _decisive(self, fired: list[FiredSignal]) -> bool:
        """Noise so clear on its signals that the model cannot change the outcome: nothing speaks for genuine and
        the leading noise label is ahead by a wide margin (on the training threads this rule was never wrong)."""
        if any(f.signal.label == "genuine" for f in fired):
            return False
        scores = self._signal_scores(fired)
        ranked = sorted(scores.values(), reverse=True)
        leader = max(LABELS, key=lambda l: scores[l])
        return leader != "genuine" and ranked[0] - ranked[1] >= self.cascade_margin

    def _signal_vote(self, fired: list[FiredSignal]) -> tuple[str, float, list[Reason]]:
        """The baseline: hand-set weights add to the score of the label each signal votes for."""
        scores = self._signal_scores(fired)
        label = max(LABELS, key=lambda l: (scores[l], l == "genuine"))
        # For the chosen label first (positive weight), then the evidence that pointed elsewhere (negative).
        supporting = [Reason(f.signal.id, self.weights.get(f.signal.id, 0.0), f.detail) for f in fired if f.signal.label == label]
        against = [Reason(f.signal.id, -self.weights.get(f.signal.id, 0.0), f.detail) for f in fired if f.signal.label != label]
        return label, _softmax(scores)[label], _ordered(supporting + against)

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


def _model_vote(fired: list[FiredSignal], output: ModelOutput) -> tuple[str, float, list[Reason]]:
    """The learned head decides; each fired signal's weight is its fitted pull towards the chosen label
    (relative to the other labels), and the text's own pull appears as the MODEL signal."""
    label = max(LABELS, key=lambda l: (output.adjusted_scores[l], l == "genuine"))
    reasons = [Reason(f.signal.id, output.signal_pulls[f.signal.id][label], f.detail) for f in fired]
    text_pull = pull(output.text_contribution, label)
    reasons.append(Reason("MODEL", text_pull, f"the language model reads the wording as {label.replace('_', '-')} "
                                              f"({output.proba[label]:.0%} overall)"))
    return label, output.proba[label], _ordered(reasons)


# Direct asks to buy or meet: with another selling signal beside them, the message sells (taxonomy rule 3).
DIRECT_ASKS = frozenset({"MEETING_ASK", "CALENDAR_LINK", "FREE_SAMPLE", "RIGHT_PERSON", "PRICE_OR_DISCOUNT"})


def _decision_rules(label: str, fired: list[FiredSignal]) -> tuple[str, Reason | None]:
    """taxonomy.md's order as hard constraints on top of the vote: rule 3 (asks you to buy or meet → pitch,
    even when it also thanks you for connecting or carries merge fields) outranks rule 4 (templated → auto_dm)."""
    selling = {f.signal.id for f in fired if f.signal.selling}
    if label == "auto_dm" and len(selling) >= 2 and selling & DIRECT_ASKS:
        return "pitch", Reason("RULE_SELLING_BEATS_TEMPLATE", 1.0,
                               "asks you to buy or meet, so it is a pitch even though it also reads like an auto-DM")
    return label, None


def _ordered(reasons: list[Reason]) -> list[Reason]:
    return sorted((r for r in reasons if r.weight >= 0), key=lambda r: -r.weight) + sorted(
        (r for r in reasons if r.weight < 0), key=lambda r: r.weight
    )


def _softmax(scores: dict[str, float]) -> dict[str, float]:
    top = max(scores.values())
    exps = {k: math.exp((v - top) / TEMPERATURE) for k, v in scores.items()}
    total = sum(exps.values())
    return {k: v / total for k, v in exps.items()}


__all__ = ["TriageEngine", "Verdict", "Reason", "Override", "LabelModel", "SIGNALS", "BASELINE_VERSION"]
