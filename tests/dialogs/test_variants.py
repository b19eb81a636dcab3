"""Texts that fit the segment (issue 21): `variants:` of prompts and engagement texts, in
every language of the flow, checked when the file loads."""

from __future__ import annotations

import pytest

from dialogs import FlowValidationError
from dialogs.loader import check_flow_text, parse_flow
from dialogs.placeholders import personalise
from dialogs.rehearse import rehearse

FLOW = """\
title: Voices
languages: [en, fr]
segments:
  regulars: "visit = daily"
engagement:
  reminder_text: {en: "Reminder: {title}", fr: "Rappel : {title}"}
  variants:
    regulars:
      reminder_text: {en: "Regulars: {title}", fr: "Habitués : {title}"}
    strangers:
      followup_text: {en: "About {quote}", fr: "À propos de {quote}"}
steps:
  - id: visit
    kind: choice
    label: {en: Visits, fr: Visites}
    prompt: {en: "How often?", fr: "À quelle fréquence ?"}
    options:
      - {id: daily, label: {en: Daily, fr: Chaque jour}}
      - {id: rarely, label: {en: Rarely, fr: Rarement}}
  - id: wish
    kind: text
    label: {en: Wish, fr: Souhait}
    prompt: {en: "Your wish for {session}?", fr: "Votre souhait pour {session} ?"}
    variants:
      strangers: {en: "New here: your wish?", fr: "Nouveau : votre souhait ?"}
      regulars: {en: "Regular: your wish for {session}?", fr: "Habitué : {session} ?"}
"""


def test_the_first_variant_of_a_segment_the_member_is_in_else_the_plain_text():
    flow = parse_flow(FLOW, "voices.yaml")
    assert flow.variant_segments() == ("regulars", "strangers")
    both = flow.for_segments({"regulars", "strangers"})
    assert both.step("wish").prompt == "New here: your wish?", "the first in the file's order"
    assert flow.for_segments({"regulars"}).step("wish").prompt.startswith("Regular:")
    assert flow.for_segments(set()).step("wish").prompt == "Your wish for {session}?"
    assert flow.for_segments({"regulars"}).step("visit") == flow.step("visit")


def test_engagement_texts_by_segment_each_text_on_its_own():
    flow = parse_flow(FLOW, "voices.yaml")
    rules = flow.for_segments({"strangers", "regulars"}).engagement
    assert rules.reminder_text == "Regulars: {title}", "strangers set no reminder"
    assert rules.followup_text == "About {quote}"
    assert flow.for_segments(set()).engagement.reminder_text == "Reminder: {title}"


def test_variants_in_each_language_and_personalised():
    flow = personalise(parse_flow(FLOW, "voices.yaml"), {"session": "Elm Park"})
    fr = flow.in_language("fr").for_segments({"regulars"})
    assert fr.step("wish").prompt == "Habitué : Elm Park ?"
    assert fr.engagement.reminder_text == "Habitués : {title}"
    en = flow.in_language("en").for_segments({"regulars"})
    assert en.step("wish").prompt == "Regular: your wish for Elm Park?"


def test_a_segment_the_flow_does_not_define_is_a_warning_on_its_line():
    problems = check_flow_text(FLOW, "voices.yaml")
    warned = [p for p in problems if "strangers" in p.message]
    assert [p.line for p in warned] == [10, 25]
    assert all(p.warning for p in warned)
    assert "/segment <code> add strangers" in warned[0].message
    assert not [p for p in problems if not p.warning]


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (('regulars: {en: "Regular', 'Bad-Name: {en: "Regular'), "segment name"),
        (('fr: "Habitué : {session} ?"', 'de: "Hallo {session}"'), "de is not one of"),
        (("Regulars: {title}", "Regulars: {link}"), "{link}"),
    ],
)
def test_a_bad_variant_does_not_load(change, message):
    with pytest.raises(FlowValidationError) as error:
        parse_flow(FLOW.replace(*change), "voices.yaml")
    assert any(message in str(e) for e in error.value.errors), error.value.errors


def test_a_rehearsal_as_a_member_of_a_segment():
    said: list[str] = []
    lines = iter(["1"])
    flow = parse_flow(FLOW, "voices.yaml")
    rehearse(flow, lambda: next(lines, None), said.append, _now, segments=["regulars"])
    assert "as a member of regulars" in said[0]
    assert any("Regular: your wish for" in line for line in said)


def _now():
    from datetime import UTC, datetime

    return datetime(2026, 5, 4, 10, 0, tzinfo=UTC)
