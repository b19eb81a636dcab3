"""A session keeps the text of its flow from the moment it opens: editing or removing the
file later neither strands its members nor relabels its answers."""

from __future__ import annotations

from pathlib import Path

import dialogs
from dialogs.loader import FlowFile, default_flows_dir
from storage.models import CoSession, FlowVersion
from tests.e2e.conftest import join, open_session

GARDEN = default_flows_dir() / "community_garden.yaml"


def install_edited_garden(bot) -> None:
    """The organiser edits the garden flow: other labels, and no waiting-list question."""
    source = GARDEN.read_text().replace("I'm on the waiting list", "Waiting for a plot")
    source = source.replace("What would you love to grow", "Which vegetables")
    flow = dialogs.parse_flow(source, "community_garden.yaml")
    bot.runner.services.flows.add(FlowFile(flow, source, Path("community_garden.yaml")))


async def test_a_session_runs_the_flow_it_opened_with(bot, organiser, alice, bob) -> None:
    code = await open_session(organiser, "Riverside garden", flow="community_garden")
    *_, question = await join(alice, code)
    install_edited_garden(bot)
    *_, wish = await alice.taps("I'm on the waiting list", question)
    assert "What would you love to grow" in wish.text, "the old session keeps its flow"

    newer = await open_session(organiser, "Garden 2027", flow="community_garden")
    *_, asked = await join(bob, newer)
    assert "Waiting for a plot" in asked.button_texts, "a new session opens with the new text"

    await bot.restart()
    bot.runner.services.flows.installed.pop("community_garden")  # the file is removed
    replies = await alice.says("Tomatoes and beans")
    assert "Which two things" in replies[-1].text, "still running, after a restart too"
    first, second = sorted(bot.rows(CoSession), key=lambda s: s.id)
    assert first.flow_hash != second.flow_hash and len(bot.rows(FlowVersion)) == 2
    [kept] = bot.rows(FlowVersion, FlowVersion.hash == first.flow_hash)
    assert kept.source == GARDEN.read_text()
