from __future__ import annotations

from server.triage.templates import TemplateIndex, similarity, text_print
from server.triage.text import mask

A = "Hi Jordan, thanks for connecting! I help founders like you 3x their pipeline at Acme. Book here: calendly.com/bob/15"
B = "Hi Sam, thanks for connecting! I help founders like you 5x their pipeline at Zeta Labs. Book here: https://calendly.com/alice-x/30min"
REWORDED = "Hey Sam! Thanks for connecting. I help startups like yours 5x their pipeline at Zeta Labs. Grab a slot: https://calendly.com/alice-x/30min"
OTHER_PITCH = "Hi Jordan, great to connect! I help founders like you grow their pipeline with outbound. Open to a chat?"
UNRELATED = "are you coming to the meetup on friday? Maria said you might bring the prototype"


def test_masking_removes_names_numbers_links_and_handles() -> None:
    masked = mask("Hi @dana_k, Priya Shah at Fernhill grew 43% — see https://x.co/abc or mail me: a.b@c.com")
    assert "dana" not in masked and "priya" not in masked and "43" not in masked
    assert "<url>" in masked and "<email>" in masked and "<handle>" in masked


def test_same_template_with_other_names_numbers_links_has_one_fingerprint() -> None:
    assert text_print(A).fingerprint == text_print(B).fingerprint


def test_reworded_copy_is_a_near_duplicate_but_other_texts_are_not() -> None:
    a, reworded, other, unrelated = (text_print(t) for t in (A, REWORDED, OTHER_PITCH, UNRELATED))
    assert similarity(a.minhash, reworded.minhash) >= 0.45
    assert similarity(a.minhash, other.minhash) < 0.45
    assert similarity(a.minhash, unrelated.minhash) < 0.2


def test_index_counts_copies_per_sender() -> None:
    index = TemplateIndex()
    for sender, text in [("s1", A), ("s2", B), ("s3", REWORDED), ("s4", UNRELATED), ("s1", A)]:
        p = text_print(text)
        index.add(sender, p.fingerprint, p.minhash, p.word_count)
    query = text_print(A.replace("Jordan", "Kim"))
    senders = index.similar_senders(query.fingerprint, query.minhash, query.word_count)
    assert sorted(set(senders)) == ["s1", "s2", "s3"]
    assert senders.count("s1") == 2


def test_short_texts_are_never_templates() -> None:
    index = TemplateIndex()
    for sender in ("a", "b", "c"):
        p = text_print("thanks!")
        index.add(sender, p.fingerprint, p.minhash, p.word_count)
    p = text_print("thanks!")
    assert index.similar_senders(p.fingerprint, p.minhash, p.word_count) == []


def test_exact_copies_are_found_beyond_the_recent_window() -> None:
    index = TemplateIndex(recent=2)
    first = text_print(A)
    index.add("old", first.fingerprint, first.minhash, first.word_count)
    for i in range(5):
        p = text_print(f"{UNRELATED} and also item number {i} about lunch plans {'x' * i}")
        index.add(f"filler{i}", p.fingerprint, p.minhash, p.word_count)
    copy = text_print(B)
    assert index.similar_senders(copy.fingerprint, copy.minhash, copy.word_count) == ["old"]


def _reference_signature(masked: str) -> bytes:
    """The signature as first defined (blake2b per shingle, then (a·x + b) mod 2^61−1 with numpy's `%`): signatures
    stored in existing databases were made this way, and new ones must still compare with them."""
    import hashlib

    import numpy as np

    from server.triage import templates

    items = templates.shingles(masked) or {""}
    hashes = np.array([int.from_bytes(hashlib.blake2b(s.encode(), digest_size=8).digest(), "big") >> 4 for s in items],
                      dtype=np.uint64)
    permuted = (hashes[:, None] * templates._A[None, :] + templates._B[None, :]) % np.uint64((1 << 61) - 1)
    return permuted.min(axis=0).astype(np.uint32).tobytes()


def test_signatures_are_the_ones_stored_databases_hold() -> None:
    texts = [A, B, REWORDED, OTHER_PITCH, UNRELATED, "", "ok", "émilie 🚀 " * 40, "x " * 500]
    texts += [f"Hi {i}, we help {i * 7} founders with <num> things, book at {i}.io" for i in range(300)]
    for text in texts:
        masked = mask(text, ("Ana Zeta",))
        assert text_print(text, ("Ana Zeta",)).minhash == _reference_signature(masked), text
