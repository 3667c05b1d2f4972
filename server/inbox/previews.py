"""Inbox-list previews: the snippet a conversation list shows is that conversation's latest message, cut short.

A preview is judged like any message, but it is one message with the one in its conversation, never a second:
- posted while the conversation's message is known (stored, or in the same batch), it gets that message's verdict
  and nothing is stored;
- posted first, it is stored as a preview, and the conversation's message, once it arrives, takes its place.

A preview row keeps a digest of its snippet (length and hash of the normalised text), so the full message that
begins with it is recognised even when the service stores no text.
"""

from __future__ import annotations

import hashlib
import re

_SPACE = re.compile(r"\s+")
# Sites cut snippets with an ellipsis, or mid-word.
_CUT = re.compile(r"(?:\u2026|\.\.\.)\s*$")


def normalise(text: str) -> str:
    return _SPACE.sub(" ", text).strip().casefold()


def snippet_of(text: str) -> str:
    """The part of a snippet that the full message begins with."""
    return _CUT.sub("", normalise(text)).rstrip()


def digest(snippet: str) -> str:
    """What a preview row keeps of its snippet: `<length>:<hash>` of the normalised, uncut part."""
    cut = snippet_of(snippet)
    return f"{len(cut)}:{_hash(cut)}"


def shows(preview_digest: str, full_text: str) -> bool:
    """Whether a stored preview is the beginning of this message."""
    length, _, expected = preview_digest.partition(":")
    if not length.isdigit():
        return False
    text = normalise(full_text)
    n = int(length)
    return len(text) >= n and _hash(text[:n]) == expected


def begins(snippet: str, full_text: str) -> bool:
    """Whether a snippet is the beginning of this message (both texts at hand)."""
    cut = snippet_of(snippet)
    return bool(cut) and normalise(full_text).startswith(cut)


def _hash(text: str) -> str:
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=12).hexdigest()
