"""Issue 2: help, sessions, refusals, joining with consent, restarts."""

from __future__ import annotations

from storage.models import (
    Community,
    CoSession,
    Member,
    Participation,
    TranscriptMessage,
)
from tests.usecases.conftest import BOT_USERNAME, close_session, open_session
from tests.usecases.conftest import join_session as join


def test_help_differs_for_members_and_organisers(world, organiser, alice) -> None:
    [member_help] = alice.says("/help")
    [organiser_help] = organiser.says("/help")
    assert "/pause" in member_help.text and "/newsession" not in member_help.text
    assert "/newsession" in organiser_help.text and "/grant" in organiser_help.text


def test_organiser_creates_a_draft_session_with_a_deep_link(world, organiser) -> None:
    [reply] = organiser.says("/newsession Elm Park redesign")
    [session] = world.rows(CoSession)
    assert session.title == "Elm Park redesign" and session.status == "draft"
    assert f"https://t.me/{BOT_USERNAME}?start={session.join_code}" in reply.text
    assert session.created_by == organiser.id


def test_newsession_reads_names_as_a_person_writes_them(world, organiser) -> None:
    [reply] = organiser.says(
        "/newsession Riverside Garden --flow community_garden --community Riverside allotments"
    )
    assert reply.text.startswith(
        "Created “Riverside Garden” for the community “Riverside allotments” "
        "(flow: community_garden)"
    )
    [session] = world.rows(CoSession)
    [community] = world.rows(Community)
    assert session.title == "Riverside Garden" and session.flow_id == "community_garden"
    assert community.name == "Riverside allotments"
    [quoted] = organiser.says("/newsession “Oak Square” --community “Oak Square tenants”")
    assert "“Oak Square” for the community “Oak Square tenants”" in quoted.text
    [typo] = organiser.says("/newsession Elm Park --comunity Elm Street")
    assert typo.text.startswith(
        "I don't know the option --comunity: use --flow, --community or --languages."
    )
    assert len(world.rows(CoSession)) == 2


def test_a_member_cannot_run_organiser_commands(world, organiser, alice) -> None:
    code = open_session(organiser)
    for command in ("/newsession Mine", f"/close {code}", "/grant 1001 organiser", "/sessions"):
        [reply] = alice.says(command)
        assert reply.text.startswith("Sorry, only") and "\n" not in reply.text
    [session] = world.rows(CoSession)
    assert session.status == "open" and len(world.rows(CoSession)) == 1


def test_start_with_a_wrong_closed_draft_or_no_code(world, organiser, alice) -> None:
    [none] = alice.says("/start")
    assert "link your organiser shared" in none.text
    [wrong] = alice.says("/start nosuchcode")
    assert "don't know the session code" in wrong.text
    [created] = organiser.says("/newsession Draft one")
    code = created.text.split("Join code: ")[1].split()[0]
    [draft] = alice.says(f"/start {code}")
    assert "hasn't opened yet" in draft.text and "Draft one" not in draft.text
    organiser.says(f"/open {code}")
    close_session(organiser, code)
    [closed] = alice.says(f"/start {code}")
    assert "has closed" in closed.text and "Draft one" not in closed.text, "no title to strangers"
    assert world.rows(Participation) == []


def test_who_tried_a_draft_session_is_told_when_it_opens(world, organiser, alice, bob) -> None:
    """Issue 18, item 26g: "try again once the organiser opens it", and then nothing."""
    [created] = organiser.says("/newsession Draft one")
    code = created.text.split("Join code: ")[1].split()[0]
    [draft] = alice.says(f"/start {code}")
    assert "I'll message you here when it opens" in draft.text and "Draft one" not in draft.text
    alice.says(f"/start {code}")  # twice: told once
    organiser.says(f"/open {code}")
    world.tick()
    [told] = alice.messages[-1:]
    assert "“Draft one” is open now" in told.text and code in told.text
    assert [m.text for m in alice.messages].count(told.text) == 1
    assert not any("is open now" in m.text for m in bob.messages + organiser.messages[-1:])
    [consent] = alice.says(f"/start {code}")
    assert "Do you agree" in consent.text


def test_member_joins_consents_and_starts_the_flow(world, organiser, alice) -> None:
    code = open_session(organiser)
    [consent] = alice.says(f"/start {code}")
    assert "Do you agree" in consent.text and consent.button_texts == ["I agree", "No thanks"]
    [participation] = world.rows(Participation)
    assert participation.consented_at is None
    first_question = alice.taps("I agree")
    assert alice.message(consent.message_id).text.startswith("✅ You agreed")
    assert first_question, "the flow starts right after consent"
    [participation] = world.rows(Participation)
    [member] = world.rows(Member, Member.telegram_id == alice.id)
    assert participation.consented_at == world.clock.now() and member.consented_at is not None
    assert member.display_name == "Alice"


