"""The adaptive engagement loop, with a flow from FLOWS_DIR whose durations are
seconds (tests/e2e/flows/engagement_check.yaml): nudge_after 10s, max_nudges 2 with back-off
2, followup_after 20s, champion_after 30s, min_words 3, no quiet hours."""

from __future__ import annotations

from datetime import timedelta

from sqlmodel import col

from reports.pseudonyms import Labels
from storage.models import (
    Answer,
    CoSession,
    Feedback,
    Member,
    Outbox,
    Participation,
    Proposal,
    TranscriptMessage,
)
from tests.stored import reprompts, sent
from tests.usecases.conftest import join_session as join
from tests.usecases.conftest import open_session
from tests.usecases.test_reads_once import statements

FLOW = "engagement_check"
VISITS, WHY = "How often do you come to the square?", "What do you think of the square as it is?"


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


def test_a_two_word_answer_is_asked_for_more_before_the_flow_moves_on(
    world, organiser, alice
) -> None:
    started(world, organiser, alice)
    alice.taps("Often")
    *_, ask = alice.says("Quite nice")  # in place of the next question, not after it
    assert "One idea" not in ask.text
    assert "“Quite nice”" in ask.text and "a little more" in ask.text
    assert at(world, 0) == 0, "nothing lands after it"
    [thanks] = alice.says("The benches in the shade are lovely in summer")
    assert thanks.text.startswith("Thank you — that helps.") and "One idea" in thanks.text
    [more] = world.rows(Answer, Answer.step_id == "why:elaboration")
    assert more.text.startswith("The benches")
    alice.says("/back")
    [idea] = alice.says("Still nice")  # short again: asked once per step only
    assert "One idea" in idea.text
    assert at(world, 0) == 0
    assert len(sent(world, alice, "elaboration")) == 1


def test_members_answering_what_they_see_answer_the_flow(
    world, organiser, alice, bob, carol
) -> None:
    """Issue 18: with 20 members at once, 12 proposals were taken as replies to an
    elaboration request that arrived just after the proposal prompt. Each member here
    answers the question shown to them last, with the loop running in between."""
    people = [alice, bob, carol]
    started(world, organiser, *people)
    for person in people:
        person.taps("Often")
    shown = {person.id: person.says("Quite nice")[-1] for person in people}
    world.tick()
    for person in people:
        if "One idea" not in shown[person.id].text:
            [shown[person.id]] = person.says("The benches in the shade are lovely")
        assert "One idea" in shown[person.id].text
        person.says(f"A weekly market, says {person.name}")
    proposals = sorted(p.text for p in world.rows(Proposal))
    assert proposals == [f"A weekly market, says {p.name}" for p in people]
    asides = world.rows(Answer, col(Answer.step_id).like("%:elaboration"))
    assert all("market" not in a.text for a in asides)


def test_one_side_question_at_a_time_checked_when_it_falls_due(world, organiser, alice) -> None:
    started(world, organiser, alice)
    alice.taps("Often")
    alice.says("The square is dirty and horrible at night")  # a follow-up held for +20s
    alice.says("Fix the awful broken benches, they are terrible")  # and another
    assert at(world, 40) >= 1
    assert len(sent(world, alice, "followup")) == 1, "the second waits for the first"
    [row] = [r for r in reprompts(world) if r.kind == "followup" and r.state == "cancelled"]
    assert row.step_id == "idea"


def test_a_reply_to_the_flows_question_answers_the_flow_not_the_side_question(
    world, organiser, alice
) -> None:
    started(world, organiser, alice)
    alice.taps("Often")
    [idea] = alice.says("I don't feel safe here at night")
    at(world, 20)
    follow_up = alice.last_reply()
    assert "What would make it better" in follow_up.text
    alice.replies(idea, "A fountain in the middle of the square")
    _the_flow_then_the_follow_up(world, alice, follow_up)


def test_the_flows_question_shown_after_the_side_question_takes_the_next_text(
    world, organiser, alice
) -> None:
    """Typed text answers the last thing asked: a reminder of the flow's question that came
    after the follow-up takes it; the follow-up is still answered by replying to it."""
    started(world, organiser, alice)
    alice.taps("Often")
    alice.says("I don't feel safe here at night")
    assert at(world, 10) == 1  # the reminder for the idea
    assert at(world, 10) == 1  # the follow-up
    follow_up = alice.last_reply()
    assert "What would make it better" in follow_up.text
    assert at(world, 10) == 1  # the second reminder, after the follow-up
    assert alice.last_reply().text.startswith("A gentle reminder")
    alice.says("A fountain in the middle of the square")
    _the_flow_then_the_follow_up(world, alice, follow_up)


