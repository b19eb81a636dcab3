"""Several processes as one bot: two bot processes in webhook mode behind one address, on
one PostgreSQL, each its own interpreter (`tests/e2e/webhook_child.py`). The test plays
Telegram and the load balancer: it posts each update to one process or, as a redelivery
would, to both at once."""

from __future__ import annotations

import asyncio
import os
import socket
import sys
from pathlib import Path

import aiohttp
import pytest

from bot.webhook import SECRET_HEADER
from storage.models import TranscriptMessage
from tests.e2e.conftest import FLOWS_DIR, open_session

ROOT = Path(__file__).resolve().parents[2]
SECRET = "one-secret-for-both-processes"
MEMBERS = 8

pytestmark = pytest.mark.parametrize("database_url", ["postgres"], indirect=True)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Hook:
    """One webhook process."""

    def __init__(self, process: asyncio.subprocess.Process, port: int) -> None:
        self.process, self.port = process, port
        self.url = f"http://127.0.0.1:{port}"

    @classmethod
    async def start(cls, bot) -> Hook:
        port = free_port()
        env = {
            **os.environ,
            "DATABASE_URL": bot.settings.database_url,
            "TELEGRAM_API_BASE_URL": bot.settings.telegram_api_base_url,
            "TELEGRAM_BOT_TOKEN": bot.settings.token(),
            "WEBHOOK_URL": "https://bot.example.org/hook",
            "WEBHOOK_SECRET": SECRET,
            "PORT": str(port),
            "FLOWS_DIR": str(FLOWS_DIR),
            "CHILD_CLOCK": bot.clock.now().isoformat(),
            "LOG_LEVEL": "WARNING",
        }
        process = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "tests.e2e.webhook_child", cwd=ROOT, env=env,
            stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE,
        )  # fmt: skip
        hook = cls(process, port)
        assert await hook.line() == "ready"
        return hook

    async def line(self) -> str:
        raw = await asyncio.wait_for(self.process.stdout.readline(), timeout=60)
        return raw.decode().strip()

    async def command(self, text: str) -> str:
        self.process.stdin.write(f"{text}\n".encode())
        return await self.line()

    async def post(self, session: aiohttp.ClientSession, update: dict) -> int:
        async with session.post(
            f"{self.url}/hook", json=update, headers={SECRET_HEADER: SECRET}
        ) as response:
            return response.status


async def test_two_webhook_processes_behave_as_one_bot(bot, organiser) -> None:
    api = bot.api
    code = await open_session(organiser, "Elm Park", flow="park_redesign")
    await bot.stop()  # from here on, the two webhook processes are the bot
    a, b = await asyncio.gather(Hook.start(bot), Hook.start(bot))
    people = [api.user(4000 + n, f"Member{n}") for n in range(MEMBERS)]

    async with aiohttp.ClientSession() as http:
        async with http.get(f"{a.url}/healthz") as health:
            assert health.status == 200 and await health.text() == "ok\n"

        async def deliver(update_id: int, *hooks: Hook) -> None:
            update = api.state.update_log[update_id].as_dict()
            statuses = await asyncio.gather(*(h.post(http, update) for h in hooks))
            assert statuses == [200] * len(hooks)

        async def has_button(user, label: str) -> None:
            await api.wait_for(
                lambda: any(m.find_button(label) for m in user.messages), timeout=20, what=label
            )

        async def member(n: int, user) -> None:
            first, second = (a, b) if n % 2 else (b, a)
            await deliver(user.says(f"/start {code}"), a, b)  # delivered twice, at once
            await has_button(user, "I agree")
            await deliver(user.taps("I agree"), first)
            await has_button(user, "Most days")
            await deliver(user.taps("Most days"), second)  # the next one, elsewhere
            await has_button(user, "Walking")
            await deliver(user.taps("Walking"), first, second)

        await asyncio.gather(*(member(n, u) for n, u in enumerate(people)))
        await asyncio.gather(a.command("settle"), b.command("settle"))

        poll = organiser.user.says(f"/poll {code} Market day? | Saturday | Sunday --closes 2h")
        await deliver(poll, b)
        ticked = await asyncio.gather(a.command("tick"), b.command("tick"))
        copies = [[m for m in u.messages if m.text.startswith("📊")] for u in people]
        assert [len(c) for c in copies] == [1] * MEMBERS, f"each copy once ({ticked})"

        await asyncio.gather(a.command("advance 10800"), b.command("advance 10800"))
        await asyncio.gather(a.command("tick"), b.command("tick"))  # both close it at once
        await asyncio.gather(a.command("settle"), b.command("settle"))

    results = [
        [m for m in u.messages if "Saturday" in m.text and "closed" in m.text] for u in people
    ]
    assert all(len(r) >= 1 for r in results), "everyone heard how it ended"
    for user in people:
        texts = [m.text for m in user.messages if not m.edited]
        assert len(texts) == len(set(texts)), f"nothing sent twice to {user}: {texts}"
        mine = bot.rows(
            TranscriptMessage,
            TranscriptMessage.chat_id == user.id,
            TranscriptMessage.direction == "in",
        )
        kinds = [(r.kind, r.text.split(":")[0]) for r in sorted(mine, key=lambda r: r.id)]
        assert [k for k, _ in kinds] == ["command", "button", "button", "button"], kinds
    assert bot.applied() == set(api.state.update_log), "each claimed as applied"
    received = bot.rows(TranscriptMessage, TranscriptMessage.direction == "in")
    assert sorted(r.update_id for r in received) == sorted(api.state.update_log), "each once"

    stopped = await asyncio.gather(a.command("stop"), b.command("stop"))
    assert stopped == ["stopped", "stopped"]
    await asyncio.gather(a.process.wait(), b.process.wait())
