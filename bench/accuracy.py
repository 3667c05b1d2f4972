"""Accuracy of the shipped model, its unquantised twin and the signal-only baseline, on our dev threads and on real
messages.

    python bench/accuracy.py [--dev data/corpus/dev.jsonl] [--real ../shared/data/real-dev.jsonl]

Shipped: the artifact with the serving settings (ONNX Runtime, int8 weights, the recipe's tokens and layers).
Unquantised: the same tuned model through transformers in fp32 (what quantisation costs). Signals only: the
hand-set weights (`INCHDEEP_USE_MODEL=false`). All go through the same replay as `inchdeep eval`. The real file is
only measured, never trained on; it is skipped when absent.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
os.environ.setdefault("HF_HUB_OFFLINE", "1")

from server.config import Settings  # noqa: E402
from server.evaluation import evaluate  # noqa: E402
from server.triage.factory import build_engine  # noqa: E402
from server.triage.training import CORPUS_DIR  # noqa: E402

REAL = Path(__file__).resolve().parents[2] / "shared" / "data" / "real-dev.jsonl"


def scored(settings: Settings, path: Path) -> dict:
    result = evaluate(path, build_engine(settings))
    return {"genuine kept": result.genuine_recall, "noise caught": result.noise_caught, "macro-F1": result.macro_f1,
            "pitch_after_connect F1": result.pitch_after_connect["f1"], "messages/s (replay)": result.messages_per_second}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--dev", type=Path, default=CORPUS_DIR / "dev.jsonl")
    parser.add_argument("--real", type=Path, default=REAL)
    args = parser.parse_args()
    files = {"dev threads (our corpus)": args.dev}
    if args.real.is_file():
        files["real messages (real-dev.jsonl)"] = args.real
    engines = {
        "shipped (onnx int8)": Settings(),
        "unquantised (transformers fp32)": Settings(model_runtime="transformers", model_quantize=False),
        "signals only": Settings(use_model=False),
    }
    for title, path in files.items():
        columns = {name: scored(settings, path) for name, settings in engines.items()}
        names = list(columns)
        print(f"== {title}: {path}")
        print(f"{'':24}" + "".join(f"{n:>34}" for n in names))
        for metric in next(iter(columns.values())):
            fmt = "{:>34.1f}" if "messages" in metric else "{:>34.3f}"
            print(f"{metric:24}" + "".join(fmt.format(columns[n][metric]) for n in names))
        difference = columns[names[0]]["macro-F1"] - columns[names[1]]["macro-F1"]
        print(f"macro-F1, shipped minus unquantised: {difference:+.3f}\n", flush=True)


if __name__ == "__main__":
    main()
