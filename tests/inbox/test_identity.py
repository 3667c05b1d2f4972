"""One identity per person: an imported export and the extension's live pages name a person alike."""

from __future__ import annotations

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
