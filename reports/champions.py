"""Champions (decision 0034): for each member whose link brought someone, their influence
(activated members reached through them, every generation), their bridging (how many
opinion groups those members span) and their own participation (answers, proposals and
votes); ranked by influence, then bridging. Then the power/interest picture (influence
against participation, in four quadrants) and who to involve next: members who bring
people but take little part, members who take part a lot but brought nobody yet, and the
opinion groups and links that members' invitations barely reach. Pure."""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from itertools import repeat
from typing import NamedTuple

import numpy as np

from reports.cascades import Invitations, invitations
from reports.cells import SMALL
from reports.reach import Reach

NEXT = 3  # members suggested of each kind
LEAST_INTEREST = 3  # answers, proposals and votes: below, never "takes part a lot"
POINTS = 2000  # members drawn in the picture at most (every champion among them)
QUADRANTS = ("key", "involve", "invite", "inform")


class Champion(NamedTuple):
    member: int
    invited: int  # joined through their link
    direct: int  # of those, took part
    influence: int  # took part through them, every generation
    generations: int  # generations below them
    participation: int  # their answers, proposals and votes
    bridging: int | None = None  # opinion groups among those reached (None: no groups)
    groups: tuple[str, ...] = ()
    group: str | None = None  # their own opinion group


@dataclass(frozen=True)
class Point:
    """A member on the power/interest picture."""

    member: int
    influence: int
    participation: int
    quadrant: str  # one of QUADRANTS


@dataclass(frozen=True)
class Suggestion:
    """Someone (or a group, or a link) to involve next, and the numbers that say why."""

    kind: str  # involve, invite, group, source, tag
    member: int | None = None
    key: str = ""  # the opinion group, source or tag
    count: int = 0  # involve: influence; invite: participation; group: through members;
    total: int = 0  # involve: participation; group: its members; source/tag: opened
    overall: float | None = None  # group/source/tag: the session's share to compare with


@dataclass(frozen=True)
class Champions:
    ranked: tuple[Champion, ...]
    influence_high: int  # from this much influence a member is high on power
    participation_high: int  # and from this much participation, on interest
    quadrants: Mapping[str, int] = field(default_factory=dict)  # members per quadrant
    points: tuple[Point, ...] = ()  # at most POINTS
    suggestions: tuple[Suggestion, ...] = ()
    grouped: bool = False  # the session has opinion groups


def quadrant(influence: int, participation: int, c: Champions) -> str:
    high_power = influence >= c.influence_high
    high_interest = participation >= c.participation_high
    if high_power:
        return "key" if high_interest else "involve"
    return "invite" if high_interest else "inform"


def champions(reach: Reach, graph: Invitations | None = None) -> Champions:
    columns = reach.columns
    graph = graph or invitations(reach.joined, columns)
    forest, took = graph.forest, graph.activated
    groups = reach.groups
    labels = sorted(set(groups.values()))
    bit = {label: 1 << n for n, label in enumerate(labels)}
    members = columns.member.tolist()
    label = list(map(groups.get, members))  # each member's opinion group, None: none
    own = np.fromiter(  # its bit (a member in none: "", no bit)
        map(bit.get, map(groups.get, members, repeat("")), repeat(0)), np.int64, len(members)
    )
    influence = forest.below(took, np.add)
    spans = forest.below(own * took, np.bitwise_or)
    below = forest.up(forest.depth, np.maximum) - forest.depth
    inner = forest.inner
    direct = np.bincount(forest.parent[inner], weights=took[inner], minlength=len(forest))
    invited = forest.children_count
    interest = columns.participation
    bridging = np.array([bin(v).count("1") for v in range(1 << len(labels))])[spans]
    mine = np.flatnonzero(invited > 0)
    order = mine[
        np.lexsort(
            (columns.member[mine], -invited[mine], -direct[mine], -bridging[mine], -influence[mine])
        )
    ]
    names = columns.member[order].tolist()
    spanned = {b: _labels(labels, bit, b) for b in range(1 << len(labels))}
    ranked = tuple(
        map(
            Champion._make,
            zip(
                names,
                invited[order].tolist(),
                direct[order].astype(np.int64).tolist(),
                influence[order].tolist(),
                below[order].tolist(),
                interest[order].tolist(),
                bridging[order].tolist() if labels else [None] * len(names),
                map(spanned.__getitem__, spans[order].tolist()),  # the groups reached
                map(groups.get, names),  # their own
                strict=True,
            ),
        )
    )
    positive = influence[influence > 0]
    active = interest[took > 0]
    found = Champions(
        ranked=ranked,
        influence_high=max(2, math.ceil(float(np.median(positive)))) if len(positive) else 2,
        participation_high=max(
            LEAST_INTEREST, math.ceil(float(np.median(active))) if len(active) else 0
        ),
        grouped=bool(labels),
    )
    return _placed(found, order, members, label, influence, took.astype(bool), interest, reach)


