"""The trust funnel, the cascades and the champions as pure figures (decision 0034), on
records written by hand; structural virality against its definition and against networkx."""

from __future__ import annotations

import math
import random

import networkx as nx
import numpy as np
import pytest

from reports.cascades import cascades
from reports.champions import champions, quadrant
from reports.forest import Forest, virality
from reports.funnel import STAGES, drop_off, trust_funnel
from reports.reach import Joined, Opened, Reach, SeedInfo, StepCount

H = 3600.0


def member(
    m: int,
    inviter: int | None = None,
    *,
    source: str | None = None,
    tag: str | None = None,
    seed: int | None = None,
    joined: float = 0.0,
    consented: float | None = None,
    answered: float | None = None,
    finished: float | None = None,
    contributed: float | None = None,
    answers: int = 0,
    proposals: int = 0,
    votes: int = 0,
) -> Joined:
    """A member as `storage.reach` reads one; activated once consented and answered."""
    activated = max(consented, answered) if consented is not None and answered else None
    return Joined(
        m, inviter, source or ("invite" if inviter else "link"), tag, seed, joined,
        consented, answered, finished, contributed, activated, answers + proposals + votes,
    )  # fmt: skip


def done_when() -> list[Joined]:
    """A invites B and C, B invites D; D joins and consents but never answers."""
    return [
        member(1, joined=0, consented=60, answered=120, finished=H, contributed=2 * H,
               answers=4, proposals=1, votes=3),
        member(2, 1, joined=10 * H, consented=10 * H + 30, answered=11 * H, answers=2),
        member(3, 1, joined=12 * H, consented=12 * H + 90, answered=13 * H, answers=1),
        member(4, 2, joined=20 * H, consented=20 * H + 10),
    ]  # fmt: skip


# -- structural virality ---------------------------------------------------------------------


def test_a_star_of_a_hundred_is_1_98_and_a_chain_33_67() -> None:
    star = [-1] + [0] * 99
    chain = [-1, *range(99)]
    assert virality(star) == pytest.approx(1.98, abs=1e-12)
    assert virality(chain) == pytest.approx(101 / 3, abs=1e-12)
    assert round(virality(chain) or 0, 2) == 33.67
    assert virality([-1]) is None


def _parents(tree: nx.Graph) -> list[int]:
    """The tree as parents, rooted at node 0, nodes 0..n-1."""
    parent = [-1] * tree.number_of_nodes()
    for a, b in nx.bfs_edges(tree, 0):
        parent[b] = a
    return parent


@pytest.mark.parametrize("seed", range(12))
def test_virality_is_the_mean_distance_networkx_finds(seed: int) -> None:
    rng = random.Random(seed)
    n = rng.choice((2, 3, 7, 50, 300))
    if seed % 2:  # a uniformly random labelled tree
        tree = nx.random_labeled_tree(n, seed=seed)
    else:  # a random recursive tree: each newcomer invited by someone already there
        tree = nx.Graph([(rng.randrange(i), i) for i in range(1, n)])
    expected = nx.wiener_index(tree) / math.comb(n, 2)
    assert virality(_parents(tree)) == pytest.approx(expected, rel=1e-12)
    assert nx.average_shortest_path_length(tree) == pytest.approx(expected, rel=1e-12)


def test_a_forest_gives_each_tree_its_own() -> None:
    forest = Forest([-1, 0, 0, -1, 3, 4, -1])  # a star of three, a chain of three, one alone
    assert forest.roots.tolist() == [0, 3, 6]
    assert forest.virality() == {0: pytest.approx(4 / 3), 3: pytest.approx(4 / 3)}
    assert forest.depth.tolist() == [0, 1, 1, 0, 1, 2, 0]
    assert forest.size.tolist() == [3, 1, 1, 3, 2, 1, 1]
    assert forest.below(np.ones(7, dtype=np.int64), np.add).tolist() == [2, 0, 0, 2, 1, 0, 0]
    assert forest.children(0) == [1, 2] and forest.children(1) == []


