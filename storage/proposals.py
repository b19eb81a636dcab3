"""Queries about proposals, votes and feedback."""

from __future__ import annotations

import re
from datetime import datetime
from typing import cast

from sqlalchemy import delete, func
from sqlmodel import Session, col, select

from storage.lookalike import skeleton
from storage.models import Feedback, Proposal, ProposalTranslation, Vote
from storage.numbers import give_back, next_number
from storage.sql import insert

NORMALIZED_CHARS = 1000  # Proposal.normalized_text


def normalize(text: str) -> str:
    """Text as compared for duplicates: as it looks (`lookalike.skeleton`: accents, emoji,
    look-alike letters of other scripts and case ignored), spacing and end punctuation
    ignored."""
    looks = re.sub(r"\s+", " ", skeleton(text)).strip().strip(".!?…").strip()
    return looks[:NORMALIZED_CHARS]


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
    language: str | None = None,
) -> Proposal | None:
    """Store a proposal (written in `language`) with the session's next number; None if the
    session already has the same text (also when another member's identical proposal is
    being stored at the same moment: then the number is given back, so numbers have no
    gaps)."""
    number = next_number(db=db, session_id=session_id, counter="proposals_numbered")
    stmt = (
        insert(db, Proposal)
        .values(
            session_id=session_id,
            number=number,
            member_id=member_id,
            text=text.strip(),
            normalized_text=normalize(text),
            polarity=polarity,
            subjectivity=subjectivity,
            language=language,
            hidden=False,
            milestone_notified=0,
            created_at=now,
        )
        .on_conflict_do_nothing()
        .returning(Proposal)
    )
    stored = db.scalars(stmt).first()
    if stored is None:
        give_back(db=db, session_id=session_id, counter="proposals_numbered", number=number)
    return stored


def by_number(*, db: Session, session_id: int, number: int) -> Proposal | None:
    return db.exec(
        select(Proposal).where(Proposal.session_id == session_id, Proposal.number == number)
    ).first()


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


def own_proposal(*, db: Session, session_id: int, member_id: int, text: str) -> Proposal | None:
    """The member's visible proposal in the session with these words (as compared)."""
    return db.exec(
        select(Proposal).where(
            Proposal.session_id == session_id,
            Proposal.member_id == member_id,
            Proposal.normalized_text == normalize(text),
            Proposal.hidden == False,  # noqa: E712
            col(Proposal.withdrawn_at).is_(None),
        )
    ).first()


def reword(
    *,
    db: Session,
    proposal: Proposal,
    text: str,
    polarity: float | None = None,
    subjectivity: float | None = None,
) -> int:
    """Its author's new words for a proposal: the votes on the old words are cleared (and
    its milestones start over, and its translations go); returns how many were cleared."""
    cleared = db.execute(delete(Vote).where(col(Vote.proposal_id) == proposal.id))
    db.execute(
        delete(ProposalTranslation).where(col(ProposalTranslation.proposal_id) == proposal.id)
    )
    proposal.text, proposal.normalized_text = text.strip(), normalize(text)
    proposal.polarity, proposal.subjectivity = polarity, subjectivity
    proposal.milestone_notified = 0
    db.add(proposal)
    db.flush()
    # sqlmodel types Session.execute as returning Result; it is a CursorResult (rowcount)
    return cleared.rowcount or 0  # type: ignore[attr-defined]


def get_proposal(*, db: Session, proposal_id: int) -> Proposal | None:
    return db.get(Proposal, proposal_id)


def visible_proposals(*, db: Session, session_id: int) -> list[tuple[int, int | None]]:
    """(id, author's member id) of the session's proposals members see."""
    rows = db.exec(
        select(Proposal.id, Proposal.member_id).where(
            Proposal.session_id == session_id,
            Proposal.hidden == False,  # noqa: E712
        )
    ).all()
    return [(int(cast(int, p)), m) for p, m in rows]  # a primary key is never NULL


def voted_proposal_ids(*, db: Session, session_id: int, member_id: int) -> set[int]:
    rows = db.exec(
        select(Vote.proposal_id)
        .join(Proposal, col(Proposal.id) == col(Vote.proposal_id))
        .where(Proposal.session_id == session_id, Vote.member_id == member_id)
    ).all()
    return {int(r) for r in rows}


def vote_of(*, db: Session, proposal_id: int, member_id: int) -> Vote | None:
    return db.exec(
        select(Vote).where(Vote.proposal_id == proposal_id, Vote.member_id == member_id)
    ).first()


def cast_vote(*, db: Session, proposal_id: int, member_id: int, value: str, now: datetime) -> bool:
    """Record or change a member's vote; False if it was already exactly that.

    One statement: the unique (proposal, member) constraint makes a double vote impossible,
    and a concurrent first vote that loses the race becomes an update of the winner's row.
    """
    stmt = insert(db, Vote).values(
        proposal_id=proposal_id, member_id=member_id, value=value, created_at=now, updated_at=now
    )
    stmt = stmt.on_conflict_do_update(
        index_elements=[Vote.proposal_id, Vote.member_id],
        set_={"value": stmt.excluded.value, "updated_at": now},
        where=Vote.value != stmt.excluded.value,
    )
    return db.execute(stmt.returning(Vote.id)).first() is not None


def vote_counts(*, db: Session, proposal_id: int) -> dict[str, int]:
    rows = db.exec(
        select(Vote.value, func.count()).where(Vote.proposal_id == proposal_id).group_by(Vote.value)
    ).all()
    return {value: int(count) for value, count in rows}


def set_hidden(
    *, db: Session, proposal: Proposal, hidden: bool, reason: str | None, by: int, now: datetime
) -> None:
    proposal.hidden = hidden
    proposal.hidden_reason = reason if hidden else None
    proposal.hidden_by = by if hidden else None
    proposal.hidden_at = now if hidden else None
    db.add(proposal)


def note_milestone(*, db: Session, proposal: Proposal, milestone: int) -> None:
    proposal.milestone_notified = milestone
    db.add(proposal)
