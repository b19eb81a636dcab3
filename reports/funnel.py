"""The trust funnel (decision 0034): how many members reached each stage, from opening a
link to bringing someone who took part, for the whole session and broken down by how they
came (source, the link's tag, the member who invited them, the seed), and where in the
flow's questions members stopped. Pure: `reports.reach` records in, figures out.

A stage's count is everyone who reached it; its `kept` is who reached it and the stage
before (the conversion is `kept` of those at the stage before), and its time the median,
over those, from the stage before to it (0 for a member who reached it first). A join
counts as an opening too (joins recorded before openings were).

numpy over columns: a session of 100,000 members in milliseconds. Times of a breakdown
of more than `TIMED` groups (champions, by the thousand) are left out; its counts are
not."""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from dataclasses import dataclass
from typing import NamedTuple

import numpy as np

from reports.reach import Joined, Reach, StepCount

STAGES = (
    "opened",
    "joined",
    "consented",
    "answered",
    "finished",
    "contributed",  # proposed or voted
    "invited",  # someone joined through their link
    "invitee_activated",  # someone they brought took part
)
_COLUMNS = [Joined._fields.index(s) for s in STAGES]
_OPENED, _JOINED = _COLUMNS[0], _COLUMNS[1]
TIMED = 50  # a breakdown into more groups than this shows no times


class Stage(NamedTuple):
    name: str
    count: int  # reached it
    kept: int | None = None  # reached it and the stage before (None: the first stage)
    median: float | None = None  # seconds from the stage before, over `kept`

    def conversion(self, before: Stage) -> float | None:
        """The share of those at the stage before who reached this one."""
        return self.kept / before.count if self.kept is not None and before.count else None


@dataclass(frozen=True)
class Funnel:
    """The stages of a group of members: the session's, a source's, a champion's invitees'."""

    key: Hashable  # "" the session; a source; a tag; a member id; a seed id
    stages: tuple[Stage, ...]

    @property
    def size(self) -> int:
        """How many opened a link: the group as large as it ever was."""
        return self.stages[0].count

    def stage(self, name: str) -> Stage:
        return self.stages[STAGES.index(name)]

    def steps(self) -> list[tuple[Stage, Stage]]:
        """(stage before, stage) for every stage but the first."""
        return list(zip(self.stages, self.stages[1:], strict=False))


@dataclass(frozen=True)
class StepDrop:
    """A step of the flow: who reached it (answered it or are at it) and who stopped there
    (at it now, not finished)."""

    step: str
    reached: int
    stopped: int
    worst: bool = False  # the most stopped here


@dataclass(frozen=True)
class TrustFunnel:
    session: Funnel
    sources: tuple[Funnel, ...] = ()  # most opened first
    tags: tuple[Funnel, ...] = ()
    champions: tuple[Funnel, ...] = ()  # of each inviter's invitees
    seeds: tuple[Funnel, ...] = ()
    steps: tuple[StepDrop, ...] = ()


def trust_funnel(reach: Reach) -> TrustFunnel:
    times = _times(reach.joined)
    opened = reach.opened
    whole = _breakdown(times, [""] * len(reach.joined), [""] * len(opened))
    return TrustFunnel(
        session=whole[0] if whole else empty(),
        sources=_breakdown(times, [j.source for j in reach.joined], [o.source for o in opened]),
        tags=_breakdown(times, [j.tag for j in reach.joined], [o.tag for o in opened]),
        champions=_breakdown(times, [j.inviter for j in reach.joined], [o.inviter for o in opened]),
        seeds=_breakdown(times, [j.seed for j in reach.joined], [o.seed for o in opened]),
        steps=drop_off(reach.steps, reach.step_order),
    )


def empty() -> Funnel:
    """The funnel of nobody."""
    return Funnel("", tuple(Stage(s, 0, None if i == 0 else 0) for i, s in enumerate(STAGES)))


def _times(joined: Sequence[Joined]) -> np.ndarray:
    """(members, stages): when each reached each stage, NaN if they did not."""
    if not joined:
        return np.empty((0, len(STAGES)))
    columns = list(zip(*joined, strict=True))
    times = np.column_stack([np.array(columns[c], dtype=float) for c in _COLUMNS])
    times[:, 0] = np.fmin(times[:, 0], times[:, 1])  # a join is an opening too
    return times


def _breakdown(
    times: np.ndarray, keys: Sequence[Hashable], opened: Sequence[Hashable]
) -> tuple[Funnel, ...]:
    """A funnel per key (None: in none), most opened first."""
    index: dict[Hashable, int] = {}
    codes = np.array(
        [-1 if k is None else index.setdefault(k, len(index)) for k in keys], dtype=np.int64
    )
    extra = np.zeros(len(index) + len(opened), dtype=np.int64)
    for k in opened:
        if k is not None:
            extra[index.setdefault(k, len(index))] += 1
    groups = len(index)
    if not groups:
        return ()
    extra = extra[:groups]
    inside = codes >= 0
    codes, times = codes[inside], times[inside]
    reached = ~np.isnan(times)
    both = reached[:, :-1] & reached[:, 1:]
    counts = np.stack([np.bincount(codes, reached[:, k], groups) for k in range(len(STAGES))])
    kept = np.stack([np.bincount(codes, both[:, k], groups) for k in range(len(STAGES) - 1)])
    counts[0] += extra
    medians = _medians(codes, times, both, groups) if groups <= TIMED else None
    reached_by = counts.T.astype(np.int64).tolist()
    kept_by = kept.T.astype(np.int64).tolist()
    none = [None] * (len(STAGES) - 1)
    later = STAGES[1:]
    funnels = []
    for key, g in index.items():
        n, k, m = reached_by[g], kept_by[g], none if medians is None else medians[g]
        stages = (Stage(STAGES[0], n[0]), *map(Stage, later, n[1:], k, m))
        funnels.append(Funnel(key, stages))
    funnels.sort(key=lambda f: (-f.size, -f.stages[1].count, str(f.key)))
    return tuple(funnels)


def _medians(
    codes: np.ndarray, times: np.ndarray, both: np.ndarray, groups: int
) -> list[list[float | None]]:
    """Per group, per stage after the first: the median seconds from the stage before."""
    found: list[list[float | None]] = [[None] * (len(STAGES) - 1) for _ in range(groups)]
    for g in range(groups):
        mine = codes == g
        for k in range(len(STAGES) - 1):
            took = both[:, k] & mine
            if took.any():
                waited = np.maximum(times[took, k + 1] - times[took, k], 0.0)
                found[g][k] = float(np.median(waited))
    return found


def drop_off(counts: Sequence[StepCount], order: Sequence[str]) -> tuple[StepDrop, ...]:
    """Each step of the flow (in `order`; steps no longer in it after) that someone
    reached, with how many stopped there; the step most stopped at marked `worst`."""
    by_step = {c.step: c for c in counts if ":" not in c.step}  # not follow-ups' answers
    steps = [s for s in order if s in by_step] + sorted(s for s in by_step if s not in order)
    drops = [
        StepDrop(
            s,
            by_step[s].answered + by_step[s].waiting - by_step[s].waiting_answered,
            by_step[s].waiting,
        )
        for s in steps
    ]
    most = max((d.stopped for d in drops), default=0)
    if most == 0:
        return tuple(drops)
    first = next(i for i, d in enumerate(drops) if d.stopped == most)
    return tuple(
        StepDrop(d.step, d.reached, d.stopped, worst=i == first) for i, d in enumerate(drops)
    )
