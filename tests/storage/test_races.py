"""Two connections at once on the same rows: each check-then-write is one atomic
statement, so the loser of a race waits or does nothing instead of failing or doubling."""

from __future__ import annotations

import threading
from collections.abc import Callable

import pytest
from sqlalchemy.exc import IntegrityError
from sqlmodel import select

from storage import dialog as dialog_store
from storage import members, sessions, transcript
from storage.models import Community, CoSession, Member, Participation, TranscriptMessage


def race(database, work: Callable[[object], object]) -> list[object]:
    """Run `work(db)` in two transactions that start together; return both results."""
    barrier, results, errors = threading.Barrier(2), [], []

    def one() -> None:
        try:
            with database.transaction() as db:
                barrier.wait(timeout=5)
                results.append(work(db))
        except Exception as exc:  # reported below
            errors.append(exc)

    threads = [threading.Thread(target=one) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(20)
    assert errors == []
    return results


@pytest.fixture
def cosession(database, clock) -> CoSession:
    with database.transaction() as db:
        return sessions.create_session(
            db=db, title="Park", flow_id="f", created_by=1, now=clock.now()
        )


def _member(db, clock, telegram_id: int = 77) -> Member:
    return members.upsert_member(
        db=db, telegram_id=telegram_id, display_name="Ann", username=None, language=None,
        now=clock.now(),
    )  # fmt: skip


def test_a_first_contact_twice_at_once_makes_one_member(database, clock) -> None:
    ids = race(database, lambda db: _member(db, clock).id)
    with database.session() as db:
        assert len(db.exec(select(Member)).all()) == 1
    assert ids[0] == ids[1]


def test_joining_twice_at_once_makes_one_participation(database, clock, cosession) -> None:
    with database.transaction() as db:
        _member(db, clock)

    def join(db):
        member = _member(db, clock)
        return sessions.join_session(db=db, cosession=cosession, member=member, now=clock.now()).id

    ids = race(database, join)
    assert ids[0] == ids[1]
    with database.session() as db:
        assert len(db.exec(select(Participation)).all()) == 1


def test_one_organiser_naming_a_community_twice_at_once_gets_one(database, clock) -> None:
    def create(db):
        return sessions.create_session(
            db=db, title="Beds", flow_id="f", created_by=5, now=clock.now(),
            community_name="Rose Lane",
        ).community_id  # fmt: skip

    ids = race(database, create)
    assert ids[0] == ids[1]
    with database.transaction() as db:  # another organiser's "Rose Lane" is another community
        other = sessions.create_session(
            db=db, title="X", flow_id="f", created_by=6, now=clock.now(), community_name="Rose Lane"
        )
    with database.session() as db:
        communities = db.exec(select(Community).where(Community.name == "Rose Lane")).all()
    assert {c.owner_id for c in communities} == {5, 6} and other.community_id not in ids


def test_an_update_delivered_to_two_handlers_at_once_is_applied_once(database, clock) -> None:
    claimed = race(
        database, lambda db: transcript.claim_update(db=db, update_id=99, now=clock.now())
    )
    assert sorted(claimed) == [False, True]


def test_a_message_delivered_to_two_handlers_at_once_is_recorded_once(database, clock) -> None:
    """The row of the message an update brought claims it: the second transaction waits
    for the first (PostgreSQL; SQLite has one writer at a time) and cannot commit."""
    refused: list[bool] = []

    def received(db) -> None:
        row = {name: None for name in transcript.NOTED}
        row |= {"chat_id": 7, "direction": "in", "kind": "text", "text": "hi", "meta": {},
                "created_at": clock.now(), "staff": False, "update_id": 98}  # fmt: skip
        try:
            transcript.note(db, [row])
            db.commit()
        except IntegrityError as error:
            refused.append(transcript.claimed_twice(error))
            db.rollback()

    race(database, received)
    assert refused == [True]
    with database.session() as db:
        assert transcript.applied_updates(db=db) == {98}
        assert len(db.exec(select(TranscriptMessage)).all()) == 1


def test_two_updates_of_one_member_at_once_lose_neither(database, clock, cosession) -> None:
    """Each adds one to a counter in the member's dialog state, retrying from a fresh read
    when its read went stale (as the shell does): both additions survive."""
    with database.transaction() as db:
        member = _member(db, clock)
        dialog_store.save_dialog(
            db=db, session_id=cosession.id, member_id=member.id, state={"n": 0},
            step_id="q", now=clock.now(), read=None,
        )  # fmt: skip
    conflicts = []

    def add_one(db) -> None:
        for _ in range(3):
            read = dialog_store.get_dialog(
                db=db, session_id=cosession.id, member_id=member.id, for_update=True
            )
            count = read.state.get("n", 0) if read else 0
            try:
                with db.begin_nested():
                    dialog_store.save_dialog(
                        db=db, session_id=cosession.id, member_id=member.id,
                        state={"n": count + 1}, step_id="q", now=clock.now(), read=read,
                    )  # fmt: skip
                return
            except dialog_store.StaleDialog:
                conflicts.append(1)
        raise AssertionError("never saved")

    race(database, add_one)
    with database.session() as db:
        row = dialog_store.get_dialog(db=db, session_id=cosession.id, member_id=member.id)
    assert row.state == {"n": 2}
    if database.engine.dialect.name == "postgresql":
        assert conflicts == [], "FOR UPDATE made the second wait and read the first's state"
