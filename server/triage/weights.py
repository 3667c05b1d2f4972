"""Hand-set signal weights: the signal-only baseline (`INCHDEEP_USE_MODEL=false`). The learned head fits its own.

A weight is how much a fired signal adds to the score of the label it votes for ("noise" signals add to every
noise label). Genuine starts ahead by its prior: one ordinary rule is not enough to hide a person, two are.
"""

from __future__ import annotations

# Prefer genuine when nothing else speaks: hiding a real person is the costliest mistake.
PRIORS: dict[str, float] = {"genuine": 1.5, "auto_dm": 0.0, "pitch": 0.0, "newsletter": 0.0}

DEFAULT_WEIGHTS: dict[str, float] = {
    # pitch
    "MEETING_ASK": 1.6,
    "CALENDAR_LINK": 1.6,
    "PRICE_OR_DISCOUNT": 1.0,
    "RESULTS_CLAIM": 1.8,
    "RIGHT_PERSON": 1.8,
    "SERVICE_OFFER": 1.6,
    "FREE_SAMPLE": 1.6,
    "FOLLOW_UP_NAG": 1.2,
    "PROSPECTING_QUESTION": 1.4,
    "GET_RICH": 2.0,
    "UNANSWERED_STREAK": 0.8,
    "PITCH_SOON_AFTER_CONNECT": 1.0,
    # auto_dm
    "THANKS_FOR_CONNECTING": 1.6,
    "GENERIC_COMPLIMENT": 1.6,
    "MERGE_FIELD": 2.0,
    "NETWORK_GROWING": 1.8,
    "OFF_PLATFORM": 1.6,
    "FREE_RESOURCE": 1.6,
    "PREFILLED_NOTE": 2.5,
    "OUT_OF_OFFICE": 2.5,
    "WELCOME_MESSAGE": 1.8,
    "SYSTEM_NOTICE": 2.0,
    "ENGAGEMENT_BAIT": 2.0,
    "SELF_FOCUSED": 0.8,
    # newsletter
    "ISSUE_ANNOUNCEMENT": 1.6,
    "EVENT_INVITE": 1.4,
    "SALE_ANNOUNCEMENT": 1.6,
    "SUBSCRIBE_LINK": 2.0,
    "DONATION_ASK": 1.8,
    "MASS_ANNOUNCEMENT": 1.6,
    "EMOJI_ANNOUNCEMENT": 0.8,
    "BROADCAST_GREETING": 1.6,
    # any noise
    "TEMPLATE_SEEN": 1.6,
    "TEMPLATE_REPEATED": 1.0,
    "SPONSORED": 3.0,
    "MASS_MAIL_MARKUP": 1.6,
    # genuine
    "OWNER_STARTED_THREAD": 3.0,
    "ANSWERS_OWNER_QUESTION": 3.0,
    "ONGOING_EXCHANGE": 1.0,
    "SHARED_CONTEXT": 2.0,
    "INTRODUCTION": 2.0,
    "LOGISTICS": 1.5,
    "ASKS_ABOUT_YOU": 0.8,
    "PERSONAL_SUPPORT": 1.5,
    "SHORT_CHAT": 1.0,
}
