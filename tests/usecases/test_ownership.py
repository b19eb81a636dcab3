"""Who may do what: a session belongs to its team. Two organisers, a coordinator and
members through every boundary: each refused action is refused in one line and changes no
row; the audit shows each allowed one."""

from __future__ import annotations

from sqlmodel import SQLModel, col

from storage.models import (
    AuditEntry,
    Community,
    CoSession,
    Outbox,
    Poll,
    Proposal,
    RoleGrant,
    TeamMember,
)
from tests.usecases.conftest import close_session, open_session
from tests.usecases.conftest import join_session as join

GUS, CORA = 1201, 1202


def snapshot(world) -> dict[str, list]:
    """Every row an organiser's command could change (the queue: beside replies to them)."""
    models: list[type[SQLModel]] = [
        CoSession, Poll, Proposal, Community, TeamMember, RoleGrant, AuditEntry,
    ]  # fmt: skip
    rows = {m.__name__: [r.model_dump() for r in world.rows(m)] for m in models}
    queued = world.rows(Outbox, col(Outbox.kind).not_in(("reply", "edit")))
    return {**rows, "Outbox": [r.model_dump() for r in queued]}


def test_a_session_belongs_to_its_team(world, organiser, alice) -> None:
    gus, cora = world.person(GUS, "Gus"), world.person(CORA, "Cora")
    code = open_session(organiser, "Oak Square")  # Olivia: an administrator
    join(alice, code)
    alice.says("/propose Benches under the big oak tree")
    organiser.says(f"/poll {code} Market day? | Saturday | Sunday")
    world.tick()
    organiser.says(f"/grant {GUS} organiser")
    [mine] = gus.says("/newsession Gus street")
    gus_code = mine.text.split("Join code: ")[1].split()[0]

    before = snapshot(world)
    for command in (
        f"/close {code}", f"/open {code}", f"/poll {code} Pay rent to me now? | Yes | No",
        f"/broadcast {code} Pay rent to me now", f"/nudge {code}", f"/team {code}",
        f"/audit {code}", f"/team {code} add {GUS} organiser", "/results 1", "/closepoll 1",
        "/hide 1 spam", "/unhide 1", f"/grant {CORA} organiser", f"/revoke {CORA} organiser",
    ):  # fmt: skip
        [refused] = gus.says(command)
        assert "\n" not in refused.text, command
        assert refused.text.startswith(("There is no", "Sorry, only")), (command, refused.text)
    assert snapshot(world) == before, "nothing changed"
    [listing] = gus.says("/sessions")
    assert "Gus street" in listing.text and "Oak Square" not in listing.text
    [everything] = organiser.says("/sessions")
    assert "Gus street" in everything.text and "Oak Square" in everything.text

    [added] = organiser.says(f"/team {code} add {CORA} coordinator")
    assert added.text == f"User {CORA} is now a coordinator of “Oak Square”."
    [results] = cora.says("/results 1")
    assert results.text.startswith("Poll #1 (open)")
    [audit] = cora.says(f"/audit {code}")
    assert (
        "launched poll #1" in audit.text
        and "added user 1202 to the team as coordinator" in audit.text
    )
    [refused] = cora.says(f"/close {code}")
    assert refused.text.startswith("Sorry, only organisers")
    [refused] = cora.says(f"/team {code} add {GUS} organiser")
    assert refused.text.startswith("Sorry, only organisers")

    organiser.says(f"/team {code} add {GUS} organiser")  # a co-organiser now
    [refused] = gus.says(f"/team {code} add 1300 organiser")
    assert (
        refused.text
        == "Only the owner of “Oak Square” (or an administrator) adds or removes organisers."
    )
    [ok] = gus.says(f"/team {code} add 1300 coordinator")
    assert "is now a coordinator" in ok.text
    [closed] = close_session(gus, code)
    assert "is closed" in closed.text
    [reopened] = gus.says(f"/open {code}")
    assert "is open again" in reopened.text

    organiser.says(f"/team {code} remove {GUS}")
    [refused] = gus.says(f"/close {code}")
    assert refused.text.startswith("There is no session")
    organiser.says(f"/revoke {GUS} organiser")
    [refused] = gus.says("/newsession Another one")
    assert refused.text.startswith("Sorry, only organisers")
    [refused] = gus.says(f"/close {gus_code}")  # his own, but no longer an organiser
    assert refused.text.startswith("Sorry, only organisers")

    [audit] = organiser.says(f"/audit {code}")
    for done in (
        "created it",
        "opened it",
        "launched poll #1",
        "added user 1202 to the team as coordinator",
        "added user 1201 to the team as organiser",
        "added user 1300 to the team as coordinator",
        "closed it",
        "opened it again",
        "took user 1201 off the team",
    ):
        assert done in audit.text, done
    assert "Gus (1201) closed it" in audit.text
    roles = [e.action for e in world.rows(AuditEntry, AuditEntry.session_id.is_(None))]
    assert roles == ["granted", "revoked"]


