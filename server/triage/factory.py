"""Builds the triage engine from settings: signals alone, or signals plus the learned model when available."""

from __future__ import annotations

import logging

from server.config import Settings
from server.triage.engine import TriageEngine

log = logging.getLogger("inchdeep")


def build_engine(settings: Settings) -> TriageEngine:
    return TriageEngine(pitch_window_days=settings.pitch_window_days)
