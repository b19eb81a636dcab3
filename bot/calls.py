"""One use case call in one transaction, and what it said queued in that same transaction
(a transactional outbox). Every part of the shell that runs a use case (an update's turn,
the engagement loop, the menus, the command line) runs it through `UseCases.run`."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

from bot.clock import Clock
from bot.render import queue_rows
from storage import outbox, outbox_reads, reprompts
from storage.db import Database
from storage.models import TURN_KINDS, Kind
from storage.outbox import Queued
from storage.sql import writes_together
from texts.i18n import speaking
from usecases.context import Actor, Ctx, Services
from usecases.languages import actor_language


@dataclass
class Call:
    """A use case call as the shell runs it: its context, and what it left to send."""

    ctx: Ctx
    claimed: list[Queued] = field(default_factory=list)
    background: bool = False


class UseCases:
    """Runs use cases: the database, the clock and the services they are given, and the
    claim a reply's row is taken with (`lease` seconds) by the turn that sends it."""

    def __init__(self, db: Database, clock: Clock, services: Services, *, lease: timedelta) -> None:
        self.db, self.clock, self.services, self.lease = db, clock, services, lease
        self.wake: Callable[[], None] = lambda: None  # background rows were queued

    @contextmanager
    def run(
        self, actor: Actor, *, update_id: int | None = None, tapped: int | None = None
    ) -> Iterator[Call]:
        """One use case call in one transaction. What it says is queued in that same
        transaction (replies and edits claimed, for the caller to send right after the
        commit: `call.claimed`), then everything commits together; an error commits
        nothing. Background messages wake the engagement loop once committed. Texts read
        inside are in the actor's language (`usecases.languages`). On PostgreSQL its writes go
        to the database together (`storage.sql.writes_together`)."""
        with self.db.transaction() as db, writes_together(db, commit=True):
            ctx = Ctx(db=db, now=self.clock.now(), services=self.services, actor=actor)
            ctx.tapped, ctx.update_id = tapped, update_id
            call = Call(ctx)
            with speaking(actor_language(ctx)):  # the actor's language, for what is said
                yield call
            claimed = self._persist(call, update_id)
        call.claimed = claimed()  # on PostgreSQL, queued in the commit's round trip
        if call.background:
            self.wake()

    def _persist(self, call: Call, update_id: int | None) -> Callable[[], list[Queued]]:
        """Queue what the call said; the replies and edits its caller sends, once they
        have gone to the database."""
        ctx = call.ctx
        rows = queue_rows(ctx, update_id)
        own = [
            r for r in rows if r["kind"] in TURN_KINDS or (r["kind"] == Kind.EDIT and _news(ctx, r))
        ]
        background = [r for r in rows if r["kind"] not in (*TURN_KINDS, Kind.EDIT)]
        claimed: Callable[[], list[Queued]] = list
        held = reprompts.take_held(ctx.db)  # the reprompts the call held: with the replies
        together = own and not ctx.actor.system and not ctx.unrecorded
        if held and not (together and len(own) + len(held) <= outbox.FEW):
            reprompts.write_held(ctx.db, held)  # else on their own, first
            held = []
        if ctx.actor.system:  # the loop or the command line: replies go to its caller
            pass
        elif ctx.unrecorded:  # an anonymous ballot: its edit is sent, never stored
            plain = [Queued(id=None, **_plain(r)) for r in own]
            claimed = lambda: plain  # noqa: E731
        else:
            claimed = outbox.enqueue_later(
                db=ctx.db, rows=own, now=ctx.now, claim_for=self.lease, held=held
            )
        call.background = bool(
            background and outbox.enqueue_many(db=ctx.db, rows=background, now=ctx.now)
        )
        return claimed


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
