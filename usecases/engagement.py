"""The engagement loop's use cases: hold reprompts after a member's answer (as the pure
policy in `dialogs.engagement` decides; an elaboration request is asked at once, in place
of the next question), compose one when it falls due (one side question out at a time,
and none while the member is talking), and take a member's answer to a follow-up or an
elaboration request."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import dialogs
import texts.members
from dialogs import texts as flow_texts
from dialogs.engagement import (
    CHAMPION,
    DAY,
    ELABORATION,
    REMINDER,
    SIDE_KINDS,
    Held,
    Planned,
    Said,
    after_answer,
    after_quiet_hours,
    after_sent,
    after_silence,
    deliverable_at,
    opening,
)
from dialogs.proposals import FEEDBACK_LIMITS, check_text, tidy
from dialogs.sentiment import SentimentClass, declining
from storage import audience, polls, reprompts, transcript
from storage import dialog as dialog_store
from storage.models import SIDE_KINDS as SIDE_ROW_KINDS
from storage.models import Kind, Member, Outbox, id_of
from storage.outbox import Queued
from usecases.access import Place, place_of
from usecases.context import Ctx, Out
from usecases.flowview import current_question
from usecases.links import invite_link, share_button
from usecases.moods import reader


def zone_of(ctx: Ctx, member: Member) -> ZoneInfo:
    """The member's time zone, or the deployment's default (DEFAULT_TIMEZONE)."""
    return zone_named(ctx, member.timezone)


def zone_named(ctx: Ctx, name: str | None) -> ZoneInfo:
    """The zone of that name; the deployment's default for none, or one no longer known."""
    try:
        return ZoneInfo(name) if name else ctx.services.default_zone
    except (KeyError, ValueError):
        return ctx.services.default_zone


def plan(
    ctx: Ctx,
    place: Place,
    *,
    answered: dialogs.Answer | None,
    waiting: str | None,
    left: str | None = None,
) -> Out | None:
    """Hold what the loop may send this member later, and void what the answer made void;
    the elaboration request to ask now, in place of the next question, if any."""
    db, sid, member = ctx.db, id_of(place.cosession), place.member
    rules = place.flow.engagement
    said = _said(answered, rules)
    moods: list[SentimentClass] = []
    proposed, held = False, []
    if said is not None and said.free_text:  # only words can call for a side question or
        polarities, proposed, queued = reprompts.engagement_facts(
            db=db, session_id=sid, member_id=id_of(member)
        )  # change what the member's answers say of them (the champion rule)
        moods = [
            "unknown" if p is None else dialogs.classify(dialogs.Sentiment(p, 0.0), rules)
            for p in polarities
        ]
        held = [Held(*h) for h in queued]
    decided = after_answer(
        place.flow,
        answered=said,
        waiting=waiting,
        left=left,
        moods=moods,
        proposed=proposed,
        held=held,
        now=ctx.now,
        reachable=audience.may_message(
            member=member, participation=place.participation, cosession=place.cosession
        ),
    )
    reprompts.void(
        db=db,
        session_id=sid,
        member_id=id_of(member),
        now=ctx.now,
        steps=decided.void_steps,
        kinds=decided.void_kinds,
        chat_id=member.telegram_id,  # the void may go with the replies
    )
    zone, asked = zone_of(ctx, member), None
    for item in decided.hold:
        if item.kind == ELABORATION:
            asked = _elaboration(ctx, place, item, zone)
        else:  # with the turn's replies, in their statement (`bot.calls`)
            hold(ctx, place, item, zone, later=True)
    return asked


