"""A member talking to the engine, for tests that read like the behaviour."""

from __future__ import annotations

from datetime import UTC, datetime

from dialogs import (
    ButtonEvent,
    CommandEvent,
    DialogState,
    Flow,
    Outcome,
    Reply,
    Sentiment,
    TextEvent,
    UnsupportedEvent,
    current_question,
    handle,
    parse_flow,
    start,
)

NOW = datetime(2024, 5, 1, 12, 0, tzinfo=UTC)

SAMPLE = """
id: sample
title: Sample flow
language: en
engagement:
  nudge_after: 1h
  max_nudges: 2
  followup_after: 2h
  negative_threshold: -0.2
  positive_threshold: 0.4
  min_words: 3
steps:
  - {id: intro, kind: message, prompt: Welcome!}
  - id: colour
    kind: choice
    label: Colour
    prompt: Pick a colour
    options:
      - {id: red, label: Red}
      - {id: blue, label: Blue}
      - {id: green, label: Green}
    next:
      - equals: red
        goto: why_red
      - default: toppings
  - id: why_red
    kind: text
    label: Why red
    prompt: Why red?
    optional: true
    max_length: 40
    next:
      - skipped: true
        goto: toppings
      - sentiment: negative
        goto: cheer
      - default: toppings
  - {id: cheer, kind: message, prompt: Sorry to hear that.}
  - id: toppings
    kind: choice
    multiple: true
    min_selections: 2
    max_selections: 3
    label: Toppings
    prompt: Pick toppings
    options:
      - {id: ham, label: Ham}
      - {id: cheese, label: Cheese}
      - {id: olive, label: Olive}
      - {id: basil, label: Basil}
  - id: rating
    kind: scale
    label: Rating
    prompt: Rate it
    min: 1
    max: 5
    min_label: Awful
    max_label: Great
    next:
      - lt: 2
        goto: low
      - gte: 4
        goto: high
      - default: idea
  - {id: low, kind: text, label: Low, prompt: "What went wrong?", next: idea}
  - {id: high, kind: text, label: High, prompt: "What went right?"}
  - id: idea
    kind: proposal
    label: Idea
    prompt: Your idea?
    optional: true
    min_length: 10
    max_length: 100
  - {id: vote, kind: vote, prompt: Vote on ideas}
  - {id: thoughts, kind: feedback, label: Thoughts, prompt: "Any thoughts?"}
"""


def fake_sentiment(text: str) -> Sentiment:
    """Deterministic stand-in for TextBlob: 'bad' is negative, 'great' positive."""
    lowered = text.casefold()
    polarity = -0.8 if "bad" in lowered else 0.8 if "great" in lowered else 0.0
    return Sentiment(polarity, 0.5)


def sample_flow() -> Flow:
    return parse_flow(SAMPLE, "sample.yaml")


class Member:
    """Talks to the engine; keeps the state and every outcome."""

    def __init__(self, flow: Flow | None = None) -> None:
        self.flow = flow or sample_flow()
        self.outcomes: list[Outcome] = [start(self.flow, NOW)]
        self.state: DialogState = self.outcomes[0].state

    def jump(self, state: DialogState) -> None:
        """Put the member at `state`, as if its question had just been shown."""
        question = current_question(self.flow, state)
        self.outcomes.append(Outcome(state, (question,) if question else ()))
        self.state = state

    def _send(self, event: object) -> Outcome:
        outcome = handle(self.flow, self.state, event, NOW, sentiment=fake_sentiment)
        self.outcomes.append(outcome)
        self.state = outcome.state
        return outcome

    def says(self, text: str) -> Outcome:
        return self._send(TextEvent(text))

    def presses(self, step_id: str, value: str) -> Outcome:
        return self._send(ButtonEvent(step_id, value))

    def taps(self, label: str) -> Outcome:
        """Press the button with this label on the latest message that has buttons."""
        for button in (b for row in self.last_buttons().buttons for b in row):
            if button.label == label:
                return self.presses(button.step_id, button.value)
        raise AssertionError(f"no button {label!r} in {self.last_buttons()}")

    def command(self, name: str) -> Outcome:
        return self._send(CommandEvent(name))

    def sends(self, kind: str) -> Outcome:
        return self._send(UnsupportedEvent(kind))

    @property
    def last(self) -> Outcome:
        return self.outcomes[-1]

    def last_reply(self) -> Reply:
        return self.last.replies[-1]

    def last_buttons(self) -> Reply:
        for outcome in reversed(self.outcomes):
            for reply in (*reversed(outcome.replies), outcome.edit):
                if reply is not None and reply.buttons:
                    return reply
        raise AssertionError("no buttons shown yet")

    def at(self) -> str | None:
        return self.state.step_id


def labels(reply: Reply) -> list[list[str]]:
    return [[button.label for button in row] for row in reply.buttons]
