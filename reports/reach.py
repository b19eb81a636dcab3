"""Everything the trust funnel (`reports.funnel`), the cascades (`reports.cascades`) and
the champions (`reports.champions`) are computed from (decision 0034): the plain records
`storage.reach` reads (declared there, as storage may not import reports; tests write them
by hand), with the flow's order and the opinion groups. Pure: no database, no clock."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from storage.reach import THROUGH_MEMBERS, Joined, Opened, SeedInfo, StepCount

__all__ = ["THROUGH_MEMBERS", "Joined", "Opened", "Reach", "SeedInfo", "StepCount"]


@dataclass(frozen=True)
class Reach:
    """Everything the funnel, the cascades and the champions are computed from."""

    joined: Sequence[Joined]
    opened: Sequence[Opened] = ()
    steps: Sequence[StepCount] = ()
    step_order: Sequence[str] = ()  # the flow's steps in order
    seeds: Mapping[int, SeedInfo] = field(default_factory=dict)
    groups: Mapping[int, str] = field(default_factory=dict)  # member id -> opinion group

    @property
    def members(self) -> int:
        return len(self.joined)
