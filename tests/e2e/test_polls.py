"""Polls through Telegram: a smoke test, a group chat, redelivered and double taps, a
blocked member, Telegram's limits and errors, and what an anonymous poll leaves in the logs
(the polls' rules: tests/usecases/test_polls.py)."""

from __future__ import annotations

import io
import logging
from dataclasses import replace
from datetime import timedelta

from bot.logs import setup_logging
from bot.policy import Pacing
from storage import polls
from storage.models import Ballot, Member, Outbox, Poll, TranscriptMessage
from tests.e2e.conftest import join, open_session


async def session_with(bot, organiser, *people) -> str:
    code = await open_session(organiser, "Riverside garden", flow="community_garden")
    for person in people:
        await join(person, code)
    return code


def poll_message(person):
    return next(m for m in reversed(person.user.messages) if m.text.startswith("📊 Poll"))


def ballots(bot, poll_id: int = 1) -> list[tuple[int | None, int]]:
    rows = bot.rows(Ballot, Ballot.poll_id == poll_id)
    return sorted((b.member_id, b.option_id) for b in rows)


async def test_poll_reaches_consenting_members_and_ballots_change(
    bot, organiser, alice, bob, carol
) -> None:
    code = await session_with(bot, organiser, alice, bob)
    await carol.says(f"/start {code}")  # joined, never consented: gets no poll
    [created] = await organiser.says(f"/poll {code} Which day for the work party? | Sat | Sun")
    assert "Poll #1 is on its way to 2 members" in created.text
    assert await bot.tick() == 2
    a, b = poll_message(alice), poll_message(bob)
    assert a.button_texts == ["Sat", "Sun"] and "Which day" in a.text
    assert not any(m.text.startswith("📊") for m in carol.user.messages)
    await alice.taps("Sat", a)
    assert alice.user.message(a.message_id).button_texts == ["✅ Sat", "Sun"]
    await alice.taps("Sun", a)  # a single-choice ballot is changeable
    await bob.taps("Sun", b)
    assert alice.toasts[-1] == "Your vote: Sun"
    [results] = await organiser.says("/results 1")
    assert "2 voters" in results.text and "Sun: 2 (100%)" in results.text
    assert "Alice" in results.text and "Bob" in results.text  # not anonymous
    sat = b.buttons[0][0][1]
    [closed] = await organiser.says("/closepoll 1")
    assert "has closed" in closed.text
    assert await bot.tick() == 2  # the members' copies change to show the results, once each
    assert "Sun: 2 (100%)" in alice.user.messages[-1].text
    assert "Alice" not in alice.user.messages[-1].text
    await bob.taps_data(sat, b)
    assert bob.toasts[-1] == "This poll closed on 04 May 10:00 UTC. Sat: 0, Sun: 2"
    [again] = await organiser.says("/closepoll 1")
    assert "already closed" in again.text
    assert len(ballots(bot)) == 2


async def test_multiple_choice_toggles_and_double_taps_count_once(bot, organiser, alice) -> None:
    code = await session_with(bot, organiser, alice)
    await organiser.says(f"/poll {code} What to buy? | Seeds | Tools | Compost --multi")
    await bot.tick()
    message = poll_message(alice)
    alice.user.taps("Seeds", message)
    await bot.settle()
    await alice.taps("Compost", message)
    [tools] = [data for row in message.buttons for label, data in row if label == "Tools"]
    first = alice.user.taps_data(tools, message)
    alice.user.taps_data(tools, message)  # a quick second tap on the same button: off again
    await bot.settle()
    bot.api.redeliver(first)  # and the first delivered again: applied once
    await bot.settle()
    assert alice.user.message(message.message_id).button_texts == [
        "✅ Seeds",
        "Tools",
        "✅ Compost",
    ]
    assert len(ballots(bot)) == 2


async def test_blocked_member_is_marked_and_not_retried(bot, organiser, alice, bob) -> None:
    code = await session_with(bot, organiser, alice, bob)
    bot.api.fail("sendMessage", "forbidden", times=1, chat_id=bob.id)
    await organiser.says(f"/poll {code} Which? | A | B")
    assert await bot.tick() == 1
    [bob_row] = bot.rows(Member, Member.telegram_id == bob.id)
    assert bob_row.blocked_bot
    states = sorted(o.state for o in bot.rows(Outbox) if o.kind == "poll")
    assert states == ["failed", "sent"]
    assert await bot.tick() == 0


async def test_group_chat_poll_accepts_only_joined_members(bot, organiser, alice, bob) -> None:
    code = await session_with(bot, organiser, alice)
    group = bot.api.group(chat_id=-100777, title="Riverside gardeners")
    bot.api.user(bob.id, "Bob").says_in_group(group, "/linkgroup " + code)
    await bot.settle()
    assert group.messages[-1].text.startswith("Sorry, only organisers")
    organiser.user.says_in_group(group, f"/linkgroup {code}")
    await bot.settle()
    assert "now linked" in group.messages[-1].text
    await organiser.says(f"/poll {code} Open day date? | May | June")
    assert await bot.tick() == 2  # alice and the group
    in_group = group.messages[-1]
    assert in_group.text.startswith("📊 Poll #1")
    await alice.taps("June", in_group)
    await bob.taps("May", in_group)
    assert "Only members who joined" in bob.toasts[-1] and f"start={code}" in bob.toasts[-1]
    assert alice.toasts[-1] == "Your vote: June"
    assert len(ballots(bot)) == 1


