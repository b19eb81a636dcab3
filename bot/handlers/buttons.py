"""Every button press comes here first; its data is decoded by the one codec."""

from __future__ import annotations

from typing import Any

from telegram import Update

from bot import callbacks, texts
from bot.handlers.join import on_consent
from bot.handlers.member import on_flow_button
from bot.turn import Turn


async def on_button(update: Update, context: Any) -> None:
    """Route a button press; forged or outdated data gets a short notice and changes nothing."""
    action = callbacks.decode(update.callback_query.data)
    if isinstance(action, callbacks.Consent):
        await on_consent(update, context, action)
    elif isinstance(action, callbacks.FlowButton):
        await on_flow_button(update, context, action)
    else:
        async with Turn.begin(update, context) as turn:
            turn.toast = texts.STALE_BUTTON
