"""Issue 17, part 7: "you said, we did". An organiser records what became of a proposal
(/outcome, or `codesign outcome`); whoever proposed or voted on it and may be messaged
hears it once per state, open session or closed; once it is done they are asked, after a
delay, whether it changed anything for them, and their answers (a tap, and words if they
like) appear under the outcome in /stats, the report and the JSON export."""

from __future__ import annotations

from storage.models import AuditEntry, Outcome
from tests.usecases.conftest import join_session as join
from tests.usecases.conftest import open_session

LIGHTS = "Lights along the pond path"


def voted(world, organiser, alice, *voters) -> str:
    """Alice proposes the lights; each of `voters` agrees with them."""
    code = open_session(organiser, "Elm Park", flow="park_redesign")
    join(alice, code)
    alice.says(f"/propose {LIGHTS}")
    for person in voters:
        join(person, code)
        [card] = person.says("/proposals")
        assert LIGHTS in card.text
        person.taps("Agree", card)
    world.tick()
    return code


def outcomes_to(person) -> list:
    return [m for m in person.messages if m.kind == "outcome"]


def test_an_outcome_reaches_the_proposer_and_voters_once_each(
    world, organiser, alice, bob, carol, dave
) -> None:
    code = voted(world, organiser, alice, bob, carol, dave)
    dave.says("/pause")
    [saved] = organiser.says(f"/outcome {code} 1 adopted The council funds it this spring.")
    assert saved.text.startswith("Proposal #1 is now marked 👍 adopted.")
    assert "I'm telling the 3 member(s) who proposed or voted on it" in saved.text
    assert "1 more cannot be messaged" in saved.text
    world.tick()
    [told] = outcomes_to(alice)
    assert told.text == (
        "You said, we did — “Elm Park”\n\nYour proposal #1: “Lights along the pond path”\n\n"
        "👍 The organisers have adopted it.\nIn their words: “The council funds it this "
        "spring.”\n\nThank you for taking part."
    )
    for voter in (bob, carol):
        [told] = outcomes_to(voter)
        assert "Proposal #1, which you voted on" in told.text
    assert outcomes_to(dave) == []
    [again] = organiser.says(f"/outcome {code} 1 adopted")
    assert again.text.startswith("Proposal #1 is already marked adopted")
    world.tick()
    assert [len(outcomes_to(p)) for p in (alice, bob, carol, dave)] == [1, 1, 1, 0]
    organiser.says(f"/outcome {code} 1 in_progress")
    world.tick()
    assert [len(outcomes_to(p)) for p in (alice, bob, carol, dave)] == [2, 2, 2, 0]
    assert "🛠 Work on it has started." in outcomes_to(bob)[-1].text
    assert [o.state for o in world.rows(Outcome)] == ["adopted", "in_progress"]
    audit = [a.action for a in world.rows(AuditEntry) if a.action.startswith("outcome")]
    assert audit == ["outcome", "outcome"]
