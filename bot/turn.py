"""One update, one use case, one transaction; the replies go out only after the commit.

    await turns.run(update, proposals.propose, text)

The use case runs, the incoming message joins the transcript, the update is claimed as
applied (in a private chat by that message's row, so that a second delivery cannot commit;
in a group first, where an anonymous ballot leaves no row), and what it says is queued:
all in one transaction (a transactional outbox).
Only after the commit is the tap answered and are the replies handed to the sender
(`bot/delivery.py`), which sends them in the chat's lane while this update's lane moves
on; a reply Telegram refuses for now stays queued and the dispatcher sends it later, and
one a crash left unsent goes when the bot starts again. A use case that read a member's
dialog state someone else changed meanwhile is run again from a fresh read.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from functools import partial
from typing import Any

from sqlalchemy.exc import DBAPIError, IntegrityError
from telegram import Update

from bot.calls import Call, UseCases
from bot.delivery import Sender
from bot.intake import FloodGate
from bot.menus import Menus
from bot.updates import actor_of, incoming_text, lane_of, tapped_message
from storage import outbox_reads, reprompts, transcript
from storage.dialog import StaleDialog
from storage.models import Kind
from storage.sql import lock_chat
from usecases.context import Ctx

log = logging.getLogger(__name__)
ATTEMPTS = 3
TAKEN = 64  # outcomes of sends a turn records at most (a burst's rest: the group commit)
UseCase = Callable[..., Any]


class Turns:
    """Applies updates: `calls` runs the use case, `sender` sends what it said, `menus`
    sets the command menus of people whose roles it changed. `lock_chats`: other processes
    take updates too (webhook mode), so a chat's updates are applied one at a time across
    them. `group_refusals` keeps refusals in group chats rare."""

    def __init__(
        self,
        calls: UseCases,
        sender: Sender,
        menus: Menus,
        *,
        lock_chats: bool,
        group_refusals: FloodGate,
    ) -> None:
        self.calls, self.sender, self.menus = calls, sender, menus
        self.lock_chats, self.group_refusals = lock_chats, group_refusals

    async def run(
        self, update: Update, usecase: UseCase, *args: Any, heavy: bool = False, **kwargs: Any
    ) -> None:
        """Apply `usecase(ctx, *args, **kwargs)` for this update; see the module's docstring.

        `heavy`: a use case that may take seconds (a session's stats, erasing a member from
        a large session) runs in a worker thread, so that meanwhile the event loop keeps
        taking and answering everyone else's updates (its own chat waits: it is in the
        chat's lane). On SQLite, which has one writer at a time, the others' updates still
        wait for its transaction; on PostgreSQL they do not."""
        tapped = tapped_message(update)
        # What became of earlier sends is recorded in this update's transaction, first (the
        # tapped message may be one whose sending is not recorded yet), except in a worker
        # thread or across processes (webhook mode: the outcomes' rows belong to other
        # chats, whose locks other processes hold): there, in a commit of their own now.
        takes = not heavy and not self.lock_chats
        if not takes and tapped is not None and self.sender.unrecorded:
            self.sender.flush()
        apply = partial(self._apply, update, tapped, usecase, args, kwargs, takes)
        call = await asyncio.to_thread(apply) if heavy else apply()
        if call is not None:
            self._deliver(update, call)

    def ask(self, update: Update, question: Callable[[Ctx], bool]) -> bool:
        """A yes-or-no about the update's sender, read before anything is done about it
        (e.g. whether a file is worth downloading); nothing is written."""
        with self.calls.run(actor_of(update)) as call:
            return question(call.ctx)

    async def notice(self, update: Update, usecase: Callable[[Ctx], None]) -> None:
        """Tell the person about an update that was not applied (`usecases.notices`):
        queued and sent like any reply, or the tap answered with it."""
        try:
            with self.calls.run(actor_of(update), tapped=tapped_message(update)) as call:
                usecase(call.ctx)
        except Exception:
            log.exception("could not tell chat %s about update %s", lane_of(update),
                          update.update_id)  # fmt: skip
            return
        self._deliver(update, call)

    def _apply(
        self,
        update: Update,
        tapped: int | None,
        usecase: UseCase,
        args: tuple[Any, ...],
        kwargs: dict[str, Any],
        takes: bool = False,
    ) -> Call | None:
        """The update's transaction; None if it was applied before. `takes`: what became of
        earlier sends is recorded in it too (one commit for both)."""
        attempt, exact = 0, False
        while attempt < ATTEMPTS:
            attempt += 1
            outcomes = self.sender.take(TAKEN) if takes else []
            retried, applied = False, True
            try:
                with self.calls.run(
                    actor_of(update), update_id=update.update_id, tapped=tapped
                ) as call:
                    db, now = call.ctx.db, call.ctx.now
                    if self.lock_chats:
                        lock_chat(db, lane_of(update))
                    # the sent messages join the transcript with the received one, at the end
                    retried = self.sender.record(db, outcomes, later=True)
                    chat = call.ctx.actor.chat_id  # the queue's rows read with the actor
                    if self.lock_chats or any(r.row.chat_id == chat for r, _ in outcomes):
                        outbox_reads.forget_tapped(db)  # may have changed: read them again
                    if self.lock_chats:  # read before the lock: another process's turn
                        reprompts.forget_voidable(db)  # may have queued reprompts since
                    uid, private = update.update_id, call.ctx.actor.private
                    claimed = exact or not private
                    if exact:  # the claim told apart: False if applied before
                        applied = transcript.claim_update(db=db, update_id=uid, now=now)
                    elif not private:  # first, with the next statement: Unclaimed if it is
                        transcript.claim_soon(db=db, update_id=uid, now=now)  # not this turn's
                    if applied:  # else applied before (a redelivery, or another process)
                        usecase(call.ctx, *args, **kwargs)
                        if call.ctx.refused and not private:
                            self._quiet_in_groups(call.ctx)
                        noted = not call.ctx.unrecorded
                        if not claimed and not (noted and transcript.claim_by_note(db, uid)):
                            transcript.claim_soon(db=db, update_id=uid, now=now)
                        if noted:  # its row claims the update (unique), if nothing else did
                            _record_incoming(call.ctx, update)
                    transcript.note_waiting(db)  # if nothing was received to go with them
            except transcript.Unclaimed:  # nothing committed: claimed again, told apart
                self.sender.give_back(outcomes)
                attempt, exact = attempt - 1, True
                continue
            except IntegrityError as error:
                self.sender.give_back(outcomes)
                if not transcript.claimed_twice(error):
                    raise
                attempt, exact = attempt - 1, True  # as Unclaimed: its message's row was
                continue  # refused, the update applied before (or being so elsewhere)
            except StaleDialog:
                self.sender.give_back(outcomes)
                if attempt == ATTEMPTS:
                    raise
                log.info("update %s raced another for the same member; again", update.update_id)
                continue
            except DBAPIError as error:
                self.sender.give_back(outcomes)
                if not error.connection_invalidated or attempt == ATTEMPTS:
                    raise
                # The database ended the connection (a restart): the pool is renewed, and
                # the update is applied again at once on a new one (storage.db: no ping
                # before every transaction).
                log.warning("update %s lost its database connection; again", update.update_id)
                continue
            except BaseException:
                self.sender.give_back(outcomes)
                raise
            self.sender.recorded(outcomes, retried)
            return call if applied else None
        return None

    def _deliver(self, update: Update, call: Call) -> None:
        """Everything goes out in the chat's sending lane, the tap's answer first; this
        update's lane moves on meanwhile."""
        query = update.callback_query
        if query is not None:
            self.sender.answer(call.ctx.actor.chat_id, query, call.ctx.toast)
        if call.claimed:
            self.sender.submit(call.claimed)
        self.menus.later(call.ctx.menus)  # someone's roles changed: their command menu

    def _quiet_in_groups(self, ctx: Ctx) -> None:
        """In a group the bot answers what concerns it; a refusal there (a stranger's
        /linkgroup) is said once in a while, not to every attempt."""
        if not self.group_refusals.admits(ctx.actor.chat_id):
            ctx.outs = [out for out in ctx.outs if out.kind != Kind.REPLY]


