"""The holdout split and the estimator (pure)."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dialogs.holdout import (
    MAX_WIDTH,
    MIN_GROUP,
    compare,
    held_out,
    newcombe,
    size,
    wilson,
)


def test_wilson_matches_the_published_example():
    # Newcombe (1998), table I: 81 of 263 -> 0.2553 to 0.3662
    low, high = wilson(81, 263)
    assert (round(low, 4), round(high, 4)) == (0.2553, 0.3662)


@pytest.mark.parametrize(
    ("counts", "expected"),
    [
        ((56, 70, 48, 80), (0.0524, 0.3339)),  # Newcombe (1998), table II, method 10
        ((9, 10, 3, 10), (0.1705, 0.8090)),
        ((5, 56, 0, 29), (-0.0381, 0.1926)),
    ],
)
def test_newcombe_matches_the_published_examples(counts, expected):
    low, high = newcombe(*counts)
    assert (round(low, 4), round(high, 4)) == expected


@pytest.mark.parametrize(
    ("n", "percent", "k"),
    [(0, 10, 0), (1, 10, 0), (2, 10, 1), (9, 10, 1), (15, 10, 2), (25, 10, 3), (100, 10, 10)],
)
def test_size_rounds_halves_up_and_holds_out_someone_never_all(n, percent, k):
    assert size(n, percent) == k


def test_the_split_is_reproducible_and_ignores_the_order_read():
    ids = list(range(1, 201))
    first = held_out(ids, 10, "abc")
    assert first == held_out(list(reversed(ids)), 10, "abc")
    assert len(first) == 20 and first <= set(ids)
    assert first != held_out(ids, 10, "abd")


def test_the_split_is_unbiased_over_seeds():
    counts = dict.fromkeys(range(20), 0)
    for s in range(4000):
        for m in held_out(range(20), 10, str(s)):
            counts[m] += 1
    # each member held out 2 of 20 times in expectation: 400 of 4000, sd about 19
    assert all(320 < c < 480 for c in counts.values()), counts


def test_too_small_groups_say_so():
    assert compare(100, 50, MIN_GROUP - 1, 1).verdict == "too_small"
    assert compare(0, 0, 10, 3).verdict == "too_small"
    assert compare(0, 0, 10, 3).difference is None


def test_a_wide_interval_is_too_small_to_tell_even_above_the_minimum():
    found = compare(30, 20, 10, 2)
    assert found.high - found.low > MAX_WIDTH
    assert found.verdict == "too_small"


def test_verdicts():
    assert compare(900, 360, 100, 20).verdict == "helped"
    assert compare(900, 180, 100, 40).verdict == "fewer"
    assert compare(900, 270, 100, 30).verdict == "no_difference"


def test_bad_counts_are_refused():
    with pytest.raises(ValueError):
        compare(10, 11, 10, 1)


@given(
    st.integers(1, 400).flatmap(lambda n: st.tuples(st.just(n), st.integers(0, n))),
    st.integers(1, 400).flatmap(lambda n: st.tuples(st.just(n), st.integers(0, n))),
)
def test_the_interval_holds_the_estimate_and_stays_in_range(a, b):
    (n1, x1), (n2, x2) = a, b
    found = compare(n1, x1, n2, x2)
    assert found.low is not None and found.high is not None and found.difference is not None
    assert -1 <= found.low <= found.difference <= found.high <= 1
    if found.verdict == "helped":
        assert found.low > 0
    if min(n1, n2) < MIN_GROUP:
        assert found.verdict == "too_small"
