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
from tests.e2e.conftest import close_session, join, open_session

GUS, CORA = 1201, 1202


def snapshot(bot) -> dict[str, list]:
    """Every row an organiser's command could change (the queue: beside replies to them)."""
    models: list[type[SQLModel]] = [
        CoSession, Poll, Proposal, Community, TeamMember, RoleGrant, AuditEntry,
    ]  # fmt: skip
    rows = {m.__name__: [r.model_dump() for r in bot.rows(m)] for m in models}
    queued = bot.rows(Outbox, col(Outbox.kind).not_in(("reply", "edit")))
    return {**rows, "Outbox": [r.model_dump() for r in queued]}


async def test_a_session_belongs_to_its_team(bot, organiser, alice) -> None:
    gus, cora = bot.person(GUS, "Gus"), bot.person(CORA, "Cora")
    code = await open_session(organiser, "Oak Square")  # Olivia: an administrator
    await join(alice, code)
    await alice.says("/propose Benches under the big oak tree")
    await organiser.says(f"/poll {code} Market day? | Saturday | Sunday")
    await bot.tick()
    await organiser.says(f"/grant {GUS} organiser")
    [mine] = await gus.says("/newsession Gus street")
    gus_code = mine.text.split("Join code: ")[1].split()[0]

    before = snapshot(bot)
    for command in (
        f"/close {code}", f"/open {code}", f"/poll {code} Pay rent to me now? | Yes | No",
        f"/broadcast {code} Pay rent to me now", f"/nudge {code}", f"/team {code}",
        f"/audit {code}", f"/team {code} add {GUS} organiser", "/results 1", "/closepoll 1",
        "/hide 1 spam", "/unhide 1", f"/grant {CORA} organiser", f"/revoke {CORA} organiser",
    ):  # fmt: skip
        [refused] = await gus.says(command)
        assert "\n" not in refused.text, command
        assert refused.text.startswith(("There is no", "Sorry, only")), (command, refused.text)
    assert snapshot(bot) == before, "nothing changed"
    [listing] = await gus.says("/sessions")
    assert "Gus street" in listing.text and "Oak Square" not in listing.text
    [everything] = await organiser.says("/sessions")
    assert "Gus street" in everything.text and "Oak Square" in everything.text

    [added] = await organiser.says(f"/team {code} add {CORA} coordinator")
    assert added.text == f"User {CORA} is now a coordinator of “Oak Square”."
    [results] = await cora.says("/results 1")
    assert results.text.startswith("Poll #1 (open)")
    [audit] = await cora.says(f"/audit {code}")
    assert (
        "launched poll #1" in audit.text
        and "added user 1202 to the team as coordinator" in audit.text
    )
    [refused] = await cora.says(f"/close {code}")
    assert refused.text.startswith("Sorry, only organisers")
    [refused] = await cora.says(f"/team {code} add {GUS} organiser")
    assert refused.text.startswith("Sorry, only organisers")

    await organiser.says(f"/team {code} add {GUS} organiser")  # a co-organiser now
    [refused] = await gus.says(f"/team {code} add 1300 organiser")
    assert (
        refused.text
        == "Only the owner of “Oak Square” (or an administrator) adds or removes organisers."
    )
    [ok] = await gus.says(f"/team {code} add 1300 coordinator")
    assert "is now a coordinator" in ok.text
    [closed] = await close_session(gus, code)
    assert "is closed" in closed.text
    [reopened] = await gus.says(f"/open {code}")
    assert "is open again" in reopened.text

    await organiser.says(f"/team {code} remove {GUS}")
    [refused] = await gus.says(f"/close {code}")
    assert refused.text.startswith("There is no session")
    await organiser.says(f"/revoke {GUS} organiser")
    [refused] = await gus.says("/newsession Another one")
    assert refused.text.startswith("Sorry, only organisers")
    [refused] = await gus.says(f"/close {gus_code}")  # his own, but no longer an organiser
    assert refused.text.startswith("Sorry, only organisers")

    [audit] = await organiser.says(f"/audit {code}")
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
    roles = [e.action for e in bot.rows(AuditEntry, AuditEntry.session_id.is_(None))]
    assert roles == ["granted", "revoked"]


async def test_another_teams_group_and_buttons_where_they_belong(
    bot, organiser, alice, bob
) -> None:
    gus = bot.person(GUS, "Gus")
    code = await open_session(organiser, "Oak Square")
    *_, question = await join(alice, code)
    group = bot.api.group(chat_id=-100555, title="Oak Square neighbours")
    organiser.user.says_in_group(group, f"/linkgroup {code}")
    await bot.settle()
    await organiser.says(f"/grant {GUS} organiser")
    [mine] = await gus.says("/newsession Gus street")
    gus_code = mine.text.split("Join code: ")[1].split()[0]
    await gus.says(f"/open {gus_code}")
    gus.user.says_in_group(group, f"/linkgroup {gus_code}")  # her group, his session
    await bot.settle()
    assert "another team runs" in group.messages[-1].text
    [community] = [c for c in bot.rows(Community) if c.group_chat_id == group.chat.id]
    assert community.name == "Oak Square"

    await organiser.says(f"/poll {code} Market day? | Saturday | Sunday")
    await bot.tick()
    in_group = group.messages[-1]
    before = in_group.text
    alice_button = question.buttons[0][0][1]  # her own flow question's first button
    await alice.taps_data(alice_button, in_group)  # a member's button, on a group message
    await alice.taps_data("1:n:1:0", in_group)  # card browsing, in the group
    await bob.taps_data(alice_button, question)  # someone else's message
    assert group.messages[-1].text == before and not group.messages[-1].edited
    assert alice.toasts[-2:] == ["That button is no longer valid."] * 2
    assert bob.toasts[-1] == "That button is no longer valid."
    await alice.taps_data(alice_button, question)  # where it belongs, it works
    assert alice.toasts[-1] == "Saved"