def _elaboration(ctx: Ctx, place: Place, planned: Planned, zone: ZoneInfo) -> Out | None:
    """An elaboration request to say now (None over the daily cap): queued as a reprompt
    row of its own, with the turn's replies, so its answer is known for what it is."""
    member, rules = place.member, place.flow.engagement
    sent = reprompts.sent_since(db=ctx.db, member_id=id_of(member), since=ctx.now - DAY)
    if deliverable_at(rules, ctx.now, zone, sent) > ctx.now:
        return None
    first = opening(rules, ELABORATION, title=place.cosession.title, quote=planned.quote)
    key = reprompts.reprompt_key(
        ELABORATION, id_of(place.cosession), id_of(member), planned.step_id, 1
    )
    return Out(
        f"{first}\n\n{flow_texts.SIDE_HINT}",
        kind=Kind.ELABORATION,
        step_id=planned.step_id,
        dedupe_key=key,
    )


def hold(ctx: Ctx, place: Place, planned: Planned, zone: ZoneInfo, *, later: bool = False) -> None:
    """Hold a planned reprompt for the place's member, moved out of the flow's quiet hours
    in the member's zone (the one way the loop holds a reprompt); `later`: queued with the
    call's replies (`reprompts.hold`)."""
    reprompts.hold(
        db=ctx.db,
        session_id=id_of(place.cosession),
        member_id=id_of(place.member),
        chat_id=place.member.telegram_id,
        step_id=planned.step_id,
        kind=planned.kind,
        attempt=planned.attempt,
        due_at=after_quiet_hours(place.flow.engagement.quiet_hours, planned.due_at, zone),
        now=ctx.now,
        meta={"quote": planned.quote} if planned.quote else None,
        later=later,
    )


def _said(answer: dialogs.Answer | None, rules: dialogs.models.Engagement) -> Said | None:
    if answer is None:
        return None
    mood = dialogs.classify(answer.sentiment, rules) if answer.sentiment is not None else None
    text = answer.text if answer.value is not None else None
    return Said(answer.step_id, answer.kind, text, mood)


def compose(ctx: Ctx, due: Queued) -> Out | datetime | None:
    """A held reprompt fell due: its message; or the moment it may go (quiet hours, the
    daily cap); or None when it no longer applies (answered, left, session closed)."""
    member = ctx.db.get(Member, due.member_id)
    place = place_of(ctx, session_id=due.session_id, member=member) if member else None
    if not isinstance(place, Place) or member is None:
        return None
    rules, title = place.flow.engagement, place.cosession.title
    sent = reprompts.sent_since(db=ctx.db, member_id=id_of(member), since=ctx.now - DAY)
    when = deliverable_at(rules, ctx.now, zone_of(ctx, member), sent)
    if when > ctx.now:
        return when
    if due.text is not None and due.kind not in SIDE_ROW_KINDS:  # an organiser's poll reminder
        return _still_unvoted(ctx, due, member)
    heard = transcript.last_heard(db=ctx.db, member_id=id_of(member))
    quiet = after_silence(rules, Held(due.kind, due.step_id or "", due.attempt), heard)
    if quiet is not None and quiet > ctx.now:
        return quiet  # they are talking to us: not now
    if due.kind in SIDE_ROW_KINDS and reprompts.other_side_question_out(
        db=ctx.db, row_id=due.id or 0, session_id=due.session_id or 0, member_id=id_of(member)
    ):
        return None  # one side question at a time
    if due.text is not None:  # asked by a turn whose sender died: as it was
        return Out(due.text, kind=due.kind)
    if due.kind == REMINDER:
        return _reminder(ctx, place, due)
    if due.kind == CHAMPION:
        return _invitation(ctx, place)
    quote = (due.meta or {}).get("quote")
    first = opening(rules, due.kind, title=title, quote=quote)
    return Out(f"{first}\n\n{flow_texts.SIDE_HINT}", kind=due.kind)


def _invitation(ctx: Ctx, place: Place) -> Out:
    """The invitation to bring neighbours: the member's own link in the flow's words, and
    a button to pass it on in Telegram with a ready text."""
    title = place.cosession.title
    link = invite_link(ctx, place.cosession, place.participation)
    ready = texts.members.SHARE_INVITE_TEXT.format(title=title)
    share = share_button(texts.members.SHARE_INVITE_BUTTON, link, ready)
    text = opening(place.flow.engagement, CHAMPION, title=title, link=link)
    return Out(text, ((share,),), kind=CHAMPION)


