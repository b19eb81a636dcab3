"""Dialog state, answers, proposals, transcript and update de-duplication."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import delete
from sqlalchemy.exc import IntegrityError
from sqlmodel import col, select

from storage import dialog as dialog_store
from storage import members, places, reprompts, sessions, transcript
from storage import proposals as proposal_store
from storage.models import TranscriptMessage


@pytest.fixture
def place(database, clock):
    with database.transaction() as db:
        s = sessions.create_session(db=db, title="Park", flow_id="f", created_by=1, now=clock.now())
        m = members.upsert_member(
            db=db, telegram_id=42, display_name="Ann", username=None, language=None, now=clock.now()
        )
    return s, m


def _save(db, s, m, state, now, read):
    dialog_store.save_dialog(
        db=db,
        session_id=s.id,
        member_id=m.id,
        state=state,
        step_id=state["step_id"],
        now=now,
        read=read,
    )


def test_dialog_state_round_trips_and_keeps_step_entry_time(database, clock, place) -> None:
    s, m = place
    with database.transaction() as db:
        _save(db, s, m, {"step_id": "a", "answers": {}}, clock.now(), read=None)
    later = clock.now() + timedelta(minutes=5)
    with database.transaction() as db:
        read = dialog_store.get_dialog(db=db, session_id=s.id, member_id=m.id, for_update=True)
        _save(db, s, m, {"step_id": "a", "answers": {"x": 1}}, later, read=read)
    with database.session() as db:
        row = dialog_store.get_dialog(db=db, session_id=s.id, member_id=m.id)
        assert row.state == {"step_id": "a", "answers": {"x": 1}}
        assert row.step_entered_at == clock.now() and row.version == 2  # saved twice
        assert row.updated_at == later


def test_a_save_from_a_stale_read_is_refused(database, clock, place) -> None:
    """Two updates of one member read the same state; the second save would lose the
    first's answer, so it is refused (the shell applies that update again)."""
    s, m = place
    with database.transaction() as db:
        _save(db, s, m, {"step_id": "a"}, clock.now(), read=None)
    with database.session() as db:
        stale = dialog_store.get_dialog(db=db, session_id=s.id, member_id=m.id)
    with database.transaction() as db:
        fresh = dialog_store.get_dialog(db=db, session_id=s.id, member_id=m.id)
        _save(db, s, m, {"step_id": "b"}, clock.now(), read=fresh)
    with pytest.raises(dialog_store.StaleDialog), database.transaction() as db:
        _save(db, s, m, {"step_id": "c"}, clock.now(), read=stale)
    with pytest.raises(dialog_store.StaleDialog), database.transaction() as db:
        _save(db, s, m, {"step_id": "d"}, clock.now(), read=None)  # "first" save, too late
    with database.session() as db:
        assert dialog_store.get_dialog(db=db, session_id=s.id, member_id=m.id).step_id == "b"


def test_a_changed_answer_supersedes_the_old_one(database, clock, place) -> None:
    s, m = place
    for value in ("daily", "weekly"):
        with database.transaction() as db:
            dialog_store.add_answer(
                db=db,
                session_id=s.id,
                member_id=m.id,
                step_id="visits",
                kind="choice",
                value=value,
                text=None,
                polarity=None,
                subjectivity=None,
                now=clock.now(),
            )
    with database.session() as db:
        answers = dialog_store.current_answers(db=db, session_id=s.id, member_id=m.id)
    assert [a.value for a in answers] == ["weekly"]


def test_duplicate_proposals_are_refused(database, clock, place) -> None:
    s, m = place
    with database.transaction() as db:
        first = proposal_store.add_proposal(
            db=db,
            session_id=s.id,
            member_id=m.id,
            text="More benches  by the pond.",
            now=clock.now(),
        )
        dup = proposal_store.add_proposal(
            db=db, session_id=s.id, member_id=m.id, text="more benches by the pond", now=clock.now()
        )
    assert first is not None and dup is None


def test_update_marked_processed_once(database, clock) -> None:
    with database.transaction() as db:
        assert transcript.claim_update(db=db, update_id=10, now=clock.now())
    with database.session() as db:
        assert transcript.is_update_processed(db=db, update_id=10)
        assert not transcript.is_update_processed(db=db, update_id=11)
    with database.transaction() as db:  # applied before: no error, just "no"
        assert not transcript.claim_update(db=db, update_id=10, now=clock.now())


