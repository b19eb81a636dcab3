"""Proposals in other languages: the translations a session's team adds (`/translate`)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import delete
from sqlmodel import Session, col, select

from storage.models import ProposalTranslation
from storage.sql import insert


def translation_of(*, db: Session, proposal_id: int, language: str) -> str | None:
    return db.exec(
        select(ProposalTranslation.text).where(
            ProposalTranslation.proposal_id == proposal_id,
            ProposalTranslation.language == language,
        )
    ).first()


def translations(*, db: Session, proposal_ids: list[int]) -> dict[int, dict[str, str]]:
    """Every translation of these proposals: proposal id -> language -> text."""
    found: dict[int, dict[str, str]] = {}
    if not proposal_ids:
        return found
    rows = db.exec(
        select(ProposalTranslation).where(col(ProposalTranslation.proposal_id).in_(proposal_ids))
    ).all()
    for row in rows:
        found.setdefault(row.proposal_id, {})[row.language] = row.text
    return found


def translate(
    *, db: Session, proposal_id: int, language: str, text: str, by: int, now: datetime
) -> str | None:
    """Store the proposal's text in `language` (replacing the one it had); the text it
    replaced, if any. Two at once: the later wins, neither fails."""
    before = translation_of(db=db, proposal_id=proposal_id, language=language)
    values = {"text": text, "added_by": by, "added_at": now}
    stmt = insert(db, ProposalTranslation).values(
        proposal_id=proposal_id, language=language, **values
    )
    db.execute(stmt.on_conflict_do_update(index_elements=["proposal_id", "language"], set_=values))
    return before


def forget_translations(*, db: Session, proposal_ids: list[int]) -> None:
    """The translations of proposals whose words go (erased, withdrawn or reworded)."""
    if proposal_ids:
        db.execute(
            delete(ProposalTranslation).where(
                col(ProposalTranslation.proposal_id).in_(proposal_ids)
            )
        )
