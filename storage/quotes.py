"""The bot's messages that quote a member or name them, for /forget (`storage.erasure`): the
member's words and name out of what the bot sent, wherever it was stored (the transcript and
the queue)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import or_, true, update
from sqlmodel import Session, col, select

from storage.models import Outbox, TranscriptMessage

ERASED = "[erased]"
TABLES = (TranscriptMessage, Outbox)


def unquote(
    *, db: Session, member_id: int, telegram_id: int, sessions: list[int], quoted: list[str]
) -> None:
    """In the member's own chat (and wherever a row names them) the whole text of every
    message the bot sent goes, with every note kept with it: replies that echo what they
    typed (a /start payload, a /timezone), follow-ups quoting them, cards of their own
    proposals. In others' chats of their sessions (proposal cards, organisers' readings)
    each “quotation” of their words becomes “[erased]”."""
    for table in TABLES:
        own = or_(col(table.chat_id) == telegram_id, col(table.member_id) == member_id)
        update_rows(db, table, own, _outgoing(table), text=ERASED)
        update_rows(db, table, own, meta={})
        if quoted and sessions:
            marks = [f"“{q}”" for q in quoted]
            _rewrite(
                db,
                table,
                (
                    col(table.session_id).in_(sessions),
                    _outgoing(table),
                    or_(*_containing(table, marks)),
                ),
                lambda old, marks=marks: _replace_all(old, marks, f"“{ERASED}”"),
            )


def unname(*, db: Session, name: str, since: datetime) -> None:
    """The member's name in the lists of who chose what in a poll (`/results`: indented
    lines of names), in what was sent since they first joined a session."""

    def without(old: str) -> str:
        return "\n".join(
            "   " + ", ".join(ERASED if n == name else n for n in line[3:].split(", "))
            if line.startswith("   ") else line
            for line in old.split("\n")
        )  # fmt: skip

    for table in TABLES:
        listed = _containing(table, [f"   {name}", f", {name}"])
        _rewrite(db, table, (table.created_at >= since, or_(*listed)), without)


def _outgoing(table: Any) -> Any:
    return table.direction == "out" if table is TranscriptMessage else true()


def _containing(table: Any, needles: list[str]) -> list[Any]:
    """LIKE conditions, the needles taken literally (% and _ escaped)."""
    return [col(table.text).contains(n, autoescape=True) for n in needles]


def _replace_all(text: str, marks: list[str], by: str) -> str:
    for mark in marks:
        text = text.replace(mark, by)
    return text


def _rewrite(db: Session, table: Any, where: tuple[Any, ...], change: Any) -> None:
    """Rewrite the text of the rows `where` selects (that LIKE found) with `change`."""
    rows = db.execute(select(table.id, table.text).where(*where)).all()
    changes = [{"id": i, "text": change(old)} for i, old in rows if change(old) != old]
    if changes:
        db.execute(update(table), changes)


def update_rows(db: Session, table: Any, *where: Any, **values: Any) -> int:
    result = db.execute(
        update(table).where(*where).values(**values).execution_options(synchronize_session=False)
    )
    # sqlmodel types Session.execute as returning Result; it is a CursorResult (rowcount)
    return result.rowcount or 0  # type: ignore[attr-defined]
