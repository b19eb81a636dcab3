"""Who reads which language. The use-case runner speaks the actor's language for the whole
call (`actor_language`); whatever a use case writes for someone else (a poll, a reminder, a
broadcast, a notice, a result) it writes inside `speaking_to(ctx, member)`, in that
person's language. One rule, `language_of`: the language stored for the member if it is
one the bot speaks, else the one their Telegram app reports if the bot speaks it, else
English."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from storage import members as member_store
from storage.models import CoSession, Member
from texts.i18n import SOURCE, language, shipped, speaking
from usecases.context import Ctx


def language_of(ctx: Ctx, member: Member | None, telegram: str | None = None) -> str:
    """The language to write to `member` in (`telegram`: the language their app reports,
    when known)."""
    stored = shipped(member.language) if member is not None else None
    return stored or shipped(telegram) or SOURCE


def actor_language(ctx: Ctx) -> str:
    """The language of whoever acts; for the engagement loop and the command line, the one
    spoken already (English, unless the command line was asked for another)."""
    if ctx.actor.system:
        return language()
    return language_of(ctx, ctx.known_member(), ctx.actor.language)


def person_language(ctx: Ctx, telegram_id: int) -> str:
    """The language of someone known only by their Telegram id (a team member, a staff
    member told of something)."""
    if telegram_id == ctx.actor.telegram_id and not ctx.actor.system:
        return actor_language(ctx)
    return language_of(ctx, member_store.get_member(db=ctx.db, telegram_id=telegram_id))


def languages_of(ctx: Ctx, member_ids: set[int | None]) -> dict[int, str]:
    """The language of each of these members, by member id (read in one query)."""
    found = member_store.members_by_id(db=ctx.db, member_ids=member_ids)
    return {member_id: language_of(ctx, member) for member_id, member in found.items()}


def group_language(ctx: Ctx, cosession: CoSession) -> str:
    """The language of what a session posts in its community's group: its flow's."""
    flow = ctx.services.flows.of_session(ctx.db, cosession)
    return shipped(flow.language if flow is not None else None) or SOURCE


@contextmanager
def speaking_to(ctx: Ctx, member: Member | None) -> Iterator[str]:
    """Texts read inside are in `member`'s language."""
    with speaking(language_of(ctx, member)) as lang:
        yield lang


@contextmanager
def speaking_to_person(ctx: Ctx, telegram_id: int) -> Iterator[str]:
    with speaking(person_language(ctx, telegram_id)) as lang:
        yield lang
