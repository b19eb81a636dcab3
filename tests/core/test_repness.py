"""Issue 17, part 5: what sets each opinion group apart (Pol.is's repness) and what every
group agrees on, against values worked out by hand."""

from __future__ import annotations

import math

import pytest

from dialogs.opinions import Groups
from reports.figures import SessionStats
from reports.repness import Apart, Common, Portrait, Stance, describe, prop_test, two_prop_test
from reports.summaries import group_lines
from storage.exports import Tally
from tests.core.test_honest_numbers import tally

A, B = (1, 2, 3, 4, 5), (6, 7, 8, 9, 10)


def votes(*ways: tuple[int, tuple[int, ...], str]) -> list[tuple[int, int, str]]:
    return [(m, proposal, way) for proposal, members, way in ways for m in members]


# 1: A agrees, B disagrees. 2: everyone agrees. 3: A 3 agree 2 pass, B 2 agree 3 disagree.
VOTES = votes(
    (1, A, "agree"), (1, B, "disagree"),
    (2, A + B, "agree"),
    (3, A[:3], "agree"), (3, A[3:], "pass"), (3, B[:2], "agree"), (3, B[2:], "disagree"),
)  # fmt: skip


def test_the_tests_as_pol_is_computes_them() -> None:
    assert prop_test(3, 4) == pytest.approx(2 * math.sqrt(5) * (4 / 5 - 0.5))  # 1.3416
    assert prop_test(5, 5) == pytest.approx(math.sqrt(6))  # 2 * sqrt(6) * (6/6 - 1/2)
    assert prop_test(0, 0) == pytest.approx(1.0)
    # Pol.is's own test of two-prop-test (stats_test.clj): -1.518 within 0.01
    assert two_prop_test(15, 56, 24, 71) == pytest.approx(-1.518, abs=0.01)
    # 6/6 against 1/6, pooled 7/12: (5/6) / sqrt(7/12 * 5/12 * (1/6 + 1/6))
    assert two_prop_test(5, 0, 5, 5) == pytest.approx((5 / 6) / math.sqrt(35 / 432))


def test_what_sets_each_group_apart_and_what_all_agree_on() -> None:
    found = describe(VOTES, (A, B))
    z, half = (5 / 6) / math.sqrt(35 / 432), math.sqrt(6)  # 2.9277, 2.4495
    all_of, none_of = Stance(5, 0, 5), Stance(0, 5, 5)
    assert found.groups == (
        Portrait(0, 5, (Apart(1, "agree", all_of, none_of, 6.0, z, half),)),
        Portrait(1, 5, (Apart(1, "disagree", none_of, all_of, 6.0, z, half),)),
    )
    # 3: A's 3 of 5 is no clear majority (z 0.82); B's 3 of 5 disagreeing neither
    assert found.common == (Common(2, "agree", (Stance(5, 0, 5), Stance(5, 0, 5)), (6 / 7) ** 2),)
    [apart] = found.groups[0].apart
    assert apart.metric == pytest.approx(6.0 * z * (6 / 7) * math.sqrt(6))


def test_a_small_group_is_never_broken_down() -> None:
    small = (6, 7, 8, 9)
    found = describe([v for v in VOTES if v[0] != 10], (A, small))
    assert found.groups[1] == Portrait(1, 4, ())
    assert found.groups[0].apart[0].rest == Stance(0, 4, 4), "its votes count in the rest"
    [common] = found.common
    assert common.stances == (Stance(5, 0, 5), None)


def test_one_group_has_common_ground_and_nothing_apart() -> None:
    found = describe(VOTES, (A + B,))
    assert found.groups == (Portrait(0, 10, ()),)
    assert [(c.proposal_id, c.way) for c in found.common] == [(2, "agree")]


def test_the_groups_in_plain_words() -> None:
    tallies = [tally(p, 0, 0) for p in (1, 2, 3)]
    groups = Groups("groups", 10, 3, (A, B))
    s = SessionStats("T", "c", "open", "f", 10, [], [], [], False, tallies, groups,
                     described=describe(VOTES, (A, B)))  # fmt: skip
    assert group_lines(s) == [
        "Opinion groups: 2 groups of members who vote alike (A: 5, B: 5).",
        "",
        "What sets each group apart: proposals it agreed (or disagreed) with far more than the "
        "other groups did, by Pol.is's test (significant at 95%).",
        "Group A (5 members) stands apart on:",
        "• #1 “proposal 1”: A agreed, 5 of 5, 100%; the other groups 0 of 5, 0%",
        "Group B (5 members) stands apart on:",
        "• #1 “proposal 1”: B disagreed, 5 of 5, 100%; the other groups 0 of 5, 0%",
        "",
        "What every group agrees on",
        "• #2 “proposal 2”: every group agreed (A 5 of 5, 100%; B 5 of 5, 100%)",
    ]
    small = Groups("groups", 9, 3, (A, (6, 7, 8, 9)))
    s = SessionStats("T", "c", "open", "f", 9, [], [], [], False, tallies, small,
                     described=describe(VOTES, small.groups))  # fmt: skip
    lines = group_lines(s)
    assert lines[0] == "Opinion groups: 2 groups of members who vote alike (A: 5, B: fewer than 5)."
    assert "Group B: fewer than 5 members, too few to describe." in lines
    assert "• #2 “proposal 2”: every group agreed (A 5 of 5, 100%; B too, a group too small to " \
        "show)" in lines  # fmt: skip


def test_a_withdrawn_or_unknown_proposal_is_named_without_its_text() -> None:
    withdrawn = Tally(2, None, "", tally(1, 0, 0).created_at, False, True, 10, 0, 0, number=2)
    groups = Groups("no_structure", 10, 3, (A + B,))
    s = SessionStats("T", "c", "open", "f", 10, [], [], [], False, [withdrawn], groups,
                     described=describe(VOTES, groups.groups))  # fmt: skip
    assert group_lines(s)[-2:] == [
        "What most members agree on",
        "• #2 (withdrawn by its author): most agreed, 10 of 10, 100%",
    ]
    s = SessionStats("T", "c", "open", "f", 10, [], [], [], False, [], groups,
                     described=describe(VOTES, groups.groups))  # fmt: skip
    assert group_lines(s)[-1] == "• #?: most agreed, 10 of 10, 100%"  # not among its proposals


def test_shown_at_95_percent_where_pol_is_shows_its_groups_at_90() -> None:
    """4 of 5 agreeing: z 2·√6·(5/6 − ½) = 1.633, between 1.2816 (90%) and 1.6449 (95%)."""
    four = votes((1, A[:4], "agree"), (1, A[4:], "pass"), (1, B, "disagree"))
    assert prop_test(4, 5) == pytest.approx(2 * math.sqrt(6) / 3)
    assert describe(four, (A, B)).groups[0].apart == ()
    [apart] = describe(four, (A, B), z=1.2816).groups[0].apart
    assert (apart.proposal_id, apart.way, apart.group) == (1, "agree", Stance(4, 0, 5))
