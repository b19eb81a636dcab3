"""The adaptive engagement loop end to end, with a flow from FLOWS_DIR whose durations are
seconds (tests/e2e/flows/engagement_check.yaml): nudge_after 10s, max_nudges 2 with back-off
2, followup_after 20s, champion_after 30s, min_words 3, no quiet hours."""

from __future__ import annotations

from sqlmodel import col

from storage.models import (
    REPROMPT_KINDS,
    Answer,
    Member,
    Outbox,
    Participation,
    TranscriptMessage,
)
from tests.e2e.conftest import join, open_session

FLOW = "engagement_check"


def reprompts(bot, person=None) -> list[Outbox]:
    where = [col(Outbox.kind).in_(REPROMPT_KINDS)]
    if person is not None:
        where.append(Outbox.chat_id == person.id)
    return sorted(bot.rows(Outbox, *where), key=lambda r: r.id)


def sent(bot, person, kind: str) -> list[Outbox]:
    return [r for r in reprompts(bot, person) if r.kind == kind and r.state == "sent"]


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


async def test_a_negative_answer_gets_a_follow_up_naming_it_and_the_reply_is_kept(
    bot, organiser, alice
) -> None:
    await started(bot, organiser, alice)
    await alice.taps("Often")
    complaint = "I don't feel safe here at night"  # TextBlob alone read +0.5
    *_, idea = await alice.says(complaint)
    assert "One idea" in idea.text
    assert await at(bot, 10) == 1  # the reminder for the idea
    assert await at(bot, 9) == 0
    assert await at(bot, 1) == 1  # followup_after 20s
    follow_up = alice.last_reply()
    assert f"“{complaint}”" in follow_up.text and "What would make it better" in follow_up.text
    [thanks] = await alice.says("Better lights and a cleaner every morning")
    assert thanks.text.startswith("Thank you — that helps.\n\nAnd back to where we were:")
    assert "One idea" in thanks.text
    stored = {a.step_id: a for a in bot.rows(Answer)}
    assert stored["why:followup"].text == "Better lights and a cleaner every morning"
    assert stored["why"].text == complaint, "the first answer stands"
    [row] = bot.rows(TranscriptMessage, TranscriptMessage.step_id == "why:followup")
    assert row.direction == "in" and row.text.startswith("Better lights")
    held = [(r.attempt, r.state) for r in reprompts(bot) if r.step_id == "idea"]
    assert held == [(1, "sent"), (2, "pending")], "the follow-up's answer leaves them alone"
    await alice.says("A fountain in the middle of the square")
    assert bot.rows(Answer, Answer.step_id == "idea")[0].value.startswith("A fountain")


async def test_a_two_word_answer_gets_one_elaboration_request(bot, organiser, alice) -> None:
    await started(bot, organiser, alice)
    await alice.taps("Often")
    *_, idea = await alice.says("Quite nice")
    assert "One idea" in idea.text
    assert await at(bot, 0) == 1  # right after the answer
    ask = alice.last_reply()
    assert "“Quite nice”" in ask.text and "a little more" in ask.text
    [thanks] = await alice.says("The benches in the shade are lovely in summer")
    assert thanks.text.startswith("Thank you — that helps.") and "One idea" in thanks.text
    [more] = bot.rows(Answer, Answer.step_id == "why:elaboration")
    assert more.text.startswith("The benches")
    await alice.says("/back")
    await alice.says("Still nice")  # short again: asked once per step only
    assert await at(bot, 0) == 0
    assert len(sent(bot, alice, "elaboration")) == 1


async def test_a_positive_proposer_is_invited_to_bring_neighbours(
    bot, organiser, alice, bob
) -> None:
    code = await started(bot, organiser, alice)
    await alice.taps("Often")
    await alice.says("I love the square, the trees are wonderful")
    await alice.says("A weekly market with local food")
    await at(bot, 29)
    assert sent(bot, alice, "champion") == []
    await at(bot, 1)  # champion_after 30s
    [invitation] = [m for m in alice.user.messages if "bring" in m.text or "neighbours" in m.text]
    [alice_row] = bot.rows(Member, Member.telegram_id == alice.id)
    link = f"https://t.me/codesign_test_bot?start={code}-{alice_row.ref_code}"
    assert link in invitation.text and "neighbours" in invitation.text
    await bob.says(f"/start {code}-{alice_row.ref_code}")  # the link as Bob opens it
    await bob.taps("I agree")
    [bobs] = bot.rows(Participation, Participation.referred_by_id == alice_row.id)
    [bob_row] = bot.rows(Member, Member.telegram_id == bob.id)
    assert bobs.member_id == bob_row.id and bob_row.referred_by_id == alice_row.id
    await at(bot, 3600)
    assert len(sent(bot, alice, "champion")) == 1, "invited once"


