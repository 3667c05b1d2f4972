"""The two model runtimes: the ONNX copy the service runs must give the reference model's vectors."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from server.config import Settings
from server.triage.embedder import bundled_model_path, runs_by_length
from server.triage.onnx_export import ExportFailed, cached_model_path, ensure_onnx_model

ROOT = Path(__file__).resolve().parents[2]
TEXTS = [
    "hey! how did the workshop with the Lisbon team go on Thursday?",
    "Thanks for connecting! We help SaaS founders book 30+ demos a month. Open to a quick call?",
    "📬 Issue #31 of The Design Ops Letter is live! Read it here: https://designops.substack.com/p/31",
    "ok",
]


@pytest.fixture(scope="module")
def reference() -> np.ndarray:
    return Settings(model_runtime="transformers", model_quantize=False).load_embedder().embed(TEXTS)


def test_onnx_fp32_copy_gives_the_reference_vectors(reference: np.ndarray) -> None:
    vectors = Settings(model_runtime="onnx", model_quantize=False).load_embedder().embed(TEXTS)
    assert vectors.shape == (len(TEXTS), 384)
    np.testing.assert_allclose(vectors, reference, atol=1e-4)


def test_onnx_int8_copy_stays_close_to_the_reference(reference: np.ndarray) -> None:
    vectors = Settings(model_runtime="onnx", model_quantize=True).load_embedder().embed(TEXTS)
    np.testing.assert_allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
    cosine = (vectors * reference).sum(axis=1)
    assert cosine.min() > 0.85, cosine
    # Each text is still nearest to its own reference vector.
    assert ((vectors @ reference.T).argmax(axis=1) == np.arange(len(TEXTS))).all()


def test_copies_of_a_template_share_one_embedding() -> None:
    embedder = Settings().load_embedder()
    calls: list[int] = []
    encode = embedder.encoder.encode
    embedder.encoder.encode = lambda texts: calls.append(len(texts)) or encode(texts)  # type: ignore[method-assign]
    out = embedder.embed(["Hi Ana, grab my guide", "Hi Bo, grab my guide", "something else"], keys=["t1", "t1", None])
    assert calls == [2] and np.array_equal(out[0], out[1])
    embedder.embed(["Hi Cy, grab my guide"], keys=["t1"])
    assert calls == [2]


def test_warming_up_runs_the_model_but_caches_nothing() -> None:
    embedder = Settings().load_embedder()
    calls: list[int] = []
    encode = embedder.encoder.encode
    embedder.encoder.encode = lambda texts: calls.append(len(texts)) or encode(texts)  # type: ignore[method-assign]
    embedder.warm_up()
    assert calls and not embedder._cache
    embedder.embed(["hello"])  # a warm-up text is still embedded (and cached) when it really arrives
    assert len(calls) == 2 and len(embedder._cache) == 1


def test_the_service_process_never_imports_torch(tmp_path: Path) -> None:
    """The ONNX runtime keeps PyTorch (≈ 300 MB) out of the service's memory."""
    script = ("import sys; from server.config import Settings; from server.main import create_app; "
              "from fastapi.testclient import TestClient; "
              f"s = Settings(database_url='sqlite:///{tmp_path}/t.sqlite3', data_dir='{tmp_path}', use_model=True); "
              "c = TestClient(create_app(s)); c.__enter__(); "
              "assert c.app.state.triage.model is not None; print('torch' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-3000:]
    assert done.stdout.strip().splitlines()[-1] == "False"


def test_a_cache_folder_that_cannot_be_made_names_the_setting(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the cache folder should go")
    with pytest.raises(ExportFailed, match="INCHDEEP_MODEL_CACHE_DIR"):
        ensure_onnx_model(bundled_model_path(), blocker / "models", quantize=True)


def test_broken_weights_fail_with_a_clear_error(tmp_path: Path) -> None:
    model = tmp_path / "model"
    model.mkdir()
    for name in ("config.json", "tokenizer.json", "tokenizer_config.json", "vocab.txt"):
        if (bundled_model_path() / name).is_file():
            shutil.copy(bundled_model_path() / name, model / name)
    (model / "model.safetensors").write_bytes(b"not weights")
    assert cached_model_path(model, tmp_path, quantize=True) != cached_model_path(bundled_model_path(), tmp_path, quantize=True)
    with pytest.raises(ExportFailed, match="could not build the ONNX copy"):
        ensure_onnx_model(model, tmp_path / "cache", quantize=True)
    with pytest.raises(ExportFailed):
        Settings(model_path=str(model), model_cache_dir=str(tmp_path / "cache")).load_embedder()


def test_near_copies_share_an_embedding_but_other_texts_do_not() -> None:
    from server.triage.templates import text_print

    embedder = Settings().load_embedder()
    calls: list[list[str]] = []
    encode = embedder.encoder.encode
    embedder.encoder.encode = lambda texts: calls.append(list(texts)) or encode(texts)  # type: ignore[method-assign]
    base = ("We help B2B founders book more qualified demos every month with outbound that actually converts. "
            "Open to a quick call next week to see if it fits?")
    texts = [base, base + " — Ana", "Totally different: how did your launch go on Thursday, and is the team happy?"]
    prints = [text_print(t) for t in texts]
    assert prints[0].fingerprint != prints[1].fingerprint  # not the same template, only a near-copy
    out = embedder.embed(texts, [p.fingerprint for p in prints], [p.minhash for p in prints])
    assert sorted(len(c) for c in calls) == [2] and texts[1] not in calls[0]
    assert np.array_equal(out[0], out[1]) and not np.array_equal(out[0], out[2])
    # Later batches find the shared vector in the cache under either fingerprint.
    again = embedder.embed([texts[1]], [prints[1].fingerprint])
    assert len(calls) == 1 and np.array_equal(again[0], out[0])


def test_near_copy_lookup_by_bands_finds_what_comparing_with_every_signature_finds() -> None:
    """The definition: the stored signature agreeing best (first slot on a tie), if it agrees on ≥ 90 %."""
    from server.triage.embedder import NEAR_COPY_AGREEMENT, NearCopyIndex

    rng = np.random.default_rng(7)
    size = 64  # small, so slots are reused many times
    index, stored = NearCopyIndex(size), np.zeros((size, 64), dtype=np.uint32)
    keys: list[bytes | None] = [None] * size
    filled, found = 0, 0
    originals = [rng.integers(0, 2**32, 64, dtype=np.uint32) for _ in range(40)]
    for step in range(3000):
        query = originals[rng.integers(len(originals))].copy()
        changed = rng.choice(64, size=rng.integers(0, 12), replace=False)  # 0–11 of the 64 values differ
        query[changed] = rng.integers(0, 2**32, len(changed), dtype=np.uint32)
        agreement = (stored[:filled] == query).sum(axis=1)
        expected = keys[int(agreement.argmax())] if filled and agreement.max() >= NEAR_COPY_AGREEMENT * 64 else None
        assert index.find(query.tobytes()) == expected, step
        found += expected is not None
        key = f"k{step}".encode()
        index.add(key, query.tobytes())
        stored[step % size], keys[step % size] = query, key
        filled = min(filled + 1, size)
    assert 500 < found < 2900  # both answers were exercised


def test_a_batch_is_split_into_runs_of_similar_length() -> None:
    lengths = [40, 6, 38, 7, 40, 6, 39, 40, 8, 6]
    runs = runs_by_length(lengths, overhead=16)
    assert sorted(i for run in runs for i in run) == list(range(len(lengths)))  # every text once
    assert [sorted(lengths[i] for i in run) for run in runs] == [[6, 6, 6, 7, 8], [38, 39, 40, 40, 40]]
    assert runs_by_length(lengths, overhead=10_000) == [sorted(range(len(lengths)), key=lambda i: lengths[i])]
    assert len(runs_by_length(lengths, overhead=0)) == len(set(lengths))
    assert runs_by_length([]) == []


def test_texts_of_mixed_lengths_get_the_vectors_they_get_alone() -> None:
    """Split into runs and put back in order: each vector belongs to its own text."""
    fp32 = Settings(model_runtime="onnx", model_quantize=False).load_embedder()
    mixed = fp32.encoder.encode(TEXTS * 3)
    for i, text in enumerate(TEXTS * 3):
        np.testing.assert_allclose(mixed[i], fp32.encoder.encode([text])[0], atol=1e-4)
