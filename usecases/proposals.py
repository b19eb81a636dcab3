"""Proposals, votes, feedback and moderation. One way to make a proposal and one way to
give feedback, whether by command or in a flow step, with one set of limits."""

from __future__ import annotations

import uuid

import dialogs
import texts.proposals
from dialogs.proposals import check_text, feedback_limits, proposal_limits, proposal_problem, tidy
from storage import proposals as proposal_store
from storage import sessions
from storage.models import Kind, Member, Proposal, id_of
from usecases import moods, readings, tovote
from usecases.access import Place, member_place
from usecases.audit import note
from usecases.context import Ctx, Out
from usecases.languages import speaking_to
from usecases.numbered import find_proposal
from usecases.roles import Role

REASON_LIMIT = 300


def _feedback_problem(problem: str) -> str:
    """How a feedback that does not fit is refused ("empty" or "long")."""
    return texts.proposals.FEEDBACK_LONG if problem == "long" else texts.proposals.FEEDBACK_USAGE


def _mood(ctx: Ctx, place: Place, text: str, mood: dialogs.Sentiment | None) -> dialogs.Sentiment:
    """The text's sentiment (as given, or read now in its language: `moods.reader`), also
    for the incoming message's transcript row; a language no analyser reads is stored as no
    polarity."""
    mood = mood or moods.reader(place)(text)
    ctx.about.copy_sentiment(mood)
    return mood


def submit_proposal(
    ctx: Ctx,
    place: Place,
    text: str,
    *,
    mood: dialogs.Sentiment | None = None,
    replaces: str | None = None,
) -> Proposal | None:
    """Check a proposal against the session's limits, refuse one the session already has,
    store it with its sentiment, and say which of these happened, in one reply. `replaces`:
    the words the member gave before at the same step (they went /back): their proposal
    with those words takes the new ones, rather than a second proposal being made."""
    limits = proposal_limits(place.flow)
    problem = check_text(text, limits)
    if problem == "empty":
        ctx.say(
            texts.proposals.PROPOSAL_EMPTY.format(least=limits.min_length, most=limits.max_length)
        )
        return None
    if problem is not None:
        ctx.say(proposal_problem(problem, limits, text))
        return None
    text = tidy(text)
    mood = _mood(ctx, place, text, mood)
    sid, mid = id_of(place.cosession), id_of(place.member)
    earlier = (
        proposal_store.own_proposal(db=ctx.db, session_id=sid, member_id=mid, text=replaces)
        if replaces
        else None
    )
    if earlier is not None:
        return _reword(ctx, earlier, text)
    proposal = proposal_store.add_proposal(
        db=ctx.db,
        session_id=id_of(place.cosession),
        member_id=place.member.id,
        text=text,
        now=ctx.now,
        polarity=ctx.about.polarity,
        subjectivity=ctx.about.subjectivity,
        language=place.language,
    )
    if proposal is None:
        _say_duplicate(ctx, place, text)
        return None
    ctx.say(texts.proposals.PROPOSAL_SAVED.format(id=proposal.number))
    tovote.after_proposal(ctx, place.cosession)
    return proposal


def _reword(ctx: Ctx, proposal: Proposal, text: str) -> Proposal | None:
    """The author's proposal takes their new words (unless another proposal has them)."""
    if proposal.normalized_text == proposal_store.normalize(text):
        ctx.say(texts.proposals.PROPOSAL_KEPT.format(id=proposal.number))
        return proposal
    same = proposal_store.find_duplicate(db=ctx.db, session_id=proposal.session_id, text=text)
    if same is not None:
        ctx.say(texts.proposals.PROPOSAL_DUPLICATE.format(id=same.number))
        return None
    cleared = proposal_store.reword(
        db=ctx.db,
        proposal=proposal,
        text=text,
        polarity=ctx.about.polarity,
        subjectivity=ctx.about.subjectivity,
    )
    said = texts.proposals.PROPOSAL_REWORDED.format(id=proposal.number, text=proposal.text)
    if cleared:
        said += " " + texts.proposals.VOTES_CLEARED.format(n=cleared)
    ctx.say(said)
    cosession = sessions.get_session(db=ctx.db, session_id=proposal.session_id)
    if cosession is not None:  # a proposal's session (a foreign key)
        tovote.after_proposal(ctx, cosession)
    return proposal


