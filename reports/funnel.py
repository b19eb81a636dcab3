"""The trust funnel (decision 0034): how many members reached each stage, from opening a
link to bringing someone who took part, for the whole session and broken down by how they
came (source, the link's tag, the member who invited them, the seed), and where in the
flow's questions members stopped. Pure: `reports.reach` records in, figures out.

A stage's count is everyone who reached it; its `kept` is who reached it and the stage
before (the conversion is `kept` of those at the stage before), and its time the median,
over those, from the stage before to it (0 for a member who reached it first). A join is
an opening too, at the same moment (`/start` opens the link and joins), and those who
opened a link and did not join are added to the first stage.

numpy over columns: a session of 100,000 members in milliseconds, every breakdown with its
counts and times (a stage's waits sorted once by group, each group's middle read)."""

from __future__ import annotations

from collections.abc import Hashable, Iterator, Sequence
from dataclasses import dataclass, replace
from typing import overload

import numpy as np

from reports.reach import Columns, Reach, StepCount, Texts

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
# each stage's time in the records (an opening is the join; the invitations are found below)
_COLUMNS = ["joined" if s == "opened" else s for s in STAGES[:-2]]


@dataclass(frozen=True, slots=True)
class Stage:
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
    sources: Sequence[Funnel] = ()  # most opened first
    tags: Sequence[Funnel] = ()
    champions: Sequence[Funnel] = ()  # of each inviter's invitees
    seeds: Sequence[Funnel] = ()
    steps: tuple[StepDrop, ...] = ()


def trust_funnel(reach: Reach) -> TrustFunnel:
    columns = reach.columns
    times = _times(columns) if reach.joined else np.empty((0, len(STAGES)))
    opened = reach.opened
    whole = _breakdown(times, np.zeros(len(reach.joined), np.int64), [0] * len(opened))

    def by(name: str) -> Breakdown:
        return _breakdown(times, columns.texts(name), [getattr(o, name) for o in opened])

    return TrustFunnel(
        session=replace(whole[0], key="") if whole else empty(),
        sources=by("source"),
        tags=by("tag"),
        champions=_breakdown(times, columns.inviter, [o.inviter for o in opened]),
        seeds=_breakdown(times, columns.seed, [o.seed for o in opened]),
        steps=drop_off(reach.steps, reach.step_order),
    )


def empty() -> Funnel:
    """The funnel of nobody."""
    return Funnel("", tuple(Stage(s, 0, None if i == 0 else 0) for i, s in enumerate(STAGES)))


def _times(columns: Columns) -> np.ndarray:
    """(members, stages): when each reached each stage, NaN if they did not; a member
    invited someone when the first member they invited joined, and brought someone who took
    part when the first of those was activated."""
    found = np.column_stack([columns.seconds(c) for c in _COLUMNS])
    parents = columns.parents()
    inner = parents >= 0
    invited = np.full(len(parents), np.inf)
    np.minimum.at(invited, parents[inner], found[inner, STAGES.index("joined")])
    took = np.full(len(parents), np.inf)
    np.fmin.at(took, parents[inner], columns.seconds("activated")[inner])
    later = np.column_stack([invited, took])
    later[np.isinf(later)] = np.nan
    return np.column_stack([found, later])


class Breakdown(Sequence[Funnel]):
    """The funnels of a breakdown's groups, most opened first, each made when read: a
    breakdown by champion has thousands, and a view reads ten. Times are found for a group
    when it is read alone, and for every group at once when all are read in turn."""

    def __init__(
        self,
        keys: list[Hashable],
        counts: np.ndarray,  # (groups, stages)
        kept: np.ndarray,  # (groups, stages - 1)
        waits: tuple[np.ndarray, np.ndarray, np.ndarray],  # (codes, times, both)
    ) -> None:
        self.keys, self.counts, self.kept, self.waits = keys, counts, kept, waits
        self.medians: list[list[float | None]] | None = None
        names = np.array([str(k) for k in keys])
        self.order = (
            np.lexsort((names, -counts[:, 1], -counts[:, 0])) if keys else np.zeros(0, np.int64)
        )

    def __len__(self) -> int:
        return len(self.keys)

    def __iter__(self) -> Iterator[Funnel]:
        if self.medians is None and len(self) > 1:
            self.medians = _medians(*self.waits, len(self))
        for at in range(len(self)):
            yield self[at]

    @overload
    def __getitem__(self, at: int) -> Funnel: ...

    @overload
    def __getitem__(self, at: slice) -> list[Funnel]: ...

    def __getitem__(self, at: int | slice) -> Funnel | list[Funnel]:
        if isinstance(at, slice):
            return [self[i] for i in range(len(self))[at]]
        g = int(self.order[at])
        n, k = self.counts[g].tolist(), self.kept[g].tolist()
        m = self.medians[g] if self.medians is not None else _medians_of(*self.waits, g)
        stages = (Stage(STAGES[0], n[0]), *map(Stage, STAGES[1:], n[1:], k, m))
        return Funnel(self.keys[g], stages)


