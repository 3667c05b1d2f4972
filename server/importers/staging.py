"""Where imports stage files (the uploaded zip, the staging table that sorts messages by time), and their clean-up.

A process killed mid-import (SIGKILL, OOM, power loss) never runs its own clean-up, so each staging folder carries
the id of the process that made it, and at start-up the service removes the folders of processes that no longer
run. A folder of a live process (another worker, a CLI import) is never touched.
"""

from __future__ import annotations

import os
import re
import shutil
import tempfile
from pathlib import Path

PREFIX = "inchdeep-staging-"
_NAME = re.compile(re.escape(PREFIX) + r"(\d+)-")


def staging_directory() -> tempfile.TemporaryDirectory:
    """A private (0700) temporary folder, removed when the import ends."""
    return tempfile.TemporaryDirectory(prefix=f"{PREFIX}{os.getpid()}-")


def remove_abandoned_staging(root: str | None = None) -> list[Path]:
    """Remove the staging folders whose process has ended; returns what was removed."""
    removed = []
    for path in Path(root or tempfile.gettempdir()).glob(PREFIX + "*"):
        match = _NAME.match(path.name)
        if match and path.is_dir() and not _running(int(match.group(1))):
            shutil.rmtree(path, ignore_errors=True)
            removed.append(path)
    return removed


def _running(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OverflowError):  # another user's live process / not a real pid: leave it alone
        return True
    return True
