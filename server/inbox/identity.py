"""One identity per person: party ids normalised per platform in one place, so an import and the extension's live
pages name the same person alike.

LinkedIn: `li:<slug>` from a profile URL (`/in/<slug>`, case-insensitive); without one, `li:name:<name key>`. The
extension without a profile link sends `li-name:<key>` (an older spelling): both become `li:name:<key>`, with the
key recomputed by `name_key`, the same rule the extension applies (extension/sites/linkedin.js `slugifyName`).
"""

from __future__ import annotations

import re
import unicodedata

MAX_ID_CHARS = 200  # the contract's id length
_LINKEDIN_NAME_PREFIXES = ("li:name:", "li-name:")
_SEPARATORS = re.compile(r"[\W_]+")


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
