"""The adaptive engagement loop, with a flow from FLOWS_DIR whose durations are
seconds (tests/e2e/flows/engagement_check.yaml): nudge_after 10s, max_nudges 2 with back-off
2, followup_after 20s, champion_after 30s, min_words 3, no quiet hours."""

from __future__ import annotations

from reports.pseudonyms import Labels
from storage.models import (
    Answer,
    CoSession,
    Member,
    Participation,
    TranscriptMessage,
)
from tests.stored import reprompts, sent
from tests.usecases.conftest import join_session as join
from tests.usecases.conftest import open_session

FLOW = "engagement_check"


def at(world, seconds: float) -> int:
    """Move the clock on and let the loop run."""
    world.clock.advance(seconds=seconds)
    return world.tick()


def started(world, organiser, *people) -> str:
    code = open_session(organiser, "Market Square", flow=FLOW)
    for person in people:
        join(person, code)
    return code


def test_a_silent_member_gets_exactly_max_nudges_reminders(world, organiser, alice) -> None:
    started(world, organiser, alice)
    assert at(world, 9) == 0
    assert at(world, 1) == 1  # nudge_after 10s
    first = alice.last_reply()
    assert first.text.startswith("A gentle reminder from “Market Square”")
    assert first.button_texts == ["Often", "Rarely"], "answerable from the reminder"
    assert at(world, 19) == 0
    assert at(world, 1) == 1  # 20s later: nudge_backoff 2
    for _ in range(5):
        assert at(world, 60) == 0
    assert [(r.attempt, r.state) for r in reprompts(world)] == [(1, "sent"), (2, "sent")]
    alice.taps("Rarely", first)
    [answer] = world.rows(Answer)
    assert answer.value == "rarely"
    assert all(r.replied_at == world.clock.now() for r in reprompts(world)[:2]), "answered"


def test_a_negative_answer_gets_a_follow_up_naming_it_and_the_reply_is_kept(
    world, organiser, alice
) -> None:
    started(world, organiser, alice)
    alice.taps("Often")
    complaint = "I don't feel safe here at night"  # TextBlob alone read +0.5
    *_, idea = alice.says(complaint)
    assert "One idea" in idea.text
    assert at(world, 10) == 1  # the reminder for the idea
    assert at(world, 9) == 0
    assert at(world, 1) == 1  # followup_after 20s
    follow_up = alice.last_reply()
    assert f"“{complaint}”" in follow_up.text and "What would make it better" in follow_up.text
    [thanks] = alice.says("Better lights and a cleaner every morning")
    assert thanks.text.startswith("Thank you — that helps.\n\nAnd back to where we were:")
    assert "One idea" in thanks.text
    stored = {a.step_id: a for a in world.rows(Answer)}
    assert stored["why:followup"].text == "Better lights and a cleaner every morning"
    assert stored["why"].text == complaint, "the first answer stands"
    [row] = world.rows(TranscriptMessage, TranscriptMessage.step_id == "why:followup")
    assert row.direction == "in" and row.text.startswith("Better lights")
    held = [(r.attempt, r.state) for r in reprompts(world) if r.step_id == "idea"]
    assert held == [(1, "sent"), (2, "pending")], "the follow-up's answer leaves them alone"
    alice.says("A fountain in the middle of the square")
    assert world.rows(Answer, Answer.step_id == "idea")[0].value.startswith("A fountain")


def test_a_two_word_answer_gets_one_elaboration_request(world, organiser, alice) -> None:
    started(world, organiser, alice)
    alice.taps("Often")
    *_, idea = alice.says("Quite nice")
    assert "One idea" in idea.text
    assert at(world, 0) == 1  # right after the answer
    ask = alice.last_reply()
    assert "“Quite nice”" in ask.text and "a little more" in ask.text
    [thanks] = alice.says("The benches in the shade are lovely in summer")
    assert thanks.text.startswith("Thank you — that helps.") and "One idea" in thanks.text
    [more] = world.rows(Answer, Answer.step_id == "why:elaboration")
    assert more.text.startswith("The benches")
    alice.says("/back")
    alice.says("Still nice")  # short again: asked once per step only
    assert at(world, 0) == 0
    assert len(sent(world, alice, "elaboration")) == 1


def test_a_positive_proposer_is_invited_to_bring_neighbours(world, organiser, alice, bob) -> None:
    code = started(world, organiser, alice)
    alice.taps("Often")
    alice.says("I love the square, the trees are wonderful")
    alice.says("A weekly market with local food")
    at(world, 29)
    assert sent(world, alice, "champion") == []
    at(world, 1)  # champion_after 30s
    [invitation] = [m for m in alice.messages if "bring" in m.text or "neighbours" in m.text]
    [alice_row] = world.rows(Member, Member.telegram_id == alice.id)
    link = f"https://t.me/codesign_test_bot?start={code}-{alice_row.ref_code}"
    assert link in invitation.text and "neighbours" in invitation.text
    bob.says(f"/start {code}-{alice_row.ref_code}")  # the link as Bob opens it
    bob.taps("I agree")
    [bobs] = world.rows(Participation, Participation.referred_by_id == alice_row.id)
    [bob_row] = world.rows(Member, Member.telegram_id == bob.id)
    assert bobs.member_id == bob_row.id and bob_row.referred_by_id == alice_row.id
    at(world, 3600)
    assert len(sent(world, alice, "champion")) == 1, "invited once"


