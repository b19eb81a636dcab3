"""Segments: a session's named rules over its members (`dialogs.segments` reads them,
`storage.segments` tests them in SQL), evaluated live, each time one is used, from the
answers as they stand: a member who changes an answer changes segment.

/segments <code> lists them with how many are in each; /segment <code> add NAME RULE,
remove NAME, show NAME (how many, and who by pseudonym only). Other commands take
`--to NAME` (`read_to` takes it off their words) and cut what they do by it:
`condition(ctx, cosession, name)` is the SQL condition, `members_in` the member ids,
`reachable_in` those who may be messaged now (storage/audience.py's one rule, the segment
an extra filter in the same query)."""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
from pathlib import Path
from typing import Any, Protocol

from sqlmodel import Session

import texts.segments as say
from dialogs import opinions
from dialogs.languages import match
from dialogs.models import Flow
from dialogs.segments import (
    MAX_NAME,
    Active,
    All,
    AnyOf,
    Chose,
    Felt,
    Has,
    Node,
    Not,
    RuleError,
    Scored,
    check_name,
    parse_rule,
    unquote,
    walk,
)
from reports.cells import small
from reports.pseudonyms import pseudonym
from storage import audience, exports, sessions
from storage import segments as store
from storage.models import CoSession, Member, Segment, id_of
from usecases.access import session_in_reach
from usecases.audit import note
from usecases.context import Ctx, Services
from usecases.files import Made
from usecases.languages import session_languages
from usecases.roles import Role

log = logging.getLogger(__name__)
SHOWN = 60  # pseudonyms a preview lists at most
_TO = re.compile(r"(?<!\S)(?:--|—|–)to(?:=|\s+)(\S+)(?!\S)", re.IGNORECASE)
_TO_ALONE = re.compile(r"(?<!\S)(?:--|—|–)to(?!\S)\s*$", re.IGNORECASE)


class Reads(Protocol):
    """What working a segment out needs: a `Ctx`, or a file maker's database, services
    and time (`Reading`)."""

    @property
    def db(self) -> Session: ...

    @property
    def services(self) -> Services: ...

    @property
    def now(self) -> datetime: ...


@dataclass(frozen=True)
class Reading:
    db: Session
    services: Services
    now: datetime


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
    return _Sql(ctx, cosession).of(node)


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
        _say_unknown(ctx, cosession, name)
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


# -- /segments and /segment ---------------------------------------------------------------


def list_segments(ctx: Ctx, args: str) -> None:
    """/segments <code>: each segment, with how many are in it and may be messaged now."""
    words = args.split()
    if len(words) != 1:
        ctx.say(say.LIST_USAGE)
        return
    cosession = session_in_reach(
        ctx, words[0], Role.ORGANISER, Role.COORDINATOR, command="/segments"
    )
    if cosession is None:
        return
    found = store.segments_of(db=ctx.db, session_id=id_of(cosession))
    if not found:
        ctx.say(say.NONE_YET.format(title=cosession.title, code=cosession.join_code))
        return
    lines = [say.LIST_HEAD.format(title=cosession.title, n=len(found))]
    lines += [_line(ctx, cosession, segment) for segment in found]
    ctx.say("\n".join([*lines, "", say.LIST_FOOT.format(code=cosession.join_code)]))


def segment(ctx: Ctx, args: str) -> None:
    """/segment <code> add NAME RULE | remove NAME | show NAME."""
    code, verb, name, rule = _words(args)
    if not code or verb not in ("add", "remove", "show") or not name:
        ctx.say(say.USAGE)
        return
    roles = (Role.ORGANISER,) if verb != "show" else (Role.ORGANISER, Role.COORDINATOR)
    cosession = session_in_reach(ctx, code, *roles, command="/segment")
    if cosession is None:
        return
    if verb == "add":
        _add(ctx, cosession, name, rule)
    elif verb == "remove":
        _remove(ctx, cosession, name)
    else:
        _show(ctx, cosession, name)


def _words(args: str) -> tuple[str, str, str, str]:
    parts = args.strip().split(None, 3)
    parts += [""] * (4 - len(parts))
    return parts[0].lower(), parts[1].lower(), parts[2], parts[3]


