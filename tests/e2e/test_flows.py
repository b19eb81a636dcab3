"""Issue 3 end to end: members go through the shipped flows with buttons and text."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from sqlmodel import col

import dialogs
from dialogs.loader import FlowFile
from storage.models import (
    REPROMPT_KINDS,
    Answer,
    DialogStateRow,
    Feedback,
    Outbox,
    Participation,
    Proposal,
    TranscriptMessage,
)
from tests.e2e.conftest import close_session, join, open_session


def reprompts(bot) -> list[Outbox]:
    """In the order they were queued (PostgreSQL returns updated rows in any order)."""
    return sorted(bot.rows(Outbox, col(Outbox.kind).in_(REPROMPT_KINDS)), key=lambda r: r.id)


def answers(bot, person=None) -> dict[str, Answer]:
    """Current answers by step: of one person, or of everyone when the test has one member."""
    where = [col(Answer.superseded).is_(False)]
    if person is not None:
        where.append(Answer.member_id == bot.rows_member_id(person))
    rows = bot.rows(Answer, *where)
    by_step = {a.step_id: a for a in rows}
    assert person is not None or len({a.member_id for a in rows}) <= 1, "name the member"
    assert len(by_step) == len(rows), "one current answer per step"
    return by_step


async def test_park_flow_with_buttons_text_branches_and_a_restart(bot, organiser, alice) -> None:
    code = await open_session(organiser, "Elm Park", flow="park_redesign")
    *_, frequency = await join(alice, code)
    assert frequency.text == "How often do you visit the park?"
    [reminder] = reprompts(bot)
    assert (reminder.step_id, reminder.state) == ("visit_frequency", "pending")
    assert reminder.not_before == bot.clock.now() + timedelta(hours=24)  # the flow's nudge_after
    assert await alice.taps("Most days") != []
    held = {r.step_id: r.state for r in reprompts(bot)}
    assert held == {"visit_frequency": "cancelled", "uses": "pending"}
    edited = alice.user.message(frequency.message_id)
    assert "✅ Most days" in edited.text and edited.buttons == []

    uses = alice.last_reply()
    await alice.taps("Walking")
    await alice.taps("Children's play")
    assert "✅ Walking" in alice.user.message(uses.message_id).button_texts
    await bot.restart()  # state is in the database: the flow carries on at the same step
    *_, safety = await alice.taps("Done")
    assert "How safe" in safety.text
    *_, unsafe = await alice.taps("2")
    assert "feel unsafe" in unsafe.text

    await alice.says("The lights are broken and it is dark and scary at night")
    replies = await alice.says("The paths are awful, dirty and terrible")
    assert "What would make that better" in replies[-1].text  # negative sentiment branch
    replies = await alice.says("/skip")
    assert "write one proposal" in replies[-1].text
    replies = await alice.says("Put bright lights along the pond path")
    *_, prompt, card = replies  # the vote step hands over to the proposal cards
    assert prompt.button_texts == ["Continue"]
    assert "Put bright lights" in card.text and "This is your proposal." in card.text
    assert len(bot.rows(Proposal)) == 1
    await alice.taps("Continue")
    *_, summary = await alice.says("Great questions, thanks!")
    assert "Most days" in summary.text and "open meeting" in summary.text

    stored = answers(bot)
    assert stored["visit_frequency"].value == "daily"
    assert stored["uses"].value == ["walking", "play"]
    assert stored["safety"].value == 2
    assert stored["one_change"].polarity < 0
    assert stored["make_better"].value is None
    assert stored["feedback"].polarity > 0
    [proposal] = bot.rows(Proposal)
    assert proposal.text == "Put bright lights along the pond path"
    [feedback] = bot.rows(Feedback)
    assert feedback.text == "Great questions, thanks!"
    [participation] = bot.rows(Participation)
    assert participation.completed_at == bot.clock.now()
    [state] = bot.rows(DialogStateRow)
    assert state.step_id is None and state.state["finished"] is True
    held = [(r.kind, r.step_id) for r in reprompts(bot) if r.state == "pending"]
    assert held == [  # no champion invitation: some answers were negative
        ("followup", "unsafe_why"),
        ("followup", "one_change"),
        ("elaboration", "feedback"),  # three words, below the flow's min_words (4)
    ]


async def test_a_flow_speaks_of_the_session_it_runs_in(bot, organiser, alice, bob) -> None:
    """One flow file, many sessions: {community}, {session} and {organiser} in its texts are
    the session's, never another place's name."""
    code = await open_session(organiser, "Oak Square", flow="park_redesign")
    replies = await join(alice, code)
    welcome = next(m for m in replies if m.text.startswith("Hello"))
    assert "thank you for helping shape “Oak Square”!" in welcome.text
    assert "Elm Street" not in welcome.text and "{" not in welcome.text
    [created] = await organiser.says(
        "/newsession Spring beds --flow community_garden --community Riverside allotments"
    )
    garden = created.text.split("Join code: ")[1].split()[0]
    await organiser.says(f"/open {garden}")
    replies = await join(bob, garden)
    assert any("next season at Riverside allotments." in m.text for m in replies)
    for answer in ("Most days", "Walking", "Done", "4"):
        await alice.taps(answer)
    await alice.says("More shade please")
    await alice.says("/skip")
    await alice.taps("Continue")
    *_, summary = await alice.says("/skip")
    assert "The park working group and Olivia read every answer." in summary.text


async def test_garden_flow_waiting_list_branch_and_back(bot, organiser, bob) -> None:
    code = await open_session(organiser, "Riverside garden", flow="community_garden")
    await join(bob, code)
    *_, wish = await bob.taps("I'm on the waiting list")
    assert "grow" in wish.text.lower()
    replies = await bob.says("Tomatoes, beans and some sunflowers")
    await bob.taps("Water butts")
    await bob.taps("Done")
    *_, back = await bob.says("/back")
    assert "Which two things" in back.text and "Water butts" in back.text
    await bob.taps("✅ Water butts")  # the previous pick is pre-ticked: unselect it
    await bob.taps("Tool shed")
    replies = await bob.taps("Done")
    assert "vote on" in replies[-1].text
    replies = await bob.says("/skip")
    assert "anything else" in replies[-1].text.lower()
    *_, summary = await bob.says("/skip")
    assert "Tool shed" in summary.text
    stored = answers(bot)
    assert stored["relationship"].value == "waiting"
    assert stored["priorities"].value == ["shed"]
    assert "grow" not in stored and "satisfaction" not in stored
    superseded = bot.rows(Answer, col(Answer.superseded).is_(True))
    assert [a.step_id for a in superseded] == ["priorities"]


async def test_wrong_answers_get_a_re_ask_and_change_nothing(bot, organiser, alice) -> None:
    code = await open_session(organiser, "Elm Park", flow="park_redesign")
    *_, frequency = await join(alice, code)
    for act in (alice.sends_sticker, alice.sends_photo):
        [reask] = await act()
        assert "How often" in reask.text
    [reask] = await alice.says("purple")
    assert "tap one of the options" in reask.text
    assert answers(bot) == {}
    await alice.says("most days")  # typing an option's label counts
    assert answers(bot)["visit_frequency"].value == "daily"

    await alice.taps("Rarely or never", message=frequency)  # an old question's button
    assert alice.toasts[-1] != ""
    assert answers(bot)["visit_frequency"].value == "daily"
    await alice.taps("Sport and exercise")
    await alice.taps("Done")
    for bad in ("seven", "9", "0", "3.5"):
        [reask] = await alice.says(bad)
        assert "1" in reask.text and "5" in reask.text, bad
    assert "safety" not in answers(bot)
    [too_long] = await alice.says("x" * 10_000)
    assert "1" in too_long.text
    assert "safety" not in answers(bot)
    await alice.taps_data("1:f:1:safety:99")  # forged value
    await alice.taps_data("1:f:999:safety:3")  # someone else's session
    await alice.taps_data("not even close")
    assert len(alice.toasts) >= 4 and all(alice.toasts[-3:])
    assert "safety" not in answers(bot)
    await alice.says("4")
    assert answers(bot)["safety"].value == 4


async def test_buttons_of_a_session_the_member_is_not_in_are_refused(
    bot, organiser, alice, bob
) -> None:
    code = await open_session(organiser, "Elm Park", flow="park_redesign")
    await join(alice, code)
    bob.user.says("/help")
    await bot.settle()
    await bob.taps_data("1:f:1:visit_frequency:daily", message=bob.user.messages[-1])
    await bob.taps_data("1:c:1:y", message=bob.user.messages[-1])
    assert bob.toasts == ["That button is no longer valid."] * 2
    assert answers(bot) == {} and len(bot.rows(Participation)) == 1


async def test_closed_session_takes_no_more_answers(bot, organiser, alice) -> None:
    code = await open_session(organiser, "Elm Park", flow="park_redesign")
    await join(alice, code)
    await close_session(organiser, code)
    [reply] = await alice.says("Most days")
    assert "has closed" in reply.text
    await alice.taps("Most days")
    assert alice.toasts[-1] == "This session is not open any more."
    assert answers(bot) == {}


async def test_a_proposal_step_tells_about_a_duplicate(bot, organiser, alice, bob) -> None:
    code = await open_session(organiser, "Riverside garden", flow="community_garden")
    await join(alice, code)
    await alice.says("/propose A monthly seed swap at the shed")
    await join(bob, code)
    await bob.taps("I'm a neighbour")
    await bob.says("It looks lovely from the street")
    await bob.taps("Seating")
    replies = await bob.taps("Done")
    assert "vote on" in replies[-1].text
    duplicate, *rest = await bob.says("a monthly seed swap at the shed!")
    assert duplicate.text == (
        "That idea is already on the list as proposal #1. You can vote on it with /proposals."
    )
    assert not any("saved" in r.text for r in [duplicate, *rest]), "one clear reply"
    assert "Vote agree" in rest[0].text and rest[1].text.startswith("Proposal 1 of 1")
    assert [p.text for p in bot.rows(Proposal)] == ["A monthly seed swap at the shed"]
    [answer] = [a for a in answers(bot, bob).values() if a.step_id == "idea"]
    assert answer.text == "a monthly seed swap at the shed!", "the answer itself is kept"


async def test_an_edited_message_is_not_taken_as_an_answer(bot, organiser, alice) -> None:
    code = await open_session(organiser, "Riverside garden", flow="community_garden")
    await join(alice, code)
    await alice.taps("I'm on the waiting list")
    said = alice.user.says("Tomatoes please")
    await bot.settle()
    edited = dict(bot.api.state.update_log[said].payload)
    edited |= {"text": "Potatoes instead", "edit_date": edited["date"] + 5}
    bot.api.state.queue_update("edited_message", edited)
    await bot.settle()
    assert "send /back" in alice.user.messages[-1].text
    assert {a.step_id: a.value for a in answers(bot).values()}["waiting_wish"] == (
        "Tomatoes please"
    )
    assert "priorities" not in answers(bot)
    [edit_row] = bot.rows(TranscriptMessage, TranscriptMessage.kind == "edit")
    assert edit_row.text == "Potatoes instead"


async def test_a_scale_with_negative_values_works_end_to_end(bot, organiser, alice) -> None:
    source = (
        "id: mood\ntitle: Mood\nlanguage: en\nengagement:\n  nudge_after: 1h\n"
        "  max_nudges: 1\n  followup_after: 1h\n  negative_threshold: -0.2\n"
        "  positive_threshold: 0.4\n  min_words: 3\nsteps:\n  - id: mood\n    kind: scale\n"
        "    prompt: How do you feel about the plan?\n    min: -2\n    max: 2\n"
        "    min_label: Against\n    max_label: For\n"
    )
    flow = dialogs.parse_flow(source, "mood.yaml")
    bot.runner.services.flows.add(FlowFile(flow, source, Path("mood.yaml")))
    code = await open_session(organiser, "Mood check", flow="mood")
    *_, question = await join(alice, code)
    assert question.button_texts == ["-2", "-1", "0", "1", "2"]
    await alice.taps("-2")
    assert answers(bot)["mood"].value == -2
