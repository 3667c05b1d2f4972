"""Hand-set signal weights: the signal-only baseline. Fitted weights (from `inchdeep train`) replace them.

A weight is how much a fired signal adds to the score of the label it votes for.
"""

from __future__ import annotations

# Prefer genuine when nothing else speaks: hiding a real person is the costliest mistake.
PRIORS: dict[str, float] = {"genuine": 1.0, "auto_dm": 0.0, "pitch": 0.0, "newsletter": 0.0}

DEFAULT_WEIGHTS: dict[str, float] = {
    "MEETING_ASK": 2.0,
    "CALENDAR_LINK": 2.0,
    "PRICE_OR_DISCOUNT": 1.2,
    "RESULTS_CLAIM": 1.8,
    "RIGHT_PERSON": 2.2,
    "SERVICE_OFFER": 1.8,
    "FREE_SAMPLE": 1.8,
    "FOLLOW_UP_NAG": 1.5,
    "UNANSWERED_STREAK": 1.0,
    "PITCH_SOON_AFTER_CONNECT": 1.0,
    "THANKS_FOR_CONNECTING": 2.0,
    "GENERIC_COMPLIMENT": 1.5,
    "MERGE_FIELD": 2.0,
    "NETWORK_GROWING": 2.0,
    "OFF_PLATFORM": 1.8,
    "FREE_RESOURCE": 1.8,
    "PREFILLED_NOTE": 3.0,
    "OUT_OF_OFFICE": 3.0,
    "WELCOME_MESSAGE": 2.0,
    "TEMPLATE_SEEN": 1.5,
    "TEMPLATE_REPEATED": 1.0,
    "SOON_AFTER_CONNECT": 0.8,
    "SELF_FOCUSED": 1.0,
    "ISSUE_ANNOUNCEMENT": 2.0,
    "EVENT_INVITE": 2.0,
    "SALE_ANNOUNCEMENT": 2.0,
    "SUBSCRIBE_LINK": 1.5,
    "EMOJI_ANNOUNCEMENT": 1.0,
    "BROADCAST_GREETING": 2.0,
    "OWNER_STARTED_THREAD": 3.0,
    "ANSWERS_OWNER_QUESTION": 3.5,
    "ONGOING_EXCHANGE": 1.5,
    "SHARED_CONTEXT": 2.0,
    "INTRODUCTION": 2.0,
    "LOGISTICS": 1.5,
    "ASKS_ABOUT_YOU": 0.8,
    "SHORT_CHAT": 1.0,
}
