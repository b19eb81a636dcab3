"""Reprompts with more than one bot process: two on one PostgreSQL send each reprompt once;
one killed while sending sends nothing twice and loses nothing it had not tried."""

from __future__ import annotations

import asyncio
import os
import signal
import sys
from dataclasses import replace
from pathlib import Path

import pytest
from sqlmodel import col

from bot.policy import Pacing
from storage.models import REPROMPT_KINDS, Outbox
from tests.e2e.conftest import FLOWS_DIR, join, open_session

ROOT = Path(__file__).resolve().parents[2]


class Child:
    """`python -m tests.e2e.child_bot` against the same database and Bot API double."""

    def __init__(self, process: asyncio.subprocess.Process) -> None:
        self.process = process

    @classmethod
    async def start(cls, bot, *, batch: int, pacing: float = 0) -> Child:
        env = {
            **os.environ,
            "DATABASE_URL": bot.settings.database_url,
            "TELEGRAM_API_BASE_URL": bot.settings.telegram_api_base_url,
            "TELEGRAM_BOT_TOKEN": bot.settings.token(),
            "FLOWS_DIR": str(FLOWS_DIR),
            "CHILD_CLOCK": bot.clock.now().isoformat(),
            "CHILD_BATCH": str(batch),
            "CHILD_PACING": str(pacing),
            "LOG_LEVEL": "WARNING",
        }
        process = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "tests.e2e.child_bot", cwd=ROOT, env=env,
            stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE,
        )  # fmt: skip
        child = cls(process)
        assert await child.line() == "ready"
        return child

    async def line(self) -> str:
        raw = await asyncio.wait_for(self.process.stdout.readline(), timeout=30)
        return raw.decode().strip()

    def go(self) -> None:
        self.process.stdin.write(b"go\n")

    async def sent(self) -> int:
        line = await self.line()
        await asyncio.wait_for(self.process.wait(), timeout=30)
        return int(line.removeprefix("sent "))


def reminders_of(person) -> list[str]:
    return [m.text for m in person.user.messages if m.text.startswith("A gentle reminder")]


async def members_waiting(bot, organiser, count: int) -> list:
    code = await open_session(organiser, "Elm Park", flow="park_redesign")
    people = [bot.person(3000 + i, f"Member{i}") for i in range(count)]
    for person in people:
        await join(person, code)
    bot.clock.advance(hours=24)  # every member's first reminder is due
    return people


@pytest.mark.parametrize("database_url", ["postgres"], indirect=True)
async def test_two_bot_processes_send_each_reprompt_once(bot, organiser) -> None:
    people = await members_waiting(bot, organiser, 24)
    bot.policies = replace(bot.policies, batch=3, pacing=Pacing(overall_per_second=12))
    await bot.restart()
    child = await Child.start(bot, batch=3, pacing=12)
    child.go()
    ours = await bot.tick()
    theirs = await child.sent()
    assert ours + theirs == 24
    assert [len(reminders_of(p)) for p in people] == [1] * 24
    rows = bot.rows(Outbox, col(Outbox.kind).in_(REPROMPT_KINDS), Outbox.attempt == 1)
    assert sorted(r.state for r in rows) == ["sent"] * 24
    assert ours > 0 and theirs > 0, "both processes took part"


async def test_a_bot_killed_while_sending_never_sends_that_reprompt_again(bot, organiser) -> None:
    people = await members_waiting(bot, organiser, 6)
    first = people[0]
    bot.api.fail("sendMessage", "timeout", times=1, chat_id=first.id, hold=60)
    child = await Child.start(bot, batch=10, pacing=1)  # one a second: the rest wait
    before = len(bot.api.requests)
    child.go()  # it claims all six and sends the first: Telegram does not answer

    async def first_request_out() -> None:  # the double records a request as it arrives
        while not any(
            r.method == "sendMessage" and str(r.params.get("chat_id")) == str(first.id)
            for r in bot.api.requests[before:]
        ):
            await asyncio.sleep(0.005)

    await asyncio.wait_for(first_request_out(), timeout=20)
    child.process.send_signal(signal.SIGKILL)
    await child.process.wait()
    assert await bot.tick() == 0, "the dead process's claim holds until its lease lapses"
    bot.clock.advance(minutes=3)
    assert await bot.tick() == 5  # what it had claimed but not tried goes, once
    assert reminders_of(first) == [], "the one it was sending is never sent blind"
    assert [len(reminders_of(p)) for p in people[1:]] == [1] * 5
    states = [r.state for r in bot.rows(Outbox, Outbox.kind == "reminder", Outbox.attempt == 1)]
    assert sorted(states) == ["expired"] + ["sent"] * 5
