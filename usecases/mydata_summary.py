"""The readable part of /mydata: a short message a member can read on a phone, before the
complete record arrives as a file."""

from __future__ import annotations

from datetime import datetime

import texts.members
from storage import personal
from storage.models import Member, Participation, id_of
from usecases.context import Ctx
from usecases.times import day


def summary_text(ctx: Ctx, member: Member) -> str:
    """Who they are to the bot, and per session what they gave; the file follows."""
    you = texts.members.MYDATA_YOU.format(
        name=member.display_name,
        username=f" (@{member.username})" if member.username else "",
        zone=member.timezone or texts.members.MYDATA_NO_ZONE,
    )
    counted = personal.tallies(db=ctx.db, member_id=id_of(member))
    lines = [
        texts.members.MYDATA_SESSION.format(
            title=cosession.title,
            joined=_date(p.joined_at),
            consent=_consent(p),
            **{
                "answers": 0,
                "proposals": 0,
                "votes": 0,
                "feedback": 0,
                **counted.get(p.session_id, {}),
            },
        )
        for p, cosession in personal.participations(db=ctx.db, member_id=id_of(member))
    ] or [texts.members.MYDATA_NO_SESSIONS]
    head = [texts.members.MYDATA_HEAD, you]
    return "\n\n".join(["\n".join(head), "\n".join(lines), texts.members.MYDATA_FILE_NEXT])


def _consent(p: Participation) -> str:
    if p.consented_at is not None:
        return texts.members.MYDATA_AGREED.format(date=_date(p.consented_at))
    return texts.members.MYDATA_DECLINED if p.declined_at else texts.members.MYDATA_NOT_ASKED


def _date(at: datetime) -> str:
    return day(at)
