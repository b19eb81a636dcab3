"""Organiser polls: making one (`launch`, from /poll or its guided form in
`usecases.pollform`), results, closing, and linking a community's group chat. Ballots are
`usecases.ballots`; what a closing poll tells whom is `usecases.closing`."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

import texts.organisers
import texts.polls
from dialogs.polls import PollError, PollSpec
from storage import audience, polls, sessions
from storage.models import CoSession, Kind, Poll, id_of
from texts.i18n import speaking
from usecases import segments
from usecases.access import may, session_in_reach
from usecases.audit import note
from usecases.cards import poll_message
from usecases.closing import announce_results, results_for
from usecases.context import Ctx, Out
from usecases.engagement import zone_of
from usecases.languages import group_language, language_of
from usecases.numbered import find_poll
from usecases.roles import Role


def error_text(error: PollError) -> str:
    return texts.polls.POLL_ERRORS[error.reason].format(**error.details)


@dataclass(frozen=True)
class Nobody:
    """A poll not made: nobody in the session can get it now (the organiser is asked)."""

    cosession: CoSession
    closes_at: datetime | None
    why: dict[str, int]  # joined, agreed, paused, opted_out, blocked


def launch(ctx: Ctx, spec: PollSpec, *, anyway: bool = False) -> Poll | Nobody | None:
    """Create the poll and queue it for every member who may be messaged, and the group.
    If nobody can get it, it is not made (unless `anyway`): the caller asks. None: refused,
    and the organiser was told why."""
    cosession = session_in_reach(ctx, spec.code, Role.ORGANISER, command="/poll")
    if cosession is None:
        return None
    if cosession.status != "open":
        ctx.say(
            texts.polls.POLL_NOT_OPEN_SESSION.format(
                title=cosession.title, status=texts.organisers.STATUS[cosession.status]
            )
        )
        return None
    closes_at = spec.closes_at or (ctx.now + spec.closes_in if spec.closes_in else None)
    target = segments.target(ctx, cosession, spec.segment)
    if spec.segment is not None and target is None:
        return None  # said which segments there are
    members = segments.reachable_in(ctx, cosession, spec.segment)
    # a poll for one segment goes to its members alone, never to the group chat
    group = sessions.group_chat_of(db=ctx.db, cosession=cosession) if target is None else None
    if not members and not group and not anyway:
        why = audience.why_unreachable(db=ctx.db, session_id=id_of(cosession))
        return Nobody(cosession, closes_at, why)
    made = polls.create_poll(
        db=ctx.db,
        session_id=id_of(cosession),
        question=spec.question,
        options=spec.options,
        multiple=spec.multiple,
        anonymous=spec.anonymous,
        created_by=ctx.actor.telegram_id,
        closes_at=closes_at,
        now=ctx.now,
        live_counts=not spec.anonymous or spec.live,
    )
    aimed = {"segment": target.name} if target is not None else {}
    note(ctx, cosession.id, "polled", poll=made.number, **aimed)
    chats = [(m.telegram_id, m.id, zone_of(ctx, m), language_of(ctx, m)) for m in members]
    if group:
        chats.append((group, None, ctx.services.default_zone, group_language(ctx, cosession)))
    _send_copies(ctx, made, cosession, chats)
    if chats and target is not None:
        ctx.say(
            texts.polls.POLL_CREATED_TO.format(
                id=made.number, code=cosession.join_code, members=len(members), name=target.name
            )
        )
    elif chats:
        group_too = texts.polls.POLL_GROUP if group else ""
        ctx.say(
            texts.polls.POLL_CREATED.format(
                id=made.number, code=cosession.join_code, members=len(members), group=group_too
            )
        )
    else:
        ctx.say(
            texts.polls.POLL_CREATED_FOR_NOBODY.format(id=made.number, code=cosession.join_code)
        )
    return made


def _send_copies(
    ctx: Ctx, made: Poll, cosession: CoSession, chats: list[tuple[int, int | None, Any, str]]
) -> None:
    """The poll, with its buttons, to each (chat, member, time zone, language) (member
    None: the group); its closing time on each reader's clock, in their language."""
    options = polls.poll_options(db=ctx.db, poll_id=id_of(made))
    cards: dict[tuple[Any, str], Out] = {}
    for chat_id, member_id, zone, lang in chats:
        if (zone, lang) not in cards:
            with speaking(lang):
                card = poll_message(made, options, set(), ctx.now, cosession.title, zone)
            cards[zone, lang] = card
        ctx.send(
            cards[zone, lang].but(
                chat_id=chat_id,
                kind=Kind.POLL,
                session_id=cosession.id,
                member_id=member_id,
                ref_id=made.id,
                dedupe_key=f"poll:{made.id}:{chat_id}",
            )
        )


