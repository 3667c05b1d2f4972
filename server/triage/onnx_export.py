"""Builds the serving copy of the bundled MiniLM: an ONNX graph with int8 weights, made once per machine.

The service runs the model through ONNX Runtime, which keeps PyTorch out of its memory (a process that loads it
and embeds 400 texts: 242 MB RSS, against 505 MB with PyTorch's int8) and runs int8 matrix products on the CPU's
vector units. The graph is exported from the local safetensors weights
with PyTorch in a child process (so the service never imports torch) and cached under a name derived from the
weights' hash and this recipe's version: a new model or a new recipe makes a new file, never a stale one.

    python -m server.triage.onnx_export SOURCE_DIR TARGET.onnx [--no-quantize] [--tuning ENCODER.npz]
"""

from __future__ import annotations

import contextlib
import fcntl
import functools
import hashlib
import os
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

from server.triage.embedder import ModelMissing


def tuning_digest(path: Path) -> str:
    """A short hash of a tuning file (the tuned layers), part of the cached model's name."""
    return hashlib.blake2b(path.read_bytes(), digest_size=8).hexdigest()

# Bump when the export or quantisation settings change: cached files of the old recipe are then ignored.
RECIPE = "onnx-opset17-dynint8-v1"
INPUTS = ("input_ids", "attention_mask", "token_type_ids")


class ExportFailed(ModelMissing):
    """The ONNX copy could not be built (the model is then unavailable, like a missing one)."""


def weights_digest(model_dir: Path) -> str:
    """A short hash of the weights (≈ 0.2 s for 90 MB): computed once per file version in a process."""
    weights = model_dir / "model.safetensors"
    stat = weights.stat()
    return _digest(str(model_dir), stat.st_size, stat.st_mtime_ns)


@functools.lru_cache(maxsize=8)
def _digest(model_dir: str, _size: int, _mtime_ns: int) -> str:
    digest = hashlib.blake2b(digest_size=8)
    for name in ("config.json", "model.safetensors"):
        with (Path(model_dir) / name).open("rb") as handle:
            for block in iter(lambda: handle.read(1 << 20), b""):
                digest.update(block)
    return digest.hexdigest()


def cached_model_path(model_dir: Path, cache_dir: Path, *, quantize: bool, tuning: Path | None = None) -> Path:
    kind = "int8" if quantize else "fp32"
    tuned = f"-tuned-{tuning_digest(tuning)}" if tuning else ""
    return cache_dir / f"minilm-{weights_digest(model_dir)}{tuned}-{RECIPE}-{kind}.onnx"


def ensure_onnx_model(model_dir: Path, cache_dir: Path, *, quantize: bool, tuning: Path | None = None) -> Path:
    """The cached ONNX file for these weights (with the tuned layers of `tuning` swapped in), exported first if
    missing (seconds, once per machine and model).

    Several workers starting at once take turns on a lock file; the first exports, the others find the file.
    """
    target = cached_model_path(model_dir, cache_dir, quantize=quantize, tuning=tuning)
    if target.is_file():
        return target
    try:
        cache_dir.mkdir(parents=True, exist_ok=True)
        return _export_once(model_dir, target, cache_dir, quantize=quantize, tuning=tuning)
    except OSError as exc:
        raise ExportFailed(f"could not build the ONNX copy of the model in {cache_dir} ({exc.strerror or exc}): "
                           "set INCHDEEP_MODEL_CACHE_DIR to a writable folder") from exc


def _export_once(model_dir: Path, target: Path, cache_dir: Path, *, quantize: bool, tuning: Path | None) -> Path:
    with _exclusive(cache_dir / ".export.lock"):
        if target.is_file():
            return target
        command = [sys.executable, "-m", "server.triage.onnx_export", str(model_dir), str(target)]
        if not quantize:
            command.append("--no-quantize")
        if tuning:
            command += ["--tuning", str(tuning)]
        env = os.environ | {"HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1"}
        done = subprocess.run(command, env=env, capture_output=True, text=True)
        if done.returncode != 0 or not target.is_file():
            last_line = ((done.stderr or done.stdout).strip().splitlines() or ["no output"])[-1]
            raise ExportFailed(f"could not build the ONNX copy of the model in {cache_dir}: {last_line}")
    return target


@contextlib.contextmanager
def _exclusive(lock_path: Path) -> Iterator[None]:
    with lock_path.open("w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def export(model_dir: Path, target: Path, *, quantize: bool, tuning: Path | None = None) -> None:
    """Export with PyTorch (last hidden state, dynamic batch and length), then quantise the weights to int8."""
    import warnings

    import torch
    from transformers import AutoModel, AutoTokenizer

    class LastHiddenState(torch.nn.Module):
        def __init__(self, model: torch.nn.Module) -> None:
            super().__init__()
            self.model = model

        def forward(self, input_ids, attention_mask, token_type_ids):  # noqa: ANN001, ANN201
            return self.model(input_ids=input_ids, attention_mask=attention_mask,
                              token_type_ids=token_type_ids).last_hidden_state

    tokenizer = AutoTokenizer.from_pretrained(str(model_dir), local_files_only=True)
    model = AutoModel.from_pretrained(str(model_dir), local_files_only=True).eval()
    if tuning:
        from server.triage.finetune import apply_tuning

        model = apply_tuning(model, tuning).eval()
    sample = tokenizer(["a short example", "and a slightly longer second example"], padding=True, return_tensors="pt")
    target.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=target.parent) as tmp:
        fp32 = Path(tmp) / "model.onnx"
        axes = {name: {0: "batch", 1: "tokens"} for name in (*INPUTS, "last_hidden_state")}
        with warnings.catch_warnings(), torch.inference_mode():
            warnings.simplefilter("ignore")
            torch.onnx.export(LastHiddenState(model), tuple(sample[name] for name in INPUTS), str(fp32),
                              input_names=list(INPUTS), output_names=["last_hidden_state"], dynamic_axes=axes,
                              opset_version=17, dynamo=False)
        built = fp32
        if quantize:
            from onnxruntime.quantization import QuantType, quantize_dynamic

            built = Path(tmp) / "model.int8.onnx"
            quantize_dynamic(str(fp32), str(built), weight_type=QuantType.QInt8)
        os.replace(built, target)  # atomic: readers never see half a file


def main(argv: list[str]) -> int:
    if len(argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    tuning = Path(argv[argv.index("--tuning") + 1]) if "--tuning" in argv else None
    export(Path(argv[0]), Path(argv[1]), quantize="--no-quantize" not in argv[2:], tuning=tuning)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
