"""A session's figures as plain values, and the arithmetic on them: the participation funnel,
reply rates to reprompts, results per question, proposals ranked by agreement and the most
divisive ones, and what sets each opinion group apart. Pure: `usecases.stats` fills them
from the database; the text, the chart, the report and the exports show them.

Every share shown is the raw one beside its counts ("3 of 4, 75%"). A proposal is ranked
only from `RANK_FROM` votes, by a smoothed `score` that is said to be one; it is either
among the most agreed or among the most divisive, never both."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import texts.reports
from dialogs.opinions import Groups
from reports.reach_figures import ReachFigures
from reports.repness import Description
from reports.results import Question
from storage.exports import Tally
from storage.outcomes import ProposalOutcome
from storage.stats import FunnelCounts, Mood, ReplyCounts

STAGES = ("joined", "consented", "started", "completed", "proposed", "voted")
TOP = 5


@dataclass(frozen=True)
class Stage:
    name: str
    count: int
    share: float | None  # of those who joined (None: nobody joined)


def funnel(counts: FunnelCounts) -> list[Stage]:
    joined = counts.joined
    return [
        Stage(name, n, n / joined if joined else None)
        for name in STAGES
        for n in [getattr(counts, name)]
    ]


def reply_share(rate: ReplyCounts) -> float | None:
    return rate.answered / rate.sent if rate.sent else None


RANK_FROM = 5  # votes (agree, disagree or pass) a proposal needs before it is ranked


def share(count: int, total: int) -> float | None:
    """The raw share, count / total (None of nothing)."""
    return count / total if total else None


def share_text(count: int, total: int) -> str:
    """A share as every text shows one, the raw share beside its counts: "3 of 4, 75%"."""
    of = share(count, total)
    if of is None:
        return texts.reports.SHARE_OF_NONE.format(count=count, total=total)
    return texts.reports.SHARE.format(count=count, total=total, share=of)


def score(t: Tally) -> float:
    """The ranking score, (agrees + 1) / (votes + 2): the chance the next voter agrees, so that
    5 agree of 5 votes (0.86) does not outrank 40 of 42 (0.93). Orders; never shown as a share."""
    return (t.agree + 1) / (t.votes + 2)


def rankable(t: Tally) -> bool:
    """Enough votes to be ranked, and not hidden by the organisers."""
    return t.votes >= RANK_FROM and not t.hidden


def divided(t: Tally) -> bool:
    """The smaller side holds more than a third of those who took a side (agree or
    disagree): 2 agree and 1 disagree is not divided, 3 and 2 is."""
    return 3 * min(t.agree, t.disagree) > t.agree + t.disagree


def ranked(tallies: list[Tally], top: int = TOP) -> list[Tally]:
    """The most agreed proposals: rankable, more agree than disagree and not divided, by
    `score`. Never one of the `divisive`."""
    agreed = [t for t in tallies if rankable(t) and t.agree > t.disagree and not divided(t)]
    return sorted(agreed, key=lambda t: (-score(t), -t.agree, t.id))[:top]


def divisiveness(t: Tally) -> float:
    """The votes on the smaller side, weighed by how even the two sides are: 10 agree and 8
    disagree is 6.4; 3 and 3 is 3; 50 and 5 is 0.5; all one way is 0."""
    low, high = sorted((t.agree, t.disagree))
    return low * low / high if low else 0.0


def divisive(tallies: list[Tally], top: int = 3) -> list[Tally]:
    """The most divisive proposals: rankable and `divided`, most divisive first."""
    split = [t for t in tallies if rankable(t) and divided(t)]
    return sorted(split, key=lambda t: (-divisiveness(t), t.id))[:top]


def proposal_number(number: int | str) -> str:
    """How a proposal is named to people, by its number in its session: "#3"."""
    return f"#{number}"


@dataclass(frozen=True)
class SessionStats:
    title: str
    code: str
    status: str
    flow: str
    members: int  # joined
    funnel: list[Stage]
    rates: list[ReplyCounts]
    moods: list[Mood]
    hourly: bool
    proposals: list[Tally]
    groups: Groups
    authors: dict[int, str] = field(default_factory=dict)  # member id -> pseudonym
    outcomes: list[ProposalOutcome] = field(default_factory=list)  # what became of proposals
    questions: list[Question] = field(default_factory=list)  # results, in the flow's order
    described: Description | None = None  # what sets each opinion group apart
    reach: ReachFigures | None = None  # the trust funnel, cascades and champions (0034)
    targeted: list[Any] = field(default_factory=list)  # sends with a holdout (reports.uplift)

    @property
    def ranked(self) -> list[Tally]:
        return ranked(self.proposals)

    @property
    def divisive(self) -> list[Tally]:
        return divisive(self.proposals)

    @property
    def too_few_to_rank(self) -> bool:
        """Votes were cast, but no proposal has enough to be ranked."""
        return any(t.votes for t in self.proposals) and not any(rankable(t) for t in self.proposals)

    def tally(self, proposal_id: int) -> Tally | None:
        return next((t for t in self.proposals if t.id == proposal_id), None)

    def number_of(self, proposal_id: int) -> int | str:
        """The number people see for a proposal ("?" if it is not among the session's)."""
        found = self.tally(proposal_id)
        return found.number if found else "?"


def mood_of(negative_below: float, positive_above: float) -> Callable[[float | None], str]:
    """Polarity -> negative/neutral/positive under a flow's thresholds ("" for none); the
    same rule as `dialogs.classify`, as one quick function for every row of an export."""

    def mood(polarity: float | None) -> str:
        if polarity is None:
            return ""
        if polarity < negative_below:
            return "negative"
        return "positive" if polarity > positive_above else "neutral"

    return mood
