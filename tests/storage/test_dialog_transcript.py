"""Dialog state, answers, proposals, transcript and update de-duplication."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy.exc import IntegrityError

from storage import dialog as dialog_store
from storage import members, sessions, transcript
from storage import proposals as proposal_store


@pytest.fixture
def place(database, clock):
    with database.transaction() as db:
        s = sessions.create_session(db=db, title="Park", flow_id="f", created_by=1, now=clock.now())
        m = members.upsert_member(
            db=db, telegram_id=42, display_name="Ann", username=None, language=None, now=clock.now()
        )
    return s, m


def test_dialog_state_round_trips_and_keeps_step_entry_time(database, clock, place) -> None:
    s, m = place
    with database.transaction() as db:
        dialog_store.save_dialog(
            db=db,
            session_id=s.id,
            member_id=m.id,
            state={"step_id": "a", "answers": {}},
            step_id="a",
            now=clock.now(),
        )
    later = clock.now() + timedelta(minutes=5)
    with database.transaction() as db:
        row = dialog_store.save_dialog(
            db=db,
            session_id=s.id,
            member_id=m.id,
            state={"step_id": "a", "answers": {"x": 1}},
            step_id="a",
            now=later,
        )
        assert row.step_entered_at == clock.now()
        dialog_store.set_question_message(
            db=db, session_id=s.id, member_id=m.id, chat_id=42, message_id=77
        )
    with database.session() as db:
        row = dialog_store.get_dialog(db=db, session_id=s.id, member_id=m.id)
        assert row.state == {"step_id": "a", "answers": {"x": 1}}
        assert (row.question_chat_id, row.question_message_id) == (42, 77)


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
        transcript.mark_update_processed(db=db, update_id=10, now=clock.now())
    with database.session() as db:
        assert transcript.is_update_processed(db=db, update_id=10)
        assert not transcript.is_update_processed(db=db, update_id=11)
    with pytest.raises(IntegrityError), database.transaction() as db:
        transcript.mark_update_processed(db=db, update_id=10, now=clock.now())


def test_old_processed_updates_are_pruned(database, clock) -> None:
    with database.transaction() as db:
        transcript.mark_update_processed(db=db, update_id=1, now=clock.now())
        transcript.mark_update_processed(db=db, update_id=2, now=clock.now() + timedelta(days=8))
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
    from storage import reprompts

    s, m = place
    due = clock.now() + timedelta(hours=24)
    with database.transaction() as db:
        reprompts.schedule(
            db=db,
            session_id=s.id,
            member_id=m.id,
            step_id="q1",
            kind="reminder",
            attempt=1,
            due_at=due,
            now=clock.now(),
        )
    with database.transaction() as db:
        assert [
            r.step_id for r in reprompts.pending_for(db=db, session_id=s.id, member_id=m.id)
        ] == ["q1"]
        assert (
            reprompts.cancel_pending(db=db, session_id=s.id, member_id=m.id, now=clock.now()) == 1
        )
        assert reprompts.pending_for(db=db, session_id=s.id, member_id=m.id) == []
    later = due + timedelta(hours=1)
    with database.transaction() as db:  # back at q1 (after /back): the same row again
        reprompts.schedule(
            db=db,
            session_id=s.id,
            member_id=m.id,
            step_id="q1",
            kind="reminder",
            attempt=1,
            due_at=later,
            now=clock.now(),
        )
    with database.session() as db:
        [row] = reprompts.pending_for(db=db, session_id=s.id, member_id=m.id)
    assert row.due_at == later and row.state == "pending"
