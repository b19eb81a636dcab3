"""/broadcast: a message to every member of a session who may be messaged. It is shown
first, exactly as members will get it, with how many will get it and when it will be done;
"Send" queues it, "Cancel" does nothing. The preview is the message: a tap sends the text
the organiser saw, once (its button goes with the tap, and the queue keys each copy by the
preview)."""

from __future__ import annotations

from datetime import timedelta

import texts.organisers
from storage import audience, outbox_reads, sessions
from storage.models import CoSession, Kind, id_of
from usecases.access import Denied, Refusal, may, refuse
from usecases.actions import SendBroadcast
from usecases.audit import note
from usecases.context import Ctx, Out
from usecases.languages import speaking_to
from usecases.levers import broadcasts_capped, open_session
from usecases.picking import offer
from usecases.roles import Role
from usecases.times import reader_time

BROADCAST_LIMIT = 3500


def broadcast(ctx: Ctx, args: str) -> None:
    """/broadcast <code> <text>: the preview, with "Send to N" and "Cancel"."""
    code, _, text = args.strip().partition(" ")
    text = text.strip()
    if not code:
        offer(ctx, "broadcast")
        return
    cosession = open_session(ctx, code, "/broadcast")
    if cosession is None:
        return
    if not text:
        ctx.say(texts.organisers.BROADCAST_WHAT.format(title=cosession.title, code=code))
        return
    if len(text) > BROADCAST_LIMIT:
        ctx.say(texts.organisers.BROADCAST_LONG.format(limit=BROADCAST_LIMIT))
        return
    if broadcasts_capped(ctx, cosession):
        return
    n = len(audience.recipients(db=ctx.db, session_id=id_of(cosession)))
    if not n:
        ctx.say(texts.organisers.NOBODY_REACHABLE.format(title=cosession.title))
        return
    duration, done = _timing(ctx, n)
    ctx.say(
        texts.organisers.BROADCAST_PREVIEW.format(
            n=n, title=cosession.title, duration=duration, done=done
        )
    )
    message = _message(cosession.title, text)
    send = (texts.organisers.BROADCAST_SEND.format(n=n), SendBroadcast(id_of(cosession), True))
    cancel = (texts.organisers.BROADCAST_CANCEL, SendBroadcast(id_of(cosession), False))
    ctx.say(Out(message, ((send, cancel),)))


def send_broadcast(ctx: Ctx, action: SendBroadcast) -> None:
    """A tap under the preview: "Send" queues the message it shows to everyone who may be
    messaged now (the organiser's role and the session checked again); "Cancel" only says
    so. Either way the buttons go."""
    cosession = sessions.get_session(db=ctx.db, session_id=action.session_id)
    shown = outbox_reads.shown(db=ctx.db, chat_id=ctx.actor.chat_id, message_id=ctx.tapped or 0)
    if cosession is None or shown is None or not may(ctx, cosession, Role.ORGANISER):
        refuse(ctx, Refusal(Denied.STALE))
        return
    ctx.in_session(cosession.id)
    if not action.send:
        ctx.edit(Out(texts.organisers.BROADCAST_CANCELLED))
    elif cosession.status != "open":
        refuse(ctx, Refusal(Denied.CLOSED, cosession.title))
    elif not broadcasts_capped(ctx, cosession):
        _queue(ctx, cosession, shown[0] or "")


def _queue(ctx: Ctx, cosession: CoSession, message: str) -> None:
    members = audience.recipients(db=ctx.db, session_id=id_of(cosession))
    ctx.edit(Out(message))  # the message stays, its buttons go
    if not members:
        ctx.say(texts.organisers.NOBODY_REACHABLE.format(title=cosession.title))
        return
    away = audience.paused(db=ctx.db, session_id=id_of(cosession))  # held back till /resume
    words = _words_of(message, cosession.title)
    written: dict[str, str] = {}  # the message in each member's language, written once
    for member in [*members, *away]:
        with speaking_to(ctx, member) as lang:
            if lang not in written:
                written[lang] = message if words is None else _message(cosession.title, words)
        theirs = written[lang]
        ctx.send(
            Out(
                theirs,
                chat_id=member.telegram_id,
                kind=Kind.BROADCAST,
                session_id=cosession.id,
                member_id=member.id,
                dedupe_key=f"broadcast:{ctx.actor.chat_id}:{ctx.tapped}:{member.telegram_id}",
            )
        )
    note(ctx, cosession.id, "broadcast", members=len(members), text=message)
    duration, done = _timing(ctx, len(members))
    ctx.say(
        texts.organisers.BROADCAST_QUEUED.format(
            n=len(members), title=cosession.title, duration=duration, done=done
        )
    )


def _message(title: str, text: str) -> str:
    return texts.organisers.BROADCAST_MESSAGE.format(title=title, text=text)


def _words_of(preview: str, title: str) -> str | None:
    """The organiser's own words in the preview they saw (written in their language), to
    give each member under a header in theirs; None if the preview is not one of ours."""
    head, _, tail = _message(title, "\x00").partition("\x00")
    if preview.startswith(head) and preview.endswith(tail) and len(preview) >= len(head + tail):
        return preview[len(head) : len(preview) - len(tail)]
    return None


def _timing(ctx: Ctx, n: int) -> tuple[str, str]:
    """How long sending to `n` members takes at Telegram's pace, and when it is done (in
    the organiser's time zone)."""
    seconds = n / ctx.services.send_rate
    return _duration(seconds), reader_time(ctx, ctx.now + timedelta(seconds=seconds), clock=True)


def _duration(seconds: float) -> str:
    if seconds < 90:
        return texts.organisers.SECONDS.format(n=max(1, round(seconds)))
    if seconds < 5400:
        return texts.organisers.MINUTES.format(n=round(seconds / 60))
    return texts.organisers.HOURS.format(n=round(seconds / 3600, 1))
