"""A poll closing: its results said once to each chat it was meant for (on the chat's own
copy of the poll where there is one), and to its organisers; and the polls of a session
that closes, closed with it."""

from __future__ import annotations

import texts.polls
from storage import members as member_store
from storage import outbox, outbox_reads, polls, sessions, teams
from storage.models import CoSession, Kind, Outbox, Poll, id_of
from usecases.audit import note
from usecases.cards import local_time, results_text
from usecases.context import Ctx, Out
from usecases.engagement import zone_named


def results_for(ctx: Ctx, poll_row: Poll, *, with_names: bool) -> str:
    db = ctx.db
    options = polls.poll_options(db=db, poll_id=id_of(poll_row))
    results = polls.poll_results(db=db, poll_id=id_of(poll_row))
    names = polls.who_chose(db=db, poll=poll_row) if with_names and not poll_row.anonymous else None
    return results_text(poll_row, options, results.counts, results.voters, names)


def announce_results(ctx: Ctx, closed: Poll, *, told: int | None = None) -> None:
    """Results for every chat the poll was meant for (names never included), once each:
    copies of the poll not sent yet are dropped, since it has closed; those sent lose
    their buttons and show the result; a chat with no copy gets it as a message. The
    organisers get it with names (`told`: the one who closed it, answered already)."""
    outbox.drop_pending(db=ctx.db, kind=Kind.POLL, ref_id=id_of(closed))
    text = results_for(ctx, closed, with_names=False)
    shown = _retire_copies(ctx, closed, text)
    for sent in outbox_reads.queued_chats(db=ctx.db, kind=Kind.POLL, ref_id=id_of(closed)):
        if sent.chat_id in shown:
            continue
        ctx.send(
            Out(
                text,
                chat_id=sent.chat_id,
                kind=Kind.RESULTS,
                session_id=closed.session_id,
                member_id=sent.member_id,
                ref_id=closed.id,
                dedupe_key=f"results:{closed.id}:{sent.chat_id}",
            )
        )
    _tell_organisers(ctx, closed, told)


def _retire_copies(ctx: Ctx, closed: Poll, results: str) -> set[int]:
    """Every copy of the poll members got edited: when it closed and its result, no
    buttons; reminders about it say it closed, and where the result is. Returns the
    chats whose copy of the poll now shows the result."""
    cosession = _session(ctx, closed)
    assert closed.closed_at is not None  # close_poll set it before the results are announced
    counts = results.split("\n", 1)[-1]  # without its first line: the copy says it closed
    copies = outbox_reads.sent_copies(
        db=ctx.db, kinds=(Kind.POLL, Kind.REMINDER), ref_id=id_of(closed)
    )
    zones = member_store.zones_of(db=ctx.db, member_ids={c.member_id for c in copies})
    for copy in copies:
        zone = zone_named(ctx, zones.get(copy.member_id) if copy.member_id is not None else None)
        template = (
            texts.polls.POLL_CLOSED_COPY
            if copy.kind == Kind.POLL
            else texts.polls.POLL_CLOSED_REMINDER
        )
        retired = template.format(
            id=closed.number,
            title=cosession.title,
            when=local_time(closed.closed_at, zone),
            question=closed.question,
            results=counts,
        )
        ctx.send(_amend(closed, copy, retired))
    return {c.chat_id for c in copies if c.kind == Kind.POLL}


def _amend(closed: Poll, copy: Outbox, text: str) -> Out:
    return Out(
        text,
        chat_id=copy.chat_id,
        kind=Kind.AMEND,
        edit_of=copy.message_id,
        session_id=closed.session_id,
        member_id=copy.member_id,
        ref_id=closed.id,
        dedupe_key=f"closed:{closed.id}:{copy.id}",
    )


def _tell_organisers(ctx: Ctx, closed: Poll, told: int | None) -> None:
    """The poll's maker and the session's organisers get the result, with names (not
    about a member's session: queued with no session, so the audience rule for members
    does not hold it back)."""
    cosession = _session(ctx, closed)
    team = teams.team_of(db=ctx.db, session_id=id_of(cosession))
    organisers = {closed.created_by, cosession.created_by} | {
        t.telegram_id for t in team if t.role == "organiser"
    }
    text = texts.polls.ORGANISER_RESULTS.format(
        title=cosession.title, results=results_for(ctx, closed, with_names=True)
    )
    for telegram_id in sorted(organisers - {told}):
        ctx.send(
            Out(
                text,
                chat_id=telegram_id,
                kind=Kind.NOTICE,
                ref_id=closed.id,
                dedupe_key=f"poll-result:{closed.id}:{telegram_id}",
            )
        )


def close_session_polls(ctx: Ctx, cosession: CoSession) -> list[Poll]:
    """Close the session's open polls with it, each announced once; the polls closed."""
    closed = []
    for poll in polls.open_polls(db=ctx.db, session_id=id_of(cosession)):
        if polls.close_poll(db=ctx.db, poll_id=id_of(poll), now=ctx.now):
            note(ctx, poll.session_id, "poll_closed", poll=poll.number)
            ctx.db.refresh(poll)
            announce_results(ctx, poll)
            closed.append(poll)
    return closed


def _session(ctx: Ctx, poll: Poll) -> CoSession:
    cosession = sessions.get_session(db=ctx.db, session_id=poll.session_id)
    assert cosession is not None  # a poll's session (a foreign key)
    return cosession
