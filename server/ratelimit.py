"""Per-token request limits: fixed one-minute windows, in memory or shared through Redis across workers."""

from __future__ import annotations

import logging
import threading
import time
from dataclasses import dataclass

log = logging.getLogger("inchdeep")
WINDOW_SECONDS = 60


@dataclass(frozen=True)
class Decision:
    allowed: bool
    retry_after: int


class MemoryRateLimiter:
    def __init__(self, per_minute: int) -> None:
        self.per_minute = per_minute
        self._counts: dict[tuple[str, int], int] = {}
        self._lock = threading.Lock()

    def hit(self, key: str, now: float | None = None) -> Decision:
        now = time.time() if now is None else now
        window = int(now // WINDOW_SECONDS)
        with self._lock:
            # Forget old windows so memory stays bounded.
            if len(self._counts) > 10_000:
                self._counts = {k: v for k, v in self._counts.items() if k[1] >= window}
            count = self._counts.get((key, window), 0) + 1
            self._counts[(key, window)] = count
        return _decide(count, self.per_minute, now)


class RedisRateLimiter:
    """One limit for every worker process; if Redis is unreachable the request is let through (logged)."""

    def __init__(self, per_minute: int, url: str) -> None:
        import redis

        self.per_minute = per_minute
        self.client = redis.Redis.from_url(url, socket_timeout=0.5, socket_connect_timeout=0.5)
        self.fallback = MemoryRateLimiter(per_minute)

    def hit(self, key: str, now: float | None = None) -> Decision:
        import redis

        now = time.time() if now is None else now
        redis_key = f"inchdeep:rl:{key}:{int(now // WINDOW_SECONDS)}"
        try:
            pipe = self.client.pipeline()
            pipe.incr(redis_key)
            pipe.expire(redis_key, WINDOW_SECONDS * 2)
            count = int(pipe.execute()[0])
        except redis.RedisError as exc:
            log.warning("rate limiter: Redis unavailable (%s), limiting per process", exc)
            return self.fallback.hit(key, now)
        return _decide(count, self.per_minute, now)


def _decide(count: int, limit: int, now: float) -> Decision:
    if count <= limit:
        return Decision(True, 0)
    return Decision(False, max(1, int(WINDOW_SECONDS - now % WINDOW_SECONDS + 0.999)))


def build_rate_limiter(per_minute: int, redis_url: str) -> MemoryRateLimiter | RedisRateLimiter | None:
    if per_minute <= 0:
        return None
    if redis_url:
        return RedisRateLimiter(per_minute, redis_url)
    return MemoryRateLimiter(per_minute)
