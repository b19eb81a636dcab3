"""A person's own commands outside the flow: /help, /pause, /resume, /timezone, blocking
the bot."""

from __future__ import annotations

from zoneinfo import ZoneInfo

import texts.commands
import texts.members
from storage import members as member_store
from storage.models import Member
from usecases import engagement, zones
from usecases.access import Denied, Place, Refusal, place_of, refuse
from usecases.actions import HelpButton, TimezoneButton
from usecases.answer import show_current
from usecases.catchup import catch_up
from usecases.commands import help_text
from usecases.context import Ctx, Out
from usecases.times import local_time


def show_help(ctx: Ctx, args: str = "") -> None:
    """What this person may do, by role: each command's name and a few words, with a
    button for how each is written (`/help all`: that at once). Their command menu is set
    again."""
    roles = ctx.roles()
    ctx.member()
    if roles:
        ctx.menus.add(ctx.actor.telegram_id)
    full = args.strip().lower() == "all"
    text = help_text(ctx.services.commands, roles, ctx.global_roles(), full=full)
    more = ((texts.commands.HELP_MORE, HelpButton(True)),)
    ctx.say(Out(text) if full else Out(text, (more,)))


def help_tap(ctx: Ctx, action: HelpButton) -> None:
    """ "Usage and details": the list, now with how each command is written."""
    ctx.edit(Out(help_text(ctx.services.commands, ctx.roles(), ctx.global_roles(), full=True)))


def pause(ctx: Ctx) -> None:
    """Stop everything that is not a reply to them until /resume."""
    member = ctx.member()
    place_of(ctx, consented=False, open_only=False)  # for the transcript
    ctx.say(texts.members.ALREADY_PAUSED if member.paused else texts.members.PAUSED)
    member_store.set_paused(db=ctx.db, member=member, paused=True)


def resume(ctx: Ctx) -> None:
    """Back on, and the waiting question again."""
    member = ctx.member()
    was_paused = member.paused
    member_store.set_paused(db=ctx.db, member=member, paused=False)
    said = texts.members.RESUMED if was_paused else texts.members.NOT_PAUSED
    place = place_of(ctx)
    if not isinstance(place, Place):
        ctx.say(said)
        return
    away = catch_up(ctx, place)
    ctx.say(f"{said}\n\n{away}" if away else said)
    question = show_current(ctx, place)
    if question is not None and was_paused:  # reminders start over from here
        engagement.plan(ctx, place, answered=None, waiting=question.step_id)


def block_changed(ctx: Ctx, *, blocked: bool) -> None:
    """The member blocked (or unblocked) the bot in their private chat."""
    ctx.member()
    member_store.set_blocked(db=ctx.db, telegram_id=ctx.actor.telegram_id, blocked=blocked)


def set_timezone(ctx: Ctx, typed: str) -> None:
    """/timezone [city or zone]: the zone quiet hours are kept in; buttons for the common
    zones of the member's language, or any IANA zone name or city typed."""
    member = ctx.member()
    current = member.timezone or ctx.services.default_zone.key
    if not typed:
        rows = tuple(
            ((zone.replace("_", " "), TimezoneButton(zones.OFFERED.index(zone))),)
            for zone in zones.offered_for(member.language, current)
            if zone in zones.OFFERED
        )
        ctx.say(
            Out(texts.members.TIMEZONE_ASK.format(zone=current, time=_local(ctx, current)), rows)
        )
        return
    zone = zones.resolve(typed)
    if zone is None:
        ctx.say(texts.members.TIMEZONE_UNKNOWN.format(typed=typed[:60]))
        return
    _choose(ctx, member, zone)


def choose_timezone(ctx: Ctx, action: TimezoneButton) -> None:
    """A tap on one of the offered zones."""
    if not 0 <= action.zone < len(zones.OFFERED):
        refuse(ctx, Refusal(Denied.STALE))
        return
    _choose(ctx, ctx.member(), zones.OFFERED[action.zone])


def _choose(ctx: Ctx, member: Member, zone: str) -> None:
    member_store.set_timezone(db=ctx.db, member=member, zone=zone)
    text = texts.members.TIMEZONE_SET.format(zone=zone, time=_local(ctx, zone))
    if ctx.tap:
        ctx.toast = text.split("\n")[0]
        ctx.edit(Out(text))
    else:
        ctx.say(text)


def _local(ctx: Ctx, zone: str) -> str:
    return local_time(ctx.now, ZoneInfo(zone), clock=True)
