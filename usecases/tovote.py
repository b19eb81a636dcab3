"""Proposals made after members finished the questions reach them: one reminder at most
an hour after the first new one (the proposals of that hour in one message), within the
daily cap and quiet hours, saying how many are left to vote on when it goes; so the
early proposals do not win by being early. `/nudge <code> votes` asks now."""

from __future__ import annotations

from collections.abc import Collection
from datetime import datetime, timedelta

import texts.organisers
import texts.proposals
from dialogs.engagement import DAY, REMINDER, deliverable_at
from dialogs.proposals import next_to_vote
from storage import catchup, reprompts
from storage.models import CoSession, Member, id_of
from storage.outbox import Queued
from usecases.access import Place, place_of
from usecases.actions import BrowseButton
from usecases.context import Ctx, Out
from usecases.engagement import zone_of
from usecases.votes import browse_of

STEP = "new-proposals"  # the step id of these reminders (no flow step has it: ids are words)
BATCH = timedelta(hours=1)


def hold(
    ctx: Ctx, cosession: CoSession, *, due_at: datetime, only: Collection[int] | None = None
) -> list[Member]:
    """Hold a reminder for each member who finished and has proposals to vote on (of
    `only` these members, when given); one already held is brought forward to `due_at` if
    that is sooner. The members held for."""
    sid = id_of(cosession)
    done = catchup.finished(db=ctx.db, session_id=sid)
    if only is not None:
        done = [m for m in done if m.id in set(only)]
    left = catchup.unvoted(db=ctx.db, session_id=sid, member_ids=[id_of(m) for m in done])
    held = {
        r.member_id: r for r in catchup.waiting_reprompts(db=ctx.db, session_id=sid, step_id=STEP)
    }
    members = [m for m in done if m.id in left]
    stamp = f"{ctx.now:%Y%m%d%H%M%S%f}"
    for member in members:
        row = held.get(member.id)
        if row is not None and row.not_before <= due_at:
            continue
        reprompts.hold(
            db=ctx.db,
            session_id=sid,
            member_id=id_of(member),
            chat_id=member.telegram_id,
            step_id=STEP,
            kind=REMINDER,
            attempt=0,
            due_at=due_at,
            now=ctx.now,
            key=row.dedupe_key if row is not None else f"{STEP}:{sid}:{member.id}:{stamp}",
        )
    return members


def compose(ctx: Ctx, due: Queued) -> Out | datetime | None:
    """The reminder fell due: how many are left to vote on, with a button to the first;
    or when it may go; or None if nothing is left (or the member is gone)."""
    member = ctx.db.get(Member, due.member_id)
    place = place_of(ctx, session_id=due.session_id, member=member) if member else None
    if not isinstance(place, Place) or member is None:
        return None
    sent = reprompts.sent_since(db=ctx.db, member_id=id_of(member), since=ctx.now - DAY)
    when = deliverable_at(place.flow.engagement, ctx.now, zone_of(ctx, member), sent)
    if when > ctx.now:
        return when
    view = browse_of(ctx, id_of(place.cosession), member)
    first = next_to_vote(view.order, view.done)
    if first is None:
        return None
    n = len([p for p in view.order if p not in view.done])
    text = texts.proposals.NEW_TO_VOTE.format(n=n, title=place.cosession.title)
    button = BrowseButton(id_of(place.cosession), view.order.index(first))
    return Out(text, ((((texts.proposals.VOTE_NOW, button),),)), kind=REMINDER)


def waiting(ctx: Ctx, cosession: CoSession, only: Collection[int] | None = None) -> list[Member]:
    """Who finished and has proposals left to vote on (of `only`, when given): whom
    /nudge <code> votes would remind."""
    sid = id_of(cosession)
    done = catchup.finished(db=ctx.db, session_id=sid)
    if only is not None:
        done = [m for m in done if m.id in set(only)]
    left = catchup.unvoted(db=ctx.db, session_id=sid, member_ids=[id_of(m) for m in done])
    return [m for m in done if m.id in left]


def nudge(ctx: Ctx, cosession: CoSession, only: Collection[int] | None = None) -> list[Member]:
    """/nudge <code> votes: the reminder now, to those with proposals left to vote on (of
    `only` these members, when given)."""
    return hold(ctx, cosession, due_at=ctx.now, only=only)


def after_proposal(ctx: Ctx, cosession: CoSession) -> None:
    """A proposal was made (or reworded): those who finished hear of it within the hour."""
    hold(ctx, cosession, due_at=ctx.now + BATCH)
