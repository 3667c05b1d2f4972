"""One pass over a text tells which signal regexes could match it, so only those are run.

Python's `re` searches the text once per signal (≈ 25 searches, ≈ 200 µs for a typical message); Hyperscan scans for
all of them at once (a few µs). It is compiled in prefilter mode, which may report a pattern that then does not match
but never misses one that does: a reported signal is confirmed by its own Python regex (which also quotes the
fragment), so what fires is exactly what the regexes alone would fire — the tests compare the two on every text
of the corpus. Without Hyperscan (a platform without its wheel) every regex simply runs.
"""

from __future__ import annotations

import logging
import re
import threading
from collections.abc import Sequence

log = logging.getLogger(__name__)

try:
    import hyperscan
except ImportError:  # pragma: no cover - the wheel exists for the platforms we run on
    hyperscan = None


class RegexPrefilter:
    """Which of `patterns` may match a text; `None` from `candidates` means "could not tell, run them all"."""

    def __init__(self, patterns: Sequence[re.Pattern[str]]) -> None:
        self._database = _compile(patterns) if hyperscan is not None and patterns else None
        # A scan needs scratch space of its own: one per thread, as requests are judged on several threads.
        self._local = threading.local()

    @property
    def active(self) -> bool:
        return self._database is not None

    def candidates(self, text: str) -> set[int] | None:
        if self._database is None:
            return None
        try:
            data = text.encode("utf-8")
        except UnicodeEncodeError:  # lone surrogates: Hyperscan's UTF-8 mode wants valid UTF-8
            return None
        scratch = getattr(self._local, "scratch", None)
        if scratch is None:
            scratch = self._local.scratch = hyperscan.Scratch(self._database)
        found: set[int] = set()
        self._database.scan(data, match_event_handler=_collect, context=found, scratch=scratch)
        return found


def _collect(pattern_id: int, start: int, end: int, flags: int, found: set[int]) -> None:
    found.add(pattern_id)


def _compile(patterns: Sequence[re.Pattern[str]]):  # noqa: ANN202 - hyperscan.Database when available
    # UTF8 + UCP: \w, \d, \s and \b follow Unicode, as they do in Python's str patterns.
    flags = hyperscan.HS_FLAG_UTF8 | hyperscan.HS_FLAG_UCP | hyperscan.HS_FLAG_PREFILTER | hyperscan.HS_FLAG_SINGLEMATCH
    same_meaning = ((re.IGNORECASE, hyperscan.HS_FLAG_CASELESS), (re.MULTILINE, hyperscan.HS_FLAG_MULTILINE),
                    (re.DOTALL, hyperscan.HS_FLAG_DOTALL))
    pattern_flags = [flags | sum(hs for py, hs in same_meaning if p.flags & py) for p in patterns]
    database = hyperscan.Database()
    try:
        database.compile(expressions=[p.pattern.encode("utf-8") for p in patterns], ids=list(range(len(patterns))),
                         elements=len(patterns), flags=pattern_flags)
    except hyperscan.error as exc:  # pragma: no cover - a pattern Hyperscan rejects: fall back to plain regexes
        log.warning("signal prefilter disabled, every regex runs: %s", exc)
        return None
    return database
