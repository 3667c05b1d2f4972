"""GET /v1/reports/weekly: every number checked against values worked out by hand from tests/reports/inbox.py."""

from __future__ import annotations

from datetime import datetime, timezone

from tests.conftest import ApiClient, add_user, msg
from tests.reports.inbox import load, set_timezone, ts

ZERO_LABELS = {"genuine": 0, "auto_dm": 0, "pitch": 0, "newsletter": 0}


def weekly(api: ApiClient, week: str | None = None) -> dict:
    response = api.get("/v1/reports/weekly", params={"week": week} if week else None)
    assert response.status_code == 200, response.text
    return response.json()


def test_every_number_in_the_weekly_report(api_any_db: ApiClient) -> None:
    load(api_any_db)
    r = weekly(api_any_db, "2026-W46")

    assert r["week"] == "2026-W46"
    assert r["from"] == "2026-11-09T00:00:00+00:00" and r["to"] == "2026-11-16T00:00:00+00:00"
    # W46 incoming: Marcus auto_dm+pitch+nag, Nina 1 newsletter, Dana 2 newsletters (LinkedIn: 6);
    # Omar 1 newsletter, Priya and Leo genuine (X: 3). Noise 7 of 9.
    assert r["totals"] == {"incoming": 9, "by_label": {"genuine": 2, "auto_dm": 1, "pitch": 2, "newsletter": 4}, "noise_ratio": 0.778}
    assert r["by_platform"] == {
        "linkedin": {"incoming": 6, "by_label": {"genuine": 0, "auto_dm": 1, "pitch": 2, "newsletter": 3}, "noise_ratio": 1.0},
        "x": {"incoming": 3, "by_label": {"genuine": 2, "auto_dm": 0, "pitch": 0, "newsletter": 1}, "noise_ratio": 0.333},
    }
    assert r["top_noisy_senders"] == [
        {"party_id": "li:marcus-o", "name": "Marcus O.", "platform": "linkedin", "count": 3, "labels": {"auto_dm": 1, "pitch": 2}},
        {"party_id": "li:dana", "name": "Dana W.", "platform": "linkedin", "count": 2, "labels": {"newsletter": 2}},
        {"party_id": "li:nina", "name": "Nina N.", "platform": "linkedin", "count": 1, "labels": {"newsletter": 1}},
        {"party_id": "x:omar", "name": "Omar K.", "platform": "x", "count": 1, "labels": {"newsletter": 1}},
    ]
    # Nina's issue #9 and Omar's issue #3 are one template (numbers masked); Nina's earlier issues are other weeks.
    [template] = r["templates"]
    assert {k: template[k] for k in ("count", "senders", "label", "example", "example_message_id")} == {
        "count": 2, "senders": 2, "label": "newsletter", "example": "Issue #9 is out! Subscribe here to get it weekly.",
        "example_message_id": "nina-9"}
    # Marcus connected 09:00 on 9 Nov: pitched at 10:00 (60 min) and nagged 11 Nov 10:00 (49 h = 2940 min).
    assert r["pitch_after_connect"] == {"count": 2, "median_minutes_to_pitch": 1500.0}
    # Suggestions as they stood at the end of the week (16 Nov 00:00).
    assert r["suggestions"] == {
        "unfollow": [
            {"kind": "unfollow", "party_id": "li:marcus-o", "party_name": "Marcus O.", "platform": "linkedin", "thread_id": None,
             "reason": "sent you 2 pitches and 1 auto-DM since you connected 7 days ago, your only reply was a decline",
             "evidence_message_ids": ["marcus-1", "marcus-2", "marcus-3"]},
            {"kind": "unfollow", "party_id": "li:nina", "party_name": "Nina N.", "platform": "linkedin", "thread_id": None,
             "reason": "sent you 3 newsletters since they first wrote 20 days ago, no reply from you",
             "evidence_message_ids": ["nina-7", "nina-8", "nina-9"]},
        ],
        "mute": [
            {"kind": "mute", "party_id": "li:dana", "party_name": "Dana W.", "platform": "linkedin", "thread_id": "li-dana-news",
             "reason": "sent you 2 newsletters in this thread; the rest of your exchange with Dana W. is worth keeping",
             "evidence_message_ids": ["dana-2", "dana-3"]},
        ],
        "reply": [
            {"kind": "reply", "party_id": "x:priya", "party_name": "Priya S.", "platform": "x", "thread_id": "x-priya",
             "reason": "Priya S. asked you something 3 days ago and is still waiting for your answer",
             "evidence_message_ids": ["priya-1"]},
        ],
    }
    assert r["waiting_for_reply"] == [
        {"party_id": "li:sam", "party_name": "Sam T.", "platform": "linkedin", "thread_id": "li-sam", "message_id": "sam-2",
         "waiting_since": "2026-10-28T09:00:00+00:00"},
        {"party_id": "x:priya", "party_name": "Priya S.", "platform": "x", "thread_id": "x-priya", "message_id": "priya-1",
         "waiting_since": "2026-11-12T15:00:00+00:00"},
        {"party_id": "x:leo", "party_name": "Leo M.", "platform": "x", "thread_id": "x-leo", "message_id": "leo-1",
         "waiting_since": "2026-11-15T20:00:00+00:00"},
    ]
    assert [{k: t[k] for k in ("week", "incoming", "noise_ratio")} for t in r["trend"]] == [
        {"week": "2026-W40", "incoming": 0, "noise_ratio": 0.0},
        {"week": "2026-W41", "incoming": 1, "noise_ratio": 0.0},  # Sam's question
        {"week": "2026-W42", "incoming": 2, "noise_ratio": 1.0},  # Ann's pitch, Bo's auto-DM
        {"week": "2026-W43", "incoming": 0, "noise_ratio": 0.0},
        {"week": "2026-W44", "incoming": 2, "noise_ratio": 0.5},  # Nina #7, Sam's thanks
        {"week": "2026-W45", "incoming": 2, "noise_ratio": 0.5},  # Nina #8, Dana's question
    ]
    assert r["trend"][2]["by_label"] == {"genuine": 0, "auto_dm": 1, "pitch": 1, "newsletter": 0}
    assert r["minutes_saved"] == {"minutes": 3.5, "assumption": "30 seconds per noise message you did not have to read"}


