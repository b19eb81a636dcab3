"""Reprompt rows: what the engagement loop may send later, and cancelling it on a reply."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import update
from sqlmodel import Session, col, select

from storage.models import Reprompt


def cancel_pending(*, db: Session, session_id: int, member_id: int, now: datetime) -> int:
    """The member replied: nothing pending for them in this session goes out any more."""
    result = db.execute(
        update(Reprompt)
        .where(
            Reprompt.session_id == session_id,
            Reprompt.member_id == member_id,
            Reprompt.state == "pending",
        )
        .values(state="cancelled", replied_at=now)
    )
    return result.rowcount or 0


def schedule(
    *,
    db: Session,
    session_id: int,
    member_id: int,
    step_id: str,
    kind: str,
    attempt: int,
    due_at: datetime,
    now: datetime,
) -> Reprompt:
    """Hold a reprompt; the same (step, kind, attempt) again is re-armed with the new time."""
    row = db.exec(
        select(Reprompt).where(
            Reprompt.session_id == session_id,
            Reprompt.member_id == member_id,
            Reprompt.step_id == step_id,
            Reprompt.kind == kind,
            Reprompt.attempt == attempt,
        )
    ).first()
    if row is None:
        row = Reprompt(
            session_id=session_id,
            member_id=member_id,
            step_id=step_id,
            kind=kind,
            attempt=attempt,
            due_at=due_at,
            created_at=now,
        )
    elif row.state in {"pending", "cancelled"}:
        row.state, row.due_at, row.replied_at = "pending", due_at, None
    db.add(row)
    return row


def pending_for(*, db: Session, session_id: int, member_id: int) -> list[Reprompt]:
    return list(
        db.exec(
            select(Reprompt)
            .where(
                Reprompt.session_id == session_id,
                Reprompt.member_id == member_id,
                Reprompt.state == "pending",
            )
            .order_by(col(Reprompt.due_at))
        ).all()
    )
