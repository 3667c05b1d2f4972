"""Fine-tunes the top layers of the bundled all-MiniLM-L6-v2 to read intent (used by `inchdeep train` only).

A frozen sentence embedding mostly encodes topic and tone; a linear head over it learnt our corpus's styles and
hid most real people (see the README's accuracy section). Training the top layers on the labelled corpus lets the
text model read what a message *does* (sells, broadcasts, is automated) and it transfers much better to real text.

The bottom layers stay as shipped and their outputs are computed once; the top `tuned_layers` of the first
`layers` layers are trained together with a linear classifier over the mean-pooled, L2-normalised vector. What is
stored (`encoder.npz`, a few MB of float16) is only the tuned layers' weights and the recipe; the serving copy
(onnx_export.py) is the bundled model with those layers swapped in. This module imports torch and transformers:
the service never imports it.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

import numpy as np

from server.triage.context import LABELS

TUNING_FILE = "encoder.npz"
# Logits = scale × (classifier · unit vector): the vectors have unit length, so the classifier needs a larger range.
LOGIT_SCALE = 20.0


@dataclass(frozen=True)
class TuningRecipe:
    # Chosen in issue 14 by measuring tuned recipes on real messages. Reading 32 tokens instead cut noise caught on
    # real messages from 0.767 to 0.670; 3 layers × 40 tokens costs ≈ 1.6–1.9 ms a text against ≈ 1.4 ms for the
    # untuned 6 × 20 (README, Performance).
    layers: int = 3  # transformer layers kept, from the bottom
    tuned_layers: int = 2  # of those, the top ones that are trained
    max_tokens: int = 40
    epochs: int = 4
    learning_rate: float = 5e-5
    batch_size: int = 32
    seed: int = 7


@dataclass
class TunedText:
    """The tuned layers (state-dict names → float32 arrays) and the classifier over the pooled vector."""

    recipe: TuningRecipe
    layer_weights: dict[str, np.ndarray]
    classifier: np.ndarray  # (labels, 384), already multiplied by LOGIT_SCALE
    classifier_bias: np.ndarray  # (labels,)
    # The tuned model's logits for the texts it was trained on (how far its part of a score can swing).
    train_logits: np.ndarray | None = None

    def save(self, directory: Path) -> Path:
        directory.mkdir(parents=True, exist_ok=True)
        path = directory / TUNING_FILE
        arrays = {f"layer:{k}": v.astype(np.float16) for k, v in self.layer_weights.items()}
        np.savez(path, recipe=np.array(json.dumps(asdict(self.recipe))), **arrays)
        return path


def read_recipe(path: Path) -> TuningRecipe:
    with np.load(path, allow_pickle=False) as data:
        return TuningRecipe(**json.loads(str(data["recipe"])))


def read_tuning(path: Path) -> tuple[TuningRecipe, dict[str, np.ndarray]]:
    data = np.load(path, allow_pickle=False)
    recipe = TuningRecipe(**json.loads(str(data["recipe"])))
    weights = {k.split(":", 1)[1]: data[k].astype(np.float32) for k in data.files if k.startswith("layer:")}
    return recipe, weights


def apply_tuning(model, path: Path):  # noqa: ANN001, ANN201 - a transformers BertModel
    """The bundled model with the tuned layers swapped in (and layers above `recipe.layers` dropped)."""
    import torch

    recipe, weights = read_tuning(path)
    model.encoder.layer = model.encoder.layer[: recipe.layers]
    model.config.num_hidden_layers = recipe.layers
    state = {k: torch.from_numpy(v) for k, v in weights.items()}
    missing = set(state) - set(model.state_dict())
    if missing:
        raise ValueError(f"{path} does not fit this model: unknown weights {sorted(missing)[:3]}")
    model.load_state_dict(state, strict=False)
    return model


class _Trainer:
    def __init__(self, model_dir: Path, recipe: TuningRecipe) -> None:
        import torch
        from transformers import AutoModel, AutoTokenizer
        from transformers.utils import logging as transformers_logging

        transformers_logging.disable_progress_bar()
        self.torch = torch
        self.recipe = recipe
        torch.manual_seed(recipe.seed)
        self.tokenizer = AutoTokenizer.from_pretrained(str(model_dir), local_files_only=True)
        self.model = AutoModel.from_pretrained(str(model_dir), local_files_only=True)
        self.model.encoder.layer = self.model.encoder.layer[: recipe.layers]
        self.model.config.num_hidden_layers = recipe.layers
        self.frozen = self.model.encoder.layer[: recipe.layers - recipe.tuned_layers]
        self.tuned = self.model.encoder.layer[recipe.layers - recipe.tuned_layers :]
        for p in self.model.parameters():
            p.requires_grad = False
        for p in self.tuned.parameters():
            p.requires_grad = True
        self.classifier = torch.nn.Linear(self.model.config.hidden_size, len(LABELS))

    def _mask(self, mask, hidden):  # noqa: ANN001, ANN202
        return self.model._create_attention_masks(attention_mask=mask, encoder_attention_mask=None, embedding_output=hidden,
                                                  encoder_hidden_states=None, cache=None)[0]

    def _run(self, layers, hidden, mask):  # noqa: ANN001, ANN202
        extended = self._mask(mask, hidden)
        for layer in layers:
            out = layer(hidden, attention_mask=extended)
            hidden = out[0] if isinstance(out, tuple) else out
        return hidden

    def bottom(self, texts: Sequence[str]):  # noqa: ANN201
        """The frozen layers' output for every text (computed once per text)."""
        torch = self.torch
        hidden, masks = [], []
        with torch.inference_mode():
            for start in range(0, len(texts), 64):
                batch = self.tokenizer(list(texts[start : start + 64]), padding="max_length", truncation=True,
                                       max_length=self.recipe.max_tokens, return_tensors="pt")
                h = self.model.embeddings(input_ids=batch["input_ids"], token_type_ids=batch.get("token_type_ids"))
                hidden.append(self._run(self.frozen, h, batch["attention_mask"]))
                masks.append(batch["attention_mask"])
        return torch.cat(hidden).clone(), torch.cat(masks)

    def pooled(self, hidden, mask):  # noqa: ANN001, ANN201
        h = self._run(self.tuned, hidden, mask)
        m = mask.unsqueeze(-1).float()
        v = (h * m).sum(1) / m.sum(1).clamp(min=1e-9)
        return self.torch.nn.functional.normalize(v, dim=-1)

    def fit(self, texts: Sequence[str], y: np.ndarray) -> None:
        torch = self.torch
        hidden, mask = self.bottom(texts)
        targets = torch.tensor(y)
        counts = np.bincount(y, minlength=len(LABELS)).astype(np.float32)
        weight = torch.tensor(len(y) / (len(LABELS) * np.maximum(counts, 1)), dtype=torch.float32)
        params = [p for p in self.tuned.parameters()] + list(self.classifier.parameters())
        optimiser = torch.optim.AdamW(params, lr=self.recipe.learning_rate, weight_decay=0.01)
        generator = torch.Generator().manual_seed(self.recipe.seed)
        self.model.train()
        for _ in range(self.recipe.epochs):
            order = torch.randperm(len(y), generator=generator)
            for start in range(0, len(order), self.recipe.batch_size):
                idx = order[start : start + self.recipe.batch_size]
                logits = self.classifier(self.pooled(hidden[idx], mask[idx]) * LOGIT_SCALE)
                loss = torch.nn.functional.cross_entropy(logits, targets[idx], weight=weight)
                optimiser.zero_grad()
                loss.backward()
                optimiser.step()
        self.model.eval()

    def logits(self, texts: Sequence[str]) -> np.ndarray:
        torch = self.torch
        hidden, mask = self.bottom(texts)
        out = []
        with torch.inference_mode():
            for start in range(0, len(texts), 128):
                out.append(self.classifier(self.pooled(hidden[start : start + 128], mask[start : start + 128]) * LOGIT_SCALE))
        return torch.cat(out).numpy().astype(np.float64) if out else np.zeros((0, len(LABELS)))

    def result(self) -> TunedText:
        first = self.recipe.layers - self.recipe.tuned_layers
        weights = {k: v.detach().numpy().copy() for k, v in self.model.state_dict().items()
                   if k.startswith("encoder.layer.") and int(k.split(".")[2]) >= first}
        return TunedText(self.recipe, weights,
                         self.classifier.weight.detach().numpy().astype(np.float64) * LOGIT_SCALE,
                         self.classifier.bias.detach().numpy().astype(np.float64))


