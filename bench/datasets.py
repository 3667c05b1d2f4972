"""Benchmark inboxes built from the labelled corpus: varied messages, and a templated inbox."""

from __future__ import annotations

import json
import random
from datetime import datetime, timedelta, timezone
from pathlib import Path

CORPUS = Path(__file__).resolve().parent.parent / "data" / "corpus"
FIRST = ["Ava", "Ben", "Cara", "Dev", "Eli", "Fay", "Gus", "Hana", "Ivo", "Jun", "Kira", "Leo", "Mia", "Nils", "Omar", "Pia",
         "Quinn", "Rosa", "Sven", "Tara", "Uma", "Vik", "Wen", "Xia", "Yuri", "Zoe"]
LAST = ["Okafor", "Lindqvist", "Moreau", "Tanaka", "Silva", "Novak", "Reyes", "Kowalski", "Haddad", "Brennan", "Ito", "Fischer"]
COMPANIES = ["Acme", "Northwind", "Globex", "Fernhill", "Lift Works", "Zeta Labs", "Brightpath", "Oakline", "Kettle & Co"]


def corpus_incoming() -> list[dict]:
    lines = []
    for name in ("train.jsonl", "dev.jsonl"):
        lines += [json.loads(line) for line in (CORPUS / name).read_text().splitlines() if line.strip()]
    return [m for m in lines if m["direction"] == "incoming"]


def _message(i: int, text: str, sender: str, name: str, when: datetime, platform: str = "linkedin") -> dict:
    return {"platform": platform, "thread_id": f"bench-{sender}", "message_id": f"bench-{i}", "direction": "incoming",
            "sender": {"id": sender, "name": name}, "participant": {"id": sender, "name": name}, "text": text,
            "sent_at": when.strftime("%Y-%m-%dT%H:%M:%SZ"), "connected_at": None}


def varied(n: int = 2000, seed: int = 1) -> list[dict]:
    """n distinct messages: corpus texts, and beyond those, new texts spliced from sentences of two corpus messages."""
    rng = random.Random(seed)
    texts = list(dict.fromkeys(m["text"] for m in corpus_incoming()))
    start = datetime(2026, 11, 2, 8, tzinfo=timezone.utc)
    out, seen = [], set()
    for attempt in range(50 * n):
        if len(out) == n:
            break
        if attempt < len(texts):
            text = texts[attempt]
        else:
            a, b = rng.sample(texts, 2)
            text = (a.split(". ")[0] + ". " + b.split(". ")[-1]).strip()
        if text in seen:
            continue
        seen.add(text)
        i = len(out)
        out.append(_message(i, text, f"li:v{i}", f"{rng.choice(FIRST)} {rng.choice(LAST)}", start + timedelta(minutes=i),
                            "linkedin" if i % 3 else "x"))
    return out


def templated(n: int = 2000, templates: int = 60, seed: int = 2) -> list[dict]:
    """A realistic noisy inbox: `templates` mass messages, each repeated by many senders with other names/numbers/links."""
    rng = random.Random(seed)
    noisy = [m for m in corpus_incoming() if m["label"] != "genuine" and "{" not in m["text"]]
    chosen = rng.sample(noisy, templates)
    start = datetime(2026, 11, 2, 8, tzinfo=timezone.utc)
    out = []
    for i in range(n):
        base = chosen[i % templates]["text"]
        first, last, company = rng.choice(FIRST), rng.choice(LAST), rng.choice(COMPANIES)
        text = (base.replace("Jordan", rng.choice(["Jordan", "Sam", "Alex"]))
                .replace("3x", f"{rng.randint(2, 9)}x")
                .replace("calendly.com/", f"calendly.com/{first.lower()}-"))
        text = f"{text} — {first}, {company}" if rng.random() < 0.5 else text
        out.append(_message(i, text, f"li:t{i}", f"{first} {last}", start + timedelta(minutes=i)))
    return out