def test_another_teams_group_and_buttons_where_they_belong(world, organiser, alice, bob) -> None:
    gus = world.person(GUS, "Gus")
    code = open_session(organiser, "Oak Square")
    *_, question = join(alice, code)
    group = world.group(chat_id=-100555, title="Oak Square neighbours")
    organiser.says_in_group(group, f"/linkgroup {code}")
    organiser.says(f"/grant {GUS} organiser")
    [mine] = gus.says("/newsession Gus street")
    gus_code = mine.text.split("Join code: ")[1].split()[0]
    gus.says(f"/open {gus_code}")
    gus.says_in_group(group, f"/linkgroup {gus_code}")  # her group, his session
    assert "another team runs" in group.messages[-1].text
    [community] = [c for c in world.rows(Community) if c.group_chat_id == group.id]
    assert community.name == "Oak Square"

    organiser.says(f"/poll {code} Market day? | Saturday | Sunday")
    world.tick()
    in_group = group.messages[-1]
    before = in_group.text
    alice_button = question.buttons[0][0][1]  # her own flow question's first button
    alice.taps_data(alice_button, in_group)  # a member's button, on a group message
    alice.taps_data("1:n:1:0", in_group)  # card browsing, in the group
    bob.taps_data(alice_button, question)  # someone else's message
    assert group.messages[-1].text == before and not group.messages[-1].edited
    assert alice.toasts[-2:] == ["That button is no longer valid."] * 2
    assert bob.toasts[-1] == "That button is no longer valid."
    alice.taps_data(alice_button, question)  # where it belongs, it works
    assert alice.toasts[-1] == "Saved"


def test_revoke_takes_the_role_on_every_team_too(world, organiser, alice) -> None:
    """Issue 18.20: a revoked co-organiser keeps no per-session powers."""
    gus = world.person(GUS, "Gus")
    code = open_session(organiser, "Oak Square")
    join(alice, code)
    organiser.says(f"/grant {GUS} organiser")
    organiser.says(f"/team {code} add {GUS} organiser")
    [revoked] = organiser.says(f"/revoke {GUS} organiser")
    assert "no longer has the organiser role" in revoked.text
    assert "1 session" in revoked.text
    before = snapshot(world)
    for command in (f"/broadcast {code} Still here", f"/team {code} add {CORA} coordinator"):
        [refused] = gus.says(command)
        assert refused.text.startswith(("There is no", "Sorry, only")), (command, refused.text)
    assert snapshot(world) == before, "nothing changed"
    assert world.rows(TeamMember) == []
    [audit] = organiser.says(f"/audit {code}")
    assert "took user 1201 off the team (organiser)" in audit.text


def test_revoke_of_a_team_seat_without_a_grant(world, organiser) -> None:
    code = open_session(organiser, "Oak Square")
    organiser.says(f"/team {code} add {CORA} coordinator")
    [revoked] = organiser.says(f"/revoke {CORA} coordinator")
    assert "no longer has the coordinator role" in revoked.text
    assert world.rows(TeamMember) == []
    [refused] = world.person(CORA, "Cora").says(f"/audit {code}")
    assert refused.text.startswith(("There is no", "Sorry, only"))


def test_user_ids_are_positive_and_below_2_to_the_52(world, organiser) -> None:
    """Issue 18.23: `/team add 0` and absurd ids were accepted."""
    code = open_session(organiser, "Oak Square")
    before = snapshot(world)
    for command in (
        f"/team {code} add 0 coordinator", f"/team {code} add {2**52} coordinator",
        f"/team {code} add 9999999999999999 organiser", f"/team {code} remove 0",
        "/grant 0 organiser", f"/grant {2**52} coordinator", "/revoke 0 organiser",
    ):  # fmt: skip
        [usage] = organiser.says(command)
        assert usage.text.startswith("Usage:"), (command, usage.text)
    assert snapshot(world) == before
    [added] = organiser.says(f"/team {code} add {2**52 - 1} coordinator")
    assert "is now a coordinator" in added.text
