"""Segments, pure: the rule grammar read into a tree against a flow, every problem with
where it is and what was expected; the flow file's `segments:` block checked by line; the
interests step as members and `flows try` meet it."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from dialogs import parse_flow
from dialogs.loader import check_flow_text
from dialogs.rehearse import rehearse
from dialogs.segments import (
    Active,
    All,
    AnyOf,
    Chose,
    Felt,
    Has,
    Not,
    RuleError,
    Scored,
    check_name,
    parse_rule,
)
from texts.i18n import speaking

from .conversation import fake_sentiment

FLOW = """
title: Courtyard
languages: [en, es]
engagement: {negative_threshold: -0.2, positive_threshold: 0.4}
steps:
  - id: how_often
    kind: choice
    label: {en: How often, es: Frecuencia}
    prompt: {en: "How often?", es: "¿Con qué frecuencia?"}
    options:
      - {id: daily, label: {en: Daily, es: Cada día}}
      - {id: weekly, label: {en: Weekly, es: Cada semana}}
      - {id: never, label: {en: Never, es: Nunca}}
  - id: safety
    kind: scale
    label: {en: Safety, es: Seguridad}
    prompt: {en: "Safe?", es: "¿Seguro?"}
  - id: topics
    kind: interests
    label: {en: Topics, es: Temas}
    prompt: {en: "What do you care about?", es: "¿Qué te importa?"}
    min_selections: 0
    options:
      - {id: lighting, label: {en: Lighting, es: Luces}}
      - {id: bins, label: {en: Bins, es: Basura}}
  - id: change
    kind: text
    label: {en: One change, es: Un cambio}
    prompt: {en: "One change?", es: "¿Un cambio?"}
  - {id: bye, kind: message, prompt: {en: Bye, es: Adiós}}
