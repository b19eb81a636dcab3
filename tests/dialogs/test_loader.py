"""Flow files: shipped flows load; broken files are rejected with file, line and reason."""

from pathlib import Path

import pytest

from dialogs import FlowError, FlowValidationError, check_flow_files, load_flow, parse_flow
from dialogs.loader import default_flows_dir, load_flows

BROKEN = Path(__file__).resolve().parent / "broken"
WARNED = Path(__file__).resolve().parent / "warnings"

EXPECTED = {
    "syntax": [(14, "YAML syntax error: mapping values are not allowed here")],
    "unknown_key": [(21, "unknown key 'colour'")],
    "missing_key": [(18, "missing required key 'prompt'")],
    "wrong_type": [(6, "max_nudges: input should be a valid integer")],
    "duplicate_step": [(18, "duplicate step id 'pick' (first used on line 12)")],
    "dangling_goto": [(19, "goto goes to unknown step 'nowhere'")],
    "one_option": [
        (7, "a choice needs at least 2 options (use a message step to just say something)")
    ],
    "placeholder": [
        (3, "closing: unknown placeholder {venue}; use {session}, {community}, {organiser}"),
        (7, "prompt: unknown placeholder {sesion}; use {session}, {community}, {organiser}"),
        (12, "label: expected '}' before end of string (write {{ and }} for braces)"),
    ],
    "all_at_once": [
        (9, "unknown key 'optinal'"),
        (10, "a choice needs at least 2 options (use a message step to just say something)"),
        (13, "goto goes to unknown step 'nowhere'"),
        (22, "next goes to unknown step 'elsewhere'"),
        (("warning", 16), "step 'orphan' can never be reached from the first step"),
        (("warning", 19), "step 'last' can never be reached from the first step"),
    ],
    "bad_duration": [(7, "bad duration '2 hours': use a number and a unit s, m, h or d, like 24h")],
    "empty_options": [(15, "options: must not be empty")],
    "duplicate_option": [(15, "duplicate option ids: yes_please")],
    "scale_range": [(18, "scale min (5) must be below max (1)")],
    "threshold_range": [(8, "negative_threshold: must be at least -1")],
    "sentiment_on_choice": [(19, "'sentiment' does not fit a choice step")],
    "gt_on_text": [(22, "'gt' only fits scale steps, not text")],
    "equals_unknown_option": [(19, "'equals' names unknown option(s) of step 'pick': 'maybe'")],
    "long_id": [
        (
            18,
            "step id 'why_do_you_feel_that_way_today' is too long for button data (30 > 24 chars)",
        )
    ],
    "proposal_limits": [
        (
            16,
            "proposal step 'second_idea' must take the same min_length and max_length as "
            "'first_idea' (10 and 300): a session has one proposal limit",
        )
    ],
    "alias": [(3, "anchors (&name) are not allowed in flow files")],
    "tag": [
        (2, "tags (tag:yaml.org,2002:python/object/apply:os.system) are not allowed in flow files")
    ],
    "merge": [
        (4, "missing required key 'prompt'"),
        (6, "merge keys (<<) are not allowed in flow files"),
    ],
    "message_loop": [(18, "message steps loop forever without a question: why -> again -> why")],
    "unknown_kind": [
        (
            19,
            "unknown step kind 'essay' (use one of choice, feedback, interests, message, "
            "proposal, scale, text, vote)",
        )
    ],
    "several": [
        (5, "bad duration 'soon': use a number and a unit s, m, h or d, like 24h"),
        (9, "positive_threshold: must be at most 1"),
        (19, "'gt' only fits scale steps, not choice"),
        (21, "goto goes to unknown step 'later'"),
        (25, "unknown key 'max_lenght'"),
        (26, "duplicate step id 'why' (first used on line 22)"),
    ],
}


