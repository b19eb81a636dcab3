"""A member's answers to the session's flow: start it, apply an event to it, show the
waiting question."""

from __future__ import annotations

import dataclasses

import dialogs
import texts.members
from storage import dialog as dialog_store
from storage import joins, sessions
from storage.models import DialogStateRow, id_of
from usecases import engagement, moods
from usecases.access import Denied, Place, Refusal, place_of, refitted, refuse
from usecases.actions import FlowButton
from usecases.context import Ctx, Out
from usecases.flowview import current_question, to_out
from usecases.proposals import give_feedback, submit_proposal
from usecases.votes import say_unvoted, show_card


def answer(
    ctx: Ctx,
    event: dialogs.state.Event,
    *,
    session_id: int | None = None,
    reply_to: int | None = None,
) -> None:
    """Apply a member's text, tap or command to their session's flow. A tap names the
    session of its question; anything else goes to the member's active session. Typed text
    (`reply_to`: the message it replies to) may answer a follow-up or an elaboration
    request instead (`engagement.side_answer`); /skip then skips that."""
    place = place_of(ctx, session_id=session_id)
    if isinstance(place, Refusal):
        if place.reason is Denied.NO_SESSION and isinstance(event, dialogs.UnsupportedEvent):
            ctx.say(texts.members.NON_TEXT_OUTSIDE_FLOW)
        else:
            refuse(ctx, place)
        return
    row = _load(ctx, place)
    if _on_the_side(ctx, place, event, reply_to):
        return
    if row is None:
        start_flow(ctx, place)
        return
    state = dialogs.DialogState.from_json(row.state)
    ctx.about.step_id = state.step_id
    outcome = dialogs.handle(place.flow, state, event, ctx.now, sentiment=moods.reader(place))
    if _on_from_vote(place, state, outcome):
        say_unvoted(ctx, place)
    _apply(ctx, place, outcome, row)


def _on_from_vote(place: Place, state: dialogs.DialogState, outcome: dialogs.Outcome) -> bool:
    """Did the member go on (Continue) from the flow's vote step?"""
    step = place.flow.step(state.step_id)
    went_on = outcome.changed and outcome.state.history[-1:] == (state.step_id,)
    return step is not None and step.kind == "vote" and went_on


def _on_the_side(
    ctx: Ctx,
    place: Place,
    event: dialogs.state.Event,
    reply_to: int | None,
) -> bool:
    if isinstance(event, dialogs.TextEvent):
        return engagement.side_answer(ctx, place, event.text, reply_to)
    if isinstance(event, dialogs.CommandEvent) and event.name.strip("/").casefold() == "skip":
        return engagement.side_skip(ctx, place)
    return False


def back(ctx: Ctx) -> None:
    """/back: the previous question again."""
    answer(ctx, dialogs.CommandEvent("back"))


def skip(ctx: Ctx) -> None:
    """/skip: past an optional question."""
    answer(ctx, dialogs.CommandEvent("skip"))


def tap(ctx: Ctx, action: FlowButton) -> None:
    """A tap on a question's button, checked against the member's own session and step."""
    answer(ctx, dialogs.ButtonEvent(action.step_id, action.value), session_id=action.session_id)


def start_flow(ctx: Ctx, place: Place) -> None:
    """Begin the flow (right after consent)."""
    row = _load(ctx, place)
    _apply(ctx, place, dialogs.start(place.flow, ctx.now, first=row is None), row)


def show_current(ctx: Ctx, place: Place) -> Out | None:
    """Ask the waiting question again (on a vote step, with the proposal to vote on next);
    None if there is none."""
    question = current_question(ctx, place)
    if question is not None:
        ctx.say(question)
        step = place.flow.step(question.step_id)
        if step is not None and step.kind == "vote":
            show_card(ctx, place)
    return question


def _load(ctx: Ctx, place: Place) -> DialogStateRow | None:
    return dialog_store.get_dialog(
        db=ctx.db, session_id=id_of(place.cosession), member_id=id_of(place.member), for_update=True
    )


