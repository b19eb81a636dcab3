"""/start with a join code (the consent buttons are routed by `buttons`)."""

from __future__ import annotations

from typing import Any

from telegram import Update

from bot import turn
from usecases import join


async def on_start(update: Update, context: Any) -> None:
    """Join a session from its deep link, or say how to."""
    await turn.run(update, context, join.start, turn.command_args(update))
