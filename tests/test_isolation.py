"""Two users on one service: neither can read, correct, act on, list, report on or delete the other's data.

Every endpoint is tried by user B with user A's ids (messages, senders, corrections, list entries, cursors) and
must answer as if A's data did not exist (404 / empty); A's data is then checked to be untouched. Users that
share message ids and sender ids (two people talking to the same stranger) stay apart too. Both databases.
"""

from __future__ import annotations

import csv
import io

import pytest
from sqlalchemy import create_engine, text

from tests.conftest import ApiClient, add_user, at, msg

PITCH = "Hi, thanks for connecting! We help founders 3x their demos in 30 days. Worth a quick call this week? https://calendly.com/a/15"
TEMPLATE = "Hey there, loved your profile and your work! Our agency helps companies like yours grow revenue fast, open to a chat?"
A_SECRET = "A-only secret: the merger closes on Friday, keep it quiet"
WEEK = "2026-W45"
TABLES = ("messages", "verdicts", "parties", "threads", "corrections", "list_entries", "action_records")


def _routes(api: ApiClient) -> set[str]:
    return set(api.client.app.openapi()["paths"])  # included routers are not flattened into app.routes here


def _counts(database_url: str, user_id: int) -> dict[str, int]:
    engine = create_engine(database_url)
    with engine.connect() as conn:
        present = set(conn.dialect.get_table_names(conn))
        out = {t: conn.execute(text(f'select count(*) from "{t}" where user_id = :u'), {"u": user_id}).scalar_one()
               for t in TABLES if t in present}
    engine.dispose()
    return out


def _user_id(api: ApiClient) -> int:
    from server.auth.service import authenticate
    from server.db import session_scope

    with session_scope(api.client.app.state.session_factory) as session:
        return authenticate(session, api.token).id


@pytest.fixture
def two_users(app_factory, database_url: str) -> tuple[ApiClient, ApiClient, dict]:  # noqa: ANN001
    client = app_factory(database_url)
    a, b = add_user(client, "alice"), add_user(client, "bob")
    a.ingest(
        msg("alicemsg-1", PITCH, sender="li:marcus-o", name="Marcus O.", thread="alicemsg-t1", connected_at=at(2, 9), sent_at=at(2, 10)),
        msg("alicemsg-2", "Following up on my note, any thoughts? " + PITCH, sender="li:marcus-o", name="Marcus O.", thread="alicemsg-t1",
            sent_at=at(4, 10)),
        msg("alicemsg-3", "Following up again, did you see my message? " + PITCH, sender="li:marcus-o", name="Marcus O.",
            thread="alicemsg-t1", sent_at=at(5, 10)),
        msg("alicemsg-4", A_SECRET, sender="li:dana", name="Dana Secret", thread="alicemsg-t2", sent_at=at(3, 8)),
        *[msg(f"alicemsg-tpl-{i}", TEMPLATE, sender=f"li:agency-{i}", name=f"Agency {i}", thread=f"alicemsg-tpl-{i}", sent_at=at(3, 9 + i))
          for i in range(4)],
        # The same id and sender id that B also has: two owners talking to the same stranger.
        msg("shared-1", "Hello Alice, about the board meeting agenda: can you send the numbers?", sender="li:shared",
            name="Sam Shared", thread="shared-t", sent_at=at(4, 12)),
    )
    b.ingest(msg("shared-1", "Hey Bob, want to grab lunch on Thursday?", sender="li:shared", name="Sam Shared",
                 thread="shared-t", sent_at=at(4, 13)))
    # A teaches the service and acts on suggestions.
    fb = a.post("/v1/feedback", json={"message_id": "alicemsg-1", "label": "pitch", "scope": "sender"})
    assert fb.status_code == 201, fb.text
    tpl = a.post("/v1/feedback", json={"message_id": "alicemsg-tpl-0", "label": "auto_dm", "scope": "template"})
    assert tpl.status_code == 201, tpl.text
    shared_fb = a.post("/v1/feedback", json={"message_id": "shared-1", "label": "pitch", "scope": "sender"})
    assert shared_fb.status_code == 201, shared_fb.text
    entry = a.post("/v1/lists", json={"party_id": "li:dana", "kind": "allow"})
    assert entry.status_code == 201, entry.text
    block = a.post("/v1/lists", json={"party_id": "li:shared", "kind": "block"})
    assert block.status_code == 201, block.text
    assert a.post("/v1/actions", json={"kind": "mute", "sender_id": "li:marcus-o"}).status_code == 201
    ids = {"correction": fb.json()["correction"]["id"], "template_correction": tpl.json()["correction"]["id"],
           "entry": entry.json()["id"], "block": block.json()["id"]}
    return a, b, ids


