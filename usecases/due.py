"""What becomes of queue rows that fell due, before any is sent: everything that is not a
reply goes only to someone who may still be messaged (`storage.audience`, the one rule);
a reprompt is composed now, when it may go, or waits (quiet hours, the daily cap), or no
longer applies; so is what became of a proposal, and the question asked after it was done
(`usecases.impact`). The engagement loop (`bot/dispatcher.py`) sends what this returns."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from storage import audience, outbox
from storage.models import BACKGROUND_KINDS, OUTCOME_KINDS, REPROMPT_KINDS, Member, State
from storage.outbox import Queued
from usecases import engagement, impact, seeds, tovote
from usecases.context import Ctx, Out
from usecases.languages import speaking_to

COMPOSED_KINDS = (*REPROMPT_KINDS, *OUTCOME_KINDS)  # decided (and some composed) when due


@dataclass(frozen=True)
class Ready:
    """A row to send now; `composed`: a reprompt's words and buttons, written just now."""

    row: Queued
    composed: Out | None = None


def decide(ctx: Ctx, claimed: Sequence[Queued]) -> list[Ready]:
    """The rows to send now, in order; the others are settled (skipped, cancelled) or
    released until they may go, in this transaction."""
    db = ctx.db
    background = [r for r in claimed if r.kind in BACKGROUND_KINDS]
    members = audience.reachable_members(
        db=db,
        pairs=[
            (r.session_id, r.member_id)
            for r in background
            if r.session_id and r.member_id and r.kind not in OUTCOME_KINDS
        ],
    )
    members |= audience.reachable_members(  # what became of a proposal: closed sessions too
        db=db,
        pairs=[
            (r.session_id, r.member_id)
            for r in background
            if r.session_id and r.member_id and r.kind in OUTCOME_KINDS
        ],
        open_only=False,
    )
    groups = audience.reachable_groups(
        db=db,
        pairs=[
            (r.session_id, r.chat_id) for r in background if r.session_id and r.member_id is None
        ],
    )
    ready = []
    for row in claimed:
        if row.kind in BACKGROUND_KINDS and not _may_go(row, members, groups):
            outbox.settle(db=db, row=row, state=State.SKIPPED, error="cannot be messaged")
        elif row.kind not in COMPOSED_KINDS:
            ready.append(Ready(row))
        elif (composed := _compose(ctx, row)) is not None:
            ready.append(composed)
    return ready


def _compose(ctx: Ctx, row: Queued) -> Ready | None:
    """A reprompt is composed when it may go, in its member's language; None if it does
    not go now."""
    member = ctx.db.get(Member, row.member_id) if row.member_id is not None else None
    with speaking_to(ctx, member):
        if row.kind in OUTCOME_KINDS:
            out = impact.compose(ctx, row)
        elif row.step_id == tovote.STEP:
            out = tovote.compose(ctx, row)
        elif row.step_id == seeds.STEP:
            out = seeds.compose(ctx, row)
        else:
            out = engagement.compose(ctx, row)
    if out is None:
        outbox.settle(db=ctx.db, row=row, state=State.CANCELLED, error="no longer applies")
        return None
    if isinstance(out, datetime):  # quiet hours, or the daily cap
        outbox.release(db=ctx.db, rows=[row], when=out)
        return None
    return Ready(row, out if row.text is None else None)


def _may_go(row: Queued, members: set[tuple[int, int]], groups: set[tuple[int, int]]) -> bool:
    if row.session_id is None:
        return True
    if row.member_id is not None:
        return (row.session_id, row.member_id) in members
    return (row.session_id, row.chat_id) in groups
