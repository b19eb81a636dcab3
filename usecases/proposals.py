"""Proposals, votes, feedback and moderation. One way to make a proposal and one way to
give feedback, whether by command or in a flow step, with one set of limits."""

from __future__ import annotations

import dialogs
from dialogs.proposals import (
    browse_order,
    check_text,
    feedback_limits,
    milestone_reached,
    proposal_limits,
    tidy,
)
from storage import proposals as proposal_store
from storage import sessions
from storage.models import Member, Proposal
from usecases import readings, texts
from usecases.access import Denied, Place, Refusal, allowed, member_place, place_of, refuse
from usecases.actions import BrowseButton, VoteButton
from usecases.cards import VOTE_LABELS, proposal_card
from usecases.context import Ctx, Out
from usecases.parsing import parse_id

REASON_LIMIT = 300
_PROPOSAL_PROBLEMS = {
    "empty": texts.PROPOSAL_EMPTY,
    "short": texts.PROPOSAL_SHORT,
    "long": texts.PROPOSAL_LONG,
}
_FEEDBACK_PROBLEMS = {"empty": texts.FEEDBACK_USAGE, "long": texts.FEEDBACK_LONG}


def _mood(ctx: Ctx, text: str, mood: dialogs.Sentiment | None) -> dialogs.Sentiment:
    """The text's sentiment (as given, or analysed now), also for the incoming message's
    transcript row; a language the analyser does not read is stored as no polarity."""
    mood = mood or dialogs.analyse(text)
    known = mood.known
    ctx.about.polarity = mood.polarity if known else None
    ctx.about.subjectivity = mood.subjectivity if known else None
    return mood


def submit_proposal(
    ctx: Ctx, place: Place, text: str, *, mood: dialogs.Sentiment | None = None
) -> Proposal | None:
    """Check a proposal against the session's limits, refuse one the session already has,
    store it with its sentiment, and say which of these happened, in one reply."""
    limits = proposal_limits(place.flow)
    problem = check_text(text, limits)
    if problem is not None:
        ctx.say(_PROPOSAL_PROBLEMS[problem].format(least=limits.min_length, most=limits.max_length))
        return None
    text = tidy(text)
    mood = _mood(ctx, text, mood)
    proposal = proposal_store.add_proposal(
        db=ctx.db,
        session_id=place.cosession.id,
        member_id=place.member.id,
        text=text,
        now=ctx.now,
        polarity=ctx.about.polarity,
        subjectivity=ctx.about.subjectivity,
    )
    if proposal is None:
        same = proposal_store.find_duplicate(db=ctx.db, session_id=place.cosession.id, text=text)
        ctx.say(texts.PROPOSAL_DUPLICATE.format(id=same.id if same else "?"))
        return None
    ctx.say(texts.PROPOSAL_SAVED.format(id=proposal.id))
    return proposal


def give_feedback(
    ctx: Ctx,
    place: Place,
    text: str,
    *,
    mood: dialogs.Sentiment | None = None,
    step_id: str | None = None,
) -> bool:
    """Check feedback against the session's limit and store it with its sentiment."""
    limits = feedback_limits(place.flow)
    problem = check_text(text, limits)
    if problem is not None:
        ctx.say(_FEEDBACK_PROBLEMS[problem].format(most=limits.max_length))
        return False
    text = tidy(text)
    mood = _mood(ctx, text, mood)
    proposal_store.add_feedback(
        db=ctx.db,
        session_id=place.cosession.id,
        member_id=place.member.id,
        text=text,
        now=ctx.now,
        step_id=step_id,
        polarity=ctx.about.polarity,
        subjectivity=ctx.about.subjectivity,
    )
    ctx.say(texts.FEEDBACK_SAVED)
    return True


def propose(ctx: Ctx, text: str) -> None:
    """/propose <idea>: a proposal in the member's session."""
    if place := member_place(ctx):
        submit_proposal(ctx, place, text)


def feedback(ctx: Ctx, text: str) -> None:
    """/feedback <text>: free feedback to the organisers; /feedback <code> [page]: the
    session's organisers and coordinators read it."""
    if readings.names_a_session(ctx, text):
        readings.read_feedback(ctx, text)
    elif place := member_place(ctx):
        give_feedback(ctx, place, text)


def show_proposals(ctx: Ctx, args: str = "") -> None:
    """/proposals: the session's proposals one card at a time, unvoted first;
    /proposals <code> [page]: the session's organisers and coordinators read them all."""
    if args.strip():
        readings.read_proposals(ctx, args)
        return
    place = place_of(ctx)
    if isinstance(place, Place):
        show_card(ctx, place)
    elif place.reason is Denied.NO_SESSION:  # an organiser may have meant a session's list
        ctx.say(f"{texts.NEED_SESSION}\n{texts.PROPOSALS_FOR_A_SESSION}")
    else:
        refuse(ctx, place)


def show_card(ctx: Ctx, place: Place, position: int = 0) -> None:
    card = card_at(ctx, place.cosession.id, place.member, position)
    ctx.say(card if card is not None else texts.NO_PROPOSALS.format(title=place.cosession.title))


