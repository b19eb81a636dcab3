"""Joining through Telegram: a smoke test, and a restart of the bot keeps everything
(sessions, refusals, consent: tests/usecases/test_sessions_and_joining.py)."""

from __future__ import annotations

from storage.models import (
    Member,
    Participation,
)
from tests.e2e.conftest import join, open_session


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


async def test_restart_keeps_sessions_members_and_consent(bot, organiser, alice) -> None:
    code = await open_session(organiser)
    await join(alice, code)
    await bot.restart()
    [welcome_back, question] = await alice.says(f"/start {code}")
    assert "Welcome back" in welcome_back.text and question.text
    assert len(bot.rows(Participation)) == 1 and bot.rows(Participation)[0].consented_at
