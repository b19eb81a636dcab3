"""Issue 17, part 4: every share is the raw one beside its counts; a proposal is ranked only
from RANK_FROM votes, by a score said to be one, and is never both most agreed and most
divisive."""

from __future__ import annotations

from datetime import UTC, datetime

from hypothesis import given
from hypothesis import strategies as st

from dialogs.opinions import Groups
from reports.figures import (
    RANK_FROM,
    SessionStats,
    divided,
    divisive,
    ranked,
    score,
    share,
    share_text,
)
from reports.summaries import proposal_lines
from storage.exports import Tally


def tally(id_: int, agree: int, disagree: int, passed: int = 0, hidden: bool = False) -> Tally:
    at = datetime(2026, 5, 4, tzinfo=UTC)
    return Tally(id_, 1, f"proposal {id_}", at, hidden, False, agree, disagree, passed, number=id_)


def stats(*tallies: Tally) -> SessionStats:
    return SessionStats("T", "c", "open", "f", 9, [], [], [], False, list(tallies),
                        Groups("too_few_votes", 0, 0))  # fmt: skip


def test_a_share_is_the_raw_one_with_its_counts() -> None:
    assert share_text(3, 4) == "3 of 4, 75%"
    assert share_text(2, 3) == "2 of 3, 67%"
    assert share_text(5, 5) == "5 of 5, 100%"
    assert share_text(0, 0) == "0 of 0" and share(0, 0) is None


def test_ranking_starts_at_five_votes_and_orders_by_the_smoothed_score() -> None:
    assert RANK_FROM == 5
    few, sure, many = tally(1, 4, 0), tally(2, 5, 0), tally(3, 40, 2)
    assert ranked([few, sure, many]) == [many, sure], "4 votes: not ranked"
    assert score(sure) < score(many) < 1, "5 of 5 (6/7) below 40 of 42 (41/44)"
    assert ranked([tally(4, 9, 0, hidden=True)]) == [], "a hidden proposal is not ranked"


def test_too_few_votes_to_rank_is_said_and_no_share_is_smoothed() -> None:
    assert proposal_lines(stats(tally(1, 3, 1), tally(2, 0, 0))) == [
        "Not enough votes to rank proposals: a proposal is ranked from 5 votes, and none has "
        "that many yet."
    ]
    assert proposal_lines(stats(tally(1, 0, 0))) == ["No votes on proposals yet."]
    lines = proposal_lines(stats(tally(1, 6, 1, 1), tally(2, 3, 3), tally(3, 1, 0)))
    assert lines == [
        "Most agreed proposals",
        "Ranked by (agrees + 1) / (votes + 2), a score that keeps a proposal with few votes "
        "from topping the list; only proposals with 5+ votes and not divided are ranked. The "
        "shares are the raw ones.",
        "• #1 “proposal 1”: agree 6 of 8, 75%; disagree 1; pass 1",
        "",
        "Most divisive proposals",
        "More than a third of those who took a side on each side.",
        "• #2 “proposal 2”: agree 3 of 6, 50%; disagree 3; pass 0",
    ]
    everyone = proposal_lines(stats(tally(1, 5, 0)))
    assert "• #1 “proposal 1”: agree 5 of 5, 100%; disagree 0; pass 0" in everyone  # not 86%


def test_divided_means_more_than_a_third_on_the_smaller_side() -> None:
    assert [divided(tally(1, a, d)) for a, d in [(2, 1), (3, 2), (10, 8), (9, 0), (0, 0)]] == [
        False, True, True, False, False,
    ]  # fmt: skip
    assert [t.id for t in divisive([tally(1, 9, 0), tally(2, 3, 3), tally(3, 10, 8)])] == [3, 2]


@given(st.lists(st.tuples(st.integers(0, 30), st.integers(0, 30), st.integers(0, 5)), max_size=12))
def test_never_both_most_agreed_and_most_divisive(counts: list[tuple[int, int, int]]) -> None:
    tallies = [tally(n, a, d, p) for n, (a, d, p) in enumerate(counts)]
    top, split = ranked(tallies, top=12), divisive(tallies, top=12)
    assert not {t.id for t in top} & {t.id for t in split}
    assert all(t.votes >= RANK_FROM for t in [*top, *split])
    assert all(t.agree > t.disagree for t in top)
