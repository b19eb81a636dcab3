"""A member's answers to the session's flow: start it, apply an event to it, show the
waiting question, and remind them of it later."""

from __future__ import annotations

import dialogs
from dialogs.schedule import plan_after
from storage import dialog as dialog_store
from storage import outbox, sessions
from storage.models import DialogStateRow, Member
from storage.outbox import Queued
from usecases import texts
from usecases.access import Denied, Place, Refusal, place_of, refuse
from usecases.actions import FlowButton
from usecases.context import Ctx, Out
from usecases.proposals import give_feedback, show_card, submit_proposal


def to_out(reply: dialogs.Reply, session_id: int, **fields: object) -> Out:
    buttons = tuple(
        tuple((b.label, FlowButton(session_id, b.step_id, b.value)) for b in row)
        for row in reply.buttons
    )
    return Out(reply.text, buttons, **fields)  # type: ignore[arg-type]


def answer(ctx: Ctx, event: dialogs.state.Event, *, session_id: int | None = None) -> None:
    """Apply a member's text, tap or command to their session's flow. A tap names the
    session of its question; anything else goes to the member's active session."""
    place = place_of(ctx, session_id=session_id)
    if isinstance(place, Refusal):
        if place.reason is Denied.NO_SESSION and isinstance(event, dialogs.UnsupportedEvent):
            ctx.say(texts.NON_TEXT_OUTSIDE_FLOW)
        else:
            refuse(ctx, place)
        return
    row = _load(ctx, place)
    if row is None:
        start_flow(ctx, place)
        return
    state = dialogs.DialogState.from_json(row.state)
    ctx.about.step_id = state.step_id
    _apply(ctx, place, dialogs.handle(place.flow, state, event, ctx.now), row)


def tap(ctx: Ctx, action: FlowButton) -> None:
    """A tap on a question's button, checked against the member's own session and step."""
    answer(ctx, dialogs.ButtonEvent(action.step_id, action.value), session_id=action.session_id)


def start_flow(ctx: Ctx, place: Place) -> None:
    """Begin the flow (right after consent)."""
    _apply(ctx, place, dialogs.start(place.flow, ctx.now), _load(ctx, place))


def show_current(ctx: Ctx, place: Place) -> bool:
    """Ask the waiting question again; False if there is none."""
    question = _current(ctx, place)
    if question is not None:
        ctx.say(question)
    return question is not None


def remind(ctx: Ctx, due: Queued) -> Out | None:
    """A held reminder fell due: the waiting question again, with its buttons, so it can
    be answered from the reminder itself; None if it no longer applies."""
    member = ctx.db.get(Member, due.member_id)
    place = place_of(ctx, session_id=due.session_id, member=member) if member else None
    if not isinstance(place, Place):
        return None
    question = _current(ctx, place)
    if question is None or question.step_id != due.step_id:
        return None
    engagement = place.flow.engagement
    if due.attempt < engagement.max_nudges:  # the next one, further apart
        wait = engagement.nudge_after * engagement.nudge_backoff**due.attempt
        outbox.schedule_reprompt(
            db=ctx.db,
            session_id=place.cosession.id,
            member_id=place.member.id,
            chat_id=place.member.telegram_id,
            step_id=question.step_id,
            kind="reminder",
            attempt=due.attempt + 1,
            due_at=ctx.now + wait,
            now=ctx.now,
        )
    text = texts.REMINDER.format(title=place.cosession.title, question=question.text)
    return question.but(text=text, kind="reminder")


def _load(ctx: Ctx, place: Place) -> DialogStateRow | None:
    return dialog_store.get_dialog(
        db=ctx.db, session_id=place.cosession.id, member_id=place.member.id, for_update=True
    )


def _current(ctx: Ctx, place: Place) -> Out | None:
    row = dialog_store.get_dialog(
        db=ctx.db, session_id=place.cosession.id, member_id=place.member.id
    )
    state = dialogs.DialogState.from_json(row.state) if row is not None else None
    reply = dialogs.current_question(place.flow, state) if state is not None else None
    if reply is None:
        return None
    return to_out(reply, place.cosession.id, question=True, step_id=state.step_id)


def _apply(ctx: Ctx, place: Place, outcome: dialogs.Outcome, read: DialogStateRow | None) -> None:
    """Persist what the engine decided, then say what it said."""
    said_ack = False
    if outcome.changed:
        said_ack = _store(ctx, place, outcome, read)
        _plan(ctx, place, outcome)
    sid = place.cosession.id
    if outcome.edit is not None:
        ctx.edit(to_out(outcome.edit, sid))
    ctx.toast = outcome.notice
    waiting = outcome.state.step_id
    last = len(outcome.replies) - 1
    for i, reply in enumerate(outcome.replies):
        if reply.ack and said_ack:
            continue  # the submission said it more precisely
        ctx.say(to_out(reply, sid, question=i == last and waiting is not None, step_id=waiting))
    if outcome.handoff == "vote":
        show_card(ctx, place)


def _store(ctx: Ctx, place: Place, outcome: dialogs.Outcome, read: DialogStateRow | None) -> bool:
    """Save the state and the answer; True if a proposal or feedback acknowledged itself."""
    db, now, member = ctx.db, ctx.now, place.member
    dialog_store.save_dialog(
        db=db,
        session_id=place.cosession.id,
        member_id=member.id,
        state=outcome.state.to_json(),
        step_id=outcome.state.step_id,
        now=now,
        read=read,
    )
    answer = outcome.answer
    mood = answer.sentiment if answer else None
    if answer is not None:
        ctx.about.step_id = answer.step_id
        ctx.about.polarity = mood.polarity if mood else None
        ctx.about.subjectivity = mood.subjectivity if mood else None
        dialog_store.add_answer(
            db=db,
            session_id=place.cosession.id,
            member_id=member.id,
            step_id=answer.step_id,
            kind=answer.kind,
            value=answer.value,
            text=answer.text,
            polarity=ctx.about.polarity,
            subjectivity=ctx.about.subjectivity,
            now=now,
        )
    acknowledged = False
    if outcome.proposal:
        submit_proposal(ctx, place, outcome.proposal, mood=mood)
        acknowledged = True
    if outcome.feedback:
        give_feedback(ctx, place, outcome.feedback, mood=mood, step_id=answer and answer.step_id)
        acknowledged = True
    if outcome.completed:
        sessions.mark_completed(db=db, participation=place.participation, now=now)
    return acknowledged


def _plan(ctx: Ctx, place: Place, outcome: dialogs.Outcome) -> None:
    """Hold what the engagement loop may send later (see dialogs/schedule.py)."""
    plan = plan_after(place.flow, outcome, ctx.now)
    sid, mid = place.cosession.id, place.member.id
    if plan.cancel_pending:
        outbox.cancel_reprompts(db=ctx.db, session_id=sid, member_id=mid, now=ctx.now)
    for item in plan.add:
        outbox.schedule_reprompt(
            db=ctx.db,
            session_id=sid,
            member_id=mid,
            chat_id=place.member.telegram_id,
            step_id=item.step_id,
            kind=item.kind,
            attempt=item.attempt,
            due_at=item.due_at,
            now=ctx.now,
        )
