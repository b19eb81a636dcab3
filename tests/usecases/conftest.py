"""The fast tier: use cases called with a `Ctx`, no Telegram, no HTTP, no event loop.

A `World` holds a migrated database (SQLite and PostgreSQL in turn, from the shared
`database` fixture), a fixed clock tests advance, the `Services` the bot would have (the
shipped flows and the tests' own, the organiser as administrator, a ballot secret), and
people who act as they would on Telegram:

    alice = world.member("Alice")
    [welcome] = alice.says(f"/start {code}")
    alice.taps("I agree")

Each act is one use case call in one transaction, routed as the bot's handlers route the
update; what the use case says is queued as the bot queues it (`bot.render.queue_rows`,
`storage.outbox.enqueue_many`), and the replies are then "sent": marked sent with a
message id and shown in the person's chat, where a tap finds its button (and `press`
finds it in the outbox, as it must). Background messages (polls, notices, reminders,
files) go when the test calls `world.tick()`, as the engagement loop would.
"""

from __future__ import annotations

import hashlib
import itertools
import re
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from sqlmodel import Session, select

import dialogs
from bot import callbacks
from bot.calls import UseCases
from bot.clock import FixedClock
from bot.render import composed
from bot.turn import record_incoming
from dialogs.loader import default_flows_dir, load_flow_files, read_flow_dir
from dialogs.text import clean
from storage import outbox, transcript
from storage.db import Database
from storage.models import EDIT_KINDS, FILE_KINDS, Kind
from storage.outbox import Queued
from usecases import (
    answer,
    buttons,
    due,
    files,
    flow_files,
    messages,
    polls,
    variants,
)
from usecases.access import run_command
from usecases.actions import Action, Link
from usecases.catalogue import CATALOGUE
from usecases.commands import Command, Where
from usecases.context import SYSTEM, Actor, Ctx, Rows, Services
from usecases.flows import FlowCatalog

ORGANISER_ID = 9001
BOT_USERNAME = "codesign_test_bot"
E2E_FLOWS = Path(__file__).resolve().parent.parent / "e2e" / "flows"
LEASE = timedelta(seconds=60)


def command_named(text: str, *, in_group: bool = False) -> Command | None:
    """The catalogue's command a message starts with, where it may be used; as the bot's
    handlers (`bot/commands.py`) find it."""
    if not text.startswith("/"):
        return None
    name = text.split()[0][1:].split("@")[0].lower()
    command = next((c for c in CATALOGUE if c.name == name), None)
    if command is None or (in_group and command.where is not Where.ANYWHERE):
        return None
    return command


def _route(text: str) -> Callable[[Ctx], None]:
    """A private message, routed as the bot routes it: a command of the catalogue (its
    role checked by `access.run_command`), an unknown command, or typed text."""
    command = command_named(text)
    if command is not None:
        return lambda ctx: run_command(ctx, command, *command.arguments(text))
    if text.startswith("/"):
        return lambda ctx: messages.unknown_command(ctx, text or "/")
    return lambda ctx: messages.text_message(ctx, text)


@dataclass(frozen=True)
class Document:
    file_name: str | None
    data: bytes


@dataclass
class Msg:
    """A message the bot sent to a chat, as the chat shows it now (edits applied)."""

    chat_id: int
    message_id: int
    text: str
    buttons: list[list[tuple[str, str]]]  # rows of (label, callback data)
    kind: str = "reply"
    file_name: str | None = None
    content: bytes | None = None  # a document's or photo's bytes
    edits: list[str] = field(default_factory=list)  # earlier texts
    edited: bool = False

    @property
    def caption(self) -> str | None:
        return self.text if self.kind in FILE_KINDS else None

    @property
    def document(self) -> Document | None:
        return Document(self.file_name, self.content) if self.content is not None else None

    photo = document

    @property
    def button_texts(self) -> list[str]:
        return [label for row in self.buttons for label, _ in row]

    def data_of(self, label: str) -> str | None:
        return next((d for row in self.buttons for lab, d in row if lab == label), None)


