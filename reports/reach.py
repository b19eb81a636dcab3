"""How members came and what they did, as the plain records the trust funnel
(`reports.funnel`), the cascades (`reports.cascades`) and the champions
(`reports.champions`) are computed from (decision 0034). `storage.reach` reads them in a
few aggregate queries; tests write them by hand. Pure: no database, no clock.

Times are seconds since the epoch (UTC) as floats, None for what did not happen: a
hundred thousand members are a hundred thousand tuples of numbers, not of datetimes.

A member is *activated* once they consented and answered at least one question
(`activated` is set): only then does their join count for whoever invited them."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import NamedTuple

# how a member came (storage.models.JOIN_SOURCES): through the organisers (their link, a
# linked group) or through a member (an invitation, a shared proposal, a champion's seed)
SOURCES = ("link", "group", "invite", "proposal", "seed")
THROUGH_MEMBERS = frozenset({"invite", "proposal", "seed"})


class Joined(NamedTuple):
    """One member's participation in the session."""

    member: int
    inviter: int | None  # the member whose link they joined through
    source: str  # one of SOURCES
    tag: str | None  # the organisers' tag of the link ("flyer")
    seed: int | None  # the seed whose link they joined through
    opened: float | None  # first opened one of the session's links (None: not recorded)
    joined: float
    consented: float | None
    answered: float | None  # first answered a question
    finished: float | None  # answered the whole flow
    contributed: float | None  # first proposal or vote
    invited: float | None  # when the first person they invited joined
    invitee_activated: float | None  # when the first person they invited was activated
    activated: float | None
    declined: float | None
    answers: int = 0
    proposals: int = 0
    votes: int = 0

    @property
    def participation(self) -> int:
        """What they did: answers, proposals and votes."""
        return self.answers + self.proposals + self.votes

    @property
    def through_member(self) -> bool:
        """Came through a member (an invitation, a shared proposal, a seed), not the
        organisers' link or group."""
        return self.inviter is not None or self.source in THROUGH_MEMBERS


class Opened(NamedTuple):
    """Someone who opened a link of the session and did not join (yet): where that link
    came from (the first they opened)."""

    source: str
    tag: str | None
    inviter: int | None
    seed: int | None
    at: float


class StepCount(NamedTuple):
    """A step of the flow: members who answered it, and those at it now who have not
    finished (`waiting`; `waiting_answered` of them had answered it before, then went
    back)."""

    step: str
    answered: int
    waiting: int
    waiting_answered: int = 0


@dataclass(frozen=True)
class SeedInfo:
    """A proposal or poll seeded through a champion (`/seed`)."""

    id: int
    kind: str  # proposal, poll
    number: int | str  # the item's number in its session ("?" if it is gone)
    champion: int  # member id


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