"""


@pytest.fixture(scope="module")
def flow():
    return parse_flow(FLOW, "courtyard.yaml")


@pytest.mark.parametrize(
    ("rule", "tree"),
    [
        ("how_often = daily", Chose("how_often", ("daily",))),
        ("HOW_OFTEN = Daily", Chose("how_often", ("daily",))),
        ("how_often in (daily, weekly)", Chose("how_often", ("daily", "weekly"))),
        ("how_often not in (never)", Not(Chose("how_often", ("never",)))),
        ("how_often != never", Not(Chose("how_often", ("never",)))),
        ("topics has lighting", Chose("topics", ("lighting",))),
        ("interests has bins", Chose("topics", ("bins",))),
        ("safety <= 2", Scored("safety", (1, 2))),
        ("safety < 2", Scored("safety", (1,))),
        ("safety > 3", Scored("safety", (4, 5))),
        ("safety >= 4", Scored("safety", (4, 5))),
        ("safety ≥ 4", Scored("safety", (4, 5))),
        ("safety = 3", Scored("safety", (3,))),
        ("safety in (1, 5)", Scored("safety", (1, 5))),
        ("sentiment(change) < 0", Felt("change", "<", 0.0)),
        ("sentiment(change) >= -0.5", Felt("change", ">=", -0.5)),
        ("sentiment(change) = negative", Felt("change", "<", -0.2)),
        ("sentiment(change) = positive", Felt("change", ">", 0.4)),
        (
            "sentiment(change) = neutral",
            All((Felt("change", ">=", -0.2), Felt("change", "<=", 0.4))),
        ),
        (
            "sentiment(change) != negative",
            AnyOf(
                (
                    All((Felt("change", ">=", -0.2), Felt("change", "<=", 0.4))),
                    Felt("change", ">", 0.4),
                )
            ),
        ),
        ("language = es", Has("language", ("es",))),
        ("timezone = Europe/Madrid", Has("timezone", ("Europe/Madrid",))),
        ("zone = UTC", Has("timezone", ("UTC",))),
        ("source = flyer", Has("source", ("flyer",))),
        ("source in (invite, seed)", Has("source", ("invite", "seed"))),
        ("invited_by = m-abcd2345", Has("invited_by", ("m-abcd2345",))),
        ("stage = finished", Has("stage", ("finished",))),
        ("stage != voted", Not(Has("stage", ("voted",)))),
        ("group = b", Has("group", ("B",))),
        ("active within 7d", Active(timedelta(days=7))),
        ("active_within 12h", Active(timedelta(hours=12))),
        ('"safety <= 2"', Scored("safety", (1, 2))),
        ("“safety <= 2”", Scored("safety", (1, 2))),
        (
            "safety <= 2 and not how_often = never",
            All((Scored("safety", (1, 2)), Not(Chose("how_often", ("never",))))),
        ),
        (  # not binds tightest, then and, then or
            "how_often = daily or safety = 1 and not language = es",
            AnyOf(
                (
                    Chose("how_often", ("daily",)),
                    All((Scored("safety", (1,)), Not(Has("language", ("es",))))),
                )
            ),
        ),
        (
            "(how_often = daily or safety = 1) and stage = finished",
            All(
                (
                    AnyOf((Chose("how_often", ("daily",)), Scored("safety", (1,)))),
                    Has("stage", ("finished",)),
                )
            ),
        ),
    ],
)
def test_a_rule_reads_into_its_tree(flow, rule, tree) -> None:
    assert parse_rule(rule, flow) == tree


@pytest.mark.parametrize(
    ("rule", "at", "says"),
    [
        ("", 1, "the rule is empty"),
        (
            "how_often = sometimes",
            13,
            "step how_often has no option “sometimes”. Its options: daily, weekly, never.",
        ),
        ("safety <= 9", 11, "step safety is a scale from 1 to 5, so “9” does not fit."),
        ("safety <=", 10, "expected a value (an option id, a number or a word), found the end"),
        ("safety ~ 2", 8, "expected one of = != < <= > >= in has, found “~”"),
        ("(safety = 1 or", 15, "expected a step id of the flow"),
        ("(safety = 1", 12, "expected “)”, found the end of the rule"),
        ("safety = 1)", 11, "expected “and”, “or” or the end of the rule, found “)”"),
        ("safety = 1 how_often = daily", 12, "expected “and”, “or” or the end of the rule"),
        (
            "colour = red",
            1,
            "“colour” is neither a step of this flow nor a word rules know. "
            "Steps: how_often, safety, topics, change.",
        ),
        ("change = nice", 1, "step change takes typed answers: read them by their sentiment"),
        ("bye = x", 1, "step bye is a message step and has no answer to test."),
        ("sentiment(safety) < 0", 11, "step safety is a scale step"),
        ("sentiment(change) < 2", 21, "a sentiment is compared with a number from -1 to 1"),
        ("sentiment(change) < happy", 21, "a sentiment is compared"),
        ("sentiment change < 0", 11, "expected “(” and a step id"),
        ("how_often < daily", 11, "“<” does not fit how_often: use =, !=, in or has."),
        ("how_often in daily", 14, "expected “(” and values separated by commas"),
        ("how_often in (daily weekly)", 21, "expected “,” or “)”"),
        ("how_often not = daily", 15, "expected “in” and a list"),
        ("language = de", 12, "language cannot be “de” (such as: en, es)."),
        ("stage = done", 9, "stage cannot be “done”"),
        ("timezone = Mars/Base", 12, "timezone cannot be “Mars/Base”"),
        ("invited_by = Alice", 14, "invited_by cannot be “Alice”"),
        ("group = 12", 9, "group cannot be “12”"),
        ("interests has trees", 15, "no interests step offers “trees”. Topics: bins, lighting."),
        ("active within soon", 15, "expected a duration such as 7d, 12h or 30m, found “soon”"),
        ("active since 7d", 8, "expected “within” and a duration"),
        ("and safety = 1", 1, "expected a step id of the flow"),
        ("  safety ~ 2", 10, "found “~”"),  # positions count from the rule as typed
        ("not " * 30 + "safety = 1", 81, "too many parentheses or nots"),
    ],
)
def test_a_rule_that_does_not_read_says_where_and_what_was_expected(flow, rule, at, says) -> None:
    with pytest.raises(RuleError) as caught:
        parse_rule(rule, flow)
    assert caught.value.at == at
    assert says in caught.value.message()
    assert caught.value.message().startswith(f"At character {at}: ")


def test_the_problem_is_said_in_the_readers_language(flow) -> None:
    with pytest.raises(RuleError) as caught:
        parse_rule("how_often = sometimes", flow)
    with speaking("es"):
        said = caught.value.message()
    assert said.startswith("En el carácter 13: el paso how_often no tiene la opción")


def test_interests_has_needs_an_interests_step() -> None:
    plain = parse_flow(
        'title: T\nsteps:\n  - {id: q, kind: text, label: Q, prompt: "Q?"}\n', "plain.yaml"
    )
    with pytest.raises(RuleError) as caught:
        parse_rule("interests has lighting", plain)
    assert caught.value.reason == "no_interests"


def test_a_step_named_like_a_word_is_the_step() -> None:
    named = parse_flow(
        "title: T\nsteps:\n  - id: language\n    kind: choice\n    label: L\n    prompt: L\n"
        "    options: [{id: a, label: A}, {id: b, label: B}]\n",
        "named.yaml",
    )
    assert parse_rule("language = a", named) == Chose("language", ("a",))


@pytest.mark.parametrize("name", ["night_walkers", "A1", "x" * 24])
def test_segment_names_are_slugs(name) -> None:
    assert check_name(name) == name.lower()


@pytest.mark.parametrize("name", ["night-walkers", "x" * 25, "é", ""])
def test_other_names_are_refused(name) -> None:
    with pytest.raises(RuleError):
        check_name(name)


def test_flows_check_reads_the_segments_block_with_file_and_line() -> None:
    text = FLOW + (
        "segments:\n"
        "  fine: safety <= 2 and not how_often = never\n"
        "  bad_option: how_often = sometimes\n"
        "  unfinished: (safety = 1 or\n"
        "  Bad-Name: safety = 1\n"
    )
    problems = [str(p) for p in check_flow_text(text, "courtyard.yaml") if not p.warning]
    lines = text.splitlines()
    line = {key: lines.index(next(x for x in lines if x.startswith(f"  {key}:"))) + 1
            for key in ("bad_option", "unfinished", "Bad-Name")}  # fmt: skip
    assert problems == [
        f"courtyard.yaml:{line['bad_option']}: segment 'bad_option': At character 13: step "
        "how_often has no option “sometimes”. Its options: daily, weekly, never.",
        f"courtyard.yaml:{line['unfinished']}: segment 'unfinished': At character 15: expected "
        "a step id of the flow, a word such as stage or language, “not” or “(”, found the end "
        "of the rule.",
        f"courtyard.yaml:{line['Bad-Name']}: segments: segment name 'Bad-Name' may only use "
        "a-z, 0-9 and _",
    ]


def test_a_flow_with_good_segments_loads_with_them(flow) -> None:
    loaded = parse_flow(FLOW + "segments:\n  unsafe: safety <= 2\n", "courtyard.yaml")
    assert loaded.segments == {"unsafe": "safety <= 2"}
    assert loaded.in_language("es").segments == {"unsafe": "safety <= 2"}


def test_an_interests_step_is_always_multiple() -> None:
    text = FLOW.replace("    min_selections: 0\n", "    min_selections: 0\n    multiple: false\n")
    [problem] = [str(p) for p in check_flow_text(text, "courtyard.yaml") if not p.warning]
    assert "an interests step is always multiple" in problem


def test_an_interests_step_in_the_rehearsal(flow) -> None:
    script = iter(["1", "3", "1", "2", "3", "It is lovely", "/quit"])
    out: list[str] = []
    state = rehearse(
        flow,
        lambda: next(script, None),
        out.append,
        lambda: datetime(2024, 5, 1, tzinfo=UTC),
        sentiment=fake_sentiment,
    )
    shown = "\n".join(out)
    assert "[1] ✅ Lighting  [2] ✅ Bins  [3] Done" in shown
    assert "Tap the topics you care about, as many as you like, then tap Done." in shown
    assert "• Topics: Lighting, Bins" in shown
    assert "topics (interests): ['lighting', 'bins']" in shown
    assert state.answers["topics"] == ["lighting", "bins"]
