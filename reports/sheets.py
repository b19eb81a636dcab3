"""A session as spreadsheets (`/export <code> sheets`): CSV files, written row by row
from streamed rows, in one zip written a file at a time (decision 0030).

- `responses.csv`: a row per member: when they joined, consented and finished, where
  they are, their language, how they came (the session's link or an invitation, and
  whose), then a column per question of the session's flow, in its order, with what
  they answered as they read it (option labels, the number on a scale, their words).
- `proposals.csv`: a row per proposal: its number, text, author, votes, state (open,
  hidden and why, withdrawn) and what became of it (its outcome now, the organisers' words,
  when).
- `votes.csv`: the member × proposal matrix as Pol.is exports it (participant-votes):
  a row per member who voted, their opinion group and counts, then a column per proposal
  number: 1 agree, -1 disagree, 0 pass, empty not voted.
- `polls.csv`: a row per option of each poll with its count; under it, for a poll that is
  not anonymous, a row per member who chose it.
- `funnel.csv` (written by `reports.reach_exports`): the trust funnel, a row for the
  session and one per source, tag, champion and seed, with each stage's count and the
  median hours from the stage before; a group of fewer than 5 people without its figures.

Every file is UTF-8 with a byte order mark (Excel reads accents and emoji only so), comma
separated, CRLF, cells neutralised (`reports.cells`); times on the session's clock with
the zone in the header; every text through `Shown.text`."""

from __future__ import annotations

import csv
import io
import itertools
import zipfile
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, BinaryIO, TextIO

import texts.outcomes
import texts.reports as words
from dialogs import texts as flow_texts
from dialogs.models import QUESTION_KINDS, ChoiceStep, Flow, ScaleStep, Step
from reports.cells import csv_cell
from reports.writers import Shown, headings
from storage.exports import Tally

ENCODING = "utf-8-sig"
VOTE_CELLS = {"agree": 1, "disagree": -1, "pass": 0}  # as Pol.is writes them


def number(item: Any) -> int:
    """The number a proposal or a poll is known by: its number in its session (#1 first)."""
    return int(item.number)


def write_zip(
    out: BinaryIO, files: Iterable[tuple[str, Callable[[TextIO], Any]]], now: datetime
) -> None:
    """Each (name, writer) as one file of a zip written to `out` (which need not seek): a
    file is compressed as its writer writes it, so none is ever whole in memory."""
    stamp = now.timetuple()[:6]
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, write in files:
            entry = zipfile.ZipInfo(name, date_time=stamp)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = 0o644 << 16  # unzipped readable, as any file (not 0600)
            with io.TextIOWrapper(archive.open(entry, "w"), encoding=ENCODING, newline="") as text:
                write(text)


def _row(writer: Any, cells: Iterable[Any]) -> None:
    writer.writerow([c if isinstance(c, int) else csv_cell(c) for c in cells])


# -- responses.csv -------------------------------------------------------------------------


@dataclass(frozen=True)
class Column:
    key: str  # the answer's step id
    header: str
    step: Step | None  # None: a follow-up or elaboration (words), or a step the flow lost


def columns(flow: Flow | None, answered: set[str]) -> list[Column]:
    """A column per question of the flow in its order, each followed by its follow-up and
    elaboration answers if any; then steps answered that the flow no longer has."""
    steps = [s for s in flow.steps if s.kind in QUESTION_KINDS and s.kind != "vote"] if flow else []
    labels = [s.short_label.split("\n", 1)[0] for s in steps]
    found = []
    for step, label in zip(steps, labels, strict=True):
        header = label if labels.count(label) == 1 else f"{label} ({step.id})"
        found.append(Column(step.id, header, step))
        for kind, extra in words.SHEET_SIDE_ANSWERS.items():
            if f"{step.id}:{kind}" in answered:
                found.append(Column(f"{step.id}:{kind}", f"{header} {extra}", None))
    known = {c.key for c in found}
    found += [Column(k, k, None) for k in sorted(answered - known)]
    return found


def answer_cell(step: Step | None, value: Any) -> str | int:
    """An answer as its member read it: option labels (`; ` between several), the number on
    a scale (a number, so a spreadsheet can average it), words as written."""
    if value is None:
        return flow_texts.SKIPPED
    if isinstance(step, ChoiceStep):
        ids = value if isinstance(value, list | tuple) else [value]
        return "; ".join(o.label if (o := step.option(str(i))) else str(i) for i in ids)
    if isinstance(step, ScaleStep) and isinstance(value, int):
        return value
    return str(value)


