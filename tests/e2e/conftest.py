"""End-to-end harness: the real bot (PTB Application, HTTP, polling) against the Bot API
double, on SQLite and PostgreSQL. Tests act as people: `await alice.says("/help")`."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from sqlmodel import select

from bot.app import BotRunner
from bot.clock import FixedClock
from bot.policy import Backoff, Policies
from bot.settings import Settings, load_settings
from botapi_double import BotApiDouble, BotMessage, User
from storage.db import Database
from usecases.catalogue import CATALOGUE
from usecases.commands import Command

ORGANISER_ID = 9001
BOT_USERNAME = "codesign_test_bot"
FLOWS_DIR = Path(__file__).resolve().parent / "flows"  # organisers' own flows, for tests
# The engagement loop runs when a test calls tick() (at the injected clock's time); waits
# for the next try of a send are measured on that clock, so nothing sleeps; the poller's
# back-off is a few milliseconds; no pacing unless a test asks for Telegram's limits.
TEST_POLICIES = Policies(
    poll=Backoff(first=0.005, cap=0.02),
    tick=None,
    wake=False,
    pacing=None,
    flood=None,
    group_commit=0.0,
)


class Person:
    """A Telegram user in a test: acts, then waits until the bot handled it."""

    def __init__(self, api: BotApiDouble, user: User, harness: BotHarness) -> None:
        self.api, self.user, self.harness = api, user, harness

    @property
    def id(self) -> int:
        return self.user.id

    async def _act(self, act) -> list[BotMessage]:  # type: ignore[no-untyped-def]
        seen = max((m.message_id for m in self.user.messages), default=0)
        act()
        await self.harness.settle()
        return [m for m in self.user.messages if m.message_id > seen]

    async def says(self, text: str) -> list[BotMessage]:
        return await self._act(lambda: self.user.says(text))

    async def taps(self, label: str, message: BotMessage | None = None) -> list[BotMessage]:
        return await self._act(lambda: self.user.taps(label, message))

    async def taps_data(self, data: str, message: BotMessage | None = None) -> list[BotMessage]:
        return await self._act(lambda: self.user.taps_data(data, message))

    async def opens(self, url: str) -> list[BotMessage]:
        """Follow a link (this bot's t.me link, or a share page's) as Telegram would."""
        return await self._act(lambda: self.user.opens(url))

    async def sends_sticker(self) -> list[BotMessage]:
        return await self._act(self.user.sends_sticker)

    async def sends_photo(self) -> list[BotMessage]:
        return await self._act(self.user.sends_photo)

    async def sends_document(self, data: bytes, file_name: str) -> list[BotMessage]:
        return await self._act(lambda: self.user.sends_document(data, file_name, "text/yaml"))

    def last_reply(self) -> BotMessage:
        return self.user.last_reply()

    @property
    def toasts(self) -> list[str]:
        return self.user.callback_answers


@dataclass
class BotHarness:
    api: BotApiDouble
    settings: Settings
    clock: FixedClock
    policies: Policies = field(default_factory=lambda: TEST_POLICIES)
    runner: BotRunner | None = None
    people: dict[int, Person] = field(default_factory=dict)
    catalogue: tuple[Command, ...] = field(default=CATALOGUE, repr=False)

    async def start(self) -> None:
        self.runner = BotRunner(self.settings, self.clock, self.policies, catalogue=self.catalogue)
        await self.runner.start()

    async def tick(self) -> int:
        """Run the scheduler once (at the injected clock's time) and wait for what it caused."""
        sent = await self.runner.tick()
        await self.settle()
        return sent

    async def settle(self, timeout: float = 10) -> None:
        """Until the bot confirmed every update so far and sent what they caused."""
        await self.api.wait_handled(timeout=timeout)
        if self.runner is not None:
            await asyncio.wait_for(self.runner.settle(), timeout)

    async def stop(self) -> None:
        if self.runner is not None:
            await self.runner.stop()
            self.runner.db.dispose()
            self.runner = None

    async def restart(self) -> None:
        await self.stop()
        await self.start()

    def person(
        self, user_id: int, first_name: str, username: str | None = None, language: str = "en"
    ) -> Person:
        if user_id not in self.people:
            user = self.api.user(
                user_id=user_id,
                first_name=first_name,
                username=username or first_name.lower(),
                language_code=language,
            )
            self.people[user_id] = Person(self.api, user, self)
        return self.people[user_id]

    def rows_member_id(self, person: Person) -> int:
        from storage.models import Member

        [member] = self.rows(Member, Member.telegram_id == person.id)
        return member.id

    def applied(self) -> set[int]:
        """The updates claimed as applied (`storage.transcript`: either claim)."""
        from storage import transcript

        db = Database(self.settings.database_url)
        try:
            with db.session() as s:
                return transcript.applied_updates(db=s)
        finally:
            db.dispose()

    def rows(self, model, *where):  # type: ignore[no-untyped-def]
        """Stored rows, read through a separate connection."""
        db = Database(self.settings.database_url)
        try:
            with db.session() as s:
                return list(s.exec(select(model).where(*where)).all())
        finally:
            db.dispose()


@pytest.fixture
async def api() -> AsyncIterator[BotApiDouble]:
    async with BotApiDouble(bot_username=BOT_USERNAME) as double:
        yield double


@pytest.fixture
async def bot(api: BotApiDouble, database_url: str, clock: FixedClock) -> AsyncIterator[BotHarness]:
    settings = load_settings(
        telegram_bot_token=api.token,
        telegram_api_base_url=api.base_url,
        database_url=database_url,
        admin_ids=(ORGANISER_ID,),
        flows_dir=FLOWS_DIR,
    )
    harness = BotHarness(api, settings, clock)
    await harness.start()
    try:
        yield harness
    finally:
        await harness.stop()


@pytest.fixture
def organiser(bot: BotHarness) -> Person:
    return bot.person(ORGANISER_ID, "Olivia")


@pytest.fixture
def alice(bot: BotHarness) -> Person:
    return bot.person(1001, "Alice")


@pytest.fixture
def bob(bot: BotHarness) -> Person:
    return bot.person(1002, "Bob")


@pytest.fixture
def carol(bot: BotHarness) -> Person:
    return bot.person(1003, "Carol")


@pytest.fixture
def dave(bot: BotHarness) -> Person:
    return bot.person(1004, "Dave")


async def open_session(organiser: Person, title: str = "Elm Park", flow: str | None = None) -> str:
    """Create and open a session as the organiser; returns its join code."""
    args = f"{title} --flow {flow}" if flow else title
    [created] = await organiser.says(f"/newsession {args}")
    code = created.text.split("Join code: ")[1].split()[0]
    await organiser.says(f"/open {code}")
    return code


async def join(person: Person, code: str) -> list[BotMessage]:
    """Join with the deep link and consent; returns the replies after consenting."""
    await person.says(f"/start {code}")
    return await person.taps("I agree")


async def close_session(organiser: Person, code: str) -> list[BotMessage]:
    """/close and confirm with the button; returns what the confirmation changed."""
    [ask] = await organiser.says(f"/close {code}")
    await organiser.taps("Close it", ask)
    return [organiser.user.message(ask.message_id)]
