"""Organiser polls: /poll, /results, /closepoll, and /linkgroup in a group chat (ballots
are routed by `buttons`, the guided form's messages by `member`)."""

from __future__ import annotations

from typing import Any

from telegram import Update

from bot import turn
from usecases import pollform, polls


async def on_poll(update: Update, context: Any) -> None:
    """Launch a poll from one command, or start the guided form."""
    await turn.run(update, context, pollform.poll, turn.command_args(update))


async def on_results(update: Update, context: Any) -> None:
    """Counts, and for polls that are not anonymous, who chose what."""
    await turn.run(update, context, polls.results, turn.command_args(update))


async def on_closepoll(update: Update, context: Any) -> None:
    """Close a poll now and announce its results to the members who got it."""
    await turn.run(update, context, polls.close, turn.command_args(update))


async def on_linkgroup(update: Update, context: Any) -> None:
    """Sent in a group chat: link it to a session's community."""
    await turn.run(update, context, polls.link_group, turn.command_args(update))
