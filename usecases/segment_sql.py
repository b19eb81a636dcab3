"""A segment's rule as SQL: the tree `dialogs.segments` reads, turned into one condition
over the session's participations (`storage.segments` holds each test's SQL), with what SQL
cannot know worked out first: the opinion groups (numpy, kept for the same votes), the
pseudonyms of those who invited others, which stored languages read as which of the
session's."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
from typing import Any, Protocol

from sqlmodel import Session

from dialogs import opinions
from dialogs.languages import match
from dialogs.models import Flow
from dialogs.segments import Active, All, AnyOf, Chose, Felt, Has, Node, Not, Scored
from reports.pseudonyms import pseudonym
from storage import exports
from storage import segments as store
from storage.models import CoSession, id_of
from usecases.context import Services
from usecases.languages import session_languages

log = logging.getLogger(__name__)


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


def to_sql(ctx: Reads, cosession: CoSession, node: Node) -> Any:
    """The tree as one SQL condition over the session's participations."""
    return _Sql(ctx, cosession).of(node)


def inviters(ctx: Reads, cosession: CoSession) -> dict[str, int]:
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
            known = inviters(self.ctx, self.cosession)
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
