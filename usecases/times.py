"""Times as people read them: one style everywhere in chat, on the reader's own clock (their
/timezone, else the deployment's DEFAULT_TIMEZONE), with the zone named ("04 May 18:00
BST"), the month's name in the reader's language (Babel: "04 may 18:00", "04 maj 18:00").
Stored times are UTC; files keep UTC (ISO 8601) for machines."""

from __future__ import annotations

from datetime import UTC, datetime, tzinfo

from babel.dates import format_datetime, format_time

from texts.i18n import language, short_date
from usecases.context import Ctx
from usecases.engagement import zone_of

DAY_AND_TIME = "dd MMM HH:mm"  # CLDR patterns, one for every language
TIME = "HH:mm"


def local_time(moment: datetime, zone: tzinfo, *, clock: bool = False) -> str:
    """A moment on the clock of `zone`, its abbreviation named: "04 May 18:00 BST" (or,
    with `clock`, the hour alone: "18:00 BST")."""
    local = (moment if moment.tzinfo else moment.replace(tzinfo=UTC)).astimezone(zone)
    if clock:
        shown = format_time(local, TIME, locale=language())
    else:
        shown = format_datetime(local, DAY_AND_TIME, tzinfo=zone, locale=language())
    return f"{shown} {local.tzname() or ''}".rstrip()


def day(moment: datetime) -> str:
    """The day of a moment as stored (UTC): "04 May 2025"."""
    return short_date(moment.date())


def reader_zone(ctx: Ctx) -> tzinfo:
    """The acting person's zone, read without making them a member."""
    member = ctx.known_member()
    return zone_of(ctx, member) if member is not None else ctx.services.default_zone


def reader_time(ctx: Ctx, moment: datetime, *, clock: bool = False) -> str:
    """`moment` as the acting person reads it."""
    return local_time(moment, reader_zone(ctx), clock=clock)