def _poll_from_args(ctx: Ctx, args: str, command: str, *roles: Role) -> Poll | None:
    """The poll named (`[code] <number>`), if the actor holds one of `roles` in its session
    (one line if not, and the same whether the poll exists or is another team's)."""
    found = find_poll(ctx, args, *roles, command=command)
    if found is None:
        return None
    if found.rest:
        ctx.say(texts.polls.POLL_USAGE_ID.format(command=command))
        return None
    return found.item


def results(ctx: Ctx, args: str) -> None:
    """/results [code] <number>: counts, and for polls that are not anonymous, who chose what."""
    found = _poll_from_args(ctx, args, "/results", Role.ORGANISER, Role.COORDINATOR)
    if found is not None:
        note(ctx, found.session_id, "read_results", poll=found.number)
        ctx.say(results_for(ctx, found, with_names=True))


def close(ctx: Ctx, args: str) -> None:
    """/closepoll [code] <number>: close a poll now and announce its results."""
    found = _poll_from_args(ctx, args, "/closepoll", Role.ORGANISER)
    if found is None:
        return
    if not polls.close_poll(db=ctx.db, poll_id=id_of(found), now=ctx.now):
        ctx.say(texts.polls.POLL_ALREADY_CLOSED.format(id=found.number))
        return
    note(ctx, found.session_id, "poll_closed", poll=found.number)
    ctx.db.refresh(found)
    announce_results(ctx, found, told=ctx.actor.telegram_id)
    ctx.say(results_for(ctx, found, with_names=True))


def close_due(ctx: Ctx) -> int:
    """The engagement loop: close the polls whose closing time has passed; each is closed
    (and announced) once, whichever process or tick gets there first."""
    closed = 0
    for poll_id in polls.due_poll_ids(db=ctx.db, now=ctx.now):
        if polls.close_poll(db=ctx.db, poll_id=poll_id, now=ctx.now):
            found = polls.get_poll(db=ctx.db, poll_id=poll_id)
            assert found is not None, poll_id  # close_poll has just closed it
            note(ctx, found.session_id, "poll_due", poll=found.number)
            ctx.db.refresh(found)
            announce_results(ctx, found)
            closed += 1
    return closed


def link_group(ctx: Ctx, args: str) -> None:
    """/linkgroup <code>, sent in a group chat: link it to a session's community. A group
    another team linked stays theirs until one of them links it elsewhere."""
    ctx.member()
    words = args.split()
    if ctx.actor.private:
        ctx.say(texts.polls.LINKGROUP_PRIVATE)
        return
    if len(words) != 1:
        ctx.say(texts.polls.LINKGROUP_USAGE)
        return
    cosession = session_in_reach(ctx, words[0], Role.ORGANISER, command="/linkgroup")
    if cosession is None:
        return
    linked = sessions.sessions_linked_to(db=ctx.db, chat_id=ctx.actor.chat_id)
    if linked and not any(may(ctx, other, Role.ORGANISER) for other in linked):
        ctx.say(texts.polls.LINKGROUP_TAKEN)
        return
    sessions.link_group(db=ctx.db, cosession=cosession, chat_id=ctx.actor.chat_id)
    note(ctx, cosession.id, "linked_group", chat=ctx.actor.chat_id)
    ctx.say(texts.polls.LINKED.format(title=cosession.title))
