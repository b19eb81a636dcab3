"""Erasing a member: /forget, and what is left of someone who declined to take part.

A forgotten member's row stays (so counts and tallies keep adding up) but says nothing about
them: no name, username, time zone or language, and a Telegram id that is no one's
(`-member.id`), so nothing reaches them and a later /start makes a new member. Every text
they wrote goes, wherever it was stored, and so does every message the bot sent in their
chat (which may echo or quote it) and its quotations in others' chats.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import String, cast, delete, func, literal, or_
from sqlmodel import Session, col, select

from storage import quotes as quotes_store
from storage import transcript
from storage.models import (
    AdminForm,
    Answer,
    Ballot,
    DialogStateRow,
    Feedback,
    LinkOpen,
    Member,
    Outbox,
    Outcome,
    OutcomeAnswer,
    Participation,
    Proposal,
    State,
    TranscriptMessage,
    Vote,
)
from storage.quotes import ERASED, update_rows
from storage.translations import forget_translations

FREE_TEXT_KINDS = ("text", "proposal", "feedback", "followup", "elaboration")


@dataclass(frozen=True)
class Forgotten:
    """What /forget erased and what it kept, without a name, for the member to be told."""

    answers: int = 0
    proposals: int = 0  # erased outright
    withdrawn: int = 0  # others had voted: kept as "withdrawn" with their tallies
    feedback: int = 0
    messages: int = 0
    votes: int = 0
    ballots: int = 0
    sessions: int = 0


def tombstone(*, db: Session, member: Member) -> int:
    """Make the member's row say nothing about them; returns the Telegram id it had."""
    telegram_id = member.telegram_id
    assert member.id is not None  # a member in the database
    member.telegram_id = -int(member.id)
    member.display_name, member.username = "", None
    member.timezone, member.language = None, "en"
    member.opted_out, member.paused, member.active_session_id = True, False, None
    member.last_seen_at = None
    db.add(member)
    no_way_back = literal("0") + cast(col(Participation.id), String)  # drawn codes have no 0
    update_rows(db, Participation, Participation.member_id == member.id, ref_code=no_way_back)
    db.execute(delete(AdminForm).where(col(AdminForm.telegram_id) == telegram_id))
    db.flush()
    return telegram_id


def forget_member(
    *, db: Session, member: Member, quotes: Iterable[str], now: datetime
) -> Forgotten:
    """Erase the member's personal data and words in every session (see the module). `quotes`:
    the forms in which the bot may have quoted their words (the texts, shortened)."""
    assert member.id is not None  # a member in the database
    transcript.note_waiting(db)  # sent messages still to join the transcript: erased too
    mid = int(member.id)
    quoted = sorted({q for q in [*words_of(db=db, member_id=mid), *quotes] if q.strip()},
                    key=len, reverse=True)  # fmt: skip
    joined = select(Participation.session_id, Participation.joined_at).where(
        Participation.member_id == mid
    )
    rows = db.execute(joined).tuples().all()
    sessions, since = [s for s, _ in rows], min((at for _, at in rows), default=None)
    name = member.display_name
    telegram_id = tombstone(db=db, member=member)
    if name.strip() and since is not None:
        quotes_store.unname(db=db, name=name, since=since)
    mine = or_(
        col(TranscriptMessage.member_id) == mid, col(TranscriptMessage.chat_id) == telegram_id
    )
    messages = update_rows(
        db, TranscriptMessage, mine, TranscriptMessage.direction == "in",
        TranscriptMessage.kind != "button", text=ERASED, meta={},
    )  # fmt: skip
    quotes_store.unquote(
        db=db, member_id=mid, telegram_id=telegram_id, sessions=sessions, quoted=quoted
    )
    for table in (TranscriptMessage, Outbox):
        update_rows(db, table, table.chat_id == telegram_id, chat_id=member.telegram_id)
    update_rows(
        db, Outbox, Outbox.member_id == mid, col(Outbox.state).in_((State.PENDING, State.CLAIMED)),
        state=State.CANCELLED, error="the member erased their data",
    )  # fmt: skip
    free = col(Answer.kind).in_(FREE_TEXT_KINDS)
    answers = update_rows(db, Answer, Answer.member_id == mid, free, text=ERASED, value=None)
    update_rows(
        db, DialogStateRow, DialogStateRow.member_id == mid,
        state={},
        version=col(DialogStateRow.version) + 1,  # a turn that read it before saves no more
    )  # fmt: skip
    feedback = update_rows(db, Feedback, Feedback.member_id == mid, text=ERASED)
    update_rows(db, OutcomeAnswer, OutcomeAnswer.member_id == mid, words=None, words_until=None)
    erased, withdrawn = _withdraw_proposals(db, mid, now)
    return Forgotten(
        answers=answers,
        proposals=erased,
        withdrawn=withdrawn,
        feedback=feedback,
        messages=messages,
        votes=_count(db, Vote.member_id == mid),
        ballots=_count(db, Ballot.member_id == mid),
        sessions=len(sessions),
    )


