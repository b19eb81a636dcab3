"""What became of a proposal, as it reaches members: its message and, after it was done, the
question "did this change anything for you?" go when they fall due, to members who may be
messaged (closed sessions too), outside their quiet hours and within the daily cap; the
question is composed then, and only while the proposal is still done and they have not
answered. A tap on one of its buttons is the answer; the next text they type, if they
like, is kept as their words (unless something else was asked since)."""

from __future__ import annotations

from datetime import datetime, timedelta

import texts.outcomes as say
from dialogs.engagement import DAY, deliverable_at
from dialogs.models import Engagement
from dialogs.outcomes import ASKED_AFTER, IMPACTS, WORDS_LIMIT
from dialogs.proposals import tidy
from dialogs.sentiment import declining
from storage import outcomes as outcome_store
from storage import proposals as proposal_store
from storage import reprompts, sessions
from storage.models import CoSession, Kind, Member, id_of
from storage.outbox import Queued
from texts.i18n import short_date
from usecases.access import Denied, Refusal, refuse
from usecases.actions import ImpactButton
from usecases.context import Ctx, Out
from usecases.engagement import zone_of

WORDS_WITHIN = timedelta(days=1)  # after a tap, their next text is their words for this long
AFTER_THE_NEWS = timedelta(minutes=5)  # the question waits while the outcome is on its way


def compose(ctx: Ctx, due: Queued) -> Out | datetime | None:
    """An outcome's message or question fell due: it goes now (the question composed), or
    at the moment it may (quiet hours, the daily cap), or not at all (None)."""
    member = ctx.db.get(Member, due.member_id) if due.member_id else None
    cosession = sessions.get_session(db=ctx.db, session_id=due.session_id or 0)
    if member is None or cosession is None:
        return None
    flow = ctx.services.flows.of_session(ctx.db, cosession)
    rules = flow.engagement if flow is not None else Engagement()
    sent = reprompts.sent_since(db=ctx.db, member_id=id_of(member), since=ctx.now - DAY)
    when = deliverable_at(rules, ctx.now, zone_of(ctx, member), sent)
    if when > ctx.now:
        return when
    if due.kind == Kind.OUTCOME:
        return Out(due.text or "", kind=due.kind)
    return _question(ctx, due, cosession, member)


def _question(ctx: Ctx, due: Queued, cosession: CoSession, member: Member) -> Out | datetime | None:
    proposal = proposal_store.get_proposal(db=ctx.db, proposal_id=due.ref_id or 0)
    if proposal is None or proposal.hidden or proposal.withdrawn_at is not None:
        return None
    now = outcome_store.latest(db=ctx.db, proposal_id=id_of(proposal))
    if now is None or now.state != ASKED_AFTER:
        return None  # no longer done (back in progress): the question no longer applies
    if outcome_store.answer_of(db=ctx.db, proposal_id=id_of(proposal), member_id=id_of(member)):
        return None
    if outcome_store.still_to_tell(db=ctx.db, member_id=id_of(member), proposal_id=id_of(proposal)):
        return ctx.now + AFTER_THE_NEWS  # the news first, then the question about it
    date = now.at.astimezone(zone_of(ctx, member))
    text = say.QUESTION.format(
        title=cosession.title, id=proposal.number, text=proposal.text, date=short_date(date)
    )
    row = tuple(
        (say.IMPACT_LABELS[value], ImpactButton(id_of(proposal), value)) for value in IMPACTS
    )
    return Out(text, (row,), kind=Kind.IMPACT)


def answer_tap(ctx: Ctx, action: ImpactButton) -> None:
    """A tap on an answer: kept if that very message asked this member about that
    proposal; the buttons go and they may add words."""
    member = ctx.known_member()
    asked = (
        outcome_store.asked(
            db=ctx.db,
            member_id=id_of(member),
            proposal_id=action.proposal_id,
            chat_id=ctx.actor.chat_id,
            message_id=ctx.tapped or 0,
        )
        if member is not None and action.value in IMPACTS
        else None
    )
    outcome_id = int((asked.meta or {}).get("outcome", 0)) if asked is not None else 0
    if member is None or asked is None or asked.session_id is None or not outcome_id:
        refuse(ctx, Refusal(Denied.STALE))
        return
    ctx.in_session(asked.session_id, member.id)
    stored = outcome_store.add_answer(
        db=ctx.db,
        session_id=asked.session_id,
        proposal_id=action.proposal_id,
        outcome_id=outcome_id,
        member_id=id_of(member),
        value=action.value,
        message_id=ctx.tapped,
        words_until=ctx.now + WORDS_WITHIN,
        now=ctx.now,
    )
    if not stored:
        ctx.toast = say.ALREADY_ANSWERED
        ctx.edit(Out(asked.text or ""))
        return
    reprompts.mark_replied(db=ctx.db, row_id=id_of(asked), now=ctx.now)
    said = say.ANSWERED.format(label=say.IMPACT_LABELS[action.value])
    ctx.toast = said
    ctx.edit(Out(f"{asked.text or ''}\n\n{said}\n{say.WORDS_PLEASE}"))


def take_words(ctx: Ctx, text: str, reply_to: int | None = None) -> bool:
    """The member's typed text, as the words of the answer they just tapped, if it is that
    (a reply to that question, or the next text with nothing asked since); True if so."""
    member = ctx.known_member()
    waiting = (
        outcome_store.awaiting_words(db=ctx.db, member_id=id_of(member), now=ctx.now)
        if member is not None
        else None
    )
    if member is None or waiting is None or waiting.message_id is None:
        return False
    if reply_to is not None and reply_to != waiting.message_id:
        return False
    if reply_to is None and outcome_store.asked_since(
        db=ctx.db, member_id=id_of(member), chat_id=ctx.actor.chat_id, message_id=waiting.message_id
    ):
        return False
    ctx.in_session(waiting.session_id, member.id)
    words = tidy(text)
    if len(words) > WORDS_LIMIT:
        ctx.say(say.WORDS_TOO_LONG.format(limit=WORDS_LIMIT))
        return True
    if declining(words):
        outcome_store.keep_words(db=ctx.db, answer_id=id_of(waiting), words=None, now=ctx.now)
        ctx.say(say.WORDS_DECLINED)
        return True
    outcome_store.keep_words(db=ctx.db, answer_id=id_of(waiting), words=words, now=ctx.now)
    ctx.say(say.WORDS_KEPT)
    return True
