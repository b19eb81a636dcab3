"""Segments: a session's named rules over its members (`dialogs.segments` reads them,
`storage.segments` tests them in SQL), evaluated live, each time one is used, from the
answers as they stand: a member who changes an answer changes segment.

The commands that keep them are `usecases.segment_commands`; how a rule becomes SQL is
`usecases.segment_sql`. Here is what other use cases build on: commands take `--to NAME`
(`read_to` takes it off their words; `target` checks it and says why not) and cut what they
do by it: `condition(ctx, cosession, name)` is the SQL condition, `members_in` the member
ids, `reachable_in` those who may be messaged now (storage/audience.py's one rule, the
segment an extra filter in the same query, and `only` an explicit list of members), and
`Target.members` the ids as a subquery for the reads a segment cuts (`too_small`: nothing
is shown of a segment of fewer than 5)."""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlmodel import Session

import texts.segments as say
from dialogs.segments import (
    MAX_NAME,
    Node,
    RuleError,
    parse_rule,
)
from reports.cells import small
from storage import audience, sessions
from storage import segments as store
from storage.models import CoSession, Member, id_of
from usecases.context import Ctx, Services
from usecases.files import Made
from usecases.segment_sql import Reading, Reads, to_sql

log = logging.getLogger(__name__)
SHOWN = 60  # pseudonyms a preview lists at most
_TO = re.compile(r"(?<!\S)(?:--|—|–)to(?:=|\s+)(\S+)(?!\S)", re.IGNORECASE)
_TO_ALONE = re.compile(r"(?<!\S)(?:--|—|–)to(?!\S)\s*$", re.IGNORECASE)


class NoSuchSegment(LookupError):
    """The session has no segment of that name."""


@dataclass(frozen=True)
class Target:
    """A segment as a command uses it: its name, its SQL condition now, and how many of
    the session's members are in it now."""

    name: str
    session_id: int
    condition: Any
    size: int

    @property
    def members(self) -> Any:
        """Its member ids as a subquery, to cut another query of the session by."""
        return store.within(session_id=self.session_id, condition=self.condition)

    @property
    def small(self) -> bool:
        """Too few to show any figure about them (`reports.cells.small`)."""
        return small(self.size)


# -- the API other use cases build on -----------------------------------------------------


def read_to(args: str) -> tuple[str, str | None] | None:
    """A command's words with `--to NAME` taken out, and the name (lower case; None when
    not given). None when `--to` has no name after it."""
    if _TO_ALONE.search(args):
        return None
    found = _TO.search(args)
    if found is None:
        return args, None
    before, after = args[: found.start()].rstrip(" "), args[found.end() :].lstrip(" ")
    space = " " if before and after and not before.endswith("\n") else ""
    return (before + space + after).strip(), found.group(1).lower()


def rule_of(ctx: Reads, cosession: CoSession, rule: str) -> Node:
    """A rule read against the session's flow; raises RuleError."""
    flow = ctx.services.flows.of_session(ctx.db, cosession)
    if flow is None:
        raise RuleError("no_flow", 1)
    return parse_rule(rule, flow)


def condition_of(ctx: Reads, cosession: CoSession, node: Node) -> Any:
    """The rule's tree as one SQL condition over the session's participations, with what
    SQL cannot know worked out now: opinion groups, pseudonyms, who reads which language."""
    return to_sql(ctx, cosession, node)


def condition(ctx: Reads, cosession: CoSession, name: str) -> Any:
    """The SQL condition of the session's segment `name` now; raises NoSuchSegment, or
    RuleError if its rule no longer reads against the flow."""
    found = store.get_segment(db=ctx.db, session_id=id_of(cosession), name=name.lower())
    if found is None:
        raise NoSuchSegment(name)
    return condition_of(ctx, cosession, rule_of(ctx, cosession, found.rule))


def members_in(ctx: Reads, session_id: int, name: str) -> list[int]:
    """The ids of the members of the session in segment `name` now (any who joined, may
    they be messaged or not), by id. Raises NoSuchSegment (or RuleError)."""
    cosession = _session(ctx, session_id)
    return store.member_ids(
        db=ctx.db, session_id=session_id, condition=condition(ctx, cosession, name)
    )


