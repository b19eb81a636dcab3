"""The organisers' guide (docs/writing-flows.md): its example is the starter flow that
`codesign flows new` writes, and it passes `flows check` with nothing to warn about."""

from __future__ import annotations

import re
from pathlib import Path

from dialogs.loader import check_flow_text, parse_flow
from dialogs.models import STEP_MODELS
from dialogs.starter import STARTER, starter_text

ROOT = Path(__file__).resolve().parents[2]
GUIDE = ROOT / "docs" / "writing-flows.md"


def guide_example() -> str:
    [example] = re.findall(r"```yaml\n(.*?)```", GUIDE.read_text(encoding="utf-8"), re.DOTALL)
    return example


def test_the_guides_example_is_the_starter_flow() -> None:
    assert guide_example() == STARTER.read_text(encoding="utf-8") == starter_text()


def test_the_example_passes_the_check_with_no_warning() -> None:
    assert check_flow_text(guide_example(), "example.yaml") == []


def test_the_example_shows_every_step_kind_and_both_kinds_of_branching() -> None:
    flow = parse_flow(guide_example(), "example.yaml")
    assert {step.kind for step in flow.steps} == set(STEP_MODELS)
    rules = [rule for step in flow.steps if isinstance(step.next, tuple) for rule in step.next]
    conditions = {rule.condition for rule in rules}
    assert {"equals", "in_", "lte", "sentiment", "skipped"} <= conditions


def test_the_readme_links_the_guide() -> None:
    assert "docs/writing-flows.md" in (ROOT / "README.md").read_text(encoding="utf-8")
