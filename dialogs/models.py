"""Typed, frozen models of a flow file. Built by `dialogs.loader`, which validates them."""

from __future__ import annotations

import re
from collections.abc import Callable, Collection
from datetime import time, timedelta
from typing import Annotated, Any, Literal, Union

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Discriminator,
    Field,
    PrivateAttr,
    Tag,
    field_validator,
    model_validator,
)

from dialogs import placeholders
from dialogs.check_texts import SaidError, said
from dialogs.durations import QuietHours, parse_duration, parse_quiet_hours

MAX_ID_LENGTH = 24  # keeps step id + option id well inside Telegram's 64-byte button data
SLUG = re.compile(r"[a-z0-9_]+")
END = "end"
LANGUAGE = r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$"
QUESTION_KINDS = ("text", "choice", "interests", "scale", "proposal", "vote", "feedback")
OPTION_KINDS = ("choice", "interests")  # steps answered by tapping options
TEXT_KINDS = ("text", "proposal", "feedback")
MOST_OUTCOME_WAIT = timedelta(days=365)  # the longest wait before asking about an outcome
CONDITIONS = ("equals", "in_", "lt", "lte", "gt", "gte", "sentiment", "skipped")


def check_slug(value: str, what: str) -> str:
    """`value` if it may be an id (`what`: step, option or flow)."""
    if not SLUG.fullmatch(value):
        raise SaidError(said("ID_CHARACTERS", what=what, value=value))
    if len(value) > MAX_ID_LENGTH:
        raise SaidError(
            said("ID_TOO_LONG", what=what, value=value, n=len(value), most=MAX_ID_LENGTH)
        )
    return value


def _duration(value: object) -> object:
    return parse_duration(value) if isinstance(value, str) else value


def _quiet(value: object) -> object:
    return parse_quiet_hours(value) if isinstance(value, str) else value


Duration = Annotated[timedelta, BeforeValidator(_duration)]
Threshold = Annotated[float, Field(ge=-1, le=1)]


class Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", strict=True)


ENGAGEMENT_TEXT_KEYS = ("reminder_text", "followup_text", "elaboration_text", "champion_text")
PLACEHOLDERS = {
    "reminder_text": {"title"},
    "followup_text": {"quote", "title"},
    "elaboration_text": {"quote", "title"},
    "champion_text": {"link", "title"},
}


def _text(field: str) -> Any:
    """An optional text whose placeholders must be among those the field offers (and the
    session's: {session}, {community}, {organiser})."""

    def check(value: object) -> object:
        if isinstance(value, str):
            placeholders.check(value, field, tuple(sorted(PLACEHOLDERS[field])))
        return value

    return Annotated[str | None, BeforeValidator(check), Field(min_length=1, max_length=1000)]


def _named(field: str) -> Any:
    """A text a member reads, which may name the session: {session}, {community},
    {organiser}."""

    def check(value: object) -> object:
        return placeholders.check(value, field) if isinstance(value, str) else value

    return BeforeValidator(check)


class EngagementTexts(Frozen):
    """The engagement loop's own texts, as a segment's variant gives them (each optional)."""

    reminder_text: _text("reminder_text") = None  # type: ignore[valid-type]
    followup_text: _text("followup_text") = None  # type: ignore[valid-type]
    elaboration_text: _text("elaboration_text") = None  # type: ignore[valid-type]
    champion_text: _text("champion_text") = None  # type: ignore[valid-type]


def _segment_names(value: dict[str, Any]) -> dict[str, Any]:
    for name in value:
        check_slug(name, "segment")
    return value


