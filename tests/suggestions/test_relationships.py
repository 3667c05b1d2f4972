"""GET /v1/relationships/{party_id}: the relationship with one party, numbers worked out by hand."""

from __future__ import annotations

from tests.conftest import ApiClient, msg
from tests.reports.inbox import load, set_timezone, ts


def relationship(api: ApiClient, party_id: str, **params) -> dict:  # noqa: ANN003
    response = api.get(f"/v1/relationships/{party_id}", params=params)
    assert response.status_code == 200, response.text
    return response.json()


def test_a_pitcher_who_was_declined(api_any_db: ApiClient) -> None:
    load(api_any_db)
    r = relationship(api_any_db, "li:marcus-o")
    assert r["party_name"] == "Marcus O." and r["platform"] == "linkedin"
    assert r["connected_at"] == "2026-11-09T09:00:00+00:00"
    assert r["messages"] == {"incoming": 3, "outgoing": 1}
    assert r["by_label"] == {"genuine": 0, "auto_dm": 1, "pitch": 2, "newsletter": 0}
    assert r["labels_over_time"] == [{"week": "2026-W46", "genuine": 0, "auto_dm": 1, "pitch": 2, "newsletter": 0}]
    assert r["minutes_to_first_pitch"] == 60.0 and r["first_pitch_message_id"] == "marcus-2"
    assert r["owner_replied"] is False and r["owner_declined"] is True
    assert r["me_ratio"] == 3.0
    assert r["last_genuine_exchange"] is None
    assert [t["message_id"] for t in r["timeline"]] == ["marcus-1", "marcus-2", "marcus-3", "me-marcus-1"]
    assert r["timeline"][-1] == {"message_id": "me-marcus-1", "thread_id": "li-marcus", "direction": "outgoing",
                                 "sent_at": "2026-11-11T12:00:00+00:00", "label": None, "is_decline": True}


def test_a_real_relationship_with_some_noise(api: ApiClient) -> None:
    load(api)
    r = relationship(api, "li:dana")
    assert r["messages"] == {"incoming": 3, "outgoing": 1} and r["me_ratio"] == 3.0
    assert r["labels_over_time"] == [
        {"week": "2026-W45", "genuine": 1, "auto_dm": 0, "pitch": 0, "newsletter": 0},
        {"week": "2026-W46", "genuine": 0, "auto_dm": 0, "pitch": 0, "newsletter": 2},
    ]
    assert r["owner_replied"] is True and r["owner_declined"] is False
    assert r["minutes_to_first_pitch"] is None
    assert r["last_genuine_exchange"] == {"message_id": "me-dana-1", "direction": "outgoing", "sent_at": "2026-11-04T11:00:00+00:00"}
    sam = relationship(api, "li:sam")
    # Sam: two genuine messages, one owner reply; the last genuine exchange is Sam's thanks.
    assert sam["me_ratio"] == 2.0 and sam["last_genuine_exchange"]["message_id"] == "sam-2"
    assert relationship(api, "li:nina")["me_ratio"] is None  # the owner never wrote to Nina


def test_first_pitch_counts_from_first_contact_when_the_connection_time_is_unknown(api: ApiClient) -> None:
    api.ingest(
        msg("h1", "Thanks for connecting!", sender="li:zed", name="Zed", thread="z", sent_at=ts(11, 2, 8)),
        msg("h2", "We help founders 3x their pipeline. Open to a quick call?", sender="li:zed", name="Zed", thread="z", sent_at=ts(11, 3, 9, 30)),
    )
    assert relationship(api, "li:zed")["minutes_to_first_pitch"] == 25 * 60 + 30


def test_labels_over_time_use_the_owners_time_zone(api: ApiClient) -> None:
    api.ingest(msg("late", "Issue #1 is out! Subscribe here to get it weekly.", sender="li:nina", name="Nina", thread="n",
                   sent_at=ts(11, 15, 23, 30)))
    assert relationship(api, "li:nina")["labels_over_time"][0]["week"] == "2026-W46"
    set_timezone(api, "Asia/Tokyo")
    assert relationship(api, "li:nina")["labels_over_time"][0]["week"] == "2026-W47"


def test_unknown_or_foreign_party_is_404(api: ApiClient) -> None:
    from tests.conftest import add_user

    load(api)
    other = add_user(api.client, "riley")
    for client in (api, other):
        response = client.get("/v1/relationships/li:nobody")
        assert response.status_code == 404 and response.json()["error"]["code"] == "not_found"
    assert other.get("/v1/relationships/li:marcus-o").status_code == 404
