"""Seeding a proposal or a poll through champions (decision 0033): `/seed <code> proposal
<N>|poll <N> <champions…>|top <N>`. Each champion gets a short personal request, with a
link of their own to it (`<join code>-s<seed code>`) and a button to share it; whoever
joins through it lands on the proposal's vote card (or the poll) right after consent, and
counts for the seed (`storage.joins.seed_counts`) once they took part.

A request is a reprompt row of the queue (kind `champion`, step `seed-request`): it goes
only to a champion who may be messaged (consented, not paused, the session open), outside
their quiet hours and within the flow's daily cap, composed in their language when due;
at most once per champion and item."""

from __future__ import annotations

from datetime import datetime

import texts.members
import texts.organisers
import texts.polls
import texts.proposals
from dialogs.engagement import DAY, deliverable_at
from reports.pseudonyms import Labels
from storage import joins, polls, reprompts
from storage import proposals as proposal_store
from storage.models import CoSession, Kind, Member, Poll, Proposal, Seed, id_of
from storage.outbox import Queued
from usecases.access import Place, place_of, session_in_reach
from usecases.audit import note
from usecases.context import Ctx, Out
from usecases.engagement import zone_of
from usecases.links import seed_link, share_button, shortened
from usecases.parsing import parse_id
from usecases.roles import Role

STEP = "seed-request"  # the step id of champions' requests (no flow step has it: ids are words)
KINDS = ("proposal", "poll")
MOST = 20  # champions at most per /seed


def seed(ctx: Ctx, args: str) -> None:
    """/seed <code> proposal|poll <number> <@username|pseudonym…> | top <N>."""
    words = args.split()
    number = parse_id(words[2]) if len(words) >= 4 else None
    if number is None or words[1].lower() not in KINDS:
        ctx.say(texts.organisers.SEED_USAGE)
        return
    cosession = session_in_reach(ctx, words[0], Role.ORGANISER, command="/seed")
    if cosession is None:
        return
    if cosession.status != "open":
        ctx.say(texts.organisers.SEED_NOT_OPEN.format(title=cosession.title))
        return
    kind = words[1].lower()
    item = _item(ctx, cosession, kind, number)
    if item is None:
        return
    champions = _champions(ctx, cosession, words[3:])
    if champions is None:
        return
    sid, labels = id_of(cosession), Labels(cosession.pseudonym_salt)
    for champion in champions:
        planted = joins.seed_for(
            db=ctx.db,
            session_id=sid,
            kind=kind,
            item_id=id_of(item),
            champion_id=id_of(champion),
            created_by=ctx.actor.telegram_id,
            now=ctx.now,
        )
        reprompts.hold(
            db=ctx.db,
            session_id=sid,
            member_id=id_of(champion),
            chat_id=champion.telegram_id,
            step_id=STEP,
            kind=Kind.CHAMPION,
            attempt=0,
            due_at=ctx.now,
            now=ctx.now,
            meta={"seed": id_of(planted)},
            key=f"{STEP}:{id_of(planted)}",
        )
    note(ctx, sid, "seeded", what=kind, number=number, champions=len(champions))
    ctx.say(
        texts.organisers.SEEDED.format(
            what=_named(kind, number),
            n=len(champions),
            champions=", ".join(labels(id_of(c)) for c in champions),
            code=cosession.join_code,
        )
    )


def _named(kind: str, number: int) -> str:
    return texts.organisers.SEED_WHAT[kind].format(id=number)


def _item(ctx: Ctx, cosession: CoSession, kind: str, number: int) -> Proposal | Poll | None:
    """The proposal (visible to members) or the poll (open) to seed; None, said why."""
    sid = id_of(cosession)
    if kind == "proposal":
        proposal = proposal_store.by_number(db=ctx.db, session_id=sid, number=number)
        if proposal is None or proposal.hidden:
            ctx.say(texts.proposals.NO_SUCH_PROPOSAL.format(id=number))
            return None
        return proposal
    poll = polls.by_number(db=ctx.db, session_id=sid, number=number)
    if poll is None:
        ctx.say(texts.polls.NO_SUCH_POLL.format(id=number))
        return None
    if not _open(poll, ctx.now):
        ctx.say(texts.organisers.SEED_POLL_CLOSED.format(id=number))
        return None
    return poll


