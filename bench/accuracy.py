"""Accuracy of the shipped (optimised) model against the unoptimised one, on the held-out dev threads.

    python bench/accuracy.py [--dev data/corpus/dev.jsonl]

Unoptimised: all-MiniLM-L6-v2 in fp32 through transformers on whole texts (up to the model's 512 tokens), with a
head trained on those embeddings (here, into a temporary folder). Optimised: the shipped artifact with the serving
settings (ONNX Runtime, int8 weights, the first 20 tokens). Both go through the same replay as `inchdeep eval`.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
os.environ.setdefault("HF_HUB_OFFLINE", "1")

from server.config import Settings  # noqa: E402
from server.evaluation import evaluate  # noqa: E402
from server.triage.engine import TriageEngine  # noqa: E402
from server.triage.model import LearnedHead  # noqa: E402
from server.triage.training import CORPUS_DIR, train  # noqa: E402

UNOPTIMISED = {"model_runtime": "transformers", "model_quantize": False, "model_max_tokens": 512}


def scored(settings: Settings, artifact: Path | None, dev: Path) -> dict:
    from server.triage.model import ARTIFACT_DIR

    engine = TriageEngine(pitch_window_days=settings.pitch_window_days)
    if artifact is not None or settings.use_model:
        engine.model = LearnedHead.load(artifact or ARTIFACT_DIR, settings.load_embedder())
    result = evaluate(dev, engine)
    return {"macro-F1": result.macro_f1, "genuine recall": result.genuine_recall,
            "pitch_after_connect F1": result.pitch_after_connect["f1"], "messages/s (replay)": result.messages_per_second}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--dev", type=Path, default=CORPUS_DIR / "dev.jsonl")
    args = parser.parse_args()
    shipped = Settings()
    reference = Settings(**UNOPTIMISED)
    with tempfile.TemporaryDirectory(prefix="inchdeep-unoptimised-") as tmp:
        train(CORPUS_DIR / "train.jsonl", Path(tmp), reference.load_embedder(), embedding_settings=reference.embedding_settings())
        columns = {
            f"shipped ({shipped.model_runtime} int8, {shipped.model_max_tokens} tokens)": scored(shipped, None, args.dev),
            "unoptimised (transformers fp32, whole text)": scored(reference, Path(tmp), args.dev),
            "signals only": scored(Settings(use_model=False), None, args.dev),
        }
    names = list(columns)
    print(f"{'':24}" + "".join(f"{n:>46}" for n in names))
    for metric in next(iter(columns.values())):
        fmt = "{:>46.1f}" if "messages" in metric else "{:>46.3f}"
        print(f"{metric:24}" + "".join(fmt.format(columns[n][metric]) for n in names))
    difference = columns[names[0]]["macro-F1"] - columns[names[1]]["macro-F1"]
    print(f"macro-F1, shipped minus unoptimised: {difference:+.3f} (target: no lower than -0.010)")


if __name__ == "__main__":
    main()
