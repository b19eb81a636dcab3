"""Branching, /back, /skip, the end of the flow, and state persistence."""

import pytest

from dialogs import DialogState, current_question, texts

from .conversation import Member


def walk(*moves: tuple[str, str]) -> Member:
    member = Member()
    for action, argument in moves:
        if action == "tap":
            member.taps(argument)
        elif action == "say":
            member.says(argument)
        else:
            member.command(argument)
    return member


TO_RATING = (("tap", "Blue"), ("tap", "Ham"), ("tap", "Cheese"), ("tap", "Done"))


@pytest.mark.parametrize(
    ("moves", "expected_step"),
    [
        ((("tap", "Red"),), "why_red"),  # equals
        ((("tap", "Blue"),), "toppings"),  # default
        ((("tap", "Red"), ("command", "skip")), "toppings"),  # skipped: true
        ((("tap", "Red"), ("say", "it looks bad")), "toppings"),  # negative -> cheer -> on
        ((("tap", "Red"), ("say", "it is nice")), "toppings"),  # neutral -> default
        ((*TO_RATING, ("tap", "1")), "low"),  # lt 2
        ((*TO_RATING, ("tap", "2")), "idea"),  # no rule -> default
        ((*TO_RATING, ("tap", "4")), "high"),  # gte 4
        ((*TO_RATING, ("say", "5")), "high"),
    ],
)
def test_branching(moves, expected_step):
    assert walk(*moves).at() == expected_step


def test_negative_sentiment_branch_sends_the_message_step_on_the_way():
    member = walk(("tap", "Red"))
    outcome = member.says("bad colour")
    assert outcome.replies[0].text == "Sorry to hear that.", "no cheerful thanks"
    assert outcome.answer.sentiment.polarity == -0.8


def test_back_shows_previous_question_with_previous_answer_and_allows_change():
    member = walk(*TO_RATING, ("tap", "1"))
    assert member.at() == "low"
    outcome = member.command("back")
    assert member.at() == "rating" and member.state.history == ("colour", "toppings")
    assert outcome.replies[0].text.endswith("Your previous answer: 1 (Awful)")
    assert member.taps("5").answer.value == 5
    assert member.at() == "high"  # the new answer takes the other branch


def test_back_to_multi_choice_preselects_the_old_answer():
    member = walk(*TO_RATING)
    outcome = member.command("back")
    assert member.state.selection == ("ham", "cheese")
    assert outcome.replies[0].buttons[0][0].label == "✅ Ham"


def test_back_twice_then_a_different_branch():
    member = walk(("tap", "Red"), ("say", "lovely"))
    member.command("back")
    member.command("back")
    assert member.at() == "colour" and member.state.history == ()
    member.taps("Green")
    assert member.at() == "toppings"


def test_back_at_the_first_question_has_nothing_to_go_back_to():
    member = Member()
    before = member.state
    outcome = member.command("back")
    assert outcome.changed is False and outcome.state == before
    assert outcome.replies[0].text.startswith(texts.NOTHING_BEFORE)


def test_back_into_a_vote_step_hands_over_again():
    member = walk(*TO_RATING, ("tap", "3"), ("command", "skip"), ("tap", "Continue"))
    assert member.at() == "thoughts"
    assert member.command("back").handoff == "vote" and member.at() == "vote"


def test_skip_optional_stores_none_and_required_refuses():
    member = walk(("tap", "Red"))
    skipped = member.command("skip")
    assert skipped.answer.value is None and skipped.answer.step_id == "why_red"
    assert member.state.answers["why_red"] is None
    refused = member.command("skip")
    assert refused.changed is False and refused.replies[0].text.startswith(texts.CANNOT_SKIP)


@pytest.mark.parametrize("words", ["no", "Nothing", "n/a", "nothing really"])
def test_no_nothing_or_na_on_an_optional_question_is_a_skip(words):
    member = walk(("tap", "Red"))
    said = member.says(words)
    assert said.answer.value is None and said.answer.text is None
    assert member.state.answers["why_red"] is None and member.at() == "toppings"


def complete() -> Member:
    return walk(
        ("tap", "Red"),
        ("say", "It is my favourite"),
        *TO_RATING[1:],
        ("tap", "2"),
        ("command", "skip"),
        ("tap", "Continue"),
        ("say", "Great session"),
    )


def test_completion_summary_uses_labels_and_closing():
    member = complete()
    outcome = member.last
    assert outcome.completed and member.state.finished and member.at() is None
    assert outcome.replies[-1].text == (
        "Here is what you told us:\n"
        "• Colour: Red\n"
        "• Why red: It is my favourite\n"
        "• Toppings: Ham, Cheese\n"
        "• Rating: 2\n"
        "• Idea: (skipped)\n"
        "• Thoughts: Great session\n\n" + texts.CLOSING
    )
    assert current_question(member.flow, member.state) is None


def test_summary_leaves_out_answers_from_abandoned_branches():
    member = walk(("tap", "Red"), ("say", "cheerful"))
    member.command("back")
    member.command("back")
    member.taps("Blue")
    assert "why_red" not in member.state.history


@pytest.mark.parametrize("event", [("says", "hello"), ("command", "skip"), ("sends", "sticker")])
def test_events_after_finish_are_politely_refused(event):
    member = complete()
    before = member.state
    outcome = getattr(member, event[0])(event[1])
    assert outcome.changed is False and outcome.state == before and not outcome.completed
    assert outcome.replies == (texts_reply(),)


def texts_reply():
    from dialogs import Reply

    return Reply(texts.FINISHED)


def test_back_after_the_summary_says_what_can_still_change():
    """Issue 18, item 26j: /back after the summary only said "completed"."""
    member = complete()
    before = member.state
    outcome = member.command("back")
    assert outcome.changed is False and outcome.state == before
    [reply] = outcome.replies
    assert reply.text == texts.BACK_AFTER_END
    for still in ("/proposals", "/propose", "/feedback", "/mydata"):
        assert still in reply.text
    assert "can't be changed" in reply.text


def test_button_after_finish_gets_a_notice():
    member = complete()
    assert member.presses("colour", "red").notice == texts.FINISHED


def test_state_json_round_trip_and_tolerance():
    member = walk(*TO_RATING[:3])
    data = member.state.to_json()
    assert DialogState.from_json(data) == member.state
    import json

    assert DialogState.from_json(json.loads(json.dumps(data))) == member.state
    assert DialogState.from_json({"step_id": "x", "surprise": 1}) == DialogState("x", {}, ())
    assert DialogState.from_json({"history": "oops", "answers": []}).history == ()


def test_state_pointing_at_a_removed_step_restarts_politely():
    member = Member()
    member.state = DialogState(step_id="gone", answers={"colour": "red"}, history=("gone",))
    outcome = member.says("hi")
    assert outcome.replies[0].text == texts.CHANGED_FLOW
    assert member.at() == "colour" and member.state.history == ()
