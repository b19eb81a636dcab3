"""Holdouts (`dialogs.holdout`): does the interval for "reached minus held out" cover the
true effect about 95% of the time, how often does it find a planted effect (power), how
often does it claim one that is not there, and when does "too small to tell" apply?

    .venv/bin/python -m bench.holdout [--runs 2000] [--baseline 0.30] [--effect 0.10]
                                      [--percent 10] [--sizes 50,100,200,500,1000,2000] [--json]

For each segment size: the segment is split by `held_out` (a new seed each run), every
held-out member responds with probability `baseline`, every reached member with
`baseline + effect`; `compare` gives the interval and the verdict. Printed per size:

- coverage: the share of runs whose interval holds the true effect (all runs, including
  those said to be too small to tell), for Newcombe's hybrid score interval (shipped) and,
  beside it, Wald's with a continuity correction;
- power: the share of runs that say "helped" (the lower bound above 0 and not too small);
- too small: the share said to be too small to tell;
- false "helped" with no effect (the same runs with `effect` 0).

Then the split itself: over 20,000 seeds, how often each of 50 members is held out at 10%
(each should be near 10%).
"""

from __future__ import annotations

import argparse
import json
import math
import time
from typing import Any

import numpy as np

from dialogs.holdout import Z, compare, held_out, size


def wald_cc(x1: int, n1: int, x2: int, n2: int) -> tuple[float, float]:
    """Wald's interval for p1 - p2 with Yates' continuity correction (the baseline)."""
    p1, p2 = x1 / n1, x2 / n2
    se = math.sqrt(p1 * (1 - p1) / n1 + p2 * (1 - p2) / n2)
    cc = (1 / n1 + 1 / n2) / 2
    d = p1 - p2
    return d - Z * se - cc, d + Z * se + cc


def simulate(n: int, percent: int, baseline: float, effect: float, runs: int) -> dict[str, Any]:
    rng = np.random.default_rng(1000 + n)
    held_n = size(n, percent)
    reached_n = n - held_n
    covered = covered_wald = helped = small = 0
    for run in range(runs):
        if run < 50:  # the real split, now and then (its sizes are `size`'s, checked here)
            assert len(held_out(range(n), percent, f"bench-{run}")) == held_n
        x_reached = int(rng.binomial(reached_n, baseline + effect))
        x_held = int(rng.binomial(held_n, baseline))
        found = compare(reached_n, x_reached, held_n, x_held)
        if found.low is not None and found.high is not None:
            covered += found.low <= effect <= found.high
        low, high = wald_cc(x_reached, reached_n, x_held, held_n) if held_n else (0.0, 0.0)
        covered_wald += low <= effect <= high
        helped += found.verdict == "helped"
        small += found.verdict == "too_small"
    return {
        "segment": n,
        "reached": reached_n,
        "held": held_n,
        "coverage": covered / runs,
        "coverage_wald_cc": covered_wald / runs,
        "helped": helped / runs,
        "too_small": small / runs,
    }


def split_check(members: int, percent: int, seeds: int) -> dict[str, float]:
    counts = np.zeros(members)
    for s in range(seeds):
        for m in held_out(range(members), percent, f"seed-{s}"):
            counts[m] += 1
    shares = counts / seeds
    return {"min": float(shares.min()), "max": float(shares.max()), "mean": float(shares.mean())}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=2000)
    parser.add_argument("--baseline", type=float, default=0.30)
    parser.add_argument("--effect", type=float, default=0.10)
    parser.add_argument("--percent", type=int, default=10)
    parser.add_argument("--sizes", default="50,100,200,500,1000,2000")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    started = time.perf_counter()
    rows = []
    for n in sizes:
        real = simulate(n, args.percent, args.baseline, args.effect, args.runs)
        null = simulate(n, args.percent, args.baseline, 0.0, args.runs)
        real["false_helped"] = null["helped"]
        real["too_small_null"] = null["too_small"]
        real["coverage_null"] = null["coverage"]
        rows.append(real)
    split = split_check(50, 10, 20000)
    took = time.perf_counter() - started
    if args.json:
        print(json.dumps({"rows": rows, "split": split, "seconds": took}, indent=2))
        return
    print(
        f"baseline {args.baseline:.0%}, effect +{args.effect * 100:.0f} points, "
        f"{args.percent}% held out, {args.runs} runs a size"
    )
    print(
        "| segment | reached / held out | coverage (Newcombe) | coverage (Wald cc) | "
        "power | too small | no effect: false helped | no effect: coverage |"
    )
    print("|---|---|---|---|---|---|---|---|")
    for r in rows:
        print(
            f"| {r['segment']} | {r['reached']} / {r['held']} | {r['coverage']:.3f} | "
            f"{r['coverage_wald_cc']:.3f} | {r['helped']:.3f} | {r['too_small']:.3f} | "
            f"{r['false_helped']:.3f} | {r['coverage_null']:.3f} |"
        )
    print(
        f"split: 50 members, 10%, 20,000 seeds: each held out {split['min']:.3f} to "
        f"{split['max']:.3f} of the time (mean {split['mean']:.3f})"
    )
    print(f"{took:.1f} s")


if __name__ == "__main__":
    main()
