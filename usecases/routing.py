"""Which proposal a member is shown next: the order of `dialogs.voteorder`, read from the
session's votes (without the member's own), its opinion groups, the member's interests and
the proposals' topics, and the organisers' pins; `/pin` sets the pins (0037).

The opinion groups take up to a second to find in a large session, so a process keeps each
session's (`Services.remembered`) and finds them again once the session's votes have grown
by a tenth (and by at least `REFRESH_VOTES`)."""

from __future__ import annotations

import texts.targeting
from dialogs.models import ChoiceStep, Flow
from dialogs.opinions import Groups, opinion_groups
from dialogs.voteorder import Candidate, topics_in, vote_order
from storage import exports, routing
from storage.models import CoSession, Member, id_of
from usecases.access import session_in_reach
from usecases.audit import note
from usecases.context import Ctx
from usecases.parsing import parse_id
from usecases.picking import offer
from usecases.roles import Role

REFRESH_VOTES = 10


def groups_of(ctx: Ctx, session_id: int) -> Groups:
    """The session's opinion groups, found again when its votes have grown enough."""
    total = routing.vote_total(db=ctx.db, session_id=session_id)
    kept = ctx.services.remembered.groups.get(session_id)
    if kept is not None and total < max(kept[0] + REFRESH_VOTES, kept[0] * 1.1):
        return kept[1]
    found = opinion_groups(tuple(v) for v in exports.votes(db=ctx.db, session_id=session_id))
    ctx.services.remembered.groups[session_id] = (total, found)
    return found


def _extremity(groups: Groups) -> dict[int, float]:
    """Per proposal, how far the groups' agree shares are apart (0 with one group)."""
    if groups.status != "groups":
        return {}
    return {v.proposal_id: max(v.agree) - min(v.agree) if v.agree else 0.0 for v in groups.verdicts}


def _topics(flow: Flow | None) -> tuple[list[str], dict[str, set[str]]]:
    """The flow's interests steps, and each topic's labels in every language of the flow."""
    if flow is None:
        return [], {}
    steps: list[str] = []
    words: dict[str, set[str]] = {}
    for code in flow.languages or (flow.language,):
        for step in flow.in_language(code).steps:
            if isinstance(step, ChoiceStep) and step.kind == "interests":
                if step.id not in steps:
                    steps.append(step.id)
                for option in step.options:
                    words.setdefault(option.id, set()).add(option.label)
    return steps, words


def order_for(
    ctx: Ctx,
    session_id: int,
    member: Member,
    visible: list[tuple[int, int | None]],
    done: set[int],
) -> list[int]:
    """The member's order of the session's visible proposals ((id, author) pairs)."""
    if not visible:
        return []
    mid = id_of(member)
    counts = routing.counts_without(db=ctx.db, session_id=session_id, member_id=mid)
    groups = groups_of(ctx, session_id)
    extremity = _extremity(groups)
    cosession = ctx.db.get(CoSession, session_id)
    flow = ctx.services.flows.of_session(ctx.db, cosession) if cosession else None
    steps, words = _topics(flow)
    authors = {a for _, a in visible if a is not None}
    interests = routing.chosen(
        db=ctx.db, session_id=session_id, step_ids=steps, member_ids={*authors, mid}
    )
    named = routing.texts_of(db=ctx.db, proposal_ids=[p for p, _ in visible]) if words else {}
    candidates = []
    for proposal_id, author in visible:
        votes, agrees, passes = counts.get(proposal_id, (0, 0, 0))
        topics = topics_in(named.get(proposal_id, ""), words) if words else frozenset()
        if author is not None:
            topics |= interests.get(author, set())
        candidates.append(
            Candidate(
                proposal_id,
                votes=votes,
                agrees=agrees,
                passes=passes,
                topics=frozenset(topics),
                group=groups.group_of(author) if author is not None else None,
                extremity=extremity.get(proposal_id, 0.0),
            )
        )
    return vote_order(
        candidates,
        done=done,
        interests=interests.get(mid, set()),
        group=groups.group_of(mid) if groups.status == "groups" else None,
        pinned=routing.pinned(db=ctx.db, session_id=session_id),
        seed=f"{session_id}:{mid}",
    )


def pin(ctx: Ctx, args: str) -> None:
    """/pin <code> <proposal numbers...>: every member is shown these first, in this order;
    `/pin <code> off` unpins them."""
    code, _, rest = args.strip().partition(" ")
    if not code:
        offer(ctx, "pin")
        return
    cosession = session_in_reach(ctx, code, Role.ORGANISER, command="/pin")
    if cosession is None:
        return
    words = rest.split()
    sid = id_of(cosession)
    if not words:
        _say_pins(ctx, cosession)
        return
    if [w.casefold() for w in words] == ["off"]:
        routing.pin(db=ctx.db, session_id=sid, proposal_ids=[])
        note(ctx, sid, "pinned", proposals="")
        ctx.say(texts.targeting.PIN_OFF.format(title=cosession.title))
        return
    parsed = [parse_id(w) for w in words]
    numbers = [n for n in parsed if n is not None]
    if len(numbers) != len(words):
        ctx.say(texts.targeting.PIN_USAGE)
        return
    by_number = routing.visible_numbers(db=ctx.db, session_id=sid)
    unknown = [n for n in numbers if n not in by_number]
    if unknown:
        ctx.say(texts.targeting.PIN_UNKNOWN.format(numbers=_listed(unknown)))
        return
    numbers = list(dict.fromkeys(numbers))
    routing.pin(db=ctx.db, session_id=sid, proposal_ids=[by_number[n] for n in numbers])
    note(ctx, sid, "pinned", proposals=" ".join(map(str, numbers)))
    ctx.say(texts.targeting.PINNED.format(numbers=_listed(numbers), title=cosession.title))


def _say_pins(ctx: Ctx, cosession: CoSession) -> None:
    sid = id_of(cosession)
    numbers = routing.pinned_numbers(db=ctx.db, session_id=sid)
    if not numbers:
        ctx.say(texts.targeting.PIN_NONE.format(title=cosession.title, code=cosession.join_code))
    else:
        ctx.say(
            texts.targeting.PINNED_NOW.format(
                numbers=_listed(numbers), title=cosession.title, code=cosession.join_code
            )
        )


def _listed(numbers: list[int]) -> str:
    return ", ".join(f"#{n}" for n in numbers)
