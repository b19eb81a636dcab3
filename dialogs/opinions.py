"""Opinion groups: the members who vote alike, and for each proposal whether the groups agree
on it or it divides them (what Pol.is shows on the web).

1. The matrix: a row per member with at least `MIN_VOTES` votes, a column per proposal;
   agree +1, disagree -1, pass 0. A proposal a member did not vote on gets the mean of those
   who did (no opinion pulls no one anywhere). Each row is scaled by sqrt(proposals / their
   votes), as Pol.is does, so members who voted on few proposals are not drawn to the middle.
2. PCA to the first `AXES` principal axes, and k-means for k = 2..`MAX_GROUPS` there,
   every group at least `MIN_GROUP` members; the k with the best silhouette. (Ten axes found
   planted groups as often as all the columns, in a fraction of the time, and far more
   often than the two axes Pol.is draws, with no more false groups: bench/opinions.py. The
   first two axes are the map of members in the chart.)
3. Is that structure, or what noise looks like? The same is done `NULL_RUNS` times on the
   matrix with each proposal's votes dealt again among its voters (each proposal keeps its
   split; members' votes no longer go together). Groups are reported only if the real
   silhouette is `GAP` above the best shuffled one and `Z` standard deviations above their
   mean; otherwise "no clear groups": random votes have no groups, and none are claimed.
4. Per proposal and group, the chance of agreeing (agrees + 1) / (votes + 2): consensus when
   every group agrees (each at least `CLEAR`), or every group disagrees; divisive when one
   group agrees and another disagrees; mixed otherwise. (A rough verdict, kept in the JSON
   export; what the stats and the report say of the groups is `reports.repness`, on raw
   counts with Pol.is's tests.)
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

import numpy as np

from dialogs.clustering import distances, kmeans, nearest_centres, pca, silhouette

VALUES = {"agree": 1.0, "disagree": -1.0, "pass": 0.0}
MIN_VOTES = 3  # a member counts with at least this many votes
MIN_MEMBERS = 8  # fewer counted members: too few votes to look for groups
MIN_PROPOSALS = 3
MIN_GROUP = 3
MAX_GROUPS = 5
NULL_RUNS = 19
Z = 4.5  # the real silhouette, in standard deviations of the shuffled ones above their mean
GAP = 0.02  # and at least this far above the best shuffled one
CLEAR = 0.6
SAMPLE = 500  # groups of more members are found on a sample of them
AXES = 10  # principal axes the groups are looked for in
SEED = 20260504


@dataclass(frozen=True)
class Verdict:
    proposal_id: int
    verdict: str  # consensus, consensus_against, divisive, mixed
    agree: tuple[float, ...]  # per group: the chance a member of it agrees (smoothed)
    disagree: tuple[float, ...]
    votes: tuple[int, ...]  # per group: how many of its members voted on it
    agrees: tuple[int, ...] = ()  # per group: how many of them agreed (raw)
    disagrees: tuple[int, ...] = ()


@dataclass(frozen=True)
class Groups:
    status: str  # groups, no_structure, too_few_votes
    members: int  # members counted (with at least MIN_VOTES votes)
    proposals: int
    groups: tuple[tuple[int, ...], ...] = ()  # member ids per group (one group: everyone)
    points: dict[int, tuple[float, float]] = field(default_factory=dict)  # for a chart
    silhouette: float | None = None
    null_silhouette: float | None = None  # the best of the shuffled matrices
    verdicts: tuple[Verdict, ...] = ()

    def group_of(self, member_id: int) -> int | None:
        for n, members in enumerate(self.groups):
            if member_id in members:
                return n
        return None


def label(n: int) -> str:
    """Groups are named A, B, C..."""
    return chr(ord("A") + n)


def opinion_groups(
    votes: Iterable[tuple[int, int, str]], seed: int = SEED, axes: int | None = AXES
) -> Groups:
    """Groups from (member id, proposal id, agree|disagree|pass) votes. (`axes`: how many
    principal axes to look for groups in; None: every proposal's column. For benchmarks.)"""
    by_member: dict[int, dict[int, float]] = {}
    for member, proposal, value in votes:
        if value in VALUES:
            by_member.setdefault(member, {})[proposal] = VALUES[value]
    counted = {m: v for m, v in by_member.items() if len(v) >= MIN_VOTES}
    proposals = sorted({p for v in counted.values() for p in v})
    if len(counted) < MIN_MEMBERS or len(proposals) < MIN_PROPOSALS:
        return Groups("too_few_votes", len(counted), len(proposals))
    members = sorted(counted)
    raw = np.full((len(members), len(proposals)), np.nan)
    column = {p: j for j, p in enumerate(proposals)}
    for i, m in enumerate(members):
        for p, weight in counted[m].items():
            raw[i, column[p]] = weight
    rng = np.random.default_rng(seed)
    n = len(members)
    sample = np.arange(n) if n <= SAMPLE else np.sort(rng.choice(n, SAMPLE, replace=False))
    points, labels, score = _best(raw, rng, axes, sample)
    few = raw[sample]  # the test against shuffled votes is run on the sample too
    null = [_best(_shuffled(few, rng), rng, axes)[2] for _ in range(NULL_RUNS)]
    spread = max(float(np.std(null)), 0.01)
    found = score >= max(null) + GAP and (score - float(np.mean(null))) / spread >= Z
    if not found:
        labels = np.zeros(len(members), dtype=int)
    groups = tuple(
        tuple(m for m, g in zip(members, labels, strict=True) if g == n) for n in _ordered(labels)
    )
    return Groups(
        "groups" if found else "no_structure",
        len(members),
        len(proposals),
        groups,
        {m: (float(x), float(y)) for m, (x, y) in zip(members, _two(pca(points)), strict=True)},
        score,
        max(null),
        tuple(_verdict(p, raw[:, column[p]], members, groups) for p in proposals),
    )


def _best(
    raw: np.ndarray, rng: np.random.Generator, axes: int | None, sample: np.ndarray | None = None
) -> tuple[np.ndarray, np.ndarray, float]:
    """Points, labels and silhouette of the best k (labels all 0, score 0 if none fits).
    With a `sample` of the members, groups are made and scored on it and the others join the
    nearest group."""
    points = _points(raw, axes)
    n = len(points)
    sample = np.arange(n) if sample is None else sample
    dist = distances(points[sample])
    best, best_score = np.zeros(n, dtype=int), 0.0
    for k in range(2, min(MAX_GROUPS, n // MIN_GROUP) + 1):
        labels = kmeans(points[sample], k, rng)
        if len(sample) < n:
            labels = nearest_centres(points[sample], labels, points)
        if np.bincount(labels, minlength=k).min() < MIN_GROUP:
            continue
        score = silhouette(dist, labels[sample])
        if score > best_score:
            best, best_score = labels, score
    return points, best, best_score


def _points(raw: np.ndarray, axes: int | None) -> np.ndarray:
    voted = ~np.isnan(raw)
    means = np.nanmean(raw, axis=0)  # every counted proposal has a vote
    filled = np.where(voted, raw, means[None, :])
    scale = np.sqrt(raw.shape[1] / voted.sum(axis=1))
    rows = filled * scale[:, None]
    return pca(rows, axes) if axes else rows - rows.mean(axis=0)


def _shuffled(raw: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """Each proposal's votes dealt again at random among the members who voted on it."""
    out = raw.copy()
    for j in range(raw.shape[1]):
        rows = np.flatnonzero(~np.isnan(raw[:, j]))
        out[rows, j] = raw[rng.permutation(rows), j]
    return out


def _ordered(labels: np.ndarray) -> list[int]:
    """Group numbers, largest group first."""
    sizes = np.bincount(labels)
    return [int(g) for g in sorted(np.flatnonzero(sizes), key=lambda g: (-sizes[g], g))]


def _two(points: np.ndarray) -> np.ndarray:
    if points.shape[1] >= 2:
        return points[:, :2]
    return np.hstack([points, np.zeros((len(points), 2 - points.shape[1]))])


def _verdict(
    proposal_id: int, column: np.ndarray, members: list[int], groups: tuple[tuple[int, ...], ...]
) -> Verdict:
    row = {m: i for i, m in enumerate(members)}
    agree, disagree, votes, agrees, disagrees = [], [], [], [], []
    for group in groups:
        cast = column[[row[m] for m in group]]
        cast = cast[~np.isnan(cast)]
        votes.append(len(cast))
        agrees.append(int(np.sum(cast == 1.0)))
        disagrees.append(int(np.sum(cast == -1.0)))
        agree.append((agrees[-1] + 1) / (len(cast) + 2))
        disagree.append((disagrees[-1] + 1) / (len(cast) + 2))
    if min(agree) >= CLEAR:
        verdict = "consensus"
    elif min(disagree) >= CLEAR:
        verdict = "consensus_against"
    elif max(agree) >= CLEAR and max(disagree) >= CLEAR:
        verdict = "divisive"
    else:
        verdict = "mixed"
    return Verdict(
        proposal_id,
        verdict,
        tuple(agree),
        tuple(disagree),
        tuple(votes),
        tuple(agrees),
        tuple(disagrees),
    )
