"""Write a synthetic LinkedIn export (invented people) for benchmarks and tests.

    python -m server.importers.generate --messages 100000 --out /tmp/li-export.zip

``--out`` ending in ``.zip`` writes an archive, anything else a folder. Rows
are written as they are generated (straight into the zip member), so memory
stays flat for any size. The same ``--seed`` gives byte-identical content.
"""

from __future__ import annotations

import argparse
import csv
import io
import random
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import IO

MESSAGES_HEADER = [
    "CONVERSATION ID", "CONVERSATION TITLE", "FROM", "SENDER PROFILE URL", "TO",
    "RECIPIENT PROFILE URLS", "DATE", "SUBJECT", "CONTENT", "FOLDER",
    "ATTACHMENTS", "IS MESSAGE DRAFT", "IS CONVERSATION ARCHIVED",
]  # fmt: skip
CONNECTIONS_PREAMBLE = (
    "Notes:\r\n"
    '"When exporting your connection data, you may notice that some of the email addresses are missing. '
    'You will only see email addresses for connections who have allowed their connections to see or download '
    'their email address using this setting https://www.linkedin.com/psettings/privacy/email"\r\n'
    "\r\n"
)
CONNECTIONS_HEADER = ["First Name", "Last Name", "URL", "Email Address", "Company", "Position", "Connected On"]
INVITATIONS_HEADER = ["From", "To", "Sent At", "Message", "Direction", "inviterProfileUrl", "inviteeProfileUrl"]

OWNER = ("Jordan", "Avery", "https://www.linkedin.com/in/jordan-avery-synth")
FIRST_NAMES = ["Marcus", "Priya", "Lena", "Tomás", "Aiko", "Bram", "Chidi", "Dana", "Elif", "Farid",
               "Greta", "Hugo", "Ines", "Jonas", "Kemal", "Lucía", "Mateo", "Nadia", "Oskar", "Rhea"]  # fmt: skip
LAST_NAMES = ["Okafor", "Raman", "Hoffmann", "Ibarra", "Sato", "de Vries", "Nwosu", "Kowalski", "Yilmaz",
              "Haddad", "Lindqvist", "Moreau", "Ferreira", "Berg", "Demir", "Navarro", "Rossi", "Haddad"]  # fmt: skip
INCOMING_TEXTS = [
    "Hi {me}, thanks for connecting! Do you have 15 minutes this week for a quick call about {topic}?",
    "<p>Hi&nbsp;{me},</p><p>We help teams like yours cut {topic} costs by 40%.</p><br>Worth a chat?",
    "Hey {me}, great to see your post on {topic}.\nAre you going to the meetup on Thursday?",
    "{me}, I noticed you work on {topic}. Our platform &amp; team can help — <a href=\"https://example.com/demo\">book a demo</a>",
    "Thanks for the intro last week, the {topic} notes were really useful.",
]  # fmt: skip
OUTGOING_TEXTS = [
    "Thanks {them}, not right now.",
    "Sure, happy to talk about {topic} — does Friday work?",
    "Yes! See you there.",
    "Glad it helped.",
]
TOPICS = ["hiring", "cloud spend", "data pipelines", "design systems", "sales ops", "security reviews"]


def _people(count: int, rng: random.Random) -> list[tuple[str, str, str]]:
    people = []
    for i in range(count):
        first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
        slug = f"{first}-{last}".lower().replace(" ", "-").replace("á", "a").replace("í", "i") + f"-{i:05d}"
        people.append((first, last, f"https://www.linkedin.com/in/{slug}"))
    return people


@contextmanager
def _csv_out(root: zipfile.ZipFile | Path, name: str, preamble: str = "") -> Iterator[csv.writer]:
    """A csv writer straight into a zip member or a file, UTF-8 with CRLF like LinkedIn's."""
    if isinstance(root, zipfile.ZipFile):
        raw: IO[bytes] = root.open(name, "w", force_zip64=True)
    else:
        raw = open(root / name, "wb")
    with raw, io.TextIOWrapper(raw, encoding="utf-8", newline="") as text:
        text.write(preamble)
        yield csv.writer(text, lineterminator="\r\n")


def write_linkedin_export(out: str | Path, messages: int, seed: int = 7) -> Path:
    """Write ``messages`` messages (plus Connections, Invitations, Profile) to ``out``."""
    out = Path(out)
    rng = random.Random(seed)
    people = _people(max(20, messages // 20), rng)
    start = datetime(2026, 1, 5, 8, 0, tzinfo=timezone.utc)
    me_name, me_url = f"{OWNER[0]} {OWNER[1]}", OWNER[2]

    if out.suffix.lower() == ".zip":
        out.parent.mkdir(parents=True, exist_ok=True)
        root: zipfile.ZipFile | Path = zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED)
    else:
        out.mkdir(parents=True, exist_ok=True)
        root = out
    try:
        with _csv_out(root, "Profile.csv") as writer:
            writer.writerow(["First Name", "Last Name", "Headline"])
            writer.writerow([OWNER[0], OWNER[1], "Engineering lead"])
        with _csv_out(root, "Connections.csv", CONNECTIONS_PREAMBLE) as writer:
            writer.writerow(CONNECTIONS_HEADER)
            for i, (first, last, url) in enumerate(people):
                connected = start - timedelta(days=1 + i % 700)
                writer.writerow([first, last, url, "", "Example Co", "Manager", connected.strftime("%d %b %Y")])
        with _csv_out(root, "Invitations.csv") as writer:
            writer.writerow(INVITATIONS_HEADER)
            for i, (first, last, url) in enumerate(people[: len(people) // 10]):
                sent = start + timedelta(hours=i)
                note = rng.choice(["", f"Hi {OWNER[0]}, let's connect to talk {rng.choice(TOPICS)}."])
                sent_at = f"{sent.month}/{sent.day}/{sent:%y}, {sent.hour % 12 or 12}:{sent:%M %p}"  # 11/5/26, 4:20 PM
                writer.writerow([f"{first} {last}", me_name, sent_at, note, "INCOMING", url, me_url])
        with _csv_out(root, "messages.csv") as writer:
            writer.writerow(MESSAGES_HEADER)
            written, conversation = 0, 0
            while written < messages:
                conversation += 1
                first, last, url = rng.choice(people)
                them = f"{first} {last}"
                conv_id = f"2-SYNTH{conversation:08d}=="
                topic = rng.choice(TOPICS)
                when = start + timedelta(minutes=17 * conversation)
                for turn in range(min(rng.randint(1, 6), messages - written)):
                    incoming = turn % 2 == 0
                    template = rng.choice(INCOMING_TEXTS if incoming else OUTGOING_TEXTS)
                    content = template.format(me=OWNER[0], them=first, topic=topic)
                    sender = (them, url, me_name, me_url) if incoming else (me_name, me_url, them, url)
                    writer.writerow([conv_id, "", sender[0], sender[1], sender[2], sender[3],
                                     when.strftime("%Y-%m-%d %H:%M:%S UTC"), "", content, "INBOX",
                                     "", "false", "false"])  # fmt: skip
                    when += timedelta(minutes=rng.randint(1, 600))
                    written += 1
    finally:
        if isinstance(root, zipfile.ZipFile):
            root.close()
    return out


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="Write a synthetic LinkedIn data export.")
    parser.add_argument("--messages", type=int, default=1000, help="number of messages (default 1000)")
    parser.add_argument("--out", required=True, help="output .zip file or folder")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    path = write_linkedin_export(args.out, args.messages, args.seed)
    print(f"wrote {args.messages} messages to {path}")


if __name__ == "__main__":
    main()
