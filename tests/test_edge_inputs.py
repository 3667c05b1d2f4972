"""Issue 16, defect 10: inputs at the edges of what the service can store or compute with answer 422 in the API's
error shape, never 500, on SQLite and PostgreSQL — times that leave the calendar once converted to UTC, ids past the
INTEGER columns, NUL characters PostgreSQL text cannot hold, malformed X archives and upload names."""

from __future__ import annotations

import base64
import io
import json
import zipfile
from pathlib import Path

import pytest

from tests.conftest import ApiClient, msg

EARLY = "0001-01-01T00:00:00+01:00"  # the year 0 in UTC
LATE = "9999-12-31T23:59:59-01:00"  # the year 10000 in UTC
NUL = "Hi\x00there"
X_ARCHIVE = Path(__file__).parent / "importers" / "fixtures" / "x_archive"


def cursor(sent_at: str, row_id: int) -> str:
    """A cursor in the format GET /v1/messages hands out (base64 of [sent_at, row id])."""
    return base64.urlsafe_b64encode(json.dumps([sent_at, row_id]).encode()).decode().rstrip("=")


def message(**changes) -> dict:  # noqa: ANN003
    body = msg("m1", "Great seeing you at the meetup, coffee next week?")
    for path, value in changes.items():
        target = body
        *parents, leaf = path.split("__")
        for key in parents:
            target = target[key]
        target[leaf] = value
    return body


POSTED = {
    "sent_at early": message(sent_at=EARLY),
    "sent_at late": message(sent_at=LATE),
    "connected_at early": message(connected_at=EARLY),
    "connected_at late": message(connected_at=LATE),
    "NUL in text": message(text=NUL),
    "NUL in sender name": message(sender__name=NUL),
    "NUL in sender id": message(sender__id="li:a\x00b"),
    "NUL in participant name": message(participant__name=NUL),
    "NUL in headline": message(sender__headline=NUL),
    "NUL in profile_url": message(sender__profile_url="https://example.com/\x00"),
    "NUL in thread_id": message(thread_id="li-\x001"),
    "NUL in message_id": message(message_id="m\x001"),
}


@pytest.mark.parametrize("body", POSTED.values(), ids=POSTED.keys())
def test_posted_messages_at_the_edges_are_invalid(api_any_db: ApiClient, body: dict) -> None:
    good = msg("m0", "Thanks for the intro yesterday, talk soon")
    response = api_any_db.post("/v1/messages", json={"messages": [good, body]})
    assert_invalid(response, "messages.1")
    # Nothing of the refused batch was stored, and the service still takes the good message alone.
    assert api_any_db.get("/v1/messages").json()["messages"] == []
    assert api_any_db.ingest(good)[0]["label"] == "genuine"


QUERIES = {
    "since early": ("/v1/messages", {"since": EARLY}),
    "since late": ("/v1/messages", {"since": LATE}),
    "until early": ("/v1/messages", {"until": EARLY}),
    "until late": ("/v1/messages", {"until": LATE}),
    "cursor early": ("/v1/messages", {"cursor": cursor(EARLY, 1)}),
    "cursor late": ("/v1/messages", {"cursor": cursor(LATE, 1)}),
    "cursor id 2**63": ("/v1/messages", {"cursor": cursor("2026-11-05T16:24:00+00:00", 2**63)}),
    "cursor id 2**31": ("/v1/messages", {"cursor": cursor("2026-11-05T16:24:00+00:00", 2**31)}),
    "cursor naive time": ("/v1/messages", {"cursor": cursor("2026-11-05T16:24:00", 1)}),
    "as_of early": ("/v1/suggestions", {"as_of": EARLY}),
    "as_of late": ("/v1/suggestions", {"as_of": LATE}),
    "week 9999-W52": ("/v1/reports/weekly", {"week": "9999-W52"}),
    "week 0001-W01": ("/v1/reports/weekly", {"week": "0001-W01"}),
    "csv week 9999-W52": ("/v1/reports/weekly.csv", {"week": "9999-W52"}),
    "html week 0001-W01": ("/v1/reports/weekly.html", {"week": "0001-W01"}),
    "NUL in a relationship's party id": ("/v1/relationships/x:a%00b", {}),
}


