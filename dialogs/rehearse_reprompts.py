"""What the engagement loop would send during a rehearsal (`codesign flows try`): the same
policy and texts as in Telegram, shown beside the conversation instead of held."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from dialogs import texts
from dialogs.durations import format_duration
from dialogs.engagement import (
    CHAMPION,
    ELABORATION,
    FOLLOWUP,
    REMINDER,
    Held,
    Said,
    after_answer,
    opening,
)
from dialogs.models import Flow
from dialogs.sentiment import SentimentClass, classify
from dialogs.state import Answer

NAMES = {FOLLOWUP: "a follow-up", ELABORATION: "an elaboration request", CHAMPION: "an invitation"}
LINK = "https://t.me/<bot>?start=<their own code>"


class Reprompts:
    """Follows a rehearsal's answers and writes what the loop would hold after each."""

    def __init__(self, flow: Flow, title: str, write: Callable[[str], None]) -> None:
        self.flow, self.title, self.write = flow, title, write
        self.held: list[Held] = []
        self.moods: list[SentimentClass] = []
        self.proposed = False

    def introduce(self) -> None:
        rules = self.flow.engagement
        if rules.max_nudges:
            first = opening(rules, REMINDER, title=self.title)
            self.write(
                f"(if a question is not answered: up to {rules.max_nudges} reminder(s), the "
                f"first after {format_duration(rules.nudge_after)}: {first} and the question)"
            )

    def after(self, answer: Answer, waiting: str | None, now: datetime) -> None:
        """Write the side messages the loop would plan after this answer."""
        rules = self.flow.engagement
        mood = classify(answer.sentiment, rules) if answer.sentiment is not None else None
        if mood is not None:
            self.moods.append(mood)
        self.proposed = self.proposed or (answer.kind == "proposal" and answer.value is not None)
        said = Said(answer.step_id, answer.kind, answer.text, mood)
        plan = after_answer(
            self.flow, answered=said, waiting=waiting, moods=self.moods,
            proposed=self.proposed, held=self.held, now=now,
        )  # fmt: skip
        for planned in plan.hold:
            if planned.kind == REMINDER:
                continue  # said once, at the start
            self.held.append(Held(planned.kind, planned.step_id))
            wait = planned.due_at - now
            when = "at once" if not wait else f"{format_duration(wait)} after this answer"
            self.write(f"({when}, {NAMES[planned.kind]}:)")
            text = opening(rules, planned.kind, title=self.title, quote=planned.quote, link=LINK)
            self.write(text if planned.kind == CHAMPION else f"{text}\n{texts.SIDE_HINT}")