def _apply(ctx: Ctx, place: Place, outcome: dialogs.Outcome, read: DialogStateRow | None) -> None:
    """Persist what the engine decided, then say what it said."""
    said_ack, asked = False, None
    if outcome.changed:
        said_ack = _store(ctx, place, outcome, read)
        if outcome.answer is not None:  # the answer may put the member in another segment
            place, outcome = _fit_again(ctx, place, outcome)
        left = read.step_id if read is not None else None
        waiting = outcome.state.step_id
        asked = engagement.plan(ctx, place, answered=outcome.answer, waiting=waiting, left=left)
    sid = id_of(place.cosession)
    if outcome.edit is not None:
        ctx.edit(to_out(outcome.edit, sid))
    ctx.toast = outcome.notice
    waiting = outcome.state.step_id
    last = len(outcome.replies) - 1
    for i, reply in enumerate(outcome.replies):
        if reply.ack and said_ack:
            continue  # the submission said it more precisely
        question = i == last and waiting is not None
        if question and asked is not None:
            ctx.say(asked)  # more about that answer first; the question follows its answer
            continue
        ctx.say(to_out(reply, sid, question=question, step_id=waiting))
    if outcome.handoff == "vote":
        show_card(ctx, place)


def _fit_again(ctx: Ctx, place: Place, outcome: dialogs.Outcome) -> tuple[Place, dialogs.Outcome]:
    """After an answer is stored: the place fitted to the member's segments now, and the
    question that follows in the variant they read now (issue 21)."""
    again = refitted(ctx, place)
    waiting = outcome.state.step_id
    before, after = place.flow.step(waiting), again.flow.step(waiting)
    if again is place or before is None or after is None or before.prompt == after.prompt:
        return again, outcome
    replies = list(outcome.replies)
    if replies and before.prompt in replies[-1].text:
        text = replies[-1].text.replace(before.prompt, after.prompt, 1)
        replies[-1] = dataclasses.replace(replies[-1], text=text)
    return again, dataclasses.replace(outcome, replies=tuple(replies))


def _store(ctx: Ctx, place: Place, outcome: dialogs.Outcome, read: DialogStateRow | None) -> bool:
    """Save the state and the answer; True if a proposal or feedback acknowledged itself."""
    db, now, member = ctx.db, ctx.now, place.member
    dialog_store.save_dialog(
        db=db,
        session_id=id_of(place.cosession),
        member_id=id_of(member),
        state=outcome.state.to_json(),
        step_id=outcome.state.step_id,
        now=now,
        read=read,
    )
    answer = outcome.answer
    mood = answer.sentiment if answer else None
    before = _words_before(ctx, place, answer) if outcome.proposal else None
    if answer is not None:
        ctx.about.step_id = answer.step_id
        ctx.about.copy_sentiment(mood)
        before_it = dialogs.DialogState.from_json(read.state) if read is not None else None
        dialog_store.add_answer(
            db=db,
            session_id=id_of(place.cosession),
            member_id=id_of(member),
            step_id=answer.step_id,
            kind=answer.kind,
            value=answer.value,
            text=answer.text,
            polarity=ctx.about.polarity,
            subjectivity=ctx.about.subjectivity,
            now=now,
            language=place.language,
            replaces=before_it is None or before_it.replaces_an_answer(answer.step_id),
        )
        # the first answer makes the join count for whoever brought them (one statement,
        # only while the row read for this turn says it has not)
        joins.activate(db=db, participation=place.participation, now=now)
    acknowledged = False
    if outcome.proposal:
        submit_proposal(ctx, place, outcome.proposal, mood=mood, replaces=before)
        acknowledged = True
    if outcome.feedback:
        give_feedback(
            ctx, place, outcome.feedback, mood=mood, step_id=answer.step_id if answer else None
        )
        acknowledged = True
    if outcome.completed:
        sessions.mark_completed(db=db, participation=place.participation, now=now)
    return acknowledged


def _words_before(ctx: Ctx, place: Place, answer: dialogs.Answer | None) -> str | None:
    """What the member wrote at this step before going /back to it (skipped since or not)."""
    if answer is None:
        return None
    return dialog_store.last_text(
        db=ctx.db,
        session_id=id_of(place.cosession),
        member_id=id_of(place.member),
        step_id=answer.step_id,
    )