def _codes(
    keys: Texts | np.ndarray, opened: Sequence[Hashable]
) -> tuple[list[Hashable], np.ndarray, np.ndarray]:
    """(the groups' keys, each record's group (-1: in none), how many opened and did not
    join per group); `keys` as ids (an array, -1 for none) or text (None for none)."""
    if isinstance(keys, np.ndarray):
        more = np.array([k for k in opened if k is not None], dtype=np.int64)
        known = keys >= 0
        ids = np.unique(np.concatenate([keys[known], more]))
        codes = np.full(len(keys), -1, dtype=np.int64)
        codes[known] = np.searchsorted(ids, keys[known])
        extra = np.bincount(np.searchsorted(ids, more), minlength=len(ids))
        return ids.tolist(), codes, extra
    # each key numbered in the order first met, the records' then the openers'
    index: dict[Hashable, int] = {}
    group = np.array(
        [-1 if v is None else index.setdefault(v, len(index)) for v in keys.values], np.int64
    )
    others = [index.setdefault(k, len(index)) for k in opened if k is not None]
    codes = group[keys.codes] if len(group) else keys.codes
    return list(index), codes, np.bincount(np.array(others, np.int64), minlength=len(index))


def _breakdown(
    times: np.ndarray, keys: Texts | np.ndarray, opened: Sequence[Hashable]
) -> Breakdown:
    """A funnel per key (None or -1: in none), most opened first."""
    names, codes, extra = _codes(keys, opened)
    groups = len(names)
    inside = codes >= 0
    codes, times = codes[inside], times[inside]
    reached = ~np.isnan(times)
    both = reached[:, :-1] & reached[:, 1:]
    counts = _per_group(codes, reached, groups)
    kept = _per_group(codes, both, groups)
    if groups:
        counts[:, 0] += extra
    return Breakdown(names, counts, kept, (codes, times, both))


def _per_group(codes: np.ndarray, marks: np.ndarray, groups: int) -> np.ndarray:
    """(groups, columns): how many of each group's rows are marked in each column, in one
    count over (group, column) cells."""
    width = marks.shape[1]
    cells = (codes[:, None] * width + np.arange(width))[marks]
    return np.bincount(cells, minlength=groups * width).reshape(groups, width).astype(np.int64)


def _medians(
    codes: np.ndarray, times: np.ndarray, both: np.ndarray, groups: int
) -> list[list[float | None]]:
    """Per group, per stage after the first: the median seconds from the stage before
    (each stage's waits sorted once by group, then each group's middle read)."""
    found: list[list[float | None]] = [[None] * (len(STAGES) - 1) for _ in range(groups)]
    for k in range(len(STAGES) - 1):
        took = both[:, k]
        if not took.any():
            continue
        group = codes[took]
        waited = np.maximum(times[took, k + 1] - times[took, k], 0.0)
        order = np.lexsort((waited, group))
        waited = waited[order]
        counts = np.bincount(group, minlength=groups)
        starts = np.cumsum(counts) - counts
        some = np.flatnonzero(counts)
        low = starts[some] + (counts[some] - 1) // 2
        high = starts[some] + counts[some] // 2
        middle = (waited[low] + waited[high]) / 2
        for g, m in zip(some.tolist(), middle.tolist(), strict=True):
            found[g][k] = m
    return found


def _medians_of(
    codes: np.ndarray, times: np.ndarray, both: np.ndarray, group: int
) -> list[float | None]:
    """One group's median seconds from each stage to the next."""
    mine = codes == group
    found: list[float | None] = []
    for k in range(len(STAGES) - 1):
        took = both[:, k] & mine
        waited = times[took, k + 1] - times[took, k]
        found.append(float(np.median(np.maximum(waited, 0.0))) if len(waited) else None)
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
