"""The three transcript formats, each written row by row from streamed rows into a text file:
memory stays flat however long the transcript. Each shows members, their words and times
as a `Shown` says (pseudonyms and names hidden in text, or names; the session's clock).

- CSV: one row per message: id, time (on the session's clock, the zone in the header),
  direction, member, step, kind, text, polarity, sentiment. Cells neutralised
  (`reports.cells`).
- JSON: one document; every list in it is written an element at a time, one per line.
  Times in UTC.
- Markdown: a summary, then the transcript by day, each message quoted.
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Generator, Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import Any, TextIO

import texts.reports
from reports.cells import csv_cell, hide_in_json, json_string, json_text, markdown, markdown_inline
from reports.localtimes import LocalTimes
from texts.i18n import signed

CSV_HEADER = (
    "id",
    "time",
    "direction",
    "member",
    "step",
    "kind",
    "text",
    "polarity",
    "sentiment",
)
TIMED = frozenset(  # columns of times: the session's zone is named in their heading
    {"time", "joined", "consented", "finished", "created", "outcome_at", "opened", "closes",
     "closed"}
)  # fmt: skip
PROGRESS_EVERY = 100_000
Progress = Callable[[int], None]


@dataclass(frozen=True)
class Shown:
    """How an export shows what it holds: a member (`label`: a pseudonym, or their name),
    any text (`text`: members' names, usernames and ids hidden, or kept with --names), and
    times (`time`: on the session's clock, for spreadsheets)."""

    label: Callable[[int | None], str]
    text: Callable[[str], str]
    time: LocalTimes
    any_case: Callable[[str], str] = str  # words picked out of members' text (a theme's
    # keywords, lower-cased): every word of a name hidden in any case


def iso(at: datetime | None) -> str | None:
    """UTC time (aware, or naive UTC) as ISO 8601 with a Z: `2026-05-04T10:00:00Z`, with
    microseconds if any."""
    if at is None:
        return None
    return (at if at.tzinfo is None else at.replace(tzinfo=None)).isoformat() + "Z"


def headings(columns: Iterable[str | int], times: LocalTimes) -> list[str | int]:
    """A CSV file's header row in the reader's language: each column by its name in the
    catalogue (`COLUMNS`; English keeps the machine names), a time's with the zone it is
    on; numbers (proposal numbers) as they are."""
    names = texts.reports.COLUMNS
    out: list[str | int] = []
    for column in columns:
        if isinstance(column, int):
            out.append(column)
            continue
        heading = names.get(column, column)
        out.append(times.header(heading) if column in TIMED else heading)
    return out


def counted(rows: Iterable[Any], progress: Progress | None) -> Generator[Any]:
    """`rows`, telling `progress` every PROGRESS_EVERY rows."""
    n = 0
    for n, row in enumerate(rows, 1):
        yield row
        if progress is not None and n % PROGRESS_EVERY == 0:
            progress(n)
    if progress is not None and n % PROGRESS_EVERY:
        progress(n)


def write_csv(
    out: TextIO,
    lines: Iterable[Any],
    shown: Shown,
    mood: Callable[[float | None], str],
) -> int:
    """The transcript as CSV; returns how many messages."""
    writer = csv.writer(out)
    writer.writerow(headings(CSV_HEADER, shown.time))
    directions, moods = texts.reports.DIRECTIONS, texts.reports.MOODS
    cells: dict[int | None, str] = {}
    clean, when = shown.text, shown.time
    n = 0
    for id_, at, direction, member_id, step_id, kind, text, polarity in lines:
        n += 1
        who = cells.get(member_id)
        if who is None:
            who = cells[member_id] = csv_cell(shown.label(member_id))
        feeling = mood(polarity)
        writer.writerow(
            (
                id_,
                when(at),
                directions.get(direction, direction),
                who,
                csv_cell(step_id),
                kind,
                csv_cell(clean(text)),
                "" if polarity is None else repr(polarity),
                moods.get(feeling, feeling),
            )
        )
    return n


class RawJson(str):
    """Text that is JSON already (written as it is by `JsonWriter`)."""


def transcript_json(row: Any, shown: Shown, mood: Callable[[float | None], str]) -> RawJson:
    """One message as a JSON object (id, time in UTC, direction, member, step, kind, text,
    polarity, sentiment), written out directly: a million of them through `json.dumps` take
    twice as long."""
    id_, at, direction, member_id, step_id, kind, text, polarity = row
    member, feeling, text = shown.label(member_id), mood(polarity), shown.text(text)
    return RawJson(
        hide_in_json(
            f'{{"id":{id_},"time":"{iso(at)}","direction":{_string(direction)},'
            f'"member":{_string(member or None)},"step":{_string(step_id)},"kind":{_string(kind)},'
            f'"text":{_string(text)},"polarity":{"null" if polarity is None else repr(polarity)},'
            f'"sentiment":{_string(feeling or None)}}}'
        )
    )


def _string(value: str | None) -> str:
    return "null" if value is None else json_string(value)


class JsonWriter:
    """One JSON object written key by key; a value that is an iterator is written as a
    list, one element per line, as it comes."""

    def __init__(self, out: TextIO) -> None:
        self.out = out
        self.first = True

    def __enter__(self) -> JsonWriter:
        self.out.write("{")
        return self

    def __exit__(self, *exc: object) -> None:
        self.out.write("\n}\n")

    def field(self, key: str, value: Any) -> int:
        """Write `"key": value`; returns how many elements an iterator gave."""
        self.out.write(("\n" if self.first else ",\n") + json_text(key) + ":")
        self.first = False
        if not isinstance(value, Iterator):
            self.out.write(json_text(value))
            return 0
        return self.items(value)

    def items(self, values: Iterator[Any]) -> int:
        """Values as a list, one a line (`RawJson` as it is)."""
        write, n = self.out.write, 0
        write("[")
        for n, value in enumerate(values, 1):
            write(
                ("\n" if n == 1 else ",\n")
                + (value if isinstance(value, RawJson) else json_text(value))
            )
        write("\n]" if n else "]")
        return n

    def grouped(self, key: str, pairs: Iterator[tuple[str, Any]]) -> None:
        """`"key": {group: [items...], ...}` from (group, item) pairs sorted by group."""
        self.out.write(("\n" if self.first else ",\n") + json_text(key) + ":{")
        self.first, current, n = False, None, 0
        for group, item in pairs:
            if group != current:
                self.out.write(("" if current is None else "\n],") + f"\n{json_text(group)}:[")
                current, n = group, 0
            self.out.write(("\n" if n == 0 else ",\n") + json_text(item))
            n += 1
        self.out.write("\n]}" if current is not None else "}")


def write_markdown(
    out: TextIO,
    summary: str,
    lines: Iterable[Any],
    shown: Shown,
    mood: Callable[[float | None], str],
) -> int:
    """The summary, then every message: a heading per day, a line of who, when, where, and
    the text quoted. Days and times on the session's clock."""
    out.write(shown.text(summary))
    out.write(texts.reports.MD_TRANSCRIPT.format(zone=shown.time.name))
    day, n = "", 0
    names: dict[tuple[int | None, str], str] = {}
    clean, when = shown.text, shown.time
    for id_, at, direction, member_id, step_id, kind, text, polarity in lines:
        n += 1
        stamp = when(at)
        if stamp[:10] != day:
            day = stamp[:10]
            out.write(f"\n### {day}\n")
        who = names.get((member_id, direction))
        if who is None:
            who = markdown_inline(shown.label(member_id)) or "—"
            if direction == "out":
                who = texts.reports.MARKDOWN_BOT_TO.format(who=who)
            names[member_id, direction] = who
        where = texts.reports.MARKDOWN_STEP.format(step=step_id) if step_id else ""
        feeling = ""
        if polarity is not None:
            feels = mood(polarity)
            said = texts.reports.MOODS.get(feels, feels)
            feeling = f" · {said} ({signed(polarity)})"
        out.write(f"\n**{stamp[11:19]}** · {who} · {kind}{where}{feeling} · #{id_}\n\n")
        out.write(markdown(clean(text or "")) + "\n")
    return n