def _line(path: Path, where: int | tuple[str, int], message: str) -> str:
    if isinstance(where, tuple):
        return f"{path}:{where[1]}: warning: {message}"
    return f"{path}:{where}: {message}"


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_broken_file_reports_file_line_and_reason(name):
    path = BROKEN / f"{name}.yaml"
    with pytest.raises(FlowValidationError) as caught:
        load_flow(path)
    expected = [_line(path, where, message) for where, message in EXPECTED[name]]
    found = sorted(str(error) for error in caught.value.errors)
    assert found == sorted(expected)
    assert check_flow_files([path]) == caught.value.errors, "the same in one pass"


WARNINGS = {
    "unlabelled": [  # issue 18, item 26c: the summary showed this prompt as the step's name
        (
            13,
            "step 'unsafe' has no label: the summary at the end will name it by its prompt "
            "(“I'm sorry to hear that. What makes it feel unsafe?”); add a short label",
        )
    ],
    "unreachable": [(20, "step 'why' can never be reached from the first step")],
    "trap": [
        (
            18,
            "no answer to step 'why' can ever lead to the end: why -> sure -> why",
        )
    ],
}


@pytest.mark.parametrize("name", sorted(WARNINGS))
def test_a_file_with_warnings_loads_and_check_shows_them(name):
    path = WARNED / f"{name}.yaml"
    assert load_flow(path).steps
    found = [str(problem) for problem in check_flow_files([path])]
    assert found == [f"{path}:{line}: warning: {message}" for line, message in WARNINGS[name]]
    assert all(problem.warning for problem in check_flow_files([path]))


def test_every_broken_file_has_an_expectation():
    assert {p.stem for p in BROKEN.glob("*.yaml")} == set(EXPECTED)
    assert {p.stem for p in WARNED.glob("*.yaml")} == set(WARNINGS)


def test_check_flow_files_collects_every_file():
    errors = check_flow_files([BROKEN / "syntax.yaml", BROKEN / "several.yaml"])
    assert len(errors) == 1 + len(EXPECTED["several"])
    assert all(isinstance(error, FlowError) for error in errors)


def test_check_flow_files_reports_a_missing_file():
    [error] = check_flow_files([BROKEN / "nope.yaml"])
    assert error.line == 1 and error.message.startswith("cannot read file")


def test_shipped_flows_load_and_check_clean():
    flows = load_flows(default_flows_dir())
    assert {"park_redesign", "community_garden"} <= set(flows)
    found = check_flow_files(sorted(default_flows_dir().glob("*.yaml")))
    # the only warnings: the shipped languages no sentiment analyser reads here
    assert {(f.warning, f.message.split("'")[1]) for f in found} == {
        (True, "es"),
        (True, "pl"),
        (True, "ar"),
    }
    for flow in flows.values():
        kinds = {step.kind for step in flow.steps}
        assert {"choice", "scale", "text", "proposal", "vote", "feedback"} <= kinds
        assert flow.engagement.quiet_hours is not None


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "a flow file must be a mapping"),
        ("- a\n- b\n", "a flow file must be a mapping"),
        ("id: x\n", "missing required key 'title'"),
        ("a: 1\na: 2\n", "duplicate key 'a'"),
    ],
)
def test_degenerate_documents(text, message):
    with pytest.raises(FlowValidationError) as caught:
        parse_flow(text, "inline.yaml")
    assert any(message in str(error) for error in caught.value.errors)


def test_models_are_frozen():
    flow = load_flows(default_flows_dir())["park_redesign"]
    with pytest.raises(Exception):  # noqa: B017 - pydantic's frozen error type
        flow.id = "other"


def test_the_steps_asked_of_everyone_and_those_after_a_branch() -> None:
    """The report marks a question asked only after some answers (issue 17)."""
    from dialogs.conditions import asked_of_everyone

    flows = load_flows(default_flows_dir())
    park = asked_of_everyone(flows["park_redesign"])
    steps = [s.id for s in flows["park_redesign"].steps]
    assert [s for s in steps if s not in park] == ["why_not", "unsafe_why", "make_better"]
    garden = flows["community_garden"]
    some = [s.id for s in garden.steps if s.id not in asked_of_everyone(garden)]
    assert "waiting_wish" in some and "grow" in some and "relationship" not in some
