"""Closing times as organisers write them, read in their time zone (table-driven)."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from dialogs.when import read_when

NOW = datetime(2026, 5, 4, 10, 0, tzinfo=UTC)  # a Monday; 11:00 in Lisbon, 12:00 in Berlin
LISBON, BERLIN, UTC_ZONE = ZoneInfo("Europe/Lisbon"), ZoneInfo("Europe/Berlin"), ZoneInfo("UTC")


def utc(day: int, hour: int, minute: int = 0, month: int = 5, year: int = 2026) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "zone", "expected"),
    [
        ("2h", LISBON, utc(4, 12)),
        ("in 3 days", LISBON, utc(7, 10)),
        ("90m", UTC_ZONE, utc(4, 11, 30)),
        ("in 1 week", UTC_ZONE, utc(11, 10)),
        ("tomorrow 18:00", LISBON, utc(5, 17)),
        ("tomorrow 18:00", BERLIN, utc(5, 16)),
        ("Tomorrow at 6pm", UTC_ZONE, utc(5, 18)),
        ("tomorrow", UTC_ZONE, utc(5, 18)),  # a day without a time: 18:00
        ("today 17:30", LISBON, utc(4, 16, 30)),
        ("tonight", UTC_ZONE, utc(4, 20)),
        ("friday", LISBON, utc(8, 17)),
        ("Friday 9:15", UTC_ZONE, utc(8, 9, 15)),
        ("fri 6 pm", UTC_ZONE, utc(8, 18)),
        ("thurs 18.00", UTC_ZONE, utc(7, 18)),
        ("on Wednesday at 12:00", BERLIN, utc(6, 10)),
        ("monday 18:00", UTC_ZONE, utc(4, 18)),  # today is Monday and 18:00 is still ahead
        ("next monday", UTC_ZONE, utc(11, 18)),
        ("monday 09:00", UTC_ZONE, utc(11, 9)),  # gone today: next week's
        ("18:00", LISBON, utc(4, 17)),
        ("9:00", UTC_ZONE, utc(5, 9)),  # passed today: tomorrow
        ("10 May", UTC_ZONE, utc(10, 18)),
        ("may 10th 8am", UTC_ZONE, utc(10, 8)),
        ("10/5 12:00", UTC_ZONE, utc(10, 12)),
        ("2026-05-10 09:30", LISBON, utc(10, 8, 30)),
        ("1 March", UTC_ZONE, utc(1, 18, month=3, year=2027)),  # the next one
    ],
)
def test_read_when(text, zone, expected) -> None:
    assert read_when(text, NOW, zone) == expected


@pytest.mark.parametrize(
    "text",
    ["", "soon", "friday 18", "tomorrow 25:00", "13pm", "31 June", "someday", "0h", "fri 6:75",
     "blursday"],
)  # fmt: skip
def test_what_names_no_moment(text) -> None:
    assert read_when(text, NOW, UTC_ZONE) is None
