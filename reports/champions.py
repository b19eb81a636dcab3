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
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from statistics import median

import numpy as np

from reports.cascades import Invitations, invitations
from reports.cells import SMALL
from reports.reach import Joined, Reach

NEXT = 3  # members suggested of each kind
LEAST_INTEREST = 3  # answers, proposals and votes: below, never "takes part a lot"
POINTS = 2000  # members drawn in the picture at most (every champion among them)
QUADRANTS = ("key", "involve", "invite", "inform")


@dataclass(frozen=True)
class Champion:
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
    graph = graph or invitations(reach.joined)
    forest, joined, took = graph.forest, graph.joined, graph.activated
    groups = reach.groups
    labels = sorted(set(groups.values()))
    bit = {label: 1 << n for n, label in enumerate(labels)}
    bits = [bit.get(groups.get(j.member, ""), 0) * a for j, a in zip(joined, took, strict=True)]
    influence = forest.summed(took)
    spans = forest.joined(bits)
    deepest = forest.deepest()
    ranked = []
    for i, kids in enumerate(forest.children):
        if not kids:
            continue
        j = joined[i]
        reached = tuple(label for label in labels if spans[i] & bit[label])
        ranked.append(
            Champion(
                member=j.member,
                invited=len(kids),
                direct=sum(took[k] for k in kids),
                influence=influence[i],
                generations=deepest[i] - forest.depth[i],
                participation=j.participation,
                bridging=len(reached) if labels else None,
                groups=reached,
                group=groups.get(j.member),
            )
        )
    ranked.sort(key=lambda c: (-c.influence, -(c.bridging or 0), -c.direct, -c.invited, c.member))
    positive = [v for v in influence if v > 0]
    active = [j.participation for j, a in zip(joined, took, strict=True) if a]
    found = Champions(
        ranked=tuple(ranked),
        influence_high=max(2, math.ceil(median(positive))) if positive else 2,
        participation_high=max(LEAST_INTEREST, math.ceil(median(active)) if active else 0),
        grouped=bool(labels),
    )
    return _placed(found, joined, influence, took, reach)


def _placed(
    c: Champions, joined: Sequence[Joined], influence: list[int], took: list[int], reach: Reach
) -> Champions:
    """The quadrants, the picture's points and the suggestions."""
    power = np.array(influence, dtype=np.int64)
    interest = np.array([j.participation for j in joined], dtype=np.int64)
    active = np.array(took, dtype=bool)
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
    points = tuple(
        Point(joined[i].member, influence[i], int(interest[i]),
              quadrant(influence[i], int(interest[i]), c))
        for i in shown.tolist()
    )  # fmt: skip
    involve = [
        Suggestion("involve", m.member, count=m.influence, total=m.participation)
        for m in c.ranked
        if quadrant(m.influence, m.participation, c) == "involve"
    ][:NEXT]
    alone = np.flatnonzero(active & (power == 0) & eager)
    members = np.array([joined[i].member for i in alone.tolist()], dtype=np.int64)
    first = alone[np.lexsort((members, -interest[alone]))][:NEXT] if len(alone) else alone
    invite = [
        Suggestion("invite", joined[i].member, count=int(interest[i])) for i in first.tolist()
    ]
    more = [*involve, *invite, *_groups(reach), *_links(reach)]
    return Champions(
        c.ranked, c.influence_high, c.participation_high, counts, points, tuple(more), c.grouped
    )


def _groups(reach: Reach) -> list[Suggestion]:
    """Opinion groups whose members came through members less than half as often as the
    session's grouped members did."""
    grouped = reach.groups
    size = Counter(grouped[j.member] for j in reach.joined if j.member in grouped)
    through = Counter(
        grouped[j.member] for j in reach.joined if j.member in grouped and j.through_member
    )
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
    joined, opened = reach.joined, reach.opened
    people = {
        "source": Counter(j.source for j in joined) + Counter(o.source for o in opened),
        "tag": Counter(j.tag for j in joined if j.tag) + Counter(o.tag for o in opened if o.tag),
    }
    active = [j for j in joined if j.activated is not None]
    took = {
        "source": Counter(j.source for j in active),
        "tag": Counter(j.tag for j in active if j.tag),
    }
    total = len(joined) + len(opened)
    overall = len(active) / total if total else 0.0
    if not overall:
        return []
    return [
        Suggestion(kind, key=str(key), count=took[kind][key], total=n, overall=overall)
        for kind in ("source", "tag")
        for key, n in sorted(people[kind].items())
        if n >= SMALL and took[kind][key] / n < overall / 2
    ]
