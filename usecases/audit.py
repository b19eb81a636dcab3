"""Accountability: who did what to a session. Every use case that changes a session, reads
what its members wrote, or hands out a role writes it down with `note`; `/audit <code>
[page]` shows all of it, newest first, in pages (with the roles given to or taken from its
owner and team)."""

from __future__ import annotations

from typing import Any

import texts.members
import texts.organisers
import texts.report
import texts.reports
from dialogs import Flow
from storage import members as member_store
from storage import teams
from storage.models import AuditEntry, CoSession, id_of
from texts import i18n
from texts.languages import name_in
from usecases.access import session_in_reach
from usecases.context import Ctx
from usecases.paging import say_page
from usecases.parsing import parse_id
from usecases.roles import Role
from usecases.times import reader_time


def note(ctx: Ctx, session_id: int | None, action: str, **detail: Any) -> None:
    teams.record(
        db=ctx.db,
        session_id=session_id,
        actor_id=ctx.actor.telegram_id,
        action=action,
        now=ctx.now,
        detail=detail,
    )


def show(ctx: Ctx, args: str) -> None:
    """/audit <code> [page]: everything about a session, newest first, for its team."""
    words = args.split()
    page = parse_id(words[1]) if len(words) == 2 else 1
    if not 1 <= len(words) <= 2 or page is None:
        ctx.say(texts.organisers.AUDIT_USAGE)
        return
    roles = (Role.ORGANISER, Role.COORDINATOR)
    cosession = session_in_reach(ctx, words[0], *roles, command="/audit")
    if cosession is None:
        return
    entries = _entries(ctx, cosession)
    head = texts.organisers.AUDIT_HEADER.format(title=cosession.title)
    flow = ctx.services.flows.read_by_team(ctx.db, cosession)
    lines = [_line(ctx, entry, flow) for entry in entries]
    more = f"/audit {cosession.join_code}"
    say_page(ctx, cosession.title, more, head, lines, page, sep="\n")


def _entries(ctx: Ctx, cosession: CoSession) -> list[AuditEntry]:
    """The session's entries and the role changes of its owner and team, newest first."""
    sid = id_of(cosession)
    own = teams.audit_of(db=ctx.db, session_id=sid)
    team = {m.telegram_id for m in teams.team_of(db=ctx.db, session_id=sid)}
    were = {e.detail.get("user") for e in own if e.action.startswith("team_")}
    people = {cosession.created_by, *team, *(int(p) for p in were if isinstance(p, int))}
    roles = teams.role_changes_of(db=ctx.db, telegram_ids=people)
    return sorted([*own, *roles], key=lambda e: id_of(e), reverse=True)


def _line(ctx: Ctx, entry: AuditEntry, flow: Flow | None) -> str:
    return texts.organisers.AUDIT_LINE.format(
        when=reader_time(ctx, entry.at), what=describe(ctx, entry, flow)
    )


def describe(ctx: Ctx, entry: AuditEntry, flow: Flow | None = None) -> str:
    """ "Olivia (9001) closed it" (a step named by its label in `flow`, the session's as
    the reader reads it, if given)."""
    action, detail = _current(entry.action, dict(entry.detail or {}))
    step = flow.step(detail["step"]) if flow is not None and "step" in detail else None
    if step is not None:
        detail["step"] = texts.reports.QUOTED.format(text=step.short_label)
    said = texts.organisers.AUDIT_ACTIONS.get(action)
    if said is None:  # an action this version does not know
        return texts.organisers.AUDIT_OTHER.format(who=who(ctx, entry.actor_id), what=action)
    if isinstance(detail.get("role"), str):
        detail["role"] = texts.members.ROLE_NAMES.get(detail["role"], detail["role"])
    if isinstance(detail.get("format"), str):
        detail["format"] = texts.reports.FORMAT_NAMES.get(detail["format"], detail["format"])
    if isinstance(detail.get("language"), str):
        detail["language"] = name_in(detail["language"], i18n.language())
    values = {name: detail.get(name, "") for name in said.names}
    return said.format(**{**values, "who": who(ctx, entry.actor_id)})


# what older entries kept in English in their detail, and what this version writes instead
OLD_FORMATS = {"CSV": "csv", "JSON": "json", "Markdown": "md", "spreadsheet": "sheets"}
OLD_READS = {"its numbers": "read_stats", "the themes of its answers": "read_themes"}
OLD_PREFIXES = {"the answers to ": "read_answers", "the themes of ": "read_themes_step"}


def _current(action: str, detail: dict[str, Any]) -> tuple[str, dict[str, Any]]:
    """An entry as this version writes it (older ones kept some English, or the words of
    whoever acted, in their detail)."""
    if action.startswith("exported") and detail.get("format") in OLD_FORMATS:
        return action, {**detail, "format": OLD_FORMATS[detail["format"]]}
    what = detail.get("what")
    if action == "read" and isinstance(what, str):
        return _old_read(what, detail)
    about = detail.get("poll")
    if action == "nudged" and isinstance(about, str):
        if "proposals" in about:
            return "nudged_votes", detail
        number = about.rpartition("#")[2]
        if number.isdigit():
            return "nudged_poll", {**detail, "poll": int(number)}
    return action, detail


def _old_read(what: str, detail: dict[str, Any]) -> tuple[str, dict[str, Any]]:
    """A "read" entry of an older version: what was read, in words (the report's in the
    words of whoever read it)."""
    if what in OLD_READS:
        return OLD_READS[what], detail
    for prefix, action in OLD_PREFIXES.items():
        if what.startswith(prefix):
            return action, {**detail, "step": what.removeprefix(prefix)}
    for lang in i18n.LANGUAGES:
        with i18n.speaking(lang):
            report = texts.report.AUDIT.format(moderated="")
            moderated = texts.report.AUDIT.format(moderated=texts.report.AUDIT_MODERATED)
        if what == report:
            return "read_report", detail
        if what == moderated:
            return "read_report_moderated", detail
    return "read", detail


def who(ctx: Ctx, telegram_id: int) -> str:
    """A person as the team knows them: their Telegram name and id."""
    if telegram_id == 0:
        return texts.organisers.SERVER
    member = member_store.get_member(db=ctx.db, telegram_id=telegram_id)
    if member is None or not member.display_name:
        return texts.organisers.USER.format(id=telegram_id)
    return f"{member.display_name} ({telegram_id})"
