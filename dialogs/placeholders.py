"""Placeholders in a flow's texts: `{session}`, `{community}` and `{organiser}` stand for the
session a member takes part in, so one flow file serves many sessions ("help redesign
{community}"). Checked when the file loads; filled in for each session."""

from __future__ import annotations

from string import Formatter
from typing import Any, TypeVar

NAMES = ("session", "community", "organiser")
SAMPLE = {"session": "[session]", "community": "[community]", "organiser": "[organiser]"}
T = TypeVar("T")


def check(value: str, field: str, extra: tuple[str, ...] = ()) -> str:
    """`value` if its placeholders are all known; else a ValueError saying which is not."""
    offered = (*extra, *NAMES)
    try:
        parts = list(Formatter().parse(value))
    except ValueError as exc:
        raise ValueError(f"{field}: {exc} (write {{{{ and }}}} for braces)") from None
    for _, name, spec, conversion in parts:
        if name is None:
            continue
        if name not in offered or spec or conversion:
            use = ", ".join(f"{{{n}}}" for n in offered)
            raise ValueError(f"{field}: unknown placeholder {{{name}}}; use {use}")
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
    """The flow as a session's members meet it: every text with the session's names."""
    # T is unbound: dialogs.models imports this module, so Flow cannot be named here
    steps = tuple(_step(step, values) for step in flow.steps)  # type: ignore[attr-defined]
    rules = flow.engagement  # type: ignore[attr-defined]
    engagement = rules.model_copy(
        update={k: fill_some(v, values) for k in ENGAGEMENT_TEXTS if (v := getattr(rules, k))}
    )
    closing = flow.closing  # type: ignore[attr-defined]
    return flow.model_copy(  # type: ignore[attr-defined]
        update={
            "steps": steps,
            "engagement": engagement,
            "closing": fill(closing, values) if closing else closing,
        }
    )


def _step(step: Any, values: dict[str, str]) -> Any:
    update: dict[str, Any] = {
        k: fill(v, values) for k in STEP_TEXTS if isinstance(v := getattr(step, k, None), str)
    }
    if hasattr(step, "options"):
        update["options"] = tuple(
            o.model_copy(update={"label": fill(o.label, values)}) for o in step.options
        )
    return step.model_copy(update=update)
