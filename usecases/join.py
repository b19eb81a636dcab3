"""Joining a session: /start with a join code (and a referral), the consent buttons, and
/privacy, what was agreed to, to read again."""

from __future__ import annotations

import hashlib
import hmac

import texts.members
from storage import erasure, referrals, sessions
from storage.codes import split_start_payload
from storage.models import Community, CoSession, Member, id_of
from usecases import team_links
from usecases.access import Denied, Place, Refusal, member_place, place_of, refuse
from usecases.actions import Consent
from usecases.answer import show_current, start_flow
from usecases.catchup import catch_up
from usecases.context import About, Ctx, Out
from usecases.language_choice import say_how_to_change
from usecases.times import day
from usecases.welcome import greet_staff


def start(ctx: Ctx, payload: str) -> None:
    """/start [code[-ref]]: join a session from its deep link, or say how to. Someone with a
    role gets their own command menu (it could not be set before they wrote to the bot)."""
    member = ctx.member()
    if ctx.roles():
        ctx.menus.add(ctx.actor.telegram_id)
    if not payload:
        _greet(ctx)
        return
    if payload.lower().startswith(team_links.PREFIX):
        team_links.accept(ctx, payload.lower())
        return
    code, ref = split_start_payload(payload)
    cosession = sessions.get_session_by_code(db=ctx.db, code=code)
    if cosession is None:
        ctx.say(texts.members.UNKNOWN_CODE.format(code=payload[:40]))
    elif cosession.status != "open":  # its title is for those who took part
        joined = sessions.get_participation(
            db=ctx.db, session_id=id_of(cosession), member_id=id_of(member)
        )
        draft = cosession.status == "draft"
        if joined is None:
            if draft:  # remembered (the line in the transcript) to tell them when it opens
                ctx.in_session(cosession.id, member.id)
            ctx.say(
                texts.members.SOME_SESSION_DRAFT if draft else texts.members.SOME_SESSION_CLOSED
            )
        else:
            template = texts.members.SESSION_DRAFT if draft else texts.members.SESSION_CLOSED
            ctx.say(template.format(title=cosession.title))
    else:
        referrer = (
            sessions.referrer(db=ctx.db, session_id=id_of(cosession), ref_code=ref) if ref else None
        )
        _join(ctx, member, cosession, referrer)


def _greet(ctx: Ctx) -> None:
    place = place_of(ctx, open_only=False)
    if isinstance(place, Place):
        _resume(ctx, place)
    elif ctx.roles():
        greet_staff(ctx)
    else:
        ctx.say(texts.members.WELCOME_NO_CODE.format(bot=ctx.services.bot_username))


def _join(ctx: Ctx, member: Member, cosession: CoSession, referrer: Member | None) -> None:
    if referrer is not None and not _first_referral(ctx, cosession):
        referrer = None  # counted once per Telegram account and session, /forget or not
    participation = sessions.join_session(
        db=ctx.db, cosession=cosession, member=member, now=ctx.now, referred_by=referrer
    )
    ctx.in_session(cosession.id, member.id)
    if participation.consented_at is not None:
        place = place_of(ctx, session_id=cosession.id)
        if isinstance(place, Place):
            _resume(ctx, place)
        return
    ctx.say(_consent_question(cosession, _community(ctx, cosession)))


def _community(ctx: Ctx, cosession: CoSession) -> str:
    community = ctx.db.get(Community, cosession.community_id)
    return community.name if community else cosession.title


def privacy(ctx: Ctx) -> None:
    """/privacy: what the member agreed to in their session (what is kept, how long, the
    tone scoring), to read again at any time; before any session, what joining one means."""
    place = place_of(ctx, consented=False, open_only=False)
    if isinstance(place, Refusal):
        ctx.say(texts.members.PRIVACY_NO_SESSION.format(community=texts.members.THE_COMMUNITY))
        return
    cosession, agreed = place.cosession, place.participation.consented_at
    lines = [
        texts.members.PRIVACY.format(title=cosession.title, community=_community(ctx, cosession))
    ]
    if agreed is not None:
        lines.append(texts.members.PRIVACY_AGREED.format(date=day(agreed)))
    ctx.say("\n\n".join(lines))


def _first_referral(ctx: Ctx, cosession: CoSession) -> bool:
    """Is this the first join from a referral link by this Telegram account into this
    session? Kept as a one-way key (the server's secret, the account, the session), which
    /forget leaves: it names nobody, and a forgotten member who joins again through a
    link is not counted as referred twice."""
    message = f"referral:{cosession.id}:{ctx.actor.telegram_id}".encode()
    key = hmac.new(ctx.services.ballot_secret, message, hashlib.sha256).hexdigest()
    return referrals.spend_referral(db=ctx.db, key=key, session_id=id_of(cosession), now=ctx.now)


def _consent_question(cosession: CoSession, community: str) -> Out:
    return Out(
        texts.members.CONSENT.format(title=cosession.title, community=community),
        buttons=(
            (
                (texts.members.CONSENT_YES, Consent(id_of(cosession), True)),
                (texts.members.CONSENT_NO, Consent(id_of(cosession), False)),
            ),
        ),
    )


def _resume(ctx: Ctx, place: Place) -> None:
    said = texts.members.ALREADY_JOINED.format(title=place.cosession.title)
    away = catch_up(ctx, place) if not place.member.paused else ""
    ctx.say(f"{away}\n\n{said}" if away else said)
    if not show_current(ctx, place):
        ctx.say(texts.members.FLOW_FINISHED_ALREADY.format(title=place.cosession.title))


def consent(ctx: Ctx, action: Consent) -> None:
    """A tap on "I agree" / "No thanks", checked against the member's own session."""
    place = member_place(ctx, session_id=action.session_id, consented=False)
    if place is None:
        return
    if place.participation.consented_at is not None:
        refuse(ctx, Refusal(Denied.STALE))
    else:
        _decide(ctx, place, action.accept)


def _decide(ctx: Ctx, place: Place, accept: bool) -> None:
    sessions.record_consent(
        db=ctx.db,
        participation=place.participation,
        member=place.member,
        accepted=accept,
        now=ctx.now,
    )
    if not accept:
        _declined(ctx, place)
        return
    place.member.active_session_id = place.cosession.id
    ctx.edit(Out(texts.members.CONSENT_GIVEN.format(date=day(ctx.now))))
    say_how_to_change(ctx, place)
    start_flow(ctx, place)
    catch_up(ctx, place)  # an open poll comes after the first question


def _declined(ctx: Ctx, place: Place) -> None:
    """Keep only the fact that someone declined: their participation, with no referral; their
    messages about joining go, and unless they take part elsewhere or have a role, so does
    everything that says who they are. The tap and the reply are not stored either."""
    whole = place.member.consented_at is None and not ctx.roles()
    erasure.forget_declined(
        db=ctx.db, member=place.member, session_id=id_of(place.cosession), whole=whole
    )
    ctx.about = About()
    ctx.unrecorded = True
    ctx.edit(Out(texts.members.CONSENT_DECLINED))