class Engagement(Frozen):
    """The engagement loop's rules for a flow; every key is optional."""

    nudge_after: Duration = timedelta(hours=24)  # first reminder after no answer
    max_nudges: int = Field(default=2, ge=0, le=10)
    nudge_backoff: float = Field(default=2.0, ge=1, le=10)  # each reminder this much later
    followup_after: Duration = timedelta(hours=2)  # after a negative free-text answer
    negative_threshold: Threshold = -0.2  # polarity strictly below: negative
    positive_threshold: Threshold = 0.4  # polarity strictly above: positive
    min_words: int = Field(default=3, ge=0, le=100)  # fewer: one elaboration request; 0: never
    champion_after: Duration = timedelta(hours=1)  # after a positive member's proposal
    daily_cap: int = Field(default=3, ge=1, le=24)  # reprompts (and outcomes) in 24 hours
    quiet_hours: Annotated[QuietHours | None, BeforeValidator(_quiet)] = QuietHours(
        time(21, 0), time(8, 0)
    )
    # a proposal marked done: its proposer and voters are asked this long after whether it
    # changed anything for them (`/outcome … done --ask-after` sets it for one proposal)
    outcome_question_after: Duration = timedelta(days=14)
    # pydantic: the Annotated type is built per field by _text(); mypy cannot evaluate a call
    reminder_text: _text("reminder_text") = None  # type: ignore[valid-type]
    followup_text: _text("followup_text") = None  # type: ignore[valid-type]
    elaboration_text: _text("elaboration_text") = None  # type: ignore[valid-type]
    champion_text: _text("champion_text") = None  # type: ignore[valid-type]
    # segment name -> its members' texts, the first whose segment a member is in (by text)
    variants: Annotated[dict[str, EngagementTexts], AfterValidator(_segment_names)] = {}

    @field_validator("outcome_question_after")
    @classmethod
    def _within_a_year(cls, value: timedelta) -> timedelta:
        if value > MOST_OUTCOME_WAIT:
            raise SaidError(said("OUTCOME_WAIT"))
        return value

    @model_validator(mode="after")
    def _ordered(self) -> Engagement:
        if self.negative_threshold >= self.positive_threshold:
            raise SaidError(said("THRESHOLDS"))
        return self


class Rule(Frozen):
    """One branch rule: a single condition and a `goto`, or just `default: <target>`."""

    model_config = ConfigDict(populate_by_name=False)
    equals: str | int | None = None
    in_: tuple[str | int, ...] | None = Field(default=None, alias="in")
    lt: int | float | None = None
    lte: int | float | None = None
    gt: int | float | None = None
    gte: int | float | None = None
    sentiment: Literal["negative", "neutral", "positive"] | None = None
    skipped: bool | None = None
    goto: str | None = None
    default: str | None = None

    @property
    def condition(self) -> str | None:
        return next((name for name in CONDITIONS if getattr(self, name) is not None), None)

    @property
    def target(self) -> str:
        return self.default if self.default is not None else (self.goto or END)

    @model_validator(mode="after")
    def _shape(self) -> Rule:
        conditions = [name.rstrip("_") for name in CONDITIONS if getattr(self, name) is not None]
        if self.default is not None:
            if conditions or self.goto is not None:
                raise SaidError(said("DEFAULT_RULE_ALONE"))
        elif len(conditions) != 1 or self.goto is None:
            if not conditions:
                raise SaidError(said("RULE_SHAPE_NONE"))
            raise SaidError(said("RULE_SHAPE", found=", ".join(conditions)))
        return self


def _next_tag(value: object) -> str | None:
    if isinstance(value, str):
        return "step"
    return "rules" if isinstance(value, list | tuple) else None


Next = Annotated[
    Union[Annotated[str, Tag("step")], Annotated[tuple[Rule, ...], Tag("rules")]],  # noqa: UP007
    Discriminator(
        _next_tag,
        custom_error_type="next_shape",
        custom_error_message="next must be a step id, 'end', or a list of branch rules",
    ),
]


class StepBase(Frozen):
    id: str
    prompt: Annotated[str, _named("prompt")] = Field(min_length=1, max_length=4000)
    label: Annotated[str | None, _named("label")] = Field(default=None, min_length=1, max_length=80)
    optional: bool = False
    next: Next | None = None
    # segment name -> the prompt its members read; a member reads the first whose segment
    # they are in (`Flow.for_segments`), else `prompt`
    variants: Annotated[
        dict[str, Annotated[str, _named("prompt"), Field(min_length=1, max_length=4000)]],
        AfterValidator(_segment_names),
    ] = {}

    @field_validator("id")
    @classmethod
    def _id(cls, value: str) -> str:
        if value == END:
            raise SaidError(said("END_RESERVED"))
        return check_slug(value, "step")

    @property
    def short_label(self) -> str:
        return self.label or self.prompt.split("\n", 1)[0]