def test_pause_silences_everything_until_resume(world, organiser, alice, bob) -> None:
    code = started(world, organiser, alice, bob)
    alice.says("/pause")
    organiser.says(f"/poll {code} Market day? | Saturday | Sunday")
    organiser.says(f"/broadcast {code} The square is closed on Monday for cleaning.")
    organiser.says(f"/nudge {code}")
    seen = len(alice.messages)
    at(world, 3600)
    assert len(alice.messages) == seen, "nothing that is not a reply to her"
    assert any(m.text.startswith("📣") for m in bob.messages)
    [resumed, question] = alice.says("/resume")
    assert "Welcome back" in resumed.text and question.button_texts == ["Often", "Rarely"]
    seen = len(alice.messages)
    at(world, 10)  # reminders start over
    assert len(alice.messages) == seen + 1
    assert alice.last_reply().text.startswith("A gentle reminder")


def test_reminders_keep_to_the_members_quiet_hours(world, organiser, alice) -> None:
    """The park flow: reminders after 24h, quiet hours 21:00-08:00 in the member's zone."""
    code = open_session(organiser, "Elm Park", flow="park_redesign")
    [ask] = alice.says("/timezone")
    assert "UTC" in ask.text and "Europe/London" in ask.button_texts
    [chosen] = alice.says("/timezone Los Angeles")
    assert "America/Los_Angeles" in chosen.text and "03:00" in chosen.text
    join(alice, code)  # at 10:00 UTC, 03:00 in Los Angeles
    assert at(world, 24 * 3600) == 0, "03:00 the next day there: quiet"
    assert at(world, 5 * 3600 - 1) == 0
    assert at(world, 1) == 1  # 08:00 in Los Angeles
    [unknown] = alice.says("/timezone Atlantis")
    assert "don't know the time zone" in unknown.text
    [alice_row] = world.rows(Member, Member.telegram_id == alice.id)
    assert alice_row.timezone == "America/Los_Angeles"
    alice.taps("Europe/London", ask)
    [alice_row] = world.rows(Member, Member.telegram_id == alice.id)
    assert alice_row.timezone == "Europe/London" and alice.toasts[-1].startswith("Your time")


def test_organisers_broadcast_nudge_and_see_the_reply_rate(
    world, organiser, alice, bob, carol
) -> None:
    code = started(world, organiser, alice, bob)
    carol.says(f"/start {code}")  # never consents: never messaged
    bob.taps("Often")
    [queued] = organiser.says(f"/broadcast {code} Thank you all for coming on Saturday!")
    assert "Sending to 2 member(s)" in queued.text and "done by" in queued.text
    assert world.tick() == 2
    assert alice.last_reply().text == (
        "📣 From the organisers of “Market Square”:\n\nThank you all for coming on Saturday!"
    )
    [nudged] = organiser.says(f"/nudge {code}")
    assert "Reminding 2 member(s)" in nudged.text
    assert world.tick() == 2
    assert "How often do you come" in alice.last_reply().text
    assert "What do you think" in bob.last_reply().text
    organiser.says(f"/poll {code} Market day? | Saturday | Sunday")
    world.tick()
    poll = next(m for m in reversed(alice.messages) if m.text.startswith("📊"))
    alice.taps("Sunday", poll)
    [poll_nudge] = organiser.says(f"/nudge {code} 1")
    assert "Reminding 1 member(s) who have not voted in poll #1" in poll_nudge.text
    assert world.tick() == 1
    assert bob.last_reply().text.startswith("A reminder from “Market Square”: you have not voted")
    assert bob.last_reply().button_texts == ["Saturday", "Sunday"]
    bob.taps("Saturday", bob.last_reply())  # Bob votes from the reminder
    nudge = next(m for m in reversed(alice.messages) if m.text.startswith("A gentle"))
    alice.taps("Rarely", nudge)  # Alice answers her nudge
    [listing] = organiser.says("/sessions")
    assert "3 reminder(s) and follow-up(s) sent" in listing.text  # 2 flow nudges, 1 poll's
    assert "67% answered within a day" in listing.text
    [refused] = alice.says(f"/broadcast {code} hello")
    assert refused.text.startswith("Sorry, only organisers")
    [usage] = organiser.says("/nudge")
    assert usage.text.startswith("Usage: /nudge")


def test_nudge_shows_what_each_member_already_received(world, organiser, alice, bob) -> None:
    """Issue 18, item 26h: /nudge said how many it reminded, not that Alice had already had
    two reminders and Bob none."""
    code = started(world, organiser, alice)
    at(world, 10)
    at(world, 20)  # Alice: both of the flow's reminders
    join(bob, code)
    bob.taps("Often")
    [nudged] = organiser.says(f"/nudge {code}")
    [cosession] = world.rows(CoSession)
    label = Labels(cosession.pseudonym_salt)
    alice_id, bob_id = world.rows_member_id(alice), world.rows_member_id(bob)
    lines = nudged.text.splitlines()
    assert "Reminding 2 member(s)" in lines[0] and "Already sent to them:" in lines
    last = world.clock.now()  # the second reminder went just now
    assert (
        f"• {label(alice_id)}, at “visits”: 2 reminder(s), the last {last:%d %b %H:%M} UTC" in lines
    )
    assert f"• {label(bob_id)}, at “why”: no reminder yet" in lines