@dataclass
class Chat:
    id: int
    type: str = "private"
    messages: list[Msg] = field(default_factory=list)

    def find(self, message_id: int | None) -> Msg | None:
        return next((m for m in self.messages if m.message_id == message_id), None)


class Person:
    """Someone on Telegram: says things and taps buttons in their private chat."""

    def __init__(
        self,
        world: World,
        telegram_id: int,
        name: str,
        username: str | None,
        language: str | None = "en",
    ) -> None:
        self.world, self.id, self.name = world, telegram_id, name
        self.language = language  # as their Telegram app reports it
        self.username = username if username is not None else name.lower()
        self.chat = world.chat(telegram_id)
        self.toasts: list[str] = []

    def actor(self, chat: Chat | None = None) -> Actor:
        chat = chat or self.chat
        return Actor(
            telegram_id=self.id,
            chat_id=chat.id,
            chat_type=chat.type,
            display_name=clean(self.name),
            username=self.username or None,
            language=self.language,
        )

    @property
    def messages(self) -> list[Msg]:
        return self.chat.messages

    def message(self, message_id: int) -> Msg:
        found = self.chat.find(message_id)
        assert found is not None, f"no message #{message_id} in the chat of {self.name}"
        return found

    def last_reply(self) -> Msg:
        assert self.chat.messages, f"the bot never wrote to {self.name}"
        return self.chat.messages[-1]

    def _since(self, chat: Chat, act: Callable[[], Any]) -> list[Msg]:
        seen = max((m.message_id for m in chat.messages), default=0)
        act()
        return [m for m in chat.messages if m.message_id > seen]

    def says(self, text: str) -> list[Msg]:
        """Type `text` in the private chat, routed as the bot routes it."""
        text = clean(text)
        kind = "command" if text.startswith("/") else "text"
        return self._since(
            self.chat, lambda: self.world.act(self, self.chat, _route(text), kind, text)
        )

    def replies(self, message: Msg, text: str) -> list[Msg]:
        """Type `text` as a reply to `message` (Telegram's reply), in the private chat."""
        text = clean(text)
        route = lambda ctx: messages.text_message(ctx, text, reply_to=message.message_id)  # noqa: E731
        return self._since(self.chat, lambda: self.world.act(self, self.chat, route, "text", text))

    def says_in_group(self, group: Chat, text: str) -> list[Msg]:
        """In a group the bot takes /linkgroup only."""
        text = clean(text)
        command = command_named(text, in_group=True)
        if command is None:
            return []
        route = lambda ctx: run_command(ctx, command, *command.arguments(text))  # noqa: E731
        return self._since(group, lambda: self.world.act(self, group, route, "command", text))

    def sends_sticker(self) -> list[Msg]:
        return self._sends("sticker")

    def sends_photo(self) -> list[Msg]:
        return self._sends("photo")

    def sends_flow_file(self, file_name: str, text: str | None) -> list[Msg]:
        """Send a document; the shell has downloaded it (`text`: None if it could not read
        it) and hands it over as `bot/commands.py` does."""
        route = lambda ctx: flow_files.upload_flow(ctx, file_name, text)  # noqa: E731
        return self._since(
            self.chat, lambda: self.world.act(self, self.chat, route, "document", file_name)
        )

    def _sends(self, kind: str) -> list[Msg]:
        route = lambda ctx: answer.answer(ctx, dialogs.UnsupportedEvent(kind))  # noqa: E731
        return self._since(self.chat, lambda: self.world.act(self, self.chat, route, kind, ""))

    def edits(self, text: str) -> list[Msg]:
        """Edit an earlier message: edits are not read as answers."""
        return self._since(
            self.chat, lambda: self.world.act(self, self.chat, messages.edited, "edit", text)
        )

    def taps(self, label: str, message: Msg | None = None, chat: Chat | None = None) -> list[Msg]:
        """Tap the button labelled `label` on `message`, else on the latest message showing it."""
        chat = chat or (self.world.chat(message.chat_id) if message else self.chat)
        for candidate in [message] if message else reversed(chat.messages):
            data = candidate.data_of(label)
            if data is not None:
                return self.taps_data(data, candidate, chat)
        shown = [m.button_texts for m in chat.messages if m.buttons]
        raise AssertionError(f"{self.name} sees no button [{label}]; buttons: {shown}")

    def taps_data(
        self, data: str, message: Msg | None = None, chat: Chat | None = None
    ) -> list[Msg]:
        """Tap with any data (maybe forged) on `message` (else the latest message)."""
        chat = chat or (self.world.chat(message.chat_id) if message else self.chat)
        message = message or (chat.messages[-1] if chat.messages else None)
        assert message is not None, f"{self.name} has no bot message to tap on"
        action = self.world.action_of(data)

        def press(ctx: Ctx) -> None:
            buttons.press(ctx, data, action)

        return self._since(
            chat,
            lambda: self.world.act(self, chat, press, "button", data, tapped=message.message_id),
        )

    def does(self, usecase: Callable[..., Any], *args: Any, **kwargs: Any) -> list[Msg]:
        """Any use case, called directly as this person in their private chat."""
        route = lambda ctx: usecase(ctx, *args, **kwargs)  # noqa: E731
        return self._since(self.chat, lambda: self.world.act(self, self.chat, route, "text", ""))


