"""Organiser polls, pure: the /poll command, its checks, and tallies (the guided form is
`dialogs.pollform`)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from dialogs.durations import parse_duration
from dialogs.when import read_when

MIN_OPTIONS, MAX_OPTIONS = 2, 10
MAX_QUESTION, MAX_OPTION = 300, 100
MIN_CLOSE, MAX_CLOSE = timedelta(minutes=1), timedelta(days=60)
_DAY = r"(?:today|tonight|tomorrow|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?)"
_TIME = r"(?:at\s+)?\d{1,2}(?:[:.]\d{2})?(?:\s?[ap]m)?"
_FLAG = re.compile(  # --closes takes one word, or a day and a time ("friday 18:00")
    rf"(?<!\S)--(?:(multi|anonymous|live)|(closes|to)"
    rf"(?:[ =]({_DAY}(?:\s+{_TIME})?(?!\S)|[^\s-]\S*))?)(?!\S)",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class PollSpec:
    code: str
    question: str
    options: tuple[str, ...]
    multiple: bool = False
    anonymous: bool = False
    closes_in: timedelta | None = None  # a duration: from when the poll is made
    live: bool = False  # an anonymous poll shows its counts while open (they hide otherwise)
    closes_at: datetime | None = None  # a moment ("friday 18:00"), in UTC
    segment: str | None = None  # only to the members of this segment (`--to NAME`)


class PollError(ValueError):
    """Why a poll cannot be made; `reason` is a key the shell turns into a friendly text."""

    def __init__(self, reason: str, **details: object) -> None:
        super().__init__(reason)
        self.reason, self.details = reason, details


def parse_poll_command(
    args: str, now: datetime | None = None, zone: ZoneInfo | None = None
) -> PollSpec:
    """`<code> <question> | <option> | <option> ... [--multi] [--anonymous] [--live]
    [--closes 2h | --closes friday 18:00] [--to NAME]`; a moment is read in `zone` (given
    `now`)."""
    flags: dict[str, str | None] = {}

    def take(match: re.Match[str]) -> str:
        flags[(match.group(1) or match.group(2)).lower()] = match.group(3)
        return " "

    rest = _FLAG.sub(take, args).strip()
    if "closes" in flags and flags["closes"] is None:
        raise PollError("closes_missing")
    if "to" in flags and flags["to"] is None:
        raise PollError("to_missing")
    code, _, body = rest.partition(" ")
    parts = [p.strip() for p in body.split("|")]
    if not code or len(parts) < 2:
        raise PollError("usage")
    closes, closes_at = None, None
    if closes_text := flags.get("closes"):
        closes = _duration(closes_text)
        if closes is None:
            closes_at = check_closes(closes_text, now, zone or ZoneInfo("UTC"))
    return PollSpec(
        code=code.lower(),
        question=check_question(parts[0]),
        options=check_options(parts[1:]),
        multiple="multi" in flags,
        anonymous="anonymous" in flags,
        closes_in=closes,
        live="live" in flags,
        closes_at=closes_at,
        segment=(flags.get("to") or "").lower() or None,
    )


def check_question(text: str) -> str:
    text = " ".join(text.split())
    if not text:
        raise PollError("question_empty")
    if len(text) > MAX_QUESTION:
        raise PollError("question_long", limit=MAX_QUESTION)
    return text


def check_options(options: Iterable[str]) -> tuple[str, ...]:
    cleaned = check_each_option(options)
    if not MIN_OPTIONS <= len(cleaned) <= MAX_OPTIONS:
        raise PollError("option_count", low=MIN_OPTIONS, high=MAX_OPTIONS)
    return cleaned


def check_each_option(options: Iterable[str]) -> tuple[str, ...]:
    cleaned = tuple(" ".join(o.split()) for o in options)
    if any(not o for o in cleaned):
        raise PollError("option_empty")
    if any(len(o) > MAX_OPTION for o in cleaned):
        raise PollError("option_long", limit=MAX_OPTION)
    if len({o.casefold() for o in cleaned}) != len(cleaned):
        raise PollError("option_duplicate")
    return cleaned


def _duration(text: str) -> timedelta | None:
    try:
        delta = parse_duration(text)
    except ValueError:
        return None
    if not MIN_CLOSE <= delta <= MAX_CLOSE:
        raise PollError("closes_range")
    return delta


def check_closes(text: str, now: datetime | None, zone: ZoneInfo) -> datetime:
    """When a poll closes, as the organiser wrote it (a duration or a moment in their zone):
    between a minute and 60 days from now."""
    when = read_when(text, now, zone) if now is not None else None
    if when is None or now is None:
        raise PollError("closes_bad", given=text[:40])
    check_moment(when, now)
    return when


def check_moment(when: datetime, now: datetime) -> None:
    if when <= now:
        raise PollError("closes_past")
    if not MIN_CLOSE <= when - now <= MAX_CLOSE:
        raise PollError("closes_range")


# -- results ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class OptionResult:
    text: str
    votes: int
    share: float  # of voters, 0..1


def tally(options: list[str], counts: dict[int, int], voters: int) -> list[OptionResult]:
    """Counts per option (by position), with each option's share of voters."""
    return [
        OptionResult(text, counts.get(i, 0), counts.get(i, 0) / voters if voters else 0.0)
        for i, text in enumerate(options, start=1)
    ]
