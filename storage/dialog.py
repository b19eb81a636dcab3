"""Dialog state rows and answers: what the engine decided, persisted."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import bindparam
from sqlalchemy.orm.attributes import set_committed_value
from sqlmodel import Session, col, select, update

from storage import memo
from storage.models import Answer, DialogStateRow
from storage.sql import insert, prepared, run


class StaleDialog(Exception):
    """The dialog state changed since it was read (a concurrent update of the same member):
    nothing was saved; apply the event again from a fresh read."""


def get_dialog(
    *, db: Session, session_id: int, member_id: int, for_update: bool = False
) -> DialogStateRow | None:
    """The member's state row. A row read earlier in the transaction with the member's
    place (`storage.places`) is not read again unless it was written since: the version
    check in `save_dialog` stands for a lock (every writer of the row raises its version,
    so a write in between makes the save raise StaleDialog, and the turn applies the
    update again from a fresh read), and the turn's chat is one lane anyway. Otherwise
    `for_update` locks the row until commit on PostgreSQL, so a concurrent update of the
    same member waits and then reads the new state; SQLite has one writer at a time."""
    key = ("dialog", session_id, member_id)
    kept = memo.known(db, key)
    if kept is not None:
        return kept[0]
    query = select(DialogStateRow).where(
        DialogStateRow.session_id == session_id, DialogStateRow.member_id == member_id
    )
    if for_update:
        query = query.with_for_update()
    return db.exec(query.execution_options(populate_existing=True)).first()


def save_dialog(
    *,
    db: Session,
    session_id: int,
    member_id: int,
    state: dict[str, Any],
    step_id: str | None,
    now: datetime,
    read: DialogStateRow | None,
) -> None:
    """Store the member's new state over `read`, the row the new state was computed from
    (None: there was none). Raises StaleDialog if someone saved in between. The time a step
    was entered is kept while the member stays on it."""
    memo.forget(db, "dialog", session_id, member_id)
    entered = now
    if read is not None and read.step_id == step_id and read.step_entered_at is not None:
        entered = read.step_entered_at
    values = {"state": state, "step_id": step_id, "step_entered_at": entered, "updated_at": now}
    saved: Sequence[Any]
    if read is None:
        saved = db.execute(
            insert(db, DialogStateRow)
            .values(session_id=session_id, member_id=member_id, version=1, **values)
            .on_conflict_do_nothing()
            .returning(col(DialogStateRow.id))
        ).all()
    else:
        saved = run(
            db,
            prepared(db, "save_dialog", _save),
            {"b_id": read.id, "b_version": read.version, "b_new": read.version + 1}
            | {f"b_{name}": value for name, value in values.items()},
        )
    if not saved:
        raise StaleDialog(f"dialog of member {member_id} in session {session_id}")


def _save(db: Session) -> Any:
    """`save_dialog`'s update, its values bound (`storage.sql.prepared`), on the table."""
    c = DialogStateRow.__table__.c  # type: ignore[attr-defined]  # sqlmodel declares no __table__
    return (
        update(DialogStateRow.__table__)  # type: ignore[attr-defined]
        .where(c.id == bindparam("b_id"), c.version == bindparam("b_version"))
        .values(
            version=bindparam("b_new"),
            **{
                name: bindparam(f"b_{name}", type_=c[name].type)
                for name in ("state", "step_id", "step_entered_at", "updated_at")
            },
        )
        .returning(c.id)
    )


def _held(db: Session, model: type[Any]) -> list[Any]:
    """The rows of `model` the session holds, read earlier in its transaction: a statement
    run on the driver's cursor does not change them, so its writer does."""
    return [held for held in db.identity_map.values() if isinstance(held, model)]


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
    language: str | None = None,
    replaces: bool = True,
) -> None:
    """Store an answer (in the `language` the member read when they gave it); an earlier
    answer to the same step (before /back) is superseded, unless the caller knows there is
    none (`replaces` False: `DialogState.all_answers`). A prepared statement for each
    (`storage.sql.prepared`): an update's answer is written when it is given."""
    keys = {"b_session_id": session_id, "b_member_id": member_id, "b_step_id": step_id}
    if replaces:
        run(db, prepared(db, "supersede_answer", _supersede), keys)
        answered = (session_id, member_id, step_id)
        for held in _held(db, Answer):
            if (held.session_id, held.member_id, held.step_id) == answered:
                set_committed_value(held, "superseded", True)
    run(
        db,
        prepared(db, "add_answer", _add_answer),
        keys
        | {
            "b_kind": kind,
            "b_value": value,
            "b_text": text,
            "b_language": language,
            "b_polarity": polarity,
            "b_subjectivity": subjectivity,
            "b_created_at": now,
        },
    )


_ANSWERED = ("session_id", "member_id", "step_id")


def _supersede(_db: Session) -> Any:
    c = Answer.__table__.c  # type: ignore[attr-defined]  # sqlmodel declares no __table__
    return (
        update(Answer.__table__)  # type: ignore[attr-defined]
        .where(*(c[name] == bindparam(f"b_{name}") for name in _ANSWERED))
        .where(c.superseded == False)  # noqa: E712
        .values(superseded=True)
    )


def _add_answer(db: Session) -> Any:
    table = Answer.__table__  # type: ignore[attr-defined]  # sqlmodel declares no __table__
    given = (*_ANSWERED, "kind", "value", "text", "language", "polarity", "subjectivity",
             "created_at")  # fmt: skip
    return insert(db, table).values(
        superseded=False,
        **{name: bindparam(f"b_{name}", type_=table.c[name].type) for name in given},
    )


def last_text(*, db: Session, session_id: int, member_id: int, step_id: str) -> str | None:
    """The member's latest words at the step, before /back or not (None: never any)."""
    return db.exec(
        select(Answer.text)
        .where(
            Answer.session_id == session_id,
            Answer.member_id == member_id,
            Answer.step_id == step_id,
            col(Answer.text).is_not(None),
        )
        .order_by(col(Answer.id).desc())
        .limit(1)
    ).first()


def current_answers(*, db: Session, session_id: int, member_id: int) -> list[Answer]:
    return list(
        db.exec(
            select(Answer)
            .where(
                Answer.session_id == session_id,
                Answer.member_id == member_id,
                Answer.superseded == False,  # noqa: E712
            )
            .order_by(col(Answer.id))
        ).all()
    )