def test_the_consent_text_can_be_read_again_with_privacy(world, organiser, alice) -> None:
    """Issue 18, item 26a: after "I agree" the text was gone, and it said neither how long
    data is kept nor that written answers are scored for sentiment."""
    [before] = alice.says("/privacy")
    assert "how long" in before.text.casefold() and "/start" in before.text
    code = open_session(organiser, "Elm Park")
    [consent] = alice.says(f"/start {code}")
    for said in ("until you send /forget", "scored automatically for its tone"):
        assert said in consent.text
    terms = consent.text.split("\n\n", 1)[1].rsplit("\n\n", 1)[0]  # not welcome, question
    alice.taps("I agree")
    [again] = alice.says("/privacy")
    assert terms in again.text and "Do you agree" not in again.text
    assert f"You agreed to take part on {world.clock.now():%d %b %Y}." in again.text
    assert again.buttons == [], "nothing to agree to again"
    [help_] = alice.says("/help")
    assert "/privacy" in help_.text


def test_declining_consent_stores_no_answers(world, organiser, alice) -> None:
    code = open_session(organiser)
    alice.says(f"/start {code}")
    alice.taps("No thanks")
    [participation] = world.rows(Participation)
    assert participation.consented_at is None and participation.declined_at is not None
    [reply] = alice.says("I changed my mind")
    assert "open the link" in reply.text, "nothing kept of her: she joins afresh (issue 9)"


def test_sessions_open_close_and_grant(world, organiser, alice, bob) -> None:
    code = open_session(organiser, "Allotment beds")
    join(alice, code)
    [listing] = organiser.says("/sessions")
    assert f"code {code}, open" in listing.text and "1 joined, 1 consented" in listing.text
    [again] = organiser.says(f"/open {code}")
    assert "already open" in again.text
    [usage] = organiser.says("/grant bob organiser")
    assert usage.text.startswith("Usage: /grant")
    [granted] = organiser.says(f"/grant {bob.id} organiser")
    assert granted.text == f"User {bob.id} now has the organiser role."
    [bob_closes] = bob.says(f"/close {code}")  # an organiser, but not of this one
    assert (
        bob_closes.text
        == f"There is no session “{code}” among yours. /sessions lists the sessions you run."
    )
    [closed] = close_session(organiser, code)
    assert "is closed" in closed.text and closed.buttons == []
    [session] = world.rows(CoSession)
    assert session.status == "closed" and session.closed_at == world.clock.now()
    [reopen] = organiser.says(f"/open {code}")  # closed by mistake: nothing since
    assert "is open again" in reopen.text
    close_session(organiser, code)
    organiser.says(f"/team {code} add {bob.id} coordinator")
    [stays] = organiser.says(f"/open {code}")
    assert (
        "stays closed" in stays.text and "added user 1002 to the team as coordinator" in stays.text
    )


def test_every_message_in_and_out_is_in_the_transcript(world, organiser, alice) -> None:
    code = open_session(organiser)
    join(alice, code)
    rows = world.rows(TranscriptMessage, TranscriptMessage.chat_id == alice.id)
    incoming = [r for r in rows if r.direction == "in"]
    outgoing = [r for r in rows if r.direction == "out"]
    assert [r.kind for r in incoming] == ["command", "button"]
    assert len(outgoing) == len(alice.messages)
    assert all(r.telegram_message_id for r in outgoing)


def test_unknown_command_and_pause_resume(world, organiser, alice) -> None:
    [unknown] = alice.says("/frobnicate")
    assert "don't know the command /frobnicate" in unknown.text
    code = open_session(organiser)
    join(alice, code)
    [paused] = alice.says("/pause")
    assert "Paused" in paused.text
    [member] = world.rows(Member, Member.telegram_id == alice.id)
    assert member.paused
    resumed = alice.says("/resume")
    assert "Welcome back" in resumed[0].text and len(resumed) == 2
    [member] = world.rows(Member, Member.telegram_id == alice.id)
    assert not member.paused


def test_rejoining_after_forget_does_not_count_the_referral_again(
    world, organiser, alice, bob
) -> None:
    """Issue 18.23: a referral counts once per Telegram account and session, /forget or not."""
    code = open_session(organiser, "Oak Square")
    join(alice, code)
    [alice_row] = world.rows(Member, Member.telegram_id == alice.id)
    [hers] = world.rows(Participation, Participation.member_id == alice_row.id)
    link = f"{code}-{hers.ref_code}"  # her invitation link of this session
    bob.says(f"/start {link}")
    bob.taps("I agree")
    [ask] = bob.says("/forget")
    bob.taps("Erase my data", ask)
    bob.says(f"/start {link}")
    bob.taps("I agree")
    referred = world.rows(Participation, Participation.referred_by_id == alice_row.id)
    assert len(referred) == 1, "counted once"
    [new_bob] = world.rows(Member, Member.telegram_id == bob.id)
    assert new_bob.referred_by_id is None
    carol = world.member("Carol")
    carol.says(f"/start {link}")
    assert len(world.rows(Participation, Participation.referred_by_id == alice_row.id)) == 2
