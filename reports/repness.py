"""What sets each opinion group apart, and what every group agrees on: Pol.is's
"representativeness" (`repness`) and group-aware consensus, on the groups
`dialogs.opinions` found. Pure: votes and groups in, raw counts and test values out.

For a group and a proposal, with `n` its members' agrees (or disagrees) of `v` votes
(agree, disagree or pass), and the same summed over every other group (the rest):

- one-proportion test, is it more than half of the group: `prop_test(n, v)`,
  2·√(v+1)·((n+1)/(v+1) − ½);
- two-proportion test, is it more than in the rest: `two_prop_test(n, n_rest, v, v_rest)`,
  the pooled z of (n+1)/(v+1) against (n_rest+1)/(v_rest+1) (one added to every count,
  as Pol.is does, so that no count of 0 divides by 0);
- how many times more likely than in the rest: ((n+1)/(v+2)) / ((n_rest+1)/(v_rest+2)).

A proposal sets a group apart, for agreeing or for disagreeing, when both tests pass at 95%
one-sided (z > 1.6449, Pol.is's `z-sig-95?`; Pol.is shows its groups at 90%, which named
twice as many proposals by chance in bench/repness.py for a little more recall); the group's
are ordered by the product of the ratio, both tests and the smoothed share (Pol.is's
`repness-metric`), at most `TOP`, those it agreed with first. Common ground: a proposal every
group agreed with (or every group disagreed with), each by more than half and significantly
so; ordered by the product over the groups of (n+1)/(v+2) (Pol.is's group-aware consensus),
a score that orders and is never shown as a share.

A group of fewer than `reports.cells.SMALL` members is never described: its counts are left
out (they still count in the rest, and it must agree too for common ground).
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from reports.cells import small

Z = 1.6449  # one-sided 95% (Pol.is: z-sig-95?); its groups use 1.2816, 90%
TOP = 5
WAYS = ("agree", "disagree")


@dataclass(frozen=True)
class Stance:
    """How some members voted on one proposal."""

    agree: int = 0
    disagree: int = 0
    votes: int = 0  # agree, disagree or pass

    def count(self, way: str) -> int:
        return self.agree if way == "agree" else self.disagree

    def __add__(self, other: Stance) -> Stance:
        return Stance(
            self.agree + other.agree, self.disagree + other.disagree, self.votes + other.votes
        )


@dataclass(frozen=True)
class Apart:
    """A proposal that sets a group apart: it agreed (or disagreed) far more than the rest."""

    proposal_id: int
    way: str  # agree or disagree
    group: Stance
    rest: Stance
    ratio: float  # how many times more likely than in the rest (smoothed)
    z_rest: float  # two-proportion test, the group against the rest
    z_group: float  # one-proportion test: more than half of the group

    @property
    def metric(self) -> float:
        smoothed = (self.group.count(self.way) + 1) / (self.group.votes + 2)
        return self.ratio * self.z_rest * smoothed * self.z_group


@dataclass(frozen=True)
class Portrait:
    """One group: its size and what sets it apart (nothing, for a small group)."""

    group: int  # its number in `Groups.groups` (A is 0)
    size: int
    apart: tuple[Apart, ...] = ()

    @property
    def small(self) -> bool:
        return small(self.size)


@dataclass(frozen=True)
class Common:
    """A proposal every group agreed with (or every group disagreed with)."""

    proposal_id: int
    way: str
    stances: tuple[Stance | None, ...]  # per group; None for a small group (not shown)
    score: float  # group-aware consensus: the product over groups of (n + 1) / (v + 2)


@dataclass(frozen=True)
class Description:
    groups: tuple[Portrait, ...] = ()
    common: tuple[Common, ...] = ()


def prop_test(success: int, n: int) -> float:
    """Is `success` of `n` more than half? Pol.is's z, with a pseudocount."""
    return 2 * math.sqrt(n + 1) * ((success + 1) / (n + 1) - 0.5)


