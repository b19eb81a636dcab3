"""Each step kind: how it is asked, what it accepts, what it refuses."""

import pytest

from dialogs import DialogState, FlowValidationError, current_question, handle, parse_flow, texts
from dialogs.engine import start
from dialogs.state import StartEvent

from .conversation import NOW, SAMPLE, Member, labels, sample_flow


def member_at(step_id: str) -> Member:
    """A member whose state waits at `step_id` with no answers yet."""
    member = Member()
    member.jump(DialogState(step_id=step_id, answers={}, history=("colour",)))
    return member


def test_start_sends_message_steps_then_the_first_question():
    member = Member()
    texts_sent = [reply.text for reply in member.last.replies]
    assert texts_sent[0] == "Welcome!"
    assert texts_sent[1] == "Pick a colour"
    assert labels(member.last_reply()) == [["Red", "Blue"], ["Green"]]
    assert member.at() == "colour" and member.last.completed is False


def test_choice_button_answers_and_edits_with_a_tick():
    member = Member()
    outcome = member.taps("Blue")
    assert outcome.answer.value == "blue" and outcome.answer.text == "Blue"
    assert outcome.edit.text == "Pick a colour\n\n✅ Blue" and outcome.edit.buttons == ()
    assert outcome.notice == texts.SAVED_NOTICE
    assert member.at() == "toppings"


def test_choice_accepts_a_typed_label_case_insensitively():
    member = Member()
    outcome = member.says("  gReEn ")
    assert outcome.answer.value == "green" and outcome.edit is None
    assert member.at() == "toppings"


def test_multi_choice_toggles_with_ticks_and_refuses_done_below_minimum():
    member = member_at("toppings")
    first = member.taps("Ham")
    assert first.answer is None and first.replies == () and first.changed
    assert labels(first.edit)[0] == ["✅ Ham", "Cheese"]
    assert labels(first.edit)[-1] == ["Done"]
    refused = member.taps("Done")
    assert refused.changed is False and refused.notice == texts.TOO_FEW.format(least=2)
    member.taps("Olive")
    member.taps("✅ Ham")  # untoggle
    assert member.state.selection == ("olive",)
    member.taps("Cheese")
    done = member.taps("Done")
    assert done.answer.value == ["cheese", "olive"]
    assert done.edit.text.endswith("✅ Cheese, Olive")
    assert member.at() == "rating" and member.state.selection == ()


def test_multi_choice_refuses_more_than_maximum():
    member = member_at("toppings")
    for label in ("Ham", "Cheese", "Olive"):
        member.taps(label)
    outcome = member.taps("Basil")
    assert outcome.changed is False and outcome.notice == texts.TOO_MANY.format(most=3)
    assert member.state.selection == ("ham", "cheese", "olive")


def test_multi_choice_by_typed_labels_and_done():
    member = member_at("toppings")
    member.says("ham")
    member.says("basil")
    outcome = member.says("done")
    assert outcome.answer.value == ["ham", "basil"]


def test_scale_buttons_and_end_labels():
    member = member_at("rating")
    question = current_question(member.flow, member.state)
    assert "1 (Awful)" in question.text and "5 (Great)" in question.text
    assert labels(question) == [["1", "2", "3", "4", "5"]]
    outcome = member.taps("3")
    assert outcome.answer.value == 3 and outcome.edit.text.endswith("✅ 3")
    assert member.at() == "idea"


@pytest.mark.parametrize("typed", ["4", " 4 ", "+4"])
def test_scale_accepts_typed_digits_in_range(typed):
    member = member_at("rating")
    assert member.says(typed).answer.value == 4


@pytest.mark.parametrize("typed", ["seven", "9", "0", "-1", "3.5", "", "4 stars"])
def test_scale_refuses_out_of_range_or_not_a_number(typed):
    member = member_at("rating")
    before = member.state
    outcome = member.says(typed)
    assert outcome.changed is False and outcome.state == before and outcome.answer is None
    assert outcome.replies[0].text.startswith("Please answer with a whole number from 1 to 5.")
    assert labels(outcome.replies[0]) == [["1", "2", "3", "4", "5"]]


def test_text_answer_is_stored_with_sentiment_and_acknowledged():
    member = member_at("high")
    outcome = member.says("  It was great fun  ")
    assert outcome.answer.value == "It was great fun"
    assert outcome.answer.sentiment.polarity == 0.8
    assert outcome.replies[0].text == texts.THANKS


def test_a_clearly_negative_answer_gets_no_cheerful_thanks():
    """Issue 18, item 26b: "Thank you, got it." answered a painful story."""
    member = member_at("low")
    outcome = member.says("It was a bad day, my dog died there")
    assert outcome.answer.sentiment.polarity == -0.8
    assert texts.THANKS not in [reply.text for reply in outcome.replies]
    assert member.at() == "idea", "the flow goes on as before"


def test_a_step_can_turn_the_automatic_thanks_off():
    flow = parse_flow(
        SAMPLE.replace("    label: Why red\n", "    label: Why red\n    thanks: false\n"),
        "sample.yaml",
    )
    member = Member(flow)
    member.taps("Red")
    outcome = member.says("it is warm")
    assert outcome.answer.value == "it is warm"
    assert texts.THANKS not in [reply.text for reply in outcome.replies]
    outcome = member_at("high").says("It was fine")
    assert outcome.replies[0].text == texts.THANKS, "other steps still thank"


