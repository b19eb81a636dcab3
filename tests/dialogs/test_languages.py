"""Flows in several languages: declared, written once in each, checked with file:line,
rehearsed in one."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from dialogs import FlowValidationError, parse_flow
from dialogs.engine import start
from dialogs.languages import match
from dialogs.loader import check_flow_files, check_flow_text, default_flows_dir, load_flow_files
from dialogs.placeholders import personalise
from dialogs.rehearse import rehearse

from .conversation import fake_sentiment

BILINGUAL = """\
title: Bilingual
languages: [en, es]
closing:
  en: Thanks from {organiser}.
  es: Gracias de {organiser}.
engagement:
  reminder_text:
    en: "A reminder from {title}:"
    es: "Un recordatorio de {title}:"
steps:
  - id: hello
    kind: message
    prompt:
      en: Hello, {session}!
      es: ¡Hola, {session}!
  - id: colour
    kind: choice
    label: {en: Colour, es: Color}
    prompt:
      en: Which colour?
      es: ¿Qué color?
    options:
      - {id: red, label: {en: Red, es: Rojo}}
      - {id: blue, label: {en: Blue, es: Azul}}
"""


def lines(text: str) -> list[tuple[int, str]]:
    return [(e.line, e.message) for e in check_flow_text(text, "bi.yaml") if not e.warning]


def test_a_flow_in_two_languages_speaks_each_and_keeps_its_structure() -> None:
    flow = parse_flow(BILINGUAL, "bi.yaml")
    spanish = flow.in_language("es")
    assert (flow.language, spanish.language, flow.languages) == ("en", "es", ("en", "es"))
    assert spanish.steps[1].prompt == "¿Qué color?"
    assert [o.label for o in spanish.steps[1].options] == ["Rojo", "Azul"]
    assert [o.id for o in spanish.steps[1].options] == ["red", "blue"]  # answers are the same
    assert spanish.engagement.reminder_text == "Un recordatorio de {title}:"
    assert spanish.in_language("en") is flow and flow.in_language("es") is spanish
    assert flow.in_language("pl") is flow and spanish.in_language(None) is flow  # the default


def test_a_flow_without_languages_is_in_its_one_language_as_before() -> None:
    one = "title: T\nlanguage: pl\nsteps:\n  - {id: a, kind: text, prompt: 'Co?'}\n"
    flow = parse_flow(one, "t")
    assert (flow.language, flow.languages, flow.in_language("en")) == ("pl", ("pl",), flow)
    plain = parse_flow("title: T\nsteps:\n  - {id: a, kind: text, prompt: 'What?'}\n", "t")
    assert plain.languages == ("en",)


def test_session_names_are_filled_in_every_language() -> None:
    flow = personalise(parse_flow(BILINGUAL, "bi.yaml"), {"session": "Elm", "organiser": "Ana"})
    assert flow.steps[0].prompt == "Hello, Elm!"
    assert flow.in_language("es").steps[0].prompt == "¡Hola, Elm!"
    assert flow.in_language("es").closing == "Gracias de Ana."
    assert flow.in_language("es").in_language("en") is flow


def test_the_engine_asks_in_the_language_it_is_given() -> None:
    spanish = parse_flow(BILINGUAL, "bi.yaml").in_language("es")
    outcome = start(spanish, datetime(2024, 5, 1, tzinfo=UTC))
    assert outcome.replies[0].text == "¡Hola, {session}!"
    assert [b.label for row in outcome.replies[1].buttons for b in row] == ["Rojo", "Azul"]


def test_a_missing_translation_is_named_with_its_line_and_language() -> None:
    text = BILINGUAL.replace("      es: ¿Qué color?\n", "")
    assert lines(text) == [(19, "prompt: no text in es")]


def test_a_plain_text_in_a_flow_of_several_languages_is_missing_in_the_others() -> None:
    text = BILINGUAL.replace("languages: [en, es]", "languages: [en, es, fr]")
    text = text.replace("label: {en: Colour, es: Color}", "label: Colour")
    found = lines(text)
    assert (18, "label: no text in es, fr (write one per language: en: ..., es: ...)") in found
    assert (19, "prompt: no text in fr") in found


def test_a_placeholder_that_differs_between_languages_is_named_on_its_line() -> None:
    text = BILINGUAL.replace("es: ¡Hola, {session}!", "es: ¡Hola, {community}!")
    assert lines(text) == [
        (
            15,
            "prompt: the es text uses {community} where the en text uses {session}; "
            "use the same placeholders in every language",
        )
    ]


def test_an_undeclared_language_and_a_bad_text_in_one_language_are_named() -> None:
    text = BILINGUAL.replace("{en: Red, es: Rojo}", "{en: Red, es: Rojo, de: Rot}")
    text = text.replace("es: Gracias de {organiser}.", "es: Gracias de {organizer}.")
    found = lines(text)
    assert (23, "label: de is not one of the flow's languages (en, es); add it to languages, "
            "or remove this text") in found  # fmt: skip
    assert any(
        line == 5 and m.startswith("[es] closing: unknown placeholder {organizer}")
        for line, m in found
    )
    with pytest.raises(FlowValidationError):
        parse_flow(text, "bi.yaml")


def test_languages_are_declared_once_as_codes() -> None:
    both = BILINGUAL.replace("languages: [en, es]", "language: en\nlanguages: [en, es]")
    assert (2, "write languages: [...] alone (its first is the default)") in lines(both)
    twice = BILINGUAL.replace("languages: [en, es]", "languages: [en, es, en]")
    assert (2, "languages: en is listed twice") in lines(twice)
    bad = BILINGUAL.replace("languages: [en, es]", "languages: [en, Spanish]")
    assert any(m.startswith("languages: 'Spanish' is not a language code") for _, m in lines(bad))


def test_the_shipped_flows_come_in_five_languages_each_complete() -> None:
    paths = sorted(default_flows_dir().glob("*.yaml"))
    assert [e for e in check_flow_files(paths) if not e.warning] == []
    for file in load_flow_files(default_flows_dir()).values():
        flow = file.flow
        assert flow.languages == ("en", "es", "fr", "pl", "ar")
        prompts = {code: flow.in_language(code).steps[1].prompt for code in flow.languages}
        assert len(set(prompts.values())) == 5, prompts


def test_rehearse_in_a_language(tmp_path: Path) -> None:
    flow = parse_flow(BILINGUAL, "bi.yaml")
    script = iter(["1"])
    out: list[str] = []
    rehearse(flow, lambda: next(script, None), out.append,
             lambda: datetime(2024, 5, 1, tzinfo=UTC), sentiment=fake_sentiment,
             language="es")  # fmt: skip
    said = "\n".join(out)
    assert "in es" in said and "¿Qué color?" in said and "[1] Rojo  [2] Azul" in said
    assert "Which colour?" not in said


@pytest.mark.parametrize(
    ("wanted", "offered", "found"),
    [
        ("es", ("en", "es"), "es"),
        ("es-MX", ("en", "es"), "es"),
        ("pt", ("en", "pt-BR"), "pt-BR"),
        ("pt-br", ("en", "pt-BR"), "pt-BR"),
        ("de", ("en", "es"), None),
        (None, ("en",), None),
    ],
)
def test_a_telegram_language_code_matches_an_offered_language(wanted, offered, found) -> None:
    assert match(wanted, offered) == found


def test_a_title_and_description_are_one_for_all_languages_or_one_each() -> None:
    """What organisers read of a flow (/flows) may stay one string; written per language,
    each language needs its own, as any text."""
    flow = parse_flow(BILINGUAL, "bi.yaml")
    assert flow.in_language("es").title == flow.title  # one for all
    each = BILINGUAL.replace("title: Bilingual", "title: {en: Bilingual, es: Bilingüe}")
    each = each.replace("languages: [en, es]", "languages: [en, es]\ndescription:\n  en: Two\n")
    assert lines(each) == [(3, "description: no text in es")]
    each = each.replace("  en: Two\n", "  en: Two\n  es: Dos\n")
    spanish = parse_flow(each, "bi.yaml").in_language("es")
    assert (spanish.title, spanish.description) == ("Bilingüe", "Dos")
    assert parse_flow(each, "bi.yaml").title == "Bilingual"
