"""A person's own commands outside the flow: /help, /pause, /resume, blocking the bot."""

from __future__ import annotations

from storage import members as member_store
from usecases import texts
from usecases.access import Place, place_of
from usecases.answer import show_current
from usecases.context import Ctx


def show_help(ctx: Ctx) -> None:
    """What this person may do, by role."""
    roles = ctx.roles()
    ctx.member()
    parts = [texts.HELP_MEMBER]
    if "organiser" in roles:
        parts.append(texts.HELP_ORGANISER)
    if "coordinator" in roles:
        parts.append(texts.HELP_COORDINATOR)
    ctx.say("\n\n".join(parts))


def pause(ctx: Ctx) -> None:
    """Stop everything that is not a reply to them until /resume."""
    member = ctx.member()
    place_of(ctx, consented=False, open_only=False)  # for the transcript
    ctx.say(texts.ALREADY_PAUSED if member.paused else texts.PAUSED)
    member_store.set_paused(db=ctx.db, member=member, paused=True)


def resume(ctx: Ctx) -> None:
    """Back on, and the waiting question again."""
    member = ctx.member()
    was_paused = member.paused
    member_store.set_paused(db=ctx.db, member=member, paused=False)
    ctx.say(texts.RESUMED if was_paused else texts.NOT_PAUSED)
    place = place_of(ctx)
    if isinstance(place, Place):
        show_current(ctx, place)


def block_changed(ctx: Ctx, *, blocked: bool) -> None:
    """The member blocked (or unblocked) the bot in their private chat."""
    ctx.member()
    member_store.set_blocked(db=ctx.db, telegram_id=ctx.actor.telegram_id, blocked=blocked)
