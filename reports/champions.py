"""Champions (decision 0034): for each member whose link brought someone, their influence
(activated members reached through them, every generation), their bridging (how many
opinion groups those members span) and their own participation (answers, proposals and
votes); ranked by influence, then bridging. Then the power/interest picture (influence
against participation, in four quadrants) and who to involve next: members who bring
people but take little part, members who take part a lot but brought nobody yet, and the
opinion groups and links that members' invitations barely reach. Pure."""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from statistics import median

from reports.cascades import Invitations, invitations
from reports.cells import SMALL
from reports.reach import Joined, Reach

NEXT = 3  # members suggested of each kind
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
        participation_high=max(1, math.ceil(median(active))) if active else 1,
        grouped=bool(labels),
    )
    return _placed(found, joined, influence, took, reach)


def _placed(
    c: Champions, joined: Sequence[Joined], influence: list[int], took: list[int], reach: Reach
) -> Champions:
    """The quadrants, the picture's points and the suggestions."""
    counts = dict.fromkeys(QUADRANTS, 0)
    on = [i for i, (a, v) in enumerate(zip(took, influence, strict=True)) if a or v]
    for i in on:
        counts[quadrant(influence[i], joined[i].participation, c)] += 1
    stride = max(1, math.ceil(len(on) / POINTS))
    shown = {*on[::stride], *(i for i in on if influence[i] >= c.influence_high)}
    points = tuple(
        Point(joined[i].member, influence[i], joined[i].participation,
              quadrant(influence[i], joined[i].participation, c))
        for i in sorted(shown)[: POINTS * 2]
    )  # fmt: skip
    involve = [
        Suggestion("involve", m.member, count=m.influence, total=m.participation)
        for m in c.ranked
        if quadrant(m.influence, m.participation, c) == "involve"
    ][:NEXT]
    eager = sorted(
        (i for i in on if took[i] and not influence[i]),
        key=lambda i: (-joined[i].participation, joined[i].member),
    )
    invite = [
        Suggestion("invite", joined[i].member, count=joined[i].participation)
        for i in eager[:NEXT]
        if joined[i].participation >= c.participation_high
    ]
    more = [*involve, *invite, *_groups(reach), *_links(reach)]
    return Champions(
        c.ranked, c.influence_high, c.participation_high, counts, points, tuple(more), c.grouped
    )


def _groups(reach: Reach) -> list[Suggestion]:
    """Opinion groups whose members came through members less than half as often as the
    session's grouped members did."""
    size: dict[str, int] = {}
    through: dict[str, int] = {}
    for j in reach.joined:
        label = reach.groups.get(j.member)
        if label is not None:
            size[label] = size.get(label, 0) + 1
            through[label] = through.get(label, 0) + j.through_member
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
    opened: dict[tuple[str, str], int] = {}
    took: dict[tuple[str, str], int] = {}
    for kind, key, active in (
        *(("source", j.source, j.activated is not None) for j in reach.joined),
        *(("tag", j.tag, j.activated is not None) for j in reach.joined if j.tag),
        *(("source", o.source, False) for o in reach.opened),
        *(("tag", o.tag, False) for o in reach.opened if o.tag),
    ):
        at = (kind, str(key))
        opened[at] = opened.get(at, 0) + 1
        took[at] = took.get(at, 0) + active
    people = sum(n for (kind, _), n in opened.items() if kind == "source")
    active = sum(n for (kind, _), n in took.items() if kind == "source")
    overall = active / people if people else 0.0
    if not overall:
        return []
    return [
        Suggestion(kind, key=key, count=took[(kind, key)], total=n, overall=overall)
        for (kind, key), n in sorted(opened.items())
        if n >= SMALL and took[(kind, key)] / n < overall / 2
    ]
