"""What members wrote in their own words, for themes (`reports.themes`): current free-text
answers, feedback, and replies to follow-ups and elaboration requests. Proposals are not
here: they have their own votes (and may be hidden by the organisers)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select as sa_select
from sqlmodel import Session, col

from storage.models import Answer, Feedback
from storage.segments import cut

KINDS = ("text", "feedback", "followup", "elaboration")


@dataclass(frozen=True)
class Written:
    member_id: int | None
    step_id: str | None  # "safety" or "safety:followup"; None: feedback sent with /feedback
    kind: str
    text: str
    polarity: float | None
    created_at: datetime


def free_text(
    *, db: Session, session_id: int, step_id: str | None = None, among: Any | None = None
) -> list[Written]:
    """The session's own words, oldest first; with `step_id`, only that step's (with the
    follow-ups and elaborations it drew). Feedback sent with /feedback (no step) is the
    session's only."""
    a = Answer
    query = sa_select(
        col(a.member_id), col(a.step_id), col(a.kind), col(a.text), col(a.polarity),
        col(a.created_at),
    ).where(
        col(a.session_id) == session_id,
        col(a.superseded) == False,  # noqa: E712
        col(a.kind).in_(KINDS),
        col(a.text).is_not(None),
        col(a.text) != "",
    )  # fmt: skip
    if step_id is not None:
        query = query.where(
            (col(a.step_id) == step_id) | col(a.step_id).startswith(f"{step_id}:", autoescape=True)
        )
    query = cut(query, col(a.member_id), among)
    found = [Written(*row) for row in db.execute(query.order_by(col(a.id))).tuples()]
    if step_id is not None:
        return found
    f = Feedback
    sent = sa_select(
        col(f.member_id), col(f.step_id), col(f.text), col(f.polarity), col(f.created_at)
    ).where(col(f.session_id) == session_id, col(f.step_id).is_(None), col(f.text) != "")
    sent = cut(sent, col(f.member_id), among)
    found += [
        Written(member, step, "feedback", text, polarity, at)
        for member, step, text, polarity, at in db.execute(sent.order_by(col(f.id))).tuples()
    ]
    return found
