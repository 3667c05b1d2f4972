"""Record types, date parsing and HTML-to-text helpers."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from server.importers.dates import parse_export_datetime
from server.importers.htmltext import html_to_text
from server.importers.records import ExportFormatError, ImportedMessage, Skipped, iso_utc

UTC = timezone.utc


def test_to_message_dict_omits_missing_profile_url_and_renders_utc_z():
    message = ImportedMessage(
        platform="linkedin",
        thread_id="li-1",
        message_id="li-imp-1",
        sender_id="li:jordan",
        sender_name="Jordan",
        participant_id="li:ana",
        participant_name="Ana",
        direction="outgoing",
        text="hi",
        sent_at=datetime(2026, 11, 5, 17, 24, tzinfo=timezone(timedelta(hours=1))),
    )
    d = message.to_message_dict()
    assert d["sender"] == {"id": "li:jordan", "name": "Jordan"}
    assert d["sent_at"] == "2026-11-05T16:24:00Z"
    assert d["connected_at"] is None
    assert d["history"] == "complete"  # an export holds whole threads, so first contact and streaks are known


def test_iso_utc_keeps_milliseconds_only_when_present():
    assert iso_utc(datetime(2021, 1, 1, tzinfo=UTC)) == "2021-01-01T00:00:00Z"
    assert iso_utc(datetime(2021, 1, 1, 0, 0, 1, 500_000, tzinfo=UTC)) == "2021-01-01T00:00:01.500Z"
    assert iso_utc(None) is None


def test_error_and_skipped_messages_name_file_and_line():
    error = ExportFormatError("messages.csv", 17, "missing column DATE")
    assert (error.file, error.line, str(error)) == ("messages.csv", 17, "messages.csv line 17: missing column DATE")
    assert str(ExportFormatError("export.zip", None, "corrupt")) == "export.zip: corrupt"
    assert str(Skipped("messages.csv", 5, "draft")) == "messages.csv line 5: draft"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2026-08-01 02:00:00 UTC", datetime(2026, 8, 1, 2, tzinfo=UTC)),
        ("2021-01-01T00:00:00.000Z", datetime(2021, 1, 1, tzinfo=UTC)),
        ("11/5/26, 4:20 PM", datetime(2026, 11, 5, 16, 20, tzinfo=UTC)),
        ("11/5/26, 4:20\u202fPM", datetime(2026, 11, 5, 16, 20, tzinfo=UTC)),
        ("11/05/2026, 16:20", datetime(2026, 11, 5, 16, 20, tzinfo=UTC)),
        ("12 Mar 2019", datetime(2019, 3, 12, tzinfo=UTC)),
        ("12-Mar-19", datetime(2019, 3, 12, tzinfo=UTC)),
        ("2026-11-05T17:20:00+01:00", datetime(2026, 11, 5, 16, 20, tzinfo=UTC)),
        ("", None),
        ("yesterday", None),
        # Outside the times the service accepts (server/bounds.py): the first is not even a datetime in UTC.
        ("0001-01-01T00:00:00+01:00", None),
        ("9999-12-31T23:59:59-01:00", None),
        ("01/01/1901", None),
        ("1970-01-01T00:00:00Z", datetime(1970, 1, 1, tzinfo=UTC)),
    ],
)
def test_parse_export_datetime_is_lenient_and_always_utc(text, expected):
    assert parse_export_datetime(text) == expected


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ("Plain text,\r\nsecond line", "Plain text,\nsecond line"),
        ("a &lt; b &amp;&amp; c", "a < b && c"),
        ("<p>One</p><p>Two<br/>Three</p>", "One\n\nTwo\nThree"),
        ("<div>Hi&nbsp;&nbsp; there</div>\n\n\n\n<div>Bye</div>", "Hi there\n\nBye"),
        ('<a href="https://example.com/x">https://example.com/x</a>', "https://example.com/x"),
        ('Go <a href="https://example.com/x"></a>', "Go https://example.com/x"),
        ("I <3 this & 2 < 3", "I <3 this & 2 < 3"),
        ("<style>p {color: red}</style>Hello", "Hello"),
    ],
)
def test_html_to_text(content, expected):
    assert html_to_text(content) == expected
