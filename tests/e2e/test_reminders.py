"""Reminders through Telegram: a smoke test, and a bot that died while sending one never
sends it again (the rules: tests/usecases/test_reminders.py)."""

from __future__ import annotations

from sqlmodel import col

from storage import outbox
from storage.models import REPROMPT_KINDS, Answer, Outbox
from tests.e2e.conftest import join, open_session


def reminders(bot) -> list[Outbox]:
    rows = bot.rows(Outbox, col(Outbox.kind).in_(REPROMPT_KINDS))
    return sorted(rows, key=lambda r: r.id)


async def test_a_silent_member_is_reminded_with_back_off_and_can_answer_the_reminder(
    bot, organiser, alice
) -> None:
    code = await open_session(organiser, "Elm Park", flow="park_redesign")
    await join(alice, code)  # waits on "How often do you visit the park?"
    bot.clock.advance(hours=23, minutes=59)
    assert await bot.tick() == 0
    bot.clock.advance(minutes=1)  # the flow's nudge_after: 24h
    assert await bot.tick() == 1
    first = alice.last_reply()
    assert first.text.startswith("A gentle reminder from “Elm Park”")
    assert "How often do you visit the park?" in first.text
    bot.clock.advance(hours=47)
    assert await bot.tick() == 0, "the second waits twice as long (nudge_backoff 2)"
    bot.clock.advance(hours=1)
    assert await bot.tick() == 1
    bot.clock.advance(days=30)
    assert await bot.tick() == 0, "max_nudges is 2"
    assert [(r.attempt, r.state) for r in reminders(bot)] == [(1, "sent"), (2, "sent")]
    await alice.taps("Most days", first)  # answered from the first reminder's buttons
    [stored] = bot.rows(Answer)
    assert stored.value == "daily"


async def test_a_bot_that_died_sending_a_reminder_never_sends_it_again(
    bot, organiser, alice, bob, carol
) -> None:
    """At most once: the reminder whose request was out when the bot died expires; the one
    it had claimed but not tried yet, and the one not claimed, are each sent once."""
    code = await open_session(organiser, "Elm Park", flow="park_redesign")
    for person in (alice, bob):
        await join(person, code)
    bot.clock.advance(hours=1)
    await join(carol, code)
    bot.clock.advance(hours=23, minutes=30)  # Alice's and Bob's are due, Carol's not yet
    d = bot.runner
    with d.db.transaction() as db:  # a sender claims two, starts sending one, and dies
        first, second = outbox.claim_due(
            db=db, now=bot.clock.now(), limit=10, lease=d.policies.lease
        )
        outbox.mark_sending(db=db, row=first)
    await bot.restart()
    bot.clock.advance(hours=1)  # past the claim's lease, and Carol's is due now
    assert await bot.tick() == 2
    states = {r.chat_id: r.state for r in reminders(bot) if r.attempt == 1}
    assert states == {alice.id: "expired", bob.id: "sent", carol.id: "sent"}
    assert (first.chat_id, second.chat_id) == (alice.id, bob.id)
    assert not any(m.text.startswith("A gentle reminder") for m in alice.user.messages)
    for person in (bob, carol):
        assert sum(m.text.startswith("A gentle reminder") for m in person.user.messages) == 1