def card_at(
    ctx: Ctx,
    session_id: int,
    member: Member,
    position: int = 0,
    *,
    proposal_id: int | None = None,
) -> Out | None:
    """The card at `position` of the member's browse order, or the card of `proposal_id`."""
    db = ctx.db
    ids = proposal_store.visible_proposal_ids(db=db, session_id=session_id)
    voted = proposal_store.voted_proposal_ids(db=db, session_id=session_id, member_id=member.id)
    order = browse_order(ids, voted)
    if not order:
        return None
    if proposal_id in order:
        position = order.index(proposal_id)
    position = max(0, min(position, len(order) - 1))
    proposal = proposal_store.get_proposal(db=db, proposal_id=order[position])
    vote = proposal_store.vote_of(db=db, proposal_id=proposal.id, member_id=member.id)
    return proposal_card(
        proposal,
        session_id=session_id,
        position=position,
        total=len(order),
        my_vote=vote.value if vote else None,
        own=proposal.member_id == member.id,
    )


def browse(ctx: Ctx, action: BrowseButton) -> None:
    """Previous / Next on a proposal card."""
    place = member_place(ctx, session_id=action.session_id)
    card = place and card_at(ctx, action.session_id, place.member, action.position)
    if card is not None:
        ctx.edit(card)


def vote(ctx: Ctx, action: VoteButton) -> None:
    """Agree / Disagree / Pass, checked against the proposal and the member's session."""
    proposal = proposal_store.get_proposal(db=ctx.db, proposal_id=action.proposal_id)
    if proposal is None:
        refuse(ctx, Refusal(Denied.STALE))
        return
    place = member_place(ctx, session_id=proposal.session_id)
    if place is None:
        return
    if proposal.hidden:
        ctx.toast = texts.PROPOSAL_HIDDEN_BUTTON
    elif proposal.member_id == place.member.id:
        ctx.toast = texts.OWN_PROPOSAL
    else:
        _vote(ctx, proposal, place.member, action.value)


def _vote(ctx: Ctx, proposal: Proposal, member: Member, value: str) -> None:
    changed = proposal_store.cast_vote(
        db=ctx.db, proposal_id=proposal.id, member_id=member.id, value=value, now=ctx.now
    )
    label = VOTE_LABELS[value]
    ctx.toast = (texts.VOTE_SAVED if changed else texts.VOTE_UNCHANGED).format(vote=label)
    if not changed:
        return
    _tell_author(ctx, proposal)
    card = card_at(ctx, proposal.session_id, member, proposal_id=proposal.id)
    if card is not None:
        ctx.edit(card)


def _tell_author(ctx: Ctx, proposal: Proposal) -> None:
    agrees = proposal_store.vote_counts(db=ctx.db, proposal_id=proposal.id).get("agree", 0)
    milestone = milestone_reached(agrees, proposal.milestone_notified)
    author = proposal.member_id and ctx.db.get(Member, proposal.member_id)
    if milestone is None or not author:
        return
    proposal_store.note_milestone(db=ctx.db, proposal=proposal, milestone=milestone)
    title = sessions.get_session(db=ctx.db, session_id=proposal.session_id).title
    ctx.send(
        Out(
            texts.MILESTONE.format(text=proposal.text, count=milestone, title=title),
            chat_id=author.telegram_id,
            kind="notice",
            session_id=proposal.session_id,
            member_id=author.id,
            ref_id=proposal.id,
            dedupe_key=f"milestone:{proposal.id}:{milestone}",
        )
    )


def moderate(ctx: Ctx, args: str, *, hide: bool) -> None:
    """/hide <id> [reason] and /unhide <id>: a proposal hidden from members, or shown again."""
    command = "/hide" if hide else "/unhide"
    if not allowed(ctx, "organiser", command=command):
        return
    words = args.split(maxsplit=1)
    pid = parse_id(words[0]) if words else None
    reason = words[1].strip() if len(words) > 1 else texts.NO_REASON
    if pid is None:
        ctx.say(texts.HIDE_USAGE.format(command=command))
        return
    if len(reason) > REASON_LIMIT:
        ctx.say(texts.REASON_TOO_LONG.format(limit=REASON_LIMIT))
        return
    proposal = proposal_store.get_proposal(db=ctx.db, proposal_id=pid)
    if proposal is None:
        ctx.say(texts.NO_SUCH_PROPOSAL.format(id=pid))
    elif proposal.withdrawn_at is not None:
        ctx.say(texts.PROPOSAL_WITHDRAWN.format(id=pid))
    elif proposal.hidden == hide:
        ctx.say((texts.ALREADY_HIDDEN if hide else texts.NOT_HIDDEN).format(id=pid))
    else:
        proposal_store.set_hidden(
            db=ctx.db,
            proposal=proposal,
            hidden=hide,
            reason=reason,
            by=ctx.actor.telegram_id,
            now=ctx.now,
        )
        ctx.in_session(proposal.session_id)
        ctx.say(
            texts.HIDDEN.format(id=pid, reason=reason) if hide else texts.UNHIDDEN.format(id=pid)
        )