def words_of(*, db: Session, member_id: int) -> list[str]:
    """Every text the member wrote that is stored as such (answers, proposals, feedback)."""
    found: list[str] = []
    for query in (
        select(Answer.text).where(
            Answer.member_id == member_id, col(Answer.kind).in_(FREE_TEXT_KINDS)
        ),
        select(Proposal.text).where(Proposal.member_id == member_id),
        select(Feedback.text).where(Feedback.member_id == member_id),
    ):
        found += [t for (t,) in db.execute(query).tuples() if t]
    return found


def _withdraw_proposals(db: Session, member_id: int, now: datetime) -> tuple[int, int]:
    """A proposal nobody else voted on goes; one others voted on (or with an outcome) keeps
    its tallies, as withdrawn (hidden from members, no text). Returns (erased, withdrawn)."""
    erased = withdrawn = 0
    own = db.exec(select(Proposal).where(Proposal.member_id == member_id)).all()
    forget_translations(db=db, proposal_ids=[p.id for p in own if p.id is not None])
    for proposal in own:
        if _count(db, Vote.proposal_id == proposal.id) or _count(
            db, Outcome.proposal_id == proposal.id
        ):
            proposal.text, proposal.normalized_text = "", f"withdrawn:{proposal.id}"
            proposal.withdrawn_at, proposal.hidden = now, True
            proposal.hidden_reason = "withdrawn by its author"
            db.add(proposal)
            withdrawn += 1
        else:
            db.delete(proposal)
            erased += 1
    db.flush()
    return erased, withdrawn


def _count(db: Session, where: Any) -> int:
    table = where.left.table
    return int(db.execute(select(func.count()).select_from(table).where(where)).scalar_one())


def forget_declined(*, db: Session, member: Member, session_id: int, whole: bool) -> None:
    """Someone declined to take part: keep only that fact (their participation, with when
    they joined and declined and the kind of link they came by, and no referral: neither
    who invited them nor whose seed, there or in their openings of the session's links).
    `whole`: they take part nowhere else and have no role, so their member row says
    nothing about them either and every message of theirs goes; otherwise only the
    messages of that session."""
    transcript.note_waiting(db)  # sent messages still to join the transcript: erased too
    update_rows(
        db, Participation, Participation.session_id == session_id,
        Participation.member_id == member.id, referred_by_id=None, seed_id=None,
    )  # fmt: skip
    update_rows(
        db, LinkOpen, LinkOpen.session_id == session_id, LinkOpen.member_id == member.id,
        referred_by_id=None, seed_id=None,
    )  # fmt: skip
    if not whole:
        transcript.keep_claims(
            db,
            (col(TranscriptMessage.session_id) == session_id)
            & (col(TranscriptMessage.member_id) == member.id),
        )
        for table in (TranscriptMessage, Outbox):
            db.execute(
                delete(table).where(
                    col(table.session_id) == session_id, col(table.member_id) == member.id
                )
            )
        return
    member.referred_by_id = None
    telegram_id = tombstone(db=db, member=member)
    transcript.keep_claims(
        db,
        or_(
            col(TranscriptMessage.member_id) == member.id,
            col(TranscriptMessage.chat_id) == telegram_id,
        ),
    )
    for table in (TranscriptMessage, Outbox):
        db.execute(
            delete(table).where(
                or_(col(table.member_id) == member.id, col(table.chat_id) == telegram_id)
            )
        )