def two_prop_test(success_in: int, success_out: int, n_in: int, n_out: int) -> float:
    """Is the share in larger than the share out? The pooled two-proportion z, one added to
    each count (Pol.is's `two-prop-test`)."""
    s1, s2, n1, n2 = success_in + 1, success_out + 1, n_in + 1, n_out + 1
    pooled = (s1 + s2) / (n1 + n2)
    spread = math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2))
    return (s1 / n1 - s2 / n2) / spread if spread else 0.0


def stances(
    votes: Iterable[tuple[int, int, str]], groups: tuple[tuple[int, ...], ...]
) -> dict[int, list[Stance]]:
    """proposal id -> each group's stance on it (members in no group are left out)."""
    group_of = {m: g for g, members in enumerate(groups) for m in members}
    counts: dict[int, list[list[int]]] = defaultdict(lambda: [[0, 0, 0] for _ in groups])
    for member, proposal, value in votes:
        g = group_of.get(member)
        if g is None or value not in ("agree", "disagree", "pass"):
            continue
        row = counts[proposal][g]
        row[0] += value == "agree"
        row[1] += value == "disagree"
        row[2] += 1
    return {p: [Stance(*row) for row in rows] for p, rows in sorted(counts.items())}


def describe(
    votes: Iterable[tuple[int, int, str]],
    groups: tuple[tuple[int, ...], ...],
    top: int = TOP,
    z: float = Z,
) -> Description:
    """Each group's portrait and the common ground, from (member, proposal, vote) votes and
    the groups' members (one group: everyone counted, and nothing sets it apart); `z`: the
    tests' threshold."""
    found = stances(votes, groups)
    portraits = tuple(
        Portrait(g, len(members), () if small(len(members)) else _apart(g, found, top, z))
        for g, members in enumerate(groups)
    )
    common = [c for way in WAYS for c in _common(found, groups, way, top, z)]
    return Description(portraits, tuple(common))


def _apart(g: int, found: dict[int, list[Stance]], top: int, z: float) -> tuple[Apart, ...]:
    if len(next(iter(found.values()), [])) < 2:
        return ()
    chosen = []
    for proposal, by_group in found.items():
        mine = by_group[g]
        rest = sum((s for h, s in enumerate(by_group) if h != g), Stance())
        if not mine.votes:
            continue
        tests = {way: _against(proposal, way, mine, rest) for way in WAYS}
        passing = [t for t in tests.values() if t.z_rest > z and t.z_group > z]
        if passing:
            chosen.append(max(passing, key=lambda t: t.z_rest))
    best = sorted(chosen, key=lambda t: (-t.metric, t.proposal_id))[:top]
    return tuple(sorted(best, key=lambda t: WAYS.index(t.way)))  # agreed with, first


def _against(proposal: int, way: str, mine: Stance, rest: Stance) -> Apart:
    n, n_rest = mine.count(way), rest.count(way)
    ratio = ((n + 1) / (mine.votes + 2)) / ((n_rest + 1) / (rest.votes + 2))
    return Apart(
        proposal,
        way,
        mine,
        rest,
        ratio,
        two_prop_test(n, n_rest, mine.votes, rest.votes),
        prop_test(n, mine.votes),
    )


def _most(s: Stance, way: str, z: float) -> bool:
    """More than half of the group, significantly."""
    return 2 * s.count(way) > s.votes and prop_test(s.count(way), s.votes) > z


def _common(
    found: dict[int, list[Stance]],
    groups: tuple[tuple[int, ...], ...],
    way: str,
    top: int,
    z: float,
) -> list[Common]:
    agreed = []
    for proposal, by_group in found.items():
        if all(_most(s, way, z) for s in by_group):
            score = math.prod((s.count(way) + 1) / (s.votes + 2) for s in by_group)
            sizes = [len(members) for members in groups]
            shown = tuple(None if small(n) else s for n, s in zip(sizes, by_group, strict=True))
            agreed.append(Common(proposal, way, shown, score))
    return sorted(agreed, key=lambda c: (-c.score, c.proposal_id))[:top]
