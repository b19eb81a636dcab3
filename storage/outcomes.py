"""What became of proposals: their outcomes (a row each time one is recorded, the latest
is the outcome now), the questions asked after one was done ("did this change anything for
you?", held as rows of the one queue and composed when due), and members' answers to them.
Who may be told is `storage.audience.concerned` (the one rule)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import func, update
from sqlmodel import Session, col, select

from storage import memo, reprompts
from storage.models import (
    IN_FLIGHT,
    DialogStateRow,
    Kind,
    Outbox,
    Outcome,
    OutcomeAnswer,
    Proposal,
    State,
)
from storage.segments import cut
from storage.sql import insert


@dataclass(frozen=True)
class Current:
    """A proposal's outcome now, for a sheet or a card."""

    state: str
    words: str | None
    at: datetime


@dataclass(frozen=True)
class Step:
    """One recorded state of a proposal's outcome."""

    state: str
    words: str | None
    at: datetime
    told: int  # members it was queued for


@dataclass(frozen=True)
class Said:
    """A member's answer to "did this change anything for you?"."""

    member_id: int
    value: str
    words: str | None
    at: datetime


@dataclass(frozen=True)
class ProposalOutcome:
    """A proposal with an outcome: its history (oldest first) and the answers (newest
    first) to the question asked after it was done."""

    proposal_id: int
    number: int
    text: str
    hidden: bool
    withdrawn: bool
    history: tuple[Step, ...]
    answers: tuple[Said, ...] = field(default=())

    @property
    def now(self) -> Step:
        return self.history[-1]

    def counts(self, values: Iterable[str]) -> dict[str, int]:
        """How many gave each answer, in the order of `values`."""
        counted = {value: 0 for value in values}
        for said in self.answers:
            counted[said.value] = counted.get(said.value, 0) + 1
        return counted


def record(
    *,
    db: Session,
    proposal: Proposal,
    state: str,
    words: str | None,
    by: int,
    told: int,
    now: datetime,
) -> Outcome:
    row = Outcome(
        session_id=proposal.session_id,
        proposal_id=proposal.id or 0,
        state=state,
        words=words,
        by=by,
        told=told,
        at=now,
    )
    db.add(row)
    db.flush()
    return row


def reword(*, db: Session, outcome: Outcome, words: str | None) -> None:
    """New words for the outcome now (the same state recorded again, in other words)."""
    outcome.words = words
    db.add(outcome)
    db.flush()


def latest(*, db: Session, proposal_id: int) -> Outcome | None:
    return db.exec(
        select(Outcome).where(Outcome.proposal_id == proposal_id).order_by(col(Outcome.id).desc())
    ).first()


def current_of(*, db: Session, proposal_id: int) -> Current | None:
    """The proposal's outcome now, if it has one."""
    row = latest(db=db, proposal_id=proposal_id)
    return Current(row.state, row.words, row.at) if row is not None else None


def current(*, db: Session, session_id: int) -> dict[int, Current]:
    """Each proposal of the session with an outcome, by proposal id: its state and words
    now (e.g. the `outcome` column of a proposals sheet)."""
    newest = (
        select(func.max(Outcome.id))
        .where(Outcome.session_id == session_id)
        .group_by(col(Outcome.proposal_id))
    )
    rows = db.exec(select(Outcome).where(col(Outcome.id).in_(newest.scalar_subquery()))).all()
    return {r.proposal_id: Current(r.state, r.words, r.at) for r in rows}


def of_session(*, db: Session, session_id: int, among: Any | None = None) -> list[ProposalOutcome]:
    """Every proposal of the session with an outcome, by number, with its history and the
    answers about it (`among`: a segment's members' answers only)."""
    steps: dict[int, list[Step]] = {}
    for r in db.exec(
        select(Outcome).where(Outcome.session_id == session_id).order_by(col(Outcome.id))
    ).all():
        steps.setdefault(r.proposal_id, []).append(Step(r.state, r.words, r.at, r.told))
    if not steps:
        return []
    answers: dict[int, list[Said]] = {}
    said = (
        select(OutcomeAnswer)
        .where(OutcomeAnswer.session_id == session_id)
        .order_by(col(OutcomeAnswer.created_at).desc(), col(OutcomeAnswer.id).desc())
    )
    for a in db.exec(cut(said, col(OutcomeAnswer.member_id), among)).all():
        answers.setdefault(a.proposal_id, []).append(
            Said(a.member_id, a.value, a.words, a.created_at)
        )
    proposals = db.exec(
        select(Proposal).where(col(Proposal.id).in_(steps)).order_by(col(Proposal.number))
    ).all()
    return [
        ProposalOutcome(
            proposal_id=p.id or 0,
            number=p.number,
            text=p.text,
            hidden=p.hidden,
            withdrawn=p.withdrawn_at is not None,
            history=tuple(steps[p.id or 0]),
            answers=tuple(answers.get(p.id or 0, ())),
        )
        for p in proposals
    ]