def test_old_processed_updates_are_pruned(database, clock) -> None:
    with database.transaction() as db:
        transcript.claim_update(db=db, update_id=1, now=clock.now())
        transcript.claim_update(db=db, update_id=2, now=clock.now() + timedelta(days=8))
    with database.transaction() as db:
        pruned = transcript.prune_processed_updates(
            db=db, now=clock.now() + timedelta(days=9), keep=timedelta(days=7)
        )
    assert pruned == 1


def test_transcript_keeps_direction_step_and_sentiment(database, clock, place) -> None:
    s, m = place
    with database.transaction() as db:
        transcript.record_message(
            db=db,
            chat_id=42,
            direction="in",
            text="too dark at night",
            now=clock.now(),
            session_id=s.id,
            member_id=m.id,
            step_id="safety",
            polarity=-0.15,
            subjectivity=0.4,
        )
    from sqlmodel import select

    from storage.models import TranscriptMessage

    with database.session() as db:
        [row] = db.exec(select(TranscriptMessage)).all()
    assert (row.direction, row.step_id, row.polarity, row.created_at) == (
        "in",
        "safety",
        -0.15,
        clock.now(),
    )


def test_reprompts_are_cancelled_by_a_reply_and_re_armed(database, clock, place) -> None:
    s, m = place
    due = clock.now() + timedelta(hours=24)

    def schedule(db, when):
        reprompts.hold(
            db=db,
            session_id=s.id,
            member_id=m.id,
            chat_id=m.telegram_id,
            step_id="q1",
            kind="reminder",
            attempt=1,
            due_at=when,
            now=clock.now(),
        )

    with database.transaction() as db:
        schedule(db, due)
    with database.transaction() as db:
        [held] = reprompts.pending(db=db, session_id=s.id, member_id=m.id)
        assert (held.step_id, held.text, held.chat_id) == ("q1", None, 42)
        reprompts.void(db=db, session_id=s.id, member_id=m.id, now=clock.now(), steps=["q0"])
        assert len(reprompts.pending(db=db, session_id=s.id, member_id=m.id)) == 1
        reprompts.void(db=db, session_id=s.id, member_id=m.id, now=clock.now(), steps=["q1"])
        assert reprompts.pending(db=db, session_id=s.id, member_id=m.id) == []
    later = due + timedelta(hours=1)
    with database.transaction() as db:  # back at q1 (after /back): the same row again
        schedule(db, later)
    with database.session() as db:
        [row] = reprompts.pending(db=db, session_id=s.id, member_id=m.id)
    assert row.not_before == later and row.state == "pending" and row.replied_at is None


def test_an_update_replayed_after_it_was_forgotten_is_still_refused(database, clock) -> None:
    """Ids are kept two days; an older one delivered again (a captured webhook request,
    say) is refused by the highest forgotten id, however old."""
    t0 = clock.now()
    with database.transaction() as db:
        assert transcript.claim_update(db=db, update_id=10, now=t0)
        assert transcript.claim_update(db=db, update_id=11, now=t0)
    later = t0 + timedelta(days=3)
    with database.transaction() as db:
        assert transcript.claim_update(db=db, update_id=12, now=later)
        assert transcript.prune_processed_updates(db=db, now=later, keep=timedelta(days=2)) == 2
    with database.transaction() as db:
        assert not transcript.claim_update(db=db, update_id=10, now=later), "forgotten, refused"
        assert not transcript.claim_update(db=db, update_id=12, now=later), "remembered"
        assert transcript.claim_update(db=db, update_id=13, now=later)
    # After a week without any update, Telegram draws ids afresh: a low one is new then.
    quiet = later + timedelta(days=7)
    with database.transaction() as db:
        assert transcript.prune_processed_updates(db=db, now=quiet, keep=timedelta(days=2)) == 2
        assert transcript.claim_update(db=db, update_id=5, now=quiet)
        assert not transcript.claim_update(db=db, update_id=5, now=quiet)


def _received(db, update_id, now, chat_id=42):
    """A received message's transcript row, carrying the update it came in (its claim)."""
    transcript.note(
        db,
        [
            {
                "session_id": None, "member_id": None, "chat_id": chat_id, "direction": "in",
                "kind": "text", "step_id": None, "text": "hello", "polarity": None,
                "subjectivity": None, "telegram_message_id": None, "meta": {},
                "created_at": now, "staff": False, "update_id": update_id,
            }
        ],
    )  # fmt: skip


