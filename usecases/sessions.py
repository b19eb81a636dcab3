"""Organisers' sessions: create, list, open, close (after a confirmation); flows."""

from __future__ import annotations

from datetime import timedelta

import texts.members
import texts.organisers
from dialogs import Flow
from storage import audience, polls, reprompts, sessions, teams
from storage.models import CoSession, Kind, id_of
from texts.languages import own_name
from usecases import audit, closing
from usecases.access import (
    Denied,
    Refusal,
    is_admin,
    may,
    refuse,
    session_in_reach,
)
from usecases.actions import CloseSession
from usecases.audit import note
from usecases.context import Ctx, Out
from usecases.languages import session_languages, speaking_to
from usecases.parsing import ArgsError, parse_newsession
from usecases.picking import offer
from usecases.roles import Role
from usecases.segments import from_flow
from usecases.times import day

TITLE_LIMIT = 120
DEFAULT_FLOW = "park_redesign"


def new_session(ctx: Ctx, args: str) -> None:
    """/newsession <title> [--flow id] [--community name]: a draft session and its link,
    owned by the organiser who made it (an administrator's grant lets one create)."""
    ctx.member()
    try:
        parsed = parse_newsession(args)
    except ArgsError as error:
        problem = texts.organisers.NEWSESSION_PROBLEMS.get(error.reason, "").format(**error.details)
        ctx.say(
            f"{problem}\n\n{texts.organisers.NEWSESSION_USAGE}"
            if problem
            else texts.organisers.NEWSESSION_USAGE
        )
        return
    title, flow_id, community = parsed.title, parsed.flow, parsed.community
    catalog, me = ctx.services.flows, ctx.actor.telegram_id
    installed = catalog.ids()
    flow_id = flow_id or (DEFAULT_FLOW if DEFAULT_FLOW in installed else installed[0])
    if len(title) > TITLE_LIMIT:
        ctx.say(texts.organisers.TITLE_TOO_LONG.format(limit=TITLE_LIMIT))
    elif community is not None and len(community) > TITLE_LIMIT:
        ctx.say(texts.organisers.COMMUNITY_TOO_LONG.format(limit=TITLE_LIMIT))
    elif (flow := catalog.for_owner(ctx.db, me, flow_id)) is None:
        usable = ", ".join([*installed, *catalog.own_ids(ctx.db, me)])
        ctx.say(texts.organisers.UNKNOWN_FLOW.format(flow=flow_id, flows=usable))
    elif missing := [code for code in parsed.languages if code not in flow.languages]:
        ctx.say(
            texts.organisers.LANGUAGES_NOT_IN_FLOW.format(
                flow=flow_id, missing=", ".join(missing), languages=", ".join(flow.languages)
            )
        )
    else:
        _create(ctx, title, flow, community, parsed.languages)


def _create(
    ctx: Ctx, title: str, flow: Flow, community: str | None, languages: tuple[str, ...]
) -> None:
    """The session, and what was understood said back: title, community, flow, languages
    (when it offers several), link."""
    flow_id = flow.id
    cosession = sessions.create_session(
        db=ctx.db,
        title=title,
        flow_id=flow_id,
        created_by=ctx.actor.telegram_id,
        now=ctx.now,
        community_name=community,
        languages=languages if languages != flow.languages else (),
    )
    ctx.in_session(cosession.id)
    chosen = {"languages": cosession.languages} if cosession.languages else {}
    note(ctx, cosession.id, "created", flow=flow_id, **chosen)
    ctx.menus.add(ctx.actor.telegram_id)  # its owner: the organiser's menu
    code = cosession.join_code
    ctx.say(
        texts.organisers.SESSION_CREATED.format(
            title=title,
            community=community or title,
            flow=flow_id,
            code=code,
            link=ctx.services.join_link(code),
        )
    )
    offered = session_languages(cosession, flow)
    if len(offered) > 1:
        names = ", ".join(own_name(language) for language in offered)
        ctx.say(texts.organisers.SESSION_LANGUAGES.format(languages=names))


