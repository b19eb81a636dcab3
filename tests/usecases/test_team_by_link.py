"""/team <code> invite: a one-time link that puts whoever opens it on the session's team;
whoever is added or removed is told what they can now do, in the right words."""

from __future__ import annotations

import re

from storage.models import TeamMember
from tests.usecases.conftest import open_session


def payload_of(text: str) -> str:
    found = re.search(r"https://t\.me/\w+\?start=([\w-]+)", text)
    assert found is not None, text
    return found.group(1)


def test_a_link_puts_whoever_opens_it_on_the_team_once(world, organiser, alice, bob) -> None:
    code = open_session(organiser, "Oak Square")
    [invite] = organiser.says(f"/team {code} invite organiser")
    assert "an organiser of “Oak Square”" in invite.text and "once" in invite.text
    payload = payload_of(invite.text)

    [welcome] = alice.says(f"/start {payload}")
    assert welcome.text.startswith("You are now an organiser of “Oak Square”")
    assert "/poll" in welcome.text and "/team" in welcome.text, "told what they can do"
    [team] = alice.says(f"/team {code}")
    assert "Alice (1001) — organiser" in team.text
    world.tick()
    told = organiser.last_reply().text
    assert told == "Alice (1001) opened your link and is now an organiser of “Oak Square”."

    [used] = bob.says(f"/start {payload}")
    assert "already used" in used.text
    assert {m.telegram_id for m in world.rows(TeamMember)} == {alice.id}


def test_a_coordinator_link_expires_and_organisers_links_are_the_owners(
    world, organiser, alice, bob
) -> None:
    code = open_session(organiser, "Oak Square")
    organiser.says(f"/team {code} add {alice.id} coordinator")
    [refused] = alice.says(f"/team {code} invite organiser")
    assert refused.text.startswith("Sorry, only organisers")
    organiser.says(f"/team {code} add {alice.id} organiser")
    [refused] = alice.says(f"/team {code} invite organiser")
    assert refused.text.startswith("Only the owner of “Oak Square”")
    [invite] = alice.says(f"/team {code} invite coordinator")
    assert "a coordinator of “Oak Square”" in invite.text
    world.clock.advance(days=8)
    [late] = bob.says(f"/start {payload_of(invite.text)}")
    assert "expired" in late.text and len(world.rows(TeamMember)) == 1


def test_whoever_is_added_or_removed_is_told(world, organiser, alice) -> None:
    code = open_session(organiser, "Oak Square")
    alice.says("/start")
    [added] = organiser.says(f"/team {code} add {alice.id} organiser")
    assert added.text == "Alice (1001) is now an organiser of “Oak Square”."
    world.tick()
    told = alice.last_reply().text
    assert told.startswith("Olivia (9001) made you an organiser of “Oak Square”")
    assert "/broadcast" in told and "/newsession" not in told, "what a team organiser can do"

    organiser.says(f"/team {code} add {alice.id} coordinator")
    world.tick()
    told = alice.last_reply().text
    assert "a coordinator of “Oak Square”" in told and "/broadcast" not in told

    [removed] = organiser.says(f"/team {code} remove {alice.id}")
    assert removed.text == "Alice (1001) is no longer on the team of “Oak Square”."
    world.tick()
    assert alice.last_reply().text.startswith("Olivia (9001) took you off the team of “Oak")
