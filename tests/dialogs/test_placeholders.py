"""{session}, {community} and {organiser} in a flow's texts: checked when it loads, filled
in for each session."""

from __future__ import annotations

import pytest

from dialogs import placeholders
from dialogs.loader import default_flows_dir, load_flow

NAMES = {"session": "Spring {beds}", "community": "Oak Square", "organiser": "Olivia"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Help redesign {community}!", "Help redesign Oak Square!"),
        ("{organiser} runs {session}", "Olivia runs Spring {beds}"),
        ("Braces: {{like this}}", "Braces: {like this}"),
        ("No placeholders", "No placeholders"),
    ],
)
def test_fill(text, expected) -> None:
    assert placeholders.check(text, "prompt") == text
    assert placeholders.fill(text, NAMES) == expected


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        (
            "Hi {name}",
            "prompt: unknown placeholder {name}; use {session}, {community}, {organiser}",
        ),
        ("Hi {session!r}", "prompt: unknown placeholder {session}"),
        ("Hi {session:>9}", "prompt: unknown placeholder {session}"),
        ("Hi {", "prompt: a brace that opens or closes nothing (write {{ and }} for a brace)"),
        ("Hi }", "prompt: a brace that opens or closes nothing (write {{ and }} for a brace)"),
    ],
)
def test_check_refuses(text, problem) -> None:
    with pytest.raises(ValueError, match=None) as caught:
        placeholders.check(text, "prompt")
    assert str(caught.value).startswith(problem)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Earlier in {session}: “{quote}”", "Earlier in Spring {{beds}}: “{quote}”"),
        ("{{literal}} from {organiser}, {link}", "{{literal}} from Olivia, {link}"),
    ],
)
def test_fill_some_keeps_the_texts_own_placeholders_for_later(text, expected) -> None:
    filled = placeholders.fill_some(text, NAMES)
    assert filled == expected
    assert filled.format(quote="q", link="l", title="t")  # still a valid format string


def test_personalise_fills_every_text_a_member_reads() -> None:
    park = load_flow(default_flows_dir() / "park_redesign.yaml")
    mine = placeholders.personalise(park, NAMES)
    assert "{session}" in park.steps[0].prompt
    assert "helping shape “Spring {beds}”!" in mine.steps[0].prompt
    assert "The park working group and Olivia" in mine.closing
    assert [s.id for s in mine.steps] == [s.id for s in park.steps]
    assert mine.engagement.quiet_hours == park.engagement.quiet_hours
