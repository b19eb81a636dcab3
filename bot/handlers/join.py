"""/start with a join code, and the consent buttons."""

from __future__ import annotations

from typing import Any

from telegram import Update

from bot import flowrun, texts
from bot.callbacks import Consent
from bot.handlers.common import Place, active_place, command_args, current_member
from bot.render import Out
from bot.turn import Turn
from storage import members as member_store
from storage import sessions
from storage.codes import split_start_payload
from storage.models import Community


async def on_start(update: Update, context: Any) -> None:
    """Join a session from its deep link, or say how to."""
    async with Turn.begin(update, context) as turn:
        member = current_member(turn)
        payload = command_args(update)
        if not payload:
            _greet(turn, member)
            return
        code, ref = split_start_payload(payload)
        cosession = sessions.get_session_by_code(db=turn.db, code=code)
        if cosession is None:
            turn.say(texts.UNKNOWN_CODE.format(code=payload[:40]))
        elif cosession.status == "draft":
            turn.say(texts.SESSION_DRAFT.format(title=cosession.title))
        elif cosession.status == "closed":
            turn.say(texts.SESSION_CLOSED.format(title=cosession.title))
        else:
            referrer = member_store.get_member_by_ref(db=turn.db, ref_code=ref) if ref else None
            _join(turn, member, cosession, referrer)


def _greet(turn: Turn, member: Any) -> None:
    place = active_place(turn, member)
    if place is not None and place.participation.consented_at is not None:
        _resume(turn, place)
    else:
        turn.say(texts.WELCOME_NO_CODE.format(bot=turn.d.bot_username))


def _join(turn: Turn, member: Any, cosession: Any, referrer: Any) -> None:
    participation = sessions.join_session(
        db=turn.db, cosession=cosession, member=member, now=turn.now, referred_by=referrer
    )
    turn.in_session(cosession.id, member.id)
    if participation.consented_at is not None:
        place = active_place(turn, member)
        if place is not None:
            _resume(turn, place)
        return
    turn.say(_consent_question(cosession.id, cosession.title, _community_name(turn, cosession)))


def _community_name(turn: Turn, cosession: Any) -> str:
    community = turn.db.get(Community, cosession.community_id)
    return community.name if community else cosession.title


def _consent_question(session_id: int, title: str, community: str) -> Out:
    return Out(
        texts.CONSENT.format(title=title, community=community),
        buttons=(
            (
                (texts.CONSENT_YES, Consent(session_id, True)),
                (texts.CONSENT_NO, Consent(session_id, False)),
            ),
        ),
    )


def _resume(turn: Turn, place: Place) -> None:
    turn.say(texts.ALREADY_JOINED.format(title=place.cosession.title))
    if not flowrun.show_current(turn, place.flow, place.cosession, place.member):
        turn.say(texts.FLOW_FINISHED_ALREADY.format(title=place.cosession.title))


async def on_consent(update: Update, context: Any, action: Consent) -> None:
    """A tap on "I agree" / "No thanks": checked against the member's own session."""
    async with Turn.begin(update, context) as turn:
        member = current_member(turn)
        cosession = sessions.get_session(db=turn.db, session_id=action.session_id)
        participation = cosession and sessions.get_participation(
            db=turn.db, session_id=cosession.id, member_id=member.id
        )
        if not participation:
            turn.toast = texts.STALE_BUTTON
            return
        turn.in_session(cosession.id, member.id)
        message_id = update.callback_query.message.message_id
        if cosession.status != "open":
            turn.toast = texts.SESSION_NOT_OPEN_BUTTON
            return
        if participation.consented_at is not None:
            turn.toast = texts.STALE_BUTTON
            return
        _decide(turn, member, cosession, participation, action.accept, message_id)


def _decide(
    turn: Turn, member: Any, cosession: Any, participation: Any, accept: bool, message_id: int
) -> None:
    sessions.record_consent(
        db=turn.db, participation=participation, member=member, accepted=accept, now=turn.now
    )
    if not accept:
        turn.edit(message_id, Out(texts.CONSENT_DECLINED))
        return
    member.active_session_id = cosession.id
    turn.edit(message_id, Out(texts.CONSENT_GIVEN.format(date=turn.now.strftime("%d %b %Y"))))
    flow = turn.d.flows.get(cosession.flow_id)
    if flow is not None:
        flowrun.start_flow(turn, flow, cosession, member, participation)
