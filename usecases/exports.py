"""Exports of a session: /export <code> [csv|json|md|sheets] [--names] in Telegram (a
document made off the event loop by the `export` file maker) and `codesign export` on the
server; both write through `write_export`, which streams the transcript from the database
to the file, or `write_sheets`, which streams four spreadsheets into one zip.

What every export shows (`shown`): the session's conversation with its members, never a
team member's command or the bot's answer to it; members under pseudonyms, their names,
usernames and ids hidden in every text, unless names were asked for (and allowed); times
on the session's clock (its owner's /timezone, else DEFAULT_TIMEZONE) in the files people
open in a spreadsheet (decision 0030)."""

from __future__ import annotations

import contextlib
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, BinaryIO, TextIO
from zoneinfo import ZoneInfo

from sqlmodel import Session

import texts.reports
import texts.segments
from dialogs import opinions
from dialogs.models import Engagement
from reports import sheets
from reports.figures import mood_of
from reports.json_export import write_json
from reports.localtimes import LocalTimes
from reports.pseudonyms import Labels, Scrub, keep
from reports.summaries import markdown_summary
from reports.writers import Shown, counted, write_csv, write_markdown
from storage import exports, polls
from storage import members as member_store
from storage import outcomes as outcome_store
from storage import sheets as sheet_store
from storage.models import CoSession, id_of
from usecases import files, segments
from usecases.access import session_in_reach, session_role
from usecases.audit import note
from usecases.context import Ctx, Services
from usecases.picking import offer
from usecases.roles import Role
from usecases.stats import gather

FORMATS = {"csv": "CSV", "json": "JSON", "md": "Markdown", "sheets": "spreadsheet"}
ENCODING = {"csv": "utf-8-sig", "json": "utf-8", "md": "utf-8"}  # a BOM: Excel reads UTF-8
SUFFIX = {"csv": "csv", "json": "json", "md": "md", "sheets": "zip"}  # sheets: binary
SEND_LIMIT = 45 * 1024 * 1024  # Telegram takes documents up to 50 MB from a bot: zip above
ZIP_LIMIT = 49 * 1024 * 1024  # and above this even zipped: say how to export on the server


def parse_export(args: str) -> tuple[str, str, bool] | None:
    """`<code> [csv|json|md|sheets] [--names]` -> (code, format, names), None if unusable."""
    words = args.split()
    names = "--names" in words
    words = [w for w in words if w != "--names"]
    if not 1 <= len(words) <= 2:
        return None
    fmt = words[1].lower().lstrip(".") if len(words) == 2 else "csv"
    return (words[0], fmt, names) if fmt in FORMATS else None


def export(ctx: Ctx, args: str) -> None:
    """/export <code> [format] [--names] [--to NAME]: one line now, the document when it is
    made (of a segment's members only: none for a segment of fewer than 5)."""
    read = segments.read_to(args)
    if read is None:
        ctx.say(texts.segments.TO_MISSING)
        return
    args, name = read
    if not args.strip():
        offer(ctx, "export")
        return
    parsed = parse_export(args)
    if parsed is None:
        ctx.say(texts.reports.EXPORT_USAGE)
        return
    code, fmt, names = parsed
    cosession = session_in_reach(ctx, code, Role.ORGANISER, Role.COORDINATOR, command="/export")
    if cosession is None:
        return
    if names and not _may_see_names(ctx, cosession):
        ctx.say(texts.reports.EXPORT_NAMES_NOT_ALLOWED.format(title=cosession.title))
        return
    target = segments.target(ctx, cosession, name)
    if name is not None and (target is None or segments.too_small(ctx, target)):
        return
    ctx.say(texts.reports.EXPORT_QUEUED.format(fmt=FORMATS[fmt], title=cosession.title))
    action = "exported_names" if names else "exported"
    note(ctx, cosession.id, action, format=FORMATS[fmt], **segments.audited(target))
    aimed = {"segment": target.name} if target is not None else {}
    files.ask(
        ctx,
        "export",
        {"session_id": cosession.id, "format": fmt, "names": names, **aimed},
        texts.reports.EXPORT_QUEUED.format(fmt=FORMATS[fmt], title=cosession.title),
        session_id=cosession.id,
    )