def _the_flow_then_the_follow_up(world, alice, follow_up) -> None:
    """The text just sent answered the flow (a proposal), not the follow-up; a reply to
    the follow-up answers it."""
    [proposal] = world.rows(Proposal)
    assert proposal.text == "A fountain in the middle of the square"
    assert world.rows(Answer, Answer.step_id == "why:followup") == []
    alice.replies(follow_up, "Better lights along the paths")
    [reply] = world.rows(Answer, Answer.step_id == "why:followup")
    assert reply.text == "Better lights along the paths"


def test_any_message_from_the_member_resets_the_reminder_clock(world, organiser, alice) -> None:
    started(world, organiser, alice)
    alice.taps("Often")
    alice.says("I don't feel safe here at night")
    assert at(world, 10) == 1  # the reminder for the idea (the next in 20s, at 30s)
    assert at(world, 10) == 1  # the follow-up
    at(world, 8)
    alice.says("Better lights and a cleaner every morning")  # answers the follow-up at 28s
    assert at(world, 2) == 0, "no reminder two seconds after she wrote"
    assert at(world, 17) == 0
    assert at(world, 1) == 1  # the second reminder's 20s, from her last message
    assert alice.last_reply().text.startswith("A gentle reminder")


def test_no_elaboration_on_the_closing_feedback_step_and_no_is_a_skip(
    world, organiser, alice, bob
) -> None:
    started(world, organiser, alice, bob)
    for person, last_words in ((alice, "n/a"), (bob, "Fine thanks")):
        person.taps("Often")
        person.says(f"I like the trees and the old fountain, says {person.name}")
        person.says(f"A weekly market with local food, says {person.name}")
        [goodbye] = person.says(last_words)
        assert "Thank you for taking part" in goodbye.text
    lasts = world.rows(Answer, Answer.step_id == "last")
    assert {(a.value, a.text) for a in lasts} == {
        (None, None),  # “n/a” is a skip, not feedback
        ("Fine thanks", "Fine thanks"),
    }
    [feedback] = world.rows(Feedback)  # two words of feedback: kept
    assert feedback.text == "Fine thanks"
    assert at(world, 0) == 0, "and no elaboration request after the goodbye"
    assert sent(world, alice, "elaboration") == sent(world, bob, "elaboration") == []


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
    [mine] = world.rows(Participation, Participation.member_id == alice_row.id)
    link = f"https://t.me/codesign_test_bot?start={code}-{mine.ref_code}"
    assert link in invitation.text and "neighbours" in invitation.text
    bob.says(f"/start {code}-{mine.ref_code}")  # the link as Bob opens it
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
    organiser.taps("Send to 1")
    organiser.says(f"/nudge {code}")
    seen = len(alice.messages)
    at(world, 3600)
    assert len(alice.messages) == seen, "nothing that is not a reply to her"
    assert any(m.text.startswith("📣") for m in bob.messages)
    [resumed, question] = alice.says("/resume")
    assert "Welcome back" in resumed.text and question.button_texts == ["Often", "Rarely"]
    assert "While you were away: 1 open poll and 1 message from the organisers" in resumed.text
    seen = len(alice.messages)
    at(world, 10)  # what she missed, and reminders start over
    assert len(alice.messages) == seen + 3
    assert any(m.text.startswith("A gentle reminder") for m in alice.messages[seen:])


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
    organiser.says(f"/broadcast {code} Thank you all for coming on Saturday!")
    [queued] = organiser.taps("Send to 2")
    assert "Sending to 2 members" in queued.text and "done by" in queued.text
    assert world.tick() == 2
    assert alice.last_reply().text == (
        "📣 From the organisers of “Market Square”:\n\nThank you all for coming on Saturday!"
    )
    [nudged] = organiser.says(f"/nudge {code}")
    assert "Reminding 2 members" in nudged.text
    assert world.tick() == 2
    assert "How often do you come" in alice.last_reply().text
    assert "What do you think" in bob.last_reply().text
    organiser.says(f"/poll {code} Market day? | Saturday | Sunday")
    world.tick()
    poll = next(m for m in reversed(alice.messages) if m.text.startswith("📊"))
    alice.taps("Sunday", poll)
    [poll_nudge] = organiser.says(f"/nudge {code} 1")
    assert "Reminding 1 member who has not voted in poll #1" in poll_nudge.text
    assert world.tick() == 1
    assert bob.last_reply().text.startswith("A reminder from “Market Square”: you have not voted")
    assert bob.last_reply().button_texts == ["Saturday", "Sunday"]
    bob.taps("Saturday", bob.last_reply())  # Bob votes from the reminder
    nudge = next(m for m in reversed(alice.messages) if m.text.startswith("A gentle"))
    alice.taps("Rarely", nudge)  # Alice answers her nudge
    [listing] = organiser.says("/sessions")
    assert "3 reminders and follow-ups sent" in listing.text  # 2 flow nudges, 1 poll's
    assert "67% answered within a day" in listing.text
    [refused] = alice.says(f"/broadcast {code} hello")
    assert refused.text.startswith("Sorry, only organisers")
    [usage] = organiser.says("/nudge a b c")
    assert usage.text.startswith("Usage: /nudge")