def _open(poll: Poll, now: datetime) -> bool:
    return poll.status == "open" and (poll.closes_at is None or poll.closes_at > now)


def _champions(ctx: Ctx, cosession: CoSession, words: list[str]) -> list[Member] | None:
    """The members named (by @username or pseudonym, among those who agreed to take part),
    or the `top N` who brought the most active members; None (and said why) if any name
    is nobody's here, or none is left."""
    sid = id_of(cosession)
    if words[0].lower() == "top":
        n = parse_id(words[1]) if len(words) == 2 else None
        if n is None:
            ctx.say(texts.organisers.SEED_USAGE)
            return None
        top = joins.top_inviters(db=ctx.db, session_id=sid, limit=min(n, MOST))
        if not top:
            ctx.say(texts.organisers.SEED_NOBODY_BROUGHT.format(title=cosession.title))
            return None
        return top
    if len(words) > MOST:
        ctx.say(texts.organisers.SEED_TOO_MANY.format(most=MOST))
        return None
    members = joins.consenting_members(db=ctx.db, session_id=sid)
    labels = Labels(cosession.pseudonym_salt)
    by_name = {f"@{m.username.lower()}": m for m in members if m.username}
    by_name |= {labels(id_of(m)): m for m in members}
    found = {word: by_name.get(word.lower()) for word in words}
    unknown = [word for word, member in found.items() if member is None]
    if unknown:
        ctx.say(texts.organisers.SEED_UNKNOWN.format(names=", ".join(w[:40] for w in unknown)))
        return None
    return list({id_of(m): m for m in found.values() if m is not None}.values())


def compose(ctx: Ctx, due: Queued) -> Out | datetime | None:
    """A champion's request fell due: the request with their link and a share button; or
    when it may go (quiet hours, the daily cap); or None when it no longer applies (the
    champion left, the proposal was hidden, the poll closed)."""
    member = ctx.db.get(Member, due.member_id) if due.member_id is not None else None
    place = place_of(ctx, session_id=due.session_id, member=member) if member else None
    planted = joins.get_seed(db=ctx.db, seed_id=int((due.meta or {}).get("seed") or 0))
    if not isinstance(place, Place) or member is None or planted is None:
        return None
    sent = reprompts.sent_since(db=ctx.db, member_id=id_of(member), since=ctx.now - DAY)
    when = deliverable_at(place.flow.engagement, ctx.now, zone_of(ctx, member), sent)
    if when > ctx.now:
        return when
    what = _about(ctx, planted)
    if what is None:
        return None
    title = place.cosession.title
    link = seed_link(ctx, place.cosession, planted)
    text = texts.members.SEED_REQUEST.format(title=title, what=what, link=link)
    ready = texts.members.SEED_SHARE_TEXT.format(title=title, what=what)
    return Out(text, ((share_button(texts.members.SEED_SHARE_BUTTON, link, ready),),),
               kind=Kind.CHAMPION)  # fmt: skip


def _about(ctx: Ctx, planted: Seed) -> str | None:
    """The seeded item as the request names it ("proposal #3 “…”"), if it still stands."""
    if planted.kind == "proposal":
        proposal = proposal_store.get_proposal(db=ctx.db, proposal_id=planted.item_id)
        if proposal is None or proposal.hidden:
            return None
        return texts.members.SEED_ABOUT_PROPOSAL.format(
            id=proposal.number, text=shortened(proposal.text)
        )
    poll = polls.get_poll(db=ctx.db, poll_id=planted.item_id)
    if poll is None or not _open(poll, ctx.now):
        return None
    return texts.members.SEED_ABOUT_POLL.format(id=poll.number, text=shortened(poll.question))
