"""A moment as a person writes it (`2h`, `in 3 days`, `tomorrow 18:00`, `friday`, `fri 6pm`,
`18:00`, `10 May`, `2026-05-10 09:30`), read in their time zone. Pure: `now` is given.

English is always read; so are the words of the language being spoken (`texts.i18n`): day
and month names from Babel's CLDR data, and the catalogue's words for today, tomorrow,
next, at, in and the units (`dialogs/texts.py`, WHEN_*), so that an organiser writes
`mañana 18:00`, `vendredi 9h30`, `jutro o 18:00` or `الجمعة 18:00`. Those are put in English
words first (`_in_english`), then read as English is."""

from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime, time, timedelta
from functools import cache
from zoneinfo import ZoneInfo

from babel.dates import get_day_names, get_month_names

from dialogs import texts
from texts.i18n import SOURCE, language, speaking, words

DEFAULT_TIME = time(18, 0)  # a day named without a time: early evening, not in the night
TONIGHT = time(20, 0)
_UNITS = {"m": "minutes", "h": "hours", "d": "days", "w": "weeks"}
_SPAN = re.compile(r"(\d{1,4})\s*(m|mins?|minutes?|h|hrs?|hours?|d|days?|w|weeks?)")
_CLOCK = re.compile(r"(\d{1,2})(?:[:.h](\d{2})|(h))?\s*(am|pm)?")
_DAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_LEAD = re.compile(r"^(?:in|on|at|by|until|till)\s+")
_NEXT = re.compile(r"(?<!\S)next(?!\S)")
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")


def read_when(text: str, now: datetime, zone: ZoneInfo) -> datetime | None:
    """The moment `text` names, in UTC, or None if it names none. A day without a time is
    at 18:00; a time without a day is the next time the clock shows it."""
    words = _in_english(text)
    span = _SPAN.fullmatch(re.sub(r"^in\s+", "", words))
    if span is not None:
        amount = int(span.group(1))
        return now + timedelta(**{_UNITS[span.group(2)[0]]: amount}) if amount else None
    local = now.astimezone(zone)
    later = _NEXT.search(words) is not None  # "next friday", "el viernes que viene"
    words = _LEAD.sub("", " ".join(_NEXT.sub(" ", words).split()))
    day, clock = _split(words)
    moment = _clock(clock) if clock else None
    if clock and moment is None:
        return None
    if day is None:
        return _next_clock(local, moment, zone) if moment else None
    found = _day(day, local.date(), later)
    if found is None:
        return None
    when = _at(found, moment or (TONIGHT if day == "tonight" else DEFAULT_TIME), zone)
    if when <= now and _weekday(day) is not None:  # "monday 9:00" said on Monday at 10
        when = _at(found + timedelta(days=7), moment or DEFAULT_TIME, zone)
    return when


def _split(words: str) -> tuple[str | None, str]:
    """(the day part, the time part) of `friday at 6pm`, `10 may 18:00`, `18:00`."""
    parts = words.replace(" at ", " ").split()
    clock = [p for p in parts if _CLOCK.fullmatch(p) and not _is_day_number(p, parts)]
    if parts and parts[-1] in ("am", "pm") and len(parts) >= 2:
        clock = [parts[-2] + parts[-1]]
        parts = parts[:-2]
    else:
        parts = [p for p in parts if p not in clock]
    return (" ".join(parts) or None), " ".join(clock)


def _is_day_number(word: str, parts: list[str]) -> bool:
    """`10` in `10 may` or `may 10` is a day of the month, not ten o'clock."""
    if not word.isdigit() or word not in parts:
        return False
    i = parts.index(word)
    near = parts[max(0, i - 1) : i] + parts[i + 1 : i + 2]
    return any(p[:3] in _MONTHS for p in near)


def _clock(text: str) -> time | None:
    match = _CLOCK.fullmatch(text.replace(" ", ""))
    if match is None:
        return None
    hour, minute, half = int(match.group(1)), int(match.group(2) or 0), match.group(4)
    if half:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if half == "pm" else 0)
    elif match.group(2) is None and match.group(3) is None:  # "18" could be anything; "18h"
        return None  # is a time (as French writes it) after a day
    return time(hour, minute) if hour < 24 and minute < 60 else None


def _day(words: str, today: date, later: bool) -> date | None:
    if words in ("today", "tonight"):
        return today
    if words == "tomorrow":
        return today + timedelta(days=1)
    weekday = _weekday(words)
    if weekday is not None:  # today counts, unless "next friday" is said on a Friday
        ahead = (weekday - today.weekday()) % 7 or (7 if later else 0)
        return today + timedelta(days=ahead)
    return _date(words, today)


def _weekday(words: str) -> int | None:
    name = words.rstrip(".")
    return next((i for i, d in enumerate(_DAYS) if len(name) >= 3 and d.startswith(name)), None)


