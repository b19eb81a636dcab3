"""Proof that targeting helped: a targeted send holds out a random share of its segment,
and the members reached are compared with those held out (0037).

- `held_out(member_ids, percent, seed)`: which members are held out. Each member gets a
  rank, the SHA-256 of the seed and their id; the `size(n, percent)` lowest ranks are held
  out. That is a simple random sample without replacement (every member, and every set of
  that size, equally likely, whatever the ids), reproducible from the stored seed on any
  machine and Python (no dependence on `random`'s algorithm), and independent of the order
  the members were read in.
- `compare(reached, reached_responded, held, held_responded)`: the response rates of both
  groups and a 95% interval for their difference (reached minus held out), by Newcombe's
  hybrid score method (his method 10, 1998): each rate's Wilson interval, combined. It keeps
  close to 95% coverage for small groups and rates near 0 or 1 where Wald's does not, needs
  no continuity fudge, and is a closed form (bench/holdout.py measures its coverage).
- "Too small to tell" when either group has fewer than `MIN_GROUP` members or the interval
  is wider than `MAX_WIDTH` (40 percentage points): then it says nothing about the effect
  but the counts.

Pure: no database, no clock.
"""

from __future__ import annotations

import hashlib
import math
from collections.abc import Iterable
from dataclasses import dataclass

Z = 1.959963984540054  # the normal quantile for a two-sided 95% interval
MIN_GROUP = 10  # fewer reached or held out: too small to tell
MAX_WIDTH = 0.40  # an interval for the difference wider than this: too small to tell
MAX_PERCENT = 50  # at most this share of a segment may be held out
RESPONSE_WINDOW_HOURS = 48  # a member responded: any act in the session this long after


def size(n: int, percent: int) -> int:
    """How many of `n` members are held out at `percent`: the nearest whole number (halves
    up), at least one when the percent is above zero and there is anyone, never all."""
    if n <= 0 or percent <= 0:
        return 0
    k = (n * percent * 2 + 100) // 200
    return min(max(k, 1), n - 1) if n > 1 else 0


def rank(seed: str, member_id: int) -> bytes:
    return hashlib.sha256(f"{seed}:{member_id}".encode()).digest()


def held_out(member_ids: Iterable[int], percent: int, seed: str) -> set[int]:
    """The members held out: the `size` lowest ranks under the seed."""
    ids = sorted(set(member_ids))
    k = size(len(ids), percent)
    return set(sorted(ids, key=lambda m: rank(seed, m))[:k])


def wilson(x: int, n: int, z: float = Z) -> tuple[float, float]:
    """Wilson's score interval for x successes of n (n > 0)."""
    p = x / n
    z2 = z * z
    centre = (p + z2 / (2 * n)) / (1 + z2 / n)
    half = z / (1 + z2 / n) * math.sqrt(p * (1 - p) / n + z2 / (4 * n * n))
    return max(0.0, centre - half), min(1.0, centre + half)


def newcombe(x1: int, n1: int, x2: int, n2: int, z: float = Z) -> tuple[float, float]:
    """Newcombe's hybrid score interval for p1 - p2 (both n > 0)."""
    p1, p2 = x1 / n1, x2 / n2
    l1, u1 = wilson(x1, n1, z)
    l2, u2 = wilson(x2, n2, z)
    d = p1 - p2
    low = d - math.sqrt((p1 - l1) ** 2 + (u2 - p2) ** 2)
    high = d + math.sqrt((u1 - p1) ** 2 + (p2 - l2) ** 2)
    return max(-1.0, low), min(1.0, high)


@dataclass(frozen=True)
class Uplift:
    reached: int
    reached_responded: int
    held: int
    held_responded: int
    difference: float | None  # reached rate minus held-out rate (None: a group is empty)
    low: float | None  # the 95% interval for it
    high: float | None
    verdict: str  # too_small, helped, no_difference, fewer

    @property
    def reached_rate(self) -> float | None:
        return self.reached_responded / self.reached if self.reached else None

    @property
    def held_rate(self) -> float | None:
        return self.held_responded / self.held if self.held else None


def too_small(reached: int, held: int, low: float | None, high: float | None) -> bool:
    """The rule: fewer than MIN_GROUP in either group, or an interval wider than MAX_WIDTH."""
    if min(reached, held) < MIN_GROUP or low is None or high is None:
        return True
    return high - low > MAX_WIDTH


def compare(reached: int, reached_responded: int, held: int, held_responded: int) -> Uplift:
    """Those reached against those held out: the difference of their response rates with a
    95% interval, and what may be said of it."""
    if not (0 <= reached_responded <= reached and 0 <= held_responded <= held):
        raise ValueError("responded must be between 0 and the group's size")
    if reached == 0 or held == 0:
        return Uplift(
            reached, reached_responded, held, held_responded, None, None, None, "too_small"
        )
    d = reached_responded / reached - held_responded / held
    low, high = newcombe(reached_responded, reached, held_responded, held)
    if too_small(reached, held, low, high):
        verdict = "too_small"
    elif low > 0:
        verdict = "helped"
    elif high < 0:
        verdict = "fewer"
    else:
        verdict = "no_difference"
    return Uplift(reached, reached_responded, held, held_responded, d, low, high, verdict)
