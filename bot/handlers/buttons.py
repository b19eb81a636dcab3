"""Every button press comes here first; its data is decoded by the one codec."""

from __future__ import annotations

from typing import Any

from telegram import Update

from bot import callbacks, texts
from bot.handlers.join import on_consent
from bot.handlers.member import on_flow_button
from bot.handlers.polls import on_ballot
from bot.handlers.proposals import on_browse, on_vote
from bot.turn import Turn


async def on_button(update: Update, context: Any) -> None:
    """Route a button press; forged or outdated data gets a short notice and changes nothing."""
    action = callbacks.decode(update.callback_query.data)
    if isinstance(action, callbacks.Consent):
        await on_consent(update, context, action)
    elif isinstance(action, callbacks.FlowButton):
        await on_flow_button(update, context, action)
    elif isinstance(action, callbacks.VoteButton):
        await on_vote(update, context, action)
    elif isinstance(action, callbacks.BrowseButton):
        await on_browse(update, context, action)
    elif isinstance(action, callbacks.BallotButton):
        await on_ballot(update, context, action)
    else:
        async with Turn.begin(update, context) as turn:
            turn.toast = texts.STALE_BUTTON
