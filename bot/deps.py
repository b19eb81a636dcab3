"""What the shell needs, wired once by the composition root (`bot/app.py`)."""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from bot.clock import Clock
from bot.policy import Policies
from bot.render import queue_rows
from bot.settings import Settings
from storage import outbox, outbox_reads
from storage.db import Database
from storage.models import Kind
from storage.outbox import Queued
from usecases.context import Actor, Ctx, Services

if TYPE_CHECKING:
    from telegram.ext import CallbackContext

    from bot.delivery import Sender
    from bot.dispatcher import Dispatcher
    from bot.intake import FloodGate
    from bot.menus import Menus


@dataclass
class Deps:
    settings: Settings
    db: Database
    clock: Clock
    services: Services
    policies: Policies = field(default_factory=Policies)
    sender: Sender = field(init=False)
    group_refusals: FloodGate = field(init=False)
    dispatcher: Dispatcher = field(init=False)
    menus: Menus = field(init=False)
    retry_updates: set[int] = field(default_factory=set)
    files_dir: Path = field(default_factory=lambda: Path(tempfile.mkdtemp(prefix="codesign-")))

    def __post_init__(self) -> None:
        from bot.delivery import Sender
        from bot.dispatcher import Dispatcher
        from bot.intake import FloodGate
        from bot.menus import Menus

        self.sender = Sender(self)
        # one refusal said in a group chat every ten minutes at most
        self.group_refusals = FloodGate(1, 1 / 600, 0)
        self.dispatcher = Dispatcher(self)
        self.menus = Menus(self)

    @contextmanager
    def run(
        self, actor: Actor, *, update_id: int | None = None, tapped: int | None = None
    ) -> Iterator[Call]:
        """One use case call in one transaction. What it says is queued in that same
        transaction (replies and edits claimed, for the caller to send right after the
        commit: `call.claimed`), then everything commits together; an error commits
        nothing. Background messages wake the dispatcher once committed."""
        with self.db.transaction() as db:
            call = Call(Ctx(db=db, now=self.clock.now(), services=self.services, actor=actor))
            call.ctx.tapped = tapped
            yield call
            self._persist(call, update_id)
        if call.background:
            self.dispatcher.poke()

    def _persist(self, call: Call, update_id: int | None) -> None:
        ctx = call.ctx
        rows = queue_rows(ctx, update_id)
        own = [
            r for r in rows if r["kind"] == Kind.REPLY or (r["kind"] == Kind.EDIT and _news(ctx, r))
        ]
        background = [r for r in rows if r["kind"] not in (Kind.REPLY, Kind.EDIT)]
        if ctx.actor.system:  # the loop or the command line: replies go to its caller
            call.claimed = []
        elif ctx.unrecorded:  # an anonymous ballot: its edit is sent, never stored
            call.claimed = [Queued(id=None, **_plain(r)) for r in own]
        else:
            call.claimed = outbox.enqueue_many(
                db=ctx.db, rows=own, now=ctx.now, claim_for=self.policies.lease
            )
        call.background = bool(
            background and outbox.enqueue_many(db=ctx.db, rows=background, now=ctx.now)
        )


@dataclass
class Call:
    """A use case call as the shell runs it: its context, and what it left to send."""

    ctx: Ctx
    claimed: list[Queued] = field(default_factory=list)
    background: bool = False


def _news(ctx: Ctx, row: dict[str, Any]) -> bool:
    """An edit that would change nothing is not sent at all (Telegram would refuse it). An
    anonymous ballot's edits are never stored, so the stored text is no guide there."""
    return ctx.unrecorded or not outbox_reads.shows(
        db=ctx.db,
        chat_id=row["chat_id"],
        message_id=row["edit_of"],
        text=row["text"],
        buttons=row["buttons"],
    )


def _plain(row: dict[str, Any]) -> dict[str, Any]:
    keep = ("chat_id", "kind", "text", "buttons", "edit_of", "session_id", "member_id")
    return {k: row[k] for k in keep}


def deps(context: CallbackContext) -> Deps:  # type: ignore[type-arg]
    return context.bot_data["deps"]
