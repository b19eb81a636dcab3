"""What a member missed: open polls they were never sent (they joined late, or were
paused when it went out) and organisers' broadcasts skipped while they could not be
messaged and not sent again since."""

from __future__ import annotations

from sqlalchemy import and_, exists
from sqlalchemy.orm import aliased
from sqlmodel import Session, col, select

from storage.models import Kind, Outbox, Poll, State

AGAIN = ":again"  # the dedupe key of a broadcast sent again ends so
_LIVE = (State.PENDING, State.CLAIMED, State.SENDING, State.SENT)


def missed_polls(*, db: Session, session_id: int, member_id: int) -> list[Poll]:
    """The session's open polls with no copy sent, or on its way, to the member."""
    got = exists().where(
        col(Outbox.kind) == Kind.POLL,
        col(Outbox.ref_id) == col(Poll.id),
        col(Outbox.member_id) == member_id,
        col(Outbox.state).in_(_LIVE),
    )
    return list(
        db.exec(
            select(Poll)
            .where(Poll.session_id == session_id, Poll.status == "open", ~got)
            .order_by(col(Poll.id))
        ).all()
    )


def missed_broadcasts(*, db: Session, session_id: int, member_id: int) -> list[Outbox]:
    """The session's broadcasts skipped for the member and not sent again, oldest first."""
    again = aliased(Outbox)
    resent = exists().where(and_(col(again.dedupe_key) == col(Outbox.dedupe_key) + AGAIN))
    return list(
        db.exec(
            select(Outbox)
            .where(
                Outbox.session_id == session_id,
                Outbox.member_id == member_id,
                Outbox.kind == Kind.BROADCAST,
                Outbox.state == State.SKIPPED,
                ~resent,
            )
            .order_by(col(Outbox.id))
        ).all()
    )
