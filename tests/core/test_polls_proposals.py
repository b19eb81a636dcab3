"""Pure rules for polls and proposals: table-driven, no fixtures."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

import dialogs
from dialogs.polls import PollError, parse_poll_command, tally
from dialogs.proposals import (
    PROPOSAL_LIMITS,
    Limits,
    check_text,
    milestone_reached,
    next_to_vote,
    proposal_limits,
)

NOW = datetime(2026, 5, 4, 10, 0, tzinfo=UTC)  # a Monday


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
        ("abc Which? | a | b --closes yesterday", "closes_bad"),
        ("abc Which? | a | b --closes today 9:00", "closes_past"),
        ("abc Which? | a | b --closes 2027-01-01", "closes_range"),
    ],
)
def test_poll_command_refusals(args: str, reason: str) -> None:
    with pytest.raises(PollError) as info:
        parse_poll_command(args, NOW, ZoneInfo("UTC"))
    assert info.value.reason == reason


@pytest.mark.parametrize(
    ("args", "closes_at"),
    [
        ("abc Which? | a | b --closes friday 18:00", datetime(2026, 5, 8, 16, tzinfo=UTC)),
        ("abc --closes tomorrow Which? | a | b", datetime(2026, 5, 5, 16, tzinfo=UTC)),
        ("abc Which? | a | b --closes=fri", datetime(2026, 5, 8, 16, tzinfo=UTC)),
        ("abc Which? | a | b --closes Tuesday at 9:30", datetime(2026, 5, 5, 7, 30, tzinfo=UTC)),
    ],
)
def test_poll_command_closing_at_a_moment_in_the_organisers_zone(args, closes_at) -> None:
    spec = parse_poll_command(args, NOW, ZoneInfo("Europe/Berlin"))
    assert spec.question == "Which?" and spec.options == ("a", "b")
    assert spec.closes_at == closes_at and spec.closes_in is None


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
