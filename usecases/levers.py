"""Organisers' levers on the engagement loop: /nudge to remind now those who have not
finished the questions (or not voted in a poll); /broadcast is in `usecases.broadcast`."""

from __future__ import annotations

import uuid
from collections.abc import Collection
from dataclasses import dataclass
from typing import Any

import texts.organisers
import texts.polls
import texts.segments
import texts.targeting
from dialogs.engagement import DAY, REMINDER, deliverable_at
from dialogs.models import Engagement
from storage import audience, polls, reprompts, teams
from storage import segments as segment_store
from storage.models import CoSession, Member, Poll, id_of
from usecases import holdouts, segments, tovote
from usecases.access import session_in_reach
from usecases.audit import note
from usecases.cards import poll_message
from usecases.context import Ctx
from usecases.engagement import zone_of
from usecases.languages import speaking_to
from usecases.parsing import parse_id
from usecases.picking import offer
from usecases.received import received
from usecases.roles import Role
from usecases.times import local_time


def broadcasts_capped(ctx: Ctx, cosession: CoSession) -> bool:
    """A session broadcasts at most its flow's daily cap in 24 hours (each is a message to
    every member); True, having said when the next may go, if it has."""
    flow = ctx.services.flows.of_session(ctx.db, cosession)
    cap = (flow.engagement if flow is not None else Engagement()).daily_cap
    sent = teams.times_of(
        db=ctx.db, session_id=id_of(cosession), action="broadcast", since=ctx.now - DAY
    )
    if len(sent) < cap:
        return False
    free = local_time(sent[-cap] + DAY, zone_of(ctx, ctx.member()))
    ctx.say(texts.organisers.BROADCAST_CAPPED.format(title=cosession.title, cap=cap, at=free))
    return True


@dataclass(frozen=True)
class Whom:
    """Whom a nudge may reach: a segment's members (`among`, a condition of
    `storage.segments`), these members alone (`only`), or (neither) everyone."""

    among: Any | None = None
    only: Collection[int] | None = None
    segment: str | None = None  # its name, for the audit


def nudge(ctx: Ctx, args: str) -> None:
    """/nudge <code> [poll number | votes] [--to NAME]: remind now the members (of the
    segment) who have not finished the flow, or not voted in that poll, or (votes) who
    finished and have proposals left to vote on (quiet hours and the daily cap still
    apply)."""
    read = segments.read_to(args)
    if read is None:
        ctx.say(texts.segments.TO_MISSING)
        return
    args, name = read
    held = holdouts.read_holdout(args)
    if isinstance(held, str):
        ctx.say(held)
        return
    args, percent = held
    words = args.split()
    if not words:
        offer(ctx, "nudge")
        return
    if percent is not None and name is None:
        ctx.say(texts.targeting.HOLDOUT_NEEDS_SEGMENT)
        return
    votes = len(words) == 2 and words[1].casefold() == "votes"
    number = parse_id(words[1]) if len(words) == 2 and not votes else None
    if len(words) not in (1, 2) or (len(words) == 2 and number is None and not votes):
        ctx.say(texts.organisers.NUDGE_USAGE)
        return
    cosession = open_session(ctx, words[0], "/nudge")
    if cosession is None:
        return
    target = segments.target(ctx, cosession, name)
    if name is not None and target is None:
        return
    whom = Whom() if target is None else Whom(target.condition, segment=target.name)
    if percent is not None and target is not None:
        _holding_out(ctx, cosession, whom, percent, votes=votes, number=number)
    elif votes:
        nudge_votes(ctx, cosession, whom)
    elif number is None:
        nudge_flow(ctx, cosession, whom)
    else:
        nudge_poll(ctx, cosession, number, whom)


def _holding_out(
    ctx: Ctx, cosession: CoSession, whom: Whom, percent: int, *, votes: bool, number: int | None
) -> None:
    """The nudge to the segment less a random `percent` of those it would remind, recorded
    to compare (`usecases.holdouts`)."""
    sid, segment = id_of(cosession), whom.segment or ""

    def only(ids: list[int]) -> Whom:
        return Whom(whom.among, only=ids, segment=whom.segment)

    if votes:
        assert whom.among is not None  # a holdout is of a segment
        inside = segment_store.member_ids(db=ctx.db, session_id=sid, condition=whom.among)
        eligible = [id_of(m) for m in tovote.waiting(ctx, cosession, only=inside)]
        lever, send = "nudge_votes", lambda ids: nudge_votes(ctx, cosession, only(ids))
    elif number is None:
        waiting = audience.unfinished(db=ctx.db, session_id=sid, among=whom.among)
        eligible = [id_of(m) for m, _ in waiting]
        lever, send = "nudge", lambda ids: nudge_flow(ctx, cosession, only(ids))
    else:
        poll = polls.by_number(db=ctx.db, session_id=sid, number=number)
        if poll is None or poll.status != "open":
            nudge_poll(ctx, cosession, number, whom)  # says why not
            return
        eligible = [id_of(m) for m in _not_voted(ctx, cosession, poll, whom)]
        lever, send = "nudge_poll", lambda ids: nudge_poll(ctx, cosession, number, only(ids))
    holdouts.nudge_holding_out(
        ctx, cosession, lever=lever, segment=segment, percent=percent, eligible=eligible, send=send
    )


def _audited(whom: Whom) -> dict[str, Any]:
    return {"segment": whom.segment} if whom.segment else {}


