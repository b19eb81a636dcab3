"""Who acts and where, in one read: the member, their active session and their part in it,
their dialog state there and the names the session's flow uses (its community's, its
owner's); and whether they have a guided form open or an outcome's question waiting for
their words, or a follow-up or elaboration request out and not answered, so that a typed
message reads none of these when there is none; whether their session has a poll open
(none: `catchup.missed_polls` reads nothing); what answering the step their dialog is
at would void (`reprompts.void`); and the highest update id forgotten, so
that the update may be claimed by the row of the message it brought (`storage.transcript`).
A turn needs all
of it, so it is read in one statement at the turn's start and kept for the turn
(`storage.memo`), where `sessions.session_and_participation`, `dialog.get_dialog`,
`flows.names_of`, `forms.get_form` and `outcomes.awaiting_words` find it instead of
reading it again."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import and_, bindparam, exists
from sqlalchemy import select as sa_select
from sqlalchemy.orm import aliased
from sqlmodel import Session, col

from storage import flows, memo, outbox_reads, reprompts, transcript
from storage.models import (
    AdminForm,
    Community,
    CoSession,
    DialogStateRow,
    Member,
    Outbox,
    OutcomeAnswer,
    Participation,
    Poll,
)


def _statement(tapped: bool = False) -> Any:
    """The one read, built once: a statement built anew each call costs more than running
    it (SQLAlchemy coerces every clause); built once, only its cache key is found again.
    `tapped`: with the rows of the queue `outbox_reads.tapped_button` reads for a tapped
    message (one row of the read each, the rest repeated; at least one row)."""
    owner = aliased(Member)
    m = Member
    form = exists().where(col(AdminForm.telegram_id) == col(m.telegram_id))
    words = exists().where(
        col(OutcomeAnswer.member_id) == col(m.id),
        col(OutcomeAnswer.words_until).is_not(None),
        col(OutcomeAnswer.words).is_(None),
    )
    open_poll = exists().where(
        col(Poll.session_id) == col(m.active_session_id), col(Poll.status) == "open"
    )
    sent = aliased(Outbox)  # not the tapped message's rows, which the read may join
    side = exists().where(col(sent.member_id) == col(m.id), reprompts.side_out(sent))
    # one row even for someone never met: the highest update id forgotten, and the queue's
    # rows for a tapped message, are read for them too
    forgotten = sa_select(
        transcript.forgotten_below().label("forgotten"),
        transcript.claimed_apart().label("claimed"),
    ).subquery("forgotten")
    columns: tuple[Any, ...] = (
        m, CoSession, Participation, DialogStateRow, col(Community.name), owner.display_name,
        form, words, side, open_poll, forgotten.c.forgotten, forgotten.c.claimed,
        reprompts.voidable_key(m.active_session_id, m.id, DialogStateRow.step_id),
    )  # fmt: skip
    if tapped:
        columns = (*columns, *outbox_reads.TAPPED_COLUMNS)
    statement = (
        sa_select(*columns)
        .select_from(forgotten)
        .outerjoin(m, col(m.telegram_id) == bindparam("telegram_id"))
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
    )
    if tapped:
        statement = statement.outerjoin(Outbox, outbox_reads.tapped_rows()).order_by(col(Outbox.id))
    return statement


_ACTOR = _statement()
_ACTOR_TAPPED = _statement(tapped=True)
_WIDTH = len(_ACTOR.column_descriptions)  # (an entity is one) the tapped queue columns follow


def actor(
    *,
    db: Session,
    telegram_id: int,
    tapped: tuple[int, int] | None = None,
    update_id: int | None = None,
) -> Member | None:
    """The member with this Telegram id (None: never met), touching nothing; their active
    session, part in it, dialog state and the session's names kept for the transaction.
    `tapped` (chat, message): what the queue holds about the message tapped is read with
    them and kept too (`outbox_reads.tapped_button`). `update_id`: the update the turn
    applies, whether its message's row may claim it (`transcript.claim_by_note`)."""
    given = {"telegram_id": telegram_id, "b_update": -1 if update_id is None else update_id}
    if tapped is None:
        rows: Sequence[Any] = [db.execute(_ACTOR, given).one()]
    else:
        chat, message = tapped
        rows = db.execute(_ACTOR_TAPPED, {**given, "b_chat": chat, "b_message": message}).all()
        queue = [tuple(r[_WIDTH:]) for r in rows if r[_WIDTH] is not None]
        outbox_reads.keep_tapped(db, chat, message, queue)
    row: tuple[Any, ...] = tuple(rows[0])[:_WIDTH]
    member, cosession, participation, dialog, community, owner_name, *flags, gone, apart, void = row
    form, words, side, open_poll = flags
    if update_id is not None:  # the update may be claimed by its message's row
        transcript.keep_forgotten(db, update_id, int(gone), bool(apart))
    if member is None:
        return None
    if not form:
        memo.keep(db, ("no_form", telegram_id), True)
    if not words:
        memo.keep(db, ("no_words", member.id), True)
    if not side:
        memo.keep(db, ("no_side", member.id), True)
    if cosession is not None and participation is not None:
        sid, mid = cosession.id, member.id
        if not open_poll:
            memo.keep(db, ("no_open_poll", sid), True)
        memo.keep(db, ("place", sid, mid), (cosession, participation))
        memo.keep(db, ("dialog", sid, mid), (dialog,))
        if dialog is not None:  # what answering the step it is at would void
            reprompts.keep_voidable(db, sid, mid, dialog.step_id, void)
        flows.keep_names(db, cosession, community, owner_name)
    return member