def list_flows(ctx: Ctx) -> None:
    """/flows: the installed flows and those the organiser sent, with their descriptions."""
    catalog, me = ctx.services.flows, ctx.actor.telegram_id
    lines: list[str] = [texts.organisers.FLOWS_HEADER]
    lines += [_flow_lines(catalog.get(flow_id)) for flow_id in catalog.ids()]
    own = catalog.own_ids(ctx.db, me)
    if own:
        lines.append(texts.organisers.OWN_FLOWS_HEADER)
        lines += [_flow_lines(catalog.for_owner(ctx.db, me, flow_id)) for flow_id in own]
    lines.append(texts.organisers.FLOWS_FOOTER)
    ctx.say("\n".join(line for line in lines if line))


def _flow_lines(flow: Flow | None) -> str:
    if flow is None:
        return ""
    line = texts.organisers.FLOW_LINE.format(id=flow.id, title=flow.title, steps=len(flow.steps))
    description = " ".join(flow.description.split())
    if description:
        line += "\n" + texts.organisers.FLOW_DESCRIPTION.format(description=description)
    if len(flow.languages) > 1:
        line += "\n" + texts.organisers.FLOW_LANGUAGES.format(languages=", ".join(flow.languages))
    return line


def list_sessions(ctx: Ctx) -> None:
    """/sessions: the sessions the person runs (all of them, for an administrator), with
    their codes and numbers."""
    visible = (
        None
        if is_admin(ctx)
        else teams.visible_session_ids(db=ctx.db, telegram_id=ctx.actor.telegram_id)
    )
    summaries = sessions.list_sessions(db=ctx.db, only=visible)
    if not summaries:
        ctx.say(texts.organisers.NO_SESSIONS)
        return
    stats = reprompts.stats(
        db=ctx.db, session_ids=[id_of(s.cosession) for s in summaries], within=timedelta(days=1)
    )
    lines = [texts.organisers.SESSIONS_HEADER] + [
        texts.organisers.SESSION_LINE.format(
            title=s.cosession.title,
            code=s.cosession.join_code,
            status=texts.organisers.STATUS[s.cosession.status],
            flow=s.cosession.flow_id,
            joined=s.joined,
            consented=s.consented,
            completed=s.completed,
            reprompts=_reprompts(stats.get(id_of(s.cosession))),
        )
        for s in summaries
    ]
    ctx.say("\n".join(lines))


def _reprompts(counted: tuple[int, int] | None) -> str:
    if not counted:
        return texts.organisers.NO_REPROMPTS
    sent, answered = counted
    return texts.organisers.REPROMPT_STATS.format(sent=sent, share=answered / sent)


def open_session(ctx: Ctx, args: str) -> None:
    """/open <code>: members can join; the session keeps the flow's text from now on. A
    session closed by mistake opens again while nothing else has happened to it."""
    cosession = _session_from_args(ctx, args, "/open")
    if cosession is None:
        return
    link = ctx.services.join_link(cosession.join_code)
    if cosession.status == "open":
        ctx.say(texts.organisers.ALREADY_OPEN.format(title=cosession.title))
    elif cosession.status == "closed":
        _reopen(ctx, cosession, link)
    else:
        ctx.services.flows.keep(ctx.db, cosession, ctx.now)
        from_flow(ctx, cosession)
        sessions.set_session_status(db=ctx.db, cosession=cosession, status="open", now=ctx.now)
        note(ctx, cosession.id, "opened")
        ctx.say(texts.organisers.OPENED.format(title=cosession.title, link=link))
        _tell_who_tried(ctx, cosession, link)


def _tell_who_tried(ctx: Ctx, cosession: CoSession, link: str) -> None:
    """Those who tried to join while it was a draft hear that it is open (once)."""
    for member in sessions.tried_while_draft(db=ctx.db, session_id=id_of(cosession)):
        with speaking_to(ctx, member):
            text = texts.members.DRAFT_OPENED.format(
                title=cosession.title, link=link, code=cosession.join_code
            )
        ctx.send(
            Out(
                text,
                chat_id=member.telegram_id,
                kind=Kind.NOTICE,
                member_id=member.id,
                dedupe_key=f"opened:{cosession.id}:{member.id}",
            )
        )