class World:
    """A database, a clock, the services, the chats; see the module's docstring."""

    def __init__(self, db: Database, clock: FixedClock, services: Services) -> None:
        self.db, self.clock, self.services = db, clock, services
        self.calls = UseCases(db, clock, services, lease=LEASE)  # as the bot runs use cases
        self.chats: dict[int, Chat] = {}
        self.people: dict[int, Person] = {}
        self._ids = itertools.count(1)  # message ids (one counter, as the double's)
        self._updates = itertools.count(1)
        self._groups = itertools.count(1)
        self._quiet_groups: set[int] = set()
        self._actions: dict[str, Action] = {}
        self.files_dir = Path(tempfile.mkdtemp(prefix="codesign-usecases-"))
        self.last: Ctx | None = None  # the last call's context (its outs, toast, about)

    # people and chats

    def chat(self, chat_id: int, type_: str = "private") -> Chat:
        return self.chats.setdefault(chat_id, Chat(chat_id, type_))

    def person(
        self, telegram_id: int, name: str, username: str | None = None, language: str | None = "en"
    ) -> Person:
        if telegram_id not in self.people:
            self.people[telegram_id] = Person(self, telegram_id, name, username, language)
        return self.people[telegram_id]

    def member(
        self, name: str, telegram_id: int | None = None, language: str | None = "en"
    ) -> Person:
        return self.person(telegram_id or 1000 + len(self.people) + 1, name, language=language)

    def group(self, chat_id: int | None = None, title: str = "Group") -> Chat:
        """A group chat the bot is in."""
        return self.chat(chat_id or -100_000 - next(self._groups), "supergroup")

    # acting

    def act(
        self,
        person: Person,
        chat: Chat,
        usecase: Callable[[Ctx], Any],
        kind: str,
        text: str,
        tapped: int | None = None,
    ) -> Ctx:
        """One update: the use case, its transcript row and its queued messages in one
        transaction (as `bot/turn.py`), then the replies are sent."""
        update_id = next(self._updates)
        with self.calls.run(person.actor(chat), update_id=update_id, tapped=tapped) as call:
            ctx = call.ctx
            assert transcript.claim_update(db=ctx.db, update_id=update_id, now=ctx.now)
            usecase(ctx)
            if ctx.refused and not ctx.actor.private:  # said once in a group, not every time
                if chat.id in self._quiet_groups:
                    ctx.outs = [o for o in ctx.outs if o.kind != Kind.REPLY]
                self._quiet_groups.add(chat.id)
            if not ctx.unrecorded:
                record_incoming(ctx, kind, text, None)
        for out in ctx.outs:
            self.remember(out.buttons)
        self._send(call.claimed)  # queued and claimed as `bot/calls.py` does; now "sent"
        if tapped is not None:
            person.toasts.append(ctx.toast or "")
        self.last = ctx
        return ctx

    def action_of(self, data: str) -> Action | None:
        """The action a button's data stands for: as an `Out` carried it, else as the
        bot's codec reads it (forged data; None if it reads nothing)."""
        return self._actions.get(data) or callbacks.decode(data)

    def system(self, usecase: Callable[..., Any], *args: Any) -> Ctx:
        """A use case called by the engagement loop or the command line."""
        with self.calls.run(SYSTEM) as call:
            usecase(call.ctx, *args)
        for out in call.ctx.outs:
            self.remember(out.buttons)
        return call.ctx

    # sending

    def _send(self, rows: list[Queued], db: Session | None = None) -> int:
        """Deliver rows to their chats and record them sent (as `bot/delivery.py`), in
        the transaction `db` if given."""
        sent: list[tuple[Queued, int | None]] = []
        for row in rows:
            chat = self.chat(row.chat_id)
            if row.kind in EDIT_KINDS:
                target = chat.find(row.edit_of)
                if target is None:
                    sent.append((row, row.edit_of))
                    continue
                if (target.text, target.buttons) != (row.text or "", _labels(row.buttons)):
                    target.edits.append(target.text)
                target.text, target.buttons = row.text or "", _labels(row.buttons)
                target.edited = True
                sent.append((row, row.edit_of))
                continue
            message = Msg(
                chat_id=row.chat_id,
                message_id=next(self._ids),
                text=row.text or "",
                buttons=_labels(row.buttons),
                kind=row.kind,
            )
            if row.kind in FILE_KINDS:
                meta = row.meta or {}
                message.file_name = meta.get("filename")
                message.content = Path(meta["path"]).read_bytes()
            chat.messages.append(message)
            sent.append((row, message.message_id))
        if sent and db is not None:
            outbox.mark_sent(db=db, sent=sent, now=self.clock.now())
        elif sent:
            with self.db.transaction() as own:
                outbox.mark_sent(db=own, sent=sent, now=self.clock.now())
        return len(sent)

    def tick(self) -> int:
        """The engagement loop, once, at the clock's time: close due polls, then send
        every due message (reminders composed as they go); how many were sent."""
        self.system(polls.close_due)
        total = 0
        while True:
            with self.db.transaction() as db:
                claimed = outbox.claim_due(db=db, now=self.clock.now(), limit=100, lease=LEASE)
            if not claimed:
                return total
            ready = [self._make_file(r) if r.kind in FILE_KINDS else r for r in claimed]
            total += self._send(self._prepare([r for r in ready if r is not None]))

    def _make_file(self, row: Queued) -> Queued | None:
        spec = (row.meta or {}).get("file") or {}
        with self.db.session() as db:
            made = files.make(
                spec.get("maker", ""),
                db,
                self.services,
                self.clock.now(),
                spec.get("params") or {},
                self.files_dir,
            )
        meta = {**(row.meta or {}), "path": str(made.path), "filename": made.filename}
        return row.but(text=made.caption or made.filename, meta=meta)

    def _prepare(self, claimed: list[Queued]) -> list[Queued]:
        """What `bot/dispatcher.py` does before sending: the due-row use case decides."""
        with self.calls.run(SYSTEM) as call:
            ready = due.decide(call.ctx, claimed)
        for item in ready:
            if item.composed is not None:
                self.remember(item.composed.buttons)
        return [composed(item) for item in ready]

    def remember(self, rows: Rows) -> None:
        """The actions behind buttons' data, from the `Out`s that carried them."""
        for row in rows:
            for _, action in row:
                if not isinstance(action, Link):  # a link sends the bot nothing
                    self._actions[callbacks.encode(action)] = action

    def restart(self) -> None:
        """A new process: nothing but the database (and the installed flow files) is kept
        (the codec reads buttons' data)."""
        self.services.flows = FlowCatalog(self.services.flows.installed)
        self._actions.clear()
        self._quiet_groups.clear()
        self.db.dispose()

    # reading

    def rows(self, model: Any, *where: Any) -> list[Any]:
        """Stored rows, read in a session of their own, in the order they were made (by id:
        PostgreSQL returns an updated row after the others without an order)."""
        query = select(model).where(*where)
        if hasattr(model, "id"):
            query = query.order_by(model.id)
        with self.db.session() as s:
            return list(s.exec(query).all())

    def rows_member_id(self, person: Person) -> int:
        from storage.models import Member

        [member] = self.rows(Member, Member.telegram_id == person.id)
        return member.id