def _a_snapshot(a: ApiClient) -> dict:
    return {"messages": a.get("/v1/messages", params={"limit": 500}).json(), "learned": a.get("/v1/learned").json()}


def _no_a_data(body: str) -> None:
    for marker in ("alicemsg-1", "alicemsg-4", "alicemsg-tpl", "li:marcus-o", "Marcus", "li:dana", "Dana", "merger", "li:agency", "Agency"):
        assert marker not in body, f"A's data ({marker}) leaked: {body[:500]}"


def test_b_cannot_read_a_messages(two_users) -> None:  # noqa: ANN001
    a, b, _ = two_users
    page = b.get("/v1/messages", params={"limit": 500})
    assert page.status_code == 200
    assert [m["message_id"] for m in page.json()["messages"]] == ["shared-1"]
    assert page.json()["messages"][0]["text"] == "Hey Bob, want to grab lunch on Thursday?"
    _no_a_data(page.text)
    for params in ({"label": "pitch"}, {"platform": "linkedin"}, {"since": "2026-11-01T00:00:00Z"}):
        _no_a_data(b.get("/v1/messages", params=params).text)
    # A's cursor in B's hands pages through B's rows only.
    cursor = a.get("/v1/messages", params={"limit": 1}).json()["next_cursor"]
    assert cursor
    r = b.get("/v1/messages", params={"cursor": cursor})
    assert r.status_code in (200, 422)
    _no_a_data(r.text)


def test_same_message_id_is_a_different_message_per_user(two_users) -> None:  # noqa: ANN001
    a, b, _ = two_users
    # B re-posting A's id with other text stores B's own message; A's text and verdict are untouched.
    [v] = b.ingest(msg("alicemsg-4", "Bob's own note with the same id", sender="li:other", name="Other", thread="b-t9", sent_at=at(5, 9)))
    assert v["message_id"] == "alicemsg-4"
    texts = {m["message_id"]: m["text"] for m in a.get("/v1/messages", params={"limit": 500}).json()["messages"]}
    assert texts["alicemsg-4"] == A_SECRET
    b_texts = {m["message_id"]: m["text"] for m in b.get("/v1/messages").json()["messages"]}
    assert b_texts["alicemsg-4"] == "Bob's own note with the same id"


def test_a_corrections_lists_and_templates_do_not_steer_b_verdicts(two_users) -> None:  # noqa: ANN001
    a, b, _ = two_users
    # A blocked li:shared and corrected it as pitch; A's template correction and A's 4 template copies exist.
    [shared] = b.ingest(msg("b-2", "Thanks for lunch yesterday, it was great to catch up!", sender="li:shared",
                            name="Sam Shared", thread="shared-t", sent_at=at(6, 9)))
    [tpl] = b.ingest(msg("b-tpl", TEMPLATE, sender="li:agency-0", name="Agency 0", thread="b-tpl", sent_at=at(6, 10)))
    for verdict in (shared, tpl):
        signals = {r["signal"] for r in verdict["reasons"]}
        assert not signals & {"OWNER_CORRECTION", "BLOCK_LIST", "ALLOW_LIST", "TEMPLATE_SEEN"}, verdict
    # And B's teaching does not steer A: B allow-lists li:shared, whom A blocked; A's next message from them is not allow-listed.
    assert b.post("/v1/lists", json={"party_id": "li:shared", "kind": "allow"}).status_code == 201
    [again] = a.ingest(msg("alicemsg-5", "Last try: " + PITCH, sender="li:shared", name="Sam Shared", thread="shared-t", sent_at=at(6, 11)))
    assert "ALLOW_LIST" not in {r["signal"] for r in again["reasons"]}