def test_late_joiners_and_returners_are_offered_the_open_poll(
    world, organiser, alice, bob, carol
) -> None:
    """Issue 18: a poll goes out when it is made; whoever joins, or comes back from
    /pause, while it is open is offered it then, and hears what they missed."""
    code = started(world, organiser, alice, bob)
    alice.says("/pause")
    organiser.says(f"/poll {code} Market day? | Saturday | Sunday")
    organiser.says(f"/broadcast {code} The square is closed on Monday for cleaning.")
    organiser.taps("Send to 1")  # Bob; Alice's copy waits for her /resume
    at(world, 1)
    join(carol, code)  # after the poll was made
    at(world, 1)
    assert any(m.text.startswith("📊 Poll #1") for m in carol.messages), "the late joiner"
    [resumed, _question] = alice.says("/resume")
    assert "While you were away: 1 open poll and 1 message from the organisers." in resumed.text, (
        resumed.text
    )
    seen = len(alice.messages)
    at(world, 1)
    got = [m.text for m in alice.messages[seen:]]
    assert any(t.startswith("📊 Poll #1") for t in got)
    assert any("closed on Monday for cleaning" in t for t in got)
    [again, _] = alice.says("/resume")
    assert "While you were away" not in again.text
    assert at(world, 1) == 0, "offered once"


def test_resume_on_the_vote_step_shows_the_vote_card(world, organiser, alice, bob) -> None:
    code = open_session(organiser, "Elm Park", flow="park_redesign")
    join(alice, code)
    join(bob, code)
    bob.says("/propose Benches under the plane trees")
    for answer in ("Most days", "Walking", "Done", "4"):
        alice.taps(answer)
    alice.says("More shade by the benches")
    alice.says("Lights along the pond path")  # now on the vote step
    alice.says("/pause")
    shown = alice.says("/resume")
    assert "Here are your neighbours' proposals" in shown[-2].text
    assert shown[-1].text.startswith("Proposal 1 of 2 (#1)") and "plane trees" in shown[-1].text


def finish(person, idea: str) -> None:
    person.taps("Often")
    person.says("It is a lovely square really")
    person.says(idea)
    person.says("/skip")


def test_members_who_finished_hear_of_new_proposals_batched(
    world, organiser, alice, bob, carol
) -> None:
    """Issue 18: proposals made after someone finished reach them, in one message for
    those of the hour (within the daily cap), so the early ones do not win by being early;
    /nudge <code> votes asks now."""
    code = started(world, organiser, alice, bob, carol)
    finish(alice, "More trees around the fountain")
    at(world, 3600)
    seen = len(alice.messages)
    bob.says("/propose Benches under the plane trees")
    carol.says("/propose A water fountain by the market")
    at(world, 60)
    assert alice.messages[seen:] == [], "batched: not one message a proposal"
    at(world, 3600)
    [news] = alice.messages[seen:]
    assert "2 new proposals" in news.text and "Market Square" in news.text
    alice.taps("Vote now", news)
    card = alice.message(news.message_id)
    # one of the two new ones, first in her order (her own, done, comes last: issue 21)
    assert card.text.startswith("Proposal 1 of 3 (#2)") or card.text.startswith(
        "Proposal 1 of 3 (#3)"
    )
    assert not any("new proposal" in m.text for m in bob.messages), "bob has not finished"
    [nobody] = organiser.says(f"/nudge {code} votes")
    assert "Reminding 1 member" in nobody.text
    alice.taps("Agree", card)
    alice.taps("Agree", alice.message(news.message_id))
    [done] = organiser.says(f"/nudge {code} votes")
    assert "has voted on every proposal" in done.text
    assert at(world, 3600) == 0, "nothing left for her to vote on: the nudge is dropped"


