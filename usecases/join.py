"""Joining a session: /start with a join code (and a referral), the consent buttons, and
/privacy, what was agreed to, to read again."""

from __future__ import annotations

import hashlib
import hmac

import texts.members
from storage import erasure, flows, joins, polls, referrals, sessions
from storage import proposals as proposal_store
from storage.codes import StartLink, read_start_payload
from storage.joins import Attribution
from storage.models import CoSession, Member, id_of
from usecases import team_links
from usecases.access import Denied, Place, Refusal, member_place, place_of, refuse
from usecases.actions import Consent
from usecases.answer import show_current, start_flow
from usecases.catchup import catch_up
from usecases.context import About, Ctx, Out
from usecases.language_choice import say_how_to_change
from usecases.times import day
from usecases.votes import browse_of, card
from usecases.welcome import greet_staff


def start(ctx: Ctx, payload: str) -> None:
    """/start [payload]: join a session from one of its links (`storage.codes`: the
    organisers', tagged or not, a member's invitation, a shared proposal, a champion's seed
    link, the linked group's), or say how to. Every opening of a session's link is
    recorded with where it came from, joined or not (decision 0033). Someone with a role
    gets their own command menu (it could not be set before they wrote to the bot)."""
    member = ctx.member()
    if ctx.roles():
        ctx.menus.add(ctx.actor.telegram_id)
    if not payload:
        _greet(ctx)
        return
    if payload.lower().startswith(team_links.PREFIX):
        team_links.accept(ctx, payload.lower())
        return
    link = read_start_payload(payload)
    cosession = sessions.session_to_join(db=ctx.db, code=link.code)
    if cosession is None:
        ctx.say(texts.members.UNKNOWN_CODE.format(code=payload[:40]))
        return
    came = attribution(ctx, cosession, link, member)
    joins.record_link_open(
        db=ctx.db, session_id=id_of(cosession), member_id=member.id, came=came, now=ctx.now
    )
    if cosession.status != "open":  # its title is for those who took part
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
        _join(ctx, member, cosession, came)


def attribution(ctx: Ctx, cosession: CoSession, link: StartLink, member: Member) -> Attribution:
    """How a link of the session says the member came, its codes looked up in this session.
    A code nobody has here (forged, mistyped, another session's) makes the plain link; a
    member's own code or seed credits nobody."""
    db, sid = ctx.db, id_of(cosession)
    came = Attribution()
    seed = joins.seed_by_code(db=db, session_id=sid, code=link.seed) if link.seed else None
    referrer = sessions.referrer(db=db, session_id=sid, ref_code=link.ref) if link.ref else None
    if seed is not None:
        came = Attribution(
            "seed",
            referred_by_id=seed.champion_id,
            seed_id=seed.id,
            landing_kind=seed.kind,
            landing_id=seed.item_id,
        )
    elif referrer is not None:
        shared = (
            proposal_store.by_number(db=db, session_id=sid, number=link.proposal)
            if link.proposal is not None
            else None
        )
        if shared is not None and not shared.hidden:
            came = Attribution(
                "proposal",
                referred_by_id=referrer.id,
                landing_kind="proposal",
                landing_id=shared.id,
            )
        else:
            came = Attribution("invite", referred_by_id=referrer.id)
    elif link.tag is not None:
        came = Attribution(source_tag=link.tag)
    elif link.group:
        came = Attribution("group")
    if came.referred_by_id is not None and came.referred_by_id == member.id:
        came = came.uncredited()  # their own link
    return came


def _greet(ctx: Ctx) -> None:
    place = place_of(ctx, open_only=False)
    if isinstance(place, Place):
        _resume(ctx, place)
    elif ctx.roles():
        greet_staff(ctx)
    else:
        ctx.say(texts.members.WELCOME_NO_CODE.format(bot=ctx.services.bot_username))


def _join(ctx: Ctx, member: Member, cosession: CoSession, came: Attribution) -> None:
    """Join (or come back). Only a first join is attributed, and it credits whoever brought
    the member only the first time this Telegram account joins the session through
    someone's link, /forget or not (`_first_referral`)."""
    joined = (
        None  # someone never met has joined nothing
        if ctx.first_contact
        else sessions.get_participation(
            db=ctx.db, session_id=id_of(cosession), member_id=id_of(member)
        )
    )
    if joined is None and came.credits and not _first_referral(ctx, cosession):
        came = came.uncredited()
    participation = sessions.join_session(
        db=ctx.db, cosession=cosession, member=member, now=ctx.now, came=came
    )
    ctx.in_session(cosession.id, member.id)
    if participation.consented_at is not None:
        place = place_of(ctx, session_id=cosession.id)
        if isinstance(place, Place):
            _resume(ctx, place)
            if came.landing_kind == "proposal" and came.landing_id is not None:
                land(ctx, place, came.landing_kind, came.landing_id)
        return
    ctx.say(_consent_question(cosession, _community(ctx, cosession)))


def _community(ctx: Ctx, cosession: CoSession) -> str:
    """The session's community's name (its title if it has none), read with the session
    when it was found by its code (`sessions.get_session_by_code`)."""
    return flows.names_of(db=ctx.db, cosession=cosession)["community"]


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
    participation = place.participation
    landed = None
    if participation.landing_kind is not None and participation.landing_id is not None:
        landed = land(ctx, place, participation.landing_kind, participation.landing_id)
    start_flow(ctx, place)
    catch_up(ctx, place, first=landed, consented_now=True)  # an open poll: after the first question


def land(ctx: Ctx, place: Place, kind: str, item_id: int) -> int | None:
    """What the member's link pointed to, before the flow: a proposal's vote card, or word
    that the poll comes next (`catch_up` sends it first among the open polls). Nothing if
    it is gone (hidden, closed). The poll's id when there is one to send."""
    if kind == "proposal":
        view = browse_of(ctx, id_of(place.cosession), place.member)
        if item_id in view.order:
            ctx.say(card(ctx, place, view, item_id, header=texts.members.LANDED_PROPOSAL))
        return None
    poll = polls.get_poll(db=ctx.db, poll_id=item_id)
    if kind != "poll" or poll is None or poll.session_id != place.cosession.id:
        return None
    if poll.status != "open" or (poll.closes_at is not None and poll.closes_at <= ctx.now):
        return None
    ctx.say(texts.members.LANDED_POLL.format(id=poll.number))
    return poll.id


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
