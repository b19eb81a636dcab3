"""Erasing a member: /forget, and what is left of someone who declined to take part.

A forgotten member's row stays (so counts and tallies keep adding up) but says nothing about
them: no name, username, time zone or language, and a Telegram id that is no one's
(`-member.id`), so nothing reaches them and a later /start makes a new member. Every text
they wrote goes, wherever it was stored, and so do the bot's messages that quoted it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import delete, func, or_, true, update
from sqlmodel import Session, col, select

from storage.models import (
    AdminForm,
    Answer,
    Ballot,
    DialogStateRow,
    Feedback,
    Member,
    Outbox,
    Participation,
    Proposal,
    TranscriptMessage,
    Vote,
)

ERASED = "[erased]"
FREE_TEXT_KINDS = ("text", "proposal", "feedback", "followup", "elaboration")
SIDE_KINDS = ("followup", "elaboration")  # the bot's messages that always quote the member


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
    member.telegram_id = -int(member.id)
    member.display_name, member.username = "", None
    member.timezone, member.language, member.segments = None, "en", []
    member.ref_code = f"0{member.id}"  # drawn codes have no 0: nobody else's, no way back
    member.opted_out, member.paused, member.active_session_id = True, False, None
    member.last_seen_at = None
    db.add(member)
    db.execute(delete(AdminForm).where(AdminForm.telegram_id == telegram_id))
    db.flush()
    return telegram_id


def forget_member(
    *, db: Session, member: Member, quotes: Iterable[str], now: datetime
) -> Forgotten:
    """Erase the member's personal data and words in every session (see the module). `quotes`:
    the forms in which the bot may have quoted their words (the texts, shortened)."""
    mid = int(member.id)
    texts = words_of(db=db, member_id=mid)
    quoted = sorted({q for q in [*texts, *quotes] if q.strip()}, key=len, reverse=True)
    sessions = [s for (s,) in db.execute(select(Participation.session_id).where(
        Participation.member_id == mid))]  # fmt: skip
    since = db.execute(
        select(func.min(Participation.joined_at)).where(Participation.member_id == mid)
    ).scalar_one()
    name = member.display_name
    telegram_id = tombstone(db=db, member=member)
    if name.strip() and since is not None:
        for table in (TranscriptMessage, Outbox):
            _unname(db, table, name, since)
    mine = or_(TranscriptMessage.member_id == mid, TranscriptMessage.chat_id == telegram_id)
    messages = db.execute(
        update(TranscriptMessage)
        .where(mine, TranscriptMessage.direction == "in", TranscriptMessage.kind != "button")
        .values(text=ERASED, meta={})
        .execution_options(synchronize_session=False)
    ).rowcount
    _unquote(db, TranscriptMessage, mid, telegram_id, sessions, quoted)
    _unquote(db, Outbox, mid, telegram_id, sessions, quoted)
    for table in (TranscriptMessage, Outbox):
        db.execute(
            update(table)
            .where(table.chat_id == telegram_id)
            .values(chat_id=member.telegram_id)
            .execution_options(synchronize_session=False)
        )
    db.execute(
        update(Outbox)
        .where(Outbox.member_id == mid, col(Outbox.state).in_(("pending", "claimed")))
        .values(state="cancelled", error="the member erased their data")
        .execution_options(synchronize_session=False)
    )
    answers = db.execute(
        update(Answer)
        .where(Answer.member_id == mid, col(Answer.kind).in_(FREE_TEXT_KINDS))
        .values(text=ERASED, value=None)
        .execution_options(synchronize_session=False)
    ).rowcount
    db.execute(
        update(DialogStateRow)
        .where(DialogStateRow.member_id == mid)
        .values(state={}, question_chat_id=None, question_message_id=None)
        .execution_options(synchronize_session=False)
    )
    feedback = db.execute(
        update(Feedback).where(Feedback.member_id == mid).values(text=ERASED)
        .execution_options(synchronize_session=False)
    ).rowcount  # fmt: skip
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
        found += [t for (t,) in db.execute(query) if t]
    return found


def _unquote(
    db: Session,
    table: Any,
    member_id: int,
    telegram_id: int,
    sessions: list[int],
    quoted: list[str],
) -> None:
    """The bot's messages that quote the member: in their own chat the whole text goes (every
    follow-up, which always quotes, and any message with “their words”, a summary line or a
    ticked answer `: words`, `✅ words`); in others' chats (proposal cards, organisers'
    readings) each “quotation” becomes “[erased]”."""
    own = or_(table.chat_id == telegram_id, table.member_id == member_id)
    text = col(table.text)
    outgoing = table.direction == "out" if table is TranscriptMessage else true()
    side = col(table.kind).in_(SIDE_KINDS)
    shapes = [shape.format(q) for q in quoted for shape in ("“{}”", ": {}", "✅ {}")]
    if shapes:
        side = or_(side, *(text.contains(shape, autoescape=True) for shape in shapes))
    db.execute(
        update(table)
        .where(own, outgoing, side)
        .values(text=ERASED)
        .execution_options(synchronize_session=False)
    )
    if table is Outbox:
        db.execute(
            update(table).where(own).values(meta={})
            .execution_options(synchronize_session=False)
        )  # fmt: skip
    if not quoted or not sessions:
        return
    marks = [f"“{q}”" for q in quoted]
    rows = db.execute(
        select(table.id, table.text).where(
            col(table.session_id).in_(sessions),
            outgoing,
            or_(*(text.contains(m, autoescape=True) for m in marks)),
        )
    ).all()
    changes = []
    for row_id, old in rows:
        new = old
        for mark in marks:
            new = new.replace(mark, f"“{ERASED}”")
        if new != old:
            changes.append({"id": row_id, "text": new})
    if changes:
        db.execute(update(table), changes)


def _unname(db: Session, table: Any, name: str, since: datetime) -> None:
    """The member's name in the lists of who chose what in a poll (`/results`: lines of
    names, indented), since they first joined a session."""
    rows = db.execute(
        select(table.id, table.text).where(
            table.created_at >= since,
            col(table.text).contains(f"   {name}", autoescape=True)
            | col(table.text).contains(f", {name}", autoescape=True),
        )
    ).all()
    changes = []
    for row_id, old in rows:
        lines = [
            "   " + ", ".join(ERASED if n == name else n for n in line[3:].split(", "))
            if line.startswith("   ") else line
            for line in old.split("\n")
        ]  # fmt: skip
        if "\n".join(lines) != old:
            changes.append({"id": row_id, "text": "\n".join(lines)})
    if changes:
        db.execute(update(table), changes)


def _withdraw_proposals(db: Session, member_id: int, now: datetime) -> tuple[int, int]:
    """A proposal nobody else voted on goes; one others voted on keeps its tallies, as
    withdrawn (hidden from members, no text). Returns (erased, withdrawn)."""
    erased = withdrawn = 0
    for proposal in db.exec(select(Proposal).where(Proposal.member_id == member_id)).all():
        if _count(db, Vote.proposal_id == proposal.id):
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
    they joined and declined, and no referral). `whole`: they take part nowhere else and
    have no role, so their member row says nothing about them either and every message of
    theirs goes; otherwise only the messages of that session."""
    db.execute(
        update(Participation)
        .where(Participation.session_id == session_id, Participation.member_id == member.id)
        .values(referred_by_id=None)
        .execution_options(synchronize_session=False)
    )
    if not whole:
        for table in (TranscriptMessage, Outbox):
            db.execute(
                delete(table).where(table.session_id == session_id, table.member_id == member.id)
            )
        return
    member.referred_by_id = None
    telegram_id = tombstone(db=db, member=member)
    for table in (TranscriptMessage, Outbox):
        db.execute(
            delete(table).where(or_(table.member_id == member.id, table.chat_id == telegram_id))
        )