def test_a_cycle_is_cut_where_it_is_met_first() -> None:
    forest = Forest([2, 0, 1, 3])  # 0 -> 2 -> 1 -> 0, and 3 its own parent
    assert sorted(forest.order.tolist()) == [0, 1, 2, 3]
    assert forest.parent.tolist() == [-1, 0, 1, -1]
    assert forest.depth.tolist() == [0, 1, 2, 0]


def test_a_chain_deeper_than_the_levels_is_summed_node_by_node() -> None:
    n = 3000  # more generations than LEVELS: the subtree sums take the other road
    forest = Forest([-1, *range(n - 1)])
    assert forest.size.tolist() == list(range(n, 0, -1))
    assert forest.up(forest.depth, np.maximum).tolist() == [n - 1] * n
    assert virality([-1, *range(n - 1)]) == pytest.approx((n + 1) / 3)


# -- the done-when session: A invites B and C, B invites D, D never answers -----------------


def test_champions_rank_a_with_reach_two() -> None:
    reach = Reach(done_when(), groups={1: "A", 2: "A", 3: "B", 4: "B"})
    found = champions(reach)
    a, b = found.ranked
    assert (a.member, a.invited, a.direct, a.influence, a.generations) == (1, 2, 2, 2, 2)
    assert (a.bridging, a.groups, a.participation) == (2, ("A", "B"), 8)
    assert (b.member, b.invited, b.direct, b.influence, b.bridging) == (2, 1, 0, 0, 0)
    assert found.influence_high == 2
    assert found.participation_high == 3, "the median of 8, 2 and 1 is 2: 3 at least"
    assert quadrant(a.influence, a.participation, found) == "key"
    assert found.quadrants == {"key": 1, "involve": 0, "invite": 0, "inform": 2}


def test_cascade_figures_of_the_done_when_session() -> None:
    found = cascades(Reach(done_when()))
    assert (found.members, found.through_members, found.inviters) == (4, 3, 2)
    assert found.activated_invitees == 2 and found.k_factor == 1.0
    [tree] = found.trees
    assert (tree.root, tree.size, tree.activated, tree.depth) == (1, 4, 2, 2)
    assert tree.by_generation == (2, 0)
    # edges below B (2 nodes), C and D (1 each): (2*2 + 1*3 + 1*3) * 2 / (4*3)
    assert tree.virality == pytest.approx(20 / 12)
    assert [(g.number, g.joined, g.activated) for g in found.generations] == [
        (0, 1, 1), (1, 2, 2), (2, 1, 0),
    ]  # fmt: skip


def test_the_funnel_of_the_done_when_session() -> None:
    opener = Opened("invite", None, 1, None, 9 * H)  # opened A's link and did not join
    funnel = trust_funnel(Reach(done_when(), opened=[opener])).session
    assert [s.count for s in funnel.stages] == [5, 4, 4, 3, 1, 1, 2, 1]
    assert [s.kept for s in funnel.stages] == [None, 4, 4, 3, 1, 1, 1, 1]
    joined = funnel.stage("joined")
    assert joined.median == 0.0  # a link opens and joins in one step
    assert funnel.stage("consented").median == pytest.approx(45)  # of 60, 30, 90, 10
    assert funnel.stage("answered").median == pytest.approx(H - 90)  # of 60, H - 30, H - 90
    assert funnel.stage("invited").median == pytest.approx(8 * H)  # A: contributed -> invited
    assert funnel.stage("answered").conversion(funnel.stage("consented")) == 0.75


def test_the_funnel_per_source_tag_champion_and_seed() -> None:
    people = [
        *done_when(),
        member(5, source="link", tag="flyer", joined=60, consented=70, answered=80),
        member(6, 1, source="seed", seed=7, joined=60),
    ]
    openers = [Opened("link", "flyer", None, None, 5), Opened("seed", None, 1, 7, 9)]
    found = trust_funnel(Reach(people, opened=openers))
    by_source = {f.key: [s.count for s in f.stages] for f in found.sources}
    assert by_source == {
        "invite": [3, 3, 3, 2, 0, 0, 1, 0],
        "link": [3, 2, 2, 2, 1, 1, 1, 1],
        "seed": [2, 1, 0, 0, 0, 0, 0, 0],
    }
    assert [(f.key, f.size, f.stage("answered").count) for f in found.tags] == [("flyer", 2, 1)]
    assert [(f.key, f.size, f.stage("joined").count) for f in found.champions] == [
        (1, 4, 3), (2, 1, 1),
    ]  # fmt: skip
    assert [(f.key, f.size) for f in found.seeds] == [(7, 2)]