def _still_unvoted(ctx: Ctx, due: Queued, member: Member) -> Out | None:
    poll = polls.get_poll(db=ctx.db, poll_id=due.ref_id) if due.ref_id else None
    if poll is None or poll.status != "open":
        return None
    if poll.anonymous:  # skipping those who voted would tell the queue who they are
        return Out(due.text or "", kind=due.kind)
    key = polls.key_of(poll=poll, member_id=id_of(member), fallback=ctx.services.ballot_secret)
    if key in polls.voter_keys(db=ctx.db, poll_id=id_of(poll)):
        return None
    return Out(due.text or "", kind=due.kind)


def _reminder(ctx: Ctx, place: Place, due: Queued) -> Out | None:
    question = current_question(ctx, place)
    if question is None or question.step_id != due.step_id:
        return None
    rules = place.flow.engagement
    following = after_sent(rules, Held(REMINDER, due.step_id or "", due.attempt), ctx.now)
    if following is not None:
        hold(ctx, place, following, zone_of(ctx, place.member))
    first = opening(rules, REMINDER, title=place.cosession.title)
    return question.but(text=f"{first}\n\n{question.text}", kind=REMINDER)


def side_answer(ctx: Ctx, place: Place, text: str, reply_to: int | None = None) -> bool:
    """Take a typed message as the answer to a follow-up or elaboration request, if it is
    one (`_answered`); True if so. "No", "nothing", "n/a" close it with no answer. The
    flow's own schedule is left as it is: this answers only the side question."""
    side = _answered(ctx, place, reply_to)
    if side is None or check_text(text, FEEDBACK_LIMITS) is not None:
        return False  # empty or too long: the flow's own checks answer it
    words = tidy(text)
    step = f"{side.step_id}:{side.kind}"
    ctx.about.step_id = step
    reprompts.mark_replied(db=ctx.db, row_id=id_of(side), now=ctx.now)
    if declining(words):
        _back_to_question(ctx, place, flow_texts.SIDE_DECLINED)
        return True
    ctx.about.copy_sentiment(reader(place)(words))
    dialog_store.add_answer(
        db=ctx.db,
        session_id=id_of(place.cosession),
        member_id=id_of(place.member),
        step_id=step,
        kind=side.kind,
        value=words,
        text=words,
        polarity=ctx.about.polarity,
        subjectivity=ctx.about.subjectivity,
        now=ctx.now,
        language=place.language,
    )
    _back_to_question(ctx, place, flow_texts.SIDE_THANKS)
    return True


def side_skip(ctx: Ctx, place: Place) -> bool:
    """/skip while a side question is the last thing asked: it skips that, not the flow's
    question behind it (which may not even be shown yet); True if so."""
    side = _answered(ctx, place, None)
    if side is None:
        return False
    reprompts.mark_replied(db=ctx.db, row_id=id_of(side), now=ctx.now)
    _back_to_question(ctx, place, flow_texts.SIDE_DECLINED)
    return True


def _answered(ctx: Ctx, place: Place, reply_to: int | None) -> Outbox | None:
    """The side question a message answers, by what the member answered, never by what
    was sent last: the message they replied to (a reply to anything else answers the
    flow); else the one shown after the flow's waiting question, if any."""
    side = reprompts.open_side_question(
        db=ctx.db,
        session_id=id_of(place.cosession),
        member_id=id_of(place.member),
        message_id=reply_to,
    )
    return side if side is not None and side.message_id is not None else None


def _back_to_question(ctx: Ctx, place: Place, first: str) -> None:
    ctx.say(first)
    question = current_question(ctx, place)
    if question is not None:
        ctx.say(question.but(text=f"{texts.members.BACK_TO_QUESTION}\n\n{question.text}"))


__all__ = ["SIDE_KINDS", "compose", "plan", "side_answer", "side_skip", "zone_of"]
