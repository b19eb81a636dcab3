"""Run the flow engine for one member event inside a Turn, and persist what it decided.

No Telegram types beyond the Turn: load state, call the pure engine, save, queue replies.
"""

from __future__ import annotations

from typing import Any

import dialogs
from bot import texts
from bot.callbacks import FlowButton
from bot.handlers.proposals import show_card
from bot.render import Out
from bot.turn import Turn
from dialogs.schedule import plan_after
from storage import dialog as dialog_store
from storage import proposals as proposal_store
from storage import reprompts, sessions
from storage.models import CoSession, Member, Participation


def to_out(
    reply: dialogs.Reply, session_id: int, *, question: bool = False, step_id: str | None = None
) -> Out:
    buttons = tuple(
        tuple((b.label, FlowButton(session_id, b.step_id, b.value)) for b in row)
        for row in reply.buttons
    )
    return Out(reply.text, buttons, step_id=step_id, question=question)


def load_state(turn: Turn, cosession: CoSession, member: Member) -> dialogs.DialogState | None:
    row = dialog_store.get_dialog(db=turn.db, session_id=cosession.id, member_id=member.id)
    return dialogs.DialogState.from_json(row.state) if row is not None else None


def start_flow(
    turn: Turn, flow: Any, cosession: CoSession, member: Member, participation: Participation
) -> None:
    apply(turn, flow, cosession, member, participation, dialogs.start(flow, turn.now))


def run_event(
    turn: Turn,
    flow: Any,
    cosession: CoSession,
    member: Member,
    participation: Participation,
    event: Any,
    *,
    button_message_id: int | None = None,
) -> None:
    state = load_state(turn, cosession, member)
    if state is None:
        start_flow(turn, flow, cosession, member, participation)
        return
    turn.step_id = state.step_id
    outcome = dialogs.handle(flow, state, event, turn.now)
    apply(
        turn, flow, cosession, member, participation, outcome, button_message_id=button_message_id
    )


def show_current(turn: Turn, flow: Any, cosession: CoSession, member: Member) -> bool:
    """Ask the waiting question again; False if there is none."""
    state = load_state(turn, cosession, member)
    reply = dialogs.current_question(flow, state) if state is not None else None
    if reply is None:
        return False
    turn.say(to_out(reply, cosession.id, question=True, step_id=state.step_id))
    return True


def apply(
    turn: Turn,
    flow: Any,
    cosession: CoSession,
    member: Member,
    participation: Participation,
    outcome: dialogs.Outcome,
    *,
    button_message_id: int | None = None,
) -> None:
    if outcome.changed:
        _store(turn, cosession, member, participation, outcome)
        _plan(turn, flow, cosession, member, outcome)
    if outcome.edit is not None and button_message_id is not None:
        turn.edit(button_message_id, to_out(outcome.edit, cosession.id))
    turn.toast = outcome.notice
    last = len(outcome.replies) - 1
    waiting = outcome.state.step_id
    for i, reply in enumerate(outcome.replies):
        is_question = i == last and waiting is not None
        turn.say(to_out(reply, cosession.id, question=is_question, step_id=waiting))
    if outcome.handoff == "vote":
        show_card(turn, cosession.id, cosession.title, member, 0)


def _store(
    turn: Turn,
    cosession: CoSession,
    member: Member,
    participation: Participation,
    outcome: dialogs.Outcome,
) -> None:
    db, now = turn.db, turn.now
    dialog_store.save_dialog(
        db=db,
        session_id=cosession.id,
        member_id=member.id,
        state=outcome.state.to_json(),
        step_id=outcome.state.step_id,
        now=now,
    )
    answer = outcome.answer
    polarity = answer.sentiment.polarity if answer and answer.sentiment else None
    subjectivity = answer.sentiment.subjectivity if answer and answer.sentiment else None
    if answer is not None:
        turn.step_id, turn.polarity, turn.subjectivity = answer.step_id, polarity, subjectivity
        dialog_store.add_answer(
            db=db,
            session_id=cosession.id,
            member_id=member.id,
            step_id=answer.step_id,
            kind=answer.kind,
            value=answer.value,
            text=answer.text,
            polarity=polarity,
            subjectivity=subjectivity,
            now=now,
        )
    if outcome.proposal:
        duplicate = proposal_store.find_duplicate(
            db=db, session_id=cosession.id, text=outcome.proposal
        )
        if duplicate is not None:
            turn.say(texts.PROPOSAL_DUPLICATE.format(id=duplicate.id))
        proposal_store.add_proposal(
            db=db,
            session_id=cosession.id,
            member_id=member.id,
            text=outcome.proposal,
            now=now,
            polarity=polarity,
            subjectivity=subjectivity,
        )
    if outcome.feedback:
        proposal_store.add_feedback(
            db=db,
            session_id=cosession.id,
            member_id=member.id,
            text=outcome.feedback,
            now=now,
            step_id=answer.step_id if answer else None,
            polarity=polarity,
            subjectivity=subjectivity,
        )
    if outcome.completed:
        sessions.mark_completed(db=db, participation=participation, now=now)


def _plan(
    turn: Turn, flow: Any, cosession: CoSession, member: Member, outcome: dialogs.Outcome
) -> None:
    """Persist what the engagement loop may send later (see dialogs/schedule.py)."""
    plan = plan_after(flow, outcome, turn.now)
    if plan.cancel_pending:
        reprompts.cancel_pending(
            db=turn.db, session_id=cosession.id, member_id=member.id, now=turn.now
        )
    for item in plan.add:
        reprompts.schedule(
            db=turn.db,
            session_id=cosession.id,
            member_id=member.id,
            step_id=item.step_id,
            kind=item.kind,
            attempt=item.attempt,
            due_at=item.due_at,
            now=turn.now,
        )
