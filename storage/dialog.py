"""Dialog state rows and answers: what the engine decided, persisted."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlmodel import Session, select, update

from storage.models import Answer, DialogStateRow


def get_dialog(*, db: Session, session_id: int, member_id: int) -> DialogStateRow | None:
    return db.exec(
        select(DialogStateRow).where(
            DialogStateRow.session_id == session_id, DialogStateRow.member_id == member_id
        )
    ).first()


def save_dialog(
    *,
    db: Session,
    session_id: int,
    member_id: int,
    state: dict[str, Any],
    step_id: str | None,
    now: datetime,
) -> DialogStateRow:
    """Store the member's new state; the time a step was entered is kept while it waits."""
    row = get_dialog(db=db, session_id=session_id, member_id=member_id)
    if row is None:
        row = DialogStateRow(session_id=session_id, member_id=member_id, updated_at=now)
    if row.step_id != step_id or row.step_entered_at is None:
        row.step_entered_at = now
    row.state = state
    row.step_id = step_id
    row.updated_at = now
    db.add(row)
    db.flush()
    return row


def set_question_message(
    *, db: Session, session_id: int, member_id: int, chat_id: int, message_id: int
) -> None:
    """Remember the message that asked the current question, to edit it when answered."""
    db.execute(
        update(DialogStateRow)
        .where(DialogStateRow.session_id == session_id, DialogStateRow.member_id == member_id)
        .values(question_chat_id=chat_id, question_message_id=message_id)
    )


def add_answer(
    *,
    db: Session,
    session_id: int,
    member_id: int,
    step_id: str,
    kind: str,
    value: Any,
    text: str | None,
    polarity: float | None,
    subjectivity: float | None,
    now: datetime,
) -> Answer:
    """Store an answer; an earlier answer to the same step (before /back) is superseded."""
    db.execute(
        update(Answer)
        .where(
            Answer.session_id == session_id,
            Answer.member_id == member_id,
            Answer.step_id == step_id,
            Answer.superseded == False,  # noqa: E712
        )
        .values(superseded=True)
    )
    answer = Answer(
        session_id=session_id,
        member_id=member_id,
        step_id=step_id,
        kind=kind,
        value=value,
        text=text,
        polarity=polarity,
        subjectivity=subjectivity,
        created_at=now,
    )
    db.add(answer)
    return answer


def current_answers(*, db: Session, session_id: int, member_id: int) -> list[Answer]:
    return list(
        db.exec(
            select(Answer)
            .where(
                Answer.session_id == session_id,
                Answer.member_id == member_id,
                Answer.superseded == False,  # noqa: E712
            )
            .order_by(Answer.id)  # type: ignore[arg-type]
        ).all()
    )
