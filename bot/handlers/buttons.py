"""Every button press comes here first: its data is decoded by the one codec and handed to
the use case that checks where it was pressed and what it names."""

from __future__ import annotations

from typing import Any

from telegram import Update

from bot import callbacks, turn
from usecases import buttons
from usecases.actions import ForgetButton


async def on_button(update: Update, context: Any) -> None:
    """A tap; forged or outdated data gets a short notice and changes nothing."""
    data = update.callback_query.data or ""
    action = callbacks.decode(data)
    heavy = isinstance(action, ForgetButton)  # erasing someone may take a second or two
    await turn.run(update, context, buttons.press, data, action, heavy=heavy)