def queued_keys(*, db: Session, keys: Sequence[str]) -> set[str]:
    """Which of these queue keys were queued before (those members were told already)."""
    if not keys:
        return set()
    found = db.exec(select(Outbox.dedupe_key).where(col(Outbox.dedupe_key).in_(keys))).all()
    return set(found)


def hold_questions(
    *, db: Session, rows: Sequence[dict[str, Any]], due_at: datetime, now: datetime
) -> None:
    """Hold the questions (`chat_id`, `session_id`, `member_id`, `ref_id`: the proposal,
    `meta`, `dedupe_key`), composed when they fall due at `due_at`; a key held before is
    left as it was."""
    if not rows:
        return
    values = [
        {
            "kind": Kind.IMPACT,
            "text": None,
            "buttons": [],
            "not_before": due_at,
            "created_at": now,
            **row,
        }
        for row in rows
    ]
    db.execute(insert(db, Outbox).on_conflict_do_nothing(), values)


def asked(
    *, db: Session, member_id: int, proposal_id: int, chat_id: int, message_id: int
) -> Outbox | None:
    """The question about this proposal sent to the member in that very message."""
    return db.exec(
        select(Outbox).where(
            Outbox.kind == Kind.IMPACT,
            Outbox.member_id == member_id,
            Outbox.ref_id == proposal_id,
            Outbox.chat_id == chat_id,
            Outbox.message_id == message_id,
            Outbox.state == State.SENT,
        )
    ).first()


def still_to_tell(*, db: Session, member_id: int, proposal_id: int) -> bool:
    """Is a message about the proposal's outcome still on its way to the member (held by
    their quiet hours or the daily cap, or going out now)?"""
    found = db.exec(
        select(Outbox.id)
        .where(
            Outbox.kind == Kind.OUTCOME,
            Outbox.member_id == member_id,
            Outbox.ref_id == proposal_id,
            col(Outbox.state).in_((State.PENDING, *IN_FLIGHT)),
        )
        .limit(1)
    ).first()
    return found is not None


def answer_of(*, db: Session, proposal_id: int, member_id: int) -> OutcomeAnswer | None:
    return db.exec(
        select(OutcomeAnswer).where(
            OutcomeAnswer.proposal_id == proposal_id, OutcomeAnswer.member_id == member_id
        )
    ).first()


def add_answer(
    *,
    db: Session,
    session_id: int,
    proposal_id: int,
    outcome_id: int,
    member_id: int,
    value: str,
    message_id: int | None,
    words_until: datetime | None,
    now: datetime,
) -> bool:
    """Store a member's answer; False if they had answered already (a second tap, or two
    at once: one statement, so never two answers)."""
    stmt = (
        insert(db, OutcomeAnswer)
        .values(
            session_id=session_id,
            proposal_id=proposal_id,
            outcome_id=outcome_id,
            member_id=member_id,
            value=value,
            words=None,
            words_until=words_until,
            message_id=message_id,
            created_at=now,
            updated_at=now,
        )
        .on_conflict_do_nothing()
        .returning(col(OutcomeAnswer.id))
    )
    memo.forget(db, "no_words", member_id)
    return db.execute(stmt).first() is not None


def awaiting_words(*, db: Session, member_id: int, now: datetime) -> OutcomeAnswer | None:
    """The member's latest answer whose words their next text may still be; not read
    again when the turn's first read found none (`storage.places`)."""
    if memo.known(db, ("no_words", member_id)):
        return None
    return db.exec(
        select(OutcomeAnswer)
        .where(
            OutcomeAnswer.member_id == member_id,
            col(OutcomeAnswer.words_until) > now,
            col(OutcomeAnswer.words).is_(None),
        )
        .order_by(col(OutcomeAnswer.created_at).desc(), col(OutcomeAnswer.id).desc())
    ).first()


def keep_words(*, db: Session, answer_id: int, words: str | None, now: datetime) -> None:
    """The member's words with their answer (None: they declined to add any); either way
    their next text is theirs again."""
    db.execute(
        update(OutcomeAnswer)
        .where(col(OutcomeAnswer.id) == answer_id)
        .values(words=words, words_until=None, updated_at=now)
    )


def has_outcome(*, db: Session, proposal_id: int) -> bool:
    return latest(db=db, proposal_id=proposal_id) is not None


def asked_since(*, db: Session, member_id: int, chat_id: int, message_id: int) -> bool:
    """Was the member asked something after that message: a flow's question while they are
    still in that flow, or a follow-up or elaboration request not answered yet (their next
    text answers that)? Read from the queue's sent rows: a question's row says it is one
    (`meta`), so nothing has to remember which message asked it."""
    in_flow = (
        select(DialogStateRow.id)
        .where(
            DialogStateRow.session_id == Outbox.session_id,
            DialogStateRow.member_id == member_id,
            col(DialogStateRow.step_id).is_not(None),
        )
        .exists()
    )
    asked = select(Outbox.id).where(
        Outbox.member_id == member_id,
        Outbox.chat_id == chat_id,
        col(Outbox.message_id) > message_id,
        reprompts.side_out() | (reprompts.asks_question() & in_flow),
    )
    return db.exec(asked.limit(1)).first() is not None
