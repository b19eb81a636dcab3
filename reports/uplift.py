"""Did targeting help? Each targeted send with a holdout as lines for /stats and a section
of the report: those reached against those held out (`dialogs.holdout.compare`), the
counts always shown, the difference and its 95% interval only when the groups are big
enough to tell (0037)."""

from __future__ import annotations

from dataclasses import dataclass

import texts.targeting
from dialogs.holdout import MAX_WIDTH, MIN_GROUP, Uplift
from reports.figures import share_text
from reports.markup import Part, e, items, para
from reports.report_data import ReportData


@dataclass(frozen=True)
class Targeted:
    lever: str  # broadcast, nudge, nudge_votes, nudge_poll
    segment: str
    when: str  # when it was sent, as the reader reads times
    percent: int
    uplift: Uplift


def points(share: float) -> str:
    """A difference of shares in percentage points, signed: "+12", "-3", "0"."""
    n = round(share * 100)
    return f"{n:+d}" if n else "0"


def lines(sent: list[Targeted]) -> list[str]:
    """The section (empty when no send held anyone out)."""
    if not sent:
        return []
    out: list[str] = [texts.targeting.UPLIFT_HEADER]
    for t in sent:
        u = t.uplift
        out.append(
            "• "
            + texts.targeting.UPLIFT_LINE.format(
                lever=texts.targeting.LEVERS.get(t.lever, t.lever),
                segment=t.segment,
                date=t.when,
                reached=share_text(u.reached_responded, u.reached),
                held=share_text(u.held_responded, u.held),
            )
        )
        out.append("  " + verdict(u))
    return out


def verdict(u: Uplift) -> str:
    if u.verdict == "too_small" or u.difference is None or u.low is None or u.high is None:
        return texts.targeting.UPLIFT_TOO_SMALL.format(
            least=MIN_GROUP, width=round(MAX_WIDTH * 100)
        )
    said = {
        "helped": texts.targeting.UPLIFT_HELPED,
        "fewer": texts.targeting.UPLIFT_FEWER,
    }.get(u.verdict, texts.targeting.UPLIFT_NO_DIFFERENCE)
    return said.format(diff=points(u.difference), low=points(u.low), high=points(u.high))


def section(r: ReportData) -> Part | None:
    """The report's section: each send with a holdout, its two groups and what may be
    said of the difference."""
    sent: list[Targeted] = r.stats.targeted
    if not sent:
        return None
    entries = []
    for t in sent:
        u = t.uplift
        head = texts.targeting.UPLIFT_LINE.format(
            lever=texts.targeting.LEVERS.get(t.lever, t.lever),
            segment=t.segment,
            date=t.when,
            reached=share_text(u.reached_responded, u.reached),
            held=share_text(u.held_responded, u.held),
        )
        entries.append(f"{e(head)}<br>{e(verdict(u))}")
    lede = para(texts.targeting.UPLIFT_LEDE)
    return Part("targeting", texts.targeting.UPLIFT_TITLE, lede + items(entries))
