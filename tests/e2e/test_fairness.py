"""One chat never stalls the others: a member flooding the bot, a stranger's group, a chat
Telegram answers 429 and a broadcast to many do not hold up another member's reply by more
than a second, with Telegram's flood limits on in the double and the bot's own pacing."""

from __future__ import annotations

import time
from collections import Counter
from dataclasses import replace

import pytest

import texts.shell
from bot.policy import Flood, Pacing
from storage.models import Outbox
from tests.e2e.conftest import join, open_session

pytestmark = [
    pytest.mark.parametrize("database_url", ["sqlite", "postgres"], indirect=True),
    # with -n N: one of these at a time (their floods and broadcasts would slow each other)
    pytest.mark.xdist_group("timing"),
]
PROMPT = 1.0  # seconds: the most one chat may delay another's reply


@pytest.fixture
async def paced(bot):
    """The bot as shipped (pacing, flood control), the double answering 429 to any send
    that breaks Telegram's limits."""
    bot.policies = replace(bot.policies, pacing=Pacing(), flood=Flood(), wake=True)
    await bot.restart()
    bot.api.count_limits(enforce=True)
    return bot


async def reply_time(bot, person) -> float:
    """Seconds from `person` sending /help to the bot's answer, whatever else is going on
    (the first message in their chat: Telegram's limit for it does not come into it)."""
    before = len(person.user.messages)
    started = time.monotonic()
    person.user.says("/help")
    await bot.api.wait_for(lambda: len(person.user.messages) > before, timeout=30, what="reply")
    return time.monotonic() - started


async def test_a_flooding_member_is_slowed_with_one_notice_and_delays_no_one(
    paced, organiser, alice, bob
) -> None:
    for n in range(60):
        alice.user.says(f"/help {n}")
    assert await reply_time(paced, bob) < PROMPT
    await paced.settle(timeout=60)
    notices = [m for m in alice.user.messages if m.text == texts.shell.TOO_FAST]
    answered = [m for m in alice.user.messages if "/pause" in m.text]
    # the burst is let in; the same answer piling up behind itself in her chat's lane
    # (Telegram lets about one message a second into a chat) goes once, not a dozen times
    assert len(notices) == 1 and 1 <= len(answered) < paced.policies.flood.burst
    stored = paced.rows(Outbox, Outbox.chat_id == alice.id, Outbox.kind == "reply")
    states = Counter(r.state for r in stored if "/pause" in (r.text or ""))
    assert states["sent"] == len(answered) and states["sent"] + states["dropped"] == 12
    assert (
        "/pause" in alice.user.messages[-1].text
        or alice.user.messages[-1].text == texts.shell.TOO_FAST
    )
    assert paced.api.limit_violations == [], "the bot itself kept Telegram's limits"


async def test_a_strangers_group_gets_one_answer_and_delays_no_one(paced, organiser, bob) -> None:
    code = await open_session(organiser)
    stranger = paced.person(5555, "Mallory")
    group = paced.api.group(-100777, "Not theirs")
    for _ in range(10):
        stranger.user.says_in_group(group, f"/linkgroup {code}")
    assert await reply_time(paced, bob) < PROMPT
    await paced.settle(timeout=30)
    assert len(paced.api.bot_messages(group.chat_id)) == 1, "one refusal, not ten"


async def test_a_429_for_one_chat_slows_only_that_chat(paced, organiser, alice, bob) -> None:
    code = await open_session(organiser)
    await join(alice, code)
    paced.api.fail("sendMessage", "retry_after", times=3, chat_id=alice.id, retry_after=5)
    alice.user.says("/help")
    await paced.api.wait_for(lambda: any(r.status == 429 for r in paced.api.requests))
    assert await reply_time(paced, bob) < PROMPT
    for _ in range(3):  # Telegram said wait: her reply goes again when the wait is over
        paced.clock.advance(minutes=1)
        await paced.tick()
    assert "/pause" in alice.last_reply().text


async def test_a_broadcast_to_many_does_not_hold_up_a_reply(paced, organiser, bob) -> None:
    code = await open_session(organiser)
    people = [paced.person(7000 + n, f"M{n}") for n in range(60)]
    for person in people:
        await join(person, code)
    await organiser.says(f"/broadcast {code} The meeting moved to the library")
    organiser.user.taps("Send to 60")  # the preview first, then the word to send
    await paced.api.wait_for(  # the loop sends in the background, at Telegram's pace
        lambda: any("library" in m.text for m in people[0].user.messages), timeout=10
    )
    assert await reply_time(paced, bob) < PROMPT
    await paced.settle(timeout=30)
    assert all(any("library" in m.text for m in p.user.messages) for p in people)


async def test_a_flood_in_one_group_delays_no_one(paced, organiser, bob) -> None:
    """Issue 18.16: a group's updates pass the flood gate as a chat's do."""
    code = await open_session(organiser)
    stranger = paced.person(5556, "Mallory")
    group = paced.api.group(-100778, "Loud")
    for _ in range(300):
        stranger.user.says_in_group(group, f"/linkgroup {code}")
    assert await reply_time(paced, bob) < PROMPT
    await paced.settle(timeout=60)
    assert len(paced.api.bot_messages(group.chat_id)) == 1, "one refusal"


async def test_strangers_groups_by_the_hundred_delay_no_one(paced, organiser, bob) -> None:
    """Issue 18.16: refusals in a hundred strangers' groups never go before a member's
    reply, and one person's commands across groups pass the gate as one person's."""
    code = await open_session(organiser)
    stranger = paced.person(5557, "Mallory")
    groups = [paced.api.group(-100800 - n, f"Not theirs {n}") for n in range(100)]
    for _ in range(6):
        for group in groups:
            stranger.user.says_in_group(group, f"/linkgroup {code}")
    assert await reply_time(paced, bob) < PROMPT
    await paced.settle(timeout=60)
    assert all(len(paced.api.bot_messages(g.chat_id)) <= 1 for g in groups)
