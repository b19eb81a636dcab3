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

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property

import numpy as np

from reports.forest import Forest
from reports.reach import Columns, Joined, Reach, SeedInfo


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
    activated: np.ndarray  # int64: 1 if node i took part
    members: np.ndarray | None = None  # int64: node i's member id (None: read from `joined`)

    @cached_property
    def ids(self) -> list[int]:
        """Node i's member id."""
        if self.members is not None:
            return self.members.tolist()
        return [j.member for j in self.joined]


def invitations(joined: Sequence[Joined], columns: Columns | None = None) -> Invitations:
    columns = columns or Columns.of(joined)
    return Invitations(
        joined, Forest(columns.parents()), columns.activated.astype(np.int64), columns.member
    )


def cascades(reach: Reach, graph: Invitations | None = None) -> Cascades:
    graph = graph or invitations(reach.joined, reach.columns)
    forest, activated = graph.forest, graph.activated
    return Cascades(
        members=len(forest),
        through_members=max(len(forest.inner), int(reach.columns.through.sum())),
        inviters=int((forest.children_count > 0).sum()),
        activated_invitees=int(activated[forest.inner].sum()),
        trees=_trees(graph),
        generations=_generations(forest, activated),
        seeds=_seeds(graph, reach),
    )


def _generations(forest: Forest, activated: np.ndarray) -> tuple[Generation, ...]:
    joined = np.bincount(forest.depth).tolist() if len(forest) else []
    took = np.bincount(forest.depth, weights=activated).tolist() if len(forest) else []
    return tuple(
        Generation(n, j, int(t)) for n, (j, t) in enumerate(zip(joined, took, strict=True))
    )


def _per_generation(root: np.ndarray, depth: np.ndarray, took: np.ndarray) -> dict[int, list[int]]:
    """Per root, the members who took part in each generation below it (1st, 2nd...)."""
    if not len(root):
        return {}
    span = int(depth.max()) + 1
    roots, at = np.unique(root, return_inverse=True)
    if len(roots) * span <= 4 * len(root) + 1_000_000:  # a table of roots by generation
        cells = np.bincount(at * span + depth, weights=took, minlength=len(roots) * span)
        table = cells.astype(np.int64).reshape(len(roots), span).tolist()
        deepest = np.zeros(len(roots), dtype=np.int64)
        np.maximum.at(deepest, at, depth)
        return {
            r: row[1 : d + 1]
            for r, row, d in zip(roots.tolist(), table, deepest.tolist(), strict=True)
        }
    keys, where = np.unique(root * span + depth, return_inverse=True)
    counts = np.bincount(where, weights=took).astype(np.int64)
    found: dict[int, list[int]] = {}
    for key, n in zip(keys.tolist(), counts.tolist(), strict=True):
        r, d = divmod(key, span)
        generations = found.setdefault(r, [])
        generations.extend([0] * (d - len(generations)))
        generations[d - 1] = n
    return found


def _trees(graph: Invitations) -> tuple[Cascade, ...]:
    """Every root with at least one invitee, as a cascade, largest first."""
    forest = graph.forest
    inner = forest.inner
    if not len(inner):
        return ()
    generations = _per_generation(forest.root[inner], forest.depth[inner], graph.activated[inner])
    virality = forest.virality()
    ids = graph.ids
    found = [
        Cascade(
            root=ids[r],
            size=int(forest.size[r]),
            activated=sum(took),
            depth=len(took),
            virality=virality[r],
            by_generation=tuple(took),
        )
        for r, took in generations.items()
    ]
    found.sort(key=lambda c: (-c.size, -c.activated, c.root))
    return tuple(found)


def _seeds(graph: Invitations, reach: Reach) -> tuple[Cascade, ...]:
    """Per seed: those who joined through its link and everyone who came through them,
    under its champion (a seeded member below another of the same seed stays under them;
    one who came through another seed's link starts that seed's cascade)."""
    own = reach.columns.seed
    if not (own >= 0).any():
        return ()
    forest = graph.forest
    mine = forest.down(own)  # the seed whose cascade each is in: their own, or their parent's
    order = forest.order[mine[forest.order] >= 0]  # parents first
    by_seed = order[np.argsort(mine[order], kind="stable")]
    seeds, starts = np.unique(mine[by_seed], return_index=True)
    found = [
        _seed_cascade(seed, nodes, graph, mine, reach.columns, reach.seeds.get(seed))
        for seed, nodes in zip(seeds.tolist(), np.split(by_seed, starts[1:]), strict=True)
    ]
    found.sort(key=lambda c: (-c.activated, -c.size, c.seed or 0))
    return tuple(found)


def _seed_cascade(
    seed: int,
    nodes: np.ndarray,
    graph: Invitations,
    mine: np.ndarray,
    columns: Columns,
    info: SeedInfo | None,
) -> Cascade:
    """One seed's cascade: `nodes` (parents first) under its champion, node 0."""
    forest = graph.forest
    local = np.zeros(len(forest), dtype=np.int64)
    local[nodes] = np.arange(1, len(nodes) + 1)  # 0: the champion
    up = forest.parent[nodes]
    under = np.zeros(len(nodes), dtype=np.int64)  # a parent outside the seed's: the champion
    inside = up >= 0
    inside[inside] = mine[up[inside]] == seed
    under[inside] = local[up[inside]]
    tree = Forest(np.concatenate([[-1], under]))
    took = np.concatenate([[0], graph.activated[nodes]])
    generations = _per_generation(tree.root[1:], tree.depth[1:], took[1:]).get(0, [])
    inviter = int(columns.inviter[nodes[0]])
    champion = info.champion if info else (inviter if inviter > 0 else 0)
    return Cascade(
        root=champion,
        size=len(nodes) + 1,
        activated=sum(generations),
        depth=len(generations),
        virality=tree.virality().get(0, 0.0),
        by_generation=tuple(generations),
        seed=seed,
    )
