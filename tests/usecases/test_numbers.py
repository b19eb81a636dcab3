"""Issue 18, item 13: proposal and poll numbers are per session (#1 is the first of its
session), and the commands that name one take the session's code when the number alone
could mean several."""

from __future__ import annotations

from storage.models import Poll, Proposal
from tests.usecases.conftest import join_session as join
from tests.usecases.conftest import open_session


def two_sessions(world, organiser, alice, carol) -> tuple[str, str]:
    elm = open_session(organiser, "Elm Park", flow="park_redesign")
    oak = open_session(organiser, "Oak Yard", flow="park_redesign")
    join(alice, elm)
    join(carol, oak)
    alice.says("/propose Lights along the pond path")
    carol.says("/propose A tap for the allotments")
    alice.says("/propose More benches in the shade")
    return elm, oak


def test_each_session_counts_its_own_proposals_from_one(world, organiser, alice, carol) -> None:
    _, oak = two_sessions(world, organiser, alice, carol)
    numbered = sorted((p.session_id, p.number, p.text) for p in world.rows(Proposal))
    assert [(n, t) for _, n, t in numbered] == [
        (1, "Lights along the pond path"),
        (2, "More benches in the shade"),
        (1, "A tap for the allotments"),
    ]
    [saved] = carol.says("/propose Compost bins by the gate")
    assert "saved as #2" in saved.text
    [listing] = organiser.says(f"/proposals {oak}")
    assert "#1 by" in listing.text and "#2 by" in listing.text and "#3" not in listing.text


def test_a_number_several_sessions_have_is_named_with_the_code(
    world, organiser, alice, carol
) -> None:
    elm, oak = two_sessions(world, organiser, alice, carol)
    [which] = organiser.says("/hide 1 off topic")
    assert which.text.startswith("Several of your sessions have a proposal #1.")
    assert (
        f"Elm Park ({elm}): “Lights along the pond path”\n  /hide {elm} 1 off topic" in which.text
    )
    assert f"Oak Yard ({oak}): “A tap for the allotments”\n  /hide {oak} 1 off topic" in which.text
    assert not any(p.hidden for p in world.rows(Proposal)), "nothing changes until it is clear"
    [hidden] = organiser.says(f"/hide {oak} 1 off topic")
    assert hidden.text == "Proposal #1 is hidden from members. Reason: off topic"
    assert {p.text for p in world.rows(Proposal) if p.hidden} == {"A tap for the allotments"}
    [only] = organiser.says("/hide 2 duplicate")  # only Elm Park has a #2
    assert only.text == "Proposal #2 is hidden from members. Reason: duplicate"
    assert {p.text for p in world.rows(Proposal) if p.hidden} == {
        "A tap for the allotments",
        "More benches in the shade",
    }
    [shown] = organiser.says(f"/unhide {oak} 1")
    assert shown.text == "Proposal #1 is visible to members again."
    [missing] = organiser.says(f"/hide {oak} 7")
    assert missing.text == "There is no proposal #7."


def test_another_teams_numbers_are_out_of_reach(world, organiser, alice, carol) -> None:
    elm, _ = two_sessions(world, organiser, alice, carol)
    other = world.person(4242, "Otto")
    organiser.says("/grant 4242 organiser")
    mine = open_session(other, "Ash Court", flow="park_redesign")
    join(world.person(1009, "Dora"), mine)
    assert other.says("/hide 2 spam")[0].text == "There is no proposal #2."
    assert other.says(f"/hide {elm} 1 spam")[0].text == (
        f"There is no session “{elm}” among yours. /sessions lists the sessions you run."
    )
    assert not any(p.hidden for p in world.rows(Proposal))


def test_polls_are_numbered_per_session_and_named_by_code(world, organiser, alice, carol) -> None:
    elm, oak = two_sessions(world, organiser, alice, carol)
    [first] = organiser.says(f"/poll {elm} Which day? | Sat | Sun")
    [second] = organiser.says(f"/poll {oak} Which evening? | Tue | Thu")
    assert first.text.startswith("Poll #1 is on its way") and f"/results {elm} 1" in first.text
    assert second.text.startswith("Poll #1 is on its way") and f"/closepoll {oak} 1" in second.text
    world.tick()
    assert any("Poll #1 from “Oak Yard”" in m.text for m in carol.messages)
    assert organiser.says("/results 1")[0].text.startswith(
        "Several of your sessions have a poll #1"
    )
    assert organiser.says(f"/results {oak} 1")[0].text.startswith("Poll #1 (open): Which evening?")
    [nudged] = organiser.says(f"/nudge {oak} 1")
    assert "poll #1" in nudged.text
    assert organiser.says(f"/nudge {oak} 2")[0].text == "There is no poll #2."
    organiser.says(f"/closepoll {oak} 1")
    states = {p.question: p.status for p in world.rows(Poll)}
    assert states == {"Which day?": "open", "Which evening?": "closed"}
    [again] = organiser.says(f"/poll {oak} Which morning? | Sat | Sun")
    assert again.text.startswith("Poll #2 is on its way")