def test_previous_week_numbers(api: ApiClient) -> None:
    load(api)
    r = weekly(api, "2026-W45")
    assert r["totals"] == {"incoming": 2, "by_label": {"genuine": 1, "auto_dm": 0, "pitch": 0, "newsletter": 1}, "noise_ratio": 0.5}
    assert r["top_noisy_senders"] == [{"party_id": "li:nina", "name": "Nina N.", "platform": "linkedin", "count": 1,
                                       "labels": {"newsletter": 1}}]
    assert r["templates"] == [] and r["pitch_after_connect"] == {"count": 0, "median_minutes_to_pitch": None}
    # As of 9 Nov 00:00 Nina has sent 2 newsletters; Sam's thanks is the only genuine message waiting.
    assert [s["party_id"] for s in r["suggestions"]["unfollow"]] == ["li:nina"]
    assert r["suggestions"]["mute"] == [] and r["suggestions"]["reply"] == []
    assert [w["message_id"] for w in r["waiting_for_reply"]] == ["sam-2"]
    assert [t["week"] for t in r["trend"]] == ["2026-W39", "2026-W40", "2026-W41", "2026-W42", "2026-W43", "2026-W44"]
    assert r["minutes_saved"]["minutes"] == 0.5


def test_an_empty_week_is_all_zeros(api_any_db: ApiClient) -> None:
    load(api_any_db)
    r = weekly(api_any_db, "2026-W30")
    assert r["totals"] == {"incoming": 0, "by_label": ZERO_LABELS, "noise_ratio": 0.0}
    assert r["by_platform"] == {p: {"incoming": 0, "by_label": ZERO_LABELS, "noise_ratio": 0.0} for p in ("linkedin", "x")}
    assert r["top_noisy_senders"] == [] and r["templates"] == [] and r["waiting_for_reply"] == []
    assert r["pitch_after_connect"] == {"count": 0, "median_minutes_to_pitch": None}
    assert r["suggestions"] == {"unfollow": [], "mute": [], "reply": []}
    assert [t["incoming"] for t in r["trend"]] == [0] * 6 and all(t["noise_ratio"] == 0.0 for t in r["trend"])
    assert r["minutes_saved"]["minutes"] == 0.0


def test_a_new_user_gets_an_empty_current_week(api: ApiClient) -> None:
    r = weekly(api)
    year, week, _ = datetime.now(timezone.utc).isocalendar()
    assert r["week"] == f"{year}-W{week:02d}"
    assert r["totals"]["incoming"] == 0 and r["totals"]["noise_ratio"] == 0.0


def test_invalid_weeks_are_422(api: ApiClient) -> None:
    for bad in ("2026-46", "W46", "2026-W5", "2025-W53", "2026-W00", "x" * 20):
        response = api.get("/v1/reports/weekly", params={"week": bad})
        assert response.status_code == 422, bad
        assert response.json()["error"]["code"] == "invalid"
    assert api.get("/v1/reports/weekly", params={"week": "2026-W53"}).status_code == 200  # 2026 has 53 ISO weeks
    assert api.get("/v1/reports/weekly.csv", params={"week": "2026-46"}).status_code == 422
    assert api.get("/v1/reports/weekly.html", params={"week": "2026-46"}).status_code == 422