def _placed(
    c: Champions,
    ranked: np.ndarray,  # the champions' nodes, in rank order
    members: list[int],
    label: list[str | None],
    power: np.ndarray,
    active: np.ndarray,
    interest: np.ndarray,
    reach: Reach,
) -> Champions:
    """The quadrants, the picture's points and the suggestions."""
    on = active | (power > 0)
    high, eager = power >= c.influence_high, interest >= c.participation_high
    counts = {
        "key": int((on & high & eager).sum()),
        "involve": int((on & high & ~eager).sum()),
        "invite": int((on & ~high & eager).sum()),
        "inform": int((on & ~high & ~eager).sum()),
    }
    placed = np.flatnonzero(on)
    stride = max(1, math.ceil(len(placed) / POINTS))
    shown = np.union1d(placed[::stride], np.flatnonzero(on & high))[: POINTS * 2]
    drawn = shown.tolist()
    points = tuple(
        Point(members[i], x, y, quadrant(x, y, c))
        for i, x, y in zip(drawn, power[shown].tolist(), interest[shown].tolist(), strict=True)
    )
    involving = ranked[(power[ranked] >= c.influence_high) & ~eager[ranked]][:NEXT]  # quadrant
    involve = [
        Suggestion("involve", members[i], count=int(power[i]), total=int(interest[i]))
        for i in involving.tolist()
    ]
    alone = np.flatnonzero(active & (power == 0) & eager)
    ids = np.array([members[i] for i in alone.tolist()], dtype=np.int64)
    first = alone[np.lexsort((ids, -interest[alone]))][:NEXT] if len(alone) else alone
    invite = [Suggestion("invite", members[i], count=int(interest[i])) for i in first.tolist()]
    more = [*involve, *invite, *_groups(reach, label), *_links(reach)]
    return Champions(
        c.ranked, c.influence_high, c.participation_high, counts, points, tuple(more), c.grouped
    )


def _labels(labels: list[str], bit: dict[str, int], bits: int) -> tuple[str, ...]:
    return tuple(label for label in labels if bits & bit[label]) if bits else ()


def _groups(reach: Reach, label: list[str | None]) -> list[Suggestion]:
    """Opinion groups whose members came through members less than half as often as the
    session's grouped members did (`label`: each member's group)."""
    names = sorted({g for g in label if g is not None})
    code: dict[str | None, int] = {g: n for n, g in enumerate(names)}
    group = np.fromiter(map(code.get, label, repeat(-1)), np.int64, len(label))
    grouped = group >= 0
    size = np.bincount(group[grouped], minlength=len(names)).tolist()
    through = np.bincount(group[grouped & reach.columns.through], minlength=len(names)).tolist()
    total = sum(size)
    overall = sum(through) / total if total else 0.0
    if not overall:
        return []
    return [
        Suggestion("group", key=g, count=through[n], total=size[n], overall=overall)
        for n, g in enumerate(names)
        if through[n] / size[n] < overall / 2
    ]


def _links(reach: Reach) -> list[Suggestion]:
    """Sources and tags opened by at least SMALL people, of whom less than half as many
    took part as of everyone who opened a link."""
    columns, opened = reach.columns, reach.opened
    active = columns.activated
    total = len(active) + len(opened)
    overall = int(active.sum()) / total if total else 0.0
    if not overall:
        return []
    found = []
    for kind in ("source", "tag"):  # a tag counted when there is one
        texts = columns.texts(kind)
        theirs = [k for o in opened if (k := getattr(o, kind)) or kind == "source"]
        names = sorted({*(v for v in texts.values if kind == "source" or v), *theirs})
        code = {k: n for n, k in enumerate(names)}
        group = np.array([code.get(v, -1) for v in texts.values], np.int64)
        codes = group[texts.codes] if len(group) else texts.codes
        known = codes >= 0
        people = (
            np.bincount(codes[known], minlength=len(names))
            + np.bincount(np.array([code[k] for k in theirs], np.int64), minlength=len(names))
        ).tolist()
        took = np.bincount(codes[known & active], minlength=len(names)).tolist()
        found += [
            Suggestion(kind, key=str(key), count=took[n], total=people[n], overall=overall)
            for n, key in enumerate(names)
            if people[n] >= SMALL and took[n] / people[n] < overall / 2
        ]
    return found