def test_the_row_of_the_message_an_update_brought_claims_it(database, clock) -> None:
    """A second delivery of an update whose message is in the transcript cannot commit its
    row; either claim refuses it; both are forgotten after two days, the highest id
    forgotten still refusing older ones."""
    t0 = clock.now()
    with database.transaction() as db:
        _received(db, 20, t0)
    with database.session() as db:
        assert transcript.is_update_processed(db=db, update_id=20)
        assert transcript.applied_updates(db=db) == {20}
    with pytest.raises(IntegrityError) as raised, database.transaction() as db:
        _received(db, 20, t0)
        db.flush()
    assert transcript.claimed_twice(raised.value)
    with database.transaction() as db:  # the other claim refuses it too
        assert not transcript.claim_update(db=db, update_id=20, now=t0)
        assert transcript.claim_update(db=db, update_id=21, now=t0)
    with pytest.raises(IntegrityError) as raised, database.transaction() as db:
        _received(db, 21, t0)  # claimed the other way: its row may still record it ...
        _received(db, 21, t0)  # ... once
    assert transcript.claimed_twice(raised.value)
    later = t0 + timedelta(days=3)
    with database.transaction() as db:
        _received(db, 22, later)
        assert transcript.prune_processed_updates(db=db, now=later, keep=timedelta(days=2)) == 2
    with database.session() as db:
        kept = db.exec(select(TranscriptMessage.update_id).order_by(TranscriptMessage.id)).all()
        assert kept == [None, 22], "the message stays; its claim is forgotten"
        assert transcript.applied_updates(db=db) == {22}
    with database.transaction() as db:
        assert not transcript.claim_update(db=db, update_id=20, now=later), "forgotten, refused"
        assert not transcript.claim_update(db=db, update_id=22, now=later), "remembered"
    # after a week without any update, Telegram draws ids afresh: a low one is new then
    quiet = later + timedelta(days=7)
    with database.transaction() as db:
        assert transcript.prune_processed_updates(db=db, now=quiet, keep=timedelta(days=2)) == 1
        assert transcript.claim_update(db=db, update_id=5, now=quiet)


def test_the_actors_read_tells_whether_the_update_may_be_claimed_by_its_row(
    database, clock, place
) -> None:
    _, m = place
    with database.transaction() as db:
        assert not transcript.claim_by_note(db, 30), "nothing read: claimed the other way"
        places.actor(db=db, telegram_id=m.telegram_id, update_id=30)
        assert transcript.claim_by_note(db, 30), "nothing forgotten yet"
        assert not transcript.claim_by_note(db, 31), "read for another update"
        _received(db, 30, clock.now() - timedelta(days=3))
        transcript.prune_processed_updates(db=db, now=clock.now(), keep=timedelta(days=2))
    with database.transaction() as db:
        places.actor(db=db, telegram_id=m.telegram_id, update_id=30)
        assert not transcript.claim_by_note(db, 30), "at or below the highest forgotten"
    with database.transaction() as db:
        places.actor(db=db, telegram_id=m.telegram_id, update_id=31)
        assert transcript.claim_by_note(db, 31)
    with database.transaction() as db:
        assert places.actor(db=db, telegram_id=999, update_id=31) is None
        assert transcript.claim_by_note(db, 31), "never met: read for them too"
    with database.transaction() as db:  # an update claimed apart (it left no row)
        assert transcript.claim_update(db=db, update_id=32, now=clock.now())
    with database.transaction() as db:
        places.actor(db=db, telegram_id=m.telegram_id, update_id=32)
        assert not transcript.claim_by_note(db, 32), "held by the other claim"


def test_claims_outlive_the_transcript_rows_deleted(database, clock) -> None:
    """Someone who declines has their messages deleted; the updates they came in stay
    applied, so that a redelivery cannot bring them back."""
    with database.transaction() as db:
        _received(db, 40, clock.now(), chat_id=7)
        _received(db, 41, clock.now(), chat_id=8)
    with database.transaction() as db:
        transcript.keep_claims(db, TranscriptMessage.chat_id == 7)
        db.execute(delete(TranscriptMessage).where(col(TranscriptMessage.chat_id) == 7))
    with database.transaction() as db:
        assert transcript.applied_updates(db=db) == {40, 41}
        assert not transcript.claim_update(db=db, update_id=40, now=clock.now())


def test_a_database_error_never_carries_what_members_wrote(database) -> None:
    from sqlalchemy import text
    from sqlalchemy.exc import DBAPIError

    with pytest.raises(DBAPIError) as caught, database.transaction() as db:
        db.execute(text("INSERT INTO no_such_table VALUES (:words)"), {"words": "my secret answer"})
    assert "my secret answer" not in str(caught.value)
