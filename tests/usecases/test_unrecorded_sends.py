"""A message Telegram carried but whose sending the bot never recorded (its process was
killed between the request and the record, so the row went back to the queue): a tap on
that copy is the proof it arrived. It is honoured, and the row is recorded as that message
instead of being sent a second time."""

from __future__ import annotations

from sqlmodel import col, delete, update

from storage.models import Outbox, State, TranscriptMessage
from tests.usecases.conftest import open_session


def lose_the_record(world, message) -> None:
    """As after a SIGKILL between the send and its record: the row is pending again (the
    restart released its claim), tried once, and nothing says it went."""
    with world.db.transaction() as db:
        db.execute(
            update(Outbox)
            .where(col(Outbox.message_id) == message.message_id)
            .values(state=State.PENDING, message_id=None, sent_at=None, lease_until=None)
        )
        db.execute(
            delete(TranscriptMessage).where(
                col(TranscriptMessage.telegram_message_id) == message.message_id
            )
        )


def test_a_tap_on_a_copy_sent_once_but_never_recorded_counts(world, organiser, alice) -> None:
    code = open_session(organiser, "Elm Park", flow="park_redesign")
    [consent] = alice.says(f"/start {code}")
    lose_the_record(world, consent)

    replies = alice.taps("I agree", consent)
    assert alice.toasts[-1] != "That button is no longer valid."
    assert consent.text.startswith("✅ You agreed"), "the copy is edited as the known one is"
    assert any(m.buttons for m in replies), "the first question follows"
    [row] = world.rows(Outbox, col(Outbox.chat_id) == alice.id, col(Outbox.edit_of).is_(None),
                       col(Outbox.text).startswith("Welcome to"))  # fmt: skip
    assert (row.state, row.message_id) == ("sent", consent.message_id), "recorded as that copy"
    sent = len(alice.messages)
    world.tick()
    assert len(alice.messages) == sent, "not sent a second time"
