"""A session keeps the text of its flow from the moment it opens: editing or removing the
file later neither strands its members nor relabels its answers."""

from __future__ import annotations

from pathlib import Path

import dialogs
from dialogs.loader import FlowFile, default_flows_dir
from storage.models import CoSession, FlowVersion
from tests.usecases.conftest import join_session as join
from tests.usecases.conftest import open_session

GARDEN = default_flows_dir() / "community_garden.yaml"


def install_edited_garden(world) -> None:
    """The organiser edits the garden flow: other labels, and no waiting-list question."""
    source = GARDEN.read_text().replace("I'm on the waiting list", "Waiting for a plot")
    source = source.replace("What would you love to grow", "Which vegetables")
    flow = dialogs.parse_flow(source, "community_garden.yaml")
    world.services.flows.add(FlowFile(flow, source, Path("community_garden.yaml")))


def test_a_session_runs_the_flow_it_opened_with(world, organiser, alice, bob) -> None:
    code = open_session(organiser, "Riverside garden", flow="community_garden")
    *_, question = join(alice, code)
    install_edited_garden(world)
    *_, wish = alice.taps("I'm on the waiting list", question)
    assert "What would you love to grow" in wish.text, "the old session keeps its flow"

    newer = open_session(organiser, "Garden 2027", flow="community_garden")
    *_, asked = join(bob, newer)
    assert "Waiting for a plot" in asked.button_texts, "a new session opens with the new text"

    world.restart()
    world.services.flows.installed.pop("community_garden")  # the file is removed
    replies = alice.says("Tomatoes and beans")
    assert "Which two things" in replies[-1].text, "still running, after a restart too"
    first, second = sorted(world.rows(CoSession), key=lambda s: s.id)
    assert first.flow_hash != second.flow_hash and len(world.rows(FlowVersion)) == 2
    [kept] = world.rows(FlowVersion, FlowVersion.hash == first.flow_hash)
    assert kept.source == GARDEN.read_text()
