"""Organisers' levers on the engagement loop: /broadcast to a session's members, and /nudge
to remind now those who have not finished the questions (or not voted in a poll)."""

from __future__ import annotations

import uuid
from datetime import timedelta

import texts.organisers
import texts.polls
from dialogs.engagement import DAY, REMINDER, deliverable_at
from storage import audience, polls, reprompts
from storage.models import CoSession, Kind, Member, id_of
from usecases.access import session_in_reach
from usecases.audit import note
from usecases.cards import poll_message
from usecases.context import Ctx, Out
from usecases.engagement import zone_of
from usecases.parsing import parse_id
from usecases.received import received
from usecases.roles import Role
from usecases.times import reader_time

BROADCAST_LIMIT = 3500


def broadcast(ctx: Ctx, args: str) -> None:
    """/broadcast <code> <text>: to every member of the session who may be messaged,
    paced with everything else; says how many and when it will be done."""
    code, _, text = args.partition(" ")
    text = text.strip()
    if not code or not text:
        ctx.say(texts.organisers.BROADCAST_USAGE)
        return
    cosession = _open_session(ctx, code, "/broadcast")
    if cosession is None:
        return
    if len(text) > BROADCAST_LIMIT:
        ctx.say(texts.organisers.BROADCAST_LONG.format(limit=BROADCAST_LIMIT))
        return
    members = audience.recipients(db=ctx.db, session_id=id_of(cosession))
    if not members:
        ctx.say(texts.organisers.NOBODY_REACHABLE.format(title=cosession.title))
        return
    tag = uuid.uuid4().hex[:12]
    message = texts.organisers.BROADCAST_MESSAGE.format(title=cosession.title, text=text)
    for member in members:
        ctx.send(
            Out(
                message,
                chat_id=member.telegram_id,
                kind=Kind.BROADCAST,
                session_id=cosession.id,
                member_id=member.id,
                dedupe_key=f"broadcast:{tag}:{member.telegram_id}",
            )
        )
    note(ctx, cosession.id, "broadcast", members=len(members))
    seconds = len(members) / ctx.services.send_rate
    done = reader_time(ctx, ctx.now + timedelta(seconds=seconds), clock=True)
    ctx.say(
        texts.organisers.BROADCAST_QUEUED.format(
            n=len(members),
            title=cosession.title,
            duration=_duration(seconds),
            done=done,
        )
    )


def nudge(ctx: Ctx, args: str) -> None:
    """/nudge <code> [poll id]: remind now the members who have not finished the flow, or
    not voted in that poll (quiet hours and the daily cap still apply)."""
    words = args.split()
    poll_id = parse_id(words[1]) if len(words) == 2 else None
    if len(words) not in (1, 2) or (len(words) == 2 and poll_id is None):
        ctx.say(texts.organisers.NUDGE_USAGE)
        return
    cosession = _open_session(ctx, words[0], "/nudge")
    if cosession is None:
        return
    if poll_id is None:
        _nudge_flow(ctx, cosession)
    else:
        _nudge_poll(ctx, cosession, poll_id)


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


def _nudge_poll(ctx: Ctx, cosession: CoSession, poll_id: int) -> None:
    poll = polls.get_poll(db=ctx.db, poll_id=poll_id)
    if poll is None or poll.session_id != cosession.id:
        ctx.say(texts.polls.NO_SUCH_POLL.format(id=poll_id))
        return
    if poll.status != "open":
        ctx.say(texts.polls.POLL_ALREADY_CLOSED.format(id=poll_id))
        return
    voted = polls.voter_keys(db=ctx.db, poll_id=id_of(poll))
    secret = ctx.services.ballot_secret
    silent = [
        m
        for m in audience.poll_receivers(
            db=ctx.db, poll_id=id_of(poll), session_id=id_of(cosession)
        )
        if polls.key_of(poll=poll, member_id=id_of(m), fallback=secret) not in voted
    ]
    if not silent:
        ctx.say(texts.organisers.NUDGE_POLL_NOBODY.format(id=poll.id))
        return
    options = polls.poll_options(db=ctx.db, poll_id=id_of(poll))
    tag = uuid.uuid4().hex[:12]
    for member in silent:
        card = poll_message(poll, options, set(), ctx.now, cosession.title, zone_of(ctx, member))
        ctx.send(
            card.but(
                text=texts.organisers.POLL_REMINDER.format(title=cosession.title, poll=card.text),
                chat_id=member.telegram_id,
                kind=REMINDER,
                session_id=cosession.id,
                member_id=member.id,
                ref_id=poll.id,
                dedupe_key=f"pollnudge:{tag}:{member.id}",
            )
        )
    note(ctx, cosession.id, "nudged", members=len(silent), poll=f" about poll #{poll.id}")
    later = _later(ctx, cosession, silent)
    said = texts.organisers.NUDGED_POLL.format(n=len(silent), id=poll.id) + later
    ctx.say("\n".join([said, *received(ctx, cosession, [(m, None) for m in silent])]))


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


def _open_session(ctx: Ctx, code: str, command: str) -> CoSession | None:
    cosession = session_in_reach(ctx, code, Role.ORGANISER, command=command)
    if cosession is None:
        return None
    if cosession.status != "open":
        ctx.say(texts.organisers.NOT_OPEN.format(title=cosession.title, status=cosession.status))
        return None
    return cosession


def _duration(seconds: float) -> str:
    if seconds < 90:
        return f"{max(1, round(seconds))} seconds"
    if seconds < 5400:
        return f"{round(seconds / 60)} minutes"
    return f"{seconds / 3600:.1f} hours"
