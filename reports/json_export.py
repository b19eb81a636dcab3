"""The JSON export: the session, its flow, members, answers per step, proposals with their
tallies, polls with their results, opinion groups, themes in what members wrote (the
session's and each step's), reprompts with their outcome, outcomes, and the transcript;
every list streamed from the database as it is written. Every text in it passes
`Shown.text` (names hidden in a pseudonymised export; a theme's keywords, picked out of
members' words, `Shown.any_case`); times are UTC."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import Any, TextIO

from sqlmodel import Session

from dialogs import Flow, opinions
from reports import outcomes
from reports.cells import small
from reports.figures import SessionStats, share
from reports.repness import Stance
from reports.themes import Said, as_json, group
from reports.writers import JsonWriter, Shown, iso, transcript_json
from storage import exports, polls
from storage.free_text import Written, free_text
from storage.models import CoSession, State, id_of

Label = Callable[[int | None], str]
VERSION = 1


def write_json(
    out: TextIO,
    db: Session,
    cosession: CoSession,
    flow: Flow | None,
    figures: SessionStats,
    shown: Shown,
    lines: Iterable[Any],
    mood: Callable[[float | None], str],
    *,
    among: Any | None = None,
    segment: str | None = None,
) -> int:
    """The session as one JSON document; `among` (a segment's member ids, named
    `segment`): only what its members did, and no polls (a poll's voters are not cut)."""
    sid, label = id_of(cosession), shown.label

    def clean(value: Any) -> Any:
        return _scrubbed(value, shown.text)

    with JsonWriter(out) as doc:
        doc.field("format", {"name": "codesign-export", "version": VERSION})
        doc.field("session", clean(_session(cosession)))
        if segment is not None:
            doc.field("segment", {"name": segment, "members": figures.members})
        doc.field("flow", clean(flow.model_dump(mode="json")) if flow is not None else None)
        doc.field("funnel", {stage.name: stage.count for stage in figures.funnel})
        doc.field("members", _members(db, sid, label, among))
        doc.grouped("answers", ((s, clean(a)) for s, a in _answers(db, sid, label, among)))
        doc.field("proposals", iter(clean(_proposals(figures, label))))
        doc.field("polls", iter(clean(_polls(db, sid) if among is None else [])))
        doc.field("opinion_groups", _groups(figures, label))
        themes = _themes(db, sid, flow, label, among)
        doc.field("themes", _scrubbed(themes, shown.text, shown.any_case))
        doc.field("reprompts", _reprompts(db, sid, label, among))
        doc.field("outcomes", clean(outcomes.json_rows(figures.outcomes, label)))
        return doc.field("transcript", (transcript_json(r, shown, mood) for r in lines))


def _scrubbed(
    value: Any, text: Callable[[str], str], words: Callable[[str], str] | None = None
) -> Any:
    """`value` with `text` applied to every string in it (keys aside); `words`, if given,
    to what is under a `label` or `words` key (a theme's, picked out of members' words)."""
    if isinstance(value, str):
        return text(value)
    if isinstance(value, dict):
        return {
            k: _scrubbed(v, words if words and k in ("label", "words") else text, words)
            for k, v in value.items()
        }
    if isinstance(value, list | tuple):
        return [_scrubbed(v, text, words) for v in value]
    return value


def _session(c: CoSession) -> dict[str, Any]:
    return {
        "code": c.join_code,
        "title": c.title,
        "status": c.status,
        "flow_id": c.flow_id,
        "languages": c.languages.split(",") if c.languages else None,
        "created_at": iso(c.created_at),
        "opened_at": iso(c.opened_at),
        "closed_at": iso(c.closed_at),
    }


def _members(db: Session, sid: int, label: Label, among: Any) -> Iterator[dict[str, Any]]:
    for m in exports.members(db=db, session_id=sid, among=among):
        yield {
            "member": label(m.member_id),
            "joined_at": iso(m.joined_at),
            "consented_at": iso(m.consented_at),
            "declined_at": iso(m.declined_at),
            "completed_at": iso(m.completed_at),
            "referred_by": label(m.referred_by_id) or None,
        }


def _answers(
    db: Session, sid: int, label: Label, among: Any
) -> Iterator[tuple[str, dict[str, Any]]]:
    for a in exports.answers(db=db, session_id=sid, among=among):
        yield (
            a.step_id,
            {
                "member": label(a.member_id),
                "kind": a.kind,
                "value": a.value,
                "text": a.text,
                "language": a.language,
                "polarity": a.polarity,
                "at": iso(a.created_at),
            },
        )


def _proposals(figures: SessionStats, label: Label) -> list[dict[str, Any]]:
    verdicts = {v.proposal_id: v for v in figures.groups.verdicts}
    return [
        {
            "number": t.number,
            "author": label(t.member_id) or None,
            "text": None if t.withdrawn else t.text,
            "withdrawn": t.withdrawn,
            "hidden": t.hidden,
            "created_at": iso(t.created_at),
            "polarity": t.polarity,
            "agree": t.agree,
            "disagree": t.disagree,
            "pass": t.passed,
            "agree_share": None if (of := share(t.agree, t.votes)) is None else round(of, 4),
            "groups": verdicts[t.id].verdict if t.id in verdicts else None,
        }
        for t in figures.proposals
    ]


def _polls(db: Session, sid: int) -> list[dict[str, Any]]:
    found = []
    for poll in exports.polls(db=db, session_id=sid):
        results = polls.poll_results(db=db, poll_id=id_of(poll))
        options = polls.poll_options(db=db, poll_id=id_of(poll))
        found.append(
            {
                "number": poll.number,
                "question": poll.question,
                "multiple": poll.multiple,
                "anonymous": poll.anonymous,
                "status": poll.status,
                "created_at": iso(poll.created_at),
                "closes_at": iso(poll.closes_at),
                "closed_at": iso(poll.closed_at),
                "voters": results.voters,
                "options": [
                    {"text": o.text, "votes": results.counts.get(o.position, 0)} for o in options
                ],
            }
        )
    return found


def _groups(figures: SessionStats, label: Label) -> dict[str, Any]:
    g = figures.groups
    names = [opinions.label(n) for n in range(len(g.groups))]
    shown = [not small(len(members)) for members in g.groups]
    return {
        "status": g.status,
        "members_counted": g.members,
        "proposals_counted": g.proposals,
        "silhouette": g.silhouette,
        "shuffled_silhouette": g.null_silhouette,
        "groups": [
            {"group": name, "members": sorted(label(m) for m in members)}
            for name, members in zip(names, g.groups, strict=True)
        ],
        "proposals": [
            {
                "proposal": figures.number_of(v.proposal_id),
                "verdict": v.verdict,
                "agree": _shown(names, shown, v.agrees),
                "disagree": _shown(names, shown, v.disagrees),
                "votes": _shown(names, shown, v.votes),
            }
            for v in g.verdicts
        ],
        **_described(figures, names),
    }


def _shown(names: list[str], shown: list[bool], values: tuple[int, ...]) -> dict[str, int]:
    """Per group, raw counts; none for a group too small to show broken down."""
    return {n: v for n, ok, v in zip(names, shown, values, strict=True) if ok}


def _stance(s: Stance | None) -> dict[str, int] | None:
    return None if s is None else {"agree": s.agree, "disagree": s.disagree, "votes": s.votes}


def _described(figures: SessionStats, names: list[str]) -> dict[str, Any]:
    """What sets each group apart and the common ground (`reports.repness`)."""
    d = figures.described
    if d is None:
        return {}
    return {
        "apart": {
            names[p.group]: [
                {
                    "proposal": figures.number_of(a.proposal_id),
                    "way": a.way,
                    "group": _stance(a.group),
                    "rest": _stance(a.rest),
                    "ratio": round(a.ratio, 4),
                    "z_rest": round(a.z_rest, 4),
                    "z_group": round(a.z_group, 4),
                }
                for a in p.apart
            ]
            for p in d.groups
            if not p.small
        },
        "common_ground": [
            {
                "proposal": figures.number_of(c.proposal_id),
                "way": c.way,
                "groups": {n: _stance(st) for n, st in zip(names, c.stances, strict=True)},
                "score": round(c.score, 4),
            }
            for c in d.common
        ],
    }


def _themes(
    db: Session, sid: int, flow: Flow | None, label: Label, among: Any = None
) -> dict[str, Any]:
    """The themes of the session's free text, and of each step's (with its follow-ups), in
    the flow's order; quotes under `label`."""
    written = free_text(db=db, session_id=sid, among=among)
    by_step: dict[str, list[Written]] = {}
    for w in written:
        if w.step_id is not None:
            by_step.setdefault(w.step_id.split(":")[0], []).append(w)
    order = [s.id for s in flow.steps] if flow is not None else []
    steps = sorted(by_step, key=lambda s: (order.index(s) if s in order else len(order), s))

    def themes(rows: list[Written]) -> dict[str, Any]:
        return as_json(group([Said(w.text, w.polarity, label(w.member_id)) for w in rows]))

    return {"session": themes(written), "steps": {s: themes(by_step[s]) for s in steps}}


def _reprompts(db: Session, sid: int, label: Label, among: Any) -> Iterator[dict[str, Any]]:
    for r in exports.reprompts(db=db, session_id=sid, among=among):
        if r.state == State.SENT:
            outcome = "answered" if r.replied_at is not None else "unanswered"
        else:
            outcome = "not sent"
        yield {
            "kind": r.kind,
            "member": label(r.member_id) or None,
            "step": r.step_id,
            "attempt": r.attempt,
            "state": r.state,
            "due_at": iso(r.not_before),
            "sent_at": iso(r.sent_at),
            "replied_at": iso(r.replied_at),
            "outcome": outcome,
        }