def _say_duplicate(ctx: Ctx, place: Place, text: str) -> None:
    same = proposal_store.find_duplicate(db=ctx.db, session_id=id_of(place.cosession), text=text)
    ctx.say(texts.proposals.PROPOSAL_DUPLICATE.format(id=same.number if same else "?"))


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
        ctx.say(_feedback_problem(problem).format(most=limits.max_length))
        return False
    text = tidy(text)
    mood = _mood(ctx, place, text, mood)
    proposal_store.add_feedback(
        db=ctx.db,
        session_id=id_of(place.cosession),
        member_id=place.member.id,
        text=text,
        now=ctx.now,
        step_id=step_id,
        polarity=ctx.about.polarity,
        subjectivity=ctx.about.subjectivity,
    )
    ctx.say(texts.proposals.FEEDBACK_SAVED)
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


def hide(ctx: Ctx, args: str) -> None:
    """/hide [code] <number> [reason]: a proposal hidden from members."""
    moderate(ctx, args, hide=True)


def unhide(ctx: Ctx, args: str) -> None:
    """/unhide [code] <number>: a hidden proposal shown again."""
    moderate(ctx, args, hide=False)


def moderate(ctx: Ctx, args: str, *, hide: bool) -> None:
    """A proposal hidden from members, or shown again."""
    command = "/hide" if hide else "/unhide"
    found = find_proposal(ctx, args, Role.ORGANISER, command=command)
    if found is None:
        return
    proposal, cosession = found.item, found.cosession
    number = proposal.number
    reason = found.rest or texts.proposals.NO_REASON
    if len(reason) > REASON_LIMIT:
        ctx.say(texts.proposals.REASON_TOO_LONG.format(limit=REASON_LIMIT))
    elif proposal.withdrawn_at is not None:
        ctx.say(texts.proposals.PROPOSAL_WITHDRAWN.format(id=number))
    elif proposal.hidden == hide:
        ctx.say(
            (texts.proposals.ALREADY_HIDDEN if hide else texts.proposals.NOT_HIDDEN).format(
                id=number
            )
        )
    else:
        proposal_store.set_hidden(
            db=ctx.db,
            proposal=proposal,
            hidden=hide,
            reason=reason,
            by=ctx.actor.telegram_id,
            now=ctx.now,
        )
        if hide:
            note(ctx, proposal.session_id, "hid", proposal=number, reason=reason)
        else:
            note(ctx, proposal.session_id, "unhid", proposal=number)
        _tell_author(ctx, proposal, cosession.title, hide, found.rest)
        ctx.say(
            texts.proposals.HIDDEN.format(id=number, reason=reason)
            if hide
            else texts.proposals.UNHIDDEN.format(id=number)
        )


def _tell_author(ctx: Ctx, proposal: Proposal, title: str, hide: bool, reason: str) -> None:
    """The author hears that their proposal was hidden, and why (or that it is back), in
    their language."""
    author = proposal.member_id and ctx.db.get(Member, proposal.member_id)
    if not author:
        return
    with speaking_to(ctx, author):
        template = (
            texts.proposals.YOUR_PROPOSAL_HIDDEN if hide else texts.proposals.YOUR_PROPOSAL_SHOWN
        )
        told = template.format(
            text=proposal.text, title=title, reason=reason or texts.proposals.NO_REASON
        )
    ctx.send(
        Out(
            told,
            chat_id=author.telegram_id,
            kind=Kind.NOTICE,
            session_id=proposal.session_id,
            member_id=author.id,
            ref_id=proposal.id,
            dedupe_key=f"moderated:{proposal.id}:{uuid.uuid4().hex[:12]}",
        )
    )
