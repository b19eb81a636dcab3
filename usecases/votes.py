"""Browsing proposals one card at a time and voting on them (by /proposals or a flow's
vote step). After a vote the card moves on to the next proposal the member has not voted
on, and says so when none is left."""

from __future__ import annotations

from dataclasses import dataclass

import texts.members
import texts.proposals
import texts.reports
from dialogs.proposals import milestone_reached, next_to_vote
from storage import outcomes as outcome_store
from storage import proposals as proposal_store
from storage import sessions
from storage.models import Kind, Member, Proposal, id_of
from usecases import readings, routing
from usecases.access import Denied, Place, Refusal, member_place, place_of, refuse
from usecases.actions import BrowseButton, Link, VoteButton
from usecases.cards import proposal_card, vote_label
from usecases.context import Ctx, Out
from usecases.languages import speaking_to
from usecases.links import proposal_link, share_button, shortened
from usecases.translations import shown_to


@dataclass(frozen=True)
class Browse:
    """A member's view of a session's proposals: the visible ones in the member's order
    (`usecases.routing`: pinned, then those to vote on, then those they are done with), and
    those they are done with (voted on, or their own)."""

    order: list[int]
    voted: set[int]
    own: set[int]

    @property
    def done(self) -> set[int]:
        return self.voted | self.own

    def all_voted(self) -> str:
        """What to say once nothing is left to vote on."""
        others = [p for p in self.order if p not in self.own]
        return texts.proposals.CARD_ALL_VOTED if others else texts.proposals.CARD_NOTHING_TO_VOTE


def browse_of(ctx: Ctx, session_id: int, member: Member) -> Browse:
    db = ctx.db
    visible = proposal_store.visible_proposals(db=db, session_id=session_id)
    voted = proposal_store.voted_proposal_ids(db=db, session_id=session_id, member_id=id_of(member))
    own = {p for p, author in visible if author == member.id}
    return Browse(
        order=routing.order_for(ctx, session_id, member, visible, voted | own),
        voted=voted,
        own=own,
    )


def show_proposals(ctx: Ctx, args: str = "") -> None:
    """/proposals: the first proposal the member has not voted on; /proposals <code>
    [page]: the session's organisers and coordinators read them all."""
    if args.strip():
        readings.read_proposals(ctx, args)
        return
    place = place_of(ctx)
    if isinstance(place, Place):
        show_card(ctx, place)
    elif place.reason is Denied.NO_SESSION:  # an organiser may have meant a session's list
        ctx.say(f"{texts.members.NEED_SESSION}\n{texts.reports.PROPOSALS_FOR_A_SESSION}")
    else:
        refuse(ctx, place)


def show_card(ctx: Ctx, place: Place) -> None:
    view = browse_of(ctx, id_of(place.cosession), place.member)
    if not view.order:
        ctx.say(texts.proposals.NO_PROPOSALS.format(title=place.cosession.title))
        return
    target = next_to_vote(view.order, view.done)
    footer = None if target is not None else view.all_voted()
    ctx.say(card(ctx, place, view, target or view.order[0], footer))


def say_unvoted(ctx: Ctx, place: Place) -> None:
    """On from a flow's vote step: how many proposals the member left without a vote."""
    view = browse_of(ctx, id_of(place.cosession), place.member)
    count = sum(p not in view.done for p in view.order)
    if count:
        ctx.say(texts.proposals.LEFT_UNVOTED.format(count=count))


def card(
    ctx: Ctx,
    place: Place,
    view: Browse,
    proposal_id: int,
    footer: str | None = None,
    header: str | None = None,
) -> Out:
    """The card of one proposal, at its place in the member's browse order, in their
    language when the team translated it (else as written, its language named)."""
    proposal = proposal_store.get_proposal(db=ctx.db, proposal_id=proposal_id)
    assert proposal is not None, proposal_id  # from the browse order read in this transaction
    member = place.member
    vote = proposal_store.vote_of(db=ctx.db, proposal_id=proposal_id, member_id=id_of(member))
    words, written = shown_to(ctx, proposal, place.language)
    return proposal_card(
        proposal,
        words=words,
        written=written,
        session_id=id_of(place.cosession),
        position=view.order.index(proposal_id),
        total=len(view.order),
        my_vote=vote.value if vote else None,
        own=proposal_id in view.own,
        header=header,
        footer=footer,
        outcome=outcome_store.current_of(db=ctx.db, proposal_id=proposal_id),
    )


