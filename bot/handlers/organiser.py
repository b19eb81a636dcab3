"""Organiser commands: sessions, their team and audit, roles, flows, broadcasts and nudges.
Each use case checks the role itself."""

from __future__ import annotations

from typing import Any

from telegram import Update

from bot import turn
from usecases import audit, levers, sessions, team


async def on_newsession(update: Update, context: Any) -> None:
    """Create a draft session and reply with its join link."""
    await turn.run(update, context, sessions.new_session, turn.command_args(update))


async def on_flows(update: Update, context: Any) -> None:
    """List the installed flows."""
    await turn.run(update, context, sessions.list_flows)


async def on_sessions(update: Update, context: Any) -> None:
    """List sessions with their codes and numbers."""
    await turn.run(update, context, sessions.list_sessions)


async def on_open(update: Update, context: Any) -> None:
    """Open a draft session."""
    await turn.run(update, context, sessions.open_session, turn.command_args(update))


async def on_close(update: Update, context: Any) -> None:
    """Close a session: answers are kept, no more are taken."""
    await turn.run(update, context, sessions.close_session, turn.command_args(update))


async def on_grant(update: Update, context: Any) -> None:
    """Give a Telegram user the organiser or coordinator role (administrators)."""
    await turn.run(update, context, team.grant, turn.command_args(update))


async def on_revoke(update: Update, context: Any) -> None:
    """Take a role back (administrators)."""
    await turn.run(update, context, team.revoke, turn.command_args(update))


async def on_team(update: Update, context: Any) -> None:
    """See or change a session's team."""
    await turn.run(update, context, team.team, turn.command_args(update))


async def on_audit(update: Update, context: Any) -> None:
    """Who did what to a session."""
    await turn.run(update, context, audit.show, turn.command_args(update))


async def on_broadcast(update: Update, context: Any) -> None:
    """Send a message to a session's members, paced."""
    await turn.run(update, context, levers.broadcast, turn.command_args(update))


async def on_nudge(update: Update, context: Any) -> None:
    """Remind now those who have not finished the questions (or not voted in a poll)."""
    await turn.run(update, context, levers.nudge, turn.command_args(update))
