"""A member's own data: /mydata sends them a file with everything stored about them (the
`mydata` file maker); /forget, once they confirm, erases their personal data and words in
every session and says what was kept (`storage.erasure`)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

from sqlmodel import Session

import texts.members
from dialogs.engagement import quote
from reports.cells import visible
from reports.summaries import short
from reports.writers import JsonWriter, iso
from storage import erasure, personal, polls
from storage.models import Member, id_of
from usecases import files
from usecases.actions import ForgetButton
from usecases.context import About, Ctx, Out, Services
from usecases.mydata_summary import summary_text
from usecases.roles import Role

# the forms in which the bot quotes a member's words back (follow-ups, stats, readings)
QUOTED = (quote, short, visible, lambda words: visible(short(words)))
ABOUT = (
    "Everything the co-design bot stores about you: your member record, roles, the sessions "
    "you joined, your answers, proposals, votes, feedback and poll choices, where you are in "
    "each session's questions, the messages between you and the bot, and what is still "
    "waiting to be sent to you. Times are UTC."
)


def mydata(ctx: Ctx) -> None:
    """/mydata: a short summary now, the file when it is made. Someone the bot does not know (or
    who erased their data) is told so, and nothing is stored: no member record is made
    to answer, with their name on it, and the exchange is not recorded."""
    if ctx.known_member() is None:
        ctx.unrecorded = True
        ctx.say(texts.members.FORGET_NOTHING)
        return
    member = ctx.member()
    ctx.say(summary_text(ctx, member))  # readable on a phone; the file has every detail
    files.ask(
        ctx,
        "mydata",
        {"member_id": member.id},
        texts.members.MYDATA_CAPTION.format(date=ctx.now.strftime("%d %b %Y")),
        member_id=member.id,
    )


def forget(ctx: Ctx) -> None:
    """/forget: what it erases and keeps, and a button to confirm."""
    ctx.member()
    buttons = (
        (
            (texts.members.FORGET_YES, ForgetButton(True)),
            (texts.members.FORGET_NO, ForgetButton(False)),
        ),
    )
    staff = _staff_role(ctx)
    keeps = texts.members.FORGET_STAFF_KEEPS.format(role=staff) if staff else ""
    ctx.say(Out(texts.members.FORGET_CONFIRM.format(staff=keeps), buttons))


def _staff_role(ctx: Ctx) -> str:
    """How an administrator, organiser or coordinator is named ("" for a member)."""
    held = ctx.roles()
    for role in (Role.ADMIN, Role.ORGANISER, Role.COORDINATOR):
        if role in held:
            return texts.members.STAFF_ROLE_WORDS[role]
    return ""


def confirm_forget(ctx: Ctx, action: ForgetButton) -> None:
    """A tap on "Erase my data" or "Keep it". Erasing leaves no trace of the tap either: the
    reply is sent, not stored."""
    if not action.confirm:
        ctx.edit(Out(texts.members.FORGET_KEPT))
        return
    member = ctx.known_member()
    if member is None:
        ctx.edit(Out(texts.members.FORGET_NOTHING))
        return
    words = erasure.words_of(db=ctx.db, member_id=id_of(member))
    done = erasure.forget_member(
        db=ctx.db,
        member=member,
        quotes=[shape(w) for w in words for shape in QUOTED],
        now=ctx.now,
    )
    ctx.about = About()
    ctx.unrecorded = True
    staff = _staff_role(ctx)
    kept = texts.members.FORGET_DONE_STAFF.format(role=staff) if staff else ""
    ctx.edit(Out(texts.members.FORGET_DONE.format(staff=kept, **done.__dict__)))


@files.maker("mydata")
def make_mydata(
    db: Session, services: Services, now: datetime, params: dict[str, Any], folder: Path
) -> files.Made:
    member = db.get(Member, int(params["member_id"]))
    if member is None:
        raise LookupError(f"no member {params['member_id']}")
    path = folder / f"mydata-{member.id}-{now:%Y%m%d%H%M%S%f}.json"
    with path.open("w", encoding="utf-8") as out:
        write_mydata(out, db, services, member, now)
    caption = texts.members.MYDATA_CAPTION.format(date=now.strftime("%d %b %Y"))
    return files.Made(path, f"my-data-{now:%Y%m%d}.json", caption)


def write_mydata(out: Any, db: Session, services: Services, member: Member, now: datetime) -> None:
    with JsonWriter(out) as doc:
        doc.field("about", ABOUT)
        doc.field("made_at", iso(now))
        doc.field("member", member.model_dump(mode="json"))
        doc.field("roles", [r.role for r in personal.roles(db=db, telegram_id=member.telegram_id)])
        doc.field(
            "sessions",
            [
                {"session": {"code": s.join_code, "title": s.title}, **p.model_dump(mode="json")}
                for p, s in personal.participations(db=db, member_id=id_of(member))
            ],
        )
        for key, table in personal.TABLES.items():
            rows = personal.rows_of(db=db, table=table, member_id=id_of(member))
            doc.field(key, (row[0].model_dump(mode="json") for row in rows))
        doc.field("poll_choices", iter(_choices(db, services, member)))
        doc.field("messages", (_message(m) for m in personal.messages(db=db, member=member)))
        waiting = personal.waiting(db=db, member=member)
        doc.field("waiting_to_be_sent", (_waiting(w) for w in waiting))


def _choices(db: Session, services: Services, member: Member) -> list[dict[str, Any]]:
    keys = {
        id_of(poll): polls.key_of(
            poll=poll, member_id=id_of(member), fallback=services.ballot_secret
        )
        for poll in personal.anonymous_polls(db=db, member_id=id_of(member))
    }
    return [
        {"poll": poll.id, "question": poll.question, "choice": text, "anonymous": poll.anonymous}
        for poll, text in personal.ballots(db=db, member_id=id_of(member), keys=keys)
    ]


def _message(m: Any) -> dict[str, Any]:
    return {
        "time": iso(m.created_at),
        "direction": m.direction,
        "kind": m.kind,
        "session_id": m.session_id,
        "step": m.step_id,
        "text": m.text,
        "polarity": m.polarity,
    }


def _waiting(row: Any) -> dict[str, Any]:
    return {
        "kind": row.kind,
        "session_id": row.session_id,
        "step": row.step_id,
        "due_at": iso(row.not_before),
        "text": row.text,
    }