def nudge_flow(ctx: Ctx, cosession: CoSession, whom: Whom = Whom()) -> None:
    """Remind now those (of `whom`) who may be messaged and have not finished the flow."""
    waiting = audience.unfinished(
        db=ctx.db, session_id=id_of(cosession), among=whom.among, only=whom.only
    )
    if not waiting:
        ctx.say(texts.organisers.NUDGE_NOBODY.format(title=cosession.title))
        return
    tag = uuid.uuid4().hex[:12]
    for member, step in waiting:
        reprompts.hold(
            db=ctx.db,
            session_id=id_of(cosession),
            member_id=id_of(member),
            chat_id=member.telegram_id,
            step_id=step,
            kind=REMINDER,
            attempt=0,  # outside the flow's own series, which goes on after it
            due_at=ctx.now,
            now=ctx.now,
            key=f"nudge:{tag}:{member.id}",
        )
    note(ctx, cosession.id, "nudged", members=len(waiting), **_audited(whom))
    later = _later(ctx, cosession, [m for m, _ in waiting])
    said = texts.organisers.NUDGED.format(n=len(waiting), title=cosession.title) + later
    ctx.say("\n".join([said, *received(ctx, cosession, waiting)]))


def nudge_votes(ctx: Ctx, cosession: CoSession, whom: Whom = Whom()) -> None:
    """Remind now those (of `whom`) who finished and have proposals left to vote on."""
    only = whom.only
    if whom.among is not None:
        inside = segment_store.member_ids(
            db=ctx.db, session_id=id_of(cosession), condition=whom.among
        )
        only = inside if only is None else [m for m in inside if m in set(only)]
    reminded = tovote.nudge(ctx, cosession, only=only)
    if not reminded:
        ctx.say(texts.organisers.NUDGE_VOTES_NOBODY.format(title=cosession.title))
        return
    note(ctx, cosession.id, "nudged_votes", members=len(reminded), **_audited(whom))
    later = _later(ctx, cosession, reminded)
    ctx.say(texts.organisers.NUDGED_VOTES.format(n=len(reminded), title=cosession.title) + later)


def nudge_poll(ctx: Ctx, cosession: CoSession, number: int, whom: Whom = Whom()) -> None:
    """Remind now those (of `whom`) who got poll `number` and have not voted in it."""
    poll = polls.by_number(db=ctx.db, session_id=id_of(cosession), number=number)
    if poll is None:
        ctx.say(texts.polls.NO_SUCH_POLL.format(id=number))
        return
    if poll.status != "open":
        ctx.say(texts.polls.POLL_ALREADY_CLOSED.format(id=number))
        return
    silent = _not_voted(ctx, cosession, poll, whom)
    if not silent:
        ctx.say(texts.organisers.NUDGE_POLL_NOBODY.format(id=number))
        return
    options = polls.poll_options(db=ctx.db, poll_id=id_of(poll))
    tag = uuid.uuid4().hex[:12]
    for member in silent:
        with speaking_to(ctx, member):
            card = poll_message(
                poll, options, set(), ctx.now, cosession.title, zone_of(ctx, member)
            )
            reminder = texts.organisers.POLL_REMINDER
            if poll.anonymous:
                reminder = texts.organisers.POLL_REMINDER_ANONYMOUS
            text = reminder.format(title=cosession.title, poll=card.text)
        ctx.send(
            card.but(
                text=text,
                chat_id=member.telegram_id,
                kind=REMINDER,
                session_id=cosession.id,
                member_id=member.id,
                ref_id=poll.id,
                dedupe_key=f"pollnudge:{tag}:{member.id}",
            )
        )
    note(ctx, cosession.id, "nudged_poll", members=len(silent), poll=poll.number, **_audited(whom))
    later = _later(ctx, cosession, silent)
    said = (
        texts.organisers.NUDGED_POLL_ANONYMOUS if poll.anonymous else texts.organisers.NUDGED_POLL
    )
    told = said.format(n=len(silent), id=poll.number) + later
    shown = [] if poll.anonymous else received(ctx, cosession, [(m, None) for m in silent])
    ctx.say("\n".join([told, *shown]))


def _not_voted(ctx: Ctx, cosession: CoSession, poll: Poll, whom: Whom) -> list[Member]:
    """Who to remind: those (of `whom`) who got the poll, can be messaged and have not
    voted; in an anonymous poll all who got it, since who has voted is nobody's to know
    (issue 18)."""
    got = audience.poll_receivers(
        db=ctx.db, poll_id=id_of(poll), session_id=id_of(cosession), among=whom.among
    )
    if whom.only is not None:
        got = [m for m in got if m.id in set(whom.only)]
    if poll.anonymous:
        return list(got)
    voted = polls.voter_keys(db=ctx.db, poll_id=id_of(poll))
    secret = ctx.services.ballot_secret
    return [
        m for m in got if polls.key_of(poll=poll, member_id=id_of(m), fallback=secret) not in voted
    ]


def _later(ctx: Ctx, cosession: CoSession, members: list[Member]) -> str:
    """How many of them must wait (their quiet hours, or the daily cap)."""
    flow = ctx.services.flows.of_session(ctx.db, cosession)
    if flow is None:
        return ""
    waiting = 0
    for member in members:
        sent = reprompts.sent_since(db=ctx.db, member_id=id_of(member), since=ctx.now - DAY)
        zone = zone_of(ctx, member)
        waiting += deliverable_at(flow.engagement, ctx.now, zone, sent) > ctx.now
    return texts.organisers.NUDGE_LATER.format(n=waiting) if waiting else ""


def open_session(ctx: Ctx, code: str, command: str) -> CoSession | None:
    cosession = session_in_reach(ctx, code, Role.ORGANISER, command=command)
    if cosession is None:
        return None
    if cosession.status != "open":
        ctx.say(
            texts.organisers.NOT_OPEN.format(
                title=cosession.title, status=texts.organisers.STATUS[cosession.status]
            )
        )
        return None
    return cosession