def _date(words: str, today: date) -> date | None:
    """`2026-05-10`, `10 may`, `may 10`, `10/5`: the next such date from today."""
    iso = re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", words)
    numbers = re.fullmatch(r"(\d{1,2})/(\d{1,2})", words)
    named = re.fullmatch(
        r"(\d{1,2})(?:st|nd|rd|th)? ([a-z]+)|([a-z]+) (\d{1,2})(?:st|nd|rd|th)?", words
    )
    try:
        if iso:
            return date(int(iso.group(1)), int(iso.group(2)), int(iso.group(3)))
        if numbers:
            return _upcoming(today, int(numbers.group(2)), int(numbers.group(1)))
        if named:
            day, month = (named.group(1), named.group(2)) if named.group(1) else named.group(4, 3)
            if month[:3] in _MONTHS:
                return _upcoming(today, _MONTHS.index(month[:3]) + 1, int(day))
    except ValueError:  # 31 June, month 13
        return None
    return None


def _upcoming(today: date, month: int, day: int) -> date:
    this_year = date(today.year, month, day)
    return this_year if this_year >= today else date(today.year + 1, month, day)


def _next_clock(local: datetime, moment: time, zone: ZoneInfo) -> datetime:
    when = _at(local.date(), moment, zone)
    return when if when > local else _at(local.date() + timedelta(days=1), moment, zone)


def _at(day: date, moment: time, zone: ZoneInfo) -> datetime:
    return datetime.combine(day, moment, tzinfo=zone).astimezone(ZoneInfo("UTC"))


# -- the words of the language being spoken, as English ------------------------------------


def fold(text: str) -> str:
    """Text as it is compared: lower case, without accents (people type "miercoles",
    "piatek"), Arabic digits as 0-9, commas as spaces, blanks as one."""
    text = unicodedata.normalize("NFKD", text.lower().translate(_DIGITS))
    text = "".join(c for c in text if not unicodedata.combining(c)).replace("ł", "l")
    return " ".join(text.replace(",", " ").replace("،", " ").split())


def _in_english(text: str) -> str:
    """`text` folded, the words of the language being spoken replaced by English ones."""
    folded = fold(text)
    lang = language()
    if lang == SOURCE:
        return folded
    found, units = _vocabulary(lang)
    folded = units.sub(lambda m: " " + found[m.group(1)], folded)  # "3j", "2 horas"
    return " ".join(found.pattern.sub(lambda m: f" {found[m.group(1)]} ", folded).split())


class _Found(dict[str, str]):
    """Words of a language (folded) and what they are in English, with one pattern that
    finds any of them (the longest first)."""

    pattern: re.Pattern[str]


@cache
def _vocabulary(lang: str) -> tuple[_Found, re.Pattern[str]]:
    """The words of `lang` for moments and durations, each with its English."""
    found = _Found()
    with speaking(lang):
        lists = {
            "today": texts.WHEN_TODAY, "tonight": texts.WHEN_TONIGHT,
            "tomorrow": texts.WHEN_TOMORROW, "next": texts.WHEN_NEXT, "at": texts.WHEN_AT,
            "in": texts.WHEN_IN, "": texts.WHEN_FILLERS,
        }  # fmt: skip
        units = {"minutes": texts.WHEN_MINUTES, "hours": texts.WHEN_HOURS,
                 "days": texts.WHEN_DAYS, "weeks": texts.WHEN_WEEKS}  # fmt: skip
        weekdays = [fold(w) for w in texts.WHEN_WEEKDAYS.split(",")]
    for english, said in [*lists.items(), *units.items()]:
        for word in words(said):
            found[fold(word)] = english
    for n, name in enumerate(weekdays):
        found[name] = _DAYS[n % 7]
    names: dict[str, set[str]] = {}
    for width in ("wide", "abbreviated"):
        for context in ("format", "stand-alone"):
            for n, name in get_day_names(width, context, lang).items():
                names.setdefault(fold(name).rstrip("."), set()).add(_DAYS[n])
            for n, name in get_month_names(width, context, lang).items():
                names.setdefault(fold(name).rstrip("."), set()).add(_MONTHS[n - 1])
    for name, meanings in names.items():
        if len(meanings) == 1:  # "mar": Tuesday or March in Spanish, so neither
            found.setdefault(name, meanings.pop())
    alternatives = "|".join(re.escape(w) for w in sorted(found, key=len, reverse=True) if w)
    found.pattern = re.compile(rf"(?<!\w)({alternatives})\.?(?!\w)")
    unit_words = "|".join(re.escape(fold(w)) for said in units.values() for w in words(said))
    by_unit = {fold(w): english for english, said in units.items() for w in words(said)}
    found.update({k: v for k, v in by_unit.items() if k not in found})
    return found, re.compile(rf"(?<=\d)\s*({unit_words})(?!\w)")
