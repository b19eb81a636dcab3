"""Cascades (decision 0034): the invitation forest of a session, an edge from each inviter
to each member who joined through their link. A member who came through the organisers is
a root (generation 0); each cascade is a root with everyone who came through it, however
many invitations removed. Only *activated* invitees (consented and answered) count as
reach; every join counts for a tree's shape.

Per cascade: its size, its activated members, its depth, reach by generation and its
structural virality (`reports.forest`). For the session: the cascades, largest first,
reach by generation, the K-factor (activated invitees per member who invited), the share
of joins through members rather than the organisers; and per seed (a proposal or poll a
champion spread, `/seed`) the cascade of those who came through its link, rooted at the
champion. Pure: `reports.reach` records in."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from reports.forest import Forest
from reports.reach import Joined, Reach, SeedInfo


@dataclass(frozen=True)
class Cascade:
    root: int  # the member it started from (a seed's: its champion)
    size: int  # members in it, the root too
    activated: int  # members but the root who took part
    depth: int  # generations below the root
    virality: float  # Goel's structural virality (2 a broadcast; more, person to person)
    by_generation: tuple[int, ...] = ()  # activated members per generation below the root
    seed: int | None = None


@dataclass(frozen=True)
class Generation:
    number: int  # 0: came through the organisers
    joined: int
    activated: int


@dataclass(frozen=True)
class Cascades:
    members: int
    through_members: int  # joined through a member rather than the organisers
    inviters: int  # members whose link brought at least one member
    activated_invitees: int  # members who joined through a member and took part
    trees: tuple[Cascade, ...] = ()  # roots with at least one invitee, largest first
    generations: tuple[Generation, ...] = ()
    seeds: tuple[Cascade, ...] = ()  # most reach first

    @property
    def k_factor(self) -> float | None:
        """Activated invitees per member who invited (None: nobody invited anyone)."""
        return self.activated_invitees / self.inviters if self.inviters else None

    @property
    def largest(self) -> Cascade | None:
        return self.trees[0] if self.trees else None

    @property
    def depth(self) -> int:
        return max((t.depth for t in self.trees), default=0)


@dataclass(frozen=True)
class Invitations:
    """The forest over a session's members: node i is `joined[i]`."""

    joined: Sequence[Joined]
    forest: Forest
    activated: list[int]  # 1 if node i took part

    @property
    def ids(self) -> list[int]:
        return [j.member for j in self.joined]


def invitations(joined: Sequence[Joined]) -> Invitations:
    index = {j.member: i for i, j in enumerate(joined)}
    parent = [-1 if j.inviter is None else index.get(j.inviter, -1) for j in joined]
    activated = [0 if j.activated is None else 1 for j in joined]
    return Invitations(joined, Forest(parent), activated)


def cascades(reach: Reach, graph: Invitations | None = None) -> Cascades:
    graph = graph or invitations(reach.joined)
    forest, activated, joined = graph.forest, graph.activated, graph.joined
    invitees = sum(1 for p in forest.parent if p >= 0)
    inviters = sum(1 for kids in forest.children if kids)
    taken = sum(a for a, p in zip(activated, forest.parent, strict=True) if p >= 0)
    return Cascades(
        members=len(joined),
        through_members=max(invitees, sum(1 for j in joined if j.through_member)),
        inviters=inviters,
        activated_invitees=taken,
        trees=_trees(graph),
        generations=_generations(forest, activated),
        seeds=_seeds(graph, reach.seeds),
    )


def _generations(forest: Forest, activated: list[int]) -> tuple[Generation, ...]:
    joined: list[int] = []
    took: list[int] = []
    for d, a in zip(forest.depth, activated, strict=True):
        while len(joined) <= d:
            joined.append(0)
            took.append(0)
        joined[d] += 1
        took[d] += a
    return tuple(Generation(n, j, t) for n, (j, t) in enumerate(zip(joined, took, strict=True)))


def _trees(graph: Invitations) -> tuple[Cascade, ...]:
    """Every root with at least one invitee, as a cascade, largest first."""
    forest = graph.forest
    big = {r for r in forest.roots if forest.size[r] > 1}
    if not big:
        return ()
    generations: dict[int, list[int]] = {r: [] for r in big}
    for i, (r, d) in enumerate(zip(forest.root, forest.depth, strict=True)):
        if d and r in big:
            counts = generations[r]
            while len(counts) < d:
                counts.append(0)
            counts[d - 1] += graph.activated[i]
    virality = forest.virality()
    found = [
        Cascade(
            root=graph.joined[r].member,
            size=forest.size[r],
            activated=sum(generations[r]),
            depth=len(generations[r]),
            virality=virality[r],
            by_generation=tuple(generations[r]),
        )
        for r in big
    ]
    found.sort(key=lambda c: (-c.size, -c.activated, c.root))
    return tuple(found)


def _seeds(graph: Invitations, seeds: Mapping[int, SeedInfo]) -> tuple[Cascade, ...]:
    """Per seed: those who joined through its link and everyone who came through them,
    under its champion (a seeded member below another of the same seed stays under them;
    one who came through another seed's link belongs to that seed's cascade)."""
    forest, joined = graph.forest, graph.joined
    mine = [-1] * len(joined)  # the seed whose cascade each member is in
    for i in forest.order:
        s, p = joined[i].seed, forest.parent[i]
        mine[i] = s if s is not None else (mine[p] if p >= 0 else -1)
    members: dict[int, list[int]] = {}
    for i in forest.order:  # parents first
        if mine[i] >= 0:
            members.setdefault(mine[i], []).append(i)
    found = [
        _seed_cascade(seed, nodes, graph, mine, seeds.get(seed)) for seed, nodes in members.items()
    ]
    found.sort(key=lambda c: (-c.activated, -c.size, c.seed or 0))
    return tuple(found)


def _seed_cascade(
    seed: int, nodes: list[int], graph: Invitations, mine: list[int], info: SeedInfo | None
) -> Cascade:
    forest, joined = graph.forest, graph.joined
    local = {node: n + 1 for n, node in enumerate(nodes)}  # 0: the champion
    parent = [-1] + [
        local[p] if (p := forest.parent[i]) >= 0 and mine[p] == seed else 0 for i in nodes
    ]
    tree = Forest(parent)
    generations: list[int] = []
    for n, i in enumerate(nodes, start=1):
        d = tree.depth[n]
        while len(generations) < d:
            generations.append(0)
        generations[d - 1] += graph.activated[i]
    champion = info.champion if info else (joined[nodes[0]].inviter or 0)
    return Cascade(
        root=champion,
        size=len(nodes) + 1,
        activated=sum(generations),
        depth=len(generations),
        virality=tree.virality().get(0, 0.0),
        by_generation=tuple(generations),
        seed=seed,
    )
