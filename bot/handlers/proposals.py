"""Proposals, votes, feedback and moderation."""

from __future__ import annotations

from typing import Any

from telegram import Update

import dialogs
from bot import texts
from bot.callbacks import BrowseButton, VoteButton
from bot.cards import VOTE_LABELS, proposal_card
from bot.handlers.common import Place, active_place, command_args, current_member, parse_id
from bot.render import Out
from bot.roles import requires
from bot.turn import Turn
from dialogs.proposals import (
    MAX_LENGTH,
    MIN_LENGTH,
    browse_order,
    check_proposal,
    milestone_reached,
)
from storage import outbox, sessions
from storage import proposals as proposal_store
from storage.models import Member

FEEDBACK_LIMIT = 1000
REASON_LIMIT = 300


def open_place(turn: Turn) -> Place | None:
    """The member's active, open session they consented to; otherwise says why not."""
    member = current_member(turn)
    place = active_place(turn, member)
    if place is None or place.participation.consented_at is None:
        turn.say(texts.NEED_SESSION)
        return None
    if place.cosession.status != "open":
        turn.say(texts.SESSION_CLOSED.format(title=place.cosession.title))
        return None
    return place


async def on_propose(update: Update, context: Any) -> None:
    """Add a proposal to the member's session."""
    async with Turn.begin(update, context) as turn:
        place = open_place(turn)
        if place is not None:
            store_proposal(turn, place, command_args(update))


def store_proposal(turn: Turn, place: Place, text: str) -> None:
    problem = check_proposal(text)
    if problem is not None:
        turn.say(
            {
                "empty": texts.PROPOSAL_EMPTY,
                "short": texts.PROPOSAL_SHORT.format(limit=MIN_LENGTH),
                "long": texts.PROPOSAL_LONG.format(limit=MAX_LENGTH),
            }[problem]
        )
        return
    text = " ".join(text.split())
    duplicate = proposal_store.find_duplicate(db=turn.db, session_id=place.cosession.id, text=text)
    if duplicate is not None:
        turn.say(texts.PROPOSAL_DUPLICATE.format(id=duplicate.id))
        return
    mood = dialogs.analyse(text)
    turn.polarity, turn.subjectivity = mood.polarity, mood.subjectivity
    proposal = proposal_store.add_proposal(
        db=turn.db,
        session_id=place.cosession.id,
        member_id=place.member.id,
        text=text,
        now=turn.now,
        polarity=mood.polarity,
        subjectivity=mood.subjectivity,
    )
    turn.say(texts.PROPOSAL_SAVED.format(id=proposal.id))


async def on_proposals(update: Update, context: Any) -> None:
    """Show the session's proposals one card at a time, unvoted first."""
    async with Turn.begin(update, context) as turn:
        place = open_place(turn)
        if place is not None:
            show_card(turn, place.cosession.id, place.cosession.title, place.member, 0)


def card_at(
    turn: Turn,
    session_id: int,
    member: Member,
    position: int = 0,
    *,
    proposal_id: int | None = None,
) -> Out | None:
    """The card at `position` of the member's browse order, or the card of `proposal_id`."""
    ids = proposal_store.visible_proposal_ids(db=turn.db, session_id=session_id)
    voted = proposal_store.voted_proposal_ids(
        db=turn.db, session_id=session_id, member_id=member.id
    )
    order = browse_order(ids, voted)
    if not order:
        return None
    if proposal_id in order:
        position = order.index(proposal_id)
    position = max(0, min(position, len(order) - 1))
    proposal = proposal_store.get_proposal(db=turn.db, proposal_id=order[position])
    vote = proposal_store.vote_of(db=turn.db, proposal_id=proposal.id, member_id=member.id)
    return proposal_card(
        proposal,
        session_id=session_id,
        position=position,
        total=len(order),
        my_vote=vote.value if vote else None,
        own=proposal.member_id == member.id,
    )


def show_card(turn: Turn, session_id: int, title: str, member: Member, position: int) -> None:
    card = card_at(turn, session_id, member, position)
    turn.say(card if card is not None else texts.NO_PROPOSALS.format(title=title))


def _member_in(turn: Turn, session_id: int) -> Member | None:
    """The tapping member, if they consented to that session and it is open."""
    member = current_member(turn)
    cosession = sessions.get_session(db=turn.db, session_id=session_id)
    participation = cosession and sessions.get_participation(
        db=turn.db, session_id=cosession.id, member_id=member.id
    )
    if not participation or participation.consented_at is None:
        turn.toast = texts.STALE_BUTTON
        return None
    turn.in_session(cosession.id, member.id)
    if cosession.status != "open":
        turn.toast = texts.SESSION_NOT_OPEN_BUTTON
        return None
    return member


async def on_browse(update: Update, context: Any, action: BrowseButton) -> None:
    """Previous / Next on a proposal card."""
    async with Turn.begin(update, context) as turn:
        member = _member_in(turn, action.session_id)
        card = member and card_at(turn, action.session_id, member, action.position)
        if card is not None:
            turn.edit(update.callback_query.message.message_id, card)


