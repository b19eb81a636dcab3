"""Issue 2 end to end: help, sessions, refusals, joining with consent, restarts."""

from __future__ import annotations

from storage.models import (
    Community,
    CoSession,
    Member,
    Participation,
    TranscriptMessage,
)
from tests.e2e.conftest import BOT_USERNAME, close_session, join, open_session


async def test_help_differs_for_members_and_organisers(bot, organiser, alice) -> None:
    [member_help] = await alice.says("/help")
    [organiser_help] = await organiser.says("/help")
    assert "/pause" in member_help.text and "/newsession" not in member_help.text
    assert "/newsession" in organiser_help.text and "/grant" in organiser_help.text


async def test_organiser_creates_a_draft_session_with_a_deep_link(bot, organiser) -> None:
    [reply] = await organiser.says("/newsession Elm Park redesign")
    [session] = bot.rows(CoSession)
    assert session.title == "Elm Park redesign" and session.status == "draft"
    assert f"https://t.me/{BOT_USERNAME}?start={session.join_code}" in reply.text
    assert session.created_by == organiser.id


async def test_newsession_reads_names_as_a_person_writes_them(bot, organiser) -> None:
    [reply] = await organiser.says(
        "/newsession Riverside Garden --flow community_garden --community Riverside allotments"
    )
    assert reply.text.startswith(
        "Created “Riverside Garden” for the community “Riverside allotments” "
        "(flow: community_garden)"
    )
    [session] = bot.rows(CoSession)
    [community] = bot.rows(Community)
    assert session.title == "Riverside Garden" and session.flow_id == "community_garden"
    assert community.name == "Riverside allotments"
    [quoted] = await organiser.says("/newsession “Oak Square” --community “Oak Square tenants”")
    assert "“Oak Square” for the community “Oak Square tenants”" in quoted.text
    [typo] = await organiser.says("/newsession Elm Park --comunity Elm Street")
    assert typo.text.startswith("I don't know the option --comunity: use --flow or --community.")
    assert len(bot.rows(CoSession)) == 2


async def test_a_member_cannot_run_organiser_commands(bot, organiser, alice) -> None:
    code = await open_session(organiser)
    for command in ("/newsession Mine", f"/close {code}", "/grant 1001 organiser", "/sessions"):
        [reply] = await alice.says(command)
        assert reply.text.startswith("Sorry, only") and "\n" not in reply.text
    [session] = bot.rows(CoSession)
    assert session.status == "open" and len(bot.rows(CoSession)) == 1


async def test_start_with_a_wrong_closed_draft_or_no_code(bot, organiser, alice) -> None:
    [none] = await alice.says("/start")
    assert "link your organiser shared" in none.text
    [wrong] = await alice.says("/start nosuchcode")
    assert "don't know the session code" in wrong.text
    [created] = await organiser.says("/newsession Draft one")
    code = created.text.split("Join code: ")[1].split()[0]
    [draft] = await alice.says(f"/start {code}")
    assert "hasn't opened yet" in draft.text and "Draft one" not in draft.text
    await organiser.says(f"/open {code}")
    await close_session(organiser, code)
    [closed] = await alice.says(f"/start {code}")
    assert "has closed" in closed.text and "Draft one" not in closed.text, "no title to strangers"
    assert bot.rows(Participation) == []


async def test_member_joins_consents_and_starts_the_flow(bot, organiser, alice) -> None:
    code = await open_session(organiser)
    [consent] = await alice.says(f"/start {code}")
    assert "Do you agree" in consent.text and consent.button_texts == ["I agree", "No thanks"]
    [participation] = bot.rows(Participation)
    assert participation.consented_at is None
    first_question = await alice.taps("I agree")
    assert alice.user.message(consent.message_id).text.startswith("✅ You agreed")
    assert first_question, "the flow starts right after consent"
    [participation] = bot.rows(Participation)
    [member] = bot.rows(Member, Member.telegram_id == alice.id)
    assert participation.consented_at == bot.clock.now() and member.consented_at is not None
    assert member.display_name == "Alice"


async def test_declining_consent_stores_no_answers(bot, organiser, alice) -> None:
    code = await open_session(organiser)
    await alice.says(f"/start {code}")
    await alice.taps("No thanks")
    [participation] = bot.rows(Participation)
    assert participation.consented_at is None and participation.declined_at is not None
    [reply] = await alice.says("I changed my mind")
    assert "open the link" in reply.text, "nothing kept of her: she joins afresh (issue 9)"


async def test_sessions_open_close_and_grant(bot, organiser, alice, bob) -> None:
    code = await open_session(organiser, "Allotment beds")
    await join(alice, code)
    [listing] = await organiser.says("/sessions")
    assert f"code {code}, open" in listing.text and "1 joined, 1 consented" in listing.text
    [again] = await organiser.says(f"/open {code}")
    assert "already open" in again.text
    [usage] = await organiser.says("/grant bob organiser")
    assert usage.text.startswith("Usage: /grant")
    [granted] = await organiser.says(f"/grant {bob.id} organiser")
    assert granted.text == f"User {bob.id} now has the organiser role."
    [bob_closes] = await bob.says(f"/close {code}")  # an organiser, but not of this one
    assert (
        bob_closes.text
        == f"There is no session “{code}” among yours. /sessions lists the sessions you run."
    )
    [closed] = await close_session(organiser, code)
    assert "is closed" in closed.text and closed.buttons == []
    [session] = bot.rows(CoSession)
    assert session.status == "closed" and session.closed_at == bot.clock.now()
    [reopen] = await organiser.says(f"/open {code}")  # closed by mistake: nothing since
    assert "is open again" in reopen.text
    await close_session(organiser, code)
    await organiser.says(f"/team {code} add {bob.id} coordinator")
    [stays] = await organiser.says(f"/open {code}")
    assert (
        "stays closed" in stays.text and "added user 1002 to the team as coordinator" in stays.text
    )


async def test_every_message_in_and_out_is_in_the_transcript(bot, organiser, alice) -> None:
    code = await open_session(organiser)
    await join(alice, code)
    rows = bot.rows(TranscriptMessage, TranscriptMessage.chat_id == alice.id)
    incoming = [r for r in rows if r.direction == "in"]
    outgoing = [r for r in rows if r.direction == "out"]
    assert [r.kind for r in incoming] == ["command", "button"]
    assert len(outgoing) == len(alice.user.messages)
    assert all(r.telegram_message_id for r in outgoing)


async def test_restart_keeps_sessions_members_and_consent(bot, organiser, alice) -> None:
    code = await open_session(organiser)
    await join(alice, code)
    await bot.restart()
    [welcome_back, question] = await alice.says(f"/start {code}")
    assert "Welcome back" in welcome_back.text and question.text
    assert len(bot.rows(Participation)) == 1 and bot.rows(Participation)[0].consented_at


async def test_unknown_command_and_pause_resume(bot, organiser, alice) -> None:
    [unknown] = await alice.says("/frobnicate")
    assert "don't know the command /frobnicate" in unknown.text
    code = await open_session(organiser)
    await join(alice, code)
    [paused] = await alice.says("/pause")
    assert "Paused" in paused.text
    [member] = bot.rows(Member, Member.telegram_id == alice.id)
    assert member.paused
    resumed = await alice.says("/resume")
    assert "Welcome back" in resumed[0].text and len(resumed) == 2
    [member] = bot.rows(Member, Member.telegram_id == alice.id)
    assert not member.paused
