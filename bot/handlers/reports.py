"""What members wrote, stats and exports for organisers and coordinators (/stats, /export,
/answers; /proposals <code> and /feedback <code> are routed by `proposals`), and a member's
own data (/mydata, /forget; the confirmation is routed by `buttons`)."""

from __future__ import annotations

from typing import Any

from telegram import Update

from bot import turn
from usecases import exports, mydata, readings, stats


async def on_stats(update: Update, context: Any) -> None:
    """A session's numbers now, its chart as a photo right after."""
    await turn.run(update, context, stats.stats, turn.command_args(update), heavy=True)


async def on_export(update: Update, context: Any) -> None:
    """A session as a CSV, JSON or Markdown document."""
    await turn.run(update, context, exports.export, turn.command_args(update))


async def on_answers(update: Update, context: Any) -> None:
    """The answers to one question of a session."""
    await turn.run(update, context, readings.read_answers, turn.command_args(update))


async def on_mydata(update: Update, context: Any) -> None:
    """A file with everything stored about the member."""
    await turn.run(update, context, mydata.mydata)


async def on_forget(update: Update, context: Any) -> None:
    """Erase the member's data, once they confirm."""
    await turn.run(update, context, mydata.forget)