def _record_incoming(ctx: Ctx, update: Update) -> None:
    kind, text = incoming_text(update)
    message = update.effective_message
    message_id = message.message_id if message is not None else None
    record_incoming(ctx, kind, text, message_id, update_id=update.update_id)


def record_incoming(
    ctx: Ctx, kind: str, text: str, telegram_message_id: int | None, *, update_id: int | None = None
) -> None:
    """What the person sent joins the transcript, with what the use case found it was
    about (its session, member, step and sentiment, whether a team member acted as such);
    a tap as the label of the button tapped, its data kept in meta. `update_id`: the
    update it came in, which its row claims as applied (`storage.transcript`)."""
    about = ctx.about
    tapped = kind == "button" and about.label is not None
    transcript.note(
        ctx.db,
        [
            {
                "chat_id": ctx.actor.chat_id,
                "direction": "in",
                "text": about.label if tapped and about.label is not None else text,
                "meta": {"data": text} if tapped else {},
                "staff": about.staff,
                "kind": kind,
                "session_id": about.session_id,
                "member_id": about.member_id,
                "step_id": about.step_id,
                "polarity": about.polarity,
                "subjectivity": about.subjectivity,
                "created_at": ctx.now,
                "telegram_message_id": telegram_message_id,
                "update_id": update_id,
            }
        ],
    )
