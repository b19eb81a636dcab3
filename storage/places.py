"""Who acts and where, in one read: the member, their active session and their part in it,
their dialog state there and the names the session's flow uses (its community's, its
owner's); and whether they have a guided form open or an outcome's question waiting for
their words, so that a typed message reads neither when there is none. A turn needs all
of it, so it is read in one statement at the turn's start and kept for the turn
(`storage.memo`), where `sessions.session_and_participation`, `dialog.get_dialog`,
`flows.names_of`, `forms.get_form` and `outcomes.awaiting_words` find it instead of
reading it again."""

from __future__ import annotations

from typing import Any

from sqlalchemy import and_, bindparam, exists
from sqlalchemy import select as sa_select
from sqlalchemy.orm import aliased
from sqlmodel import Session, col

from storage import flows, memo
from storage.models import (
    AdminForm,
    Community,
    CoSession,
    DialogStateRow,
    Member,
    OutcomeAnswer,
    Participation,
)


def _statement() -> Any:
    """The one read, built once: a statement built anew each call costs more than running
    it (SQLAlchemy coerces every clause); built once, only its cache key is found again."""
    owner = aliased(Member)
    m = Member
    form = exists().where(col(AdminForm.telegram_id) == col(m.telegram_id))
    words = exists().where(
        col(OutcomeAnswer.member_id) == col(m.id),
        col(OutcomeAnswer.words_until).is_not(None),
        col(OutcomeAnswer.words).is_(None),
    )
    columns: tuple[Any, ...] = (
        m, CoSession, Participation, DialogStateRow, col(Community.name), owner.display_name,
        form, words,
    )  # fmt: skip
    return (
        sa_select(*columns)
        .select_from(m)
        .outerjoin(CoSession, col(CoSession.id) == col(m.active_session_id))
        .outerjoin(
            Participation,
            and_(
                col(Participation.session_id) == col(m.active_session_id),
                col(Participation.member_id) == col(m.id),
            ),
        )
        .outerjoin(
            DialogStateRow,
            and_(
                col(DialogStateRow.session_id) == col(m.active_session_id),
                col(DialogStateRow.member_id) == col(m.id),
            ),
        )
        .outerjoin(Community, col(Community.id) == col(CoSession.community_id))
        .outerjoin(owner, col(owner.telegram_id) == col(CoSession.created_by))
        .where(col(m.telegram_id) == bindparam("telegram_id"))
    )


_ACTOR = _statement()


def actor(*, db: Session, telegram_id: int) -> Member | None:
    """The member with this Telegram id (None: never met), touching nothing; their active
    session, part in it, dialog state and the session's names kept for the transaction."""
    found = db.execute(_ACTOR, {"telegram_id": telegram_id}).first()
    if found is None:
        return None
    row: tuple[Any, ...] = tuple(found)
    member, cosession, participation, dialog, community, owner_name, form, words = row
    if not form:
        memo.keep(db, ("no_form", telegram_id), True)
    if not words:
        memo.keep(db, ("no_words", member.id), True)
    if cosession is not None and participation is not None:
        sid, mid = cosession.id, member.id
        memo.keep(db, ("place", sid, mid), (cosession, participation))
        memo.keep(db, ("dialog", sid, mid), (dialog,))
        flows.keep_names(db, cosession, community, owner_name)
    return member
