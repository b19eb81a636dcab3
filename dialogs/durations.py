"""Durations (`30s`, `10m`, `24h`, `3d`) and quiet hours (`21:00-08:00`)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import time, timedelta

from dialogs.check_texts import SaidError, said

_DURATION = re.compile(r"(\d{1,6})([smhd])")
_UNITS = {"s": "seconds", "m": "minutes", "h": "hours", "d": "days"}
_CLOCK = re.compile(r"([01]\d|2[0-3]):([0-5]\d)")


def parse_duration(text: str) -> timedelta:
    """Parse a positive duration with one unit: `30s`, `10m`, `24h`, `3d`."""
    match = _DURATION.fullmatch(text.strip()) if isinstance(text, str) else None
    if match is None:
        raise SaidError(said("BAD_DURATION", text=str(text)[:40]))
    amount = int(match.group(1))
    if amount == 0:
        raise SaidError(said("ZERO_DURATION", text=text))
    return timedelta(**{_UNITS[match.group(2)]: amount})


def format_duration(delta: timedelta) -> str:
    """The shortest unit form of a duration, the inverse of `parse_duration`."""
    seconds = int(delta.total_seconds())
    for unit, size in (("d", 86400), ("h", 3600), ("m", 60)):
        if seconds % size == 0:
            return f"{seconds // size}{unit}"
    return f"{seconds}s"


@dataclass(frozen=True)
class QuietHours:
    """A daily window in the member's local time; it may wrap past midnight."""

    start: time
    end: time

    def contains(self, moment: time) -> bool:
        moment = moment.replace(second=0, microsecond=0, tzinfo=None)
        if self.start < self.end:
            return self.start <= moment < self.end
        return moment >= self.start or moment < self.end

    def __str__(self) -> str:
        return f"{self.start:%H:%M}-{self.end:%H:%M}"


def parse_quiet_hours(text: str) -> QuietHours:
    """Parse `HH:MM-HH:MM` (24-hour clock); start and end must differ."""
    parts = text.split("-") if isinstance(text, str) else []
    clocks = [_CLOCK.fullmatch(part.strip()) for part in parts]
    if len(parts) != 2 or not all(clocks):
        raise SaidError(said("BAD_QUIET_HOURS", text=str(text)[:40]))
    start, end = (time(int(m.group(1)), int(m.group(2))) for m in clocks if m)
    if start == end:
        raise SaidError(said("QUIET_HOURS_SAME", text=text))
    return QuietHours(start, end)