def _add(ctx: Ctx, cosession: CoSession, name: str, rule: str) -> None:
    try:
        name = check_name(name)
        if not rule.strip():
            raise RuleError("empty", 1)
        node = rule_of(ctx, cosession, rule)
    except RuleError as error:
        ctx.say(say.NOT_ADDED.format(name=name[:40], problem=error.message()))
        return
    unknown = _unknown_inviters(ctx, cosession, node)
    if unknown:
        ctx.say(say.NO_INVITER.format(pseudonyms=", ".join(unknown)))
        return
    written = unquote(rule)
    added = store.add_segment(
        db=ctx.db,
        session_id=id_of(cosession),
        name=name,
        rule=written,
        origin="team",
        created_by=ctx.actor.telegram_id,
        now=ctx.now,
    )
    if not added:
        ctx.say(say.EXISTS.format(name=name, code=cosession.join_code))
        return
    note(ctx, cosession.id, "segment_added", name=name, rule=written)
    cond = condition_of(ctx, cosession, node)
    n = store.count(db=ctx.db, session_id=id_of(cosession), condition=cond)
    reachable = len(audience.recipients(db=ctx.db, session_id=id_of(cosession), among=cond))
    ctx.say(say.ADDED.format(name=name, rule=written, n=n, reachable=reachable,
                             code=cosession.join_code))  # fmt: skip


def _remove(ctx: Ctx, cosession: CoSession, name: str) -> None:
    name = name.lower()
    if not store.remove_segment(db=ctx.db, session_id=id_of(cosession), name=name):
        _say_unknown(ctx, cosession, name)
        return
    note(ctx, cosession.id, "segment_removed", name=name)
    ctx.say(say.REMOVED.format(name=name, title=cosession.title))


def _show(ctx: Ctx, cosession: CoSession, name: str) -> None:
    """Who is in it now: how many, how many may be messaged, and their pseudonyms (never
    a name)."""
    found = target(ctx, cosession, name)
    if found is None:
        return
    rule = store.get_segment(db=ctx.db, session_id=id_of(cosession), name=found.name)
    ids = store.member_ids(db=ctx.db, session_id=id_of(cosession), condition=found.condition)
    reachable = len(reachable_in(ctx, cosession, found.name))
    head = say.SHOW_HEAD.format(name=found.name, rule=rule.rule if rule else "", n=len(ids),
                                reachable=reachable)  # fmt: skip
    salt = cosession.pseudonym_salt
    shown = sorted(pseudonym(salt, member) for member in ids)
    lines = [head]
    if shown:
        lines.append(", ".join(shown[:SHOWN]))
    if len(shown) > SHOWN:
        lines.append(say.SHOW_MORE.format(n=len(shown) - SHOWN))
    note(ctx, cosession.id, "read", what=f"segment {found.name}")
    ctx.say("\n".join(lines))


def _line(ctx: Ctx, cosession: CoSession, segment: Segment) -> str:
    origin = say.ORIGINS.get(segment.origin, segment.origin)
    try:
        cond = condition_of(ctx, cosession, rule_of(ctx, cosession, segment.rule))
    except RuleError as error:
        return say.LINE_BROKEN.format(name=segment.name, problem=error.message())
    n = store.count(db=ctx.db, session_id=id_of(cosession), condition=cond)
    reachable = len(audience.recipients(db=ctx.db, session_id=id_of(cosession), among=cond))
    return say.LINE.format(name=segment.name, origin=origin, n=n, reachable=reachable,
                           rule=segment.rule)  # fmt: skip


def _say_unknown(ctx: Ctx, cosession: CoSession, name: str) -> None:
    names = [s.name for s in store.segments_of(db=ctx.db, session_id=id_of(cosession))]
    ctx.say(
        say.UNKNOWN.format(
            name=name[: MAX_NAME + 8],
            names=", ".join(names) or say.NO_NAMES,
            code=cosession.join_code,
        )
    )


