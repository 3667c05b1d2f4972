"""Leave-family-out accuracy on the whole corpus: how the triage does on kinds of text it was not trained on.

    python bench/families.py [--folds 10] [--json out.json]

Families of texts (data/corpus/README.md: "customer questions", "political fundraising", …) go to `--folds` folds by
a stable hash; each fold in turn is held out while the text model is tuned and the head fitted on the other folds
(the head on out-of-thread logits, as `inchdeep train` does), with the shipped operating point (genuine bias and
text-only margin). Every family is held out exactly once. Prints genuine kept, noise caught and macro-F1 per family
group and overall, beside the signal-only baseline on the same messages. Takes ≈ 3 fine-tunes per fold (≈ 20 min
on 2 cores for 10 folds).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
os.environ.setdefault("HF_HUB_OFFLINE", "1")

import numpy as np  # noqa: E402

from server.triage.context import LABELS, MessageContext  # noqa: E402
from server.triage.embedder import bundled_model_path  # noqa: E402
from server.triage.engine import TriageEngine  # noqa: E402
from server.triage.finetune import TuningRecipe, _Trainer, group_fold, out_of_fold_logits  # noqa: E402
from server.triage.model import ARTIFACT_DIR  # noqa: E402
from server.triage.training import (  # noqa: E402
    CORPUS_DIR, apply_operating_point, fit_head, macro_f1, noise_rule_fired, signal_matrix, training_contexts,
)


def _rates(y: np.ndarray, pred: np.ndarray) -> dict:
    genuine = y == 0
    return {"messages": int(len(y)),
            "genuine_kept": round(float(np.mean(pred[genuine] == 0)), 3) if genuine.any() else None,
            "noise_caught": round(float(np.mean(pred[~genuine] != 0)), 3) if (~genuine).any() else None,
            "accuracy": round(float(np.mean(pred == y)), 3)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--folds", type=int, default=10)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    meta = json.loads((ARTIFACT_DIR / "head.json").read_text())
    bias, margin = meta["genuine_bias"], meta["text_only_margin"]
    recipe = TuningRecipe()
    model_dir = bundled_model_path()

    contexts: list[MessageContext] = []
    labels: list[str] = []
    threads: list[str] = []
    families: list[str] = []
    for name in ("train.jsonl", "dev.jsonl"):
        data = training_contexts(CORPUS_DIR / name)
        contexts += data.contexts
        labels += data.labels
        threads += [f"{name}:{t}" for t in data.threads]
        families += data.families
    y = np.array([LABELS.index(label) for label in labels])
    signals = signal_matrix(contexts)
    texts = [c.text for c in contexts]
    fold_of = np.array([group_fold(f, args.folds) for f in families])

    learned = np.zeros(len(y), dtype=int)
    for fold in range(args.folds):
        held = fold_of == fold
        if not held.any():
            continue
        train_idx = np.flatnonzero(~held)
        print(f"fold {fold + 1}/{args.folds}: holding out {len(set(np.array(families)[held]))} families, "
              f"{int(held.sum())} messages", flush=True)
        train_texts = [texts[i] for i in train_idx]
        train_labels = [labels[i] for i in train_idx]
        by_thread = out_of_fold_logits(train_texts, train_labels, [threads[i] for i in train_idx], model_dir, recipe)
        head = fit_head(signals[train_idx], by_thread, y[train_idx])
        trainer = _Trainer(model_dir, recipe)
        trainer.fit(train_texts, y[train_idx])
        logits = trainer.logits([texts[i] for i in np.flatnonzero(held)])
        scores = head.scores(signals[held], logits)
        learned[held] = apply_operating_point(scores, noise_rule_fired(signals[held]), bias, margin)

    baseline = TriageEngine()
    base = np.array([LABELS.index(baseline.judge(c).label) for c in contexts])
    groups: dict[str, list[int]] = defaultdict(list)
    for i, family in enumerate(families):
        groups[family].append(i)
    report = {"folds": args.folds, "operating_point": {"genuine_bias": bias, "text_only_margin": margin},
              "overall": {"learned": _rates(y, learned) | {"macro_f1": round(macro_f1(y, learned), 3)},
                          "signals_only": _rates(y, base) | {"macro_f1": round(macro_f1(y, base), 3)}},
              "families": {f: {"learned": _rates(y[idx], learned[idx]), "signals_only": _rates(y[idx], base[idx])}
                           for f, idx in sorted(groups.items())}}
    o = report["overall"]
    print(f"\nleave-family-out, {args.folds} folds of families, {len(y)} messages")
    print(f"learned:      genuine kept {o['learned']['genuine_kept']:.3f}  noise caught {o['learned']['noise_caught']:.3f}  "
          f"macro-F1 {o['learned']['macro_f1']:.3f}")
    print(f"signals only: genuine kept {o['signals_only']['genuine_kept']:.3f}  noise caught {o['signals_only']['noise_caught']:.3f}  "
          f"macro-F1 {o['signals_only']['macro_f1']:.3f}")
    print(f"\n{'family':26s} {'n':>5s}  {'learned kept/caught':>20s}  {'signals kept/caught':>20s}")
    for family, r in report["families"].items():
        def cell(x: dict) -> str:
            value = x["genuine_kept"] if x["genuine_kept"] is not None else x["noise_caught"]
            kind = "kept" if x["genuine_kept"] is not None else "caught"
            return f"{kind} {value:.2f}"
        print(f"{family:26s} {r['learned']['messages']:5d}  {cell(r['learned']):>20s}  {cell(r['signals_only']):>20s}")
    if args.json:
        args.json.write_text(json.dumps(report, indent=1) + "\n")


if __name__ == "__main__":
    main()
