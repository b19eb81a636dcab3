"""Every button press comes here first; its data is decoded by the one codec and routed to
the use case it names (which checks it against the database)."""

from __future__ import annotations

from typing import Any

from telegram import Update

from bot import callbacks, turn
from usecases import answer, join, members, messages, mydata, polls, proposals

ROUTES: dict[type, Any] = {
    callbacks.Consent: join.consent,
    callbacks.FlowButton: answer.tap,
    callbacks.VoteButton: proposals.vote,
    callbacks.BrowseButton: proposals.browse,
    callbacks.BallotButton: polls.ballot,
    callbacks.TimezoneButton: members.choose_timezone,
    callbacks.ForgetButton: mydata.confirm_forget,
}


async def on_button(update: Update, context: Any) -> None:
    """Route a button press; forged or outdated data gets a short notice and changes nothing."""
    action = callbacks.decode(update.callback_query.data)
    if action is None:
        await turn.run(update, context, messages.unknown_button)
    else:
        await turn.run(update, context, ROUTES[type(action)], action)
