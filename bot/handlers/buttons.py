"""Every button press comes here first: its data is decoded by the one codec and handed to
the use case that checks where it was pressed and what it names."""

from __future__ import annotations

from typing import Any

from telegram import Update

from bot import callbacks, turn
from usecases import buttons


async def on_button(update: Update, context: Any) -> None:
    """A tap; forged or outdated data gets a short notice and changes nothing."""
    data = update.callback_query.data or ""
    await turn.run(update, context, buttons.press, data, callbacks.decode(data))
