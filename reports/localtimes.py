"""Times in files people open in a spreadsheet: `2026-12-03 14:05:00`, on the session's
clock, a form Excel, LibreOffice and Google Sheets read as a date and time; the zone is
named once, in the column's header (`time (Europe/Lisbon)`). JSON keeps UTC (ISO 8601,
with a Z) for machines."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, tzinfo

QUARTER = 15  # minutes: zones change their offset on a quarter hour, never between


class LocalTimes:
    """UTC (aware, or naive UTC as exports stream it) -> local wall time, to the second.
    The offset is looked up once per quarter hour of UTC, not for each of a million rows."""

    def __init__(self, zone: tzinfo) -> None:
        self.zone = zone
        self.name = str(getattr(zone, "key", None) or zone)
        self._offsets: dict[tuple[int, int, int], timedelta] = {}

    def __call__(self, at: datetime | None) -> str:
        if at is None:
            return ""
        if at.tzinfo is not None:
            at = at.astimezone(UTC).replace(tzinfo=None)
        key = (at.toordinal(), at.hour, at.minute // QUARTER)
        offset = self._offsets.get(key)
        if offset is None:
            local = at.replace(tzinfo=UTC).astimezone(self.zone)
            offset = self._offsets[key] = local.utcoffset() or timedelta()
        return (at + offset).isoformat(" ", "seconds")

    def header(self, column: str) -> str:
        """`time` -> `time (Europe/Lisbon)`."""
        return f"{column} ({self.name})"
