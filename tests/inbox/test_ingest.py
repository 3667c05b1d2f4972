"""POST/GET /v1/messages through the real app on SQLite and PostgreSQL."""

from __future__ import annotations

from sqlalchemy import func, select

from server.inbox.models import Message, Party, Thread, Verdict
from tests.conftest import ApiClient, at, msg

PITCH = "Hi Jordan, thanks for accepting! We help founders 3x their demos. Worth a quick call? https://calendly.com/m/15"


def count(api: ApiClient, model) -> int:  # noqa: ANN001
    with api.client.app.state.session_factory() as session:
        return session.scalar(select(func.count()).select_from(model))


def test_verdict_has_the_contract_shape(api_any_db: ApiClient) -> None:
    [v] = api_any_db.ingest(msg("li-02-m1", PITCH, sent_at=at(5, 16, 24), connected_at=at(5, 16, 20)))
    assert set(v) >= {"message_id", "label", "confidence", "patterns", "reasons", "action", "model_version"}
    assert v["message_id"] == "li-02-m1" and v["label"] == "pitch"
    assert "pitch_after_connect" in v["patterns"]
    assert 0 <= v["confidence"] <= 1
    assert all(set(r) == {"signal", "weight", "detail"} for r in v["reasons"])
    assert v["action"]["kind"] in {"reply", "mute", "unfollow", "none"} and v["action"]["why"]


def test_ingest_is_idempotent(api_any_db: ApiClient) -> None:
    batch = [msg("m1", PITCH, sent_at=at(5, 16)), msg("m2", "Thanks for connecting!", sender="li:ana", name="Ana", thread="li-2", sent_at=at(5, 17))]
    first = api_any_db.ingest(*batch)
    again = api_any_db.ingest(*batch)
    assert first == again
    assert count(api_any_db, Message) == 2 and count(api_any_db, Verdict) == 2
    assert count(api_any_db, Party) == 2 and count(api_any_db, Thread) == 2


def test_duplicates_inside_one_batch_are_stored_once(api: ApiClient) -> None:
    verdicts = api.ingest(msg("m1", PITCH), msg("m1", PITCH))
    assert len(verdicts) == 2 and verdicts[0] == verdicts[1]
    assert count(api, Message) == 1


def test_missing_message_id_gets_a_stable_derived_id(api: ApiClient) -> None:
    m = msg("x", "see you at 3!")
    del m["message_id"]
    [a] = api.ingest(m)
    [b] = api.ingest(m)
    assert a["message_id"] == b["message_id"] and a["message_id"].startswith("d-")
    assert count(api, Message) == 1


def test_verdicts_come_back_in_posted_order_but_are_judged_in_sent_at_order(api: ApiClient) -> None:
    # Posted answer-first: replay in sent_at order means the owner's question is known when the answer is judged.
    answer = msg("a1", "Sure — the team plan is $40/month, here's the page https://acme.io/pricing", sender="li:vendor", name="Vic",
                 thread="li-v", sent_at=at(6, 10, 5))
    question = msg("q1", "Hi Vic, how much is the team plan?", direction="outgoing", sender="li:vendor", name="Vic", thread="li-v",
                   sent_at=at(6, 10, 0))
    verdicts = api.ingest(answer, question)
    assert [v["message_id"] for v in verdicts] == ["a1", "q1"]
    assert verdicts[0]["label"] == "genuine"
    assert verdicts[1]["label"] is None and verdicts[1]["action"]["kind"] == "none"


def test_sequence_auto_dm_pitch_nag_gets_unfollow(api: ApiClient) -> None:
    seq = [
        msg("s1", "Thanks for connecting, Jordan! Great to be connected.", sent_at=at(2, 9, 1), connected_at=at(2, 9, 0)),
        msg("s2", "We help design studios land 3x more clients. Open to a quick call this week?", sent_at=at(3, 9)),
        msg("s3", "Bumping this to the top of your inbox — open to a quick call?", sent_at=at(6, 9)),
    ]
    verdicts = api.ingest(*seq)
    assert [v["label"] for v in verdicts] == ["auto_dm", "pitch", "pitch"]
    assert "follow_up_nag" in verdicts[2]["patterns"] and "pitch_after_connect" in verdicts[2]["patterns"]
    assert verdicts[2]["action"]["kind"] == "unfollow"
    assert "no reply from you" in verdicts[2]["action"]["why"]


def test_template_from_many_senders_is_flagged(api: ApiClient) -> None:
    names = ["Ava Brook", "Ben Cole", "Cara Diaz", "Dev Eng"]
    text = "Hi Jordan, I came across your profile and I'm growing my network with like-minded professionals at {co}. Let's connect!"
    verdicts = api.ingest(*[
        msg(f"t{i}", text.format(co=co), sender=f"li:p{i}", name=n, thread=f"li-t{i}", sent_at=at(4, 10 + i))
        for i, (n, co) in enumerate(zip(names, ["Acme", "Zeta Labs", "Northwind", "Globex"]))
    ])
    assert "templated" in verdicts[-1]["patterns"]
    assert any(r["detail"] == "same text as 3 other senders" for r in verdicts[-1]["reasons"])
    assert "templated" not in verdicts[0]["patterns"]


def test_store_text_false_keeps_no_text(app_factory, sqlite_url: str) -> None:  # noqa: ANN001
    from tests.conftest import add_user

    api = add_user(app_factory(sqlite_url, store_text=False), "private")
    [v] = api.ingest(msg("p1", PITCH))
    assert v["label"] == "pitch"
    with api.client.app.state.session_factory() as session:
        assert session.scalar(select(Message.text)) is None
    page = api.get("/v1/messages").json()
    assert page["messages"][0]["text"] is None and page["messages"][0]["verdict"]["label"] == "pitch"


def test_list_messages_filters_and_pages(api_any_db: ApiClient) -> None:
    api_any_db.ingest(*[msg(f"n{i}", f"Issue #{i} is out! Subscribe here for more.", sender="li:news", name="News", thread="li-n",
                            sent_at=at(10 + i)) for i in range(5)])
    api_any_db.ingest(msg("x1", "how did your launch go?", platform="x", sender="x:friend", name="Fr", thread="x-1", sent_at=at(9)))
    seen: list[str] = []
    cursor = None
    while True:
        params = {"limit": 2, "label": "newsletter"} | ({"cursor": cursor} if cursor else {})
        page = api_any_db.get("/v1/messages", params=params).json()
        seen += [m["message_id"] for m in page["messages"]]
        cursor = page["next_cursor"]
        if not cursor:
            break
    assert seen == ["n4", "n3", "n2", "n1", "n0"]
    only_x = api_any_db.get("/v1/messages", params={"platform": "x"}).json()["messages"]
    assert [m["message_id"] for m in only_x] == ["x1"] and only_x[0]["verdict"]["label"] == "genuine"
    window = api_any_db.get("/v1/messages", params={"since": at(11), "until": at(13)}).json()["messages"]
    assert [m["message_id"] for m in window] == ["n2", "n1"]
    assert api_any_db.get("/v1/messages", params={"cursor": "garbage!"}).status_code == 422
