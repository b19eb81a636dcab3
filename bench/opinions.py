"""Opinion groups: are planted groups found, are groups ever claimed in random votes, and how
long it takes, for the shipped method and the variants it was chosen against.

    .venv/bin/python -m bench.opinions [--random 150] [--planted 20] [--json]

Variants of `dialogs.opinions.opinion_groups` (the same votes, the same shuffled-votes test):
  2 axes      k-means on the first two principal axes (the map Pol.is draws);
  10 axes     the shipped method;
  all columns k-means on every proposal's column.

- False groups: `--random` vote matrices with no structure (10 to 150 members, 3 to 40
  proposals, each member voting on 30% to 100% of them; half of the matrices with
  proposals of their own popularity, 10% to 90% agree), and how many were said to have
  groups. Any is a false claim.
- Planted groups: for each shape (groups x members each, proposals, share seen, how often a
  member votes their group's way, else pass or the other way), `--planted` matrices, and how
  many were found to have groups.
- Time: one matrix of 2,000 members (500 of them sampled) and 200 proposals, half seen.
"""

from __future__ import annotations

import argparse
import json
import os
import time
from typing import Any

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")  # as `codesign` runs (bot/cli.py)

import numpy as np

from dialogs.opinions import opinion_groups

VARIANTS = {"2 axes": 2, "10 axes": 10, "all columns": None}
SHAPES = [  # groups, members each, proposals, seen, loyalty
    (2, 5, 10, 0.8, 0.9),
    (2, 10, 10, 0.8, 0.85),
    (2, 15, 12, 0.6, 0.7),
    (3, 10, 15, 0.7, 0.8),
    (3, 20, 20, 0.7, 0.85),
    (4, 10, 20, 0.7, 0.85),
    (2, 50, 20, 0.5, 0.75),
]
VALUES = {1: "agree", -1: "disagree", 0: "pass"}


def planted(seed: int, groups: int, size: int, proposals: int, seen: float, loyalty: float):
    rng = np.random.default_rng(seed)
    stances = rng.choice([-1, 1], size=(groups, proposals))
    votes = []
    for g in range(groups):
        for member in range(g * size, (g + 1) * size):
            for p in range(proposals):
                if rng.random() < seen:
                    r, stance = rng.random(), int(stances[g, p])
                    way = stance if r < loyalty else 0 if r < (1 + loyalty) / 2 else -stance
                    votes.append((member, p, VALUES[way]))
    return votes


def random_votes(seed: int) -> list[tuple[int, int, str]]:
    rng = np.random.default_rng(1000 + seed)
    members, proposals = int(rng.integers(10, 151)), int(rng.integers(3, 41))
    seen, own = float(rng.uniform(0.3, 1.0)), bool(rng.integers(2))
    share = rng.uniform(0.1, 0.9, proposals) if own else np.full(proposals, 0.45)
    votes = []
    for member in range(members):
        for p in range(proposals):
            if rng.random() < seen:
                r = rng.random()
                votes.append(
                    (member, p, "agree" if r < share[p] else "disagree" if r < 0.9 else "pass")
                )
    return votes


def measure(randoms: int, plants: int) -> list[dict[str, Any]]:
    matrices = [random_votes(s) for s in range(randoms)]
    big = [
        (m, p, "agree" if r < 0.5 else "disagree" if r < 0.9 else "pass")
        for m, p, r, s in zip(
            np.repeat(np.arange(2000), 200), np.tile(np.arange(200), 2000),
            *np.random.default_rng(7).random((2, 400_000)), strict=True,
        )
        if s < 0.5
    ]  # fmt: skip
    results = []
    for name, axes in VARIANTS.items():
        false = sum(opinion_groups(v, axes=axes).status == "groups" for v in matrices)
        found = [
            sum(opinion_groups(planted(s, *shape), axes=axes).status == "groups"
                for s in range(plants))
            for shape in SHAPES
        ]  # fmt: skip
        start = time.perf_counter()
        opinion_groups(big, axes=axes)
        seconds = time.perf_counter() - start
        results.append({"variant": name, "false": false, "found": found, "seconds": seconds})
    return results


def show(results: list[dict[str, Any]], randoms: int, plants: int) -> None:
    shapes = " | ".join(f"{g}×{n}, {p} proposals, {s:.0%} seen, {lo:.0%} loyal"
                        for g, n, p, s, lo in SHAPES)  # fmt: skip
    print(f"| variant | false groups in {randoms} random | {shapes} | 2,000 × 200 |")
    print("|---|---|" + "---|" * len(SHAPES) + "---|")
    for r in results:
        found = " | ".join(f"{n}/{plants}" for n in r["found"])
        print(f"| {r['variant']} | {r['false']} | {found} | {r['seconds']:.2f} s |")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--random", type=int, default=150)
    parser.add_argument("--planted", type=int, default=20)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    results = measure(args.random, args.planted)
    if args.json:
        print(json.dumps(results, indent=2))
    else:
        show(results, args.random, args.planted)


if __name__ == "__main__":
    main()
