"""Builds the triage engine from settings: signals alone, or signals plus the learned model."""

from __future__ import annotations

import logging
from server.config import Settings
from server.triage.engine import TriageEngine

log = logging.getLogger("inchdeep")


def build_engine(settings: Settings) -> TriageEngine:
    """With use_model (the default) a missing model or artifact is an error that names what is missing."""
    engine = TriageEngine(pitch_window_days=settings.pitch_window_days)
    if not settings.use_model:
        return engine
    from server.triage.model import LearnedHead

    engine.model = LearnedHead.load(settings.artifact_dir(), settings.load_embedder())
    trained_with = engine.model.embedding_settings
    serving_with = settings.embedding_settings()
    if trained_with and trained_with != serving_with:
        log.warning("the model was trained with embedding settings %s but serves with %s: accuracy may differ "
                    "(run `inchdeep train` with the serving settings)", trained_with, serving_with)
    return engine