def champion_link(world, organiser, alice, title: str) -> tuple[str, str]:
    """Alice joins a new session, answers warmly and proposes: (its code, her invitation's
    referral code)."""
    code = open_session(organiser, title, flow=FLOW)
    join(alice, code)
    alice.taps("Often")
    alice.says("I love the square, the trees are wonderful")
    alice.says("A weekly market with local food")
    at(world, 30)
    [invitation] = [m for m in alice.messages if "neighbours" in m.text and title in m.text]
    ref = invitation.text.split(f"?start={code}-")[1].split()[0]
    return code, ref


def test_a_referral_code_belongs_to_one_session(world, organiser, alice, bob) -> None:
    """Issue 18.17: her invitation links of two sessions share nothing, so exports of the
    two (which carry the links) cannot be joined on it; a code of one session credits
    nobody in another."""
    square, ref_square = champion_link(world, organiser, alice, "Market Square")
    garden, ref_garden = champion_link(world, organiser, alice, "Library Garden")
    assert ref_square != ref_garden
    bob.says(f"/start {garden}-{ref_square}")  # the wrong session's code
    bob.taps("I agree")
    assert [p.referred_by_id for p in world.rows(Participation)] == [None, None, None]
    bob.says(f"/start {square}-{ref_square}")
    bob.taps("I agree")
    [alice_id] = [m.id for m in world.rows(Member, Member.telegram_id == alice.id)]
    [credited] = [p for p in world.rows(Participation) if p.referred_by_id == alice_id]
    assert credited.session_id == world.rows(Participation)[0].session_id


def test_broadcasts_keep_to_the_daily_cap(world, organiser, alice) -> None:
    """Issue 18.23: 25 broadcasts were 25 messages to every member; a session broadcasts
    at most its flow's daily cap (3) in 24 hours, and says when it may again."""
    code = open_session(organiser, "Oak Square")
    join(alice, code)
    for n in range(3):
        organiser.says(f"/broadcast {code} News number {n}")
        queued = organiser.taps("Send to 1")
        assert any("Sending to 1 member" in m.text for m in queued)
    before = len(world.rows(Outbox, Outbox.kind == "broadcast"))
    [refused] = organiser.says(f"/broadcast {code} News number 4")
    assert "3 broadcasts in 24 hours" in refused.text and "05 May 10:00 UTC" in refused.text
    assert len(world.rows(Outbox, Outbox.kind == "broadcast")) == before == 3
    world.clock.advance(hours=24)
    organiser.says(f"/broadcast {code} A day later")
    queued = organiser.taps("Send to 1")
    assert any("Sending to 1 member" in m.text for m in queued)


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
    assert "Reminding 2 members" in lines[0] and "Already sent to them:" in lines
    last = world.clock.now()  # the second reminder went just now
    assert (
        f"• {label(alice_id)}, at “{VISITS}”: 2 reminders, the last {last:%d %b %H:%M} UTC" in lines
    )  # the step they wait at, as the organiser reads it
    assert f"• {label(bob_id)}, at “{WHY}”: no reminder yet" in lines


def test_a_reminder_held_with_the_replies_is_re_armed_after_back(world, organiser, alice) -> None:
    """Issue 22: the reminder an answer holds goes in one statement with the turn's
    replies; a step answered again after /back re-arms its cancelled reminder (one row,
    the new time), and it goes when due."""
    started(world, organiser, alice)
    with statements(world) as seen:
        alice.taps("Often")
    inserts = [s for s in seen if s.upper().startswith("INSERT INTO OUTBOX")]
    assert len(inserts) == 1, inserts
    alice.says("/back")
    at(world, 5)
    alice.taps("Rarely")
    rows = [(r.kind, r.step_id, r.attempt, r.state) for r in reprompts(world) if r.step_id == "why"]
    assert rows == [("reminder", "why", 1, "pending")], rows
    [row] = [r for r in reprompts(world) if r.step_id == "why"]
    assert row.not_before == world.clock.now() + timedelta(seconds=10)
    assert at(world, 10) == 1
    assert alice.last_reply().text.startswith("A gentle reminder")