@pytest.mark.parametrize(("path", "params"), QUERIES.values(), ids=QUERIES.keys())
def test_query_parameters_at_the_edges_are_invalid(api_any_db: ApiClient, path: str, params: dict) -> None:
    api_any_db.ingest(msg("m1", "Great seeing you at the meetup, coffee next week?"))
    assert_invalid(api_any_db.get(path, params=params))


def test_times_inside_the_range_still_work(api_any_db: ApiClient) -> None:
    """The bounds refuse only what cannot be computed with: ordinary filters, cursors and weeks are answered."""
    api_any_db.ingest(msg("m1", "Great seeing you at the meetup, coffee next week?"),
                      msg("m2", "Thanks for the intro yesterday, talk soon", sent_at="2026-11-06T10:00:00Z"),
                      msg("m3", "Open to a quick call this week?", sender="li:ana", thread="li-2",
                          sent_at="2199-12-31T23:59:59Z", connected_at="1970-01-01T00:00:00+00:00"))
    assert api_any_db.get("/v1/messages", params={"since": "2199-01-01T00:00:00Z"}).json()["messages"][0]["message_id"] == "m3"
    first = api_any_db.get("/v1/messages", params={"limit": 1, "since": "1970-01-01T00:00:00Z", "until": "2199-01-01T00:00:00+05:00"})
    assert first.status_code == 200 and [m["message_id"] for m in first.json()["messages"]] == ["m2"]
    rest = api_any_db.get("/v1/messages", params={"limit": 1, "cursor": first.json()["next_cursor"]})
    assert [m["message_id"] for m in rest.json()["messages"]] == ["m1"]
    assert api_any_db.get("/v1/suggestions", params={"as_of": "2199-12-31T00:00:00Z"}).status_code == 200
    for week in ("1970-W02", "2199-W52"):
        assert api_any_db.get("/v1/reports/weekly", params={"week": week}).status_code == 200, week


@pytest.mark.parametrize("path", ["/v1/lists/2147483648", "/v1/learned/corrections/2147483648"])
def test_row_ids_past_the_integer_column_are_invalid(api_any_db: ApiClient, path: str) -> None:
    assert_invalid(api_any_db.delete(path))
    assert api_any_db.delete(path.replace("2147483648", "2147483647")).status_code == 404


BODIES = {
    "NUL in a list's party id": ("/v1/lists", {"party_id": "li:a\x00b", "kind": "block"}),
    "NUL in an action's sender id": ("/v1/actions", {"kind": "mute", "sender_id": "x:a\x00b"}),
    "NUL in an action's message id": ("/v1/actions", {"kind": "mute", "message_id": "m\x001"}),
    "NUL in feedback's message id": ("/v1/feedback", {"message_id": "m\x001", "label": "pitch"}),
}


@pytest.mark.parametrize(("path", "body"), BODIES.values(), ids=BODIES.keys())
def test_nul_in_ids_of_other_bodies_is_invalid(api_any_db: ApiClient, path: str, body: dict) -> None:
    assert_invalid(api_any_db.post(path, json=body))


# -- uploads -------------------------------------------------------------------------------------------------


