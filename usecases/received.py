"""What /nudge shows beside its count: the reminders each member it reminds was already
sent in the session, by pseudonym (as organisers read members everywhere), so that an
organiser sees who has heard from the bot twice before nudging again."""

from __future__ import annotations

from collections.abc import Sequence

import texts.organisers
from dialogs import Flow
from reports.pseudonyms import Labels
from storage import reprompts
from storage.models import CoSession, Member, id_of
from usecases.context import Ctx
from usecases.times import reader_time

SHOWN = 30  # members listed by name; the rest counted


def received(
    ctx: Ctx, cosession: CoSession, members: Sequence[tuple[Member, str | None]]
) -> list[str]:
    """Lines: a head, then each member (and the step they wait at) with what they got."""
    shown = members[:SHOWN]
    got = reprompts.reminders_received(
        db=ctx.db, session_id=id_of(cosession), member_ids=[id_of(m) for m, _ in shown]
    )
    label = Labels(cosession.pseudonym_salt)
    flow = ctx.services.flows.read_by_team(ctx.db, cosession)
    lines: list[str] = [texts.organisers.RECEIVED_HEAD]
    for member, step in shown:
        n, last = got.get(id_of(member), (0, None))
        what = (
            texts.organisers.RECEIVED_SOME.format(n=n, when=reader_time(ctx, last))
            if last is not None
            else texts.organisers.RECEIVED_NONE
        )
        who = label(member.id)
        template = texts.organisers.RECEIVED_AT if step else texts.organisers.RECEIVED
        lines.append(template.format(who=who, step=_step_name(flow, step), what=what))
    if len(members) > SHOWN:
        lines.append(texts.organisers.RECEIVED_MORE.format(n=len(members) - SHOWN))
    return lines


def _step_name(flow: Flow | None, step_id: str | None) -> str:
    """A step as the team reads it: its label in their language, else its id."""
    step = flow.step(step_id) if flow is not None and step_id else None
    return step.short_label if step is not None else step_id or ""
