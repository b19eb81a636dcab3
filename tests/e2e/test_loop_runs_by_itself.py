"""The engagement loop as it runs for real: on its own timer (ENGAGEMENT_TICK_SECONDS), woken
at once when something is queued, and again when a refused message is due for a retry."""

from __future__ import annotations

from dataclasses import replace

import pytest

from bot.app import BotRunner
from bot.clock import SystemClock
from bot.policy import Backoff
from bot.settings import load_settings
from storage.models import Answer, TranscriptMessage
from tests.e2e.conftest import TEST_POLICIES, BotHarness, join, open_session


def polls_of(person):
    return [m for m in person.user.messages if m.text.startswith("📊 Poll")]


def settings_for(api, database_url, **more):
    return load_settings(
        telegram_bot_token=api.token,
        telegram_api_base_url=api.base_url,
        database_url=database_url,
        admin_ids=(9001,),
        **more,
    )


@pytest.fixture
async def live(api, database_url):
    """The bot on the real clock, woken as it would be in production."""
    started = []

    async def start(**policy):
        policies = replace(TEST_POLICIES, **policy)
        harness = BotHarness(api, settings_for(api, database_url), SystemClock(), policies)
        await harness.start()
        started.append(harness)
        return harness

    yield start
    for harness in started:
        await harness.stop()


async def test_a_poll_goes_out_as_soon_as_it_is_made(live) -> None:
    bot = await live(wake=True)
    organiser, alice = bot.person(9001, "Olivia"), bot.person(1001, "Alice")
    code = await open_session(organiser, "Riverside garden", flow="community_garden")
    await join(alice, code)
    await organiser.says(f"/poll {code} Which day? | Sat | Sun")
    await bot.api.wait_for(lambda: polls_of(alice), timeout=5, what="the poll, without a tick")


async def test_a_refused_reply_is_retried_when_its_wait_is_over(live) -> None:
    bot = await live(wake=True, send=Backoff(first=0.3, factor=2, cap=1, attempts=5))
    organiser, alice = bot.person(9001, "Olivia"), bot.person(1001, "Alice")
    code = await open_session(organiser, "Riverside garden", flow="community_garden")
    await alice.says(f"/start {code}")
    bot.api.fail("sendMessage", "server_error", times=2, chat_id=alice.id)
    assert await alice.taps("I agree") == []
    await bot.api.wait_for(
        lambda: alice.user.messages and alice.last_reply().button_texts[:1] == ["I have a plot"],
        timeout=5,
        what="the first question, after two refusals",
    )


async def test_the_loop_ticks_every_engagement_tick_seconds(api, database_url, live) -> None:
    runner = BotRunner(settings_for(api, database_url, engagement_tick_seconds=0.3))
    assert runner.policies.tick == 0.3  # what the bot runs with, unless a test says otherwise
    runner.db.dispose()
    bot = await live(tick=0.3, wake=False)
    organiser, alice = bot.person(9001, "Olivia"), bot.person(1001, "Alice")
    code = await open_session(organiser, "Riverside garden", flow="community_garden")
    await join(alice, code)
    await organiser.says(f"/poll {code} Which day? | Sat | Sun")
    await bot.api.wait_for(lambda: polls_of(alice), timeout=5, what="the poll, by the tick")


async def test_a_quick_tap_is_recorded_after_the_question_it_answers(live) -> None:
    """Issue 22: a tap that comes before the sender recorded its question's send (here
    within the group commit's second) records that send in its own turn, and the question
    joins the transcript in one statement with the tap, first: the transcript reads as the
    chat does. The tapped message is read again after those sends are recorded."""
    bot = await live(group_commit=1.0)
    organiser, alice = bot.person(9001, "Olivia"), bot.person(1001, "Alice")
    code = await open_session(organiser, "Elm Park", flow="park_redesign")
    await join(alice, code)
    await bot.runner.settle()
    for label, then in (("Most days", "Walking"), ("Walking", "✅ Walking"), ("Done", None)):
        alice.user.taps(label)  # at once: the sender has not recorded the question yet
        if then is not None:
            await bot.api.wait_for(
                lambda then=then: then in str(alice.user.messages[-1].buttons),
                timeout=10,
                what=f"the button {then}",
            )
    await bot.settle()
    bot.runner.sender.flush()
    rows = sorted(
        bot.rows(TranscriptMessage, TranscriptMessage.chat_id == alice.user.id), key=lambda r: r.id
    )
    said = [(r.direction, r.text.split("\n")[0]) for r in rows]
    often = said.index(("out", "How often do you visit the park?"))
    assert said[often + 1] == ("in", "Most days"), said
    uses = next(i for i, s in enumerate(said) if s[1].startswith("What do you (or would you)"))
    assert often + 1 < uses < said.index(("in", "Walking")) < said.index(("in", "Done")), said
    sent = [r.telegram_message_id for r in rows if r.direction == "out"]
    assert sent == sorted(sent) and None not in sent, "in the order they were sent"
    assert [a.value for a in bot.rows(Answer)] == ["daily", ["walking"]]
