"""Queries about proposals and feedback."""

from __future__ import annotations

import re
from datetime import datetime

from sqlmodel import Session, select

from storage.models import Feedback, Proposal


def normalize(text: str) -> str:
    """Text as compared for duplicates: case, spacing and end punctuation ignored."""
    return re.sub(r"\s+", " ", text).strip().strip(".!?…").strip().casefold()


def find_duplicate(*, db: Session, session_id: int, text: str) -> Proposal | None:
    return db.exec(
        select(Proposal).where(
            Proposal.session_id == session_id, Proposal.normalized_text == normalize(text)
        )
    ).first()


def add_proposal(
    *,
    db: Session,
    session_id: int,
    member_id: int | None,
    text: str,
    now: datetime,
    polarity: float | None = None,
    subjectivity: float | None = None,
) -> Proposal | None:
    """Store a proposal; None if the session already has the same text."""
    if find_duplicate(db=db, session_id=session_id, text=text) is not None:
        return None
    proposal = Proposal(
        session_id=session_id,
        member_id=member_id,
        text=text.strip(),
        normalized_text=normalize(text),
        polarity=polarity,
        subjectivity=subjectivity,
        created_at=now,
    )
    db.add(proposal)
    db.flush()
    return proposal


def add_feedback(
    *,
    db: Session,
    session_id: int,
    member_id: int | None,
    text: str,
    now: datetime,
    step_id: str | None = None,
    polarity: float | None = None,
    subjectivity: float | None = None,
) -> Feedback:
    feedback = Feedback(
        session_id=session_id,
        member_id=member_id,
        step_id=step_id,
        text=text.strip(),
        polarity=polarity,
        subjectivity=subjectivity,
        created_at=now,
    )
    db.add(feedback)
    return feedback