async def test_pause_silences_everything_until_resume(bot, organiser, alice, bob) -> None:
    code = await started(bot, organiser, alice, bob)
    await alice.says("/pause")
    await organiser.says(f"/poll {code} Market day? | Saturday | Sunday")
    await organiser.says(f"/broadcast {code} The square is closed on Monday for cleaning.")
    await organiser.says(f"/nudge {code}")
    seen = len(alice.user.messages)
    await at(bot, 3600)
    assert len(alice.user.messages) == seen, "nothing that is not a reply to her"
    assert any(m.text.startswith("📣") for m in bob.user.messages)
    [resumed, question] = await alice.says("/resume")
    assert "Welcome back" in resumed.text and question.button_texts == ["Often", "Rarely"]
    seen = len(alice.user.messages)
    await at(bot, 10)  # reminders start over
    assert len(alice.user.messages) == seen + 1
    assert alice.last_reply().text.startswith("A gentle reminder")


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


async def test_reminders_keep_to_the_members_quiet_hours(bot, organiser, alice) -> None:
    """The park flow: reminders after 24h, quiet hours 21:00-08:00 in the member's zone."""
    code = await open_session(organiser, "Elm Park", flow="park_redesign")
    [ask] = await alice.says("/timezone")
    assert "UTC" in ask.text and "Europe/London" in ask.button_texts
    [chosen] = await alice.says("/timezone Los Angeles")
    assert "America/Los_Angeles" in chosen.text and "03:00" in chosen.text
    await join(alice, code)  # at 10:00 UTC, 03:00 in Los Angeles
    assert await at(bot, 24 * 3600) == 0, "03:00 the next day there: quiet"
    assert await at(bot, 5 * 3600 - 1) == 0
    assert await at(bot, 1) == 1  # 08:00 in Los Angeles
    [unknown] = await alice.says("/timezone Atlantis")
    assert "don't know the time zone" in unknown.text
    [alice_row] = bot.rows(Member, Member.telegram_id == alice.id)
    assert alice_row.timezone == "America/Los_Angeles"
    await alice.taps("Europe/London", ask)
    [alice_row] = bot.rows(Member, Member.telegram_id == alice.id)
    assert alice_row.timezone == "Europe/London" and alice.toasts[-1].startswith("Your time")


async def test_organisers_broadcast_nudge_and_see_the_reply_rate(
    bot, organiser, alice, bob, carol
) -> None:
    code = await started(bot, organiser, alice, bob)
    await carol.says(f"/start {code}")  # never consents: never messaged
    await bob.taps("Often")
    [queued] = await organiser.says(f"/broadcast {code} Thank you all for coming on Saturday!")
    assert "Sending to 2 member(s)" in queued.text and "done by" in queued.text
    assert await bot.tick() == 2
    assert alice.last_reply().text == (
        "📣 From the organisers of “Market Square”:\n\nThank you all for coming on Saturday!"
    )
    [nudged] = await organiser.says(f"/nudge {code}")
    assert "Reminding 2 member(s)" in nudged.text
    assert await bot.tick() == 2
    assert "How often do you come" in alice.last_reply().text
    assert "What do you think" in bob.last_reply().text
    await organiser.says(f"/poll {code} Market day? | Saturday | Sunday")
    await bot.tick()
    poll = next(m for m in reversed(alice.user.messages) if m.text.startswith("📊"))
    await alice.taps("Sunday", poll)
    [poll_nudge] = await organiser.says(f"/nudge {code} 1")
    assert "Reminding 1 member(s) who have not voted in poll #1" in poll_nudge.text
    assert await bot.tick() == 1
    assert bob.last_reply().text.startswith("A reminder from “Market Square”: you have not voted")
    assert bob.last_reply().button_texts == ["Saturday", "Sunday"]
    await bob.taps("Saturday", bob.last_reply())  # Bob votes from the reminder
    nudge = next(m for m in reversed(alice.user.messages) if m.text.startswith("A gentle"))
    await alice.taps("Rarely", nudge)  # Alice answers her nudge
    [listing] = await organiser.says("/sessions")
    assert "3 reminder(s) and follow-up(s) sent" in listing.text  # 2 flow nudges, 1 poll's
    assert "67% answered within a day" in listing.text
    [refused] = await alice.says(f"/broadcast {code} hello")
    assert refused.text.startswith("Sorry, only organisers")
    [usage] = await organiser.says("/nudge")
    assert usage.text.startswith("Usage: /nudge")
