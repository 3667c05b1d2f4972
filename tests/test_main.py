"""The app factory's start-up and shutdown."""

from __future__ import annotations

import gc
from pathlib import Path

from fastapi.testclient import TestClient

from server.main import create_app
from tests.conftest import make_settings


def test_objects_built_at_startup_are_frozen_for_the_apps_lifetime(tmp_path: Path) -> None:
    """Full garbage collections skip what start-up built (a ≈ 110 ms pause otherwise); shutdown hands it back."""
    gc.unfreeze()  # whatever an earlier test's app left frozen
    settings = make_settings(f"sqlite:///{tmp_path / 'app.sqlite3'}", tmp_path)
    with TestClient(create_app(settings)) as client:
        assert gc.get_freeze_count() > 10_000
        with TestClient(create_app(settings)):  # a second app in the same process leaves the freeze alone
            pass
        assert gc.get_freeze_count() > 10_000
        assert client.get("/healthz").status_code == 200
    assert gc.get_freeze_count() == 0