def _session(ctx: Reads, session_id: int) -> CoSession:
    found = sessions.get_session(db=ctx.db, session_id=session_id)
    if found is None:
        raise NoSuchSegment(str(session_id))
    return found


def _unknown_inviters(ctx: Ctx, cosession: CoSession, node: Node) -> list[str]:
    asked = {
        v for n in walk(node) if isinstance(n, Has) and n.name == "invited_by" for v in n.values
    }
    if not asked:
        return []
    known = _inviters(ctx, cosession)
    return sorted(asked - set(known))


def _inviters(ctx: Reads, cosession: CoSession) -> dict[str, int]:
    """The session's inviters by pseudonym."""
    salt = cosession.pseudonym_salt
    ids = store.inviters_of(db=ctx.db, session_id=id_of(cosession))
    return {pseudonym(salt, member): member for member in ids}


class _Sql:
    """A rule's tree as SQL, the session's facts looked up once each."""

    def __init__(self, ctx: Reads, cosession: CoSession) -> None:
        self.ctx, self.cosession, self.sid = ctx, cosession, id_of(cosession)
        self._groups: dict[str, list[int]] | None = None
        self._flow: Flow | None = None

    def of(self, node: Node) -> Any:
        if isinstance(node, Not):
            return store.none_of(self.of(node.part))
        if isinstance(node, All):
            return store.all_of([self.of(part) for part in node.parts])
        if isinstance(node, AnyOf):
            return store.any_of([self.of(part) for part in node.parts])
        if isinstance(node, Chose):
            return store.chose(session_id=self.sid, step_id=node.step, options=node.options)
        if isinstance(node, Scored):
            return store.scored(session_id=self.sid, step_id=node.step, values=node.values)
        if isinstance(node, Felt):
            return store.felt(session_id=self.sid, step_id=node.step, op=node.op, bound=node.bound)
        if isinstance(node, Active):
            return store.active_since(since=self.ctx.now - node.within)
        return self.has(node)

    def has(self, node: Has) -> Any:
        values = node.values
        if node.name == "language":
            return store.language_in(stored=self.reading(values))
        if node.name == "timezone":
            default = self.ctx.services.default_zone.key
            return store.zone_in(zones=values, default_too=default in values)
        if node.name == "source":
            return store.source_in(values=values)
        if node.name == "stage":
            return store.any_of([store.stage(session_id=self.sid, name=v) for v in values])
        if node.name == "invited_by":
            known = _inviters(self.ctx, self.cosession)
            return store.invited_by(member_ids=[known[v] for v in values if v in known])
        groups = self.groups()
        return store.member_in(member_ids=[m for v in values for m in groups.get(v, [])])

    def reading(self, codes: Sequence[str]) -> list[str]:
        """The languages members set that read as one of `codes` in this session."""
        flow = self.ctx.services.flows.of_session(self.ctx.db, self.cosession)
        offered = session_languages(self.cosession, flow)
        stored = store.languages_of(db=self.ctx.db, session_id=self.sid)
        return [s for s in stored if (match(s, offered) or offered[0]) in codes]

    def groups(self) -> dict[str, list[int]]:
        """The session's opinion groups now, by letter (none while votes do not show any)."""
        if self._groups is None:
            votes = tuple(tuple(v) for v in exports.votes(db=self.ctx.db, session_id=self.sid))
            try:
                self._groups = _groups_of(votes)
            except ValueError:  # numpy's LinAlgError: a matrix it cannot decompose
                log.warning("opinion groups could not be worked out for session %s", self.sid)
                self._groups = {}
        return self._groups


@lru_cache(maxsize=8)
def _groups_of(votes: tuple[tuple[Any, ...], ...]) -> dict[str, list[int]]:
    """The opinion groups of these votes, by letter (none while the votes show none).
    Seconds of numpy for thousands of voters, and the same for the same votes (a fixed
    seed): kept for the same votes, so that a preview and its send, or a segment used
    twice, work them out once."""
    found = opinions.opinion_groups(votes)
    if found.status != "groups":
        return {}
    return {opinions.label(n): list(ms) for n, ms in enumerate(found.groups)}
