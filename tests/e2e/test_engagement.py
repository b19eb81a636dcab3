"""The engagement loop through Telegram: a smoke test of reminders, and what a 429 or a
403 does to them (the loop's rules: tests/usecases/test_engagement.py). The flow from
FLOWS_DIR has durations in seconds (tests/e2e/flows/engagement_check.yaml): nudge_after 10s,
max_nudges 2 with back-off 2, followup_after 20s, champion_after 30s, min_words 3."""

from __future__ import annotations

from storage.models import (
    Answer,
    Member,
)
from tests.e2e.conftest import join, open_session
from tests.stored import reprompts

FLOW = "engagement_check"


async def at(bot, seconds: float) -> int:
    """Move the clock on and let the loop run."""
    bot.clock.advance(seconds=seconds)
    return await bot.tick()


async def started(bot, organiser, *people) -> str:
    code = await open_session(organiser, "Market Square", flow=FLOW)
    for person in people:
        await join(person, code)
    return code


async def test_a_silent_member_gets_exactly_max_nudges_reminders(bot, organiser, alice) -> None:
    await started(bot, organiser, alice)
    assert await at(bot, 9) == 0
    assert await at(bot, 1) == 1  # nudge_after 10s
    first = alice.last_reply()
    assert first.text.startswith("A gentle reminder from “Market Square”")
    assert first.button_texts == ["Often", "Rarely"], "answerable from the reminder"
    assert await at(bot, 19) == 0
    assert await at(bot, 1) == 1  # 20s later: nudge_backoff 2
    for _ in range(5):
        assert await at(bot, 60) == 0
    assert [(r.attempt, r.state) for r in reprompts(bot)] == [(1, "sent"), (2, "sent")]
    await alice.taps("Rarely", first)
    [answer] = bot.rows(Answer)
    assert answer.value == "rarely"
    assert all(r.replied_at == bot.clock.now() for r in reprompts(bot)[:2]), "answered"


async def test_a_429_waits_and_a_403_stops_reprompts(bot, organiser, alice, bob) -> None:
    await started(bot, organiser, alice, bob)
    bot.api.fail("sendMessage", "retry_after", times=1, chat_id=alice.id, retry_after=5)
    bot.api.fail("sendMessage", "forbidden", times=1, chat_id=bob.id)
    assert await at(bot, 10) == 0
    assert await at(bot, 4) == 0, "Telegram said: retry after 5 seconds"
    assert await at(bot, 1) == 1
    assert alice.last_reply().text.startswith("A gentle reminder")
    [bob_row] = bot.rows(Member, Member.telegram_id == bob.id)
    assert bob_row.blocked_bot
    assert await at(bot, 3600) == 1  # Alice's second reminder; nothing more for Bob
    bob_rows = reprompts(bot, bob)
    assert [r.state for r in bob_rows] == ["failed", "skipped"]
    assert [r.attempts for r in reprompts(bot, alice)] == [2, 1]