async def on_vote(update: Update, context: Any, action: VoteButton) -> None:
    """Agree / Disagree / Pass, checked against the proposal and the member's session."""
    async with Turn.begin(update, context) as turn:
        proposal = proposal_store.get_proposal(db=turn.db, proposal_id=action.proposal_id)
        member = proposal and _member_in(turn, proposal.session_id)
        if proposal is None or member is None:
            turn.toast = turn.toast or texts.STALE_BUTTON
            return
        if proposal.hidden:
            turn.toast = texts.PROPOSAL_HIDDEN_BUTTON
        elif proposal.member_id == member.id:
            turn.toast = texts.OWN_PROPOSAL
        else:
            _vote(turn, proposal, member, action.value, update.callback_query.message.message_id)


def _vote(turn: Turn, proposal: Any, member: Member, value: str, message_id: int) -> None:
    changed = proposal_store.cast_vote(
        db=turn.db, proposal_id=proposal.id, member_id=member.id, value=value, now=turn.now
    )
    label = VOTE_LABELS[value]
    turn.toast = (texts.VOTE_SAVED if changed else texts.VOTE_UNCHANGED).format(vote=label)
    if not changed:
        return
    _tell_author(turn, proposal)
    card = card_at(turn, proposal.session_id, member, proposal_id=proposal.id)
    if card is not None:
        turn.edit(message_id, card)


def _tell_author(turn: Turn, proposal: Any) -> None:
    agrees = proposal_store.vote_counts(db=turn.db, proposal_id=proposal.id).get("agree", 0)
    milestone = milestone_reached(agrees, proposal.milestone_notified)
    author = proposal.member_id and turn.db.get(Member, proposal.member_id)
    if milestone is None or not author:
        return
    proposal_store.note_milestone(db=turn.db, proposal=proposal, milestone=milestone)
    cosession = sessions.get_session(db=turn.db, session_id=proposal.session_id)
    outbox.enqueue(
        db=turn.db,
        chat_id=author.telegram_id,
        member_id=author.id,
        kind="notice",
        ref_id=proposal.id,
        session_id=proposal.session_id,
        dedupe_key=f"milestone:{proposal.id}:{milestone}",
        now=turn.now,
        text=texts.MILESTONE.format(text=proposal.text, count=milestone, title=cosession.title),
    )


async def on_feedback(update: Update, context: Any) -> None:
    """Free feedback to the organisers, stored with its sentiment."""
    async with Turn.begin(update, context) as turn:
        place = open_place(turn)
        text = " ".join(command_args(update).split())
        if place is None:
            return
        if not text:
            turn.say(texts.FEEDBACK_USAGE)
        elif len(text) > FEEDBACK_LIMIT:
            turn.say(texts.FEEDBACK_LONG.format(limit=FEEDBACK_LIMIT))
        else:
            mood = dialogs.analyse(text)
            turn.polarity, turn.subjectivity = mood.polarity, mood.subjectivity
            proposal_store.add_feedback(
                db=turn.db,
                session_id=place.cosession.id,
                member_id=place.member.id,
                text=text,
                now=turn.now,
                polarity=mood.polarity,
                subjectivity=mood.subjectivity,
            )
            turn.say(texts.FEEDBACK_SAVED)


@requires("organiser")
async def on_hide(update: Update, context: Any) -> None:
    """Hide a proposal from members, with a reason kept in the transcript."""
    await _moderate(update, context, hide=True)


@requires("organiser")
async def on_unhide(update: Update, context: Any) -> None:
    """Show a hidden proposal again."""
    await _moderate(update, context, hide=False)


async def _moderate(update: Update, context: Any, *, hide: bool) -> None:
    async with Turn.begin(update, context) as turn:
        words = command_args(update).split(maxsplit=1)
        command = "/hide" if hide else "/unhide"
        pid = parse_id(words[0]) if words else None
        reason = words[1].strip() if len(words) > 1 else texts.NO_REASON
        if pid is None:
            turn.say(texts.HIDE_USAGE.format(command=command))
            return
        if len(reason) > REASON_LIMIT:
            turn.say(texts.REASON_TOO_LONG.format(limit=REASON_LIMIT))
            return
        proposal = proposal_store.get_proposal(db=turn.db, proposal_id=pid)
        if proposal is None:
            turn.say(texts.NO_SUCH_PROPOSAL.format(id=pid))
        elif proposal.hidden == hide:
            turn.say((texts.ALREADY_HIDDEN if hide else texts.NOT_HIDDEN).format(id=pid))
        else:
            proposal_store.set_hidden(
                db=turn.db,
                proposal=proposal,
                hidden=hide,
                reason=reason,
                by=update.effective_user.id,
                now=turn.now,
            )
            turn.session_id = proposal.session_id
            turn.say(
                texts.HIDDEN.format(id=pid, reason=reason)
                if hide
                else texts.UNHIDDEN.format(id=pid)
            )
