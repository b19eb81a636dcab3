"""What the engagement loop should hold for a member after an engine outcome, pure.

The engine decides what to say now; this decides what may be said later: a reminder for
the question the member is now waiting on, due after the flow's `nudge_after`, and that
whatever was pending before is cancelled because the member replied. Sending, back-off,
quiet hours and the other reprompt kinds belong to the engagement loop.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from dialogs.models import QUESTION_KINDS, Flow
from dialogs.state import Outcome


@dataclass(frozen=True)
class Planned:
    kind: str  # "reminder"
    step_id: str
    due_at: datetime
    attempt: int = 1


@dataclass(frozen=True)
class SchedulePlan:
    cancel_pending: bool  # the member replied: what was pending for them is void
    add: tuple[Planned, ...] = ()


def plan_after(flow: Flow, outcome: Outcome, now: datetime) -> SchedulePlan:
    """The reprompt changes an outcome implies (nothing for a rejected event)."""
    if not outcome.changed:
        return SchedulePlan(cancel_pending=False)
    waiting = outcome.state.step_id
    step = flow.step(waiting) if waiting else None
    if step is None or step.kind not in QUESTION_KINDS or flow.engagement.max_nudges == 0:
        return SchedulePlan(cancel_pending=True)
    due = now + flow.engagement.nudge_after
    return SchedulePlan(cancel_pending=True, add=(Planned("reminder", step.id, due),))