def _reopen(ctx: Ctx, cosession: CoSession, link: str) -> None:
    last = teams.last_entry(db=ctx.db, session_id=id_of(cosession))
    if last is not None and last.action != "closed":
        when = day(cosession.closed_at) if cosession.closed_at else texts.organisers.EARLIER
        done = audit.describe(ctx, last)
        ctx.say(
            texts.organisers.CANNOT_REOPEN_NOW.format(title=cosession.title, date=when, what=done)
        )
        return
    sessions.set_session_status(db=ctx.db, cosession=cosession, status="open", now=ctx.now)
    note(ctx, cosession.id, "reopened")
    ctx.say(texts.organisers.REOPENED.format(title=cosession.title, link=link))


def close_session(ctx: Ctx, args: str) -> None:
    """/close <code>: asks first, with buttons (answers are kept, no more are taken)."""
    if not args.strip():
        offer(ctx, "close")
        return
    cosession = _session_from_args(ctx, args, "/close")
    if cosession is None:
        return
    if cosession.status == "closed":
        ctx.say(texts.organisers.ALREADY_CLOSED.format(title=cosession.title))
        return
    still_open = [
        texts.organisers.CLOSE_POLL_OPEN.format(id=p.number, question=p.question)
        for p in polls.open_polls(db=ctx.db, session_id=id_of(cosession))
    ]
    ctx.say(
        Out(
            "\n\n".join([texts.organisers.CLOSE_ASK.format(title=cosession.title), *still_open]),
            buttons=(
                (
                    (texts.organisers.CLOSE_YES, CloseSession(id_of(cosession), True)),
                    (texts.organisers.CLOSE_NO, CloseSession(id_of(cosession), False)),
                ),
            ),
        )
    )


def confirm_close(ctx: Ctx, action: CloseSession) -> None:
    """A tap on "Close it" / "Keep it open", checked against the tapper's role again."""
    cosession = sessions.get_session(db=ctx.db, session_id=action.session_id)
    if cosession is None or not may(ctx, cosession, Role.ORGANISER):
        refuse(ctx, Refusal(Denied.STALE))
        return
    ctx.in_session(cosession.id)
    if not action.close:
        ctx.edit(Out(texts.organisers.CLOSE_KEPT.format(title=cosession.title)))
    elif cosession.status == "closed":
        ctx.edit(Out(texts.organisers.ALREADY_CLOSED.format(title=cosession.title)))
    else:
        _close(ctx, cosession)


def _close(ctx: Ctx, cosession: CoSession) -> None:
    """The session closes, its open polls with it; members who had not finished hear it
    (queued with no session: the audience rule holds back what is about a closed one)."""
    unfinished = [m for m, _ in audience.unfinished(db=ctx.db, session_id=id_of(cosession))]
    closed = closing.close_session_polls(ctx, cosession)
    sessions.set_session_status(db=ctx.db, cosession=cosession, status="closed", now=ctx.now)
    note(ctx, cosession.id, "closed")
    said = [texts.organisers.CLOSED.format(title=cosession.title)]
    said += [texts.organisers.CLOSED_POLL.format(id=p.number) for p in closed]
    ctx.edit(Out("\n".join(said)))
    for member in unfinished:
        with speaking_to(ctx, member):
            text = texts.members.SESSION_CLOSED_UNFINISHED.format(title=cosession.title)
        ctx.send(
            Out(
                text,
                chat_id=member.telegram_id,
                kind=Kind.NOTICE,
                member_id=member.id,
                dedupe_key=f"session-closed:{cosession.id}:{member.id}",
            )
        )


def _session_from_args(ctx: Ctx, args: str, command: str) -> CoSession | None:
    code = args.split()
    if len(code) != 1:
        ctx.say(texts.organisers.CODE_USAGE.format(command=command))
        return None
    return session_in_reach(ctx, code[0], Role.ORGANISER, command=command)
