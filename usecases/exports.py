"""Exports of a session: /export <code> [csv|json|md] [--names] in Telegram (a document made
off the event loop by the `export` file maker) and `codesign export` on the server; both
write through `write_export`, which streams the transcript from the database to the file."""

from __future__ import annotations

import contextlib
import zipfile
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any, TextIO

from sqlmodel import Session

import texts.reports
from dialogs.models import Engagement
from reports.figures import mood_of
from reports.json_export import write_json
from reports.pseudonyms import Labels
from reports.summaries import markdown_summary
from reports.writers import counted, write_csv, write_markdown
from storage import exports
from storage.models import CoSession, id_of
from usecases import files
from usecases.access import session_in_reach, session_role
from usecases.audit import note
from usecases.context import Ctx, Services
from usecases.picking import offer
from usecases.roles import Role
from usecases.stats import gather

FORMATS = {"csv": "CSV", "json": "JSON", "md": "Markdown"}
ENCODING = {"csv": "utf-8-sig", "json": "utf-8", "md": "utf-8"}  # a BOM: Excel reads UTF-8
SEND_LIMIT = 45 * 1024 * 1024  # Telegram takes documents up to 50 MB from a bot: zip above
ZIP_LIMIT = 49 * 1024 * 1024  # and above this even zipped: say how to export on the server


def parse_export(args: str) -> tuple[str, str, bool] | None:
    """`<code> [csv|json|md] [--names]` -> (code, format, names), None if unusable."""
    words = args.split()
    names = "--names" in words
    words = [w for w in words if w != "--names"]
    if not 1 <= len(words) <= 2:
        return None
    fmt = words[1].lower().lstrip(".") if len(words) == 2 else "csv"
    return (words[0], fmt, names) if fmt in FORMATS else None


def export(ctx: Ctx, args: str) -> None:
    """/export <code> [format] [--names]: one line now, the document when it is made."""
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
    ctx.say(texts.reports.EXPORT_QUEUED.format(fmt=FORMATS[fmt], title=cosession.title))
    note(ctx, cosession.id, "exported_names" if names else "exported", format=FORMATS[fmt])
    files.ask(
        ctx,
        "export",
        {"session_id": cosession.id, "format": fmt, "names": names},
        texts.reports.EXPORT_QUEUED.format(fmt=FORMATS[fmt], title=cosession.title),
        session_id=cosession.id,
    )


def _may_see_names(ctx: Ctx, cosession: CoSession) -> bool:
    """Organisers may export members' names; coordinators if an organiser allowed them."""
    return session_role(ctx, cosession) == Role.ORGANISER or cosession.names_for_coordinators


def write_export(
    db: Session,
    services: Services,
    cosession: CoSession,
    fmt: str,
    out: TextIO,
    *,
    names: bool = False,
    progress: Callable[[int], None] | None = None,
) -> int:
    """Write the session in `fmt` to `out`; returns how many transcript messages."""
    sid = id_of(cosession)
    labels = Labels(
        cosession.pseudonym_salt, exports.names(db=db, session_id=sid) if names else None
    )
    flow = services.flows.of_session(db, cosession)
    rules = flow.engagement if flow is not None else Engagement()
    mood = mood_of(rules.negative_threshold, rules.positive_threshold)
    # closed here, whatever happens (a reader gone from the pipe), while the database is open
    rows = counted(exports.transcript(db=db, session_id=sid), progress)
    with contextlib.closing(rows) as lines:
        if fmt == "csv":
            return write_csv(out, lines, labels, mood)
        figures = gather(db, services, cosession)
        if fmt == "md":
            return write_markdown(out, markdown_summary(figures), lines, labels, mood)
        return write_json(out, db, cosession, flow, figures, labels, lines, mood)


@files.maker("export")
def make_export(
    db: Session, services: Services, now: datetime, params: dict[str, Any], folder: Path
) -> files.Made:
    cosession = files.session_of(db, params)
    fmt, names = str(params["format"]), bool(params.get("names"))
    name = f"{cosession.join_code}-{now:%Y%m%d-%H%M}.{fmt}"
    path = folder / f"{now:%Y%m%d%H%M%S%f}-{name}"
    with path.open("w", encoding=ENCODING[fmt], newline="") as out:
        n = write_export(db, services, cosession, fmt, out, names=names)
    caption = texts.reports.EXPORT_CAPTION.format(
        fmt=FORMATS[fmt],
        title=cosession.title,
        n=n,
        who=texts.reports.EXPORT_NAMES if names else texts.reports.EXPORT_PSEUDONYMS,
    )
    if path.stat().st_size > SEND_LIMIT:
        path, name = _zipped(path, name), f"{name}.zip"
        caption += texts.reports.EXPORT_ZIPPED
    if path.stat().st_size > ZIP_LIMIT:
        size = path.stat().st_size // 2**20
        path.write_text(
            texts.reports.EXPORT_TOO_LARGE.format(mib=size, code=cosession.join_code, fmt=fmt)
        )
        name = f"{cosession.join_code}-too-large.txt"
    return files.Made(path, name, caption)


def _zipped(path: Path, name: str) -> Path:
    target = path.with_name(path.name + ".zip")
    with zipfile.ZipFile(target, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.write(path, arcname=name)
    path.unlink()
    return target
