"""Closing times as organisers write them, read in their time zone (table-driven)."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

import texts.polls
from dialogs.when import read_when
from texts.i18n import speaking

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


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("es", "mañana 18:00", utc(5, 18)),
        ("es", "el 12 de mayo a las 18:00", utc(12, 18)),
        ("es", "en 3 días", utc(7, 10)),
        ("es", "2 horas", utc(4, 12)),
        ("es", "el viernes que viene", utc(8, 18)),
        ("es", "el próximo lunes", utc(11, 18)),
        ("es", "miercoles 9:30", utc(6, 9, 30)),  # typed without its accent
        ("es", "vie. 18:00", utc(8, 18)),
        ("es", "tomorrow 18:00", utc(5, 18)),  # English is always read
        ("fr", "demain à 18h", utc(5, 18)),
        ("fr", "vendredi 9h30", utc(8, 9, 30)),
        ("fr", "12 mai 18:00", utc(12, 18)),
        ("fr", "dans 3 jours", utc(7, 10)),
        ("fr", "3j", utc(7, 10)),
        ("fr", "lundi prochain", utc(11, 18)),
        ("fr", "aujourd'hui 17:30", utc(4, 17, 30)),
        ("pl", "jutro o 18:00", utc(5, 18)),
        ("pl", "w środę", utc(6, 18)),
        ("pl", "12 maja 18:00", utc(12, 18)),
        ("pl", "za 2 godziny", utc(4, 12)),
        ("pl", "w następny poniedziałek", utc(11, 18)),
        ("pl", "piatek 9:30", utc(8, 9, 30)),
        ("ar", "غدًا الساعة 18:00", utc(5, 18)),
        ("ar", "يوم الجمعة 9:30", utc(8, 9, 30)),
        ("ar", "12 مايو ١٨:٠٠", utc(12, 18)),  # Arabic digits
        ("ar", "بعد 3 أيام", utc(7, 10)),
        ("ar", "الاثنين القادم", utc(11, 18)),
    ],
)
def test_the_words_of_the_language_being_spoken(lang, text, expected) -> None:
    with speaking(lang):
        assert read_when(text, NOW, UTC_ZONE) == expected


@pytest.mark.parametrize("lang", ["es", "fr", "pl", "ar"])
def test_the_examples_each_language_gives_are_read(lang) -> None:
    """The closing times the catalogue shows as examples, in its own words, all read."""
    with speaking(lang):
        shown = texts.polls.POLL_ERRORS["closes_bad"]
        examples = re.findall(r"\(([^()]*\d[^()]*)\)", shown)
        moments = [e.strip() for found in examples for e in re.split(r"[,،]", found)]
        assert len(moments) >= 5, shown
        assert all(read_when(m, NOW, UTC_ZONE) is not None for m in moments), moments


def test_an_ambiguous_name_is_read_as_neither() -> None:
    """ "mar" is Tuesday and March in Spanish: neither is guessed."""
    with speaking("es"):
        assert read_when("mar 18:00", NOW, UTC_ZONE) is None
