"""Placeholders in a flow's texts: `{session}`, `{community}` and `{organiser}` stand for the
session a member takes part in, so one flow file serves many sessions ("help redesign
{community}"). Checked when the file loads; filled in for each session."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from string import Formatter
from typing import Any, Protocol, Self, TypeVar

from dialogs.check_texts import SaidError, said

NAMES = ("session", "community", "organiser")
SAMPLE = {"session": "[session]", "community": "[community]", "organiser": "[organiser]"}


class Personalisable(Protocol):
    """What `personalise` reads and copies of a flow (`dialogs.models.Flow`, which imports
    this module, so it is named by what it offers)."""

    @property
    def steps(self) -> Sequence[Any]: ...

    @property
    def engagement(self) -> Any: ...

    @property
    def closing(self) -> str | None: ...

    def each_language(self, change: Any) -> Self: ...

    def model_copy(
        self, *, update: Mapping[str, Any] | None = None, deep: bool = False
    ) -> Self: ...


T = TypeVar("T", bound=Personalisable)


def check(value: str, field: str, extra: tuple[str, ...] = ()) -> str:
    """`value` if its placeholders are all known; else a ValueError saying which is not."""
    offered = (*extra, *NAMES)
    try:
        parts = list(Formatter().parse(value))
    except ValueError:
        raise SaidError(said("BRACES", field=field)) from None
    for _, name, spec, conversion in parts:
        if name is None:
            continue
        if name not in offered or spec or conversion:
            use = ", ".join(f"{{{n}}}" for n in offered)
            raise SaidError(said("UNKNOWN_PLACEHOLDER", field=field, name=name, offered=use))
    return value


def fill(text: str, values: dict[str, str]) -> str:
    """A checked text with its placeholders filled ({{ and }} become braces)."""
    return text.format_map({name: values.get(name, "") for name in NAMES})


def fill_some(text: str, values: dict[str, str]) -> str:
    """Fill only the session's placeholders, keeping the others (`{quote}`) and escaped
    braces for a later `format`."""
    out = []
    for literal, name, spec, conversion in Formatter().parse(text):
        out.append(literal.replace("{", "{{").replace("}", "}}"))
        if name is None:
            continue
        if name in NAMES:
            out.append(values.get(name, "").replace("{", "{{").replace("}", "}}"))
        else:
            out.append(
                "{"
                + name
                + (f"!{conversion}" if conversion else "")
                + (f":{spec}" if spec else "")
                + "}"
            )
    return "".join(out)


STEP_TEXTS = ("prompt", "label", "min_label", "max_label")
ENGAGEMENT_TEXTS = ("reminder_text", "followup_text", "elaboration_text", "champion_text")


def personalise(flow: T, values: dict[str, str]) -> T:
    """The flow as a session's members meet it: every text with the session's names, in
    each of its languages."""
    return flow.each_language(lambda one: _personalise(one, values))


def _personalise(flow: T, values: dict[str, str]) -> T:
    steps = tuple(_step(step, values) for step in flow.steps)
    rules = flow.engagement
    engagement = rules.model_copy(update=_engagement_texts(rules, values))
    if rules.variants:
        variants = {
            name: texts.model_copy(update=_engagement_texts(texts, values))
            for name, texts in rules.variants.items()
        }
        engagement = engagement.model_copy(update={"variants": variants})
    closing = flow.closing
    return flow.model_copy(
        update={
            "steps": steps,
            "engagement": engagement,
            "closing": fill(closing, values) if closing else closing,
        }
    )


def _engagement_texts(texts: Any, values: dict[str, str]) -> dict[str, str]:
    return {k: fill_some(v, values) for k in ENGAGEMENT_TEXTS if (v := getattr(texts, k))}


def _step(step: Any, values: dict[str, str]) -> Any:
    update: dict[str, Any] = {
        k: fill(v, values) for k in STEP_TEXTS if isinstance(v := getattr(step, k, None), str)
    }
    if step.variants:
        update["variants"] = {name: fill(v, values) for name, v in step.variants.items()}
    if hasattr(step, "options"):
        update["options"] = tuple(
            o.model_copy(update={"label": fill(o.label, values)}) for o in step.options
        )
    return step.model_copy(update=update)
