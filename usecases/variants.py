"""Texts that fit the segment (issue 21): a member reads each prompt and engagement text of
their session's flow from the first variant whose segment they are in now (`variants:` in
the flow file, `dialogs.models.Flow.for_segments`), else the plain text. Evaluated live,
each time a place is read (`access.place_of`, through `Services.fit`): a member who changes
an answer that puts them in another segment reads the other variant from then on. A
variant naming a segment the session does not have (the flow's block did not define it and
the team has not added it), or whose rule no longer reads, is never chosen."""

from __future__ import annotations

from dialogs.models import Flow
from dialogs.segments import RuleError
from storage import segments as store
from storage.models import CoSession, Member, id_of
from usecases.context import Ctx
from usecases.segments import NoSuchSegment, condition, condition_of, rule_of


def segments_of(
    ctx: Ctx, cosession: CoSession, member: Member, names: tuple[str, ...], flow: Flow
) -> set[str]:
    """Which of `names` the member is in now (one query each): the session's segment of
    that name, else the one the flow's `segments:` block defines."""
    sid, mine = id_of(cosession), store.member_in(member_ids=[id_of(member)])
    found = set()
    for name in names:
        try:
            try:
                rule = condition(ctx, cosession, name)
            except NoSuchSegment:
                if name not in flow.segments:
                    continue
                rule = condition_of(ctx, cosession, rule_of(ctx, cosession, flow.segments[name]))
        except RuleError:
            continue
        if store.count(db=ctx.db, session_id=sid, condition=store.all_of([rule, mine])):
            found.add(name)
    return found


def fit(ctx: Ctx, cosession: CoSession, member: Member, flow: Flow) -> Flow:
    """The flow (in the member's language) as this member reads it now."""
    names = flow.variant_segments()
    if not names:
        return flow
    return flow.for_segments(segments_of(ctx, cosession, member, names, flow))
