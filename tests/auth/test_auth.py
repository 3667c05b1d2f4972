from __future__ import annotations

from server.auth.models import ApiToken
from server.auth.service import hash_token
from tests.conftest import ApiClient, add_user, msg


def test_healthz_needs_no_token(api: ApiClient) -> None:
    assert api.client.get("/healthz").json()["status"] == "ok"


def test_missing_token_is_401_json(api: ApiClient) -> None:
    r = api.client.get("/v1/messages")
    assert r.status_code == 401 and r.json()["error"]["code"] == "unauthorized"
    assert api.client.post("/v1/messages", json={"messages": [msg("a", "hi")]}).status_code == 401


def test_bad_token_is_401(api: ApiClient) -> None:
    for header in ("Bearer idp_wrong", "Bearer ", "Basic abc", "Bearer " + "x" * 500):
        r = api.client.get("/v1/messages", headers={"Authorization": header})
        assert r.status_code == 401, header
        assert r.json()["error"]["message"]


def test_posting_messages_without_a_valid_token_is_401_and_stores_nothing(api: ApiClient) -> None:
    for headers in ({}, {"Authorization": "Bearer idp_wrong"}, {"Authorization": "Basic abc"}):
        r = api.client.post("/v1/messages", json={"messages": [msg("a", "Worth a quick call?")]}, headers=headers)
        assert r.status_code == 401 and r.json()["error"]["code"] == "unauthorized", headers
    # Without a token, a body of the wrong shape is not validated (nothing about the API is told).
    assert api.client.post("/v1/messages", json={"messages": "nope"}).status_code == 401
    assert api.get("/v1/messages").json()["messages"] == []


def test_tokens_are_stored_only_as_hashes(api: ApiClient) -> None:
    with api.client.app.state.session_factory() as session:
        stored = session.query(ApiToken).one()
    assert stored.token_hash == hash_token(api.token) and api.token not in (stored.token_hash, stored.prefix)


def test_one_user_cannot_read_or_touch_anothers_messages(api_any_db: ApiClient) -> None:
    other = add_user(api_any_db.client, "sam")
    api_any_db.ingest(msg("secret-1", "Hey Jordan, the board deck you sent is great, one question on slide 4?"))
    assert other.get("/v1/messages").json()["messages"] == []
    assert other.post("/v1/feedback", json={"message_id": "secret-1", "label": "pitch", "scope": "message"}).status_code == 404
    assert other.post("/v1/actions", json={"kind": "mute", "message_id": "secret-1"}).status_code == 404
    # The same message id posted by another user is theirs alone.
    [v] = other.ingest(msg("secret-1", "Issue #3 is out! Subscribe here."))
    assert v["label"] == "newsletter"
    mine = api_any_db.get("/v1/messages").json()["messages"]
    assert [m["verdict"]["label"] for m in mine] == ["genuine"]