class MessageStep(StepBase):
    kind: Literal["message"]


class TextStep(StepBase):
    kind: Literal["text", "feedback"]
    max_length: int = Field(default=1000, ge=1, le=4000)
    thanks: bool = True  # false: no automatic thank-you after the answer


class ProposalStep(StepBase):
    kind: Literal["proposal"]
    min_length: int = Field(default=10, ge=1, le=4000)
    max_length: int = Field(default=500, ge=1, le=4000)

    @model_validator(mode="after")
    def _lengths(self) -> ProposalStep:
        if self.min_length > self.max_length:
            raise SaidError(said("PROPOSAL_LENGTHS"))
        return self


class VoteStep(StepBase):
    kind: Literal["vote"]


class Option(Frozen):
    id: str
    label: Annotated[str, _named("label")] = Field(min_length=1, max_length=64)

    @field_validator("id")
    @classmethod
    def _id(cls, value: str) -> str:
        return check_slug(value, "option")


class ChoiceStep(StepBase):
    """A choice among options; an `interests` step is one always multiple, whose options
    are the topics a member cares about (segments read them: `interests has lighting`)."""

    kind: Literal["choice", "interests"]
    options: tuple[Option, ...] = Field(min_length=1, max_length=20)
    multiple: bool = False
    min_selections: int = Field(default=1, ge=0)
    max_selections: int | None = Field(default=None, ge=1)

    @property
    def most(self) -> int:
        return self.max_selections or len(self.options)

    def option(self, option_id: str) -> Option | None:
        return next((o for o in self.options if o.id == option_id), None)

    @field_validator("options")
    @classmethod
    def _unique(cls, options: tuple[Option, ...]) -> tuple[Option, ...]:
        if len(options) < 2:
            raise SaidError(said("TOO_FEW_OPTIONS"))
        for what in ("id", "label"):
            seen = [getattr(o, what).casefold() for o in options]
            dupes = sorted({v for v in seen if seen.count(v) > 1})
            if dupes:
                raise SaidError(said("DUPLICATE_OPTIONS", what=what, values=", ".join(dupes)))
        return options

    @model_validator(mode="before")
    @classmethod
    def _interests_are_multiple(cls, data: Any) -> Any:
        if isinstance(data, dict) and data.get("kind") == "interests":
            if data.get("multiple") is False:
                raise ValueError("an interests step is always multiple: leave out 'multiple'")
            return {**data, "multiple": True}
        return data

    @model_validator(mode="after")
    def _selections(self) -> ChoiceStep:
        if self.multiple and not self.min_selections <= self.most <= len(self.options):
            raise SaidError(said("SELECTIONS", n=len(self.options)))
        return self


class ScaleStep(StepBase):
    kind: Literal["scale"]
    min: int = 1
    max: int = 5
    min_label: Annotated[str | None, _named("min_label")] = None
    max_label: Annotated[str | None, _named("max_label")] = None

    @model_validator(mode="after")
    def _range(self) -> ScaleStep:
        if self.min >= self.max:
            raise SaidError(said("SCALE_ORDER", min=self.min, max=self.max))
        if self.max - self.min > 10:
            raise SaidError(said("SCALE_POINTS"))
        return self


Step = MessageStep | TextStep | ProposalStep | VoteStep | ChoiceStep | ScaleStep
STEP_MODELS: dict[str, type[StepBase]] = {
    "message": MessageStep,
    "text": TextStep,
    "feedback": TextStep,
    "proposal": ProposalStep,
    "vote": VoteStep,
    "choice": ChoiceStep,
    "interests": ChoiceStep,
    "scale": ScaleStep,
}