def test_b_cannot_correct_act_on_or_list_a_data(two_users) -> None:  # noqa: ANN001
    a, b, ids = two_users
    before = _a_snapshot(a)
    for body in ({"message_id": "alicemsg-1", "label": "genuine"}, {"message_id": "alicemsg-4", "label": "pitch", "scope": "sender"},
                 {"message_id": "alicemsg-tpl-1", "label": "genuine", "scope": "template"}):
        r = b.post("/v1/feedback", json=body)
        assert r.status_code == 404 and r.json()["error"]["code"] == "not_found", r.text
    for body in ({"kind": "unfollow", "sender_id": "li:marcus-o"}, {"kind": "mute", "message_id": "alicemsg-2"},
                 {"kind": "reply", "sender_id": "li:dana", "status": "dismissed"}):
        r = b.post("/v1/actions", json=body)
        assert r.status_code == 404, r.text
    for body in ({"party_id": "li:marcus-o", "kind": "allow"}, {"party_id": "li:dana", "kind": "block"}):
        r = b.post("/v1/lists", json=body)
        assert r.status_code == 404, r.text
    learned = b.get("/v1/learned").json()
    assert learned == {"corrections": [], "allow": [], "block": []}
    for path in (f"/v1/learned/corrections/{ids['correction']}", f"/v1/learned/corrections/{ids['template_correction']}",
                 f"/v1/lists/{ids['entry']}", f"/v1/lists/{ids['block']}"):
        r = b.delete(path)
        assert r.status_code == 404 and r.json()["error"]["code"] == "not_found", (path, r.text)
    assert _a_snapshot(a) == before
    assert all(c["active"] for c in before["learned"]["corrections"])


def test_b_suggestions_relationships_and_reports_hold_none_of_a(two_users) -> None:  # noqa: ANN001
    a, b, _ = two_users
    routes = _routes(b)
    checked = 0
    if "/v1/suggestions" in routes:
        r = b.get("/v1/suggestions", params={"as_of": "2026-11-09T12:00:00Z"})
        assert r.status_code == 200
        _no_a_data(r.text)
        a_sugg = a.get("/v1/suggestions", params={"as_of": "2026-11-09T12:00:00Z"}).text
        assert "li:marcus-o" in a_sugg or "li:dana" in a_sugg, "A should have suggestions (else this proves little)"
        checked += 1
    if "/v1/relationships/{party_id}" in routes:
        for party in ("li:marcus-o", "li:dana", "li:agency-1"):
            r = b.get(f"/v1/relationships/{party}")
            assert r.status_code == 404, r.text
        mine = b.get("/v1/relationships/li:shared")
        assert mine.status_code == 200 and mine.json()["messages"]["incoming"] == 1
        assert a.get("/v1/relationships/li:shared").json()["messages"]["incoming"] == 1
        checked += 1
    if "/v1/reports/weekly" in routes:
        r = b.get("/v1/reports/weekly", params={"week": WEEK})
        assert r.status_code == 200 and r.json()["totals"]["incoming"] == 1
        _no_a_data(r.text)
        assert a.get("/v1/reports/weekly", params={"week": WEEK}).json()["totals"]["incoming"] == 9
        checked += 1
    if "/v1/reports/weekly.csv" in routes:
        r = b.get("/v1/reports/weekly.csv", params={"week": WEEK})
        assert r.status_code == 200
        _no_a_data(r.text)
        assert list(csv.reader(io.StringIO(r.text)))
        checked += 1
    if "/v1/reports/weekly.html" in routes:
        for r in (b.get("/v1/reports/weekly.html", params={"week": WEEK}),
                  b.client.get("/v1/reports/weekly.html", params={"week": WEEK, "token": b.token})):
            assert r.status_code == 200
            _no_a_data(r.text)
        checked += 1
    if not checked:
        pytest.skip("no suggestion, relationship or report routes in this build")


def test_delete_me_data_touches_only_the_caller(two_users, database_url: str) -> None:  # noqa: ANN001
    a, b, _ = two_users
    a_id, b_id = _user_id(a), _user_id(b)
    a_before = _counts(database_url, a_id)
    assert a_before["messages"] == 9 and a_before.get("corrections", 0) == 3
    r = b.delete("/v1/me/data")
    assert r.status_code == 200, r.text
    assert all(v == 0 for v in _counts(database_url, b_id).values())
    assert _counts(database_url, a_id) == a_before
    assert len(a.get("/v1/messages", params={"limit": 500}).json()["messages"]) == 9
    # Even deleting B's account leaves A working.
    assert b.delete("/v1/me/data", params={"include_account": "true"}).status_code == 200
    assert b.get("/v1/messages").status_code == 401
    assert a.get("/v1/messages").status_code == 200 and _counts(database_url, a_id) == a_before


def test_near_miss_tokens_open_nothing(two_users) -> None:  # noqa: ANN001
    a, b, _ = two_users
    for token in ("idp_", a.token + "x", a.token[:-1], a.token.upper(), f"{a.token} {b.token}", a.token[10:]):
        r = a.client.get("/v1/messages", headers={"Authorization": f"Bearer {token}"})
        assert r.status_code == 401 and r.json()["error"]["code"] == "unauthorized", token
