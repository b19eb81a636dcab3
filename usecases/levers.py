"""Organisers' levers on the engagement loop: /nudge to remind now those who have not
finished the questions (or not voted in a poll); /broadcast is in `usecases.broadcast`."""

from __future__ import annotations

import uuid

import texts.organisers
import texts.polls
from dialogs.engagement import DAY, REMINDER, deliverable_at
from dialogs.models import Engagement
from storage import audience, polls, reprompts, teams
from storage.models import CoSession, Member, Poll, id_of
from usecases import tovote
from usecases.access import session_in_reach
from usecases.audit import note
from usecases.cards import poll_message
from usecases.context import Ctx
from usecases.engagement import zone_of
from usecases.parsing import parse_id
from usecases.picking import offer
from usecases.received import received
from usecases.roles import Role


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
    free = (sent[-cap] + DAY).astimezone(zone_of(ctx, ctx.member()))
    ctx.say(
        texts.organisers.BROADCAST_CAPPED.format(
            title=cosession.title, cap=cap, at=free.strftime("%d %b %H:%M %Z")
        )
    )
    return True


def nudge(ctx: Ctx, args: str) -> None:
    """/nudge <code> [poll number | votes]: remind now the members who have not finished the
    flow, or not voted in that poll, or (votes) who finished and have proposals left to
    vote on (quiet hours and the daily cap still apply)."""
    words = args.split()
    if not words:
        offer(ctx, "nudge")
        return
    votes = len(words) == 2 and words[1].casefold() == "votes"
    number = parse_id(words[1]) if len(words) == 2 and not votes else None
    if len(words) not in (1, 2) or (len(words) == 2 and number is None and not votes):
        ctx.say(texts.organisers.NUDGE_USAGE)
        return
    cosession = open_session(ctx, words[0], "/nudge")
    if cosession is None:
        return
    if votes:
        _nudge_votes(ctx, cosession)
    elif number is None:
        _nudge_flow(ctx, cosession)
    else:
        _nudge_poll(ctx, cosession, number)


def _nudge_flow(ctx: Ctx, cosession: CoSession) -> None:
    waiting = audience.unfinished(db=ctx.db, session_id=id_of(cosession))
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
    note(ctx, cosession.id, "nudged", members=len(waiting), poll="")
    later = _later(ctx, cosession, [m for m, _ in waiting])
    said = texts.organisers.NUDGED.format(n=len(waiting), title=cosession.title) + later
    ctx.say("\n".join([said, *received(ctx, cosession, waiting)]))


def _nudge_votes(ctx: Ctx, cosession: CoSession) -> None:
    reminded = tovote.nudge(ctx, cosession)
    if not reminded:
        ctx.say(texts.organisers.NUDGE_VOTES_NOBODY.format(title=cosession.title))
        return
    note(ctx, cosession.id, "nudged", members=len(reminded), poll=" about proposals")
    later = _later(ctx, cosession, reminded)
    ctx.say(texts.organisers.NUDGED_VOTES.format(n=len(reminded), title=cosession.title) + later)


def _nudge_poll(ctx: Ctx, cosession: CoSession, number: int) -> None:
    poll = polls.by_number(db=ctx.db, session_id=id_of(cosession), number=number)
    if poll is None:
        ctx.say(texts.polls.NO_SUCH_POLL.format(id=number))
        return
    if poll.status != "open":
        ctx.say(texts.polls.POLL_ALREADY_CLOSED.format(id=number))
        return
    silent = _not_voted(ctx, cosession, poll)
    if not silent:
        ctx.say(texts.organisers.NUDGE_POLL_NOBODY.format(id=number))
        return
    options = polls.poll_options(db=ctx.db, poll_id=id_of(poll))
    tag = uuid.uuid4().hex[:12]
    reminder = texts.organisers.POLL_REMINDER
    if poll.anonymous:
        reminder = texts.organisers.POLL_REMINDER_ANONYMOUS
    for member in silent:
        card = poll_message(poll, options, set(), ctx.now, cosession.title, zone_of(ctx, member))
        ctx.send(
            card.but(
                text=reminder.format(title=cosession.title, poll=card.text),
                chat_id=member.telegram_id,
                kind=REMINDER,
                session_id=cosession.id,
                member_id=member.id,
                ref_id=poll.id,
                dedupe_key=f"pollnudge:{tag}:{member.id}",
            )
        )
    note(ctx, cosession.id, "nudged", members=len(silent), poll=f" about poll #{poll.number}")
    later = _later(ctx, cosession, silent)
    said = (
        texts.organisers.NUDGED_POLL_ANONYMOUS if poll.anonymous else texts.organisers.NUDGED_POLL
    )
    told = said.format(n=len(silent), id=poll.number) + later
    shown = [] if poll.anonymous else received(ctx, cosession, [(m, None) for m in silent])
    ctx.say("\n".join([told, *shown]))


def _not_voted(ctx: Ctx, cosession: CoSession, poll: Poll) -> list[Member]:
    """Who to remind: those who got the poll, can be messaged and have not voted; in an
    anonymous poll all who got it, since who has voted is nobody's to know (issue 18)."""
    got = audience.poll_receivers(db=ctx.db, poll_id=id_of(poll), session_id=id_of(cosession))
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
        ctx.say(texts.organisers.NOT_OPEN.format(title=cosession.title, status=cosession.status))
        return None
    return cosession
