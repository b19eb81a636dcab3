"""Issue 21, part 4: the order a member votes in. Organisers pin some first (/pin, checked
against their role); interests bring relevant ones forward; never only one's own group."""

from __future__ import annotations

from pathlib import Path

import dialogs
from dialogs.loader import FlowFile
from dialogs.voteorder import Candidate, vote_order, weight
from storage.models import AuditEntry, PinnedProposal, Proposal
from tests.usecases.conftest import join_session as join
from tests.usecases.conftest import open_session
from usecases import routing


def proposed(world, organiser, n: int = 4) -> tuple[str, object]:
    code = open_session(organiser, "Elm Park", flow="park_redesign")
    author = world.member("Author")
    join(author, code)
    for i in range(n):
        author.says(f"/propose Proposal number {i + 1} for the park")
    return code, author


def first_card(person) -> str:
    [card] = person.says("/proposals")
    return card.text


def test_pinned_proposals_come_first_in_their_order(world, organiser, alice):
    code, _ = proposed(world, organiser)
    join(alice, code)
    [said] = organiser.says(f"/pin {code} 3 #1")
    assert "Pinned, in this order: #3, #1" in said.text
    stored = world.rows(PinnedProposal)
    numbers = {p.id: p.number for p in world.rows(Proposal)}
    assert [numbers[p.proposal_id] for p in sorted(stored, key=lambda p: p.position)] == [3, 1]
    assert first_card(alice).startswith("Proposal 1 of 4 (#3)")
    alice.taps("Agree")
    card = alice.messages[-1]
    assert "Proposal 1 of 4 (#1)" in alice.message(card.message_id).text
    [shown] = organiser.says(f"/pin {code}")
    assert "in this order: #3, #1" in shown.text
    [off] = organiser.says(f"/pin {code} off")
    assert "Unpinned" in off.text and world.rows(PinnedProposal) == []
    assert "pinned" in [a.action for a in world.rows(AuditEntry)]


def test_pin_is_the_organisers_and_bad_numbers_change_nothing(world, organiser, alice, bob):
    code, _ = proposed(world, organiser)
    organiser.says(f"/team {code} add {bob.id} coordinator")
    join(alice, code)
    [refused] = alice.says(f"/pin {code} 1")
    assert "Pinned" not in refused.text
    [refused] = bob.says(f"/pin {code} 1")
    assert "Pinned" not in refused.text
    [unknown] = organiser.says(f"/pin {code} 2 9")
    assert "cannot see a proposal #9" in unknown.text
    [usage] = organiser.says(f"/pin {code} two")
    assert "/pin <code> <proposal numbers>" in usage.text
    assert world.rows(PinnedProposal) == []


INTERESTS = """\
title: Topics
segments:
  lights: "interests has lighting"
steps:
  - id: topics
    kind: interests
    prompt: What do you care about?
    options:
      - {id: lighting, label: Lighting}
      - {id: trees, label: Trees}
"""


def test_a_members_interests_and_the_proposals_topics_reach_the_order(
    world, organiser, monkeypatch
):
    flow = dialogs.parse_flow(INTERESTS, "topics.yaml")
    world.services.flows.add(FlowFile(flow, INTERESTS, Path("topics.yaml")))
    code = open_session(organiser, "Elm Park", flow="topics")
    author = world.member("Author")
    join(author, code)
    author.taps("Trees")
    author.taps("Done")
    author.says("/propose Plant more oak trees by the gate")
    other = world.member("Other")  # a proposal's topics: its author's interests, its words
    join(other, code)
    other.taps("Lighting")
    other.taps("Done")
    for i in range(5):
        other.says(f"/propose Something else entirely, number {i}")
    seen = []

    def spy(candidates, **given):
        seen.append(({c.proposal_id: c.topics for c in candidates}, given["interests"]))
        return vote_order(candidates, **given)

    monkeypatch.setattr(routing, "vote_order", spy)
    reader = world.member("Reader")
    join(reader, code)
    reader.taps("Trees")
    reader.taps("Done")
    seen.clear()
    first_card(reader)
    numbers = {p.id: p.number for p in world.rows(Proposal)}
    topics, interests = seen[-1]
    assert interests == {"trees"}
    assert {numbers[p]: t for p, t in topics.items()} == {
        1: {"trees"},  # its author's interest, and named in its words
        **{n: {"lighting"} for n in range(2, 7)},  # their author's
    }
    # so it weighs three times the others (dialogs.voteorder; tests/dialogs/test_voteorder.py)
    mine = frozenset(interests)
    trees, lights = (
        Candidate(1, topics=frozenset({"trees"})),
        Candidate(2, topics=frozenset({"lighting"})),
    )
    assert weight(trees, mine) == 3 * weight(lights, mine)
