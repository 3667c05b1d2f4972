from __future__ import annotations

import re

import pytest

from server.ratelimit import MemoryRateLimiter, RedisRateLimiter
from tests.conftest import add_user


def test_memory_limiter_windows() -> None:
    limiter = MemoryRateLimiter(2)
    assert limiter.hit("a", now=60.0).allowed and limiter.hit("a", now=61.0).allowed
    blocked = limiter.hit("a", now=62.0)
    assert not blocked.allowed and blocked.retry_after == 58
    assert limiter.hit("b", now=62.0).allowed
    assert limiter.hit("a", now=120.0).allowed


def test_api_answers_429_with_retry_after(app_factory, sqlite_url: str) -> None:  # noqa: ANN001
    client = app_factory(sqlite_url, rate_limit_per_minute=3)
    api, other = add_user(client, "a"), add_user(client, "b")
    codes = [api.get("/v1/messages").status_code for _ in range(4)]
    assert codes == [200, 200, 200, 429]
    r = api.get("/v1/messages")
    assert r.json()["error"]["code"] == "rate_limited" and 1 <= int(r.headers["Retry-After"]) <= 60
    assert other.get("/v1/messages").status_code == 200


def test_an_exhausted_token_gets_429_on_every_route(app_factory, sqlite_url: str) -> None:  # noqa: ANN001
    client = app_factory(sqlite_url, rate_limit_per_minute=2)
    api = add_user(client, "a")
    assert api.get("/v1/reports/weekly.html").status_code == 200
    assert api.client.get("/v1/reports/weekly.html", params={"token": api.token}).status_code == 200
    # The report page, with the token in the header or (a browser tab) in its address, counts like any route.
    for r in (api.get("/v1/reports/weekly.html"), api.client.get("/v1/reports/weekly.html", params={"token": api.token})):
        assert r.status_code == 429 and r.json()["error"]["code"] == "rate_limited"
    # Every route the API publishes (a new one included), any path parameter filled in: limited before it does work,
    # even before its body is validated.
    for template, operations in client.get("/openapi.json").json()["paths"].items():
        path = re.sub(r"\{[^}]+\}", "1", template)
        for method in operations:
            r = api.client.request(method, path, headers=api.headers())
            assert r.status_code == 429, (method, path, r.status_code)
            assert r.json()["error"]["code"] == "rate_limited" and 1 <= int(r.headers["Retry-After"]) <= 60


def test_redis_limiter_is_shared_between_instances() -> None:
    import redis

    try:
        redis.Redis.from_url("redis://127.0.0.1:6379/0", socket_connect_timeout=0.5).ping()
    except redis.RedisError:
        pytest.skip("Redis not running")
    key = f"test-{id(object())}"
    one, two = RedisRateLimiter(2, "redis://127.0.0.1:6379/0"), RedisRateLimiter(2, "redis://127.0.0.1:6379/0")
    assert one.hit(key, now=1000.0).allowed and two.hit(key, now=1001.0).allowed
    assert not one.hit(key, now=1002.0).allowed


def test_redis_down_fails_open_per_process() -> None:
    limiter = RedisRateLimiter(1, "redis://127.0.0.1:1/0")
    assert limiter.hit("k", now=5.0).allowed
    assert not limiter.hit("k", now=6.0).allowed
