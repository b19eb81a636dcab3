"""The vote order (pure): properties for any input, and the weights."""

from collections import Counter

from hypothesis import given
from hypothesis import strategies as st

from dialogs.voteorder import EVERY, Candidate, other, priority, relevance, topics_in, vote_order

TOPICS = ["trees", "play", "safety", "light"]

candidate = st.builds(
    Candidate,
    proposal_id=st.integers(1, 60),
    votes=st.integers(0, 50),
    agrees=st.integers(0, 20),
    passes=st.integers(0, 20),
    topics=st.frozensets(st.sampled_from(TOPICS), max_size=3),
    group=st.one_of(st.none(), st.integers(0, 3)),
    extremity=st.floats(0, 1),
)
inputs = st.fixed_dictionaries(
    {
        "candidates": st.lists(candidate, max_size=40, unique_by=lambda c: c.proposal_id),
        "done": st.sets(st.integers(1, 60), max_size=20),
        "interests": st.frozensets(st.sampled_from(TOPICS), max_size=3),
        "group": st.one_of(st.none(), st.integers(0, 3)),
        "pinned": st.lists(st.integers(1, 70), max_size=6),
        "seed": st.text(max_size=8),
    }
)


@given(inputs)
def test_every_proposal_once_and_deterministic(case):
    order = vote_order(**case)
    assert sorted(order) == sorted(c.proposal_id for c in case["candidates"])
    assert order == vote_order(**case)


@given(inputs)
def test_pinned_first_in_their_order_then_to_vote_then_done(case):
    order = vote_order(**case)
    ids = {c.proposal_id for c in case["candidates"]}
    pins = list(dict.fromkeys(p for p in case["pinned"] if p in ids and p not in case["done"]))
    assert order[: len(pins)] == pins
    done = [p for p in order if p in case["done"]]
    assert order[len(order) - len(done) :] == sorted(done)


@given(inputs)
def test_at_least_one_in_five_from_another_group_while_any_is_left(case):
    order = vote_order(**case)
    by_id = {c.proposal_id: c for c in case["candidates"]}
    pins = {p for p in case["pinned"] if p in by_id}
    shown = [by_id[p] for p in order if p not in case["done"] and p not in pins]
    for i in range(len(shown)):
        if any(other(c, case["group"]) for c in shown[i:]):
            window = shown[i : i + EVERY]
            assert len(window) < EVERY or any(other(c, case["group"]) for c in window), i


@given(inputs, st.text(max_size=8))
def test_the_seed_only_reorders_what_is_drawn(case, seed):
    a = vote_order(**case)
    b = vote_order(**{**case, "seed": seed})
    assert sorted(a) == sorted(b)


def test_new_proposals_get_a_boost_and_passed_ones_fade():
    fresh = Candidate(1, votes=0)
    seen = Candidate(2, votes=30, agrees=15)
    passed = Candidate(3, votes=30, agrees=5, passes=20)
    assert priority(fresh) > priority(seen) > priority(passed)


def test_relevance_is_the_share_of_topics_among_interests():
    c = Candidate(1, topics=frozenset({"trees", "play"}))
    assert relevance(c, frozenset({"trees"})) == 0.5
    assert relevance(c, frozenset()) == 0.0
    assert relevance(Candidate(2), frozenset({"trees"})) == 0.0


def test_relevant_and_new_come_first_more_often_over_seeds():
    relevant = Candidate(1, votes=10, agrees=5, topics=frozenset({"trees"}))
    unrelated = Candidate(2, votes=10, agrees=5, topics=frozenset({"light"}))
    new = Candidate(3, votes=0, topics=frozenset({"light"}))
    firsts = Counter(
        vote_order([relevant, unrelated], interests={"trees"}, seed=str(s))[0] for s in range(400)
    )
    assert firsts[1] > 2 * firsts[2]
    firsts = Counter(vote_order([unrelated, new], seed=str(s))[0] for s in range(400))
    assert firsts[3] > 2 * firsts[2]


def test_another_group_takes_the_fifth_place():
    mine = [Candidate(n, votes=0, group=0) for n in range(1, 9)]
    theirs = Candidate(50, votes=200, agrees=0, passes=200, group=1)  # weighs next to nothing
    order = vote_order([*mine, theirs], group=0, seed="s")
    assert order.index(50) == EVERY - 1
    no_groups = vote_order([*mine, theirs], group=None, seed="s")
    assert no_groups[-1] == 50


def test_topics_named_in_a_proposals_words():
    words = {"lighting": ["Lighting", "Iluminación"], "play_areas": ["Play areas"]}
    assert topics_in("More LIGHTING by the pond", words) == {"lighting"}
    assert topics_in("Más iluminación, por favor", words) == {"lighting"}
    assert topics_in("New play areas and play-areas", words) == {"play_areas"}
    assert topics_in("Enlightening talks", words) == frozenset()
