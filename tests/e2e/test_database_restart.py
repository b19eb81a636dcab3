"""PostgreSQL ends the bot's connections (a restart, an administrator) between two
updates: the next update is applied at once on a new connection, not kept for a later
try, and the sends' outcomes are recorded (storage.db pings only a connection that sat
idle, so a turn meets a dead one itself and tries again: bot/turn.py)."""

from __future__ import annotations

import logging

import psycopg
import pytest

import storage.db
from storage.models import IN_FLIGHT, Answer, Outbox
from tests.e2e.conftest import join, open_session

pytestmark = pytest.mark.parametrize("database_url", ["postgres"], indirect=True)


def end_the_bots_connections(url: str) -> int:
    with psycopg.connect(url, autocommit=True) as admin:
        ended = admin.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
            " WHERE datname = current_database() AND pid <> pg_backend_pid()"
        ).fetchall()
    return len(ended)


async def answer_after_the_connections_end(bot, organiser, alice, database_url):  # type: ignore[no-untyped-def]
    """Alice joins; PostgreSQL ends every connection of the bot; she answers the first
    question. What the bot replied."""
    code = await open_session(organiser)
    [question] = (await join(alice, code))[-1:]
    await bot.settle()
    assert end_the_bots_connections(database_url) >= 1
    return await alice.taps(question.button_texts[0], question)


async def test_connections_the_database_ended_cost_no_update(
    bot, organiser, alice, database_url, monkeypatch, caplog
) -> None:
    monkeypatch.setattr(storage.db, "PING_IDLE", 1e9)  # never pinged: the turn meets it
    with caplog.at_level(logging.INFO):
        answered = await answer_after_the_connections_end(bot, organiser, alice, database_url)

    assert answered, "answered at once"
    assert "lost its database connection; again" in caplog.text
    assert "will retry" not in caplog.text, "not kept for a later try"
    [answer] = bot.rows(Answer, Answer.member_id == bot.rows_member_id(alice))
    assert answer.value is not None
    await bot.settle()
    going = [r for r in bot.rows(Outbox, Outbox.chat_id == alice.id) if r.state in IN_FLIGHT]
    assert not going, "every send recorded"


async def test_an_idle_connection_the_database_ended_is_replaced_before_use(
    bot, organiser, alice, database_url, monkeypatch, caplog
) -> None:
    monkeypatch.setattr(storage.db, "PING_IDLE", 0.0)  # every checkout pings
    with caplog.at_level(logging.INFO):
        answered = await answer_after_the_connections_end(bot, organiser, alice, database_url)

    assert answered
    assert "lost its database connection" not in caplog.text, "the ping found it first"
    assert bot.rows(Answer, Answer.member_id == bot.rows_member_id(alice))
