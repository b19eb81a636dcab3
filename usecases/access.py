"""The access checks: may this person act in this session, or use this command. Each check
returns a typed reason, and `refuse` is the one place that turns it into a reply (to a
message) or a toast (to a tap)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from enum import StrEnum
from typing import Any

import texts.members
import texts.organisers
from storage import sessions, teams
from storage.models import CoSession, Member, Participation, id_of
from texts.i18n import set_language, shipped
from usecases.actions import Consent
from usecases.commands import Command
from usecases.context import Ctx, Out
from usecases.languages import language_of, reader_language
from usecases.roles import Role, who


class Denied(StrEnum):
    NO_SESSION = "no_session"  # not in any session (or not in the one a button names)
    NOT_CONSENTED = "not_consented"
    DECLINED = "declined"
    DRAFT = "draft"
    CLOSED = "closed"
    STALE = "stale"  # a button whose subject is gone or not theirs
    NOT_ALLOWED = "not_allowed"  # lacks the role


@dataclass(frozen=True)
class Refusal:
    reason: Denied
    title: str = ""  # the session's title, where the reply names it
    role: str = ""
    command: str = ""
    session_id: int | None = None  # declined: the session they may still join


@dataclass
class Place:
    """A member in a session they take part in, with the flow the session runs in the
    member's language (`language`, one of those the session offers)."""

    member: Member
    cosession: CoSession
    participation: Participation
    flow: Any
    language: str = "en"


def _reply(reason: Denied) -> str:
    return {
        Denied.NO_SESSION: texts.members.NEED_SESSION,
        Denied.NOT_CONSENTED: texts.members.CONSENT_PENDING,
        Denied.DECLINED: texts.members.CONSENT_DECLINED_BEFORE,
        Denied.DRAFT: texts.members.SESSION_DRAFT,
        Denied.CLOSED: texts.members.SESSION_CLOSED,
        Denied.STALE: texts.members.STALE_BUTTON,
        Denied.NOT_ALLOWED: texts.members.NOT_ALLOWED,
    }[reason]


def _toast(reason: Denied) -> str:
    if reason in (Denied.DRAFT, Denied.CLOSED):
        return texts.members.SESSION_NOT_OPEN_BUTTON
    if reason is Denied.NOT_ALLOWED:
        return texts.members.NOT_ALLOWED_BUTTON
    return texts.members.STALE_BUTTON


def refuse(ctx: Ctx, refusal: Refusal) -> None:
    """Tell the person why not: a toast for a tap, else a reply. Changes nothing."""
    ctx.refused = True
    if ctx.tap:
        ctx.toast = _toast(refusal.reason).format(role=refusal.role)
        return
    text = _reply(refusal.reason).format(
        title=refusal.title, role=refusal.role, command=refusal.command
    )
    if refusal.reason is Denied.DECLINED and refusal.session_id is not None:  # the way back in
        ctx.say(
            Out(text, (((texts.members.CONSENT_AFTER_ALL, Consent(refusal.session_id, True)),),))
        )
    else:
        ctx.say(text)


def place_of(
    ctx: Ctx,
    *,
    session_id: int | None = None,
    consented: bool = True,
    open_only: bool = True,
    member: Member | None = None,
) -> Place | Refusal:
    """The acting member (or `member`) in `session_id` (or their active session), if they
    joined it, it runs a flow we have, and (unless told otherwise) they consented and it is
    open."""
    member = member or ctx.member()
    wanted = session_id if session_id is not None else member.active_session_id
    cosession, participation = (
        sessions.session_and_participation(db=ctx.db, session_id=wanted, member_id=id_of(member))
        if wanted
        else (None, None)
    )
    if cosession is None or participation is None:
        return Refusal(Denied.NO_SESSION)
    ctx.in_session(cosession.id, member.id)
    flow = ctx.services.flows.of_session(ctx.db, cosession)
    if cosession.status != "draft" and cosession.flow_hash is None:  # opened before flows
        flow = ctx.services.flows.keep(ctx.db, cosession, ctx.now) or flow  # were kept
    if flow is None:
        return Refusal(Denied.NO_SESSION)
    if consented and participation.consented_at is None:
        declined = participation.declined_at is not None
        reason = Denied.DECLINED if declined else Denied.NOT_CONSENTED
        return Refusal(reason, cosession.title, session_id=cosession.id)
    if open_only and cosession.status != "open":
        status = Denied.DRAFT if cosession.status == "draft" else Denied.CLOSED
        return Refusal(status, cosession.title)
    language = language_of(ctx, member, cosession=cosession, flow=flow)
    if member.telegram_id == ctx.actor.telegram_id and not ctx.actor.system:
        set_language(shipped(language) or reader_language(ctx, member))  # the bot's words too
    flow = fitted(ctx, cosession, member, flow.in_language(language))
    return Place(member, cosession, participation, flow, language)


