"""The guided /poll form, pure: messages and buttons in, the next step or a poll out."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from dialogs.pollform import CHOICES, FormState, form_of, form_step, words_of
from dialogs.polls import PollSpec, parse_poll_command

NOW = datetime(2026, 5, 4, 10, 0, tzinfo=UTC)  # a Monday
LISBON = ZoneInfo("Europe/Lisbon")


def run_form(*lines: str, zone: ZoneInfo = LISBON, now: datetime = NOW, state=None):
    state, result = state or FormState(), None
    for line in lines:
        result = form_step(state, line, now, zone)
        state = result.state
    return result


def test_guided_form_builds_the_same_spec_as_the_command() -> None:
    result = run_form("ABC", "Which day?", "Saturday", "Sunday", "/done", "yes", "no", "2h", "send")
    assert result.state is None and result.error is None
    command = parse_poll_command("abc Which day? | Saturday | Sunday --multi --closes 2h")
    assert result.spec == PollSpec(
        "abc",
        "Which day?",
        ("Saturday", "Sunday"),
        multiple=True,
        closes_at=NOW + timedelta(hours=2),
    )
    assert command.closes_in == timedelta(hours=2)


@pytest.mark.parametrize(
    ("closes", "expected"),
    [
        ("tomorrow 18:00", datetime(2026, 5, 5, 17, tzinfo=UTC)),  # Lisbon is UTC+1 in May
        ("friday", datetime(2026, 5, 8, 17, tzinfo=UTC)),
        ("Wed 9:30", datetime(2026, 5, 6, 8, 30, tzinfo=UTC)),
        ("3d", NOW + timedelta(days=3)),
        ("no", None),
        ("never", None),
    ],
)
def test_the_closing_time_is_read_in_the_organisers_zone(closes, expected) -> None:
    result = run_form("abc", "Which?", "A", "B", "/done", "no", "no", closes, "send")
    assert result.spec.closes_at == expected


def test_done_after_two_options_moves_on_and_several_lines_are_several_options() -> None:
    assert run_form("abc", "Which?", "By the shed", "Near the gate", "/done").state.step == "multi"
    result = run_form("abc", "Which?", "By the shed\nNear the gate\n\n", "done")
    assert result.state.step == "multi"
    assert result.state.data["options"] == ["By the shed", "Near the gate"]


@pytest.mark.parametrize(
    ("lines", "reason", "step"),
    [
        (("abc", "Which?", "Saturday", "/done"), "option_count", "options"),
        (("abc", "Which?", "Sat", "Sun", "/done", "maybe"), "yes_no", "multi"),
        (("abc", "Which?", "Sat", "sat"), "option_duplicate", "options"),
        (("abc", "Which?", "A", "B", "/done", "no", "no", "soon"), "closes_bad", "closes"),
        (("abc", "Which?", "A", "B", "/done", "no", "no", "today 9:00"), "closes_past", "closes"),
        (("abc", "Which?", "A", "B", "/done", "no", "no", "2h", "maybe"), "confirm", "confirm"),
    ],
)
def test_a_bad_answer_is_asked_again(lines, reason, step) -> None:
    result = run_form(*lines)
    assert result.error.reason == reason and result.state.step == step


def test_a_closing_time_that_passed_while_confirming_is_asked_again() -> None:
    result = run_form("abc", "Which?", "A", "B", "/done", "no", "no", "in 5 minutes")
    later = form_step(result.state, "send", NOW + timedelta(minutes=6), LISBON)
    assert later.error.reason == "closes_past" and later.state.step == "closes"


def test_cancel_at_any_step() -> None:
    assert run_form("ABC", "/cancel").state is None and run_form("ABC", "/cancel").spec is None
    assert run_form("abc", "Which?", "cancel").spec is None


@pytest.mark.parametrize(("step", "choices"), sorted(CHOICES.items()))
def test_every_button_stands_for_words_the_form_reads(step, choices) -> None:
    state = FormState(step, {"code": "abc", "question": "Q?", "options": ["A", "B"]})
    for value, words in choices:
        assert words_of(step, value) == words
        result = form_step(state, words, NOW, LISBON)
        assert result.error is None, (step, value)
    assert words_of(step, "forged") is None


def test_a_poll_nobody_can_get_is_made_only_when_the_organiser_says_so() -> None:
    spec = parse_poll_command("abc Which? | A | B --anonymous --live")
    state = FormState("nobody", form_of(spec, NOW + timedelta(hours=2)))
    made = form_step(state, "yes", NOW, LISBON)
    assert made.anyway and made.spec == PollSpec(
        "abc", "Which?", ("A", "B"), anonymous=True, live=True, closes_at=NOW + timedelta(hours=2)
    )
    assert form_step(state, "/cancel", NOW, LISBON).spec is None
