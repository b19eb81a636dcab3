"""Background rows that name no session go as they are: the reachability checks, which
pair a session with a member or a group, leave them out (a None beside session ids once
made the pairs impossible to sort)."""

from __future__ import annotations

from storage.outbox import Queued
from usecases import due
from usecases.context import SYSTEM, Ctx, Services
from usecases.flows import FlowCatalog


def test_rows_without_a_session_are_decided_beside_rows_with_one(database, clock) -> None:
    rows = [
        Queued(id=1, chat_id=11, kind="notice", text="a", buttons=[], member_id=5),
        Queued(id=2, chat_id=12, kind="notice", text="b", buttons=[], session_id=3, member_id=6),
        Queued(id=3, chat_id=13, kind="broadcast", text="c", buttons=[]),
        Queued(id=4, chat_id=14, kind="broadcast", text="d", buttons=[], session_id=3),
    ]
    with database.transaction() as db:
        ctx = Ctx(db=db, now=clock.now(), services=Services(flows=FlowCatalog({})), actor=SYSTEM)
        ready = due.decide(ctx, rows)
    assert [r.row.id for r in ready] == [1, 3]  # session 3 does not exist: its rows wait no more
