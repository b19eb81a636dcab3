"""Who reads which language.

`language_of` says which language a member reads: among those their session offers (the
flow's, or those chosen at /newsession), theirs (chosen with /language, else Telegram's when
they first wrote), else the language Telegram says they use now, else the session's first;
without a session, theirs.

The bot's own words (the catalogues, `texts.i18n`) follow the same rule, limited to the
languages shipped (`reader_language`): the use-case runner speaks the actor's language for
the whole call (`actor_language`); whatever a use case writes for someone else (a poll, a
reminder, a broadcast, a notice, a result) it writes inside `speaking_to(ctx, member)`, in
that person's language (in the session's, when the session is given)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from dialogs import Flow
from dialogs.languages import match
from storage import members as member_store
from storage import sessions
from storage.models import CoSession, Member, id_of
from texts.i18n import SOURCE, language, shipped, speaking

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


def reader_language(
    ctx: Ctx,
    member: Member | None,
    telegram: str | None = None,
    *,
    cosession: CoSession | None = None,
    flow: Flow | None = None,
) -> str:
    """The language of the bot's own words for `member`: `language_of` if the bot speaks
    it, else theirs or their app's if it does, else English."""
    if member is None:
        return shipped(telegram) or SOURCE
    if telegram is None and ctx.actor.telegram_id == member.telegram_id and not ctx.actor.system:
        telegram = ctx.actor.language
    spoken = language_of(ctx, member, telegram, cosession=cosession, flow=flow)
    return shipped(spoken) or shipped(member.language) or shipped(telegram) or SOURCE


def actor_language(ctx: Ctx, cosession: CoSession | None = None) -> str:
    """The language of whoever acts (in their active session, or `cosession`: the one
    resolved there); for the engagement loop and the command line, the one spoken already
    (English, unless the command line was asked for another)."""
    if ctx.actor.system:
        return language()
    member = ctx.known_member()
    if cosession is None and member is not None and member.active_session_id is not None:
        cosession, _ = sessions.session_and_participation(  # the session's language; the
            db=ctx.db, session_id=member.active_session_id, member_id=id_of(member)
        )  # member's place in it is kept for the turn (`storage.memo`)
    return reader_language(ctx, member, ctx.actor.language, cosession=cosession)


def person_language(ctx: Ctx, telegram_id: int) -> str:
    """The language of someone known only by their Telegram id (a team member, a staff
    member told of something)."""
    if telegram_id == ctx.actor.telegram_id and not ctx.actor.system:
        return actor_language(ctx)
    return reader_language(ctx, member_store.get_member(db=ctx.db, telegram_id=telegram_id))


def languages_of(
    ctx: Ctx, member_ids: set[int | None], cosession: CoSession | None = None
) -> dict[int, str]:
    """The language of each of these members, by member id (read in one query)."""
    found = member_store.members_by_id(db=ctx.db, member_ids=member_ids)
    flow = ctx.services.flows.of_session(ctx.db, cosession) if cosession is not None else None
    return {
        member_id: reader_language(ctx, member, cosession=cosession, flow=flow)
        for member_id, member in found.items()
    }


def group_language(ctx: Ctx, cosession: CoSession) -> str:
    """The language of what a session posts in its community's group: its first."""
    flow = ctx.services.flows.of_session(ctx.db, cosession)
    return shipped(session_languages(cosession, flow)[0]) or SOURCE


@contextmanager
def speaking_to(
    ctx: Ctx, member: Member | None, cosession: CoSession | None = None
) -> Iterator[str]:
    """Texts read inside are in `member`'s language (in `cosession`, if given)."""
    with speaking(reader_language(ctx, member, cosession=cosession)) as lang:
        yield lang


@contextmanager
def speaking_to_person(ctx: Ctx, telegram_id: int) -> Iterator[str]:
    with speaking(person_language(ctx, telegram_id)) as lang:
        yield lang
