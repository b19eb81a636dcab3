"""A tap on a poll's option, in a private chat or the linked group."""

from __future__ import annotations

from typing import Any

import texts.polls
from storage import polls, reprompts, sessions
from storage.models import Poll, PollOption, id_of
from usecases.access import Denied, Refusal, place_of, refuse
from usecases.actions import BallotButton
from usecases.cards import local_time, poll_message
from usecases.context import Ctx
from usecases.engagement import zone_of
from usecases.links import group_link


def ballot(ctx: Ctx, action: BallotButton) -> None:
    """A tap on a poll option, in a private chat or the linked group."""
    read = polls.poll_and_options(db=ctx.db, poll_id=action.poll_id)
    if read is None:
        refuse(ctx, Refusal(Denied.STALE))
        return
    found, options = read
    # An anonymous ballot leaves no time or row tied to the member: no transcript row, no
    # "last seen" update, and the ballot carries the poll's own creation time.
    ctx.unrecorded = found.anonymous
    member = ctx.known_member() if found.anonymous else ctx.member()
    if member is None:
        refuse(ctx, Refusal(Denied.STALE))
        return
    place = place_of(ctx, session_id=found.session_id, open_only=False, member=member)
    if isinstance(place, Refusal):
        if ctx.actor.private:
            refuse(ctx, place)
        else:
            cosession = sessions.get_session(db=ctx.db, session_id=found.session_id)
            assert cosession is not None  # a poll's session (a foreign key)
            ctx.toast = texts.polls.POLL_NOT_MEMBER.format(link=group_link(ctx, cosession))
        return
    _ballot(
        ctx,
        found,
        options,
        id_of(member),
        action.position,
        open_session=place.cosession.status == "open",
    )


def _ballot(
    ctx: Ctx,
    found: Poll,
    options: list[PollOption],
    member_id: int,
    position: int,
    *,
    open_session: bool,
) -> None:
    closed = found.status != "open" or (found.closes_at is not None and ctx.now >= found.closes_at)
    if found.status == "closed" and found.closed_at is not None:
        ctx.toast = _closed_toast(ctx, found, options)
        return
    if closed or not open_session:
        ctx.toast = texts.polls.POLL_CLOSED_BUTTON
        return
    if not 1 <= position <= len(options):
        refuse(ctx, Refusal(Denied.STALE))
        return
    key = polls.key_of(poll=found, member_id=member_id, fallback=ctx.services.ballot_secret)
    before = polls.chosen_positions(db=ctx.db, poll_id=id_of(found), key=key)
    chosen = polls.cast_ballot(
        db=ctx.db,
        poll=found,
        option=options[position - 1],
        key=key,
        member_id=member_id,
        now=ctx.now,
        chosen=before,
    )
    if not found.anonymous:  # who voted stays unrecorded for anonymous polls
        reprompts.poll_answered(db=ctx.db, member_id=member_id, poll_id=id_of(found), now=ctx.now)
    labels = [o.text for o in options if o.position in chosen]
    ctx.toast = (
        texts.polls.BALLOT_SAVED.format(choice=", ".join(labels))
        if labels
        else texts.polls.BALLOT_CLEARED
    )
    if ctx.actor.private and chosen != before:  # re-tapping the chosen option changes nothing
        cosession = sessions.get_session(db=ctx.db, session_id=found.session_id)
        assert cosession is not None  # a poll's session (a foreign key)
        title = cosession.title
        ctx.edit(poll_message(found, options, chosen, ctx.now, title, _zone(ctx)))


def _closed_toast(ctx: Ctx, found: Poll, options: list[PollOption]) -> str:
    """ "This poll closed on …" and its result, short enough for a notice (200 characters)."""
    counts = polls.poll_results(db=ctx.db, poll_id=id_of(found)).counts
    result = ", ".join(f"{o.text}: {counts.get(o.position, 0)}" for o in options)
    assert found.closed_at is not None  # asked only for a poll that has closed
    when = local_time(found.closed_at, _zone(ctx))
    toast = texts.polls.POLL_CLOSED_ON.format(when=when, results=result)
    return toast if len(toast) <= 200 else toast[:199] + "…"


def _zone(ctx: Ctx) -> Any:
    """The voter's clock, read without touching them (an anonymous ballot leaves no
    last-seen time)."""
    member = ctx.known_member()
    return zone_of(ctx, member) if member is not None else ctx.services.default_zone
