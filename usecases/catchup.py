"""Catching a member up: whoever joins, or comes back from /pause, while a poll is open is
offered it, and organisers' messages skipped while they were paused are sent again."""

from __future__ import annotations

import texts.members
from storage import catchup
from storage import polls as poll_store
from storage.models import Kind, Poll, id_of
from texts.i18n import listed
from usecases.access import Place
from usecases.cards import poll_message
from usecases.context import Ctx, Out
from usecases.engagement import zone_of


def catch_up(
    ctx: Ctx, place: Place, first: int | None = None, *, consented_now: bool = False
) -> str:
    """Queue what the place's member missed (the poll `first` before the others: the one
    their link pointed to); what to tell them of it ("" for nothing). `consented_now`:
    they just agreed to take part, so no broadcast was skipped for them (broadcasts go
    to those who agreed: `storage.audience`), and none is looked for."""
    sid, mid = id_of(place.cosession), id_of(place.member)
    missed = catchup.missed_polls(db=ctx.db, session_id=sid, member_id=mid)
    missed.sort(key=lambda poll: poll.id != first)
    for poll in missed:
        _offer(ctx, place, poll)
    skipped = (
        [] if consented_now else catchup.missed_broadcasts(db=ctx.db, session_id=sid, member_id=mid)
    )
    for row in skipped:
        ctx.send(
            Out(
                row.text or "",
                chat_id=place.member.telegram_id,
                kind=Kind.BROADCAST,
                session_id=sid,
                member_id=mid,
                dedupe_key=row.dedupe_key + catchup.AGAIN,
            )
        )
    parts = [
        texts.members.AWAY_POLLS.format(n=len(missed)) if missed else "",
        texts.members.AWAY_MESSAGES.format(n=len(skipped)) if skipped else "",
    ]
    said = listed([p for p in parts if p])
    return texts.members.WHILE_AWAY.format(missed=said) if said else ""


def _offer(ctx: Ctx, place: Place, poll: Poll) -> None:
    member, cosession = place.member, place.cosession
    options = poll_store.poll_options(db=ctx.db, poll_id=id_of(poll))
    card = poll_message(poll, options, set(), ctx.now, cosession.title, zone_of(ctx, member))
    ctx.send(
        card.but(
            chat_id=member.telegram_id,
            kind=Kind.POLL,
            session_id=cosession.id,
            member_id=member.id,
            ref_id=poll.id,
            # the first copy's key may be taken by one skipped while they were away
            dedupe_key=f"poll:{poll.id}:{member.telegram_id}:{ctx.now:%Y%m%d%H%M%S%f}",
        )
    )
