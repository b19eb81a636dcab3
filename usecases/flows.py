"""Which flow a session runs: the installed flow files, and the text each session keeps.

A session stores the text of its flow when it opens, so editing or removing the file later
neither relabels the session's answers nor strands its members midway.
"""

from __future__ import annotations

import logging
from datetime import datetime

from sqlmodel import Session

import texts.members
from dialogs import Flow, FlowValidationError, parse_flow, placeholders
from dialogs.errors import FlowError
from dialogs.languages import match
from dialogs.loader import FlowFile
from storage import flows as flow_store
from storage.models import CoSession
from texts.i18n import language

log = logging.getLogger(__name__)


class FlowCatalog:
    """The installed flows, and `problems`: those of the files left out at start."""

    def __init__(
        self, installed: dict[str, FlowFile], problems: list[FlowError] | None = None
    ) -> None:
        self.installed = dict(installed)
        self.problems = list(problems or [])
        self._kept: dict[str, Flow] = {}  # parsed session texts by hash
        self._personalised: dict[tuple, Flow] = {}  # by flow and the session's names

    def ids(self) -> list[str]:
        return sorted(self.installed)

    def get(self, flow_id: str) -> Flow | None:
        """An installed flow by id."""
        file = self.installed.get(flow_id)
        return file.flow if file is not None else None

    def for_owner(self, db: Session, owner: int, flow_id: str) -> Flow | None:
        """An installed flow by id, else one the organiser `owner` sent the bot."""
        source = self._source(db, owner, flow_id)
        if source is None or flow_id in self.installed:
            return self.get(flow_id)
        return self._parsed(source, flow_id)

    def own_ids(self, db: Session, owner: int) -> list[str]:
        """The ids of the flows `owner` sent (an installed id stays the installed flow's)."""
        own = flow_store.own_flows(db=db, owner=owner)
        return [flow_id for flow_id in own if flow_id not in self.installed]

    def _source(self, db: Session, owner: int, flow_id: str) -> str | None:
        file = self.installed.get(flow_id)
        if file is not None:
            return file.source
        return flow_store.own_flow_source(db=db, owner=owner, flow_id=flow_id)

    def _parsed(self, source: str, flow_id: str) -> Flow | None:
        digest = flow_store.flow_hash(source)
        if digest not in self._kept:
            try:
                self._kept[digest] = parse_flow(source, f"{flow_id}.yaml", flow_id)
            except FlowValidationError as exc:  # checked when sent: an older format
                log.warning("flow %s no longer loads: %s", flow_id, exc)
                return None
        return self._kept[digest]

    def add(self, file: FlowFile) -> None:
        """Install a flow (tests and organisers' own folders)."""
        self.installed[file.flow.id] = file

    def of_session(self, db: Session, cosession: CoSession) -> Flow | None:
        """The flow the session runs (the text it kept, else, a draft, the installed file),
        its texts filled with the session's names ({session}, {community}, {organiser})."""
        return self._personal(db, cosession, self._kept_flow(db, cosession))

    def read_by_team(self, db: Session, cosession: CoSession) -> Flow | None:
        """The session's flow in the language being spoken, where the flow has it (else in
        its first): its questions and options as the team member reading results, an export
        or the report reads them (the answers are the same in every language)."""
        flow = self.of_session(db, cosession)
        return flow.in_language(match(language(), flow.languages)) if flow is not None else None

    def _kept_flow(self, db: Session, cosession: CoSession) -> Flow | None:
        digest = cosession.flow_hash
        if digest is None:
            return self.for_owner(db, cosession.created_by, cosession.flow_id)
        if digest not in self._kept:
            source = flow_store.flow_source(db=db, digest=digest) or ""
            try:
                self._kept[digest] = _read_back(source, cosession)
            except FlowValidationError as exc:  # an older format: fall back to the file
                log.warning("stored flow of session %s no longer loads: %s", cosession.id, exc)
                return self.for_owner(db, cosession.created_by, cosession.flow_id)
        return self._kept[digest]

    def keep(self, db: Session, cosession: CoSession, now: datetime) -> Flow | None:
        """Make the flow's current text (the installed file's, else the one its owner sent)
        the session's own (when it opens, or for a session that opened before sessions kept
        their flows)."""
        source = self._source(db, cosession.created_by, cosession.flow_id)
        if source is None:
            return None
        kept = _read_back(source, cosession)  # as it is read after a restart
        digest = flow_store.keep_flow(
            db=db, cosession=cosession, flow_id=cosession.flow_id, source=source, now=now
        )
        self._kept[digest] = kept
        return self._personal(db, cosession, kept)

    def _personal(self, db: Session, cosession: CoSession, flow: Flow | None) -> Flow | None:
        if flow is None:
            return None
        values = flow_store.names_of(db=db, cosession=cosession)
        values["organiser"] = values["organiser"] or texts.members.THE_ORGANISERS
        key = (id(flow), *(values[name] for name in placeholders.NAMES))
        if key not in self._personalised:
            if len(self._personalised) > 1000:
                self._personalised.clear()
            self._personalised[key] = placeholders.personalise(flow, values)
        return self._personalised[key]


def _read_back(source: str, cosession: CoSession) -> Flow:
    """A session's stored text as a flow: named by the session's flow id (a file without
    `id:` is named after the file, which the stored text no longer has)."""
    return parse_flow(source, f"session {cosession.join_code}", cosession.flow_id)
