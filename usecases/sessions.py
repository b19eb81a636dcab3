"""Organisers' sessions: create, list, open, close; flows; roles."""

from __future__ import annotations

from datetime import timedelta

from storage import members as member_store
from storage import reprompts, sessions
from storage.models import ROLES, CoSession
from usecases import texts
from usecases.access import allowed, session_in_reach
from usecases.context import Ctx
from usecases.parsing import parse_id, parse_newsession

TITLE_LIMIT = 120
DEFAULT_FLOW = "park_redesign"


def new_session(ctx: Ctx, args: str) -> None:
    """/newsession <title> [--flow id] [--community name]: a draft session and its link."""
    if not allowed(ctx, "organiser", command="/newsession"):
        return
    ctx.member()
    parsed = parse_newsession(args)
    if parsed is None:
        ctx.say(texts.NEWSESSION_USAGE)
        return
    title, flow_id, community = parsed
    installed = ctx.services.flows.ids()
    flow_id = flow_id or (DEFAULT_FLOW if DEFAULT_FLOW in installed else installed[0])
    if len(title) > TITLE_LIMIT:
        ctx.say(texts.TITLE_TOO_LONG.format(limit=TITLE_LIMIT))
    elif community is not None and len(community) > TITLE_LIMIT:
        ctx.say(texts.COMMUNITY_TOO_LONG.format(limit=TITLE_LIMIT))
    elif flow_id not in installed:
        ctx.say(texts.UNKNOWN_FLOW.format(flow=flow_id, flows=", ".join(installed)))
    else:
        cosession = sessions.create_session(
            db=ctx.db,
            title=title,
            flow_id=flow_id,
            created_by=ctx.actor.telegram_id,
            now=ctx.now,
            community_name=community,
        )
        code = cosession.join_code
        ctx.say(
            texts.SESSION_CREATED.format(
                title=title, flow=flow_id, code=code, link=ctx.services.join_link(code)
            )
        )


def list_flows(ctx: Ctx) -> None:
    """/flows: the installed flows."""
    if not allowed(ctx, "organiser", command="/flows"):
        return
    catalog = ctx.services.flows
    lines = [texts.FLOWS_HEADER]
    for flow_id in catalog.ids():
        flow = catalog.get(flow_id)
        lines.append(texts.FLOW_LINE.format(id=flow.id, title=flow.title, steps=len(flow.steps)))
    ctx.say("\n".join(lines))


def list_sessions(ctx: Ctx) -> None:
    """/sessions: sessions with their codes and numbers."""
    if not allowed(ctx, "organiser", "coordinator", command="/sessions"):
        return
    summaries = sessions.list_sessions(db=ctx.db)
    if not summaries:
        ctx.say(texts.NO_SESSIONS)
        return
    stats = reprompts.stats(
        db=ctx.db, session_ids=[s.cosession.id for s in summaries], within=timedelta(days=1)
    )
    lines = [texts.SESSIONS_HEADER] + [
        texts.SESSION_LINE.format(
            title=s.cosession.title,
            code=s.cosession.join_code,
            status=s.cosession.status,
            flow=s.cosession.flow_id,
            joined=s.joined,
            consented=s.consented,
            completed=s.completed,
            reprompts=_reprompts(stats.get(s.cosession.id)),
        )
        for s in summaries
    ]
    ctx.say("\n".join(lines))


def _reprompts(counted: tuple[int, int] | None) -> str:
    if not counted:
        return texts.NO_REPROMPTS
    sent, answered = counted
    return texts.REPROMPT_STATS.format(sent=sent, share=answered / sent)


def open_session(ctx: Ctx, args: str) -> None:
    """/open <code>: members can join; the session keeps the flow's text from now on."""
    cosession = _session_from_args(ctx, args, "/open")
    if cosession is None:
        return
    if cosession.status == "open":
        ctx.say(texts.ALREADY_OPEN.format(title=cosession.title))
    elif cosession.status == "closed":
        ctx.say(texts.CANNOT_REOPEN.format(title=cosession.title))
    else:
        ctx.services.flows.keep(ctx.db, cosession, ctx.now)
        sessions.set_session_status(db=ctx.db, cosession=cosession, status="open", now=ctx.now)
        link = ctx.services.join_link(cosession.join_code)
        ctx.say(texts.OPENED.format(title=cosession.title, link=link))


def close_session(ctx: Ctx, args: str) -> None:
    """/close <code>: answers are kept, no more are taken."""
    cosession = _session_from_args(ctx, args, "/close")
    if cosession is None:
        return
    if cosession.status == "closed":
        ctx.say(texts.ALREADY_CLOSED.format(title=cosession.title))
    else:
        sessions.set_session_status(db=ctx.db, cosession=cosession, status="closed", now=ctx.now)
        ctx.say(texts.CLOSED.format(title=cosession.title))


def _session_from_args(ctx: Ctx, args: str, command: str) -> CoSession | None:
    if not allowed(ctx, "organiser", command=command):
        return None
    code = args.split()
    if len(code) != 1:
        ctx.say(texts.CODE_USAGE.format(command=command))
        return None
    return session_in_reach(ctx, code[0], "organiser", command=command)


def grant(ctx: Ctx, args: str) -> bool:
    """/grant <user id> organiser|coordinator (also `codesign grant`); True if they have it."""
    if not allowed(ctx, "organiser", command="/grant"):
        return False
    words = args.split()
    user_id = parse_id(words[0]) if len(words) == 2 else None
    if user_id is None or words[1].lower() not in ROLES:
        ctx.say(texts.GRANT_USAGE)
        return False
    role = words[1].lower()
    new = member_store.grant_role(
        db=ctx.db, telegram_id=user_id, role=role, granted_by=ctx.actor.telegram_id, now=ctx.now
    )
    ctx.say((texts.GRANTED if new else texts.ALREADY_GRANTED).format(user_id=user_id, role=role))
    return True
