"""Pure rules for polls and proposals: table-driven, no fixtures."""

from __future__ import annotations

from datetime import timedelta

import pytest

import dialogs
from dialogs.polls import FormState, PollError, form_step, parse_poll_command, tally
from dialogs.proposals import (
    PROPOSAL_LIMITS,
    Limits,
    browse_order,
    check_text,
    milestone_reached,
    next_to_vote,
    proposal_limits,
)


def test_poll_command_with_flags_anywhere() -> None:
    spec = parse_poll_command(
        "AbC123 --multi Which day? | Saturday | Sunday --closes 2h --anonymous"
    )
    assert spec.code == "abc123" and spec.question == "Which day?"
    assert spec.options == ("Saturday", "Sunday")
    assert spec.multiple and spec.anonymous and spec.closes_in == timedelta(hours=2)


@pytest.mark.parametrize(
    ("args", "reason"),
    [
        ("", "usage"),
        ("abc Which day?", "usage"),
        ("abc | Saturday | Sunday", "question_empty"),
        ("abc Which? | Saturday", "option_count"),
        ("abc Which? | " + " | ".join(f"o{i}" for i in range(11)), "option_count"),
        ("abc Which? | Sat | sat", "option_duplicate"),
        ("abc Which? | Sat | ", "option_empty"),
        ("abc Which? | Sat | " + "x" * 101, "option_long"),
        ("abc " + "q" * 301 + " | a | b", "question_long"),
        ("abc Which? | a | b --closes soon", "closes_bad"),
        ("abc Which? | a | b --closes 10s", "closes_range"),
        ("abc Which? | a | b --closes", "closes_missing"),
    ],
)
def test_poll_command_refusals(args: str, reason: str) -> None:
    with pytest.raises(PollError) as info:
        parse_poll_command(args)
    assert info.value.reason == reason


def run_form(*lines: str):
    state, result = FormState(), None
    for line in lines:
        result = form_step(state, line)
        state = result.state
    return result


def test_guided_form_builds_the_same_spec_as_the_command() -> None:
    result = run_form("ABC", "Which day?", "Saturday", "Sunday", "/done", "yes", "no", "2h", "send")
    assert result.state is None and result.error is None
    assert result.spec == parse_poll_command(
        "abc Which day? | Saturday | Sunday --multi --closes 2h"
    )


def test_guided_form_re_asks_on_a_bad_answer_and_can_be_cancelled() -> None:
    result = run_form("ABC", "Which day?", "Saturday", "/done")
    assert result.error.reason == "option_count" and result.state.step == "options"
    result = run_form("ABC", "Which day?", "Sat", "Sun", "/done", "maybe")
    assert result.error.reason == "yes_no" and result.state.step == "multi"
    assert run_form("ABC", "/cancel").state is None and run_form("ABC", "/cancel").spec is None


def test_tally_shares_are_of_voters() -> None:
    results = tally(["Sat", "Sun"], {1: 3, 2: 1}, voters=3)
    assert [(r.text, r.votes, round(r.share, 2)) for r in results] == [
        ("Sat", 3, 1.0),
        ("Sun", 1, 0.33),
    ]
    assert tally(["a", "b"], {}, 0)[0].share == 0.0


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("", "empty"),
        ("   ", "empty"),
        ("Benches", "short"),
        ("x" * 501, "long"),
        ("More benches by the pond", None),
    ],
)
def test_proposal_checks(text, reason) -> None:
    assert check_text(text, PROPOSAL_LIMITS) == reason


def test_a_flow_sets_the_proposal_limits_of_its_sessions() -> None:
    flows = dialogs.load_flows(dialogs.default_flows_dir())
    assert proposal_limits(flows["park_redesign"]) == Limits(10, 400)
    assert proposal_limits(None) == PROPOSAL_LIMITS == Limits(10, 500)


def test_proposals_keep_their_place_in_the_browse_order() -> None:
    assert browse_order([5, 1, 3, 2]) == [1, 2, 3, 5]


@pytest.mark.parametrize(
    ("done", "after", "expected"),
    [
        (set(), None, 1),
        ({1}, None, 2),
        ({1}, 1, 2),
        ({1, 2}, 1, 3),
        ({2, 3}, 3, 1),  # round to the start
        ({1, 3}, 3, 2),
        ({1, 2, 3}, 2, None),  # all voted (or their own)
        (set(), 2, 3),
    ],
)
def test_after_a_vote_comes_the_next_proposal_not_voted_on(done, after, expected) -> None:
    assert next_to_vote([1, 2, 3], done, after) == expected


@pytest.mark.parametrize(
    ("agrees", "told", "expected"),
    [(2, 0, None), (3, 0, 3), (4, 3, None), (12, 3, 10), (30, 0, 25), (10, 10, None)],
)
def test_agree_milestones(agrees, told, expected) -> None:
    assert milestone_reached(agrees, told) == expected