def test_each_group_of_a_large_breakdown_has_its_own_median() -> None:
    people = [member(1, joined=0, consented=1, answered=2)] + [
        member(1000 + n, inviter=2000 + n % 60, joined=0, consented=n) for n in range(180)
    ]  # 60 inviters, three invitees each: consented after n, n + 60 and n + 120 seconds
    found = trust_funnel(Reach(people))
    assert len(found.champions) == 60
    medians = {f.key: f.stage("consented").median for f in found.champions}
    assert medians == {2000 + n: n + 60.0 for n in range(60)}
    assert found.session.stage("consented").median == 89.0  # the 91st of 0, 1, 1, 2..179


def test_nobody_yet() -> None:
    found = trust_funnel(Reach([]))
    assert [s.count for s in found.session.stages] == [0] * len(STAGES)
    assert len(found.sources) == 0 and cascades(Reach([])).trees == ()
    assert champions(Reach([])).ranked == ()


def test_drop_off_per_step_in_the_flows_order() -> None:
    counts = [
        StepCount("why", answered=6, waiting=3),
        StepCount("visits", answered=10, waiting=1, waiting_answered=1),
        StepCount("visits:followup", answered=2, waiting=0),
        StepCount("gone", answered=1, waiting=0),
    ]
    drops = drop_off(counts, ["visits", "why", "idea"])
    assert [(d.step, d.reached, d.stopped, d.worst) for d in drops] == [
        ("visits", 10, 1, False), ("why", 9, 3, True), ("gone", 1, 0, False),
    ]  # fmt: skip


def test_seed_cascades_hang_under_their_champion() -> None:
    people = [
        member(1, joined=0, consented=1, answered=2),  # the champion
        member(2, 1, source="seed", seed=9, joined=1, consented=2, answered=3),
        member(3, 1, source="seed", seed=9, joined=1, consented=2, answered=3),
        member(4, 2, joined=2, consented=3, answered=4),  # came through 2: in seed 9's cascade
        member(5, 4, source="seed", seed=8, joined=3),  # through another seed's link
    ]
    found = cascades(Reach(people, seeds={9: SeedInfo(9, "proposal", 3, 1)}))
    nine, eight = found.seeds
    assert (nine.seed, nine.root, nine.size, nine.activated, nine.depth) == (9, 1, 4, 3, 2)
    assert nine.by_generation == (2, 1)
    assert nine.virality == pytest.approx(virality([-1, 0, 0, 1]) or 0)
    assert (eight.seed, eight.root, eight.size, eight.activated) == (8, 4, 2, 0)


def test_who_to_involve_next() -> None:
    people = [
        member(1, joined=0, consented=1, answered=2, answers=1),  # brings many, does little
        *(member(10 + n, 1, joined=1, consented=2, answered=3, answers=5) for n in range(4)),
        member(20, joined=0, consented=1, answered=2, answers=9, votes=20),  # eager, alone
        *(member(30 + n, source="link", tag="radio", joined=0) for n in range(6)),
    ]
    groups = {1: "A", 10: "A", 11: "A", 12: "A", 13: "A", 20: "B", 30: "B", 31: "B", 32: "B"}
    found = champions(Reach(people, groups=groups))
    kinds = [(s.kind, s.member, s.key, s.count, s.total) for s in found.suggestions]
    assert kinds == [
        ("involve", 1, "", 4, 1),
        ("invite", 20, "", 29, 0),
        ("invite", 10, "", 5, 0),  # as eager as the median, and nobody through them yet
        ("invite", 11, "", 5, 0),
        ("group", None, "B", 0, 4),
        ("tag", None, "radio", 0, 6),
    ]
    assert found.suggestions[4].overall == pytest.approx(4 / 9)