def _labels(rows: list[Any]) -> list[list[tuple[str, str]]]:
    return [[(label, data) for label, data in row] for row in rows or []]


def make_services() -> Services:
    flows = load_flow_files(default_flows_dir())
    own, problems = read_flow_dir(E2E_FLOWS, taken=flows)
    assert not problems, problems
    flows.update(own)
    return Services(
        flows=FlowCatalog(flows),
        bot_username=BOT_USERNAME,
        admin_ids=(ORGANISER_ID,),
        ballot_secret=hashlib.sha256(b"codesign-ballot:test").digest(),
        default_zone=ZoneInfo("UTC"),
        commands=CATALOGUE,
        fit=variants.fit,
    )


@pytest.fixture(scope="session")
def services_template() -> Services:
    return make_services()


@pytest.fixture
def world(database_url: str, clock: FixedClock, services_template: Services) -> Iterator[World]:
    """The shared `database_url` (SQLite copied from the migrated template, PostgreSQL
    emptied): migrated already, so no `upgrade` check per test as `database` makes."""
    database = Database(database_url)
    services = Services(
        flows=FlowCatalog(services_template.flows.installed),  # a test may install its own
        bot_username=services_template.bot_username,
        admin_ids=services_template.admin_ids,
        ballot_secret=services_template.ballot_secret,
        default_zone=services_template.default_zone,
        commands=CATALOGUE,
        fit=variants.fit,
    )
    yield World(database, clock, services)
    database.dispose()


