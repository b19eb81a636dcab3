"""Issue 18, item 24: an organiser's or a coordinator's plain /start greets them as what
they are; /forget tells them what stays of their work."""

from __future__ import annotations

from storage.models import AuditEntry, Member
from tests.usecases.conftest import open_session


def test_an_organisers_plain_start_lists_their_sessions_and_next_steps(
    world, organiser, alice
) -> None:
    [first] = organiser.says("/start")
    assert first.text.startswith("Hello Olivia! You run co-design sessions here as an organiser.")
    assert "You have no session yet." in first.text and "/newsession <title>" in first.text
    code = open_session(organiser, "Elm Park")
    organiser.says("/newsession Oak Yard")
    [again] = organiser.says("/start")
    assert "Your newest sessions:" in again.text
    assert f"• Elm Park ({code}), open, 0 joined" in again.text
    assert "• Oak Yard (" in again.text and "draft, not open yet" in again.text
    assert "open the link your organiser shared" not in again.text
    [member] = alice.says("/start")
    assert "open the link your organiser shared" in member.text, "members are greeted as before"


def test_a_coordinator_is_greeted_as_a_reader_of_their_sessions_only(world, organiser) -> None:
    code = open_session(organiser, "Elm Park")
    open_session(organiser, "Not Hers")
    cora = world.person(3003, "Cora")
    cora.says("/start")
    organiser.says(f"/team {code} add {cora.id} coordinator")
    [hello] = cora.says("/start")
    assert hello.text.startswith("Hello Cora! You read co-design sessions here as a coordinator.")
    assert f"• Elm Park ({code})" in hello.text and "Not Hers" not in hello.text
    assert "/stats <code>" in hello.text and "/newsession" not in hello.text


def test_forget_tells_an_organiser_what_stays_of_their_work(world, organiser) -> None:
    code = open_session(organiser, "Elm Park")
    gus = world.person(4242, "Gus")
    gus.says("/start")
    organiser.says(f"/team {code} add {gus.id} organiser")
    [ask] = organiser.says("/forget")
    assert "As an administrator, you keep what is not yours alone" in ask.text
    assert "audit entries of what you did" in ask.text
    organiser.taps("Erase my data", ask)
    done = organiser.message(ask.message_id)
    assert "Kept as an administrator: your role, your team places, your sessions" in done.text
    assert all(not m.display_name for m in world.rows(Member, Member.telegram_id == organiser.id))
    entries = world.rows(AuditEntry, AuditEntry.actor_id == organiser.id)
    assert {e.action for e in entries} >= {"created", "opened"}, "the audit keeps her actions"
    [audit] = gus.says(f"/audit {code}")
    assert f"{organiser.id} created it" in audit.text and "Olivia" not in audit.text


def test_a_members_forget_says_nothing_of_roles(world, organiser, alice) -> None:
    alice.says("/start")
    [ask] = alice.says("/forget")
    assert "you keep what is not yours alone" not in ask.text