def _may_see_names(ctx: Ctx, cosession: CoSession) -> bool:
    """Organisers may export members' names; coordinators if an organiser allowed them."""
    return session_role(ctx, cosession) == Role.ORGANISER or cosession.names_for_coordinators


def session_zone(db: Session, services: Services, cosession: CoSession) -> ZoneInfo:
    """The session's clock: its owner's /timezone, else the deployment's DEFAULT_TIMEZONE."""
    owner = member_store.get_member(db=db, telegram_id=cosession.created_by)
    try:
        return ZoneInfo(owner.timezone) if owner and owner.timezone else services.default_zone
    except (KeyError, ValueError):
        return services.default_zone


def shown(db: Session, services: Services, cosession: CoSession, *, names: bool) -> Shown:
    """How the session's exports show members, their words and times (module docstring)."""
    people = exports.people(db=db, session_id=id_of(cosession))
    shown_names = {i: (name, username) for i, (name, username, _) in people.items()}
    labels = Labels(cosession.pseudonym_salt, shown_names if names else None)
    zone = LocalTimes(session_zone(db, services, cosession))
    if names:
        return Shown(labels, keep, zone, keep)
    hide = Scrub(people, labels)
    return Shown(labels, hide, zone, hide.any_case)


def write_export(
    db: Session,
    services: Services,
    cosession: CoSession,
    fmt: str,
    out: TextIO,
    *,
    names: bool = False,
    progress: Callable[[int], None] | None = None,
    target: segments.Target | None = None,
) -> int:
    """Write the session in `fmt` (csv, json, md) to `out` (of a segment's members only:
    `target`); returns how many transcript messages."""
    sid, among = id_of(cosession), segments.among(target)
    view = shown(db, services, cosession, names=names)
    flow = services.flows.of_session(db, cosession)
    rules = flow.engagement if flow is not None else Engagement()
    mood = mood_of(rules.negative_threshold, rules.positive_threshold)
    # closed here, whatever happens (a reader gone from the pipe), while the database is open
    rows = counted(exports.transcript(db=db, session_id=sid, among=among), progress)
    with contextlib.closing(rows) as lines:
        if fmt == "csv":
            return write_csv(out, lines, view, mood)
        figures = gather(db, services, cosession, among)
        if fmt == "md":
            summary = markdown_summary(figures)
            if target is not None:
                summary = f"{segments.cut_head(target)}\n\n{summary}"
            return write_markdown(out, summary, lines, view, mood)
        segment = target.name if target is not None else None
        return write_json(
            out, db, cosession, flow, figures, view, lines, mood, among=among, segment=segment
        )


@dataclass(frozen=True)
class Sheets:
    """What `write_sheets` wrote: how many members, proposals and polls."""

    members: int
    proposals: int
    polls: int