@pytest.mark.parametrize(
    ("step_id", "words", "refusal"),
    [
        ("why_red", "x" * 41, texts.TOO_LONG.format(limit=40, length=41)),
        ("high", "y" * 4000, texts.TOO_LONG.format(limit=1000, length=4000)),
        ("idea", "An idea " * 13, texts.PROPOSAL_TOO_LONG.format(most=100, length=103)),
    ],
)
def test_an_over_long_answer_comes_back_to_shorten_not_thrown_away(step_id, words, refusal):
    """Issue 18, item 26e: a long answer was refused and lost; the member wrote it again."""
    member = member_at(step_id)
    before = member.state
    outcome = member.says(words)
    assert outcome.changed is False and member.state == before
    said, kept, asked = outcome.replies
    assert said.text == f"{refusal}\n\n{texts.KEPT_TO_SHORTEN}"
    assert kept.text == words.strip() and kept.buttons == ()
    assert asked == current_question(member.flow, before)


@pytest.mark.parametrize(
    ("key", "error"),
    [
        ("    thanks: maybe\n", "thanks: must be true or false"),
        ("    thanks: false\n", "unknown key 'thanks'"),  # on a choice: it says nothing
    ],
)
def test_the_thanks_key_is_validated(key, error):
    where = "    label: Why red\n" if "maybe" in key else "    label: Colour\n"
    with pytest.raises(FlowValidationError) as raised:
        parse_flow(SAMPLE.replace(where, where + key), "sample.yaml")
    assert any(error in problem.message for problem in raised.value.errors), raised.value.errors


@pytest.mark.parametrize(
    ("step_id", "event", "expected"),
    [
        ("high", ("sends", "sticker"), texts.TEXT_ONLY),
        ("high", ("sends", "photo"), texts.TEXT_ONLY),
        ("high", ("says", ""), texts.EMPTY_TEXT),
        ("high", ("says", " \n\t "), texts.EMPTY_TEXT),
        ("idea", ("says", "short"), texts.PROPOSAL_TOO_SHORT.format(least=10, length=5)),
        ("colour", ("says", "purple"), texts.TAP_OPTION_OR_TYPE),
        ("colour", ("sends", "voice"), texts.TAP_OPTION),
        ("colour", ("presses", ("colour", "purple")), texts.UNKNOWN_OPTION),
        ("rating", ("presses", ("rating", "9")), texts.UNKNOWN_OPTION),
        ("rating", ("sends", "sticker"), texts.SCALE_RANGE.format(low=1, high=5)),
        ("vote", ("says", "hello"), texts.VOTE_CONTINUE),
        ("high", ("presses", ("colour", "red")), texts.STALE_BUTTON),
        ("high", ("presses", ("thoughts", "x")), texts.INVALID_BUTTON),
        ("high", ("command", "frobnicate"), texts.UNKNOWN_COMMAND),
    ],
)
def test_wrong_answers_are_refused_with_a_re_ask_and_nothing_changes(step_id, event, expected):
    member = member_at(step_id)
    before = member.state
    action, argument = event
    outcome = (
        member.presses(*argument) if action == "presses" else getattr(member, action)(argument)
    )
    assert outcome.changed is False and outcome.state == before
    assert outcome.answer is None and outcome.proposal is None and outcome.completed is False
    reply = outcome.replies[-1]
    assert reply.text.startswith(expected)
    assert current_question(member.flow, before).text in reply.text
    if action == "presses":
        assert outcome.notice == expected


def test_old_step_button_tells_where_we_are():
    member = Member()
    member.taps("Blue")
    outcome = member.presses("colour", "green")
    assert outcome.notice == "That question was already answered — here is where we are."
    assert "Pick toppings" in outcome.replies[0].text and member.at() == "toppings"


def test_proposal_is_handed_over_for_storage():
    member = member_at("idea")
    outcome = member.says("Plant more trees by the gate")
    assert outcome.proposal == "Plant more trees by the gate" and outcome.feedback is None
    assert outcome.replies[0].text == texts.PROPOSAL_SAVED


def test_vote_step_hands_over_and_continues_by_button_or_word():
    member = member_at("idea")
    entering = member.command("skip")
    assert entering.handoff == "vote" and member.at() == "vote"
    assert labels(entering.replies[-1]) == [["Continue"]]
    assert member.taps("Continue").handoff is None and member.at() == "thoughts"
    again = member_at("vote")
    again.says("Done")
    assert again.at() == "thoughts"


def test_feedback_is_handed_over_and_the_flow_completes():
    member = member_at("thoughts")
    outcome = member.says("Nice session")
    assert outcome.feedback == "Nice session" and outcome.completed
    assert outcome.state.finished and outcome.state.step_id is None


def test_start_event_mid_flow_reshows_the_question():
    member = Member()
    outcome = handle(member.flow, member.state, StartEvent(), NOW)
    assert outcome.changed is False and "Pick a colour" in outcome.replies[0].text


def test_any_event_on_a_fresh_state_starts_the_flow():
    outcome = handle(sample_flow(), DialogState(step_id=None, answers={}, history=()), None, NOW)
    assert outcome.state.step_id == "colour"


def test_a_first_start_knows_every_answer_and_a_later_state_may_not():
    """Issue 22: a state begun with no state before it holds every answer the member gave
    (a step's first answer replaces none; one given again after /back does), through
    saving and reading; a state begun over an earlier one, or saved before this was
    kept, knows nothing of the answers stored: any answer may replace one."""
    flow = sample_flow()
    first = Member(flow)
    first.outcomes = [start(flow, NOW, first=True)]
    first.state = first.outcomes[0].state
    assert not first.state.replaces_an_answer("colour")
    first.taps("Blue")
    state = DialogState.from_json(first.state.to_json())
    assert state.replaces_an_answer("colour") and not state.replaces_an_answer("toppings")
    first.command("back")
    assert first.state.replaces_an_answer("colour")
    again = Member(flow)  # started over an earlier state
    assert again.state.replaces_an_answer("colour")
    old = first.state.to_json()
    del old["all_answers"]
    assert DialogState.from_json(old).replaces_an_answer("toppings")