async def test_anonymous_poll_never_links_a_member_to_an_option(bot, organiser, alice, bob) -> None:
    """Everything an organiser or coordinator can reach: /results, /sessions, /closepoll,
    the results sent to members, the stored ballots and the transcript."""
    log = io.StringIO()
    setup_logging("DEBUG", bot.settings.token())
    logging.getLogger().handlers[0].setStream(log)
    code = await session_with(bot, organiser, alice, bob)
    await organiser.says(f"/poll {code} Should we fence the pond? | Yes | No --anonymous")
    await bot.tick()
    assert "nobody sees who chose what" in poll_message(alice).text
    assert "counts are shown when it closes" in poll_message(alice).text
    seen_before = {m.telegram_id: m.last_seen_at for m in bot.rows(Member)}
    transcript_before = len(bot.rows(TranscriptMessage))
    bot.clock.advance(minutes=7)  # the taps come later than the poll was made
    await alice.taps("Yes", poll_message(alice))
    await alice.taps("No", poll_message(alice))
    await bob.taps("Yes", poll_message(bob))
    assert len(bot.rows(TranscriptMessage)) == transcript_before, "no row ties a tap to a member"
    assert {m.telegram_id: m.last_seen_at for m in bot.rows(Member)} == seen_before
    [poll] = bot.rows(Poll)
    assert {b.created_at for b in bot.rows(Ballot)} == {poll.created_at}
    [open_results] = await organiser.says("/results 1")
    assert "counts are shown when it closes" in open_results.text and "%" not in open_results.text
    reachable = [open_results.text]
    reachable += [r.text for r in await organiser.says("/sessions")]
    reachable += [r.text for r in await organiser.says("/closepoll 1")]
    await bot.tick()
    reachable += [alice.user.messages[-1].text, bob.user.messages[-1].text]
    assert "Yes: 1 (50%)" in reachable[-1] and "No: 1 (50%)" in reachable[-1]
    for text in reachable:
        assert "Alice" not in text and "Bob" not in text and "alice" not in text
    assert [member for member, _ in ballots(bot)] == [None, None]
    taps = bot.rows(TranscriptMessage, TranscriptMessage.kind == "button")
    assert all("1:b:" not in t.text for t in taps)
    logging.getLogger().handlers.clear()
    assert log.getvalue(), "the bot logged at DEBUG"
    assert "1:b:1:" not in log.getvalue() and "Your vote" not in log.getvalue()


async def test_a_closed_anonymous_poll_cannot_be_linked_with_the_database_and_the_token(
    bot, organiser, alice, bob
) -> None:
    """What someone holding the database and the bot token tries: recompute every member's
    voter key, with the token-derived secret and with anything stored with the poll."""
    code = await session_with(bot, organiser, alice, bob)
    await organiser.says(f"/poll {code} Fence the pond? | Yes | No --anonymous")
    await bot.tick()
    await alice.taps("Yes", poll_message(alice))
    await bob.taps("No", poll_message(bob))
    [poll] = bot.rows(Poll)
    assert poll.ballot_key, "while open, the poll's own key lets members change their ballot"
    await organiser.says("/closepoll 1")
    [poll] = bot.rows(Poll)
    assert poll.status == "closed" and poll.ballot_key is None, "destroyed at close"
    stored = {b.voter_key for b in bot.rows(Ballot)}
    token_secret = bot.runner.services.ballot_secret  # derived from the token
    candidates = set()
    for member in bot.rows(Member):
        for secret in (token_secret, bot.settings.token().encode(), b""):
            candidates.add(polls.voter_key(secret=secret, poll_id=poll.id, member_id=member.id))
    assert len(stored) == 2 and stored.isdisjoint(candidates)
    assert {b.member_id for b in bot.rows(Ballot)} == {None}
    await alice.taps("No", poll_message(alice))
    assert alice.toasts[-1].startswith("This poll closed on") and len(bot.rows(Ballot)) == 2


async def test_poll_delivery_keeps_within_telegram_limits(bot, organiser) -> None:
    code = await open_session(organiser, "Big street", flow="community_garden")
    people = [bot.person(2000 + i, f"Member{i}") for i in range(40)]
    for person in people:
        await join(person, code)
    bot.policies = replace(bot.policies, pacing=Pacing())  # the bot as it runs for real
    await bot.restart()
    bot.api.count_limits(enforce=True)  # the double answers 429 to what breaks a limit
    await organiser.says(f"/poll {code} Street party? | Yes | No")
    assert await bot.tick() == 40
    assert bot.api.limit_violations == []
    assert all(poll_message(p).button_texts == ["Yes", "No"] for p in people)


async def test_a_temporary_telegram_error_is_retried_later(bot, organiser, alice) -> None:
    code = await session_with(bot, organiser, alice)
    bot.api.fail("sendMessage", "server_error", times=4, chat_id=alice.id)
    await organiser.says(f"/poll {code} Which? | A | B")
    for attempts, wait in ((1, 2), (2, 6), (3, 18), (4, 54)):  # longer each time
        assert await bot.tick() == 0
        [row] = [o for o in bot.rows(Outbox) if o.kind == "poll"]
        assert (row.state, row.attempts) == ("pending", attempts)
        assert row.not_before == bot.clock.now() + timedelta(seconds=wait)
        assert await bot.tick() == 0, "not before its back-off"
        bot.clock.advance(seconds=wait)
    assert await bot.tick() == 1
    assert poll_message(alice).button_texts == ["A", "B"]
    assert await bot.tick() == 0