def write_responses(
    out: TextIO, flow: Flow | None, cols: Sequence[Column], rows: Iterable[Any], shown: Shown
) -> int:
    """`rows` from `storage.sheets.respondents`; returns how many members."""
    writer, when, n = csv.writer(out), shown.time, 0
    head = ["member", "joined", "consented", "finished", "status", "language", "joined_via",
            "invited_by"]  # fmt: skip
    _row(writer, headings(head, when) + [shown.text(c.header) for c in cols])
    for member_id, answers in itertools.groupby(rows, key=lambda r: r.member_id):
        first, n = next(answers), n + 1
        given = {r.step_id: r.value for r in itertools.chain([first], answers) if r.step_id}
        cells: list[Any] = [
            shown.label(member_id),
            when(first.joined_at),
            when(first.consented_at),
            when(first.completed_at),
            _status(first),
            first.language,
            words.SHEET_INVITED if first.referred_by_id else words.SHEET_LINK,
            shown.label(first.referred_by_id),
        ]
        for c in cols:
            cell = answer_cell(c.step, given[c.key]) if c.key in given else ""
            cells.append(cell if isinstance(cell, int) else shown.text(cell))
        _row(writer, cells)
    return n


def _status(row: Any) -> str:
    if row.declined_at is not None:
        return words.SHEET_STATUS["declined"]
    if row.consented_at is None:
        return words.SHEET_STATUS["joined"]
    return words.SHEET_STATUS["finished" if row.completed_at is not None else "answering"]


# -- proposals.csv and votes.csv -----------------------------------------------------------


def write_proposals(
    out: TextIO, tallies: Sequence[Tally], outcomes: Mapping[int, Any], shown: Shown
) -> int:
    """`outcomes`: proposal id -> what became of it now (`storage.outcomes.Current`)."""
    writer, when = csv.writer(out), shown.time
    _row(
        writer,
        headings(["proposal", "text", "author", "created", "agree", "disagree", "pass", "votes",
                  "state", "hidden_reason", "outcome", "outcome_words", "outcome_at"], when),
    )  # fmt: skip
    for t in tallies:
        state = "withdrawn" if t.withdrawn else "hidden" if t.hidden else "open"
        now = outcomes.get(t.id)
        _row(
            writer,
            [number(t), "" if t.withdrawn else shown.text(t.text), shown.label(t.member_id),
             when(t.created_at), t.agree, t.disagree, t.passed, t.votes,
             words.SHEET_STATE[state], shown.text(t.hidden_reason or "") if t.hidden else "",
             texts.outcomes.STATE_NAMES.get(now.state, now.state) if now else "",
             shown.text(now.words or "") if now else "", when(now.at) if now else ""],
        )  # fmt: skip
    return len(tallies)


def write_votes(
    out: TextIO,
    tallies: Sequence[Tally],
    votes: Iterable[Any],
    groups: Mapping[int, str],
    shown: Shown,
) -> int:
    """`votes` (member_id, proposal_id, value) by member; returns how many members."""
    writer, n = csv.writer(out), 0
    order = {t.id: i for i, t in enumerate(tallies)}
    authored: dict[int | None, int] = {}
    for t in tallies:
        authored[t.member_id] = authored.get(t.member_id, 0) + 1
    head = ["member", "group", "proposals", "votes", "agree", "disagree"]
    _row(writer, headings([*head, *(number(t) for t in tallies)], shown.time))
    for member_id, theirs in itertools.groupby(votes, key=lambda v: v[0]):
        cells: list[Any] = [""] * len(tallies)
        for _, proposal_id, value in theirs:
            if proposal_id in order and value in VOTE_CELLS:
                cells[order[proposal_id]] = VOTE_CELLS[value]
        cast = [c for c in cells if c != ""]
        agree, disagree = cast.count(1), cast.count(-1)
        head_cells = [shown.label(member_id), groups.get(member_id, ""), authored.get(member_id, 0)]
        _row(writer, [*head_cells, len(cast), agree, disagree, *cells])
        n += 1
    return n


# -- polls.csv -----------------------------------------------------------------------------


@dataclass(frozen=True)
class PollSheet:
    """A poll as `polls.csv` shows it: `options` (position, text, count) in order, and who
    chose what (position, member id) unless it is anonymous (None)."""

    poll: Any  # storage.models.Poll
    voters: int
    options: Sequence[tuple[int, str, int]]
    ballots: Sequence[tuple[int, int]] | None


def write_polls(out: TextIO, polls: Iterator[PollSheet], shown: Shown) -> int:
    writer, when, n = csv.writer(out), shown.time, 0
    yes_no = {True: words.SHEET_YES, False: words.SHEET_NO}
    status = words.SHEET_POLL_STATUS
    _row(
        writer,
        headings(["poll", "question", "multiple", "anonymous", "status", "opened", "closes",
                  "closed", "voters", "option", "votes", "member"], when),
    )  # fmt: skip
    for sheet in polls:
        p, n = sheet.poll, n + 1
        head = [
            number(p), shown.text(p.question), yes_no[p.multiple], yes_no[p.anonymous],
            status.get(p.status, p.status), when(p.created_at), when(p.closes_at),
            when(p.closed_at), sheet.voters,
        ]  # fmt: skip
        chose: dict[int, list[int]] = {}
        for position, member_id in sheet.ballots or ():
            chose.setdefault(position, []).append(member_id)
        for position, text, count in sheet.options:
            _row(writer, [*head, shown.text(text), count, ""])
            for member_id in chose.get(position, []):
                _row(writer, [*head, shown.text(text), "", shown.label(member_id)])
    return n
