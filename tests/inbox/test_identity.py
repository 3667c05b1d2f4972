"""One identity per person: an imported export and the extension's live pages name a person alike."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from server.importers.linkedin import party_id as imported_linkedin_id
from server.inbox.identity import canonical_party_id, name_key
from tests.conftest import ApiClient, at, msg


# The extension computes the same keys (extension/sites/linkedin.js slugifyName); these pairs were checked there.
@pytest.mark.parametrize(("name", "key"), [
    ("Zoë  Müller-Brandt", "zoe-muller-brandt"),
    ("José_Ángel O'Neil", "jose-angel-o-neil"),
    ("李 小龍", "李-小龍"),
    ("Łukasz Żuk", "łukasz-zuk"),
    ("Ｆｕｌｌ width", "full-width"),
    ("zoe-muller-brandt", "zoe-muller-brandt"),  # a key passed through again is unchanged
])
def test_name_keys(name: str, key: str) -> None:
    assert name_key(name) == key


@pytest.mark.parametrize(("given", "stored"), [
    ("li-name:zoe-muller", "li:name:zoe-muller"),  # the extension's spelling without a profile link
    ("li:name:zoe-muller", "li:name:zoe-muller"),
    ("li:name:Zoë Müller", "li:name:zoe-muller"),
    ("li:Maya-Chen-42", "li:maya-chen-42"),  # LinkedIn vanity names are case-insensitive
    ("li:namecrate", "li:namecrate"),  # a vanity name that happens to start with "name"
    ("x:growthguru", "x:growthguru"),
    ("x:2000000003", "x:2000000003"),
])
def test_canonical_ids(given: str, stored: str) -> None:
    assert canonical_party_id(given) == stored


def test_an_imported_person_and_the_same_person_on_a_live_page_are_one_party(api_any_db: ApiClient) -> None:
    api = api_any_db
    imported = imported_linkedin_id(None, "Zoë Müller")
    live = "li-name:zoe-muller"  # what the extension sends for her row without a profile link
    api.ingest(msg("imp-1", "Lovely to meet you at the meetup, here are the slides I mentioned.", sender=imported,
                   name="Zoë Müller", thread="li-imp", sent_at=at(3)),
               msg("live-1", "Did the slides come through?", sender=live, name="Zoë Müller", thread="li-live",
                   sent_at=at(4), history="partial"))
    senders = {m["message_id"]: m["sender"] for m in api.get("/v1/messages").json()["messages"]}
    assert senders["imp-1"] == senders["live-1"] == {"id": "li:name:zoe-muller", "name": "Zoë Müller"}

    # Lists and actions name her with either spelling and reach the same party.
    entry = api.post("/v1/lists", json={"party_id": live, "kind": "allow", "platform": "linkedin"})
    assert entry.status_code == 201, entry.text
    assert entry.json()["party_id"] == "li:name:zoe-muller" and entry.json()["party_name"] == "Zoë Müller"


X_ARCHIVE = Path(__file__).resolve().parents[1] / "importers" / "fixtures" / "x_archive"
LINKEDIN_EXPORT = Path(__file__).resolve().parents[1] / "importers" / "fixtures" / "linkedin_newer"


def _upload(api: ApiClient, folder: Path, platform: str) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for path in folder.rglob("*"):
            if path.is_file():
                archive.write(path, path.relative_to(folder))
    r = api.post("/v1/imports", data={"platform": platform}, files={"file": ("export.zip", buffer.getvalue(), "application/zip")})
    assert r.status_code == 201, r.text


def _browse_x(api: ApiClient) -> None:
    """What the extension posts from the two people's conversations (x.com/messages/<id>-<id>): handles and names."""
    api.ingest(
        msg("x-page-1", "Did you get a chance to look at the deck?", sender="x:growthguru", name="Gus Growth",
            thread="1000000001-2000000002", platform="x", sent_at=at(8), history="partial"),
        msg("x-page-2", "Drinks on Friday to celebrate?", sender="x:mia_k", name="Mia Kowalski",
            thread="1000000001-3000000003", platform="x", sent_at=at(8, 13), history="partial"),
    )


def _senders(api: ApiClient) -> dict[str, dict]:
    return {m["message_id"]: m["sender"] for m in api.get("/v1/messages", params={"limit": 100}).json()["messages"]
            if m["direction"] == "incoming"}


@pytest.mark.parametrize("archive_first", [True, False], ids=["archive-then-pages", "pages-then-archive"])
def test_an_x_archive_and_the_same_conversations_on_x_are_one_party_per_person(api_any_db: ApiClient, archive_first: bool) -> None:
    if archive_first:
        _upload(api_any_db, X_ARCHIVE, "x")
        _browse_x(api_any_db)
    else:
        _browse_x(api_any_db)
        _upload(api_any_db, X_ARCHIVE, "x")
    senders = _senders(api_any_db)
    # the archive's account ids and the pages' handles meet in each conversation: one party each
    gus = {senders[i]["id"] for i in ("x-1720000000000000001", "x-page-1")}
    mia = {senders[i]["id"] for i in ("x-1720000000000000010", "x-page-2")}
    # ...named by the handle, which profile links and actions need; the account id is the alias
    assert (gus, mia) == ({"x:growthguru"}, {"x:mia_k"}), senders
    # reports and lists show names, never account numbers
    assert {senders[i]["name"] for i in ("x-1720000000000000001", "x-page-1")} == {"Gus Growth"}, senders
    assert {senders[i]["name"] for i in ("x-1720000000000000010", "x-page-2")} == {"Mia Kowalski"}, senders
    report = api_any_db.get("/v1/reports/weekly", params={"week": "2026-W45"}).json()
    assert not any(s["name"].isdigit() for s in report["top_noisy_senders"]), report["top_noisy_senders"]
    # either id reaches the one person
    for spelling in ("x:growthguru", "x:2000000002"):
        r = api_any_db.post("/v1/lists", json={"party_id": spelling, "kind": "allow", "platform": "x"})
        assert r.status_code == 201, r.text
        assert r.json()["party_name"] == "Gus Growth"


def test_two_account_ids_in_one_conversation_stay_two_people(api_any_db: ApiClient) -> None:
    """Only an account id of the conversation and a handle can be one person; a third id is someone else."""
    api_any_db.ingest(msg("a", "hello from the first", sender="x:2000000002", name="2000000002", thread="x-1000000001-2000000002",
                          platform="x", sent_at=at(3)),
                      msg("b", "hello from someone else", sender="x:9000000009", name="Other", thread="x-1000000001-2000000002",
                          platform="x", sent_at=at(4)))
    assert len({s["id"] for s in _senders(api_any_db).values()}) == 2


def test_a_linkedin_export_and_the_same_people_on_linkedin_are_one_party_per_person(api_any_db: ApiClient) -> None:
    _upload(api_any_db, LINKEDIN_EXPORT, "linkedin")
    api_any_db.ingest(msg("li-page-1", "Any news on the call?", sender="li:Marcus-Okafor-77", name="Marcus Okafor",
                          thread="2-QUFBQm1hcmN1cw==", sent_at=at(9), history="partial"))
    marcus = {s["id"] for s in _senders(api_any_db).values() if s["name"] == "Marcus Okafor"}
    assert marcus == {"li:marcus-okafor-77"}
