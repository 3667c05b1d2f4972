"""A hand-built inbox spanning ISO weeks 2026-W40 to W46, with every number the reports should show worked out.

Labels come from unambiguous texts, judged by the signal triage through POST /v1/messages.
"""

from __future__ import annotations

from datetime import datetime, timezone

from tests.conftest import ApiClient, msg

NEWSLETTER = "Issue #{n} is out! Subscribe here to get it weekly."
PITCH = "We help founders 3x their pipeline. Open to a quick call?"
NAG = "Bumping this to the top of your inbox — open to a quick call?"
AUTO_DM = "Thanks for connecting!"
WEBINAR = "Our webinar is live! Register here for the masterclass"


def ts(month: int, day: int, hour: int = 12, minute: int = 0) -> str:
    return datetime(2026, month, day, hour, minute, tzinfo=timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def x(message_id: str, text: str, **kw) -> dict:  # noqa: ANN003
    return msg(message_id, text, platform="x", **kw)


def owner(message_id: str, text: str, to: tuple[str, str], thread: str, sent_at: str, platform: str = "linkedin") -> dict:
    return msg(message_id, text, direction="outgoing", participant=to, sender=to[0], name=to[1], thread=thread,
               sent_at=sent_at, platform=platform)


MARCUS = ("li:marcus-o", "Marcus O.")
NINA = ("li:nina", "Nina N.")
OMAR = ("x:omar", "Omar K.")
DANA = ("li:dana", "Dana W.")
PRIYA = ("x:priya", "Priya S.")
LEO = ("x:leo", "Leo M.")
SAM = ("li:sam", "Sam T.")
ANN = ("li:ann", "Ann B.")
BO = ("li:bo", "Bo C.")


def weeks_inbox() -> list[dict]:
    def them(who: tuple[str, str], message_id: str, text: str, thread: str, sent_at: str, **kw) -> dict:  # noqa: ANN003
        maker = x if who[0].startswith("x:") else msg
        return maker(message_id, text, sender=who[0], name=who[1], thread=thread, sent_at=sent_at, **kw)

    return [
        # W41: a genuine question from Sam, answered the same day.
        them(SAM, "sam-1", "hey, how did your talk in Lisbon go? I heard the room was packed", "li-sam", ts(10, 6, 9)),
        owner("me-sam-1", "It went great, thanks!", SAM, "li-sam", ts(10, 6, 10)),
        # W42: one pitch, one auto-DM (each sender only once: not enough to unfollow).
        them(ANN, "ann-1", PITCH, "li-ann", ts(10, 13, 9)),
        them(BO, "bo-1", "Thanks for connecting, great to be connected!", "li-bo", ts(10, 14, 9)),
        # W44: Nina's weekly newsletter begins; Sam writes again (genuine, not a question, never answered).
        them(NINA, "nina-7", NEWSLETTER.format(n=7), "li-nina", ts(10, 27, 9)),
        them(SAM, "sam-2", "Thanks for the intro to Maya, we're meeting next week.", "li-sam", ts(10, 28, 9)),
        # W45: Nina again; Dana asks a question and the owner answers.
        them(NINA, "nina-8", NEWSLETTER.format(n=8), "li-nina", ts(11, 3, 9)),
        them(DANA, "dana-1", "how did your launch go?", "li-dana", ts(11, 4, 10)),
        owner("me-dana-1", "It went well, thanks for asking! Let's catch up soon.", DANA, "li-dana", ts(11, 4, 11)),
        # W46 (Mon 9 Nov to Mon 16 Nov): the report week.
        them(MARCUS, "marcus-1", AUTO_DM, "li-marcus", ts(11, 9, 9, 5), connected_at=ts(11, 9, 9)),
        them(MARCUS, "marcus-2", PITCH, "li-marcus", ts(11, 9, 10)),
        them(MARCUS, "marcus-3", NAG, "li-marcus", ts(11, 11, 10)),
        owner("me-marcus-1", "no thanks, not interested", MARCUS, "li-marcus", ts(11, 11, 12)),
        them(NINA, "nina-9", NEWSLETTER.format(n=9), "li-nina", ts(11, 10, 9)),
        them(DANA, "dana-2", WEBINAR, "li-dana-news", ts(11, 10, 9, 30)),
        them(DANA, "dana-3", "Flash sale for my network: 50% off the course, this week only! Register here", "li-dana-news", ts(11, 13, 9)),
        them(OMAR, "omar-3", NEWSLETTER.format(n=3), "x-omar", ts(11, 12, 9)),
        them(PRIYA, "priya-1", "Are you free for coffee on Thursday to talk about the deck you sent?", "x-priya", ts(11, 12, 15)),
        them(LEO, "leo-1", "Great seeing you at the meetup yesterday, the slides were excellent.", "x-leo", ts(11, 15, 20)),
    ]


def load(api: ApiClient) -> list[dict]:
    return api.ingest(*weeks_inbox())


def set_timezone(api: ApiClient, zone: str) -> None:
    from sqlalchemy import update

    from server.auth.models import User
    from server.db import session_scope

    with session_scope(api.client.app.state.session_factory) as session:
        session.execute(update(User).where(User.name == api.name).values(timezone=zone))
