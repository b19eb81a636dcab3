"""Champions (decision 0034): for each member whose link brought someone, their influence
(activated members reached through them, every generation), their bridging (how many
opinion groups those members span) and their own participation (answers, proposals and
votes); ranked by influence, then bridging. Then the power/interest picture (influence
against participation, in four quadrants) and who to involve next: members who bring
people but take little part, members who take part a lot but brought nobody yet, and the
opinion groups and links that members' invitations barely reach. Pure."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from itertools import compress, repeat
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
    picked = order.tolist()
    names = [members[i] for i in picked]
    reached = spans[order].tolist()
    spanned = {b: _labels(labels, bit, b) for b in range(1 << len(labels))}
    ranked = tuple(
        Champion(
            member, invited_n, direct_n, reached_n, below_n, interest_n, bridged,
            groups=spanned[bits], group=groups.get(member),
        )
        for member, invited_n, direct_n, reached_n, below_n, interest_n, bridged, bits in zip(
            names,
            invited[order].tolist(),
            direct[order].astype(np.int64).tolist(),
            influence[order].tolist(),
            below[order].tolist(),
            interest[order].tolist(),
            bridging[order].tolist() if labels else [None] * len(picked),
            reached,
            strict=True,
        )
    )  # fmt: skip
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
    return _placed(found, members, label, influence, took.astype(bool), interest, reach)


def _placed(
    c: Champions,
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
    involve = [
        Suggestion("involve", m.member, count=m.influence, total=m.participation)
        for m in c.ranked
        if quadrant(m.influence, m.participation, c) == "involve"
    ][:NEXT]
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
    columns = reach.columns
    size = Counter(g for g in label if g is not None)
    through = Counter(g for g in compress(label, columns.through.tolist()) if g is not None)
    total = sum(size.values())
    overall = sum(through.values()) / total if total else 0.0
    if not overall:
        return []
    return [
        Suggestion("group", key=label, count=through[label], total=size[label], overall=overall)
        for label in sorted(size)
        if through[label] / size[label] < overall / 2
    ]


def _links(reach: Reach) -> list[Suggestion]:
    """Sources and tags opened by at least SMALL people, of whom less than half as many
    took part as of everyone who opened a link."""
    columns, opened = reach.columns, reach.opened
    sources, tags = columns.field("source"), columns.field("tag")
    active = columns.activated.tolist()
    people = {
        "source": Counter(sources) + Counter(o.source for o in opened),
        "tag": Counter(t for t in tags if t) + Counter(o.tag for o in opened if o.tag),
    }
    took = {
        "source": Counter(compress(sources, active)),
        "tag": Counter(t for t in compress(tags, active) if t),
    }
    total = len(sources) + len(opened)
    overall = sum(active) / total if total else 0.0
    if not overall:
        return []
    return [
        Suggestion(kind, key=str(key), count=took[kind][key], total=n, overall=overall)
        for kind in ("source", "tag")
        for key, n in sorted(people[kind].items())
        if n >= SMALL and took[kind][key] / n < overall / 2
    ]
