"""A session keeps the text of its flow from the moment it opens: editing or removing the
file later neither strands its members nor relabels its answers."""

from __future__ import annotations

from pathlib import Path

import dialogs
from dialogs.loader import FlowFile, check_flow_text, default_flows_dir
from storage.models import CoSession, FlowVersion
from tests.usecases.conftest import join_session as join
from tests.usecases.conftest import open_session
from usecases import flow_files as flow_usecases

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


OUR_STREET = """\
title: Our street
steps:
  - id: wish
    kind: text
    prompt: One wish for our street?
  - id: when
    kind: choice
    prompt: When are you around?
    options:
      - {id: am, label: Mornings}
      - {id: pm, label: Evenings}
"""


def install(world, source: str, name: str = "our_street.yaml") -> None:
    """A flow from FLOWS_DIR as `codesign flows new` writes it: named after its file."""
    flow = dialogs.parse_flow(source, name)
    world.services.flows.add(FlowFile(flow, source, Path(name)))


def test_a_flow_named_by_its_file_is_kept_across_a_restart(world, organiser, alice) -> None:
    install(world, OUR_STREET)
    code = open_session(organiser, "Our street", flow="our_street")
    *_, question = join(alice, code)
    assert "One wish" in question.text
    edited = OUR_STREET.replace("When are you around?", "Which day suits you?")
    install(world, edited)
    world.restart()
    world.services.flows.installed.pop("our_street")  # a typo: the file no longer loads
    replies = alice.says("A bench by the pond, in the shade")
    assert "When are you around?" in replies[-1].text, "the session keeps its own flow"
    assert "Mornings" in replies[-1].button_texts
    *_, done = alice.taps("Mornings")
    assert "no longer valid" not in done.text and "Join a session" not in done.text


def test_a_flow_file_that_fails_at_start_is_told_to_its_organisers(world, organiser) -> None:
    install(world, OUR_STREET)
    code = open_session(organiser, "Our street", flow="our_street")
    pat = world.person(1005, "Pat")
    pat.says("/start")
    organiser.says(f"/team {code} add 1005 organiser")
    broken = check_flow_text("title: Ours\nsteps: []\n", "flows/our_street.yaml")
    world.services.flows.installed.pop("our_street")
    world.services.flows.problems = broken
    world.system(flow_usecases.tell_flow_problems)
    world.tick()
    told = organiser.last_reply().text
    assert "our_street.yaml" in told and "steps must be a non-empty list" in told
    assert "sessions already running keep" in told
    assert pat.last_reply().text == told, "a co-organiser of a session of that flow too"
    world.system(flow_usecases.tell_flow_problems)  # the next start: not told twice
    assert world.tick() == 0


def test_a_flow_file_that_fails_at_start_is_told_in_each_readers_language(world, organiser) -> None:
    """The problems were found at start, in no one's language; each person told reads
    them in theirs."""
    install(world, OUR_STREET)
    code = open_session(organiser, "Our street", flow="our_street")
    pat = world.person(1005, "Pat", language="pl")
    pat.says("/start")
    organiser.says(f"/team {code} add 1005 organiser")
    broken = check_flow_text("title: Ours\nsteps: []\n", "flows/our_street.yaml")
    world.services.flows.installed.pop("our_street")
    world.services.flows.problems = broken
    world.system(flow_usecases.tell_flow_problems)
    world.tick()
    assert "steps must be a non-empty list" in organiser.last_reply().text
    told = pat.last_reply().text
    assert "flows/our_street.yaml:2: steps musi być niepustą listą kroków" in told