def test_week_boundaries_follow_the_owners_time_zone(api_any_db: ApiClient) -> None:
    api_any_db.ingest(
        # Sunday 15 Nov 23:30 UTC is Monday 16 Nov 08:30 in Tokyo (W47 there).
        msg("late-sunday", "Issue #1 is out! Subscribe here to get it weekly.", sender="li:nina", name="Nina N.", thread="t1",
            sent_at=ts(11, 15, 23, 30)),
        # Monday 16 Nov 03:00 UTC is still Sunday 15 Nov 19:00 in Los Angeles (W46 there).
        msg("early-monday", "how did your launch go?", sender="li:dana", name="Dana W.", thread="t2", sent_at=ts(11, 16, 3)),
    )

    def incoming_by_week() -> tuple[int, int]:
        return weekly(api_any_db, "2026-W46")["totals"]["incoming"], weekly(api_any_db, "2026-W47")["totals"]["incoming"]

    assert incoming_by_week() == (1, 1)
    assert weekly(api_any_db, "2026-W46")["totals"]["by_label"]["newsletter"] == 1
    set_timezone(api_any_db, "Asia/Tokyo")
    assert incoming_by_week() == (0, 2)
    tokyo = weekly(api_any_db, "2026-W47")
    assert tokyo["from"] == "2026-11-16T00:00:00+09:00" and tokyo["to"] == "2026-11-23T00:00:00+09:00"
    assert tokyo["trend"][-1] == {"week": "2026-W46", "incoming": 0, "noise_ratio": 0.0, "by_label": ZERO_LABELS}
    set_timezone(api_any_db, "America/Los_Angeles")
    assert incoming_by_week() == (2, 0)
    la = weekly(api_any_db, "2026-W46")
    assert la["from"] == "2026-11-09T00:00:00-08:00" and la["totals"]["noise_ratio"] == 0.5


def test_a_week_with_a_daylight_saving_change_is_seven_local_days(api: ApiClient) -> None:
    set_timezone(api, "Europe/Berlin")  # clocks go back on Sunday 25 Oct 2026
    r = weekly(api, "2026-W43")
    assert r["from"] == "2026-10-19T00:00:00+02:00" and r["to"] == "2026-10-26T00:00:00+01:00"


def test_an_unknown_time_zone_falls_back_to_utc(api: ApiClient) -> None:
    set_timezone(api, "Mars/Olympus_Mons")
    assert weekly(api, "2026-W46")["from"] == "2026-11-09T00:00:00+00:00"


def test_another_users_data_never_appears(api_any_db: ApiClient) -> None:
    load(api_any_db)
    other = add_user(api_any_db.client, "riley")
    other.ingest(
        msg("r-1", "We help founders 3x their pipeline. Open to a quick call?", sender="li:marcus-o", name="Marcus O.", thread="r-t",
            sent_at=ts(11, 10, 9)),
        msg("r-2", "Are you around next week to review the budget?", sender="li:kim", name="Kim", thread="r-k", sent_at=ts(11, 10, 10)),
    )
    theirs = weekly(other, "2026-W46")
    assert theirs["totals"] == {"incoming": 2, "by_label": {"genuine": 1, "auto_dm": 0, "pitch": 1, "newsletter": 0}, "noise_ratio": 0.5}
    assert theirs["top_noisy_senders"] == [{"party_id": "li:marcus-o", "name": "Marcus O.", "platform": "linkedin", "count": 1,
                                            "labels": {"pitch": 1}}]
    assert theirs["suggestions"]["unfollow"] == [] and [w["message_id"] for w in theirs["waiting_for_reply"]] == ["r-2"]
    assert sum(t["incoming"] for t in theirs["trend"]) == 0
    mine = weekly(api_any_db, "2026-W46")
    assert mine["totals"]["incoming"] == 9 and mine["top_noisy_senders"][0]["count"] == 3
    assert "r-2" not in str(mine)


def test_the_report_needs_a_token(api: ApiClient) -> None:
    for path in ("/v1/reports/weekly", "/v1/reports/weekly.csv", "/v1/reports/weekly.html"):
        response = api.client.get(path)
        assert response.status_code == 401 and response.json()["error"]["code"] == "unauthorized"
    assert api.client.get("/v1/reports/weekly.html", params={"token": "idp_wrong"}).status_code == 401
    # Only the HTML page (opened in a tab by the extension) takes the token from the query string.
    assert api.client.get("/v1/reports/weekly", params={"token": api.token}).status_code == 401
