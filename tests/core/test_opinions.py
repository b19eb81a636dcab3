"""Opinion groups on synthetic vote matrices: planted groups are found, member for member, and
random votes are never said to have groups."""

from __future__ import annotations

import numpy as np
import pytest

from dialogs.clustering import distances, kmeans, pca, silhouette
from dialogs.opinions import MIN_MEMBERS, opinion_groups

AGREE, DISAGREE = 1, -1
# Three groups; proposal 0 everyone agrees with, 1 everyone rejects, 2 and 3 divide A from
# B and C, the rest are the groups' own mixes.
STANCES = np.array(
    [
        [AGREE, DISAGREE, AGREE, DISAGREE, AGREE, AGREE, DISAGREE, AGREE, DISAGREE, AGREE],
        [AGREE, DISAGREE, DISAGREE, AGREE, DISAGREE, AGREE, AGREE, DISAGREE, DISAGREE, AGREE],
        [AGREE, DISAGREE, DISAGREE, AGREE, AGREE, DISAGREE, AGREE, AGREE, AGREE, DISAGREE],
    ]
)


def planted(seed: int, size: int = 12, strength: float = 0.9, seen: float = 0.85):
    """Votes of three groups of `size` members on the proposals of STANCES: each vote follows
    the group's stance with probability `strength` (else pass or the other way)."""
    rng = np.random.default_rng(seed)
    votes, groups = [], []
    for g, stances in enumerate(STANCES):
        members = list(range(g * 100, g * 100 + size))
        groups.append(tuple(members))
        for member in members:
            for proposal, stance in enumerate(stances):
                if rng.random() > seen:
                    continue
                r = rng.random()
                value = stance if r < strength else (0 if r < (1 + strength) / 2 else -stance)
                votes.append((member, proposal, {1: "agree", -1: "disagree", 0: "pass"}[value]))
    return votes, groups


def random_votes(seed: int, members: int, proposals: int, seen: float, biased: bool):
    rng = np.random.default_rng(seed)
    share = rng.uniform(0.1, 0.9, proposals) if biased else np.full(proposals, 0.45)
    votes = []
    for member in range(members):
        for proposal in range(proposals):
            if rng.random() < seen:
                r = rng.random()
                value = "agree" if r < share[proposal] else "disagree" if r < 0.9 else "pass"
                votes.append((member, proposal, value))
    return votes


def misplaced(found, planted_groups) -> int:
    """Members not in the planted group most of their found group comes from."""
    home = {m: n for n, group in enumerate(planted_groups) for m in group}
    return sum(
        len(group) - max(sum(home[m] == n for m in group) for n in range(len(planted_groups)))
        for group in found.groups
    )


@pytest.mark.parametrize("seed", range(5))
def test_planted_groups_are_found_member_for_member(seed: int) -> None:
    votes, planted_groups = planted(seed, strength=1.0, seen=1.0)
    found = opinion_groups(votes)
    assert found.status == "groups" and len(found.groups) == 3
    assert sorted(found.groups) == sorted(planted_groups)
    verdicts = {v.proposal_id: v.verdict for v in found.verdicts}
    assert verdicts[0] == "consensus" and verdicts[1] == "consensus_against"
    assert verdicts[2] == verdicts[3] == "divisive"
    assert found.silhouette > found.null_silhouette
    assert set(found.points) == {m for g in planted_groups for m in g}


@pytest.mark.parametrize("seed", range(5))
def test_consensus_and_division_survive_noise(seed: int) -> None:
    votes, planted_groups = planted(seed, strength=0.95)
    found = opinion_groups(votes)
    assert found.status == "groups" and misplaced(found, planted_groups) <= 1
    verdicts = {v.proposal_id: v.verdict for v in found.verdicts}
    assert (verdicts[0], verdicts[1]) == ("consensus", "consensus_against")
    assert verdicts[2] == verdicts[3] == "divisive"


@pytest.mark.parametrize("seed", range(5))
def test_noisier_planted_groups_are_found_but_for_a_few_members(seed: int) -> None:
    votes, planted_groups = planted(seed, strength=0.85, seen=0.8)
    found = opinion_groups(votes)
    assert found.status == "groups" and len(found.groups) == 3
    assert misplaced(found, planted_groups) <= 2  # of 36: a member whose votes drifted


def test_two_groups_of_ten_on_ten_proposals_are_found() -> None:
    votes = [v for v in planted(7, size=10)[0] if v[0] < 200 and v[1] < 10]
    found = opinion_groups(votes)
    assert found.status == "groups" and len(found.groups) == 2


@pytest.mark.parametrize(
    ("seed", "members", "proposals", "seen", "biased"),
    [(s, 10 + 9 * s, 3 + 2 * s, 0.3 + 0.05 * s, s % 2 == 0) for s in range(14)],
)
def test_random_votes_have_no_groups(seed, members, proposals, seen, biased) -> None:
    found = opinion_groups(random_votes(seed, members, proposals, seen, biased))
    assert found.status in ("no_structure", "too_few_votes")
    if found.status == "no_structure":
        assert len(found.groups) == 1 and "divisive" not in {v.verdict for v in found.verdicts}


def test_too_few_votes_are_said_to_be_too_few() -> None:
    votes, _ = planted(1, size=2)  # six members
    assert opinion_groups(votes).status == "too_few_votes"
    three_votes_each = [(m, p, "agree") for m in range(20) for p in range(2)]
    few = opinion_groups(three_votes_each)
    assert (few.status, few.members) == ("too_few_votes", 0)
    assert opinion_groups([]).members == 0 and MIN_MEMBERS > 2


def test_the_same_votes_give_the_same_groups() -> None:
    votes, _ = planted(3)
    assert opinion_groups(votes) == opinion_groups(list(reversed(votes)))


def test_the_numbers_under_it() -> None:
    rng = np.random.default_rng(0)
    blobs = np.vstack([rng.normal(0, 1, (40, 3)), rng.normal(8, 1, (40, 3))])
    labels = kmeans(blobs, 2, rng)
    assert sorted(np.bincount(labels)) == [40, 40]
    assert silhouette(distances(blobs), labels) > 0.8
    assert silhouette(distances(blobs), np.zeros(80, dtype=int)) == 0.0
    flat = pca(blobs, 2)
    assert flat.shape == (80, 2) and abs(flat[:, 0].std()) > abs(flat[:, 1].std())
