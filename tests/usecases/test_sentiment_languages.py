"""Issue 19, item 5: a member's words are read by the analyser of the session's language; in a
language with none they are stored with no polarity and no sentiment rule fires on them."""

from __future__ import annotations

from pathlib import Path

import pytest

import dialogs
from dialogs.loader import FlowFile
from storage.models import Feedback, Proposal, TranscriptMessage
from tests.stored import answers, reprompts
from tests.usecases.conftest import join_session as join
from tests.usecases.conftest import open_session

SOURCE = """\
id: {language}_check
title: Check
language: {language}
engagement:
  nudge_after: 1h
  followup_after: 20s
  champion_after: 30s
  min_words: 0
  quiet_hours: null
steps:
  - id: visits
    kind: choice
    label: Visits
    prompt: "?"
    options:
      - {{id: often, label: Often}}
      - {{id: rarely, label: Rarely}}
  - id: why
    kind: text
    label: Why
    prompt: "?"
  - id: idea
    kind: proposal
    label: Idea
    prompt: "?"
"""
COMPLAINT = {
    "fr": "Les toilettes sont sales et dégoûtantes",
    "pl": "Toalety są brudne i obrzydliwe, okropne",
    "en": "The toilets are dirty and disgusting",
}


def started(world, organiser, member, language: str) -> None:
    source = SOURCE.format(language=language)
    flow = dialogs.parse_flow(source, f"{language}_check.yaml")
    world.services.flows.add(FlowFile(flow, source, Path(f"{language}_check.yaml")))
    join(member, open_session(organiser, "Square", flow=f"{language}_check"))
    member.taps("Often")


@pytest.mark.parametrize("language", ["fr", "en"])
def test_a_complaint_in_a_language_with_an_analyser_gets_a_follow_up(
    world, organiser, alice, language
) -> None:
    started(world, organiser, alice, language)
    alice.says(COMPLAINT[language])
    assert answers(world)["why"].polarity < -0.2
    assert [r.step_id for r in reprompts(world) if r.kind == "followup"] == ["why"]


def test_words_in_a_language_with_no_analyser_fire_no_rule_and_keep_no_polarity(
    world, organiser, alice
) -> None:
    started(world, organiser, alice, "pl")
    alice.says(COMPLAINT["pl"])
    why = answers(world)["why"]
    assert (why.text, why.polarity, why.subjectivity) == (COMPLAINT["pl"], None, None)
    said = world.rows(TranscriptMessage, TranscriptMessage.direction == "in")
    assert [r.polarity for r in said if r.step_id == "why"] == [None]
    alice.says("Więcej ławek przy stawie, bo brakuje")
    [proposal] = world.rows(Proposal)
    assert proposal.polarity is None
    alice.says("/feedback Okropne, nic nie działa")
    assert [f.polarity for f in world.rows(Feedback)] == [None]
    world.clock.advance(seconds=60)
    world.tick()
    assert [r.kind for r in reprompts(world) if r.kind in ("followup", "champion")] == []