@pytest.fixture
def organiser(world: World) -> Person:
    return world.person(ORGANISER_ID, "Olivia")


@pytest.fixture
def alice(world: World) -> Person:
    return world.person(1001, "Alice")


@pytest.fixture
def bob(world: World) -> Person:
    return world.person(1002, "Bob")


@pytest.fixture
def carol(world: World) -> Person:
    return world.person(1003, "Carol")


@pytest.fixture
def dave(world: World) -> Person:
    return world.person(1004, "Dave")


def open_session(organiser: Person, title: str = "Elm Park", flow: str | None = None) -> str:
    """Create and open a session as the organiser; returns its join code."""
    args = f"{title} --flow {flow}" if flow else title
    [created] = organiser.says(f"/newsession {args}")
    found = re.search(r"\?start=(\w+)", created.text)  # its join link, in any language
    assert found is not None, created.text
    organiser.says(f"/open {found.group(1)}")
    return found.group(1)


def join_session(person: Person, code: str) -> list[Msg]:
    """Join with the deep link and consent (in any language: the consent's first button);
    returns the replies after consenting."""
    said = person.says(f"/start {code}")
    consent = next(m for m in reversed(said) if m.button_texts)
    return person.taps(consent.button_texts[0], consent)


def close_session(organiser: Person, code: str) -> list[Msg]:
    """/close and confirm with the button; returns the confirmation message as edited."""
    [ask] = organiser.says(f"/close {code}")
    organiser.taps("Close it", ask)
    return [organiser.message(ask.message_id)]
