"""Which language a member reads: among those their session offers (the flow's, or those
chosen at /newsession), theirs (chosen with /language, else Telegram's when they first
wrote), else the language Telegram says they use now, else the session's first."""

from __future__ import annotations

from typing import TYPE_CHECKING

from dialogs import Flow
from dialogs.languages import match
from storage.models import CoSession, Member

if TYPE_CHECKING:
    from usecases.context import Ctx


def session_languages(cosession: CoSession, flow: Flow | None) -> tuple[str, ...]:
    """The languages the session offers, its first the default: those chosen when it was
    made that its flow has, else all its flow's."""
    declared = flow.languages if flow is not None else ("en",)
    chosen = [code for code in (cosession.languages or "").split(",") if code in declared]
    return tuple(chosen) or declared


def language_of(
    ctx: Ctx,
    member: Member,
    telegram: str | None = None,
    *,
    cosession: CoSession | None = None,
    flow: Flow | None = None,
) -> str:
    """The language `member` reads in `cosession` (`flow`: the session's, if at hand);
    without a session, theirs. `telegram`: the language their app reports (the actor's,
    when they act, if not given)."""
    if telegram is None and ctx.actor.telegram_id == member.telegram_id:
        telegram = ctx.actor.language
    if cosession is None:
        return member.language or telegram or "en"
    if flow is None:
        flow = ctx.services.flows.of_session(ctx.db, cosession)
    offered = session_languages(cosession, flow)
    return match(member.language, offered) or match(telegram, offered) or offered[0]
