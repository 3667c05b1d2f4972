"""One identity per person: party ids normalised per platform in one place, so an import and the extension's live
pages name the same person alike.

LinkedIn: `li:<slug>` from a profile URL (`/in/<slug>`, case-insensitive); without one, `li:name:<name key>`. The
extension without a profile link sends `li-name:<key>` (an older spelling): both become `li:name:<key>`, with the
key recomputed by `name_key`, the same rule the extension applies (extension/sites/linkedin.js `slugifyName`).

X: an archive names people by account id (`x:2000000003`), a page by handle (`x:mktg_mike`). Conversation ids are
the same on both (`<id>-<id>` for two people, as in the page's address `x.com/messages/<id>-<id>`): one thread id,
`x-<conversation id>`, for both. A handle seen in a two-person conversation whose stored person is one of the
conversation id's account ids (or the other way round) is that person: the service keeps the second id as an alias
(inbox.service, `same_person_in_conversation`).
"""

from __future__ import annotations

import re
import unicodedata

MAX_ID_CHARS = 200  # the contract's id length
_LINKEDIN_NAME_PREFIXES = ("li:name:", "li-name:")
_SEPARATORS = re.compile(r"[\W_]+")
_X_CONVERSATION = re.compile(r"(?:x-)?(\d+(?:-\d+)?)")
_X_ACCOUNT = re.compile(r"x:(\d+)")
# What the extension names a conversation whose id the page does not show (an inbox row without a link): the person's
# handle, per DM generation (extension/sites/x.js).
_X_PERSON_THREAD = re.compile(r"x-(?:dm|chat):([A-Za-z0-9_]{1,15})")


def name_key(name: str) -> str:
    """"Zoë  Müller-Brandt" → "zoe-muller-brandt": lower case, accents dropped, runs of anything but letters and
    digits become one hyphen. Idempotent, so a key passed through it again is unchanged."""
    decomposed = unicodedata.normalize("NFKD", name.lower())
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return _SEPARATORS.sub("-", bare).strip("-")


def linkedin_name_id(name: str) -> str:
    return ("li:name:" + (name_key(name) or "unknown"))[:MAX_ID_CHARS]


def canonical_party_id(party_id: str) -> str:
    """The stored form of a party id as a client or an importer spells it."""
    for prefix in _LINKEDIN_NAME_PREFIXES:
        if party_id.startswith(prefix):
            return linkedin_name_id(party_id[len(prefix):])
    if party_id.startswith("li:"):
        return party_id.lower()  # LinkedIn vanity names are case-insensitive
    return party_id


def canonical_thread_id(platform: str, thread_id: str) -> str:
    """X conversation ids as an archive (`x-<id>`) and a page address (`<id>`) give them: one form, `x-<id>`."""
    if platform == "x":
        m = _X_CONVERSATION.fullmatch(thread_id)
        if m:
            return ("x-" + m.group(1))[:MAX_ID_CHARS]
    return thread_id


def is_two_person_conversation(thread_id: str) -> bool:
    m = _X_CONVERSATION.fullmatch(thread_id)
    return bool(m) and "-" in m.group(1)


def same_person_in_conversation(thread_id: str, a: str, b: str) -> bool:
    """Whether two X party ids in one two-person conversation are one person: one is an account id of the
    conversation's id, the other a handle (a conversation between two people has one other person)."""
    if not is_two_person_conversation(thread_id) or a == b:
        return False
    accounts = set(_X_CONVERSATION.fullmatch(thread_id).group(1).split("-"))
    ids = [is_x_account(i) for i in (a, b)]
    if bool(ids[0]) == bool(ids[1]):
        return False  # two account ids or two handles: two people
    account = (a if ids[0] else b)[2:]
    return account in accounts and all(i.startswith("x:") for i in (a, b))


def is_bare_id(name: str, known_name: str) -> bool:
    """A name that is only an account number (an archive without handles) never replaces a real one."""
    return name.isdigit() and bool(known_name) and not known_name.isdigit()


def is_x_account(party_id: str) -> bool:
    """An X party named by account number (archives), not by handle (pages)."""
    return bool(_X_ACCOUNT.fullmatch(party_id))


def person_of_thread(platform: str, thread_id: str) -> str | None:
    """The X party id (`x:<handle>`) a thread id stands for when it names a person's conversation, not its id."""
    m = _X_PERSON_THREAD.fullmatch(thread_id) if platform == "x" else None
    return f"x:{m.group(1).lower()}" if m else None


def person_threads(platform: str, party_id: str) -> tuple[str, ...]:
    """The thread ids an X inbox row without a link gives this person's conversation (see person_of_thread)."""
    if platform != "x" or not party_id.startswith("x:") or is_x_account(party_id):
        return ()
    handle = party_id[2:].lower()  # X handles are case-insensitive; the extension sends them lower-cased
    return (f"x-dm:{handle}", f"x-chat:{handle}")