def write_sheets(
    db: Session,
    services: Services,
    cosession: CoSession,
    out: BinaryIO,
    now: datetime,
    *,
    names: bool = False,
    target: segments.Target | None = None,
) -> Sheets:
    """The session's four spreadsheets (`reports.sheets`), one zip, to `out`; of a
    segment's members only (`target`: their answers and votes, and no polls)."""
    sid, view = id_of(cosession), shown(db, services, cosession, names=names)
    among = segments.among(target)
    flow = services.flows.of_session(db, cosession)
    answered = sheet_store.answered_steps(db=db, session_id=sid, among=among)
    tallies = exports.tallies(db=db, session_id=sid, among=among)
    outcomes = outcome_store.current(db=db, session_id=sid)
    groups = opinions.opinion_groups(exports.votes(db=db, session_id=sid, among=among))
    group_of = {}
    if groups.status == "groups":
        group_of = {m: opinions.label(n) for n, ms in enumerate(groups.groups) for m in ms}
    made: dict[str, int] = {}

    def responses(f: TextIO) -> None:
        rows = sheet_store.respondents(db=db, session_id=sid, among=among)
        cols = sheets.columns(flow, answered)
        with contextlib.closing(rows):
            made["members"] = sheets.write_responses(f, flow, cols, rows, view)

    def votes(f: TextIO) -> None:
        by_member = sheet_store.votes_by_member(db=db, session_id=sid, among=among)
        with contextlib.closing(by_member) as rows:
            sheets.write_votes(f, tallies, rows, group_of, view)

    def polls_sheet(f: TextIO) -> None:
        each = _poll_sheets(db, sid) if among is None else iter(())  # a cut has no polls
        made["polls"] = sheets.write_polls(f, each, view)

    sheets.write_zip(
        out,
        (
            ("responses.csv", responses),
            ("proposals.csv", lambda f: sheets.write_proposals(f, tallies, outcomes, view)),
            ("votes.csv", votes),
            ("polls.csv", polls_sheet),
        ),
        now.astimezone(view.time.zone),
    )
    return Sheets(made["members"], len(tallies), made["polls"])


def _poll_sheets(db: Session, sid: int) -> Iterator[sheets.PollSheet]:
    """Each poll of the session, its counts and (not anonymous) who chose what, one at a
    time."""
    for poll in exports.polls(db=db, session_id=sid):
        pid = id_of(poll)
        results = polls.poll_results(db=db, poll_id=pid)
        options = [
            (o.position, o.text, results.counts.get(o.position, 0))
            for o in polls.poll_options(db=db, poll_id=pid)
        ]
        chose = None if poll.anonymous else sheet_store.ballots(db=db, poll=poll)
        yield sheets.PollSheet(poll, results.voters, options, chose)


@files.maker("export")
def make_export(
    db: Session, services: Services, now: datetime, params: dict[str, Any], folder: Path
) -> files.Made:
    cosession = files.session_of(db, params)
    fmt, names = str(params["format"]), bool(params.get("names"))
    target = segments.cut_for(db, services, now, cosession, params.get("segment"))
    if target is not None and target.small:  # it shrank since it was asked for: no file
        return segments.small_file(folder, cosession.join_code, target, now)
    name = f"{cosession.join_code}-{now:%Y%m%d-%H%M}.{SUFFIX[fmt]}"
    if target is not None:
        name = f"{cosession.join_code}-{target.name}-{now:%Y%m%d-%H%M}.{SUFFIX[fmt]}"
    path = folder / f"{now:%Y%m%d%H%M%S%f}-{name}"
    who = texts.reports.EXPORT_NAMES if names else texts.reports.EXPORT_PSEUDONYMS
    if fmt == "sheets":
        with path.open("wb") as binary:
            made = write_sheets(db, services, cosession, binary, now, names=names, target=target)
        caption = texts.reports.EXPORT_SHEETS_CAPTION.format(
            title=cosession.title, m=made.members, p=made.proposals, q=made.polls, who=who
        )
    else:
        with path.open("w", encoding=ENCODING[fmt], newline="") as out:
            n = write_export(db, services, cosession, fmt, out, names=names, target=target)
        caption = texts.reports.EXPORT_CAPTION.format(
            fmt=FORMATS[fmt], title=cosession.title, n=n, who=who
        )
        if path.stat().st_size > SEND_LIMIT:
            path, name = _zipped(path, name), f"{name}.zip"
            caption += texts.reports.EXPORT_ZIPPED
    if path.stat().st_size > ZIP_LIMIT:
        size = path.stat().st_size // 2**20
        path.write_text(
            texts.reports.EXPORT_TOO_LARGE.format(
                mib=size, code=cosession.join_code, fmt=fmt, suffix=SUFFIX[fmt]
            )
        )
        name = f"{cosession.join_code}-too-large.txt"
    return files.Made(path, name, caption)


def _zipped(path: Path, name: str) -> Path:
    target = path.with_name(path.name + ".zip")
    with zipfile.ZipFile(target, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.write(path, arcname=name)
    path.unlink()
    return target
