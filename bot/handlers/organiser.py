"""Organiser commands: create, list, open and close sessions; grant roles; list flows."""

from __future__ import annotations

import shlex
from typing import Any

from telegram import Update

from bot import texts
from bot.handlers.common import command_args, current_member, parse_id
from bot.roles import requires
from bot.turn import Turn
from storage import members as member_store
from storage import sessions
from storage.models import ROLES

TITLE_LIMIT = 120
DEFAULT_FLOW = "park_redesign"


def parse_newsession(args: str) -> tuple[str, str | None, str | None] | None:
    """`<title> [--flow id] [--community name]` -> (title, flow, community), None if unusable."""
    try:
        words = shlex.split(args)
    except ValueError:
        words = args.split()
    title: list[str] = []
    options: dict[str, str] = {}
    while words:
        word = words.pop(0)
        if word in {"--flow", "--community"}:
            if not words:
                return None
            options[word[2:]] = words.pop(0)
        else:
            title.append(word)
    if not title:
        return None
    return " ".join(title), options.get("flow"), options.get("community")


@requires("organiser")
async def on_newsession(update: Update, context: Any) -> None:
    """Create a draft session and reply with its join link."""
    async with Turn.begin(update, context) as turn:
        current_member(turn)
        parsed = parse_newsession(command_args(update))
        if parsed is None:
            turn.say(texts.NEWSESSION_USAGE)
            return
        title, flow_id, community = parsed
        flow_id = flow_id or (DEFAULT_FLOW if DEFAULT_FLOW in turn.d.flows else min(turn.d.flows))
        if len(title) > TITLE_LIMIT:
            turn.say(texts.TITLE_TOO_LONG.format(limit=TITLE_LIMIT))
        elif community is not None and len(community) > TITLE_LIMIT:
            turn.say(texts.COMMUNITY_TOO_LONG.format(limit=TITLE_LIMIT))
        elif flow_id not in turn.d.flows:
            turn.say(texts.UNKNOWN_FLOW.format(flow=flow_id, flows=", ".join(sorted(turn.d.flows))))
        else:
            cosession = sessions.create_session(
                db=turn.db,
                title=title,
                flow_id=flow_id,
                created_by=update.effective_user.id,
                now=turn.now,
                community_name=community,
            )
            turn.say(
                texts.SESSION_CREATED.format(
                    title=title,
                    flow=flow_id,
                    code=cosession.join_code,
                    link=turn.d.join_link(cosession.join_code),
                )
            )


@requires("organiser")
async def on_flows(update: Update, context: Any) -> None:
    """List the installed flows."""
    async with Turn.begin(update, context) as turn:
        lines = [texts.FLOWS_HEADER] + [
            texts.FLOW_LINE.format(id=f.id, title=f.title, steps=len(f.steps))
            for f in sorted(turn.d.flows.values(), key=lambda f: f.id)
        ]
        turn.say("\n".join(lines))


@requires("organiser", "coordinator")
async def on_sessions(update: Update, context: Any) -> None:
    """List sessions with their codes and numbers."""
    async with Turn.begin(update, context) as turn:
        summaries = sessions.list_sessions(db=turn.db)
        if not summaries:
            turn.say(texts.NO_SESSIONS)
            return
        lines = [texts.SESSIONS_HEADER] + [
            texts.SESSION_LINE.format(
                title=s.cosession.title,
                code=s.cosession.join_code,
                status=s.cosession.status,
                flow=s.cosession.flow_id,
                joined=s.joined,
                consented=s.consented,
                completed=s.completed,
            )
            for s in summaries
        ]
        turn.say("\n".join(lines))


@requires("organiser")
async def on_open(update: Update, context: Any) -> None:
    """Open a draft session."""
    async with Turn.begin(update, context) as turn:
        cosession = _session_from_args(turn, "/open")
        if cosession is None:
            return
        if cosession.status == "open":
            turn.say(texts.ALREADY_OPEN.format(title=cosession.title))
        elif cosession.status == "closed":
            turn.say(texts.CANNOT_REOPEN.format(title=cosession.title))
        else:
            sessions.set_session_status(
                db=turn.db, cosession=cosession, status="open", now=turn.now
            )
            link = turn.d.join_link(cosession.join_code)
            turn.say(texts.OPENED.format(title=cosession.title, link=link))


@requires("organiser")
async def on_close(update: Update, context: Any) -> None:
    """Close a session: answers are kept, no more are taken."""
    async with Turn.begin(update, context) as turn:
        cosession = _session_from_args(turn, "/close")
        if cosession is None:
            return
        if cosession.status == "closed":
            turn.say(texts.ALREADY_CLOSED.format(title=cosession.title))
        else:
            sessions.set_session_status(
                db=turn.db, cosession=cosession, status="closed", now=turn.now
            )
            turn.say(texts.CLOSED.format(title=cosession.title))


def _session_from_args(turn: Turn, command: str) -> Any:
    code = command_args(turn.update).split()
    if len(code) != 1:
        turn.say(texts.CODE_USAGE.format(command=command))
        return None
    cosession = sessions.get_session_by_code(db=turn.db, code=code[0])
    if cosession is None:
        turn.say(texts.NO_SUCH_SESSION.format(code=code[0][:40]))
    return cosession


@requires("organiser")
async def on_grant(update: Update, context: Any) -> None:
    """Give a Telegram user the organiser or coordinator role."""
    async with Turn.begin(update, context) as turn:
        args = command_args(update).split()
        user_id = parse_id(args[0]) if len(args) == 2 else None
        if user_id is None or args[1].lower() not in ROLES:
            turn.say(texts.GRANT_USAGE)
            return
        role = args[1].lower()
        new = member_store.grant_role(
            db=turn.db,
            telegram_id=user_id,
            role=role,
            granted_by=update.effective_user.id,
            now=turn.now,
        )
        template = texts.GRANTED if new else texts.ALREADY_GRANTED
        turn.say(template.format(user_id=user_id, role=role))
