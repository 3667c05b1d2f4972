"""Turns message contexts into verdicts: signals (and the learned head) → label, confidence, patterns, action.

Genuine is the default. A noise label needs evidence the verdict can show: signals that fire, copies from other
senders, the owner's marks, or a text model that is confident. Every reason listed for a verdict argues for its
label; evidence that pointed elsewhere is kept apart as `counter_evidence`, each item naming where it pointed.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Protocol

from server.triage.context import LABELS, MessageContext
from server.triage.model import ModelOutput
from server.triage.policy import Action, suggest_action
from server.triage.signals import SIGNALS, FiredSignal, fire_all
from server.triage.weights import DEFAULT_WEIGHTS, PRIORS

BASELINE_VERSION = "signals-2"
# What the text model's reading of a text sounds like, per label, in the verdict's MODEL reason.
TEXT_MODEL_READS = {
    "genuine": "reads like a person writing to you",
    "auto_dm": "reads like an automated or mass-sent note",
    "pitch": "reads like a sales pitch",
    "newsletter": "reads like a broadcast to a list",
}


@dataclass(frozen=True)
class Reason:
    signal: str
    weight: float  # how strongly it argues (> 0), for the verdict's label or, as counter-evidence, for `toward`
    detail: str
    toward: str | None = None  # counter-evidence only: the label this evidence pointed to

    def as_dict(self) -> dict:
        out = {"signal": self.signal, "weight": round(self.weight, 2), "detail": self.detail}
        if self.toward:
            out["toward"] = self.toward
        return out


def shown_by_a_rule(stored_reasons: Sequence[dict] | None) -> bool:
    """A stored verdict's reasons (Reason.as_dict, counter-evidence included) show its label by something other than
    the text model's reading: a signal, copies from other senders or the owner's own mark."""
    return any(not r.get("toward") and r.get("signal") != "MODEL" for r in stored_reasons or ())


@dataclass(frozen=True)
class Verdict:
    label: str
    confidence: float
    patterns: list[str]
    reasons: list[Reason]
    action: Action
    model_version: str
    counter_evidence: list[Reason] = field(default_factory=list)


@dataclass(frozen=True)
class Override:
    """What the owner decided: a corrected label and/or allow-list membership."""

    label: str | None = None
    detail: str = ""
    allow_listed: bool = False
    blocked: bool = False


class LabelModel(Protocol):
    """A learned voter (see model.LearnedHead): per-context scores split into their parts."""

    version: str
    embedder: object
    max_text_swing: float

    def weight(self, signal_id: str, label: str) -> float: ...

    def signal_only_scores(self, fired: list[FiredSignal]) -> dict[str, float]: ...

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

    def __post_init__(self) -> None:
        # The cascade's check on a text alone, cached per engine: copies of a template and re-posted messages repeat it.
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

    # -- scoring ---------------------------------------------------------------------------------------------------

    def _signal_weight(self, signal_id: str, label: str) -> float:
        """A fired signal's weight for a label: ≥ 0 for the label(s) it votes for, 0 for every other label."""
        signal = _SIGNAL_BY_ID[signal_id]
        if signal.label != label and not (signal.label == "noise" and label != "genuine"):
            return 0.0
        return self.weights.get(signal_id, 0.0)

    def _signal_scores(self, fired: list[FiredSignal]) -> dict[str, float]:
        if self.model is not None:
            return self.model.signal_only_scores(fired)
        return {label: self.priors[label] + sum(self._signal_weight(f.signal.id, label) for f in fired) for label in LABELS}

    def _decisive(self, fired: list[FiredSignal]) -> bool:
        """Noise so clear on its signals that the text model cannot change the outcome: the leading noise label is
        ahead of every other label by more than the text part can ever swing two labels' scores apart."""
        if self.model is None:
            return True
        scores = self._signal_scores(fired)
        leader = max(LABELS, key=lambda l: scores[l])
        if leader == "genuine":
            return False
        runner_up = max(v for l, v in scores.items() if l != leader)
        return scores[leader] - runner_up > self.model.max_text_swing

    def _verdict(self, ctx: MessageContext, fired: list[FiredSignal], output: ModelOutput | None, override: Override | None) -> Verdict:
        if output is not None:
            scores, weight_of = output.scores, output.weight
        else:
            scores = self._signal_scores(fired)
            weight_of = self.model.weight if self.model is not None else self._signal_weight
        label = max(LABELS, key=lambda l: (scores[l], l == "genuine"))
        label, rule_reason = _decision_rules(label, fired)
        confidence = _softmax(scores)[label]
        reasons, against = _explain(label, scores, fired, weight_of, output)
        if rule_reason:
            reasons.insert(0, rule_reason)
        if output is None and self.model is not None:
            reasons.append(Reason("SIGNALS_DECISIVE", 0.01, "clear-cut on its signals alone, the text model was not needed"))

        override = override or Override()
        owner = _owner_decision(override, label)
        if owner is not None:
            new_label, owner_reason = owner
            if new_label != label:  # what argued for the old label now argues against the owner's
                against = [replace(r, toward=label) for r in reasons if r.signal != "SIGNALS_DECISIVE"] + against
                reasons = []
            label, confidence = new_label, 1.0
            reasons.insert(0, owner_reason)

        patterns = self._patterns(ctx, fired, label)
        asks = any(f.signal.id == "ASKS_ABOUT_YOU" for f in fired)
        action = suggest_action(label, ctx, allow_listed=override.allow_listed, asks_something=asks)
        return Verdict(label, round(confidence, 4), patterns, reasons, action, self.version, against)

    def _patterns(self, ctx: MessageContext, fired: list[FiredSignal], label: str) -> list[str]:
        """Why a noise verdict is noise (taxonomy.md's patterns); a genuine verdict has none."""
        if label == "genuine":
            return []
        patterns: list[str] = []
        minutes = ctx.minutes_since_relationship_began
        if (label == "pitch" and ctx.connection_known and minutes is not None and minutes <= self.pitch_window_days * 1440
                and ctx.channel not in ("inmail", "sponsored")):
            patterns.append("pitch_after_connect")
        for f in fired:
            p = f.signal.pattern
            if p and p not in patterns:
                patterns.append(p)
        if any(f.signal.id == "MERGE_FIELD" for f in fired) and "templated" not in patterns:
            patterns.append("templated")
        return patterns


