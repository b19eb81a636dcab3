"""Reminders go out through the one queue: composed when due (the waiting question with its
buttons), at most once, never to someone who may not be messaged."""

from __future__ import annotations

from datetime import timedelta

from sqlmodel import col

from storage import reprompts
from storage.models import REPROMPT_KINDS, Answer, Outbox
from tests.usecases.conftest import close_session, open_session
from tests.usecases.conftest import join_session as join


def reminders(world) -> list[Outbox]:
    rows = world.rows(Outbox, col(Outbox.kind).in_(REPROMPT_KINDS))
    return sorted(rows, key=lambda r: r.id)


def test_a_silent_member_is_reminded_with_back_off_and_can_answer_the_reminder(
    world, organiser, alice
) -> None:
    code = open_session(organiser, "Elm Park", flow="park_redesign")
    join(alice, code)  # waits on "How often do you visit the park?"
    world.clock.advance(hours=23, minutes=59)
    assert world.tick() == 0
    world.clock.advance(minutes=1)  # the flow's nudge_after: 24h
    assert world.tick() == 1
    first = alice.last_reply()
    assert first.text.startswith("A gentle reminder from “Elm Park”")
    assert "How often do you visit the park?" in first.text
    world.clock.advance(hours=47)
    assert world.tick() == 0, "the second waits twice as long (nudge_backoff 2)"
    world.clock.advance(hours=1)
    assert world.tick() == 1
    world.clock.advance(days=30)
    assert world.tick() == 0, "max_nudges is 2"
    assert [(r.attempt, r.state) for r in reminders(world)] == [(1, "sent"), (2, "sent")]
    alice.taps("Most days", first)  # answered from the first reminder's buttons
    [stored] = world.rows(Answer)
    assert stored.value == "daily"


def test_no_reminder_to_a_paused_member_or_for_a_closed_session(
    world, organiser, alice, bob
) -> None:
    code = open_session(organiser, "Elm Park", flow="park_redesign")
    join(alice, code)
    join(bob, code)
    alice.says("/pause")
    world.clock.advance(hours=24)
    assert world.tick() == 1
    assert bob.last_reply().text.startswith("A gentle reminder")
    assert not any(m.text.startswith("A gentle") for m in alice.messages)
    close_session(organiser, code)
    world.clock.advance(hours=48)
    assert world.tick() == 1  # bob hears the session closed; no reminder
    assert "“Elm Park” has closed" in bob.last_reply().text
    assert [r.state for r in reminders(world)] == ["skipped", "sent", "skipped"]
    assert [r.chat_id for r in reminders(world)] == [alice.id, bob.id, bob.id]


def test_answering_a_step_settles_what_was_held_or_sent_about_it_at_once(
    world, organiser, alice
) -> None:
    """An answer cancels the reminder held about its step at once, and counts one sent
    about it answered (the reply rate coordinators read)."""
    code = open_session(organiser, "Elm Park", flow="park_redesign")
    join(alice, code)
    alice.taps("Most days")
    [first, second] = reminders(world)
    assert (first.step_id, first.state, first.replied_at) == (
        "visit_frequency", "cancelled", world.clock.now(),
    )  # fmt: skip
    assert (second.step_id, second.state, second.replied_at) == ("uses", "pending", None)
    world.clock.advance(hours=24)
    assert world.tick() == 1  # the reminder about "uses" goes
    world.clock.advance(hours=1)
    alice.taps("Walking")
    alice.taps("Done")
    sent = next(r for r in reminders(world) if r.step_id == "uses")
    assert (sent.state, sent.replied_at) == ("sent", world.clock.now()), "answered, an hour on"
    assert [(r.step_id, r.state) for r in reminders(world)][-1][1] == "pending", "the next one"
    with world.db.session() as db:
        session_id = sent.session_id
        assert reprompts.stats(db=db, session_ids=[session_id], within=timedelta(hours=2)) == {
            session_id: (1, 1)
        }
    world.clock.advance(hours=1)
    alice.says("/back")  # back to "uses", answered again: its reminder was answered already
    alice.taps("Sport and exercise")
    alice.taps("Done")
    again = next(r for r in reminders(world) if r.id == sent.id)
    assert again.replied_at == sent.replied_at, "answered once, when first answered"
