"""Proposals, feedback and moderation (votes and card browsing are routed by `buttons`)."""

from __future__ import annotations

from typing import Any

from telegram import Update

from bot import turn
from usecases import proposals, votes


async def on_propose(update: Update, context: Any) -> None:
    """Add a proposal to the member's session."""
    await turn.run(update, context, proposals.propose, turn.command_args(update))


async def on_proposals(update: Update, context: Any) -> None:
    """Members: the session's proposals one card at a time; organisers: a session's list."""
    await turn.run(update, context, votes.show_proposals, turn.command_args(update))


async def on_feedback(update: Update, context: Any) -> None:
    """Free feedback to the organisers, stored with its sentiment."""
    await turn.run(update, context, proposals.feedback, turn.command_args(update))


async def on_hide(update: Update, context: Any) -> None:
    """Hide a proposal from members, with a reason kept in the transcript."""
    await turn.run(update, context, proposals.moderate, turn.command_args(update), hide=True)


async def on_unhide(update: Update, context: Any) -> None:
    """Show a hidden proposal again."""
    await turn.run(update, context, proposals.moderate, turn.command_args(update), hide=False)