def browse(ctx: Ctx, action: BrowseButton) -> None:
    """Previous / Next on a proposal card."""
    place = member_place(ctx, session_id=action.session_id)
    if place is None:
        return
    view = browse_of(ctx, action.session_id, place.member)
    if view.order:
        position = max(0, min(action.position, len(view.order) - 1))
        ctx.edit(card(ctx, place, view, view.order[position]))


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
        ctx.toast = texts.proposals.PROPOSAL_HIDDEN_BUTTON
    elif proposal.member_id == place.member.id:
        ctx.toast = texts.proposals.OWN_PROPOSAL
    else:
        _vote(ctx, proposal, place, action.value)


def _vote(ctx: Ctx, proposal: Proposal, place: Place, value: str) -> None:
    member = place.member
    before = browse_of(ctx, proposal.session_id, member).order  # where the member was
    changed = proposal_store.cast_vote(
        db=ctx.db, proposal_id=id_of(proposal), member_id=id_of(member), value=value, now=ctx.now
    )
    label = vote_label(value)
    ctx.toast = (texts.proposals.VOTE_SAVED if changed else texts.proposals.VOTE_UNCHANGED).format(
        vote=label
    )
    if not changed:
        return
    _tell_author(ctx, proposal)
    sid = proposal.session_id
    view = browse_of(ctx, sid, member)  # the voted one has moved to the end of the order
    following = next_to_vote(before, view.done, after=proposal.id)  # on from where it was
    if following is None:  # that was the last one: the card shows the vote, and says so
        shown = card(ctx, place, view, id_of(proposal), footer=view.all_voted())
    else:
        saved = texts.proposals.CARD_SAVED_NEXT.format(id=proposal.number, vote=label)
        shown = card(ctx, place, view, following, header=saved)
    if value == "agree":  # one they agree with: theirs to pass on
        shown = shown.but(buttons=(*shown.buttons, (share_proposal(ctx, place, proposal),)))
    ctx.edit(shown)


def share_proposal(ctx: Ctx, place: Place, proposal: Proposal) -> tuple[str, Link]:
    """ "Share proposal #3": Telegram's share page with the member's link to it (whoever
    joins through it sees it first, and counts as brought by them) and a ready text."""
    words, _ = shown_to(ctx, proposal, place.language)
    text = texts.proposals.SHARE_PROPOSAL_TEXT.format(
        title=place.cosession.title, text=shortened(words or proposal.text)
    )
    link = proposal_link(ctx, place.cosession, proposal, place.participation)
    label = texts.proposals.SHARE_PROPOSAL_BUTTON.format(id=proposal.number)
    return share_button(label, link, text)


def _tell_author(ctx: Ctx, proposal: Proposal) -> None:
    agrees = proposal_store.vote_counts(db=ctx.db, proposal_id=id_of(proposal)).get("agree", 0)
    milestone = milestone_reached(agrees, proposal.milestone_notified)
    author = proposal.member_id and ctx.db.get(Member, proposal.member_id)
    if milestone is None or not author:
        return
    proposal_store.note_milestone(db=ctx.db, proposal=proposal, milestone=milestone)
    cosession = sessions.get_session(db=ctx.db, session_id=proposal.session_id)
    assert cosession is not None  # a proposal's session (a foreign key)
    title = cosession.title
    with speaking_to(ctx, author):
        told = texts.proposals.MILESTONE.format(text=proposal.text, count=milestone, title=title)
    ctx.send(
        Out(
            told,
            chat_id=author.telegram_id,
            kind=Kind.NOTICE,
            session_id=proposal.session_id,
            member_id=author.id,
            ref_id=proposal.id,
            dedupe_key=f"milestone:{proposal.id}:{milestone}",
        )
    )
