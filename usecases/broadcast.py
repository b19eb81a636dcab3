"""/broadcast: a message to every member of a session who may be messaged (`--to NAME`:
of one segment, `usecases.segments`). It is shown first, exactly as members will get it,
with how many will get it and when it will be done; "Send" queues it, "Cancel" does
nothing. The preview is the message: a tap sends the text the organiser saw, once (its
button goes with the tap, and the queue keys each copy by the preview). The segment is
worked out again at the tap, so the count sent is the count of that moment.

`send_to` queues a message for an explicit list of members (e.g. a segment less a
holdout)."""

from __future__ import annotations

import re
from datetime import timedelta

import texts.organisers
import texts.segments
import texts.targeting
from dialogs.holdout import size as holdout_size
from storage import audience, outbox_reads, sessions
from storage.models import CoSession, Kind, Member, id_of
from usecases import holdouts, segments
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


NOBODY = "-"  # SendBroadcast.segment when it goes to every member


_LEAD_TO = re.compile(r"^(?:--|—|–)to(?:=(\S*)|\s+(\S+)|$)(.*)$", re.IGNORECASE | re.DOTALL)


def _to(text: str) -> tuple[str, str | None] | None:
    """`--to NAME` right after the code (so that the message's own words are never taken
    for it): the message and the name (None: not given); None when `--to` has no name."""
    lead = _LEAD_TO.match(text)
    if lead is None:
        return text, None
    name = lead.group(1) or lead.group(2)
    return (lead.group(3).strip(), name.lower()) if name else None


def broadcast(ctx: Ctx, args: str) -> None:
    """/broadcast <code> [--to NAME] <text>: the preview, with "Send to N" and "Cancel"."""
    code, _, text = args.strip().partition(" ")
    if not code:
        offer(ctx, "broadcast")
        return
    lead = holdouts.lead_holdout(text.strip())
    if isinstance(lead, str):
        ctx.say(lead)
        return
    read = _to(lead[0])
    if read is None:
        ctx.say(texts.segments.TO_MISSING)
        return
    text, name = read
    percent = lead[1]
    if percent is None:
        again = holdouts.lead_holdout(text)  # --to first, then --holdout
        if isinstance(again, str):
            ctx.say(again)
            return
        text, percent = again
    if percent is not None and name is None:
        ctx.say(texts.targeting.HOLDOUT_NEEDS_SEGMENT)
        return
    cosession = open_session(ctx, code, "/broadcast")
    if cosession is None:
        return
    target = segments.target(ctx, cosession, name)
    if name is not None and target is None:
        return
    if not text:
        ctx.say(texts.organisers.BROADCAST_WHAT.format(title=cosession.title, code=code))
        return
    if len(text) > BROADCAST_LIMIT:
        ctx.say(texts.organisers.BROADCAST_LONG.format(limit=BROADCAST_LIMIT))
        return
    if broadcasts_capped(ctx, cosession):
        return
    n = len(segments.reachable_in(ctx, cosession, name))
    if not n:
        _nobody(ctx, cosession, name)
        return
    duration, done = _timing(ctx, n)
    preview = texts.organisers.BROADCAST_PREVIEW.format(
        n=n, title=cosession.title, duration=duration, done=done
    )
    if target is not None:
        preview += "\n" + texts.segments.PREVIEW_TO.format(name=target.name, n=n, size=target.size)
    if percent is not None:
        held = holdout_size(n, percent)
        preview += "\n" + texts.targeting.HOLDOUT_PREVIEW.format(percent=percent, held=held, n=n)
    ctx.say(preview)
    message = _message(cosession.title, text)
    sid, to, share = id_of(cosession), name or NOBODY, percent or 0
    sending = n - holdout_size(n, share)
    send = (
        texts.organisers.BROADCAST_SEND.format(n=sending),
        SendBroadcast(sid, True, to, share),
    )
    cancel = (texts.organisers.BROADCAST_CANCEL, SendBroadcast(sid, False, to, share))
    ctx.say(Out(message, ((send, cancel),)))


def _nobody(ctx: Ctx, cosession: CoSession, name: str | None) -> None:
    if name is None:
        ctx.say(texts.organisers.NOBODY_REACHABLE.format(title=cosession.title))
    else:
        ctx.say(texts.segments.NOBODY_IN.format(name=name, title=cosession.title))


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
        name = None if action.segment == NOBODY else action.segment
        target = segments.target(ctx, cosession, name)
        if name is not None and target is None:  # removed since the preview
            ctx.edit(Out(shown[0] or ""))
            return
        among = None if target is None else target.condition
        members = audience.recipients(db=ctx.db, session_id=id_of(cosession), among=among)
        away = audience.paused(db=ctx.db, session_id=id_of(cosession), among=among)
        ctx.edit(Out(shown[0] or ""))  # the message stays, its buttons go
        if not members:
            _nobody(ctx, cosession, name)
            return
        if action.holdout and name is not None:
            _send_holding_out(ctx, cosession, shown[0] or "", members, away, name, action)
            return
        send_to(ctx, cosession, shown[0] or "", members, away, segment=name)


def _send_holding_out(
    ctx: Ctx,
    cosession: CoSession,
    message: str,
    members: list[Member],
    away: list[Member],
    name: str,
    action: SendBroadcast,
) -> None:
    """The broadcast to the segment's members less a random share, recorded to compare
    (`usecases.holdouts`); those paused get it on /resume as usual, outside the split."""
    drawn = holdouts.split([id_of(m) for m in members], action.holdout)
    reached = [m for m in members if m.id not in drawn.held]
    send_to(ctx, cosession, message, reached, away, segment=name)
    holdouts.record(
        ctx,
        cosession,
        lever="broadcast",
        ref=f"broadcast:{ctx.actor.chat_id}:{ctx.tapped}",
        segment=name,
        percent=action.holdout,
        drawn=drawn,
    )


def send_to(
    ctx: Ctx,
    cosession: CoSession,
    message: str,
    members: list[Member],
    away: list[Member] = (),  # type: ignore[assignment]
    *,
    segment: str | None = None,
) -> None:
    """Queue the broadcast `message` (as previewed) for `members`, and for those `away`
    (paused: held back till /resume), each in their language; note it in the audit and
    tell the organiser how many it goes to. Who they are is the caller's to say: everyone
    who may be messaged, a segment of them (`segment`, for the audit), fewer."""
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
    detail = {"segment": segment} if segment else {}
    note(ctx, cosession.id, "broadcast", members=len(members), text=message, **detail)
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
