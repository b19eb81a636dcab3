"""A button press. Its data is only a claim: it acts only on the message of the chat that
carries that very button (as the bot sent it or last edited it), only buttons declared
for groups act in a group, a button for a role is refused to whoever lacks it, and the use
case it names checks everything again against the database."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from storage import outbox, outbox_reads
from storage.models import State
from usecases import (
    answer,
    ballots,
    broadcast,
    impact,
    join,
    language_choice,
    members,
    mydata,
    picking,
    pollform,
    readings,
    sessions,
    votes,
)
from usecases.access import Denied, Refusal, refuse
from usecases.actions import (
    Action,
    BallotButton,
    BrowseButton,
    Button,
    CloseSession,
    Consent,
    FlowButton,
    ForgetButton,
    FormButton,
    HelpButton,
    ImpactButton,
    LanguageButton,
    PickSession,
    QuestionButton,
    SendBroadcast,
    TimezoneButton,
    VoteButton,
)
from usecases.context import Ctx
from usecases.roles import who

ROUTES: dict[type[Button], Callable[[Ctx, Any], None]] = {
    Consent: join.consent,
    FlowButton: answer.tap,
    VoteButton: votes.vote,
    BrowseButton: votes.browse,
    BallotButton: ballots.ballot,
    FormButton: pollform.form_tap,
    TimezoneButton: members.choose_timezone,
    CloseSession: sessions.confirm_close,
    ForgetButton: mydata.confirm_forget,
    SendBroadcast: broadcast.send_broadcast,
    PickSession: picking.picked,
    QuestionButton: readings.question_tap,
    HelpButton: members.help_tap,
    ImpactButton: impact.answer_tap,
    LanguageButton: language_choice.choose_language,
}


def press(ctx: Ctx, data: str, action: Action | None) -> None:
    """Route a tap; forged, misplaced or outdated data gets a short notice, changes
    nothing and edits nothing."""
    label, known = None, False
    if ctx.tapped is not None:
        label, known = outbox_reads.tapped_button(
            db=ctx.db, chat_id=ctx.actor.chat_id, message_id=ctx.tapped, data=data
        )
    if label is not None and ctx.tapped is not None:
        if not known:  # a message the bot knows is no unrecorded copy
            _record_the_copy(ctx, ctx.tapped, data)
        ctx.about.label = label  # the transcript shows what was tapped as it read
    if action is None or label is None or not (ctx.actor.private or action.in_groups):
        refuse(ctx, Refusal(Denied.STALE))
        return
    if action.roles and not ctx.roles() & action.roles:
        refuse(ctx, Refusal(Denied.NOT_ALLOWED, role=who(action.roles)))
        return
    ctx.about.staff = bool(action.roles)  # a team's button: out of exports, as its commands
    ROUTES[type(action)](ctx, action)


def _record_the_copy(ctx: Ctx, message_id: int, data: str) -> None:
    """A tap on a copy whose sending was never recorded proves it arrived: the row waiting
    to go again (its claim lapsed) is recorded as that message, not sent a second time. A
    row in flight is left to its sender."""
    copy = outbox_reads.unrecorded_copy(
        db=ctx.db, chat_id=ctx.actor.chat_id, message_id=message_id, data=data
    )
    if copy is not None and copy[1] == State.PENDING:
        outbox.mark_sent(db=ctx.db, sent=[(copy[0], message_id)], now=ctx.now)
