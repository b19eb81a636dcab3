"""`codesign sessions`, `export`, `stats` and `report`: the sessions, and a session's export,
numbers and HTML report on the server, through the same use cases as /sessions, /export
and /stats."""

from __future__ import annotations

import contextlib
import os
import signal
import sys
from contextlib import AbstractContextManager
from pathlib import Path
from typing import Annotated, Any

import typer

from bot.cli.common import app, settings

PROGRESS_FROM = 100_000  # messages: a session this large reports its progress on stderr
Language = Annotated[
    str | None,
    typer.Option(
        "--language",
        "-l",
        help="the language of its words: en, es, fr, pl or ar (default: the session's first)",
    ),
]


def _checked(language: str | None) -> None:
    """Exit 2 with why if `language` is given and the bot does not speak it."""
    from texts.i18n import LANGUAGES, shipped

    if language is not None and shipped(language) is None:
        typer.echo(f"error: --language must be one of {', '.join(LANGUAGES)}", err=True)
        raise typer.Exit(2)


def _speaking(ctx: Any, cosession: Any, language: str | None) -> AbstractContextManager[str]:
    """Texts in `language`, else in the session's first language (if the bot speaks it)."""
    from texts.i18n import speaking
    from usecases.languages import group_language

    return speaking(language or group_language(ctx, cosession))


@contextlib.contextmanager
def _session_at(code: str, command: str):
    """(ctx, session) for the command, or a one-line refusal on stderr and exit 2."""
    from bot.app import use_cases
    from usecases.access import session_in_reach
    from usecases.context import SYSTEM
    from usecases.roles import Role

    calls = use_cases(settings())
    try:
        with calls.run(SYSTEM) as call:
            cosession = session_in_reach(
                call.ctx, code, Role.ORGANISER, Role.COORDINATOR, command=f"codesign {command}"
            )
            if cosession is None:
                for out in call.ctx.outs:
                    typer.echo(out.text, err=True)
                raise typer.Exit(2)
            yield call.ctx, cosession
    finally:
        calls.db.dispose()


@contextlib.contextmanager
def _open_output(output: Path | None, encoding: str | None):
    """The file to write to, or standard output, as text in that encoding (None: bytes, for
    a zip); standard output is left open after."""
    if output is not None:
        if encoding is None:
            with output.open("wb") as binary:
                yield binary
        else:
            with output.open("w", encoding=encoding, newline="") as out:
                yield out
        return
    import io

    sys.stdout.flush()
    raw = sys.stdout.buffer
    stream: Any = raw if encoding is None else io.TextIOWrapper(raw, encoding=encoding, newline="")
    try:
        yield stream
        stream.flush()
    except BrokenPipeError:  # the reader has gone (`| head`): end quietly, as its writers do
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # nothing left to flush
        raise typer.Exit(128 + signal.SIGPIPE) from None
    finally:
        if isinstance(stream, io.TextIOWrapper):
            stream.detach()


@app.command()
def sessions() -> None:
    """Every session, newest first, with its code and numbers (as /sessions)."""
    from bot.app import use_cases
    from usecases.context import SYSTEM
    from usecases.sessions import list_sessions

    calls = use_cases(settings())
    try:
        with calls.run(SYSTEM) as call:
            list_sessions(call.ctx)
    finally:
        calls.db.dispose()
    for out in call.ctx.outs:
        typer.echo(out.text)


@app.command()
def export(
    code: str,
    format: Annotated[
        str,
        typer.Option(
            "--format",
            "-f",
            help="csv, json, md, sheets (a zip of CSVs) or graphml (who invited whom)",
        ),
    ] = "csv",
    names: Annotated[bool, typer.Option("--names", help="members by name, not pseudonym")] = False,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="default: standard output")
    ] = None,
    language: Language = None,
) -> None:
    """Export a session (streamed: any size, in constant memory)."""
    from storage.exports import count_transcript
    from usecases.exports import ENCODING, FORMATS, write_export, write_graph, write_sheets

    fmt = format.lower().lstrip(".")
    if fmt not in FORMATS:
        typer.echo(f"error: --format must be one of {', '.join(FORMATS)}", err=True)
        raise typer.Exit(2)
    _checked(language)
    with _session_at(code, "export") as (ctx, cosession), _speaking(ctx, cosession, language):
        if fmt == "graphml":
            with _open_output(output, ENCODING[fmt]) as out:
                members, edges = write_graph(ctx.db, ctx.services, cosession, out, names=names)
            if output is not None:
                typer.echo(
                    f"who invited whom in “{cosession.title}” ({members:,} members, "
                    f"{edges:,} invitations) written to {output}",
                    err=True,
                )
            return
        if fmt == "sheets":
            with _open_output(output, None) as binary:
                made = write_sheets(ctx.db, ctx.services, cosession, binary, ctx.now, names=names)
            if output is not None:
                typer.echo(
                    f"spreadsheets of “{cosession.title}” ({made.members:,} members, "
                    f"{made.proposals:,} proposals, {made.polls:,} polls) written to {output}",
                    err=True,
                )
            return
        total = count_transcript(db=ctx.db, session_id=cosession.id)

        def progress(n: int) -> None:
            typer.echo(f"{n:,} of {total:,} messages", err=True)

        with _open_output(output, ENCODING[fmt]) as out:
            n = write_export(
                ctx.db, ctx.services, cosession, fmt, out, names=names,
                progress=progress if total >= PROGRESS_FROM else None,
            )  # fmt: skip
    if output is not None:
        typer.echo(f"{n:,} messages of “{cosession.title}” written to {output}", err=True)


@app.command()
def stats(
    code: str,
    chart: Annotated[Path | None, typer.Option("--chart", help="also write the chart here")] = None,
    language: Language = None,
) -> None:
    """A session's numbers: participation, replies, results per question, sentiment, proposals,
    opinion groups; then every question's results in full, with what members wrote."""
    from reports import charts
    from reports.results_text import full_lines, utc
    from reports.summaries import stats_text
    from usecases.stats import gather

    _checked(language)
    with _session_at(code, "stats") as (ctx, cosession), _speaking(ctx, cosession, language):
        figures = gather(ctx.db, ctx.services, cosession)
        typer.echo(stats_text(figures))
        typer.echo("")
        typer.echo("\n".join(full_lines(figures.questions, utc)).rstrip())
        if chart is not None:
            charts.draw(figures, chart)
    if chart is not None:
        typer.echo(f"chart written to {chart}", err=True)


@app.command()
def report(
    code: str,
    output: Annotated[Path, typer.Option("--output", "-o", help="the HTML file to write")],
    language: Language = None,
    moderated: Annotated[
        bool, typer.Option("--moderated", help="show hidden proposals, marked as moderated")
    ] = False,
) -> None:
    """Write a session's report to share: one HTML file that fetches nothing, for any browser
    or printer."""
    from usecases.report import write_report

    _checked(language)
    with (
        _session_at(code, "report") as (ctx, cosession),
        _speaking(ctx, cosession, language),
        output.open("w", encoding="utf-8") as out,
    ):
        write_report(ctx.db, ctx.services, cosession, out, ctx.now, moderated=moderated)
    typer.echo(f"report of “{cosession.title}” written to {output}", err=True)