def fitted(ctx: Ctx, cosession: CoSession, member: Member, flow: Any) -> Any:
    """The flow (in the member's language) with the variants of the segments the member
    is in now (`usecases.variants`), where the flow has any."""
    if ctx.services.fit is None or not flow.variant_segments():
        return flow
    return ctx.services.fit(ctx, cosession, member, flow)


def refitted(ctx: Ctx, place: Place) -> Place:
    """The place with its flow fitted again to the member's segments now (after an answer
    that may have moved them), from the session's flow in their language."""
    flow = ctx.services.flows.of_session(ctx.db, place.cosession)
    if flow is None or not flow.variant_segments():
        return place
    again = fitted(ctx, place.cosession, place.member, flow.in_language(place.language))
    return replace(place, flow=again)


def member_place(ctx: Ctx, **where: Any) -> Place | None:
    """`place_of`, refusing (and returning None) where the member may not act."""
    place = place_of(ctx, **where)
    if isinstance(place, Refusal):
        refuse(ctx, place)
        return None
    return place


def allowed(ctx: Ctx, *roles: Role, command: str = "") -> bool:
    """True if the actor has one of `roles`; otherwise refuses in one line and is False."""
    if ctx.roles() & set(roles):
        return True
    refuse(ctx, Refusal(Denied.NOT_ALLOWED, role=who(roles), command=command))
    return False


def session_role(ctx: Ctx, cosession: CoSession) -> str | None:
    """What the actor is to this session: "organiser" (an administrator, its owner while
    they hold the organiser role, or a co-organiser), "coordinator", or None."""
    held = ctx.global_roles()
    if Role.ADMIN in held:
        return Role.ORGANISER
    if cosession.created_by == ctx.actor.telegram_id and Role.ORGANISER in held:
        return Role.ORGANISER
    return teams.team_role(
        db=ctx.db, session_id=id_of(cosession), telegram_id=ctx.actor.telegram_id
    )


def may(ctx: Ctx, cosession: CoSession, *roles: Role) -> bool:
    """Does the actor hold one of `roles` in this session? (An organiser may do what a
    coordinator may.)"""
    role = session_role(ctx, cosession)
    return role is not None and (role in roles or role == Role.ORGANISER)


def session_named(ctx: Ctx, args: str, *roles: Role, command: str) -> CoSession | None:
    """`session_in_reach` for a command whose one argument is a join code (`/stats CODE`);
    anything else gets the command's usage."""
    words = args.split()
    if len(words) != 1:
        ctx.say(texts.organisers.CODE_USAGE.format(command=command))
        return None
    return session_in_reach(ctx, words[0], *roles, command=command)


def session_in_reach(ctx: Ctx, code: str, *roles: Role, command: str) -> CoSession | None:
    """The session with this join code, if the actor holds one of `roles` in it; otherwise
    says why in one line (and changes nothing) and returns None. The one check for every
    organiser's or coordinator's command that names a session: a session belongs to its
    team, and nobody else sees or changes it (or learns whether it exists)."""
    cosession = sessions.get_session_by_code(db=ctx.db, code=code)
    if cosession is None or not may(ctx, cosession, *roles):
        refusal = texts.organisers.NOT_YOUR_SESSION
        if command.startswith("codesign "):  # the command line names its own command
            refusal = texts.organisers.NO_SESSION_HERE
        ctx.say(refusal.format(code=code[:40]))
        return None
    ctx.in_session(cosession.id)
    ctx.about.staff = True
    return cosession


def run_command(ctx: Ctx, command: Command, *args: str) -> None:
    """Run a command's use case for the actor, if they may use it; else the one refusal
    (nothing changes). The role check of every command, typed or chosen with a button."""
    if not command.may_use(ctx.roles(), ctx.global_roles()):
        refuse(
            ctx, Refusal(Denied.NOT_ALLOWED, role=who(command.roles), command=f"/{command.name}")
        )
        return
    if command.roles:  # a team member acting: the audit names them as Telegram does
        ctx.member()
        ctx.about.staff = True  # and their words and the replies stay out of exports
    command.usecase(ctx, *args, **command.options)


def is_admin(ctx: Ctx) -> bool:
    return Role.ADMIN in ctx.global_roles()