def x_archive_zip(dm_events: list[dict] | None = None, *, nesting: int = 0) -> bytes:
    """The fixture X archive as a zip; `dm_events` adds one conversation holding these events, `nesting` adds an
    item nested that many arrays deep."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for path in (X_ARCHIVE / "data").iterdir():
            content = path.read_text()
            if path.name == "direct-messages.js" and (dm_events or nesting):
                extra = []
                if dm_events:
                    extra.append(json.dumps({"dmConversation": {"conversationId": "1000000001-7000000007", "messages": dm_events}}))
                if nesting:
                    extra.append("[" * nesting + "]" * nesting)
                content = content.rstrip().removesuffix("]") + "," + ",".join(extra) + "]"
            archive.writestr(f"data/{path.name}", content)
    return buffer.getvalue()


def upload(api: ApiClient, content: bytes, filename: str = "export.zip"):  # noqa: ANN201
    return api.post("/v1/imports", data={"platform": "x"}, files={"file": (filename, content, "application/zip")})


def event(message_id: str, **fields) -> dict:  # noqa: ANN003
    create = {"recipientId": "1000000001", "senderId": "7000000007", "id": message_id, "text": "Hello there",
              "createdAt": "2026-11-08T10:00:00.000Z", "urls": []} | fields
    return {"messageCreate": create}


MALFORMED_EVENTS = {
    "text is a number": event("1", text=5),
    "created early": event("1", createdAt=EARLY),
    "created late": event("1", createdAt=LATE),
    "NUL in text": event("1", text=NUL),
    "NUL in the sender id": event("1", senderId="7000\x00007"),
}


@pytest.mark.parametrize("bad", MALFORMED_EVENTS.values(), ids=MALFORMED_EVENTS.keys())
def test_an_x_upload_skips_a_malformed_message_and_imports_the_rest(api_any_db: ApiClient, bad: dict) -> None:
    response = upload(api_any_db, x_archive_zip([bad, event("2", text="Good to meet you at the meetup")]))
    assert response.status_code == 201, response.text
    summary = response.json()["import"]
    assert summary["skipped"] == 1, summary
    stored = {m["message_id"] for m in api_any_db.get("/v1/messages", params={"limit": 500}).json()["messages"]}
    assert "x-2" in stored and "x-1" not in stored


@pytest.mark.parametrize("urls", [[{"url": 5, "expanded": 6}], [{"url": "https://t.co/a", "expanded": ["x"]}], [7], "https://t.co/a"],
                         ids=["numbers", "a list for the expansion", "a number for the entry", "a string for the list"])
def test_an_x_upload_keeps_a_message_whose_links_are_malformed(api_any_db: ApiClient, urls: object) -> None:
    """Only a string expansion of a string link replaces it: anything else leaves the short link as written."""
    response = upload(api_any_db, x_archive_zip([event("1", text="see https://t.co/a", urls=urls)]))
    assert response.status_code == 201, response.text
    assert response.json()["import"]["skipped"] == 0
    stored = {m["message_id"]: m["text"] for m in api_any_db.get("/v1/messages", params={"limit": 500}).json()["messages"]}
    assert stored["x-1"] == "see https://t.co/a"


def test_a_deeply_nested_x_archive_is_invalid(api_any_db: ApiClient) -> None:
    assert_invalid(upload(api_any_db, x_archive_zip(nesting=100_000)))
    assert api_any_db.get("/v1/messages").json()["messages"] == []


@pytest.mark.parametrize("filename", ["a" * 300 + ".zip", "b" * 300, "export\x00.zip"])
def test_an_upload_name_of_any_length_is_only_a_label(api_any_db: ApiClient, filename: str) -> None:
    response = upload(api_any_db, x_archive_zip(), filename)
    assert response.status_code == 201, response.text
    assert response.json()["import"]["messages_added"] > 0
    truncated = upload(api_any_db, x_archive_zip()[:200], filename)
    assert_invalid(truncated)
    assert len(truncated.json()["error"]["message"]) < 400


def assert_invalid(response, field: str | None = None) -> None:  # noqa: ANN001
    assert response.status_code == 422, response.text
    error = response.json()["error"]
    assert set(error) >= {"code", "message"} and error["code"] in ("invalid", "bad_request") and error["message"]
    if field:
        assert error["message"].startswith(field), error["message"]