def finetune(texts: Sequence[str], labels: Sequence[str], model_dir: Path, recipe: TuningRecipe) -> TunedText:
    trainer = _Trainer(model_dir, recipe)
    trainer.fit(texts, np.array([LABELS.index(l) for l in labels]))
    tuned = trainer.result()
    tuned.train_logits = trainer.logits(texts)
    return tuned


def group_fold(group: str, folds: int) -> int:
    """The fold a group (thread, family) goes to: a stable hash, so splits do not depend on the corpus's order."""
    return int(hashlib.blake2b(group.encode(), digest_size=2).hexdigest(), 16) % folds


def out_of_fold_logits(texts: Sequence[str], labels: Sequence[str], groups: Sequence[str], model_dir: Path,
                       recipe: TuningRecipe, folds: int = 2) -> np.ndarray:
    """Text logits for every message from a model tuned without its group (its family of texts): what the text model
    says about kinds of text it has not seen, the honest input for weighing it against the signals."""
    y = np.array([LABELS.index(l) for l in labels])
    fold_of = {g: group_fold(g, folds) for g in set(groups)}
    out = np.zeros((len(texts), len(LABELS)))
    for fold in range(folds):
        held = np.array([fold_of[g] == fold for g in groups])
        if not held.any() or held.all():
            continue
        trainer = _Trainer(model_dir, recipe)
        trainer.fit([t for t, h in zip(texts, held, strict=True) if not h], y[~held])
        out[held] = trainer.logits([t for t, h in zip(texts, held, strict=True) if h])
    return out