def reachable_in(
    ctx: Reads, cosession: CoSession, name: str | None, only: Sequence[int] | None = None
) -> list[Member]:
    """Who of segment `name` (None: of the whole session) may be messaged now, by id: one
    query, the audience rule and the segment together; `only`: of these members alone (an
    explicit list, e.g. all but a holdout)."""
    among = None if name is None else condition(ctx, cosession, name)
    return audience.recipients(db=ctx.db, session_id=id_of(cosession), among=among, only=only)


def target(ctx: Ctx, cosession: CoSession, name: str | None) -> Target | None:
    """The segment `--to NAME` names, ready to use; None (having said why) when the
    session has none of that name or its rule no longer reads. `name` None: None, silently."""
    if name is None:
        return None
    try:
        cond = condition(ctx, cosession, name)
    except NoSuchSegment:
        say_unknown(ctx, cosession, name)
        return None
    except RuleError as error:
        ctx.say(say.RULE_BROKEN.format(name=name, problem=error.message()))
        return None
    size = store.count(db=ctx.db, session_id=id_of(cosession), condition=cond)
    return Target(name.lower(), id_of(cosession), cond, size)


def among(found: Target | None) -> Any | None:
    """A target's member ids as a subquery, for the queries of a cut (None: everyone)."""
    return None if found is None else found.members


def too_small(ctx: Ctx, found: Target) -> bool:
    """True, having said so, when the segment has fewer than 5 members: nothing is shown
    cut by it (no figure, no file)."""
    if found.small:
        ctx.say(small_text(found.name))
    return found.small


def small_text(name: str) -> str:
    return say.SMALL_CUT.format(name=name)


def small_file(folder: Path, code: str, found: Target, now: datetime) -> Made:
    """What a file maker makes instead when the segment it was asked to cut by has fewer
    than 5 members by then: a line saying so, no figure."""
    words = small_text(found.name)
    path = folder / f"{code}-{found.name}-{now:%Y%m%d%H%M%S%f}.txt"
    path.write_text(words + "\n", encoding="utf-8")
    return Made(path, f"{code}-{found.name}.txt", words)


def nobody(found: Target) -> Any:
    """A cut that keeps nobody (a chart with no figure, for a segment that became small)."""
    return store.within(session_id=found.session_id, condition=store.member_in(member_ids=[]))


def cut_head(found: Target) -> str:
    """What a reading cut by a segment starts with."""
    return say.CUT_HEAD.format(name=found.name, n=found.size)


def audited(found: Target | None) -> dict[str, str]:
    """The segment for the audit's detail (nothing when there is none)."""
    return {"segment": found.name} if found is not None else {}


def cut_for(
    db: Session, services: Services, now: datetime, cosession: CoSession, name: str | None
) -> Target | None:
    """A file maker's `target`: the segment named in its params worked out when the file
    is made (None: no segment named); raises NoSuchSegment or RuleError."""
    if not name:
        return None
    reading = Reading(db, services, now)
    cond = condition(reading, cosession, name)
    size = store.count(db=db, session_id=id_of(cosession), condition=cond)
    return Target(name, id_of(cosession), cond, size)


def from_flow(ctx: Ctx, cosession: CoSession) -> int:
    """The flow's `segments:` block as the session's segments (origin "flow"), when it
    opens and keeps its flow; a segment of the same name the team made stays theirs. How
    many were added."""
    flow = ctx.services.flows.of_session(ctx.db, cosession)
    added = 0
    for name, rule in (flow.segments if flow is not None else {}).items():
        added += store.add_segment(
            db=ctx.db,
            session_id=id_of(cosession),
            name=name,
            rule=rule,
            origin="flow",
            created_by=0,
            now=ctx.now,
        )
    return added


def _session(ctx: Reads, session_id: int) -> CoSession:
    found = sessions.get_session(db=ctx.db, session_id=session_id)
    if found is None:
        raise NoSuchSegment(str(session_id))
    return found


def say_unknown(ctx: Ctx, cosession: CoSession, name: str) -> None:
    names = [s.name for s in store.segments_of(db=ctx.db, session_id=id_of(cosession))]
    ctx.say(
        say.UNKNOWN.format(
            name=name[: MAX_NAME + 8],
            names=", ".join(names) or say.NO_NAMES,
            code=cosession.join_code,
        )
    )