class FlowHead(Frozen):
    """Everything in a flow file except its steps. Only `title` is required (the id
    defaults to the file's name)."""

    id: str
    title: str = Field(min_length=1, max_length=200)
    language: str = Field(default="en", pattern=LANGUAGE)  # what this flow's texts are in
    languages: tuple[Annotated[str, Field(pattern=LANGUAGE)], ...] = ()  # declared; [0]: default
    description: str = ""
    closing: Annotated[str | None, _named("closing")] = None
    engagement: Engagement = Engagement()
    # named rules over members (`dialogs.segments`), each session of the flow starts with:
    # name -> rule; names and rules checked against the steps by the loader, in one pass
    segments: dict[str, Annotated[str, Field(min_length=1, max_length=1000)]] = {}

    @field_validator("id")
    @classmethod
    def _id(cls, value: str) -> str:
        return check_slug(value, "flow")

    @model_validator(mode="before")
    @classmethod
    def _one_language(cls, data: Any) -> Any:
        """A flow declaring no languages is in its one `language`."""
        if isinstance(data, dict) and not data.get("languages"):
            return {**data, "languages": (data.get("language", "en"),)}
        return data

    @model_validator(mode="after")
    def _declared(self) -> FlowHead:
        if self.language not in self.languages:
            raise SaidError(said("LANGUAGE_NOT_DECLARED", language=self.language))
        return self


class _Languages:
    """A flow in each of its languages, shared by all of them (see `Flow.in_language`).
    Equal when the flows are, compared without this (which would compare it again)."""

    __slots__ = ("flows",)

    def __init__(self, flows: dict[str, Flow]) -> None:
        self.flows = flows

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, _Languages):
            return NotImplemented
        mine, theirs = self.flows, other.flows
        return mine.keys() == theirs.keys() and all(
            mine[code].model_dump() == theirs[code].model_dump() for code in mine
        )

    __hash__ = None  # type: ignore[assignment]


class Flow(FlowHead):
    steps: tuple[Step, ...] = Field(min_length=1)
    _in: _Languages | None = PrivateAttr(default=None)  # the flow in each language

    @staticmethod
    def together(flows: dict[str, Flow]) -> Flow:
        """Keep a flow's languages together: `flows` by language, the default's first;
        returns the default's."""
        shared = _Languages(dict(flows))
        for flow in flows.values():
            flow._in = shared
        return next(iter(flows.values()))

    def in_language(self, language: str | None) -> Flow:
        """This flow with its texts in `language`; in its default language when it does not
        speak that one."""
        flows = self._in.flows if self._in is not None else {self.language: self}
        return flows.get(language or "") or flows.get(self.languages[0]) or self

    def variant_segments(self) -> tuple[str, ...]:
        """The segments the flow's variants name, in the order the file names them."""
        names = [*self.engagement.variants]
        names += [n for step in self.steps for n in step.variants]
        return tuple(dict.fromkeys(names))

    def for_segments(self, segments: Collection[str]) -> Flow:
        """This flow as a member of `segments` reads it: each prompt and engagement text
        from the first variant whose segment they are in, else the text itself."""
        if not self.variant_segments():
            return self
        steps = tuple(
            step.model_copy(update={"prompt": first}) if first != step.prompt else step
            for step in self.steps
            for first in [next((t for n, t in step.variants.items() if n in segments), step.prompt)]
        )
        rules = self.engagement
        update = {}
        for key in ENGAGEMENT_TEXT_KEYS:
            chosen = next(
                (getattr(v, key) for n, v in rules.variants.items()
                 if n in segments and getattr(v, key) is not None),
                None,
            )  # fmt: skip
            if chosen is not None:
                update[key] = chosen
        engagement = rules.model_copy(update=update) if update else rules
        return self.model_copy(update={"steps": steps, "engagement": engagement})

    def each_language(self, change: Callable[[Flow], Flow]) -> Flow:
        """`change` applied to this flow in each of its languages, the results kept together
        (the one in this flow's language returned)."""
        if self._in is None:
            return change(self)
        changed = {code: change(flow) for code, flow in self._in.flows.items()}
        Flow.together(changed)
        return changed[self.language]

    @property
    def first(self) -> Step:
        return self.steps[0]

    def step(self, step_id: str | None) -> Step | None:
        return next((s for s in self.steps if s.id == step_id), None)

    def following(self, step_id: str) -> str:
        """The step after `step_id` in file order, or `end`."""
        ids = [s.id for s in self.steps]
        index = ids.index(step_id) + 1
        return ids[index] if index < len(ids) else END