_SIGNAL_BY_ID = {s.id: s for s in SIGNALS}
WeightOf = Callable[[str, str], float]


def _owner_decision(override: Override, label: str) -> tuple[str, Reason] | None:
    """The owner's rules win: a correction, then the allow list, then the block list (which only turns genuine)."""
    if override.label:
        return override.label, Reason("OWNER_CORRECTION", 10.0, override.detail or f"you marked this as {override.label}")
    if override.allow_listed:
        return "genuine", Reason("ALLOW_LIST", 10.0, "this sender is on your allow list")
    if override.blocked and label == "genuine":
        return "auto_dm", Reason("BLOCK_LIST", 10.0, "you put this sender on your block list")
    return None


def _explain(label: str, scores: dict[str, float], fired: list[FiredSignal], weight_of: WeightOf,
             text: ModelOutput | None) -> tuple[list[Reason], list[Reason]]:
    """Reasons for `label` (each with its weight for it) and, apart, the evidence that pointed elsewhere."""
    reasons: list[Reason] = []
    against: list[Reason] = []
    for f in fired:
        own = weight_of(f.signal.id, label)
        if own > 0:
            reasons.append(Reason(f.signal.id, own, f.detail))
            continue
        # A "noise" signal points to the likeliest noise label; any other to its own label.
        toward = max((l for l in LABELS if l != label), key=lambda l: (weight_of(f.signal.id, l), scores[l]))
        strength = weight_of(f.signal.id, toward)
        if strength > 0:
            against.append(Reason(f.signal.id, strength, f.detail, toward))
    if text is not None:
        read_as = max(LABELS, key=lambda l: text.text_proba[l])
        lead = text.text_part[read_as] - max(v for l, v in text.text_part.items() if l != read_as)
        detail = f"the text model: the wording {TEXT_MODEL_READS[read_as]} ({text.text_proba[read_as]:.0%} {read_as.replace('_', '-')})"
        if lead > 0:
            (reasons if read_as == label else against).append(Reason("MODEL", lead, detail, None if read_as == label else read_as))
    return _strongest_first(reasons), _strongest_first(against)


def _strongest_first(reasons: list[Reason]) -> list[Reason]:
    return sorted(reasons, key=lambda r: -r.weight)


# Direct asks to buy or meet: with another selling signal beside them, the message sells (taxonomy rule 3).
DIRECT_ASKS = frozenset({"MEETING_ASK", "CALENDAR_LINK", "FREE_SAMPLE", "RIGHT_PERSON", "PRICE_OR_DISCOUNT"})


def _decision_rules(label: str, fired: list[FiredSignal]) -> tuple[str, Reason | None]:
    """taxonomy.md's order as hard constraints on top of the vote: rule 3 (asks you to buy or meet → pitch,
    even when it also thanks you for connecting or carries merge fields) outranks rule 4 (templated → auto_dm)."""
    selling = {f.signal.id for f in fired if f.signal.selling}
    if label == "auto_dm" and len(selling) >= 2 and selling & DIRECT_ASKS:
        return "pitch", Reason("RULE_SELLING_BEATS_TEMPLATE", 1.0,
                               "asks you to buy or meet, so it is a pitch even though it also reads like an auto-DM")
    if label in ("auto_dm", "newsletter") and "GET_RICH" in selling:
        return "pitch", Reason("RULE_SCHEME_IS_A_PITCH", 1.0,
                               "offers you a money-making scheme, so it is a pitch even though it reads like a broadcast")
    return label, None


def _softmax(scores: dict[str, float]) -> dict[str, float]:
    top = max(scores.values())
    exps = {k: math.exp(v - top) for k, v in scores.items()}
    total = sum(exps.values())
    return {k: v / total for k, v in exps.items()}


__all__ = ["TriageEngine", "Verdict", "Reason", "Override", "LabelModel", "SIGNALS", "BASELINE_VERSION"]
