"""What sets each opinion group apart (`reports.repness`): are the proposals it names the
ones where the group really stands apart, and how often does it name one by chance?

    .venv/bin/python -m bench.repness [--random 150] [--planted 20] [--json]

Each at two thresholds of the tests: 90% one-sided (what Pol.is shows its groups with) and
95% (shipped).

- By chance: the random vote matrices of bench/opinions.py (no structure at all), their
  members dealt at random into two groups of equal size, as if groups had been claimed (the
  shipped method claims none there). Every proposal named as setting a group apart is a
  false claim; the figure is the share of (group, proposal) pairs named.
- Planted: the planted matrices of bench/opinions.py, on the groups the shipped method
  found (each found group stands for the planted group most of its members come from). A
  group truly stands apart on a proposal when its planted stance differs from another
  group's; a claim is right when it is one of those, in the group's direction (agreed for a
  planted agree). Precision: right claims of all claims; recall: right claims of all true
  pairs (every claim counted here, not only the five the stats show per group). Common
  ground: proposals named as agreed (or disagreed) by every group, and how many of them every
  planted group truly shared.
"""

from __future__ import annotations

import argparse
import json
import os
from collections import Counter
from typing import Any

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")  # as `codesign` runs (bot/cli.py)

import numpy as np

from bench.opinions import SHAPES, planted, random_votes
from dialogs.opinions import opinion_groups
from reports.repness import Z, describe

ALL = 10**6  # every claim, not the top five
THRESHOLDS = {"90% (Pol.is's groups)": 1.2816, "95% (shipped)": Z}


def by_chance(randoms: int, z: float) -> dict[str, Any]:
    named = pairs = 0
    for seed in range(randoms):
        votes = random_votes(seed)
        members = sorted({m for m, _, _ in votes})
        rng = np.random.default_rng(5000 + seed)
        dealt = rng.permutation(members)
        half = len(dealt) // 2
        groups = (tuple(int(m) for m in dealt[:half]), tuple(int(m) for m in dealt[half:]))
        found = describe(votes, groups, top=ALL, z=z)
        proposals = len({p for _, p, _ in votes})
        named += sum(len(g.apart) for g in found.groups)
        pairs += proposals * len(groups)
    return {"matrices": randoms, "pairs": pairs, "named": named}


def planted_shape(shape: tuple, plants: int, z: float) -> dict[str, Any]:
    n_groups, size, proposals, *_ = shape
    found_groups = right = claims = truths = common = common_right = 0
    for seed in range(plants):
        votes = planted(seed, *shape)
        stances = np.random.default_rng(seed).choice([-1, 1], size=(n_groups, proposals))
        groups = opinion_groups(votes)
        if groups.status != "groups":
            continue
        found_groups += 1
        origin = [
            Counter(m // size for m in members).most_common(1)[0][0] for members in groups.groups
        ]
        described = describe(votes, groups.groups, top=ALL, z=z)
        for portrait in described.groups:
            g = origin[portrait.group]
            others = [h for h in set(origin) if h != g]
            true = {
                p for p in range(proposals) if any(stances[h, p] != stances[g, p] for h in others)
            }
            truths += len(true)
            for a in portrait.apart:
                claims += 1
                way = 1 if a.way == "agree" else -1
                right += a.proposal_id in true and stances[g, a.proposal_id] == way
        for c in described.common:
            common += 1
            way = 1 if c.way == "agree" else -1
            common_right += all(stances[g, c.proposal_id] == way for g in set(origin))
    return {
        "shape": shape,
        "found": found_groups,
        "claims": claims,
        "right": right,
        "truths": truths,
        "common": common,
        "common_right": common_right,
    }


def show(name: str, chance: dict[str, Any], shapes: list[dict[str, Any]], plants: int) -> None:
    share = chance["named"] / chance["pairs"] if chance["pairs"] else 0.0
    print(
        f"{name}: by chance, {chance['named']} of {chance['pairs']} (group, proposal) pairs "
        f"named in {chance['matrices']} random matrices ({share:.1%})."
    )
    print()
    print("| shape | groups found | claims | precision | recall | common ground (right) |")
    print("|---|---|---|---|---|---|")
    for r in shapes:
        g, n, p, s, lo = r["shape"]
        precision = f"{r['right'] / r['claims']:.0%}" if r["claims"] else "–"
        recall = f"{r['right'] / r['truths']:.0%}" if r["truths"] else "–"
        print(
            f"| {g}×{n}, {p} proposals, {s:.0%} seen, {lo:.0%} loyal | {r['found']}/{plants} | "
            f"{r['claims']} | {precision} | {recall} | {r['common']} ({r['common_right']}) |"
        )


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--random", type=int, default=150)
    parser.add_argument("--planted", type=int, default=20)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    found = {}
    for name, z in THRESHOLDS.items():
        chance = by_chance(args.random, z)
        shapes = [planted_shape(shape, args.planted, z) for shape in SHAPES]
        found[name] = {"z": z, "by_chance": chance, "planted": shapes}
        if not args.json:
            show(name, chance, shapes, args.planted)
            print()
    if args.json:
        print(json.dumps(found, indent=2, default=str))


if __name__ == "__main__":
    main()
