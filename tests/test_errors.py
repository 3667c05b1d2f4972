"""Bad input gets a clear JSON error with the right status, never a 500, and stores nothing."""

from __future__ import annotations

import json

import pytest

from tests.conftest import ApiClient, msg


def post_raw(api: ApiClient, body: bytes | str, content_type: str = "application/json"):  # noqa: ANN201
    return api.client.post("/v1/messages", content=body, headers=api.headers() | {"content-type": content_type})


def assert_error(response, status: int, code: str | None = None) -> dict:  # noqa: ANN001
    assert response.status_code == status, response.text
    error = response.json()["error"]
    assert error["message"]
    if code:
        assert error["code"] == code
    return error


def test_malformed_json(api: ApiClient) -> None:
    assert_error(post_raw(api, b'{"messages": [}'), 422, "malformed_json")
    assert_error(post_raw(api, b'{bad', content_type="application/x-www-form-urlencoded"), 422, "malformed_json")


def test_unknown_platform_names_the_field(api: ApiClient) -> None:
    error = assert_error(api.post("/v1/messages", json={"messages": [msg("a", "hi", platform="myspace")]}), 422, "invalid")
    assert error["message"].startswith("messages.0.platform")


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"text": "x" * 20001}, "messages.0.text"),
        ({"text": ""}, "messages.0.text"),
        ({"thread_id": "t" * 201}, "messages.0.thread_id"),
        ({"direction": "sideways"}, "messages.0.direction"),
        ({"sent_at": "yesterday"}, "messages.0.sent_at"),
        ({"sent_at": "2026-11-05T16:24:00"}, "messages.0.sent_at"),
        ({"sender": {"name": "no id"}}, "messages.0.sender.id"),
    ],
)
def test_invalid_fields(api: ApiClient, change: dict, field: str) -> None:
    error = assert_error(api.post("/v1/messages", json={"messages": [msg("a", "hi") | change]}), 422, "invalid")
    assert error["message"].startswith(field)
    assert api.get("/v1/messages").json()["messages"] == []


def test_batch_size_limits(api: ApiClient) -> None:
    assert_error(api.post("/v1/messages", json={"messages": []}), 422)
    too_many = [msg(f"m{i}", "hi") for i in range(501)]
    assert_error(api.post("/v1/messages", json={"messages": too_many}), 422)


def test_body_over_two_megabytes_is_413(api: ApiClient) -> None:
    big = json.dumps({"messages": [msg(f"m{i}", "y" * 19000) for i in range(120)]})
    assert len(big) > 2 * 1024 * 1024
    assert_error(post_raw(api, big), 413, "payload_too_large")
    assert api.get("/v1/messages").json()["messages"] == []


def test_wrong_shapes_never_500(api: ApiClient) -> None:
    for body in ([], "null", '"text"', '{"messages": "nope"}', '{"messages": [1, 2]}', '{"messages": [{"text": null}]}',
                 '{"messages": [' + json.dumps(msg("a", "\u0000\ud800")) + "]}"):
        r = post_raw(api, body if isinstance(body, str) else json.dumps(body))
        assert r.status_code in (200, 422), (body, r.status_code, r.text)


def test_unknown_route_and_method(api: ApiClient) -> None:
    assert_error(api.get("/v1/nope"), 404, "not_found")
    assert_error(api.client.put("/v1/messages", headers=api.headers()), 405)
